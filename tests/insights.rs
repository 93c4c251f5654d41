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
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(String, String, Option<NaiveDate>, NaiveDate)> {
    let category: HashMap<&str, &str> = issues
        .iter()
        .map(|i| (i.status.as_str(), i.status_category.as_str()))
        .collect();
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

fn nearest_rank(sorted: &[i64], p: f64) -> i64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.max(1) - 1]
}

fn check_cycle_time_and_throughput(site: &Site) {
    let issues = site.sim.handle.issues();
    let (from, to) = (today() - Days::new(120), today());
    let want = expected_done(&issues, from, to);
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
    let window_to = today() - Days::new(1);
    let window_from = today() - Days::new(30);
    let done = expected_done(&issues, window_from, window_to).len();
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
    let site = synced(Flavor::Cloud);
    let issues = site.sim.handle.issues();
    let category: HashMap<&str, &str> = issues
        .iter()
        .map(|i| (i.status.as_str(), i.status_category.as_str()))
        .collect();
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
    let site = synced(Flavor::Cloud);
    let issues = site.sim.handle.issues();
    let category: HashMap<&str, &str> = issues
        .iter()
        .map(|i| (i.status.as_str(), i.status_category.as_str()))
        .collect();
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
    let done = expected_done(&issues, from, to);
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
