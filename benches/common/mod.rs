//! What the benchmarks share: running the real binary as a new user would, timing it and
//! measuring its peak memory. Each benchmark uses only some of it.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The reports' clock in the benchmarks that pin it (and the simulator's).
pub const NOW: &str = "2026-11-25T10:30:00Z";

/// `cmd` with a private HOME (also its working directory) and nothing from the developer's
/// environment that jirahub reads.
pub fn isolated(home: &Path, mut cmd: Command) -> Command {
    for key in [
        "DATABASE_URL",
        "REDIS_URL",
        "CACHE_TTL",
        "ENCRYPTION_KEY",
        "LOG_LEVEL",
        "JIRAHUB_SESSION",
        "JIRAHUB_FORMAT",
        "JIRAHUB_CONFIG",
        "JIRA_CONCURRENCY",
        "SMTP_URL",
        "SMTP_PASSWORD",
        "JIRAHUB_SLACK_WEBHOOK",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ] {
        cmd.env_remove(key);
    }
    cmd.env("HOME", home).current_dir(home);
    cmd
}

/// Runs `cmd` with `stdin` as its input, stdout discarded; panics with its stderr on failure.
pub fn run_ok(cmd: &mut Command, stdin: Option<&str>) {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
    }
    let out = child.wait_with_output().expect("runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The binary under test: this build's, unless a case runs the baseline's.
pub fn this_build() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_jirahub"))
}

/// `BIN ARGS…` with a private HOME and nothing from the developer's environment.
pub fn jirahub_at(bin: &Path, home: &Path) -> Command {
    pinned(home, Command::new(bin))
}

/// [`isolated`], with the report clock and time zone pinned.
pub fn pinned(home: &Path, cmd: Command) -> Command {
    let mut cmd = isolated(home, cmd);
    cmd.env("JIRAHUB_NOW", NOW).env("TZ", "UTC");
    cmd
}

/// Wall clock of one `jirahub` process, stdout discarded.
pub fn time_once(bin: &Path, home: &Path, args: &[&str]) -> Duration {
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
pub fn peak_rss_mb(bin: &Path, home: &Path, args: &[&str]) -> (f64, &'static str) {
    let gnu_time = Path::new("/usr/bin/time");
    if gnu_time.exists() {
        let mut time = Command::new(gnu_time);
        time.args(["-f", "%M"]).arg(bin);
        let out = pinned(home, time)
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

pub struct Row {
    pub name: String,
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub rss: f64,
}

/// Times `args` on every (binary, HOME) given, runs interleaved (a, b, a, b, …) so that a
/// machine getting slower or faster meanwhile weighs on each the same.
pub fn measure(setups: &[(&Path, &Path)], name: &str, args: &[&str], runs: usize) -> Vec<Row> {
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
pub fn set_up(bin: &Path, home: &Path, sim: &jira_sim::SimHandle, projects: &[String]) {
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

/// The runtime the benchmarks run the simulator on: two workers, as the machine has two cores.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}
