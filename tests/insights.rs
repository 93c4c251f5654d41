//! `jirahub insights` against the simulator's own histories: every number is recomputed here
//! from the seeded changelogs (`SimIssue::changelog`), not through jirahub's code.

mod common;
#[path = "common/sim.rs"]
mod sim;

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Days, NaiveDate, Utc};
use common::{TestEnv, json};
use jira_sim::{Flavor, SimConfig, SimIssue};
use serde_json::Value;
use sim::BackgroundSim;

const NOW: &str = "2026-11-25T12:00:00Z";

fn today() -> NaiveDate {
    NOW[..10].parse().expect("a date")
}

struct Site {
    sim: BackgroundSim,
    env: TestEnv,
}

fn synced(flavor: Flavor) -> Site {
    let sim = BackgroundSim::start(SimConfig {
        seed: 23,
        projects: 2,
        issues: 600,
        users: 15,
        flavor,
        now: Some(NOW.parse().expect("a time")),
        ..SimConfig::default()
    });
    let mut env = TestEnv::sqlite();
    env.register_and_login("lead@example.com", "correct horse battery");
    if flavor == Flavor::Cloud {
        env.connect(&sim).success();
    } else {
        env.cmd(["connect", "--url", &sim.url(), "--token-stdin"])
            .write_stdin(format!("{}\n", sim.handle.pat()))
            .assert()
            .success();
    }
    env.set("JIRAHUB_NOW", NOW).set("TZ", "UTC");
    let keys: Vec<String> = sim.handle.projects().into_iter().map(|p| p.key).collect();
    env.cmd(["projects", "select"])
        .args(&keys)
        .assert()
        .success();
    env.cmd(["sync", "-q"]).assert().success();
    Site { sim, env }
}

impl Site {
    fn insights(&self, args: &[&str]) -> Value {
        json(
            &self
                .env
                .cmd(["insights"])
                .args(args)
                .args(["--offline", "--tz", "UTC", "-o", "json"])
                .assert()
                .success(),
        )
    }
}

/// What the simulator says happened: (key, type, started, done) of every issue done now whose
/// last move into a done status falls in `from..=to`.
fn expected_done(
    issues: &[SimIssue],
    category: &HashMap<&str, &str>,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(String, String, Option<NaiveDate>, NaiveDate)> {
    let mut out = Vec::new();
    for i in issues.iter().filter(|i| i.status_category == "done") {
        let moves: Vec<(chrono::DateTime<Utc>, &str)> = i
            .changelog
            .iter()
            .filter(|c| c.field == "status")
            .filter_map(|c| {
                let to = c.to_string.as_deref()?;
                Some((c.at, *category.get(to).unwrap_or(&"undefined")))
            })
            .collect();
        let Some(done_at) = moves
            .iter()
            .rev()
            .find(|(_, c)| *c == "done")
            .map(|(at, _)| *at)
        else {
            continue;
        };
        let done = done_at.date_naive();
        if done < from || done > to {
            continue;
        }
        let started = moves
            .iter()
            .find(|(at, c)| *c == "indeterminate" && *at <= done_at)
            .map(|(at, _)| at.date_naive());
        out.push((i.key.clone(), i.issue_type.clone(), started, done));
    }
    out
}

/// Status name -> category key, from the simulator's workflow (every status, also those no
/// issue is in now).
fn status_categories(statuses: &[(String, String)]) -> HashMap<&str, &str> {
    statuses
        .iter()
        .map(|(name, category)| (name.as_str(), category.as_str()))
        .collect()
}

fn nearest_rank(sorted: &[i64], p: f64) -> i64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.max(1) - 1]
}

fn check_cycle_time_and_throughput(site: &Site) {
    let issues = site.sim.handle.issues();
    let statuses = site.sim.handle.statuses();
    let category = status_categories(&statuses);
    let (from, to) = (today() - Days::new(120), today());
    let want = expected_done(&issues, &category, from, to);
    assert!(
        want.len() > 50,
        "the seed finishes enough work: {}",
        want.len()
    );
    assert!(
        want.iter().any(|w| w.2.is_none()),
        "some issues are done without starting"
    );
    let doc = site.insights(&[
        "cycle-time",
        "--from",
        &from.to_string(),
        "--to",
        &to.to_string(),
    ]);
    let got: BTreeMap<String, (Option<String>, String, i64)> = doc["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().expect("key").to_string(),
                (
                    r["started"].as_str().map(str::to_string),
                    r["done"].as_str().expect("done").to_string(),
                    r["cycle_days"].as_i64().expect("days"),
                ),
            )
        })
        .collect();
    let expected: BTreeMap<String, (Option<String>, String, i64)> = want
        .iter()
        .filter_map(|(k, _, s, d)| {
            s.map(|s| {
                (
                    k.clone(),
                    (Some(s.to_string()), d.to_string(), (*d - s).num_days() + 1),
                )
            })
        })
        .collect();
    assert_eq!(got, expected);
    let never: Vec<&str> = doc["never_started"]
        .as_array()
        .expect("never started")
        .iter()
        .map(|r| r["key"].as_str().expect("key"))
        .collect();
    assert_eq!(never.len(), want.iter().filter(|w| w.2.is_none()).count());
    let mut days: Vec<i64> = expected.values().map(|v| v.2).collect();
    days.sort_unstable();
    for p in [50, 70, 85, 95] {
        assert_eq!(
            doc["summary"][format!("p{p}_days")].as_i64(),
            Some(nearest_rank(&days, p as f64)),
            "p{p}"
        );
    }
    // Throughput per ISO week, every week present.
    let doc = site.insights(&[
        "throughput",
        "--per",
        "week",
        "--from",
        &from.to_string(),
        "--to",
        &to.to_string(),
    ]);
    let mut per_week: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    let monday = |d: NaiveDate| d - Days::new(d.weekday().num_days_from_monday() as u64);
    let mut w = monday(from);
    while w <= to {
        per_week.insert(w, 0);
        w = w + Days::new(7);
    }
    for (_, _, _, done) in &want {
        *per_week.get_mut(&monday(*done)).expect("in range") += 1;
    }
    let got: BTreeMap<NaiveDate, u64> = doc["throughput"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["period_start"]
                    .as_str()
                    .expect("date")
                    .parse()
                    .expect("a date"),
                r["done"].as_u64().expect("count"),
            )
        })
        .collect();
    assert_eq!(got, per_week);
    assert!(
        per_week.values().any(|n| *n == 0),
        "the seed has a week where nothing was done: {per_week:?}"
    );
}

#[test]
fn cycle_time_and_throughput_follow_the_simulators_histories_on_cloud() {
    check_cycle_time_and_throughput(&synced(Flavor::Cloud));
}

#[test]
fn cycle_time_and_throughput_follow_the_simulators_histories_on_data_center() {
    check_cycle_time_and_throughput(&synced(Flavor::DataCenter));
}

#[test]
fn a_forecast_is_stable_for_its_seed_and_draws_from_the_window() {
    let site = synced(Flavor::Cloud);
    let issues = site.sim.handle.issues();
    let statuses = site.sim.handle.statuses();
    let category = status_categories(&statuses);
    let window_to = today() - Days::new(1);
    let window_from = today() - Days::new(30);
    let done = expected_done(&issues, &category, window_from, window_to).len();
    let a = site.insights(&[
        "forecast", "--items", "25", "--window", "30", "--seed", "9", "--trials", "4000",
    ]);
    assert_eq!(a["window_done"].as_u64(), Some(done as u64));
    let b = site.insights(&[
        "forecast", "--items", "25", "--window", "30", "--seed", "9", "--trials", "4000",
    ]);
    assert_eq!(
        a["forecast"], b["forecast"],
        "the same seed, the same answer"
    );
    let dates: Vec<&str> = a["forecast"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["date"].as_str().expect("a date"))
        .collect();
    assert_eq!(dates.len(), 4);
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert!(dates[0] > NOW, "{dates:?}");
    let by = site.insights(&["forecast", "--until", "+2w", "--window", "30"]);
    let counts: Vec<u64> = by["forecast"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["items"].as_u64().expect("a count"))
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

// -------------------------------------------------------------------------------------------
// Sprints: Jira's Velocity Chart, recomputed from the simulator's changelogs and sprint dates.

/// The value of `field` at `at`, replayed from the changelog: after the last change at or
/// before `at`; before any change, the first change's `from`; never changed, `current`.
fn replay<T: Clone>(
    issue: &SimIssue,
    at: chrono::DateTime<Utc>,
    is_field: impl Fn(&str) -> bool,
    parse: impl Fn(&Option<String>, &Option<String>) -> T,
    current: T,
) -> T {
    let changes: Vec<_> = issue
        .changelog
        .iter()
        .filter(|c| is_field(&c.field))
        .collect();
    if let Some(last) = changes.iter().rev().find(|c| c.at <= at) {
        return parse(&last.to, &last.to_string);
    }
    match changes.first() {
        Some(first) => parse(&first.from, &first.from_string),
        None => current,
    }
}

fn sprints_at(i: &SimIssue, at: chrono::DateTime<Utc>) -> Vec<u64> {
    replay(
        i,
        at,
        |f| f == "Sprint",
        |ids, _| {
            ids.as_deref()
                .unwrap_or("")
                .split(',')
                .filter_map(|s| s.trim().parse().ok())
                .collect()
        },
        i.sprint_ids.clone(),
    )
}

fn points_at(i: &SimIssue, at: chrono::DateTime<Utc>) -> Option<f64> {
    replay(
        i,
        at,
        |f| f == "Story Points" || f == "Story point estimate",
        |_, s| s.as_deref().and_then(|s| s.trim().parse().ok()),
        i.story_points,
    )
}

fn done_at(i: &SimIssue, at: chrono::DateTime<Utc>, category: &HashMap<&str, &str>) -> bool {
    let name = replay(
        i,
        at,
        |f| f == "status",
        |_, s| s.clone().unwrap_or_default(),
        i.status.clone(),
    );
    category.get(name.as_str()) == Some(&"done")
}

#[test]
fn velocity_follows_jiras_definitions_on_the_simulators_sprints() {
    check_velocity_and_the_sprint_report(&synced(Flavor::Cloud));
}

/// [`velocity_follows_jiras_definitions_on_the_simulators_sprints`] on a Data Center site: the same numbers through v2 and `expand=changelog`.
#[test]
fn velocity_follows_jiras_definitions_on_the_simulators_sprints_on_data_center() {
    check_velocity_and_the_sprint_report(&synced(Flavor::DataCenter));
}

fn check_velocity_and_the_sprint_report(site: &Site) {
    let issues = site.sim.handle.issues();
    let statuses = site.sim.handle.statuses();
    let category = status_categories(&statuses);
    let board = site
        .sim
        .handle
        .boards()
        .into_iter()
        .find(|b| b.kind == "scrum")
        .expect("a scrum board");
    let mut closed: Vec<_> = site
        .sim
        .handle
        .sprints()
        .into_iter()
        .filter(|s| s.board_id == board.id && s.state == "closed")
        .collect();
    closed.sort_by_key(|s| (s.start, s.id));
    assert!(closed.len() >= 3, "the seed has closed sprints");
    let on_board: Vec<&SimIssue> = issues
        .iter()
        .filter(|i| i.project_key == board.project_key)
        .collect();
    let mut expected = Vec::new();
    let mut added_mid_sprint = 0;
    let mut re_estimated = 0;
    for s in &closed {
        let (start, end) = (
            s.start.expect("started"),
            s.complete.or(s.end).expect("ended"),
        );
        let (mut committed, mut committed_n, mut completed, mut completed_n) = (0.0, 0, 0.0, 0);
        for i in &on_board {
            let at_start = i.created <= start && sprints_at(i, start).contains(&s.id);
            let at_end = i.created <= end && sprints_at(i, end).contains(&s.id);
            let done_start = done_at(i, start, &category);
            if at_start && !done_start {
                committed += points_at(i, start).unwrap_or(0.0);
                committed_n += 1;
                if points_at(i, start) != points_at(i, end) {
                    re_estimated += 1;
                }
            }
            if at_end && !at_start {
                added_mid_sprint += 1;
            }
            if at_end && done_at(i, end, &category) && !done_start {
                completed += points_at(i, end).unwrap_or(0.0);
                completed_n += 1;
            }
        }
        expected.push((s.id, committed, committed_n, completed, completed_n));
    }
    assert!(added_mid_sprint > 0, "the seed adds issues mid-sprint");
    assert!(re_estimated > 0, "the seed re-estimates committed issues");
    let doc = site.insights(&[
        "velocity",
        "--board",
        &board.id.to_string(),
        "--sprints",
        "100",
    ]);
    let got: Vec<(u64, f64, u64, f64, u64)> = doc["velocity"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["sprint_id"].as_u64().expect("id"),
                r["committed_points"].as_f64().expect("points"),
                r["committed_issues"].as_u64().expect("count"),
                r["completed_points"].as_f64().expect("points"),
                r["completed_issues"].as_u64().expect("count"),
            )
        })
        .collect();
    let want: Vec<(u64, f64, u64, f64, u64)> = expected
        .iter()
        .map(|(id, c, cn, d, dn)| (*id, *c, *cn as u64, *d, *dn as u64))
        .collect();
    assert_eq!(got, want);
    let average = want.iter().map(|w| w.3).sum::<f64>() / want.len() as f64;
    assert_eq!(
        doc["average_completed_points"].as_f64(),
        Some((average * 10.0).round() / 10.0)
    );
    // The Sprint Report of the last closed sprint holds the same completed issues.
    let report = site.insights(&[
        "sprint",
        "--board",
        &board.id.to_string(),
        "--sprint",
        "last",
    ]);
    assert_eq!(
        report["summary"]["completed_issues"].as_u64(),
        Some(want.last().expect("a sprint").4)
    );
}

// -------------------------------------------------------------------------------------------
// Flow over time

/// The status category of `i` at the end of day `d` (UTC), or `None` before it was created.
fn category_on(i: &SimIssue, d: NaiveDate, category: &HashMap<&str, &str>) -> Option<String> {
    if i.created.date_naive() > d {
        return None;
    }
    let end = (d + Days::new(1))
        .and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc()
        - chrono::Duration::nanoseconds(1);
    let name = replay(
        i,
        end,
        |f| f == "status",
        |_, s| s.clone().unwrap_or_default(),
        i.status.clone(),
    );
    Some(
        category
            .get(name.as_str())
            .copied()
            .unwrap_or("undefined")
            .to_string(),
    )
}

#[test]
fn flow_created_vs_resolved_aging_and_burndown_follow_the_histories() {
    check_flow_created_vs_resolved_aging_and_burndown(&synced(Flavor::Cloud));
}

/// [`flow_created_vs_resolved_aging_and_burndown_follow_the_histories`] on a Data Center site: the same numbers through v2 and `expand=changelog`.
#[test]
fn flow_created_vs_resolved_aging_and_burndown_follow_the_histories_on_data_center() {
    check_flow_created_vs_resolved_aging_and_burndown(&synced(Flavor::DataCenter));
}

fn check_flow_created_vs_resolved_aging_and_burndown(site: &Site) {
    let issues = site.sim.handle.issues();
    let statuses = site.sim.handle.statuses();
    let category = status_categories(&statuses);
    let (from, to) = (today() - Days::new(20), today());
    // Cumulative flow by category.
    let doc = site.insights(&[
        "flow",
        "--by",
        "category",
        "--from",
        &from.to_string(),
        "--to",
        &to.to_string(),
    ]);
    let title = |c: &str| match c {
        "new" => "To Do",
        "indeterminate" => "In Progress",
        "done" => "Done",
        _ => "No category",
    };
    for row in doc["flow"].as_array().expect("rows") {
        let d: NaiveDate = row["date"].as_str().expect("date").parse().expect("a date");
        let mut want: BTreeMap<&str, u64> = BTreeMap::new();
        for i in &issues {
            if let Some(c) = category_on(i, d, &category) {
                *want.entry(title(&c)).or_default() += 1;
            }
        }
        for (name, n) in want {
            assert_eq!(row[name].as_u64(), Some(n), "{name} on {d}");
        }
    }
    // Created vs resolved per week.
    let doc = site.insights(&[
        "created-vs-resolved",
        "--from",
        &from.to_string(),
        "--to",
        &to.to_string(),
    ]);
    let monday = |d: NaiveDate| d - Days::new(d.weekday().num_days_from_monday() as u64);
    let done = expected_done(&issues, &category, from, to);
    for row in doc["created_vs_resolved"].as_array().expect("rows") {
        let week: NaiveDate = row["period_start"]
            .as_str()
            .expect("date")
            .parse()
            .expect("a date");
        let created = issues
            .iter()
            .filter(|i| {
                let c = i.created.date_naive();
                c >= from && c <= to && monday(c) == week
            })
            .count();
        let resolved = done.iter().filter(|d| monday(d.3) == week).count();
        assert_eq!(
            row["created"].as_u64(),
            Some(created as u64),
            "created in {week}"
        );
        assert_eq!(
            row["resolved"].as_u64(),
            Some(resolved as u64),
            "resolved in {week}"
        );
    }
    // Aging: everything in progress now, each with its age since the first move into progress.
    let doc = site.insights(&["aging"]);
    let got: BTreeMap<String, i64> = doc["aging"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().expect("key").to_string(),
                r["age_days"].as_i64().expect("age"),
            )
        })
        .collect();
    let want: BTreeMap<String, i64> = issues
        .iter()
        .filter(|i| i.status_category == "indeterminate")
        .map(|i| {
            let started = i
                .changelog
                .iter()
                .filter(|c| c.field == "status")
                .find(|c| {
                    c.to_string.as_deref().and_then(|s| category.get(s)) == Some(&"indeterminate")
                })
                .map_or(i.created.date_naive(), |c| c.at.date_naive());
            (i.key.clone(), (today() - started).num_days() + 1)
        })
        .collect();
    assert_eq!(got, want);
    // Burndown of the last closed sprint: it starts at the commitment and ends at what was
    // left undone at the sprint's end.
    let board = site
        .sim
        .handle
        .boards()
        .into_iter()
        .find(|b| b.kind == "scrum")
        .expect("a scrum board");
    let velocity = site.insights(&[
        "velocity",
        "--board",
        &board.id.to_string(),
        "--sprints",
        "1",
    ]);
    let committed = velocity["velocity"][0]["committed_points"]
        .as_f64()
        .expect("points");
    let doc = site.insights(&[
        "burndown",
        "--board",
        &board.id.to_string(),
        "--sprint",
        "last",
        "--calendar-days",
    ]);
    let rows = doc["burndown"].as_array().expect("rows");
    assert_eq!(rows[0]["remaining_points"].as_f64(), Some(committed));
    assert_eq!(doc["commitment"].as_f64(), Some(committed));
    let last = rows.last().expect("days");
    assert_eq!(
        last["ideal_points"].as_f64(),
        Some(0.0),
        "the ideal line reaches zero at the planned end"
    );
    assert!(
        doc["scope_changes"]
            .as_array()
            .is_some_and(|c| !c.is_empty()),
        "the seed changes scope mid-sprint"
    );
}

/// The active sprint the seed names `Sprint "Ω" <N> & — 🚀`.
fn hostile_sprint(site: &Site) -> jira_sim::SimSprint {
    site.sim
        .handle
        .sprints()
        .into_iter()
        .find(|s| s.name.contains('<') && s.state == "active")
        .expect("the seed names a sprint with markup characters")
}

/// What a chart is made of: how many of each shape, and every text in it (title, subtitle,
/// axis labels, legend). Parsing it as XML also proves the text is escaped.
fn svg_structure(svg: &str) -> (BTreeMap<String, usize>, Vec<String>) {
    let doc = roxmltree::Document::parse(svg).expect("the chart is well-formed XML");
    let mut counts = BTreeMap::new();
    let mut texts = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name().to_string();
        if name == "text" {
            texts.push(node.text().unwrap_or("").trim().to_string());
        }
        *counts.entry(name).or_default() += 1;
    }
    (counts, texts)
}

#[test]
fn every_report_draws_a_chart_with_its_title_axes_legend_and_one_mark_per_value() {
    let site = synced(Flavor::Cloud);
    let dir = tempfile::tempdir().expect("a directory");
    let board = site
        .sim
        .handle
        .boards()
        .into_iter()
        .find(|b| b.kind == "scrum")
        .expect("a scrum board")
        .id
        .to_string();
    let b = board.as_str();
    // Markup characters in a title must come out as text.
    let hostile = hostile_sprint(&site);
    let hostile_board = hostile.board_id.to_string();
    let reports: Vec<(&str, Vec<&str>)> = vec![
        ("cycle-time", vec!["cycle-time"]),
        ("throughput", vec!["throughput"]),
        ("velocity", vec!["velocity", "--board", b]),
        ("sprint", vec!["sprint", "--board", b, "--sprint", "last"]),
        (
            "burndown",
            vec!["burndown", "--board", &hostile_board, "--sprint", "active"],
        ),
        ("burnup", vec!["burnup", "--points"]),
        ("flow", vec!["flow", "--by", "category"]),
        ("aging", vec!["aging"]),
        ("created-vs-resolved", vec!["created-vs-resolved"]),
        ("forecast", vec!["forecast", "--items", "30"]),
    ];
    let mut snapshot = String::new();
    for (name, args) in reports {
        let path = dir.path().join(format!("{name}.svg"));
        let out = site
            .env
            .cmd(["insights"])
            .args(&args)
            .args(["--offline", "--tz", "UTC", "-o", "json", "--chart"])
            .arg(&path)
            .assert()
            .success();
        let doc = json(&out);
        let svg = std::fs::read_to_string(&path).expect("the chart file");
        let (counts, texts) = svg_structure(&svg);
        assert!(
            texts
                .iter()
                .any(|t| t.contains("made 2026-11-25T12:00:00Z")),
            "{name}: subtitle"
        );
        // One mark per value the report prints: the chart draws the numbers, not a sample.
        let rows = |key: &str| doc[key].as_array().map_or(0, Vec::len);
        let count = |tag: &str| counts.get(tag).copied().unwrap_or(0);
        if name == "burndown" {
            assert!(
                texts.contains(&format!("Burndown: {}", hostile.name)),
                "the sprint's name, escaped in the file, read back as it is: {texts:?}"
            );
        }
        match name {
            // bars + the background + one legend swatch per series
            "throughput" => assert_eq!(count("rect"), rows("throughput") + 2, "{name}"),
            "velocity" => assert_eq!(count("rect"), 2 * rows("velocity") + 3, "{name}"),
            "forecast" => assert_eq!(count("rect"), rows("forecast") + 2, "{name}"),
            // dots + one legend dot
            "cycle-time" => assert_eq!(count("circle"), rows("issues") + 1, "{name}"),
            "aging" => assert_eq!(count("circle"), rows("aging") + 1, "{name}"),
            "flow" => {
                let bands = doc["series"].as_array().map_or(0, Vec::len);
                assert_eq!(count("polygon"), bands, "{name}: a band per category");
            }
            _ => {}
        }
        let shapes: Vec<String> = ["rect", "circle", "polyline", "polygon"]
            .iter()
            .map(|t| format!("{t} {}", count(t)))
            .collect();
        snapshot.push_str(&format!("== {name}: {}\n", shapes.join(", ")));
        for t in texts {
            snapshot.push_str(&format!("  {t}\n"));
        }
    }
    insta::assert_snapshot!("chart_structure", snapshot);
}

// -------------------------------------------------------------------------------------------
// `jirahub report --html`

/// The page's text under the element with `id`, and the elements of each tag in it.
fn html_part<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> roxmltree::Node<'a, 'a> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("the page has a part #{id}"))
}

fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_html_report_is_one_self_contained_page_with_every_part_and_the_same_numbers() {
    check_the_html_report(&synced(Flavor::Cloud));
}

/// [`the_html_report_is_one_self_contained_page_with_every_part_and_the_same_numbers`] on a Data Center site: the same numbers through v2 and `expand=changelog`.
#[test]
fn the_html_report_is_one_self_contained_page_with_every_part_and_the_same_numbers_on_data_center()
{
    check_the_html_report(&synced(Flavor::DataCenter));
}

fn check_the_html_report(site: &Site) {
    let dir = tempfile::tempdir().expect("a directory");
    let path = dir.path().join("team.html");
    let hostile = hostile_sprint(site);
    let board = hostile.board_id.to_string();
    let out = site
        .env
        .cmd(["report", "--html"])
        .arg(&path)
        .args(["--board", &board, "--offline", "--tz", "UTC"])
        .assert()
        .success();
    assert!(
        out.get_output().stdout.is_empty(),
        "the page goes to the file"
    );
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("Report written to"), "{stderr}");
    let page = std::fs::read_to_string(&path).expect("the page");

    // Self-contained: nothing is loaded from anywhere; no script can run.
    for outside in [
        "<script", "<link", "<img", "<iframe", "@import", "url(", "\u{1b}",
    ] {
        assert!(!page.contains(outside), "{outside:?} in the page");
    }
    let doc = roxmltree::Document::parse_with_options(
        &page,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the page is well-formed (every text from Jira escaped)");
    for node in doc.descendants().filter(|n| n.is_element()) {
        for attr in node.attributes() {
            let v = attr.value();
            if attr.name() == "href" {
                assert!(
                    v.starts_with('#') || v.starts_with(&site.sim.url()),
                    "links go to the page itself or to Jira: {v}"
                );
            }
            assert!(!attr.name().starts_with("on"), "no event handlers");
            assert!(attr.name() != "src", "nothing is loaded");
        }
    }

    // Every part, each chart an inline SVG.
    let count = |id: &str, tag: &str| {
        html_part(&doc, id)
            .descendants()
            .filter(|n| n.tag_name().name() == tag)
            .count()
    };
    for (id, charts) in [
        ("workload", 0),
        ("velocity", 1),
        ("burndown", 1),
        ("throughput", 1),
        ("cycle-time", 1),
        ("aging", 1),
        ("flow", 1),
    ] {
        assert_eq!(count(id, "svg"), charts, "#{id} has {charts} chart(s)");
    }
    // The sprint's name is text, escaped in the file and read back as it is.
    assert!(
        text_of(html_part(&doc, "burndown")).contains(&format!("Burndown: {}", hostile.name)),
        "the burndown chart is titled with the sprint's name"
    );

    // The same numbers as the dashboard and the insights reports.
    let dash = json(
        &site
            .env
            .cmd(["dashboard", "--offline", "--tz", "UTC", "-o", "json"])
            .assert()
            .success(),
    );
    let workload = html_part(&doc, "workload");
    let summary_row = |label: &str| -> String {
        let row = workload
            .descendants()
            .find(|n| {
                n.tag_name().name() == "tr"
                    && n.children()
                        .find(|c| c.tag_name().name() == "th")
                        .is_some_and(|th| th.text() == Some(label))
            })
            .unwrap_or_else(|| panic!("a {label} row"));
        text_of(
            row.children()
                .find(|c| c.tag_name().name() == "td")
                .expect("a value"),
        )
    };
    assert_eq!(
        summary_row("Overdue"),
        dash["summary"]["overdue"].to_string()
    );
    assert_eq!(
        summary_row("Open"),
        dash["summary"]["open_tickets"].to_string()
    );
    let throughput = site.insights(&["throughput"]);
    assert_eq!(
        count("throughput", "rect"),
        throughput["throughput"].as_array().expect("rows").len() + 2,
        "a bar per week (+ the ground and the legend swatch)"
    );
    let velocity = site.insights(&["velocity", "--board", &board]);
    assert_eq!(
        count("velocity", "tr"),
        velocity["velocity"].as_array().expect("rows").len() + 1,
        "a row per sprint under the header"
    );

    // `-` prints the page instead, for a pipe into mail.
    let printed = site
        .env
        .cmd([
            "report",
            "--html",
            "-",
            "--board",
            &board,
            "--offline",
            "--tz",
            "UTC",
        ])
        .assert()
        .success();
    let printed = String::from_utf8_lossy(&printed.get_output().stdout).to_string();
    assert_eq!(printed, page, "the same page, on stdout");
}

#[test]
fn the_html_report_says_what_is_wrong_in_one_line() {
    let site = synced(Flavor::Cloud);
    let dir = tempfile::tempdir().expect("a directory");
    let unwritable = dir.path().join("missing-dir").join("r.html");
    let out = site
        .env
        .cmd(["report", "--html"])
        .arg(&unwritable)
        .args(["--offline"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("cannot write the report to"), "{stderr}");
    site.env
        .cmd(["report", "--html", "-", "--board", "999", "--offline"])
        .assert()
        .code(4);
    site.env
        .cmd([
            "report",
            "--html",
            "-",
            "--from",
            "2026-11-20",
            "--to",
            "2026-11-01",
        ])
        .assert()
        .code(2);
    site.env.cmd(["report"]).assert().code(2);
}

#[test]
fn team_and_board_narrow_every_report_to_their_issues() {
    let site = synced(Flavor::Cloud);
    let issues = site.sim.handle.issues();
    let statuses = site.sim.handle.statuses();
    let category = status_categories(&statuses);
    let (from, to) = (today() - Days::new(90), today());
    let done = expected_done(&issues, &category, from, to);
    let all = site.insights(&["throughput", "--from", &from.to_string()]);

    // A team of two: the assignees of the first two issues done in the range.
    site.env.cmd(["sync-members", "--quiet"]).assert().success();
    let by_key: HashMap<&str, &SimIssue> = issues.iter().map(|i| (i.key.as_str(), i)).collect();
    let mut team: Vec<String> = done
        .iter()
        .filter_map(|d| by_key[d.0.as_str()].assignee.as_ref())
        .map(|a| a.account_id.clone())
        .collect();
    team.sort();
    team.dedup();
    team.truncate(2);
    for id in &team {
        site.env
            .cmd(["member", "label", "add", id, "squad-x"])
            .assert()
            .success();
    }
    let team_done = done
        .iter()
        .filter(|d| {
            by_key[d.0.as_str()]
                .assignee
                .as_ref()
                .is_some_and(|a| team.contains(&a.account_id))
        })
        .count();
    let doc = site.insights(&[
        "throughput",
        "--from",
        &from.to_string(),
        "--team",
        "squad-x",
    ]);
    assert_eq!(doc["total"].as_u64(), Some(team_done as u64));
    assert!(team_done > 0 && (team_done as u64) < all["total"].as_u64().expect("total"));

    // A label nobody has is said so, with the labels there are.
    let out = site
        .env
        .cmd([
            "insights",
            "throughput",
            "--team",
            "squad-y",
            "--offline",
            "-o",
            "json",
        ])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("squad-y"), "{stderr}");

    // A board that is not selected narrows nothing: asking for its issues is an error (4) …
    let kanban = site
        .sim
        .handle
        .boards()
        .into_iter()
        .find(|b| b.kind == "kanban")
        .expect("a kanban board");
    site.env
        .cmd([
            "insights",
            "throughput",
            "--board",
            &kanban.id.to_string(),
            "--offline",
        ])
        .assert()
        .code(4);
    // … while the sprint reports read any synced board, and need one (2).
    site.env
        .cmd(["insights", "velocity", "--offline"])
        .assert()
        .code(2);

    // Selected, the board narrows to its issues: those of its project (the simulator's kanban
    // board shows its whole project).
    site.env
        .cmd(["boards", "select", "--project", &kanban.project_key])
        .arg(kanban.id.to_string())
        .assert()
        .success();
    site.env.cmd(["sync", "-q"]).assert().success();
    let on_board = done
        .iter()
        .filter(|d| by_key[d.0.as_str()].project_key == kanban.project_key)
        .count();
    let doc = site.insights(&[
        "throughput",
        "--from",
        &from.to_string(),
        "--board",
        &kanban.id.to_string(),
    ]);
    assert_eq!(doc["total"].as_u64(), Some(on_board as u64));
}

// -------------------------------------------------------------------------------------------
// Time tracking

/// (estimate, spent, remaining) in hours.
type Hours3 = (Option<f64>, Option<f64>, Option<f64>);

fn check_time(site: &Site) {
    let issues = site.sim.handle.issues();
    let all_time = ["--from", "2000-01-01"];
    // By project and by type: the simulator's time spent per issue, summed.
    for (by, key) in [("project", 0), ("type", 1)] {
        let doc = site.insights(&[
            "time",
            "--by",
            by,
            "--per",
            "month",
            all_time[0],
            all_time[1],
        ]);
        let mut want: BTreeMap<String, u64> = BTreeMap::new();
        for i in &issues {
            let group = if key == 0 {
                &i.project_key
            } else {
                &i.issue_type
            };
            *want.entry(group.clone()).or_default() += i.time_spent_seconds;
        }
        want.retain(|_, s| *s > 0);
        let got: BTreeMap<String, u64> = doc["summary"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| {
                (
                    r[by].as_str().expect("a group").to_string(),
                    (r["hours"].as_f64().expect("hours") * 3600.0).round() as u64,
                )
            })
            .collect();
        let want_hours: BTreeMap<String, u64> = want
            .iter()
            .map(|(g, s)| (g.clone(), ((*s as f64 / 36.0).round() * 36.0) as u64))
            .collect();
        assert_eq!(got, want_hours, "hours by {by}");
        // The periods add up to the same hours.
        let mut per_group: BTreeMap<String, f64> = BTreeMap::new();
        for r in doc["time"].as_array().expect("rows") {
            *per_group
                .entry(r[by].as_str().expect("group").to_string())
                .or_default() += r["hours"].as_f64().expect("hours");
        }
        for (g, s) in &want {
            let hours = *s as f64 / 3600.0;
            assert!(
                (per_group[g] - hours).abs() < 0.05 * 12.0,
                "{g}: {} vs {hours}",
                per_group[g]
            );
        }
    }
    // Jira's estimates against the time spent, every issue that has either.
    let doc = site.insights(&["time"]);
    let h = |s: u64| (s as f64 / 36.0).round() / 100.0;
    let mut want: BTreeMap<String, Hours3> = BTreeMap::new();
    let mut over = 0;
    for i in &issues {
        let spent = (i.time_spent_seconds > 0).then_some(i.time_spent_seconds);
        if i.original_estimate_seconds.is_none() && spent.is_none() {
            continue;
        }
        if let (Some(o), Some(s)) = (i.original_estimate_seconds, spent)
            && s > o
        {
            over += 1;
        }
        want.insert(
            i.key.clone(),
            (
                i.original_estimate_seconds.map(h),
                spent.map(h),
                i.original_estimate_seconds
                    .map(|o| h(o.saturating_sub(i.time_spent_seconds))),
            ),
        );
    }
    let got: BTreeMap<String, Hours3> = doc["estimates"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().expect("key").to_string(),
                (
                    r["original_hours"].as_f64(),
                    r["spent_hours"].as_f64(),
                    r["remaining_hours"].as_f64(),
                ),
            )
        })
        .collect();
    assert_eq!(got, want, "estimate, spent and remaining per issue");
    assert_eq!(doc["over_estimate"].as_u64(), Some(over));
    assert!(over > 0, "the seed has work over its estimate");
    // Capacity: hours a member can log over the range, and how much of it they logged.
    let doc = site.insights(&["time", "--from", "-27d", "--capacity", "10h/week"]);
    for r in doc["summary"].as_array().expect("rows") {
        assert_eq!(
            r["capacity_hours"].as_f64(),
            Some(40.0),
            "28 days of 10h/week"
        );
        let used = r["hours"].as_f64().expect("hours") * 100.0 / 40.0;
        assert!((r["utilization_percent"].as_f64().expect("used") - used).abs() < 0.06);
    }
    // Per team label and per member: a member's own, then their label's, then everybody's.
    site.env.cmd(["sync-members", "--quiet"]).assert().success();
    let rows = doc["summary"].as_array().expect("rows").clone();
    assert!(rows.len() >= 4, "enough members log time");
    let account = |r: &Value| r["account_id"].as_str().expect("an account").to_string();
    for r in &rows[..2] {
        site.env
            .cmd(["member", "label", "add", &account(r), "contractors"])
            .assert()
            .success();
    }
    let own = rows[2]["member"].as_str().expect("a name");
    let doc = site.insights(&[
        "time",
        "--from",
        "-27d",
        "--capacity",
        "10h/week",
        "--capacity",
        "label:Contractors=4h/week",
        "--capacity",
        &format!("{own}=6h/week"),
    ]);
    let capacity: HashMap<String, Option<f64>> = doc["summary"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (account(r), r["capacity_hours"].as_f64()))
        .collect();
    for (i, r) in rows.iter().enumerate() {
        let want = match i {
            0 | 1 => 16.0,
            2 => 24.0,
            _ => 40.0,
        };
        assert_eq!(capacity[&account(r)], Some(want), "{}", r["member"]);
    }
    assert_eq!(doc["capacity"]["hours"].as_f64(), Some(10.0));
    assert_eq!(doc["capacity_rules"].as_array().map(Vec::len), Some(2));
    // A label rule alone: members without the label have no capacity.
    let doc = site.insights(&[
        "time",
        "--from",
        "-27d",
        "--capacity",
        "label:contractors=4h/week",
    ]);
    assert_eq!(doc["capacity"], Value::Null);
    let with_capacity = doc["summary"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| !r["capacity_hours"].is_null())
        .count();
    assert_eq!(with_capacity, 2);
    // A label nobody carries, or a person nobody is, is said so, with a suggestion.
    let out = site
        .env
        .cmd(["insights", "time", "--offline", "-o", "json"])
        .args([
            "--capacity",
            "label:contractor=4h/week",
            "--capacity",
            "Nobody Atall=1h/day",
        ])
        .assert()
        .success();
    let err = common::stderr(&out);
    assert!(
        err.contains(
            "--capacity label:'contractor' is no member's team label; did you mean 'contractors'?"
        ),
        "{err}"
    );
    assert!(
        err.contains("--capacity 'Nobody Atall' is nobody's name"),
        "{err}"
    );

    // Rates: one member's rate, everyone else unpriced.
    let top = doc["summary"][0].clone();
    let dir = tempfile::tempdir().expect("a directory");
    let rates = dir.path().join("rates.csv");
    std::fs::write(
        &rates,
        format!(
            "who,rate,currency\n\"{}\",100,EUR\n",
            top["member"].as_str().expect("a name")
        ),
    )
    .expect("rates");
    let priced = json(
        &site
            .env
            .cmd(["insights", "time", "--from", "-27d", "--rates"])
            .arg(&rates)
            .args(["--offline", "--tz", "UTC", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(priced["currency"], "EUR");
    let first = &priced["summary"][0];
    assert_eq!(first["member"], top["member"]);
    let amount = first["amount"].as_f64().expect("an amount");
    assert!(
        (amount - top["hours"].as_f64().expect("hours") * 100.0).abs() < 1.0,
        "{amount}"
    );
    let total = priced["total_hours"].as_f64().expect("total");
    let unpriced = priced["unpriced_hours"].as_f64().expect("unpriced");
    assert!((total - unpriced - top["hours"].as_f64().expect("hours")).abs() < 0.05);
    // Bad input is one line and exit 2.
    for bad in [
        vec!["--capacity", "lots"],
        vec!["--capacity", "8h/day", "--capacity", "6h/day"],
        vec!["--capacity", "label:=8h/day"],
        vec!["--rates", "/nonexistent/rates.csv"],
    ] {
        site.env
            .cmd(["insights", "time", "--offline"])
            .args(&bad)
            .assert()
            .code(2);
    }
}

#[test]
fn time_logged_follows_the_simulators_worklogs_on_cloud() {
    check_time(&synced(Flavor::Cloud));
}

#[test]
fn time_logged_follows_the_simulators_worklogs_on_data_center() {
    check_time(&synced(Flavor::DataCenter));
}
