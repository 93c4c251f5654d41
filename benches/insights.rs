//! Insights benchmark: every `jirahub insights` report and `jirahub report --html` over
//! 100,000 synced issues with their changelogs, through the release binary. Targets: each
//! report under 1 s and 300 MB peak RSS, the HTML report under 2 s; an incremental sync after 50
//! changed issues asks at most 2 more requests per project for their history.
//!
//! ```sh
//! cargo bench --bench insights                      # 100k issues, 7 timed runs per case
//! BENCH_ISSUES=20000 BENCH_RUNS=3 cargo bench --bench insights
//! BENCH_EXTRA_REASSIGNMENTS=0 cargo bench --bench insights   # the simulator's usual histories
//! ```
//!
//! Method: the simulator runs in this process with seeded issues and their histories, five more
//! reassignments each (about ten changelog items an issue: a million over 100k; pinned clock); the binary registers, connects, selects every project and syncs once into the
//! embedded cache of a temporary HOME (wall time and requests of the first sync, the changelog
//! part apart). Each case then spawns `jirahub insights … --offline -o json` (stdout to
//! /dev/null): two warm-up runs, then median, min and max of BENCH_RUNS runs, and the peak RSS of
//! three more (GNU time, else VmHWM polled). Last, 50 issues change (transitions, re-estimates,
//! reassignments) and a re-sync's requests are counted per endpoint.

mod common;

use std::collections::BTreeMap;
use std::time::Instant;

use chrono::{DateTime, Utc};
use jira_sim::{IssueUpdate, Mutation, Sim, SimConfig};

use common::{NOW, env_usize, jirahub_at, measure, peak_rss_mb, run_ok, set_up, this_build};

const TARGET_MS: f64 = 1000.0;
const TARGET_MB: f64 = 300.0;
const HTML_TARGET_MS: f64 = 2000.0;
/// Changed issues in the incremental case.
const CHANGED: usize = 50;

fn main() {
    let issues = env_usize("BENCH_ISSUES", 100_000);
    let runs = env_usize("BENCH_RUNS", 7).max(1);
    let projects_n = 4;
    let now: DateTime<Utc> = NOW.parse().expect("NOW is RFC 3339");
    let rt = common::runtime();
    let t = Instant::now();
    let sim = rt
        .block_on(Sim::start(SimConfig {
            seed: 7,
            projects: projects_n,
            issues,
            users: 60,
            now: Some(now),
            // About ten changelog items an issue, as on real sites: a million over 100k issues.
            extra_reassignments: env_usize("BENCH_EXTRA_REASSIGNMENTS", 5),
            // And about ten worklogs an issue: a million over 100k.
            extra_worklogs: env_usize("BENCH_EXTRA_WORKLOGS", 9),
            ..SimConfig::default()
        }))
        .expect("the simulator starts");
    let all = sim.issues();
    let entries: usize = all.iter().map(|i| i.changelog.len()).sum();
    let histories: usize = all
        .iter()
        .map(|i| {
            let mut ids: Vec<u64> = i.changelog.iter().map(|c| c.history_id).collect();
            ids.dedup();
            ids.len()
        })
        .sum();
    let worklogs: usize = all.iter().map(|i| i.worklog_count).sum();
    println!(
        "simulator: {issues} issues, {histories} changelog histories with {entries} items, {worklogs} worklogs, generated in {:.1?}",
        t.elapsed()
    );

    let home = tempfile::tempdir().expect("temp HOME");
    let home = home.path();
    let projects: Vec<String> = sim.projects().iter().map(|p| p.key.clone()).collect();
    sim.reset_stats();
    let t = Instant::now();
    set_up(this_build(), home, &sim, &projects);
    let first_sync = t.elapsed();
    let stats = sim.stats();
    let changelog_requests = stats
        .by_endpoint
        .iter()
        .filter(|(k, _)| k.contains("changelog"))
        .map(|(_, n)| n)
        .sum::<u64>();
    let worklog_requests = stats
        .by_endpoint
        .iter()
        .filter(|(k, _)| k.contains("/worklog/"))
        .map(|(_, n)| n)
        .sum::<u64>();
    println!(
        "set-up incl. first sync: {:.1?}, {} requests ({} for changelogs, {} for worklogs)",
        first_sync, stats.total, changelog_requests, worklog_requests
    );

    let board = sim
        .boards()
        .into_iter()
        .find(|b| b.kind == "scrum")
        .expect("a scrum board")
        .id
        .to_string();
    let b = board.as_str();
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("cycle-time", vec!["insights", "cycle-time"]),
        ("throughput", vec!["insights", "throughput"]),
        ("velocity", vec!["insights", "velocity", "--board", b]),
        (
            "sprint (last)",
            vec!["insights", "sprint", "--board", b, "--sprint", "last"],
        ),
        (
            "burndown (active)",
            vec!["insights", "burndown", "--board", b],
        ),
        ("burnup --points", vec!["insights", "burnup", "--points"]),
        ("flow (by status)", vec!["insights", "flow"]),
        ("aging", vec!["insights", "aging"]),
        (
            "created-vs-resolved",
            vec!["insights", "created-vs-resolved"],
        ),
        (
            "forecast --items 200",
            vec!["insights", "forecast", "--items", "200"],
        ),
        ("time (by member, per week)", vec!["insights", "time"]),
        (
            "time --by epic --from -365d",
            vec!["insights", "time", "--by", "epic", "--from", "-365d"],
        ),
        (
            "cycle-time (table) + --chart",
            vec!["insights", "cycle-time", "--chart", "ct.svg"],
        ),
    ];
    let html_args = ["report", "--html", "report.html", "--offline", "--board", b];
    let (_, rss_method) = peak_rss_mb(this_build(), home, &["--version"]);
    println!(
        "\n{issues} issues, {runs} runs per case, {} cores, peak RSS by {rss_method}\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "{:<34} {:>10} {:>10} {:>10} {:>12}",
        "case", "median ms", "min ms", "max ms", "peak RSS MB"
    );
    let setups = [(this_build(), home)];
    let mut missed = Vec::new();
    for (name, args) in &cases {
        let mut args = args.clone();
        args.extend(["--offline", "--tz", "UTC"]);
        if !args.contains(&"--chart") {
            args.extend(["-o", "json"]);
        }
        let r = &measure(&setups, name, &args, runs)[0];
        println!(
            "{:<34} {:>10.1} {:>10.1} {:>10.1} {:>12.1}",
            r.name, r.median, r.min, r.max, r.rss
        );
        if r.median > TARGET_MS || r.rss > TARGET_MB {
            missed.push(r.name.clone());
        }
    }
    let r = &measure(&setups, "report --html", &html_args, runs)[0];
    println!(
        "{:<34} {:>10.1} {:>10.1} {:>10.1} {:>12.1}",
        r.name, r.median, r.min, r.max, r.rss
    );
    let html_kb = std::fs::metadata(home.join("report.html")).map_or(0, |m| m.len() / 1024);
    println!("  (the page: {html_kb} KB)");
    if r.median > HTML_TARGET_MS || r.rss > TARGET_MB {
        missed.push(r.name.clone());
    }

    // An incremental sync after CHANGED issues moved: how many requests their history costs.
    let mut changes = Vec::new();
    for (n, issue) in all
        .iter()
        .step_by(all.len() / CHANGED)
        .take(CHANGED)
        .enumerate()
    {
        changes.push(match n % 3 {
            0 => Mutation::Transition {
                key: issue.key.clone(),
                status: "In Progress".into(),
            },
            1 => Mutation::Update {
                key: issue.key.clone(),
                fields: IssueUpdate {
                    story_points: Some(Some(5.0)),
                    ..IssueUpdate::default()
                },
            },
            _ => Mutation::Reassign {
                key: issue.key.clone(),
                assignee: None,
            },
        });
    }
    let changed = changes.len();
    sim.mutate_all(changes).expect("the changes apply");
    sim.reset_stats();
    let t = Instant::now();
    run_ok(
        jirahub_at(this_build(), home).args(["sync", "--quiet"]),
        None,
    );
    let took = t.elapsed();
    let stats = sim.stats();
    let by: BTreeMap<&String, &u64> = stats.by_endpoint.iter().collect();
    let history = stats
        .by_endpoint
        .iter()
        .filter(|(k, _)| k.contains("changelog"))
        .map(|(_, n)| *n)
        .sum::<u64>();
    println!(
        "\nre-sync after {changed} changed issues: {:.0} ms, {} requests, {history} for their history ({:.1} per project)",
        took.as_secs_f64() * 1000.0,
        stats.total,
        history as f64 / projects_n as f64
    );
    for (endpoint, n) in by {
        println!("  {n:>5}  {endpoint}");
    }
    if history as f64 / projects_n as f64 > 2.0 {
        missed.push("incremental history requests".into());
    }

    if missed.is_empty() {
        println!(
            "\nall insights within {TARGET_MS} ms and {TARGET_MB} MB, the HTML report within {HTML_TARGET_MS} ms, history ≤ 2 requests per project"
        );
    } else {
        println!("\nTARGET MISSED: {missed:?}");
    }
}
