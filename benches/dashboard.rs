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
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use jira_sim::{Sim, SimConfig};
use jirahub::cache::{Cache, Namespace};
use jirahub::output::{Format, OutputSettings};
use jirahub::report::{self, DashboardInput, Filters, SectionName};
use jirahub::sync::{self, SyncScope};

use common::run_ok;

const NOW: &str = "2026-11-25T10:30:00Z";
const TARGET_MS: f64 = 300.0;
const TARGET_MB: f64 = 200.0;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The binary under test: this build's, unless a case runs the baseline's.
fn this_build() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_jirahub"))
}

/// `BIN ARGS…` with a private HOME and nothing from the developer's environment.
fn jirahub_at(bin: &Path, home: &Path) -> Command {
    isolated(home, Command::new(bin))
}

/// [`common::isolated`], with the report clock and time zone pinned.
fn isolated(home: &Path, cmd: Command) -> Command {
    let mut cmd = common::isolated(home, cmd);
    cmd.env("JIRAHUB_NOW", NOW).env("TZ", "UTC");
    cmd
}

/// Wall clock of one `jirahub dashboard` process, stdout discarded.
fn time_once(bin: &Path, home: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let status = jirahub_at(bin, home)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("jirahub runs");
    let elapsed = start.elapsed();
    assert!(status.success(), "jirahub {args:?} failed");
    elapsed
}

/// Peak resident set of one run, in MB.
fn peak_rss_mb(bin: &Path, home: &Path, args: &[&str]) -> (f64, &'static str) {
    let gnu_time = Path::new("/usr/bin/time");
    if gnu_time.exists() {
        let mut time = Command::new(gnu_time);
        time.args(["-f", "%M"]).arg(bin);
        let out = isolated(home, time)
            .args(args)
            .stdout(Stdio::null())
            .output()
            .expect("GNU time runs");
        assert!(out.status.success(), "jirahub {args:?} failed under time");
        let kb: f64 = String::from_utf8_lossy(&out.stderr)
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .expect("GNU time prints the peak RSS in KB");
        return (kb / 1024.0, "GNU time");
    }
    // Fallback: poll the high-water mark while the child runs (can miss the last moments).
    let mut child = jirahub_at(bin, home)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("jirahub starts");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0.0f64;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        {
            peak_kb = peak_kb.max(kb);
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    (peak_kb / 1024.0, "VmHWM poll")
}

struct Row {
    name: String,
    median: f64,
    min: f64,
    max: f64,
    rss: f64,
}

/// Times `args` on every (binary, HOME) given, runs interleaved (a, b, a, b, …) so that a
/// machine getting slower or faster meanwhile weighs on each the same.
fn measure(setups: &[(&Path, &Path)], name: &str, args: &[&str], runs: usize) -> Vec<Row> {
    for _ in 0..2 {
        for (bin, home) in setups {
            time_once(bin, home, args);
        }
    }
    let mut ms: Vec<Vec<f64>> = vec![Vec::with_capacity(runs); setups.len()];
    for _ in 0..runs {
        for (i, (bin, home)) in setups.iter().enumerate() {
            ms[i].push(time_once(bin, home, args).as_secs_f64() * 1000.0);
        }
    }
    setups
        .iter()
        .zip(ms)
        .map(|((bin, home), mut ms)| {
            ms.sort_by(f64::total_cmp);
            let rss = (0..3)
                .map(|_| peak_rss_mb(bin, home, args).0)
                .fold(0.0, f64::max);
            Row {
                name: name.to_string(),
                median: ms[ms.len() / 2],
                min: ms[0],
                max: ms[ms.len() - 1],
                rss,
            }
        })
        .collect()
}

/// Registers, connects, selects every project and syncs, with `bin` in `home`.
fn set_up(bin: &Path, home: &Path, sim: &jira_sim::SimHandle, projects: &[String]) {
    let password = "benchmark password\n";
    run_ok(
        jirahub_at(bin, home).args([
            "register",
            "--email",
            "bench@example.com",
            "--password-stdin",
        ]),
        Some(password),
    );
    run_ok(
        jirahub_at(bin, home).args(["login", "--email", "bench@example.com", "--password-stdin"]),
        Some(password),
    );
    run_ok(
        jirahub_at(bin, home).args([
            "connect",
            "--url",
            &sim.url(),
            "--email",
            sim.email(),
            "--token-stdin",
        ]),
        Some(&format!("{}\n", sim.api_token())),
    );
    run_ok(
        jirahub_at(bin, home)
            .arg("projects")
            .arg("select")
            .args(projects),
        None,
    );
    let t = Instant::now();
    run_ok(jirahub_at(bin, home).args(["sync", "--quiet"]), None);
    println!("sync through {}: {:.1?}", bin.display(), t.elapsed());
    run_ok(
        jirahub_at(bin, home).args(["sync-members", "--quiet"]),
        None,
    );
}

fn main() {
    let issues = env_usize("BENCH_ISSUES", 100_000);
    let runs = env_usize("BENCH_RUNS", 15).max(1);
    let now: DateTime<Utc> = NOW.parse().expect("NOW is RFC 3339");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");

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
