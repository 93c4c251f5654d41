//! Sync benchmark: `cargo bench --bench sync`.
//!
//! Against the in-process simulator (10,000 issues over 4 projects, 50 ms latency on every Jira
//! request): requests and wall time of a first sync and of a re-sync after 20 changes, peak
//! memory, and how long `load` takes for that snapshot; then `load` of a 100,000-issue snapshot
//! (synced without latency). Peak memory (`VmHWM`) covers the whole process, simulator included.
//!
//! Side by side on the 10k site: a first `jirahub dashboard -o json` (which syncs first) from
//! the release binary, and the script a user would write instead with the pycontribs `jira`
//! library (`benches/pycontribs/workload.py`), runs interleaved, medians of `BENCH_RUNS` (3).
//! The script needs the contract test's virtualenv (`bash crates/jira-sim/contract/run.sh`
//! makes it, under the target directory); without it that comparison is skipped.

mod common;

use std::time::{Duration, Instant};

use jira_sim::{Faults, IssueUpdate, Mutation, NewIssue, Sim, SimConfig, SimHandle};
use jirahub::cache::{Cache, Namespace};
use jirahub::jira::{ClientConfig, JiraAuth, JiraClient};
use jirahub::sync::{SyncOptions, SyncReport, SyncScope, load, sync};
use secrecy::SecretString;

use common::{isolated, run_ok};

struct Row {
    what: String,
    value: String,
}

fn jira_client(sim: &SimHandle) -> JiraClient {
    let auth = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from(sim.api_token().to_string()),
    };
    JiraClient::new(ClientConfig::new(sim.url(), Some(auth))).expect("client")
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// The fastest and the median of `runs` loads of `scope`.
async fn time_load(
    cache: &Cache,
    ns: &Namespace,
    scope: &SyncScope,
    runs: usize,
) -> (Duration, Duration, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut n = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let data = load(cache, ns, scope).await.expect("load");
        times.push(started.elapsed());
        n = data.tickets.len();
        assert!(data.missing.is_empty());
    }
    times.sort();
    (times[0], times[runs / 2], n)
}

/// Five changes per project: two updates, a transition, a new issue, and a delete or a move.
fn twenty_changes(sim: &SimHandle, projects: &[String]) -> Vec<Mutation> {
    let issues = sim.issues();
    let mut out = Vec::new();
    for (p, key) in projects.iter().enumerate() {
        let mine: Vec<_> = issues
            .iter()
            .filter(|i| &i.project_key == key && !i.subtask && i.status_category != "done")
            .collect();
        for (n, issue) in mine.iter().take(2).enumerate() {
            out.push(Mutation::Update {
                key: issue.key.clone(),
                fields: IssueUpdate {
                    summary: Some(format!("bench change {p}-{n}")),
                    ..IssueUpdate::default()
                },
            });
        }
        out.push(Mutation::Transition {
            key: mine[2].key.clone(),
            status: "Done".into(),
        });
        out.push(Mutation::Create(NewIssue {
            project: key.clone(),
            summary: format!("bench new {p}"),
            ..NewIssue::default()
        }));
        out.push(if p % 2 == 0 {
            Mutation::Delete {
                key: mine[3].key.clone(),
            }
        } else {
            Mutation::Move {
                key: mine[3].key.clone(),
                project: projects[0].clone(),
            }
        });
    }
    out
}

fn sync_rows(rows: &mut Vec<Row>, label: &str, report: &SyncReport, served: u64) {
    rows.push(Row {
        what: format!("{label}: wall time"),
        value: ms(report.elapsed),
    });
    rows.push(Row {
        what: format!("{label}: requests (client / simulator)"),
        value: format!("{} / {served}", report.requests),
    });
    for p in &report.projects {
        rows.push(Row {
            what: format!("{label}: {} ({:?})", p.key, p.mode),
            value: format!(
                "{} requests, fetched {}, +{} ~{} -{}, total {}",
                p.requests, p.fetched, p.added, p.updated, p.removed, p.total
            ),
        });
    }
}

#[tokio::main]
async fn main() {
    let mut rows: Vec<Row> = Vec::new();

    // --- 10,000 issues over 4 projects, 50 ms per request ---------------------------------
    let sim = Sim::start(SimConfig {
        issues: 10_000,
        projects: 4,
        users: 30,
        ..SimConfig::default()
    })
    .await
    .expect("simulator");
    sim.set_faults(Faults {
        latency_ms: 50,
        ..Faults::default()
    });
    let client = jira_client(&sim);
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(None, dir.path()).await.expect("cache");
    let ns = Namespace::new(&sim.url(), 1);
    let projects: Vec<String> = sim.projects().into_iter().map(|p| p.key).collect();
    let scope = SyncScope::projects(&projects);
    let opts = SyncOptions::default();

    sim.reset_stats();
    let first = sync(&client, &cache, &ns, &scope, &opts)
        .await
        .expect("first sync");
    sync_rows(&mut rows, "first sync of 10,000", &first, sim.stats().total);
    rows.push(Row {
        what: "first sync: search budget ceil(n/100) per project + 1".into(),
        value: first
            .projects
            .iter()
            .map(|p| p.total.div_ceil(100) + 1)
            .sum::<u64>()
            .to_string(),
    });

    sim.mutate_all(twenty_changes(&sim, &projects))
        .expect("changes");
    sim.reset_stats();
    let again = sync(&client, &cache, &ns, &scope, &opts)
        .await
        .expect("re-sync");
    sync_rows(
        &mut rows,
        "re-sync after 20 changes",
        &again,
        sim.stats().total,
    );
    rows.push(Row {
        what: "peak RSS after the 10k syncs (VmHWM, simulator included)".into(),
        value: format!("{:.1} MB", peak_rss_mb()),
    });
    let (best, median, n) = time_load(&cache, &ns, &scope, 7).await;
    rows.push(Row {
        what: format!("load {n} tickets (best / median of 7)"),
        value: format!("{} / {}", ms(best), ms(median)),
    });
    versus_pycontribs(&sim, &projects, &mut rows).await;
    // The same site behind a burst limit of 4 requests in flight (the client's ceiling is 8).
    sim.set_rate_limit(Some(jira_sim::RateLimit::in_flight(4)));
    sim.reset_stats();
    let limited = binary_sync(&sim, &projects, "limited").await;
    let stats = sim.stats();
    rows.push(Row {
        what: "first sync, at most 4 in flight allowed (binary): wall time".into(),
        value: format!(
            "{} ({} requests, {} answered 429, exit {})",
            ms(limited.elapsed),
            stats.total,
            stats.rate_limited,
            limited.code
        ),
    });
    rows.push(Row {
        what: "  its floor: bulk fetches / 4 x 50 ms + listing + fields".into(),
        value: ms(Duration::from_millis(
            (10_000u64.div_ceil(100).div_ceil(4) + 2) * 50,
        )),
    });
    sim.set_rate_limit(None);
    sim.shutdown().await;

    // --- 100,000 issues over 8 projects at real Cloud page times, through the binary ------
    big_site_through_the_binary(&mut rows).await;

    // --- 100,000 issues in one project, no latency ----------------------------------------
    let started = Instant::now();
    let sim = Sim::start(SimConfig {
        issues: 100_000,
        projects: 1,
        users: 60,
        ..SimConfig::default()
    })
    .await
    .expect("simulator");
    let generated = started.elapsed();
    let client = jira_client(&sim);
    let ns = Namespace::new(&sim.url(), 2);
    let projects: Vec<String> = sim.projects().into_iter().map(|p| p.key).collect();
    let scope = SyncScope::projects(&projects);
    let big = sync(&client, &cache, &ns, &scope, &opts)
        .await
        .expect("100k sync");
    rows.push(Row {
        what: "100k: simulator generation / first sync (no latency)".into(),
        value: format!(
            "{} / {} ({} requests)",
            ms(generated),
            ms(big.elapsed),
            big.requests
        ),
    });
    rows.push(Row {
        what: "peak RSS after the 100k sync (VmHWM, simulator included)".into(),
        value: format!("{:.1} MB", peak_rss_mb()),
    });
    let (best, median, n) = time_load(&cache, &ns, &scope, 7).await;
    rows.push(Row {
        what: format!("load {n} tickets (best / median of 7)"),
        value: format!("{} / {}", ms(best), ms(median)),
    });
    sim.shutdown().await;

    let width = rows
        .iter()
        .map(|r| r.what.chars().count())
        .max()
        .unwrap_or(0);
    println!(
        "\nsync benchmark ({} cores)",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("{}", "-".repeat(width + 40));
    for r in &rows {
        println!("{:<width$}  {}", r.what, r.value);
    }
}

/// `jirahub ARGS…` with a private HOME and nothing from the developer's environment.
fn jirahub(home: &std::path::Path) -> std::process::Command {
    isolated(
        home,
        std::process::Command::new(env!("CARGO_BIN_EXE_jirahub")),
    )
}

/// The contract test's virtualenv with pycontribs `jira`, if it was made.
fn pycontribs_python() -> Option<std::path::PathBuf> {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let python = target.join("contract-venv/bin/python");
    python.exists().then_some(python)
}

/// A first `jirahub dashboard` (sync included) vs the pycontribs script, on the same site.
async fn versus_pycontribs(sim: &SimHandle, projects: &[String], rows: &mut Vec<Row>) {
    let Some(python) = pycontribs_python() else {
        rows.push(Row {
            what: "jirahub vs pycontribs `jira`".into(),
            value: "skipped: run `bash crates/jira-sim/contract/run.sh` once to make its venv"
                .into(),
        });
        return;
    };
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3usize)
        .max(1);
    let work = tempfile::tempdir().expect("temp dir");
    let site_file = work.path().join("site.json");
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&site_file)
            .expect("site file");
        let site = serde_json::json!({
            "url": sim.url(), "email": sim.email(), "api_token": sim.api_token(),
        });
        std::io::Write::write_all(&mut f, site.to_string().as_bytes()).expect("write");
    }
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pycontribs/workload.py");
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let (mut our_requests, mut their_requests) = (0, 0);
    for run in 0..runs {
        // jirahub: a new user on a fresh machine; only the dashboard (with its first sync) timed.
        let home = work.path().join(format!("home-{run}"));
        new_user(sim, projects, &home).await;
        sim.reset_stats();
        let started = Instant::now();
        tokio::task::spawn_blocking(move || {
            let mut dashboard = jirahub(&home);
            dashboard.args(["dashboard", "-o", "json", "--quiet"]);
            run_ok(&mut dashboard, None);
        })
        .await
        .expect("dashboard");
        ours.push(started.elapsed());
        our_requests = sim.stats().total;

        sim.reset_stats();
        let (python, script, site_file) = (python.clone(), script.clone(), site_file.clone());
        let projects_owned = projects.to_vec();
        let started = Instant::now();
        tokio::task::spawn_blocking(move || {
            let mut cmd = std::process::Command::new(python);
            cmd.arg(script).arg(site_file).args(projects_owned);
            run_ok(&mut cmd, None);
        })
        .await
        .expect("pycontribs");
        theirs.push(started.elapsed());
        their_requests = sim.stats().total;
    }
    ours.sort();
    theirs.sort();
    let (a, b) = (ours[runs / 2], theirs[runs / 2]);
    rows.push(Row {
        what: format!("first `jirahub dashboard -o json` (sync included), median of {runs}"),
        value: format!("{} ({our_requests} requests)", ms(a)),
    });
    rows.push(Row {
        what: format!("pycontribs `jira` enhanced_search_issues script, median of {runs}"),
        value: format!("{} ({their_requests} requests)", ms(b)),
    });
    rows.push(Row {
        what: "jirahub speed-up over pycontribs".into(),
        value: format!("{:.1}x", b.as_secs_f64() / a.as_secs_f64()),
    });
}

/// One `jirahub sync` run of the release binary: wall time, exit code, peak RSS (GNU time).
struct BinaryRun {
    elapsed: Duration,
    code: i32,
    rss_mb: Option<f64>,
}

/// A new user's HOME, registered, logged in, connected to `sim` and with `projects` selected.
async fn new_user(sim: &SimHandle, projects: &[String], home: &std::path::Path) {
    let (url, email, token) = (
        sim.url(),
        sim.email().to_string(),
        sim.api_token().to_string(),
    );
    let (projects, home) = (projects.to_vec(), home.to_path_buf());
    tokio::task::spawn_blocking(move || {
        std::fs::create_dir_all(&home).expect("home");
        let password = "benchmark password\n".to_string();
        let mut register = jirahub(&home);
        register.args(["register", "--email", "b@example.com", "--password-stdin"]);
        run_ok(&mut register, Some(&password));
        let mut login = jirahub(&home);
        login.args(["login", "--email", "b@example.com", "--password-stdin"]);
        run_ok(&mut login, Some(&password));
        let mut connect = jirahub(&home);
        connect.args(["connect", "--url", &url, "--email", &email, "--token-stdin"]);
        run_ok(&mut connect, Some(&format!("{token}\n")));
        let mut select = jirahub(&home);
        select.arg("projects").arg("select").args(&projects);
        run_ok(&mut select, None);
    })
    .await
    .expect("set up");
}

/// `jirahub sync` in `home`, timed, under GNU time when it is installed.
async fn sync_in(home: &std::path::Path) -> BinaryRun {
    let home = home.to_path_buf();
    tokio::task::spawn_blocking(move || {
        let gnu_time = std::path::Path::new("/usr/bin/time");
        let rss_file = home.join("rss.txt");
        let mut cmd = if gnu_time.exists() {
            let mut time = std::process::Command::new(gnu_time);
            time.arg("-o").arg(&rss_file).args(["-f", "%M"]);
            time.arg(env!("CARGO_BIN_EXE_jirahub"));
            isolated(&home, time)
        } else {
            jirahub(&home)
        };
        cmd.args(["sync", "--quiet"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let started = Instant::now();
        let status = cmd.status().expect("jirahub runs");
        let elapsed = started.elapsed();
        let rss_mb = std::fs::read_to_string(&rss_file)
            .ok()
            .and_then(|t| t.lines().last()?.trim().parse::<f64>().ok())
            .map(|kb| kb / 1024.0);
        BinaryRun {
            elapsed,
            code: status.code().unwrap_or(-1),
            rss_mb,
        }
    })
    .await
    .expect("sync")
}

/// A new user's first sync of `sim` through the binary.
async fn binary_sync(sim: &SimHandle, projects: &[String], name: &str) -> BinaryRun {
    let home = tempfile::tempdir().expect("temp HOME").keep().join(name);
    new_user(sim, projects, &home).await;
    let run = sync_in(&home).await;
    let _ = std::fs::remove_dir_all(&home);
    run
}

fn rss(run: &BinaryRun) -> String {
    run.rss_mb.map_or_else(
        || "n/a (no /usr/bin/time)".into(),
        |mb| format!("{mb:.1} MB"),
    )
}

/// 100k issues over 8 projects, 50 ms per request plus 2 ms per issue with fields (about what
/// Cloud takes for 100 issues), synced by the release binary; then a re-sync after 200 changes.
async fn big_site_through_the_binary(rows: &mut Vec<Row>) {
    let sim = Sim::start(SimConfig {
        issues: 100_000,
        projects: 8,
        users: 60,
        ..SimConfig::default()
    })
    .await
    .expect("simulator");
    sim.set_faults(Faults {
        latency_ms: 50,
        latency_per_issue_us: 2_000,
        ..Faults::default()
    });
    let projects: Vec<String> = sim.projects().into_iter().map(|p| p.key).collect();
    let home = tempfile::tempdir().expect("temp HOME");
    new_user(&sim, &projects, home.path()).await;
    sim.reset_stats();
    let first = sync_in(home.path()).await;
    rows.push(Row {
        what: "100k / 8 projects, 50 ms + 2 ms per issue: first sync (binary)".into(),
        value: format!(
            "{} ({} requests, exit {}, peak RSS {})",
            ms(first.elapsed),
            sim.stats().total,
            first.code,
            rss(&first)
        ),
    });
    rows.push(Row {
        what: "  the same requests one after another would take".into(),
        value: ms(Duration::from_millis(100_000 / 100 * (50 + 200))),
    });
    let changes: Vec<Mutation> = sim
        .issues()
        .iter()
        .filter(|i| !i.subtask)
        .step_by(400)
        .take(200)
        .enumerate()
        .map(|(n, i)| Mutation::Update {
            key: i.key.clone(),
            fields: IssueUpdate {
                summary: Some(format!("bench change {n}")),
                ..IssueUpdate::default()
            },
        })
        .collect();
    sim.mutate_all(changes).expect("changes");
    sim.reset_stats();
    let again = sync_in(home.path()).await;
    rows.push(Row {
        what: "  re-sync after 200 changes (binary)".into(),
        value: format!(
            "{} ({} requests, exit {}, peak RSS {})",
            ms(again.elapsed),
            sim.stats().total,
            again.code,
            rss(&again)
        ),
    });
    sim.shutdown().await;
}
