//! `jirahub dashboard` end to end: the real binary against a seeded simulator with a pinned
//! clock. Every filter's result is checked against keys computed here, independently, from the
//! simulator's own data (`SimHandle::issues()`), never from jirahub's code.

mod common;
#[path = "common/sim.rs"]
mod sim;

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};
use common::{TestEnv, json, stderr, stdout};
use jira_sim::{Mutation, NewIssue, SimConfig, SimIssue};
use serde_json::Value;
use sim::BackgroundSim;

/// The pinned clock of the simulator and of jirahub: a Wednesday.
const NOW: &str = "2026-11-25T10:30:00Z";

fn now() -> DateTime<Utc> {
    NOW.parse().expect("NOW is RFC 3339")
}

fn today() -> NaiveDate {
    now().date_naive()
}

/// Three projects, 300 issues, 40 people (hostile names and shared names included).
fn site() -> SimConfig {
    SimConfig {
        seed: 3,
        projects: 3,
        issues: 300,
        users: 40,
        now: Some(now()),
        ..SimConfig::default()
    }
}

/// A simulator and a jirahub account that selected every project (the first one narrowed to
/// its boards, so that `--board` has something to pick), synced once, members synced.
struct Synced {
    sim: BackgroundSim,
    env: TestEnv,
    /// The issues jirahub reports on, as the simulator sees them.
    issues: Vec<SimIssue>,
}

fn synced(config: SimConfig) -> Synced {
    synced_after(config, |_| {})
}

/// Like [`synced`], with `prepare` changing the simulator's data before the sync.
fn synced_after(config: SimConfig, prepare: impl FnOnce(&BackgroundSim)) -> Synced {
    let sim = BackgroundSim::start(config);
    prepare(&sim);
    let mut env = TestEnv::connected(&sim);
    env.set("JIRAHUB_NOW", NOW).set("TZ", "UTC");
    let projects = sim.handle.projects();
    env.cmd(["projects", "select"])
        .args(projects.iter().map(|p| p.key.as_str()))
        .assert()
        .success();
    let first = &projects[0];
    env.cmd(["boards", "select", "--project", &first.key])
        .args(first.board_ids.iter().map(u64::to_string))
        .assert()
        .success();
    env.cmd(["sync", "--quiet"]).assert().success();
    env.cmd(["sync-members", "--quiet"]).assert().success();
    let issues = sim
        .handle
        .issues()
        .into_iter()
        .filter(|i| {
            i.project_key != first.key || i.board_ids.iter().any(|b| first.board_ids.contains(b))
        })
        .collect();
    Synced { sim, env, issues }
}

impl Synced {
    /// `dashboard --offline -o json --tz UTC ARGS…`, which must succeed.
    fn dashboard(&self, args: &[&str]) -> Value {
        let a = self
            .env
            .cmd(["dashboard", "--offline", "--tz", "UTC", "-o", "json"])
            .args(args)
            .assert();
        assert!(
            a.get_output().status.success(),
            "dashboard {args:?} failed: {}",
            stderr(&a)
        );
        json(&a)
    }

    /// The keys of the tickets section, in the order jirahub lists them.
    fn ticket_keys(&self, args: &[&str]) -> Vec<String> {
        let doc = self.dashboard(&[&["--section", "tickets"], args].concat());
        keys(&doc["tickets"])
    }

    fn keys_where(&self, pred: impl Fn(&SimIssue) -> bool) -> BTreeSet<String> {
        self.issues
            .iter()
            .filter(|i| pred(i))
            .map(|i| i.key.clone())
            .collect()
    }
}

fn keys(rows: &Value) -> Vec<String> {
    rows.as_array()
        .unwrap_or_else(|| panic!("expected a list of rows, got {rows}"))
        .iter()
        .map(|r| r["key"].as_str().expect("every row has a key").to_string())
        .collect()
}

// -------------------------------------------------------------------------------------------
// Independent definitions, written from the README's metric definitions.

fn is_open(i: &SimIssue) -> bool {
    i.status_category != "done"
}

fn is_overdue(i: &SimIssue) -> bool {
    is_open(i) && i.due_date.is_some_and(|d| d < today())
}

/// The `--status` categories as Jira's status category keys.
fn category_key(flag: &str) -> &'static str {
    match flag {
        "todo" => "new",
        "in-progress" => "indeterminate",
        "done" => "done",
        other => panic!("not a category flag: {other}"),
    }
}

fn category_title(key: &str) -> &'static str {
    match key {
        "new" => "To Do",
        "indeterminate" => "In Progress",
        "done" => "Done",
        _ => "No Category",
    }
}

/// `PROJ-12` → (`PROJ`, 12): keys in their natural order.
fn natural(key: &str) -> (String, u64) {
    let (p, n) = key.rsplit_once('-').expect("a PROJ-N key");
    (p.to_string(), n.parse().expect("a numeric key part"))
}

fn by_key(a: &SimIssue, b: &SimIssue) -> Ordering {
    natural(&a.key).cmp(&natural(&b.key))
}

/// Values present first (in `dir`), missing values last in both directions.
fn present_first<T>(
    a: Option<T>,
    b: Option<T>,
    desc: bool,
    cmp: impl Fn(&T, &T) -> Ordering,
) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) if desc => cmp(&y, &x),
        (Some(x), Some(y)) => cmp(&x, &y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn priority_rank(p: &str) -> usize {
    ["highest", "high", "medium", "low", "lowest"]
        .iter()
        .position(|n| n.eq_ignore_ascii_case(p))
        .unwrap_or(usize::MAX)
}

fn category_rank(c: &str) -> u8 {
    match c {
        "new" => 0,
        "indeterminate" => 1,
        "done" => 2,
        _ => 3,
    }
}

/// The order `--sort SPEC` should give, ties broken by the natural key order.
fn sorted_keys(issues: &[SimIssue], spec: &str) -> Vec<String> {
    let (desc, field) = match spec.strip_prefix('-') {
        Some(f) => (true, f),
        None => (false, spec),
    };
    let dir = |o: Ordering| if desc { o.reverse() } else { o };
    let mut list: Vec<&SimIssue> = issues.iter().collect();
    list.sort_by(|a, b| {
        let field_order = match field {
            "key" => return dir(by_key(a, b)),
            "due" => present_first(a.due_date, b.due_date, desc, Ord::cmp),
            "created" => dir(a.created.cmp(&b.created)),
            "updated" => dir(a.updated.cmp(&b.updated)),
            "points" => present_first(a.story_points, b.story_points, desc, |x, y| x.total_cmp(y)),
            "status" => dir(category_rank(&a.status_category)
                .cmp(&category_rank(&b.status_category))
                .then_with(|| lower(&a.status).cmp(&lower(&b.status)))),
            "assignee" => present_first(a.assignee.as_ref(), b.assignee.as_ref(), desc, |x, y| {
                lower(&x.display_name).cmp(&lower(&y.display_name))
            }),
            "priority" => present_first(a.priority.as_ref(), b.priority.as_ref(), desc, |x, y| {
                priority_rank(x).cmp(&priority_rank(y))
            }),
            other => panic!("no independent order for {other}"),
        };
        field_order.then_with(|| by_key(a, b))
    });
    list.into_iter().map(|i| i.key.clone()).collect()
}

/// The summary section as the README defines each number.
fn expected_summary(issues: &[&SimIssue]) -> BTreeMap<&'static str, f64> {
    let week_end = today() + Days::new(6 - u64::from(today().weekday().num_days_from_monday()));
    let open: Vec<&&SimIssue> = issues.iter().filter(|i| is_open(i)).collect();
    let count = |pred: &dyn Fn(&SimIssue) -> bool| issues.iter().filter(|i| pred(i)).count() as f64;
    BTreeMap::from([
        ("total_tickets", issues.len() as f64),
        ("open_tickets", open.len() as f64),
        ("overdue", count(&is_overdue)),
        (
            "due_this_week",
            count(&|i| is_open(i) && i.due_date.is_some_and(|d| d >= today() && d <= week_end)),
        ),
        (
            "missing_story_points",
            count(&|i| is_open(i) && !i.subtask && i.story_points.is_none()),
        ),
        ("unassigned", count(&|i| is_open(i) && i.assignee.is_none())),
        (
            "story_points_total",
            issues.iter().filter_map(|i| i.story_points).sum(),
        ),
        ("todo", count(&|i| i.status_category == "new")),
        (
            "in_progress",
            count(&|i| i.status_category == "indeterminate"),
        ),
        ("done", count(&|i| i.status_category == "done")),
        (
            "no_category",
            count(&|i| !["new", "indeterminate", "done"].contains(&i.status_category.as_str())),
        ),
    ])
}

fn summary_numbers(doc: &Value) -> BTreeMap<&'static str, f64> {
    expected_summary(&[])
        .keys()
        .map(|k| {
            let v = doc["summary"][*k]
                .as_f64()
                .unwrap_or_else(|| panic!("summary.{k} is a number in {}", doc["summary"]));
            (*k, v)
        })
        .collect()
}

/// One workload row: (assignee, open tickets, open points, in progress, overdue, missing
/// estimates). Points in tenths, so rows compare exactly.
type WorkloadRow = (String, u64, i64, u64, u64, u64);

fn expected_workload(issues: &[&SimIssue]) -> Vec<WorkloadRow> {
    let mut rows: BTreeMap<Option<String>, WorkloadRow> = BTreeMap::new();
    for i in issues.iter().filter(|i| is_open(i)) {
        let (id, name) = match &i.assignee {
            Some(a) => (Some(a.account_id.clone()), a.display_name.clone()),
            None => (None, "Unassigned".to_string()),
        };
        let row = rows.entry(id).or_insert((name, 0, 0, 0, 0, 0));
        row.1 += 1;
        row.2 += (i.story_points.unwrap_or(0.0) * 10.0).round() as i64;
        row.3 += u64::from(i.status_category == "indeterminate");
        row.4 += u64::from(is_overdue(i));
        row.5 += u64::from(!i.subtask && i.story_points.is_none());
    }
    let mut rows: Vec<WorkloadRow> = rows.into_values().collect();
    rows.sort();
    rows
}

fn workload_rows(doc: &Value) -> Vec<WorkloadRow> {
    doc["workload"]
        .as_array()
        .expect("workload rows")
        .iter()
        .map(|r| {
            let n = |k: &str| {
                r[k].as_u64()
                    .unwrap_or_else(|| panic!("workload.{k} in {r}"))
            };
            (
                r["assignee"].as_str().expect("assignee").to_string(),
                n("open_tickets"),
                (r["open_story_points"].as_f64().expect("points") * 10.0).round() as i64,
                n("in_progress"),
                n("overdue"),
                n("missing_estimates"),
            )
        })
        .collect()
}

/// The most frequent value (ties: the smallest), among those `pick` yields.
fn most_common<T: Ord + Clone>(values: impl IntoIterator<Item = T>) -> T {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(v, _)| v.clone())
        .expect("the data has values to pick from")
}

/// The date at quantile `q` of `dates` (sorted copy).
fn quantile(mut dates: Vec<NaiveDate>, q: f64) -> NaiveDate {
    dates.sort();
    dates[((dates.len() - 1) as f64 * q) as usize]
}

struct Case {
    name: String,
    args: Vec<String>,
    expected: BTreeSet<String>,
}

fn case(name: impl Into<String>, args: &[&str], expected: BTreeSet<String>) -> Case {
    Case {
        name: name.into(),
        args: args.iter().map(|s| s.to_string()).collect(),
        expected,
    }
}

/// Runs every case, then fails once listing every case that went wrong.
fn check_cases(s: &Synced, cases: &[Case]) {
    let universe = s.issues.len();
    let mut failures = Vec::new();
    for c in cases {
        assert!(
            !c.expected.is_empty() && c.expected.len() < universe,
            "case `{}` does not discriminate: {} of {universe} tickets expected; pick other values",
            c.name,
            c.expected.len()
        );
        let args: Vec<&str> = c.args.iter().map(String::as_str).collect();
        let got: BTreeSet<String> = s.ticket_keys(&args).into_iter().collect();
        if got != c.expected {
            failures.push(format!(
                "{} {:?}: expected {} tickets, got {}; missing {:?}; unexpected {:?}",
                c.name,
                c.args,
                c.expected.len(),
                got.len(),
                c.expected.difference(&got).take(5).collect::<Vec<_>>(),
                got.difference(&c.expected).take(5).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// -------------------------------------------------------------------------------------------
// Filters

#[test]
fn without_filters_every_synced_ticket_is_listed() {
    let s = synced(site());
    let got: BTreeSet<String> = s.ticket_keys(&[]).into_iter().collect();
    assert_eq!(got, s.keys_where(|_| true));
}

#[test]
fn each_filter_alone_selects_what_the_simulator_data_predicts() {
    let s = synced(site());
    let projects = s.sim.handle.projects();
    let (p0, p1) = (&projects[0], &projects[1]);
    let users = s.sim.handle.users();
    let name_is_unique = |name: &str| users.iter().filter(|u| u.display_name == name).count() == 1;
    // The busiest assignee with a unique ASCII name and a visible email.
    let who = most_common(s.issues.iter().filter_map(|i| {
        i.assignee
            .as_ref()
            .filter(|a| {
                a.email.is_some() && a.display_name.is_ascii() && name_is_unique(&a.display_name)
            })
            .map(|a| {
                (
                    a.account_id.clone(),
                    a.display_name.clone(),
                    a.email.clone(),
                )
            })
    }));
    let (who_id, who_name, who_email) = (who.0, who.1, who.2.expect("visible email"));
    let other = most_common(
        s.issues
            .iter()
            .filter_map(|i| i.assignee.as_ref().map(|a| a.account_id.clone()))
            .filter(|a| *a != who_id),
    );
    let label = most_common(s.issues.iter().flat_map(|i| i.labels.clone()));
    let second_label = most_common(
        s.issues
            .iter()
            .flat_map(|i| i.labels.clone())
            .filter(|l| *l != label),
    );
    let kind = most_common(s.issues.iter().map(|i| i.issue_type.clone()));
    let rare_kind = most_common(
        s.issues
            .iter()
            .map(|i| i.issue_type.clone())
            .filter(|t| *t != kind && t != "Epic"),
    );
    let status = most_common(
        s.issues
            .iter()
            .filter(|i| i.status_category == "indeterminate")
            .map(|i| i.status.clone()),
    );
    let created = || {
        s.issues
            .iter()
            .map(|i| i.created.date_naive())
            .collect::<Vec<_>>()
    };
    let (c_from, c_to) = (quantile(created(), 0.25), quantile(created(), 0.6));
    let dues = || {
        s.issues
            .iter()
            .filter_map(|i| i.due_date)
            .collect::<Vec<_>>()
    };
    let (d_from, d_to) = (quantile(dues(), 0.3), quantile(dues(), 0.7));
    let (c_from_s, c_to_s, d_from_s, d_to_s) = (
        c_from.to_string(),
        c_to.to_string(),
        d_from.to_string(),
        d_to.to_string(),
    );
    let board = |b: u64| move |i: &SimIssue| i.board_ids.contains(&b);
    let status_lower = status.to_lowercase();
    let points = |i: &SimIssue, f: &dyn Fn(f64) -> bool| i.story_points.is_some_and(f);

    let mut cases = vec![
        case(
            "project",
            &["--project", &p1.key.to_lowercase()],
            s.keys_where(|i| i.project_key == p1.key),
        ),
        case(
            "two projects",
            &["--project", &p0.key, &p1.key],
            s.keys_where(|i| i.project_key == p0.key || i.project_key == p1.key),
        ),
        case(
            "assignee by name, any case",
            &["--assignee", &who_name.to_uppercase()],
            s.keys_where(|i| i.assignee.as_ref().is_some_and(|a| a.account_id == who_id)),
        ),
        case(
            "assignee by email",
            &["--assignee", &who_email],
            s.keys_where(|i| i.assignee.as_ref().is_some_and(|a| a.account_id == who_id)),
        ),
        case(
            "assignee by account id",
            &["--assignee", &other],
            s.keys_where(|i| i.assignee.as_ref().is_some_and(|a| a.account_id == other)),
        ),
        case(
            "unassigned",
            &["--assignee", "unassigned"],
            s.keys_where(|i| i.assignee.is_none()),
        ),
        case(
            "unassigned or one person",
            &["--assignee", "unassigned", &who_id],
            s.keys_where(|i| i.assignee.as_ref().is_none_or(|a| a.account_id == who_id)),
        ),
        case(
            "status name, any case",
            &["--status", &status_lower],
            s.keys_where(|i| i.status == status),
        ),
        case(
            "status name and a category",
            &["--status", &status, "todo"],
            s.keys_where(|i| i.status == status || i.status_category == "new"),
        ),
        case(
            "exclude a status name",
            &["--exclude-status", &status],
            s.keys_where(|i| i.status != status),
        ),
        case(
            "exclude two categories",
            &["--exclude-status", "done", "in-progress"],
            s.keys_where(|i| i.status_category == "new"),
        ),
        case(
            "created from",
            &["--created-from", &c_from_s],
            s.keys_where(|i| i.created.date_naive() >= c_from),
        ),
        case(
            "created to",
            &["--created-to", &c_to_s],
            s.keys_where(|i| i.created.date_naive() <= c_to),
        ),
        case(
            "created between",
            &["--created-from", &c_from_s, "--created-to", &c_to_s],
            s.keys_where(|i| (c_from..=c_to).contains(&i.created.date_naive())),
        ),
        case(
            "created in the last month (relative)",
            &["--created-from", "-1m"],
            s.keys_where(|i| {
                i.created.date_naive() >= today().checked_sub_months(Months::new(1)).expect("date")
            }),
        ),
        case(
            "due from",
            &["--due-from", &d_from_s],
            s.keys_where(|i| i.due_date.is_some_and(|d| d >= d_from)),
        ),
        case(
            "due to",
            &["--due-to", &d_to_s],
            s.keys_where(|i| i.due_date.is_some_and(|d| d <= d_to)),
        ),
        case(
            "due between",
            &["--due-from", &d_from_s, "--due-to", &d_to_s],
            s.keys_where(|i| i.due_date.is_some_and(|d| (d_from..=d_to).contains(&d))),
        ),
        case(
            "due from 30 days ago to in two weeks (relative)",
            &["--due-from", "-30d", "--due-to", "+2w"],
            s.keys_where(|i| {
                i.due_date
                    .is_some_and(|d| d >= today() - Days::new(30) && d <= today() + Days::new(14))
            }),
        ),
        case(
            "due up to today",
            &["--due-to", "today"],
            s.keys_where(|i| i.due_date.is_some_and(|d| d <= today())),
        ),
        case(
            "label",
            &["--label", &label],
            s.keys_where(|i| i.labels.contains(&label)),
        ),
        case(
            "any of two labels",
            &["--label", &label, &second_label],
            s.keys_where(|i| i.labels.contains(&label) || i.labels.contains(&second_label)),
        ),
        case(
            "points at least 3",
            &["--points-min", "3"],
            s.keys_where(|i| points(i, &|p| p >= 3.0)),
        ),
        case(
            "points at most 2",
            &["--points-max", "2"],
            s.keys_where(|i| points(i, &|p| p <= 2.0)),
        ),
        case(
            "points between 1 and 5",
            &["--points-min", "1", "--points-max", "5"],
            s.keys_where(|i| points(i, &|p| (1.0..=5.0).contains(&p))),
        ),
        case(
            "no points",
            &["--no-points"],
            s.keys_where(|i| i.story_points.is_none()),
        ),
        case(
            "type, any case",
            &["--type", &kind.to_lowercase()],
            s.keys_where(|i| i.issue_type == kind),
        ),
        case(
            "two types",
            &["--type", &kind, &rare_kind],
            s.keys_where(|i| i.issue_type == kind || i.issue_type == rare_kind),
        ),
    ];
    for category in ["todo", "in-progress", "done"] {
        cases.push(case(
            format!("status category {category}"),
            &["--status", category],
            s.keys_where(|i| i.status_category == category_key(category)),
        ));
    }
    for &b in &p0.board_ids {
        cases.push(case(
            format!("board {b}"),
            &["--board", &b.to_string()],
            s.keys_where(board(b)),
        ));
    }
    // Both labels on one ticket: the pair that occurs together most often.
    let pair = most_common(s.issues.iter().flat_map(|i| {
        let mut l = i.labels.clone();
        l.sort();
        let mut pairs = Vec::new();
        for (n, a) in l.iter().enumerate() {
            for b in &l[n + 1..] {
                pairs.push((a.clone(), b.clone()));
            }
        }
        pairs
    }));
    cases.push(case(
        "all of two labels",
        &["--label", &pair.0, &pair.1, "--all-labels"],
        s.keys_where(|i| i.labels.contains(&pair.0) && i.labels.contains(&pair.1)),
    ));
    check_cases(&s, &cases);
}

#[test]
fn combined_filters_select_the_intersection() {
    let s = synced(site());
    let projects = s.sim.handle.projects();
    let (p0, p1) = (&projects[0], &projects[1]);
    let label = most_common(s.issues.iter().flat_map(|i| i.labels.clone()));
    let board = p0.board_ids[0];
    let assignee = most_common(
        s.issues
            .iter()
            .filter(|i| is_open(i))
            .filter_map(|i| i.assignee.as_ref().map(|a| a.account_id.clone())),
    );
    let cases = vec![
        case(
            "project + category + points",
            &[
                "--project",
                &p1.key,
                "--status",
                "in-progress",
                "todo",
                "--points-min",
                "1",
            ],
            s.keys_where(|i| {
                i.project_key == p1.key
                    && i.status_category != "done"
                    && i.story_points.is_some_and(|p| p >= 1.0)
            }),
        ),
        case(
            "unassigned + open + due up to today",
            &[
                "--assignee",
                "unassigned",
                "--exclude-status",
                "done",
                "--due-to",
                "today",
            ],
            s.keys_where(|i| {
                i.assignee.is_none() && is_open(i) && i.due_date.is_some_and(|d| d <= today())
            }),
        ),
        case(
            "board + not to-do + no points",
            &[
                "--board",
                &board.to_string(),
                "--exclude-status",
                "todo",
                "--no-points",
            ],
            s.keys_where(|i| {
                i.board_ids.contains(&board)
                    && i.status_category != "new"
                    && i.story_points.is_none()
            }),
        ),
        case(
            "types + label + created in the last 4 months",
            &[
                "--type",
                "Story",
                "Task",
                "--label",
                &label,
                "--created-from",
                "-4m",
            ],
            s.keys_where(|i| {
                ["Story", "Task"].contains(&i.issue_type.as_str())
                    && i.labels.contains(&label)
                    && i.created.date_naive()
                        >= today().checked_sub_months(Months::new(4)).expect("date")
            }),
        ),
        case(
            "person or nobody + open + points at most 5 + due window",
            &[
                "--assignee",
                &assignee,
                "unassigned",
                "--status",
                "todo",
                "in-progress",
                "--points-max",
                "5",
                "--due-from",
                "-6m",
                "--due-to",
                "+6m",
            ],
            s.keys_where(|i| {
                i.assignee.as_ref().is_none_or(|a| a.account_id == assignee)
                    && is_open(i)
                    && i.story_points.is_some_and(|p| p <= 5.0)
                    && i.due_date.is_some_and(|d| {
                        d >= today().checked_sub_months(Months::new(6)).expect("date")
                            && d <= today().checked_add_months(Months::new(6)).expect("date")
                    })
            }),
        ),
        case(
            "two projects minus done, bugs excluded by type list",
            &[
                "--project",
                &p0.key,
                &p1.key,
                "--exclude-status",
                "done",
                "--type",
                "Story",
                "Task",
                "Sub-task",
            ],
            s.keys_where(|i| {
                (i.project_key == p0.key || i.project_key == p1.key)
                    && is_open(i)
                    && ["Story", "Task", "Sub-task"].contains(&i.issue_type.as_str())
            }),
        ),
    ];
    check_cases(&s, &cases);
}

#[test]
fn team_filter_follows_member_labels() {
    let s = synced(site());
    let busy: Vec<String> = {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for a in s.issues.iter().filter_map(|i| i.assignee.as_ref()) {
            *counts.entry(a.account_id.clone()).or_default() += 1;
        }
        let mut v: Vec<(usize, String)> = counts.into_iter().map(|(k, n)| (n, k)).collect();
        v.sort_by(|a, b| b.cmp(a));
        v.into_iter().take(2).map(|(_, k)| k).collect()
    };
    for id in &busy {
        s.env
            .cmd(["member", "label", "add", id, "squad-a"])
            .assert()
            .success();
    }
    let expected = s.keys_where(|i| {
        i.assignee
            .as_ref()
            .is_some_and(|a| busy.contains(&a.account_id))
    });
    let got: BTreeSet<String> = s.ticket_keys(&["--team", "SQUAD-A"]).into_iter().collect();
    assert_eq!(got, expected, "--team matches labels case-insensitively");

    s.env
        .cmd(["member", "label", "remove", &busy[0], "squad-a"])
        .assert()
        .success();
    let got: BTreeSet<String> = s.ticket_keys(&["--team", "squad-a"]).into_iter().collect();
    assert_eq!(
        got,
        s.keys_where(|i| i.assignee.as_ref().is_some_and(|a| a.account_id == busy[1]))
    );
    assert!(
        s.ticket_keys(&["--team", "nobody-has-this"]).is_empty(),
        "a team label nobody carries matches nothing"
    );
}

#[test]
fn priority_component_sprint_and_me_select_what_the_simulator_predicts() {
    let s = synced(site());
    let sprints = s.sim.handle.sprints();
    let sprint_name = |id: &u64| {
        sprints
            .iter()
            .find(|sp| sp.id == *id)
            .map(|sp| sp.name.clone())
    };
    let priority = most_common(s.issues.iter().filter_map(|i| i.priority.clone()));
    let component = most_common(s.issues.iter().flat_map(|i| i.components.clone()));
    let sprint = most_common(
        s.issues
            .iter()
            .flat_map(|i| i.sprint_ids.iter().filter_map(sprint_name)),
    );
    let active: Vec<u64> = sprints
        .iter()
        .filter(|sp| sp.state == "active")
        .map(|sp| sp.id)
        .collect();
    let me = s
        .sim
        .handle
        .users()
        .into_iter()
        .find(|u| u.email == s.sim.handle.email())
        .expect("the connected account is a simulator user")
        .account_id;
    let cases = [
        case(
            "priority",
            &["--priority", &priority.to_uppercase()],
            s.keys_where(|i| i.priority.as_deref() == Some(priority.as_str())),
        ),
        case(
            "component",
            &["--component", &component],
            s.keys_where(|i| i.components.contains(&component)),
        ),
        case(
            "sprint by name",
            &["--sprint", &sprint],
            s.keys_where(|i| {
                i.sprint_ids
                    .iter()
                    .filter_map(sprint_name)
                    .any(|n| n == sprint)
            }),
        ),
        case(
            "active sprint",
            &["--sprint", "active"],
            s.keys_where(|i| i.sprint_ids.iter().any(|id| active.contains(id))),
        ),
        case(
            "me",
            &["--assignee", "me"],
            s.keys_where(|i| i.assignee.as_ref().is_some_and(|a| a.account_id == me)),
        ),
    ];
    check_cases(&s, &cases);
}

#[test]
fn jql_narrows_the_report_to_what_jira_finds_within_the_scope() {
    let s = synced(site());
    let priority = most_common(s.issues.iter().filter_map(|i| i.priority.clone()));
    let clause = format!("priority = \"{priority}\" OR labels = nosuchlabel");
    // Not --offline: the clause goes to Jira (the snapshot is fresh, so nothing is synced).
    let live = |args: &[&str]| {
        let a = s
            .env
            .cmd(["dashboard", "--tz", "UTC", "-o", "json"])
            .args(args)
            .assert()
            .success();
        json(&a)
    };
    let got: BTreeSet<String> = keys(&live(&["--section", "tickets", "--jql", &clause])["tickets"])
        .into_iter()
        .collect();
    let want = s.keys_where(|i| i.priority.as_deref() == Some(priority.as_str()));
    assert!(!want.is_empty() && want.len() < s.issues.len());
    assert_eq!(got, want);
    // ANDed with the scope: an OR in the clause cannot reach other projects.
    let p0 = s.sim.handle.projects()[0].key.clone();
    let wide_open = format!("project = {p0} OR project is not EMPTY");
    let got: BTreeSet<String> = keys(
        &live(&[
            "--section",
            "tickets",
            "--project",
            &p0,
            "--jql",
            &wide_open,
        ])["tickets"],
    )
    .into_iter()
    .collect();
    assert_eq!(got, s.keys_where(|i| i.project_key == p0));
    let doc = live(&["--section", "summary", "--jql", &clause]);
    assert_eq!(doc["filters"]["jql"], clause.as_str());
    // Jira's verdict on a bad clause is a usage error quoting it; --offline cannot ask Jira.
    let bad = |args: &[&str]| {
        let a = s
            .env
            .cmd(["dashboard", "--tz", "UTC"])
            .args(args)
            .assert()
            .code(2);
        stderr(&a)
    };
    let err = bad(&["--jql", "nosuchfield = 1"]);
    assert!(
        err.starts_with("error: Jira rejected --jql \"nosuchfield = 1\": "),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(bad(&["--jql", "status = Done", "--offline"]).contains("--offline never does"));
    assert!(bad(&["--jql", "status = Done order by key"]).contains("ORDER BY"));
}

#[test]
fn filter_values_that_match_nothing_warn_with_a_suggestion_and_fail_under_strict() {
    let s = synced(site());
    let status = most_common(s.issues.iter().map(|i| i.status.clone()));
    let typo = &status[..status.len() - 1];
    let run = |args: &[&str]| {
        s.env
            .cmd([
                "dashboard",
                "--offline",
                "--tz",
                "UTC",
                "-o",
                "json",
                "--section",
                "summary",
            ])
            .args(args)
            .assert()
    };
    let a = run(&["--status", typo]).success();
    assert_eq!(
        stderr(&a).trim(),
        format!("warning: --status '{typo}' matches no synced ticket; did you mean '{status}'?")
    );
    assert_eq!(
        json(&a)["summary"]["total_tickets"],
        0,
        "the report still prints"
    );
    let a = run(&["--status", typo, "--strict"]).code(2);
    assert_eq!(stdout(&a), "", "no report under --strict");
    assert_eq!(
        stderr(&a).trim(),
        format!("error: --status '{typo}' matches no synced ticket; did you mean '{status}'?")
    );
    // Known values, categories and `unassigned` are not warned about.
    let a = run(&[
        "--status",
        &status.to_lowercase(),
        "in-progress",
        "--assignee",
        "unassigned",
        "--strict",
    ])
    .success();
    assert_eq!(stderr(&a), "");
    // Part of a name lists who it could mean.
    let name = most_common(
        s.issues
            .iter()
            .filter_map(|i| i.assignee.as_ref().map(|a| a.display_name.clone()))
            .filter(|n| n.is_ascii() && n.contains(' ')),
    );
    let first = name.split(' ').next().expect("a first name");
    let a = run(&["--assignee", first]).success();
    assert!(
        stderr(&a).contains(&format!("--assignee '{first}' is nobody's whole name"))
            && stderr(&a).contains(&format!("'{name}'")),
        "{}",
        stderr(&a)
    );
    // A team label nobody carries, next to one somebody does.
    let someone = s
        .issues
        .iter()
        .find_map(|i| i.assignee.as_ref())
        .expect("assigned")
        .account_id
        .clone();
    s.env
        .cmd(["member", "label", "add", &someone, "backend"])
        .assert()
        .success();
    let a = run(&["--team", "backnd"]).success();
    assert_eq!(
        stderr(&a).trim(),
        "warning: --team 'backnd' is no member's team label; did you mean 'backend'?"
    );
    // -q silences warnings too.
    let a = run(&["--team", "backnd", "-q"]).success();
    assert_eq!(stderr(&a), "");
}

// -------------------------------------------------------------------------------------------
// Sections and numbers

/// The seeded site plus tickets on the boundaries the metric definitions name: due yesterday,
/// today, this Sunday (end of the ISO week) and next Monday; open and done; with and without
/// points; a sub-task without points (not a missing estimate).
fn boundary_synced() -> Synced {
    synced_after(site(), |sim| {
        let project = sim.handle.projects()[1].key.clone();
        let parent = sim
            .handle
            .issues()
            .into_iter()
            .find(|i| i.project_key == project && !i.subtask && i.issue_type != "Epic")
            .expect("a parent for a sub-task")
            .key;
        let assignee = sim.handle.users()[0].account_id.clone();
        let sunday = today() + Days::new(4);
        let days = |d: i64| {
            today()
                .checked_add_signed(chrono::Duration::days(d))
                .expect("date")
        };
        let tickets: &[(&str, NaiveDate, &str, Option<f64>, &str)] = &[
            (
                "due yesterday, open",
                days(-1),
                "In Progress",
                Some(3.0),
                "Task",
            ),
            ("due yesterday, done", days(-1), "Done", Some(2.0), "Task"),
            ("due today, open", today(), "In Progress", None, "Story"),
            (
                "due this Sunday, open",
                sunday,
                "In Progress",
                Some(1.5),
                "Bug",
            ),
            (
                "due next Monday, open",
                sunday + Days::new(1),
                "In Progress",
                None,
                "Task",
            ),
            (
                "sub-task without points",
                days(-3),
                "In Progress",
                None,
                "Sub-task",
            ),
        ];
        assert_eq!(sunday.weekday(), chrono::Weekday::Sun);
        for (n, (summary, due, status, points, kind)) in tickets.iter().enumerate() {
            sim.handle
                .mutate(Mutation::Create(NewIssue {
                    project: project.clone(),
                    issue_type: Some(kind.to_string()),
                    summary: summary.to_string(),
                    status: Some(status.to_string()),
                    story_points: *points,
                    due_date: Some(*due),
                    // Every other one unassigned.
                    assignee: (n % 2 == 0).then(|| assignee.clone()),
                    parent: (*kind == "Sub-task").then(|| parent.clone()),
                    ..NewIssue::default()
                }))
                .expect("the simulator creates the boundary ticket");
        }
    })
}

#[test]
fn summary_numbers_match_an_independent_count() {
    let s = boundary_synced();
    let all: Vec<&SimIssue> = s.issues.iter().collect();
    assert_eq!(summary_numbers(&s.dashboard(&[])), expected_summary(&all));

    let p = &s.sim.handle.projects()[1].key;
    let some: Vec<&SimIssue> = s
        .issues
        .iter()
        .filter(|i| &i.project_key == p && i.status_category != "new")
        .collect();
    let doc = s.dashboard(&["--project", p, "--exclude-status", "todo"]);
    assert_eq!(summary_numbers(&doc), expected_summary(&some));
}

#[test]
fn workload_rows_match_an_independent_count_busiest_first() {
    let s = boundary_synced();
    let all: Vec<&SimIssue> = s.issues.iter().collect();
    let doc = s.dashboard(&["--section", "workload"]);
    let rows = workload_rows(&doc);
    let mut sorted = rows.clone();
    sorted.sort();
    assert_eq!(sorted, expected_workload(&all));
    let (last, people) = rows.split_last().expect("rows");
    assert_eq!(last.0, "Unassigned", "the Unassigned row comes last");
    assert!(
        people
            .windows(2)
            .all(|w| (w[0].2, w[0].1) >= (w[1].2, w[1].1)),
        "rows ordered by open points, then open tickets: {people:?}"
    );
}

#[test]
fn status_sections_count_tickets_and_points_by_status_and_category() {
    let s = synced(site());
    let doc = s.dashboard(&["--section", "status"]);
    let mut expected: BTreeMap<(String, String), (u64, i64)> = BTreeMap::new();
    let mut by_category: BTreeMap<String, (u64, i64)> = BTreeMap::new();
    for i in &s.issues {
        let tenths = (i.story_points.unwrap_or(0.0) * 10.0).round() as i64;
        let title = category_title(&i.status_category).to_string();
        let e = expected
            .entry((i.status.clone(), title.clone()))
            .or_default();
        e.0 += 1;
        e.1 += tenths;
        let c = by_category.entry(title).or_default();
        c.0 += 1;
        c.1 += tenths;
    }
    let rows = |name: &str, key: &dyn Fn(&Value) -> String| -> BTreeMap<String, (u64, i64)> {
        doc[name]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| {
                let points = (r["story_points"].as_f64().expect("points") * 10.0).round() as i64;
                (key(r), (r["tickets"].as_u64().expect("tickets"), points))
            })
            .collect()
    };
    let got = rows("status", &|r| {
        format!(
            "{}|{}",
            r["status"].as_str().expect("status"),
            r["category"].as_str().expect("category")
        )
    });
    let expected: BTreeMap<String, (u64, i64)> = expected
        .into_iter()
        .map(|((s, c), v)| (format!("{s}|{c}"), v))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(
        rows("status_category", &|r| r["category"]
            .as_str()
            .expect("category")
            .to_string()),
        by_category
    );
}

#[test]
fn overdue_lists_open_tickets_due_before_today_oldest_first() {
    let s = boundary_synced();
    let doc = s.dashboard(&["--section", "overdue"]);
    let mut late: Vec<&SimIssue> = s.issues.iter().filter(|i| is_overdue(i)).collect();
    late.sort_by(|a, b| a.due_date.cmp(&b.due_date).then_with(|| by_key(a, b)));
    assert!(!late.is_empty(), "the seeded data has overdue work");
    let expected: Vec<(String, i64)> = late
        .iter()
        .map(|i| {
            (
                i.key.clone(),
                (today() - i.due_date.expect("due")).num_days(),
            )
        })
        .collect();
    let got: Vec<(String, i64)> = doc["overdue"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["key"].as_str().expect("key").to_string(),
                r["days_late"].as_i64().expect("days late"),
            )
        })
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn sort_orders_tickets_like_an_independent_sort() {
    let s = synced(site());
    let mut failures = Vec::new();
    for spec in [
        "key",
        "-key",
        "due",
        "-due",
        "created",
        "-created",
        "updated",
        "-updated",
        "points",
        "-points",
        "status",
        "-status",
        "assignee",
        "-assignee",
        "priority",
        "-priority",
    ] {
        let got = s.ticket_keys(&["--sort", spec]);
        let expected = sorted_keys(&s.issues, spec);
        if got != expected {
            let at = got.iter().zip(&expected).position(|(a, b)| a != b);
            failures.push(format!("--sort {spec}: first difference at row {at:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Without --sort, tickets come in natural key order (PROJ-2 before PROJ-10).
    assert_eq!(s.ticket_keys(&[]), sorted_keys(&s.issues, "key"));
}

#[test]
fn limit_keeps_the_first_rows_of_the_sorted_lists() {
    let s = synced(site());
    let got = s.ticket_keys(&["--sort", "-points", "--limit", "7"]);
    assert_eq!(got, sorted_keys(&s.issues, "-points")[..7].to_vec());

    let doc = s.dashboard(&["--section", "overdue", "--limit", "3"]);
    let mut late: Vec<&SimIssue> = s.issues.iter().filter(|i| is_overdue(i)).collect();
    late.sort_by(|a, b| a.due_date.cmp(&b.due_date).then_with(|| by_key(a, b)));
    let expected: Vec<String> = late.iter().take(3).map(|i| i.key.clone()).collect();
    assert_eq!(keys(&doc["overdue"]), expected);
    // The summary still counts every matching ticket.
    let doc = s.dashboard(&["--limit", "1"]);
    assert_eq!(
        doc["summary"]["total_tickets"].as_u64(),
        Some(s.issues.len() as u64)
    );
}

#[test]
fn json_is_one_document_with_metadata_filters_and_every_section() {
    let s = synced(site());
    let doc = s.dashboard(&[
        "--section",
        "all",
        "--project",
        &s.sim.handle.projects()[0].key,
        "--label",
        "ux",
    ]);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["kind"], "dashboard");
    assert_eq!(doc["generated_at"], NOW);
    assert_eq!(doc["today"], today().to_string());
    let as_of: DateTime<Utc> = doc["data_as_of"]
        .as_str()
        .expect("data_as_of is set after a sync")
        .parse()
        .expect("RFC 3339");
    assert!(as_of <= Utc::now());
    assert_eq!(
        doc["filters"]["projects"][0],
        s.sim.handle.projects()[0].key.as_str()
    );
    assert_eq!(doc["filters"]["labels"], serde_json::json!(["ux"]));
    assert_eq!(doc["filters"]["time_zone"], "UTC");
    for section in [
        "summary",
        "workload",
        "status",
        "status_category",
        "overdue",
        "tickets",
    ] {
        assert!(!doc[section].is_null(), "JSON has the {section} section");
    }
}

#[test]
fn table_json_and_csv_show_the_same_numbers() {
    let s = synced(site());
    let doc = s.dashboard(&["--section", "all"]);
    let run = |args: &[&str]| {
        let a = s
            .env
            .cmd(["dashboard", "--offline", "--tz", "UTC"])
            .args(args)
            .assert()
            .success();
        stdout(&a)
    };
    // CSV of the summary record: field,value rows.
    let csv = run(&["-o", "csv", "--section", "summary"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for row in reader.records() {
        let row = row.expect("valid CSV");
        let json_value = &doc["summary"][&row[0]];
        assert_eq!(
            row[1].parse::<f64>().ok(),
            json_value.as_f64(),
            "{}",
            &row[0]
        );
    }
    // The table's summary lines end with the same numbers, in the same order.
    let table = run(&["--section", "summary"]);
    let table_numbers: Vec<f64> = table
        .lines()
        .filter_map(|l| l.split_whitespace().last()?.parse().ok())
        .collect();
    let json_numbers: Vec<f64> = doc["summary"]
        .as_object()
        .expect("summary record")
        .values()
        .map(|v| v.as_f64().expect("number"))
        .collect();
    assert_eq!(table_numbers, json_numbers, "{table}");
    // CSV of tickets: the same tickets, in the same order, as JSON.
    let csv = run(&["-o", "csv"]);
    let csv_keys: Vec<String> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV")[0].to_string())
        .collect();
    assert_eq!(csv_keys, keys(&doc["tickets"]));
}

// -------------------------------------------------------------------------------------------
// Bad input and thresholds

#[test]
fn bad_input_fails_with_exit_2_or_4_and_a_one_line_reason() {
    let s = synced(site());
    let cases: &[(&[&str], i32, &str)] = &[
        (&["--section", "nope"], 2, "unknown section"),
        (&["--due-from", "2026-02-30"], 2, "invalid date"),
        (&["--created-to", "next tuesday"], 2, "invalid date"),
        (
            &["--due-from", "2026-12-01", "--due-to", "2026-11-01"],
            2,
            "after",
        ),
        (
            &["--created-from", "+1d", "--created-to", "-1d"],
            2,
            "after",
        ),
        (&["--points-min", "5", "--points-max", "1"], 2, "greater"),
        (
            &["-o", "csv", "--section", "summary", "workload"],
            2,
            "one section",
        ),
        (&["--sort", "colour"], 2, "sort"),
        (&["--tz", "Mars/Olympus_Mons"], 2, "time zone"),
        (&["--board", "999999"], 4, "999999"),
        (&["--project", "NOPE"], 4, "NOPE"),
    ];
    for (args, code, reason) in cases {
        let a = s
            .env
            .cmd(["dashboard", "--offline"])
            .args(*args)
            .assert()
            .code(*code);
        let err = stderr(&a);
        assert_eq!(err.lines().count(), 1, "{args:?}: one line, got {err:?}");
        assert!(
            err.to_lowercase().contains(&reason.to_lowercase()),
            "{args:?}: {err:?} should say {reason:?}"
        );
        assert!(stdout(&a).is_empty(), "{args:?}: no report on bad input");
    }
}

#[test]
fn max_overdue_exceeded_exits_6_after_printing_the_report() {
    let s = synced(site());
    let overdue = s.issues.iter().filter(|i| is_overdue(i)).count();
    assert!(overdue > 0);
    let limit = (overdue - 1).to_string();
    let a = s
        .env
        .cmd([
            "dashboard",
            "--offline",
            "--tz",
            "UTC",
            "-o",
            "json",
            "--max-overdue",
            &limit,
        ])
        .assert()
        .code(6);
    assert_eq!(
        json(&a)["summary"]["overdue"].as_u64(),
        Some(overdue as u64)
    );
    assert!(stderr(&a).contains(&limit), "{}", stderr(&a));

    let at_limit = overdue.to_string();
    s.env
        .cmd([
            "dashboard",
            "--offline",
            "--tz",
            "UTC",
            "--max-overdue",
            &at_limit,
        ])
        .assert()
        .success();
    // The threshold counts only the tickets the filters select.
    s.env
        .cmd([
            "dashboard",
            "--offline",
            "--tz",
            "UTC",
            "--max-overdue",
            "0",
            "--status",
            "done",
        ])
        .assert()
        .success();
}

#[test]
fn every_gate_prints_the_report_then_exits_6_naming_each_failed_gate() {
    let s = synced(site());
    let open: Vec<&SimIssue> = s.issues.iter().filter(|i| is_open(i)).collect();
    let unassigned = open.iter().filter(|i| i.assignee.is_none()).count();
    let missing = open
        .iter()
        .filter(|i| !i.subtask && i.story_points.is_none())
        .count();
    let mut wip: HashMap<String, usize> = HashMap::new();
    for i in s
        .issues
        .iter()
        .filter(|i| i.status_category == "indeterminate")
    {
        if let Some(a) = &i.assignee {
            *wip.entry(a.account_id.clone()).or_default() += 1;
        }
    }
    let busiest = wip.values().copied().max().expect("work in progress");
    let oldest = open
        .iter()
        .map(|i| (today() - i.created.date_naive()).num_days())
        .max()
        .expect("open work");
    let run = |args: &[&str]| {
        s.env
            .cmd(["dashboard", "--offline", "--tz", "UTC", "-o", "json"])
            .args(args)
            .assert()
    };
    // At the measured values every gate passes …
    let (u, m, w, o) = (
        unassigned.to_string(),
        missing.to_string(),
        busiest.to_string(),
        oldest.to_string(),
    );
    let a = run(&[
        "--max-unassigned",
        &u,
        "--max-missing-points",
        &m,
        "--max-wip",
        &w,
        "--max-age",
        &o,
    ])
    .success();
    let gates = json(&a)["gates"].clone();
    let values: Vec<(String, u64, bool)> = gates
        .as_array()
        .expect("gates")
        .iter()
        .map(|g| {
            (
                g["gate"].as_str().expect("name").to_string(),
                g["value"].as_u64().expect("value"),
                g["passed"].as_bool().expect("passed"),
            )
        })
        .collect();
    assert_eq!(
        values,
        [
            ("max_unassigned".to_string(), unassigned as u64, true),
            ("max_missing_points".to_string(), missing as u64, true),
            ("max_wip".to_string(), busiest as u64, true),
            ("max_age".to_string(), oldest as u64, true),
        ]
    );
    // … and one below, each fails: the report is printed, then one line names them all.
    let below = |n: usize| (n - 1).to_string();
    let a = run(&[
        "--max-unassigned",
        &below(unassigned),
        "--max-missing-points",
        &below(missing),
        "--max-wip",
        &below(busiest),
        "--max-age",
        &below(oldest as usize),
    ])
    .code(6);
    assert!(json(&a)["summary"].is_object(), "the report comes first");
    let err = stderr(&a);
    assert_eq!(err.lines().count(), 1, "{err}");
    for part in [
        format!(
            "{unassigned} unassigned open tickets exceed --max-unassigned {}",
            unassigned - 1
        ),
        format!(
            "{missing} open tickets without story points exceed --max-missing-points {}",
            missing - 1
        ),
        format!("more than --max-wip {} in progress", busiest - 1),
        format!("older than --max-age {} days", oldest - 1),
    ] {
        assert!(err.contains(&part), "{part} in {err}");
    }
}

#[test]
fn markdown_is_gfm_tables_a_parser_reads_back() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let (s, created) = hostile_synced();
    let doc = s.dashboard(&["--section", "all", "--limit", "0"]);
    let md = render(&s, &["-o", "markdown", "--section", "all", "--limit", "0"]);
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    let (mut cell, mut in_cell) = (String::new(), false);
    let mut links = Vec::new();
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Table(_)) => tables.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                tables.last_mut().expect("in a table").push(Vec::new())
            }
            Event::Start(Tag::TableCell) => (cell.clear(), in_cell = true).1,
            Event::End(TagEnd::TableCell) => {
                in_cell = false;
                let row = tables
                    .last_mut()
                    .and_then(|t| t.last_mut())
                    .expect("in a row");
                row.push(cell.trim().to_string());
            }
            Event::Text(t) | Event::Code(t) if in_cell => cell.push_str(&t),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in the markdown: {h}"),
            _ => {}
        }
    }
    // summary, workload, status, status_category, overdue, tickets
    assert_eq!(tables.len(), 6, "{md}");
    let rows = |name: &str| doc[name].as_array().expect("rows").len();
    assert_eq!(
        tables[1].len(),
        rows("workload") + 1,
        "a header and each person"
    );
    assert_eq!(tables[5].len(), rows("tickets") + 1);
    // Every hostile summary reads back as itself: escaping kept it text.
    let tickets = &tables[5];
    let summary_col = tickets[0]
        .iter()
        .position(|h| h == "Summary")
        .expect("a Summary column");
    for (key, summary) in &created {
        let row = tickets
            .iter()
            .find(|r| r[0] == *key)
            .unwrap_or_else(|| panic!("{key} listed"));
        let clean: String = summary
            .chars()
            .map(|c| {
                if c == '\n' || c == '\t' || c == '\r' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        if !clean.chars().any(|c| {
            c.is_control()
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        }) {
            assert_eq!(row[summary_col], clean, "{key}");
        }
    }
    // The only links are the ticket keys, to the site's browse pages.
    assert_eq!(links.len(), rows("tickets") + rows("overdue"));
    assert!(
        links
            .iter()
            .all(|l| l.starts_with(&format!("{}/browse/", s.sim.url()))),
        "{links:?}"
    );
}

#[test]
fn default_json_is_the_overview_and_all_brings_every_ticket() {
    let s = synced(small_site());
    let overview = s.dashboard(&[]);
    assert!(
        overview.get("tickets").is_none(),
        "no ticket list by default"
    );
    for section in [
        "summary",
        "workload",
        "status",
        "status_category",
        "overdue",
    ] {
        assert!(overview.get(section).is_some(), "{section}");
    }
    let all = s.dashboard(&["--section", "all"]);
    assert_eq!(
        all["tickets"].as_array().expect("rows").len(),
        s.issues.len()
    );
}

#[test]
fn columns_choose_the_list_fields_in_every_format() {
    let s = synced(small_site());
    let doc = s.dashboard(&[
        "--section",
        "tickets,overdue",
        "--columns",
        "key,url,days_late,assignee",
    ]);
    let first = doc["tickets"][0].as_object().expect("a row");
    let keys: BTreeSet<&str> = first.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["key", "url", "assignee"]),
        "days_late is the overdue list's"
    );
    let overdue = doc["overdue"][0].as_object().expect("an overdue row");
    assert_eq!(overdue.len(), 4, "{overdue:?}");
    let csv = render(&s, &["-o", "csv", "--columns", "key,url,assignee"]);
    assert_eq!(csv.lines().next(), Some("key,url,assignee"));
    let table = render(&s, &["--section", "tickets", "--columns", "key,url"]);
    let header = table.lines().nth(2).expect("a header");
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["Key", "URL"],
        "{table}"
    );
    let a = s
        .env
        .cmd(["dashboard", "--offline", "--columns", "key,sumary"])
        .assert()
        .code(2);
    assert!(
        stderr(&a).starts_with("error: --columns: no column 'sumary': did you mean 'summary'?"),
        "{}",
        stderr(&a)
    );
}

#[test]
fn bom_starts_csv_with_a_byte_order_mark() {
    let s = synced(small_site());
    let with = render(&s, &["-o", "csv", "--bom"]);
    let without = render(&s, &["-o", "csv"]);
    assert_eq!(with.strip_prefix('\u{feff}'), Some(without.as_str()));
}

// -------------------------------------------------------------------------------------------
// What users see: snapshots for a fixed seed and a pinned clock

/// A small site, so that the snapshots stay readable.
fn small_site() -> SimConfig {
    SimConfig {
        seed: 11,
        projects: 2,
        issues: 40,
        users: 12,
        now: Some(now()),
        ..SimConfig::default()
    }
}

fn render(s: &Synced, args: &[&str]) -> String {
    let a = s
        .env
        .cmd(["dashboard", "--offline", "--tz", "UTC"])
        .args(args)
        .assert()
        .success();
    stdout(&a)
}

/// The headline's sync time is the one thing that depends on when the test ran.
fn without_sync_time(out: &str) -> String {
    let Some(start) = out.find("data as of ") else {
        return out.to_string();
    };
    let end = start + out[start..].find(')').expect("the age closes the time") + 1;
    format!("{}data as of [sync time]{}", &out[..start], &out[end..])
}

/// The tickets table at `width` columns (what `COLUMNS` or the terminal says).
fn render_at(s: &Synced, width: u16, args: &[&str]) -> String {
    let a = s
        .env
        .cmd(["dashboard", "--offline", "--tz", "UTC"])
        .env("COLUMNS", width.to_string())
        .args(args)
        .assert()
        .success();
    without_sync_time(&stdout(&a))
}

#[test]
fn snapshot_table() {
    let s = synced(small_site());
    let out = without_sync_time(&render(&s, &[]));
    assert!(!out.contains('\u{1b}'), "a pipe gets a plain table");
    assert!(
        out.starts_with("PLAT, WEB · 40 tickets · data as of [sync time]\n\n"),
        "{out}"
    );
    insta::assert_snapshot!("table_default_sections", out);
    insta::assert_snapshot!(
        "table_tickets",
        without_sync_time(&render(&s, &["--section", "tickets"]))
    );
    for width in [80, 200] {
        insta::assert_snapshot!(
            format!("table_default_sections_{width}"),
            render_at(&s, width, &[])
        );
        insta::assert_snapshot!(
            format!("table_tickets_{width}"),
            render_at(&s, width, &["--section", "tickets", "--limit", "0"])
        );
    }
}

#[test]
fn colour_marks_what_needs_attention_and_only_when_asked_or_on_a_terminal() {
    let s = synced(small_site());
    let run = |args: &[&str], no_color: bool| {
        let mut cmd = s.env.cmd([
            "dashboard",
            "--offline",
            "--tz",
            "UTC",
            "--section",
            "summary,overdue",
        ]);
        if no_color {
            cmd.env("NO_COLOR", "1");
        } else {
            cmd.env_remove("NO_COLOR");
        }
        stdout(&cmd.args(args).assert().success())
    };
    // A pipe gets no colour by default, with NO_COLOR, or with --color never.
    for (args, no_color) in [
        (&[][..], false),
        (&[][..], true),
        (&["--color", "never"][..], false),
    ] {
        assert!(
            !run(args, no_color).contains('\u{1b}'),
            "{args:?} NO_COLOR={no_color}"
        );
    }
    // --color always: days late and the overdue count are red; nothing else is.
    let coloured = run(&["--color", "always"], false);
    let red_cells: Vec<&str> = coloured
        .split("\u{1b}[38;5;9m")
        .skip(1)
        .map(|rest| rest.split('\u{1b}').next().unwrap_or("").trim())
        .collect();
    let overdue = s.issues.iter().filter(|i| is_overdue(i)).count();
    assert!(
        red_cells.contains(&overdue.to_string().as_str()),
        "{red_cells:?}\n{coloured}"
    );
    assert_eq!(
        red_cells.len(),
        overdue + 1,
        "the count and each row's days late: {red_cells:?}"
    );
    assert!(
        red_cells
            .iter()
            .all(|c| c.parse::<u64>().is_ok_and(|n| n > 0)),
        "{red_cells:?}"
    );
}

#[test]
fn verbose_shows_jirahubs_steps_and_only_vvv_the_libraries() {
    let s = synced(small_site());
    let run = |flag: &str| {
        let a = s
            .env
            .cmd(["dashboard", "--refresh", "--tz", "UTC", "-o", "json", flag])
            .assert()
            .success();
        stderr(&a)
    };
    let v = run("-v");
    assert!(v.contains("Jira answered"), "-v shows requests: {v}");
    assert!(
        v.contains("snapshot read from the cache"),
        "-v shows cache reads: {v}"
    );
    assert!(
        !v.to_lowercase().contains("connection"),
        "-v has no HTTP pool chatter: {v}"
    );
    let vvv = run("-vvv");
    assert!(
        vvv.to_lowercase().contains("connection"),
        "-vvv includes the libraries: {vvv}"
    );
    assert_eq!(run("-q"), "", "-q: nothing but errors");
}

#[test]
fn tables_fit_the_width_and_never_cut_keys_or_numbers() {
    use unicode_width::UnicodeWidthStr;
    let (s, created) = hostile_synced();
    for width in [80u16, 120, 200] {
        let out = render_at(&s, width, &["--section", "overdue,tickets", "--limit", "0"]);
        for line in out.lines().skip(2) {
            assert!(
                line.width() <= width as usize,
                "{} > {width} columns: {line}",
                line.width()
            );
        }
        for (key, _) in &created {
            assert!(
                out.lines()
                    .any(|l| l.split_whitespace().next() == Some(key.as_str())),
                "{key} whole at {width} columns"
            );
        }
        // The wide table keeps every column: labels, sprint, created and updated.
        let wide = render_at(&s, width, &["--section", "tickets", "--wide"]);
        let header = wide.lines().nth(2).expect("a header");
        for column in ["Labels", "Sprint", "Created", "Updated", "Priority"] {
            assert!(header.contains(column), "--wide keeps {column}: {header}");
        }
    }
    // At 80 columns the low-value columns give way first; the summary keeps a readable width.
    let narrow = render_at(&s, 80, &["--section", "tickets"]);
    let header = narrow.lines().nth(2).expect("a header");
    assert!(
        !header.contains("Labels") && !header.contains("Updated"),
        "{header}"
    );
    assert!(
        header.contains("Summary") && header.contains("Due"),
        "{header}"
    );
}

#[test]
fn long_lists_show_their_first_rows_in_tables_and_all_of_them_for_scripts() {
    let s = synced(small_site());
    let table = render(&s, &["--section", "tickets"]);
    let more = table.lines().last().expect("a last line");
    assert_eq!(more, "… 15 more (--limit 0 for all)", "{table}");
    assert_eq!(
        render(&s, &["--section", "tickets", "--limit", "0"])
            .lines()
            .filter(|l| l.starts_with(" PLAT-") || l.starts_with(" WEB-"))
            .count(),
        40
    );
    let doc: Value =
        serde_json::from_str(&render(&s, &["-o", "json", "--section", "tickets"])).expect("JSON");
    assert_eq!(doc["tickets"].as_array().expect("rows").len(), 40);
    let csv = render(&s, &["-o", "csv"]);
    assert_eq!(csv.lines().count(), 41, "a header and every ticket");
}

#[test]
fn snapshot_json() {
    let s = synced(small_site());
    // The simulator's port changes from run to run: ticket URLs name the site as `[site]`.
    let out = render(&s, &["-o", "json", "--section", "all"]).replace(&s.sim.url(), "[site]");
    let mut doc: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(doc["tickets"][0]["url"], "[site]/browse/PLAT-1");
    // The one value that depends on when the test ran.
    assert!(doc["data_as_of"].is_string());
    doc["data_as_of"] = Value::String("[sync time]".into());
    insta::assert_json_snapshot!("json_all_sections", doc);
}

#[test]
fn snapshot_csv() {
    let s = synced(small_site());
    let out = render(&s, &["-o", "csv"]).replace(&s.sim.url(), "[site]");
    assert!(out.lines().count() > 1 && out.contains("\r\n"), "CRLF rows");
    insta::assert_snapshot!("csv_tickets", out);
    insta::assert_snapshot!(
        "csv_workload",
        render(&s, &["-o", "csv", "--section", "workload"])
    );
}

// -------------------------------------------------------------------------------------------
// Hostile data

/// Text real Jira sites hold that must not drive a terminal or a spreadsheet.
const HOSTILE: &[&str] = &[
    "\u{1b}[31mRED\u{1b}[0m terminal escape",
    "\u{1b}]8;;http://evil.example\u{7}harmless link\u{1b}]8;;\u{7} (OSC 8)",
    "\u{1b}[2J\u{1b}[Hclear screen",
    "bell \u{7}\u{7}",
    "C1 control \u{9b}31m",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "=SUM(A1:A9) breaks the export",
    "+1 for quotes",
    "-2 leading minus",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "Emoji overload 🚀🔥🐛✅",
    "עברית: תיקון באג בטופס ההרשמה",
    "\u{202e}gnp.exe right-to-left override",
    "isolate \u{2067}hidden\u{2069} text",
];

const HOSTILE_LABELS: &[&str] = &["=cmd|'/C_calc'!A0", "-minus", "+plus", "@at"];

/// The hostile summaries as new issues (keys returned), on top of the generated hostile data.
fn hostile_synced() -> (Synced, Vec<(String, &'static str)>) {
    let mut created = Vec::new();
    let s = synced_after(site(), |sim| {
        let users = sim.handle.users();
        let project = sim.handle.projects()[1].key.clone();
        // People whose names are hostile too.
        let bad_names: Vec<String> = users
            .iter()
            .filter(|u| u.display_name.starts_with('=') || u.display_name.contains('\u{1b}'))
            .map(|u| u.account_id.clone())
            .collect();
        assert!(
            !bad_names.is_empty(),
            "the simulator seeds hostile display names"
        );
        for (n, summary) in HOSTILE.iter().enumerate() {
            let out = sim
                .handle
                .mutate(Mutation::Create(NewIssue {
                    project: project.clone(),
                    summary: summary.to_string(),
                    assignee: Some(bad_names[n % bad_names.len()].clone()),
                    labels: vec![HOSTILE_LABELS[n % HOSTILE_LABELS.len()].to_string()],
                    due_date: Some(today() - Days::new(2)),
                    ..NewIssue::default()
                }))
                .expect("the simulator creates the issue");
            created.push((out.key, *summary));
        }
    });
    (s, created)
}

fn unsafe_for_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

#[test]
fn hostile_text_reaches_a_table_only_escaped() {
    let (s, created) = hostile_synced();
    for args in [
        &[
            "--limit",
            "0",
            "--section",
            "summary",
            "workload",
            "status",
            "overdue",
            "tickets",
        ][..],
        &[
            "--limit",
            "0",
            "--section",
            "tickets",
            "--label",
            "=cmd|'/C_calc'!A0",
            "+plus",
            "@at",
            "--label=-minus",
        ][..],
    ] {
        let out = render(&s, args);
        let bad: Vec<String> = out
            .chars()
            .filter(|c| unsafe_for_terminal(*c))
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(
            bad.is_empty(),
            "raw control characters in the table: {bad:?}"
        );
        // Made visible, not dropped: a reader can tell something odd is there.
        assert!(out.contains("\\u{1b}[31mRED\\u{1b}[0m terminal escape"));
        assert!(out.contains("\\u{202e}gnp.exe"));
        // Ordinary Unicode passes through untouched.
        assert!(out.contains("Emoji overload 🚀🔥🐛✅"));
        assert!(out.contains("עברית: תיקון באג בטופס ההרשמה"));
        for (k, _) in &created {
            assert!(out.contains(k.as_str()), "{k} is listed");
        }
    }
}

#[test]
fn hostile_text_is_neutralised_in_csv() {
    let (s, created) = hostile_synced();
    let out = render(&s, &["-o", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().expect("header row").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let (key, summary, labels, points) = (
        col("key"),
        col("summary"),
        col("labels"),
        col("story_points"),
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("valid CSV")).collect();
    for row in &rows {
        for (n, cell) in row.iter().enumerate() {
            if n == points {
                continue; // numbers may be negative
            }
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula-like cell {cell:?} in column {}",
                &headers[n]
            );
            assert!(
                !cell
                    .chars()
                    .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202e}'),
                "raw control character in {cell:?}"
            );
        }
    }
    for (k, original) in &created {
        let row = rows
            .iter()
            .find(|r| &r[key] == k)
            .unwrap_or_else(|| panic!("{k} is in the CSV"));
        if original.starts_with(['=', '+', '-', '@']) {
            assert_eq!(&row[summary], format!("'{original}"), "{k}");
        }
        if original.chars().all(|c| !unsafe_for_terminal(c)) {
            assert!(row[summary].ends_with(original), "{k}: {:?}", &row[summary]);
        }
    }
    let prefixed: BTreeSet<&str> = rows
        .iter()
        .map(|r| &r[labels])
        .filter(|l| l.starts_with('\''))
        .collect();
    assert!(
        prefixed.contains("'=cmd|'/C_calc'!A0") && prefixed.contains("'-minus"),
        "{prefixed:?}"
    );
}

#[test]
fn hostile_text_is_exact_in_json() {
    let (s, created) = hostile_synced();
    let doc = s.dashboard(&["--section", "all"]);
    let tickets = doc["tickets"].as_array().expect("tickets");
    for (k, original) in &created {
        let row = tickets
            .iter()
            .find(|r| r["key"] == k.as_str())
            .unwrap_or_else(|| panic!("{k} in JSON"));
        assert_eq!(row["summary"], *original, "{k}");
    }
    let overdue = doc["overdue"].as_array().expect("overdue");
    for (k, original) in &created {
        let row = overdue
            .iter()
            .find(|r| r["key"] == k.as_str())
            .unwrap_or_else(|| panic!("{k} is overdue"));
        assert_eq!(row["summary"], *original);
    }
    // Hostile display names keep their exact bytes too.
    let names: BTreeSet<&str> = doc["workload"]
        .as_array()
        .expect("workload")
        .iter()
        .filter_map(|r| r["assignee"].as_str())
        .collect();
    assert!(
        names.iter().any(|n| n.contains('\u{1b}'))
            && names.iter().any(|n| n.starts_with("=HYPERLINK")),
        "{names:?}"
    );
}
