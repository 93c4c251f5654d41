//! Dashboard benchmark: how long `jirahub dashboard -o json --offline` takes over 100,000 synced
//! issues, and how much memory it needs. Targets: under 300 ms and under 200 MB peak RSS on a
//! 2-core machine, with or without filters.
//!
//! ```sh
//! cargo bench --bench dashboard                       # 100k issues, 15 timed runs per case
//! BENCH_ISSUES=20000 BENCH_RUNS=5 cargo bench --bench dashboard
//! BENCH_BASELINE_BIN=/path/to/old/jirahub cargo bench --bench dashboard   # before/after
//! ```
//!
//! Method: the simulator runs in this process with 100,000 seeded issues (pinned clock); the
//! release `jirahub` binary registers, connects, selects every project and syncs once into the
//! embedded cache of a temporary HOME. Each case then spawns `jirahub dashboard … --offline`
//! as a user would (stdout to /dev/null), wall clock from spawn to exit: two warm-up runs, then
//! the median, min and max of BENCH_RUNS runs. Peak RSS is the child's maximum resident set
//! from `/usr/bin/time -f %M` (GNU time, Debian package `time`), else polled from
//! `/proc/PID/status` VmHWM (approximate). A last table splits one run into its phases,
//! in process: load + decode of the snapshot, filtering, building the report, rendering JSON.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Utc};
use jira_sim::{Sim, SimConfig};
use jirahub::cache::{Cache, Namespace};
use jirahub::output::{Format, OutputSettings};
use jirahub::report::{self, DashboardInput, Filters, SectionName};
use jirahub::sync::{self, SyncScope};

use common::{env_usize, measure, peak_rss_mb, set_up, this_build};

use common::NOW;
const TARGET_MS: f64 = 300.0;
const TARGET_MB: f64 = 200.0;

fn main() {
    let issues = env_usize("BENCH_ISSUES", 100_000);
    let runs = env_usize("BENCH_RUNS", 15).max(1);
    let now: DateTime<Utc> = NOW.parse().expect("NOW is RFC 3339");
    let rt = common::runtime();

    let t = Instant::now();
    let sim = rt
        .block_on(Sim::start(SimConfig {
            seed: 7,
            projects: 4,
            issues,
            users: 60,
            now: Some(now),
            ..SimConfig::default()
        }))
        .expect("the simulator starts");
    println!(
        "simulator: {issues} issues generated in {:.1?}",
        t.elapsed()
    );

    let home = tempfile::tempdir().expect("temp HOME");
    // BENCH_KEEP_HOME=1 leaves the synced HOME behind for profiling `dashboard --offline`.
    let home = if std::env::var_os("BENCH_KEEP_HOME").is_some() {
        let kept = home.keep();
        println!("HOME kept at {}", kept.display());
        kept
    } else {
        home.path().to_path_buf()
    };
    let home = home.as_path();
    let projects: Vec<String> = sim.projects().iter().map(|p| p.key.clone()).collect();
    set_up(this_build(), home, &sim, &projects);
    // BENCH_BASELINE_BIN=path/to/an/older/jirahub: the same cases on that build too, runs
    // interleaved, for a before/after table from one run on one machine.
    let baseline_bin = std::env::var_os("BENCH_BASELINE_BIN").map(std::path::PathBuf::from);
    let baseline_home = tempfile::tempdir().expect("temp HOME");
    if let Some(bin) = &baseline_bin {
        set_up(bin, baseline_home.path(), &sim, &projects);
    }
    let mut setups: Vec<(&Path, &Path)> = vec![(this_build(), home)];
    if let Some(bin) = &baseline_bin {
        setups.push((bin.as_path(), baseline_home.path()));
    }

    // Values for the filters, taken from the data so that every filter selects something.
    let sample = sim.issues();
    let names: Vec<String> = sample
        .iter()
        .filter_map(|i| i.assignee.as_ref().map(|a| a.display_name.clone()))
        .take(200)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .take(5)
        .collect();
    let mut heavy: Vec<&str> = vec![
        "dashboard",
        "-o",
        "json",
        "--offline",
        "--project",
        &projects[0],
        &projects[1],
        "--status",
        "todo",
        "in-progress",
        "--exclude-status",
        "Blocked",
        "--assignee",
        "unassigned",
    ];
    heavy.extend(names.iter().map(String::as_str));
    heavy.extend([
        "--created-from",
        "-6m",
        "--due-to",
        "+4w",
        "--label",
        "backend",
        "frontend",
        "api",
        "--points-max",
        "8",
        "--type",
        "Story",
        "Task",
        "Bug",
        "--sort",
        "-due",
        "--limit",
        "50",
    ]);
    let cases: Vec<(&str, Vec<&str>)> = vec![
        (
            "dashboard -o json --offline",
            vec!["dashboard", "-o", "json", "--offline"],
        ),
        ("  + heavy filter combination", heavy),
        (
            "  --section tickets --sort assignee",
            vec![
                "dashboard",
                "-o",
                "json",
                "--offline",
                "--section",
                "tickets",
                "--sort",
                "assignee",
            ],
        ),
        (
            "dashboard (table) --offline",
            vec!["dashboard", "--offline"],
        ),
        (
            "dashboard -o csv --offline (tickets)",
            vec!["dashboard", "-o", "csv", "--offline"],
        ),
        ("jirahub --version (process start)", vec!["--version"]),
    ];
    let (_, rss_method) = peak_rss_mb(this_build(), home, &["--version"]);
    println!(
        "\n{issues} issues, {runs} runs per case, {} cores, peak RSS by {rss_method}\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "{:<40} {:>10} {:>10} {:>10} {:>12}",
        "case", "median ms", "min ms", "max ms", "peak RSS MB"
    );
    let mut missed = Vec::new();
    let mut before_after = Vec::new();
    for (name, args) in &cases {
        let rows = measure(&setups, name, args, runs);
        let r = &rows[0];
        println!(
            "{:<40} {:>10.1} {:>10.1} {:>10.1} {:>12.1}",
            r.name, r.median, r.min, r.max, r.rss
        );
        if args.first() == Some(&"dashboard") && (r.median > TARGET_MS || r.rss > TARGET_MB) {
            missed.push(r.name.trim().to_string());
        }
        if let Some(base) = rows.get(1) {
            before_after.push((name.to_string(), base.median, r.median, base.rss, r.rss));
        }
    }
    if !before_after.is_empty() {
        println!("\nbaseline (BENCH_BASELINE_BIN) vs this build, medians of interleaved runs:");
        println!(
            "{:<40} {:>11} {:>11} {:>7} {:>11} {:>11}",
            "case", "before ms", "after ms", "after/", "before MB", "after MB"
        );
        for (name, b, a, brss, arss) in before_after {
            println!(
                "{name:<40} {b:>11.1} {a:>11.1} {:>7.2} {brss:>11.1} {arss:>11.1}",
                a / b
            );
        }
    }

    // Where the time goes, in process (the same library code the binary runs), median of 5.
    rt.block_on(async {
        let cache = Cache::open(None, &home.join(".cache/jirahub/embedded"))
            .await
            .expect("the embedded cache");
        let ns = Namespace::new(&sim.url(), 1);
        let scope = SyncScope::projects(&projects);
        let settings = OutputSettings {
            format: Format::Json,
            color: false,
            stdout_is_terminal: false,
            stderr_is_terminal: false,
            width: None,
            wide: false,
            bom: false,
            quiet: false,
        };
        let today = now.date_naive();
        let filters = Filters::default();
        let overview = [
            SectionName::Summary,
            SectionName::Workload,
            SectionName::Status,
            SectionName::Overdue,
        ];
        let mut phases: Vec<(&str, Vec<f64>)> = [
            "load + decode snapshot",
            "filter",
            "build: all sections",
            "build: without tickets",
            "render JSON to memory, ticket rows made here",
            "free the report (the binary skips it)",
            "free the tickets (the binary: other core)",
        ]
        .into_iter()
        .map(|p| (p, Vec::new()))
        .collect();
        let mut output_mb = 0.0;
        for _ in 0..5 {
            let mut lap = |i: usize, t: Instant| phases[i].1.push(t.elapsed().as_secs_f64() * 1000.0);
            let t = Instant::now();
            let mut data = sync::load(&cache, &ns, &scope).await.expect("load");
            lap(0, t);
            // As the binary does: the report shares the tickets and makes the list's rows
            // while it is written.
            let tickets = Arc::new(std::mem::take(&mut data.tickets));
            assert_eq!(tickets.len(), issues, "every issue was synced");
            let t = Instant::now();
            std::hint::black_box(filters.apply(&tickets));
            lap(1, t);
            let input = |sections| DashboardInput {
                tickets: &tickets,
                filters: &filters,
                today,
                now,
                data_as_of: data.data_as_of,
                sections,
                sort: None,
                limit: None,
                for_people: false,
                site_url: Some("https://bench.example"),
                projects: &[],
                gates: Default::default(),
            };
            let t = Instant::now();
            drop(std::hint::black_box(report::dashboard::build_shared(
                &input(&overview),
                &tickets,
            )));
            lap(3, t);
            let t = Instant::now();
            let built = report::dashboard::build_shared(&input(&SectionName::ALL), &tickets).report;
            lap(2, t);
            let t = Instant::now();
            let json = jirahub::output::render(&built, &settings).expect("render");
            lap(4, t);
            output_mb = json.len() as f64 / 1e6;
            let t = Instant::now();
            drop(built);
            lap(5, t);
            let t = Instant::now();
            drop((data, tickets));
            lap(6, t);
        }
        println!("\nphases of `dashboard -o json` in process, median of 5 ({issues} tickets, {output_mb:.1} MB of JSON):");
        for (phase, mut ms) in phases {
            ms.sort_by(f64::total_cmp);
            println!("  {phase:<44} {:>8.1} ms", ms[ms.len() / 2]);
        }
    });

    if missed.is_empty() {
        println!("\nall dashboard cases within {TARGET_MS} ms and {TARGET_MB} MB");
    } else {
        println!("\nTARGET MISSED ({TARGET_MS} ms / {TARGET_MB} MB): {missed:?}");
    }
    rt.block_on(sim.shutdown());
}
