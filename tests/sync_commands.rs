//! connect, sync, dashboard and sync-members as a user runs them: the real binary against the
//! simulator (Cloud and Data Center), faults, rate limits, a killed sync, Redis and PostgreSQL.
//! The sync engine's own behaviour is in `tests/sync.rs`; this file checks what a user sees.

mod common;
#[path = "common/sim.rs"]
mod sim;

use common::{TestEnv, json, stderr, stdout};
use jira_sim::{
    Faults, Flavor, IssueUpdate, Mutation, NewIssue, RateLimit, ScriptedFault, SimConfig, SimIssue,
};
use serde_json::Value;
use sim::BackgroundSim;
use std::time::{Duration, Instant};

const EMAIL: &str = "lead@example.com";
const PASSWORD: &str = "correct horse battery";

fn sim_with(edit: impl FnOnce(&mut SimConfig)) -> BackgroundSim {
    let mut config = SimConfig::default();
    edit(&mut config);
    BackgroundSim::start(config)
}

/// A logged-in account with no Jira connection yet.
fn logged_in() -> TestEnv {
    let env = TestEnv::sqlite();
    env.register_and_login(EMAIL, PASSWORD);
    env
}

fn select(env: &TestEnv, keys: &[&str]) {
    env.cmd([&["projects", "select"][..], keys].concat())
        .assert()
        .success();
}

/// `jirahub sync -o json`, which must succeed.
fn sync(env: &TestEnv) -> Value {
    json(&env.cmd(["sync", "-o", "json"]).assert().success())
}

/// The project row of a sync report.
fn project_row<'a>(report: &'a Value, key: &str) -> &'a Value {
    report["projects"]
        .as_array()
        .expect("projects array")
        .iter()
        .find(|p| p["project"] == key)
        .unwrap_or_else(|| panic!("no {key} in {report}"))
}

/// The dashboard summary from the snapshot alone (`--offline`: no hidden sync can help).
fn offline_summary(env: &TestEnv, project: Option<&str>) -> Value {
    let mut args = vec![
        "dashboard",
        "--offline",
        "--section",
        "summary",
        "-o",
        "json",
    ];
    if let Some(p) = project {
        args.extend(["--project", p]);
    }
    json(&env.cmd(args).assert().success())["summary"].clone()
}

/// Ticket count and story point total of a project, straight from the simulator.
fn sim_totals(sim: &BackgroundSim, project: &str) -> (u64, f64) {
    let issues: Vec<SimIssue> = sim
        .handle
        .issues()
        .into_iter()
        .filter(|i| i.project_key == project)
        .collect();
    let points = issues.iter().filter_map(|i| i.story_points).sum();
    (issues.len() as u64, points)
}

fn assert_summary_matches_sim(summary: &Value, sim: &BackgroundSim, project: &str) {
    let (count, points) = sim_totals(sim, project);
    assert_eq!(summary["total_tickets"], count, "{project}: {summary}");
    let shown = summary["story_points_total"].as_f64().expect("points");
    assert!(
        (shown - points).abs() < 1e-9,
        "{project}: {shown} vs {points}"
    );
}

/// Issues of `project` that can be deleted or moved without dragging others along: not a
/// sub-task, not an epic, nobody's parent.
fn standalone_issues(sim: &BackgroundSim, project: &str) -> Vec<SimIssue> {
    let all = sim.handle.issues();
    all.iter()
        .filter(|i| i.project_key == project && !i.subtask && i.issue_type != "Epic")
        .filter(|i| {
            all.iter()
                .all(|o| o.parent_key.as_deref() != Some(i.key.as_str()))
        })
        .cloned()
        .collect()
}

fn one_line_error(a: &assert_cmd::assert::Assert) -> String {
    let err = stderr(a);
    assert_eq!(err.lines().count(), 1, "expected one line on stderr: {err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(stdout(a).is_empty(), "stdout: {}", stdout(a));
    err
}

fn connect_cloud(env: &TestEnv, sim: &BackgroundSim, token: &str) -> assert_cmd::assert::Assert {
    env.cmd([
        "connect",
        "--url",
        &sim.url(),
        "--email",
        sim.handle.email(),
        "--token-stdin",
    ])
    .write_stdin(format!("{token}\n"))
    .assert()
}

fn assert_nothing_saved(env: &TestEnv) {
    env.cmd(["connect", "--status"]).assert().code(4);
}

// ---------------------------------------------------------------------------------------------
// connect

#[test]
fn data_center_connects_with_a_pat_and_syncs_and_reports() {
    let sim = sim_with(|c| c.flavor = Flavor::DataCenter);
    let env = logged_in();
    env.cmd(["connect", "--url", &sim.url(), "--token-stdin"])
        .write_stdin(format!("{}\n", sim.handle.pat()))
        .assert()
        .success();
    let status = json(
        &env.cmd(["connect", "--status", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(status["connection"]["deployment"], "datacenter");
    assert_eq!(status["connection"]["email"], Value::Null);
    assert_eq!(status["connection"]["url"], sim.url());

    let discovered = json(
        &env.cmd(["projects", "discover", "-o", "json"])
            .assert()
            .success(),
    );
    let keys: Vec<&str> = discovered["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .filter_map(|p| p["key"].as_str())
        .collect();
    assert!(keys.contains(&"PLAT"), "{keys:?}");
    select(&env, &["PLAT"]);
    let report = sync(&env);
    assert_eq!(project_row(&report, "PLAT")["mode"], "full");
    assert_eq!(
        project_row(&report, "PLAT")["total"],
        sim_totals(&sim, "PLAT").0
    );
    // Data Center speaks API v2 only.
    let stats = sim.handle.stats();
    assert!(
        stats.count("GET", "/rest/api/2/search") + stats.count("POST", "/rest/api/2/search") > 0
    );
    assert_eq!(stats.count("GET", "/rest/api/3/search/jql"), 0);
    let summary = json(
        &env.cmd(["dashboard", "--section", "summary", "-o", "json"])
            .assert()
            .success(),
    )["summary"]
        .clone();
    assert_summary_matches_sim(&summary, &sim, "PLAT");

    // Incremental on Data Center too (its JQL dates and startAt paging differ from Cloud's).
    let changed = standalone_issues(&sim, "PLAT")[0].clone();
    sim.handle
        .mutate(Mutation::Update {
            key: changed.key.clone(),
            fields: IssueUpdate {
                story_points: Some(Some(changed.story_points.unwrap_or(0.0) + 50.0)),
                ..IssueUpdate::default()
            },
        })
        .expect("update");
    let again = sync(&env);
    let row = project_row(&again, "PLAT");
    assert_eq!(
        (&row["mode"], &row["updated"]),
        (&"incremental".into(), &1.into()),
        "{again}"
    );
    assert_summary_matches_sim(&offline_summary(&env, Some("PLAT")), &sim, "PLAT");
}

#[test]
fn connect_with_a_wrong_token_exits_3_and_keeps_the_saved_connection() {
    let sim = BackgroundSim::default_cloud();
    let env = logged_in();
    let a = connect_cloud(&env, &sim, "not-the-token").code(3);
    assert!(one_line_error(&a).contains("401"));
    assert_nothing_saved(&env);
    // A failed re-connect does not replace a working connection either.
    connect_cloud(&env, &sim, sim.handle.api_token()).success();
    connect_cloud(&env, &sim, "still-not-the-token").code(3);
    env.cmd(["projects", "discover"]).assert().success();
}

#[test]
fn connect_refused_with_403_exits_3_and_saves_nothing() {
    let sim = BackgroundSim::default_cloud();
    sim.handle.set_faults(Faults {
        path_prefix: Some("/rest/api/3/myself".into()),
        script: vec![ScriptedFault::Status { status: 403 }],
        ..Faults::default()
    });
    let env = logged_in();
    let a = connect_cloud(&env, &sim, sim.handle.api_token()).code(3);
    assert!(one_line_error(&a).contains("403"));
    assert_nothing_saved(&env);
}

#[test]
fn connect_to_an_unreachable_host_exits_5_and_saves_nothing() {
    let env = logged_in();
    // Bind then free a port: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let a = env
        .cmd([
            "connect",
            "--url",
            &format!("http://127.0.0.1:{port}"),
            "--email",
            "a@example.com",
            "--token-stdin",
        ])
        .write_stdin("some-token-value\n")
        .assert()
        .code(5);
    assert!(one_line_error(&a).contains(&format!("127.0.0.1:{port}")));
    assert_nothing_saved(&env);
}

#[test]
fn connect_to_an_html_login_page_exits_5_and_saves_nothing() {
    let sim = sim_with(|c| {
        c.faults = Faults {
            html_rate: 1.0,
            ..Faults::default()
        }
    });
    let env = logged_in();
    let a = connect_cloud(&env, &sim, sim.handle.api_token()).code(5);
    let err = one_line_error(&a);
    assert!(err.contains("HTML instead of JSON"), "{err}");
    assert!(err.contains(&sim.url()), "{err}");
    assert_nothing_saved(&env);
}

#[test]
fn connect_to_a_persistently_failing_jira_exits_5_naming_the_url_not_the_token() {
    let sim = BackgroundSim::default_cloud();
    sim.handle.set_faults(Faults {
        script: vec![ScriptedFault::Status { status: 500 }; 50],
        ..Faults::default()
    });
    let env = logged_in();
    let token = sim.handle.api_token().to_string();
    let a = connect_cloud(&env, &sim, &token).code(5);
    let err = one_line_error(&a);
    assert!(err.contains("500"), "{err}");
    assert!(err.contains(&format!("{}/rest/api/", sim.url())), "{err}");
    assert!(!err.contains(&token));
    // Retried (capped), not given up on at once nor forever.
    let served = sim
        .handle
        .stats()
        .faults
        .get("status_500")
        .copied()
        .unwrap_or(0);
    assert!((2..=10).contains(&served), "{served} attempts");
    assert_nothing_saved(&env);
}

// ---------------------------------------------------------------------------------------------
// encryption key

#[test]
fn a_different_encryption_key_fails_jira_commands_with_exit_3() {
    let sim = BackgroundSim::default_cloud();
    // Connected with the key file jirahub generates on first use.
    let mut env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    sync(&env);
    // A valid key (base64 of 32 bytes), just not the one that sealed the token.
    env.set("ENCRYPTION_KEY", &format!("{}E=", "B".repeat(42)));
    for args in [
        vec!["sync"],
        vec!["projects", "discover"],
        vec!["dashboard", "--refresh"],
        vec!["ticket", "PLAT-1", "--refresh"],
    ] {
        let a = env.cmd(&args).assert().code(3);
        let err = one_line_error(&a);
        assert!(err.contains("encryption key"), "{args:?}: {err}");
    }
    // What needs no Jira still works from the snapshot.
    assert_summary_matches_sim(&offline_summary(&env, Some("PLAT")), &sim, "PLAT");
    // The advice in the error works: connecting again seals the token with the current key.
    env.connect(&sim).success();
    sync(&env);
}

// ---------------------------------------------------------------------------------------------
// sync

#[test]
fn a_second_sync_is_incremental_and_the_dashboard_shows_the_changes() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT", "WEB"]);
    let first = sync(&env);
    for key in ["PLAT", "WEB"] {
        assert_eq!(project_row(&first, key)["mode"], "full");
        assert_summary_matches_sim(&offline_summary(&env, Some(key)), &sim, key);
    }
    let plat_before = sim_totals(&sim, "PLAT");
    let web_before = sim_totals(&sim, "WEB");

    let plat = standalone_issues(&sim, "PLAT");
    let (updated, deleted, moved) = (&plat[0], &plat[1], &plat[2]);
    let new_points = updated.story_points.unwrap_or(0.0) + 100.0;
    sim.handle
        .mutate_all(vec![
            Mutation::Update {
                key: updated.key.clone(),
                fields: IssueUpdate {
                    story_points: Some(Some(new_points)),
                    ..IssueUpdate::default()
                },
            },
            Mutation::Create(NewIssue {
                project: "WEB".into(),
                summary: "Created after the first sync".into(),
                story_points: Some(8.0),
                ..NewIssue::default()
            }),
            Mutation::Delete {
                key: deleted.key.clone(),
            },
            Mutation::Move {
                key: moved.key.clone(),
                project: "WEB".into(),
            },
        ])
        .expect("mutations apply");

    let second = sync(&env);
    let (p, w) = (project_row(&second, "PLAT"), project_row(&second, "WEB"));
    assert_eq!(p["mode"], "incremental", "{second}");
    assert_eq!(w["mode"], "incremental", "{second}");
    assert_eq!(
        (&p["updated"], &p["removed"], &p["added"]),
        (&1.into(), &2.into(), &0.into())
    );
    assert_eq!((&w["added"], &w["removed"]), (&2.into(), &0.into()));
    assert_eq!(p["total"], plat_before.0 - 2);
    assert_eq!(w["total"], web_before.0 + 2);

    for key in ["PLAT", "WEB"] {
        assert_summary_matches_sim(&offline_summary(&env, Some(key)), &sim, key);
    }
    let tickets = json(
        &env.cmd([
            "dashboard",
            "--offline",
            "--section",
            "tickets",
            "-o",
            "json",
        ])
        .assert()
        .success(),
    );
    let keys: Vec<&str> = tickets["tickets"]
        .as_array()
        .expect("tickets")
        .iter()
        .filter_map(|t| t["key"].as_str())
        .collect();
    assert!(!keys.contains(&deleted.key.as_str()) && !keys.contains(&moved.key.as_str()));
    let moved_now = sim.handle.issue(&moved.key).expect("moved issue").key;
    assert!(moved_now.starts_with("WEB-") && keys.contains(&moved_now.as_str()));
}

/// `env.cmd(..)` as a std command, so the test can spawn it and kill it.
fn spawnable(cmd: &assert_cmd::Command) -> std::process::Command {
    let mut out = std::process::Command::new(cmd.get_program());
    out.args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => out.env(k, v),
            None => out.env_remove(k),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        out.current_dir(dir);
    }
    out.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    out
}

/// PLAT and WEB (1500 issues) selected and synced; the offline summary of that snapshot.
fn two_synced_projects() -> (BackgroundSim, TestEnv, Value) {
    let sim = sim_with(|c| {
        c.projects = 2;
        c.issues = 1500;
    });
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT", "WEB"]);
    sync(&env);
    let before = offline_summary(&env, None);
    (sim, env, before)
}

/// Bulk fetches answered after a second: a full sync then takes a few seconds.
fn slow_bulk_fetches(sim: &BackgroundSim) {
    sim.handle.reset_stats();
    sim.handle.set_faults(Faults {
        latency_ms: 1000,
        path_prefix: Some("/rest/api/3/issue/bulkfetch".into()),
        ..Faults::default()
    });
}

#[test]
fn a_sync_process_killed_between_pages_leaves_the_last_snapshot_and_the_next_sync_repairs_it() {
    let (sim, env, before) = two_synced_projects();

    let victim = standalone_issues(&sim, "PLAT")[0].key.clone();
    sim.handle
        .mutate(Mutation::Delete { key: victim })
        .expect("delete");
    slow_bulk_fetches(&sim);
    let mut child = spawnable(&env.cmd(["sync", "--full"]))
        .spawn()
        .expect("spawn jirahub sync");
    let deadline = Instant::now() + Duration::from_secs(30);
    while sim
        .handle
        .stats()
        .count("POST", "/rest/api/3/issue/bulkfetch")
        < 3
    {
        assert!(Instant::now() < deadline, "the sync never fetched a page");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        child.try_wait().expect("child status").is_none(),
        "the sync finished before it could be killed: raise the latency"
    );
    child.kill().expect("kill the sync");
    let status = child.wait().expect("reap the sync");
    assert!(!status.success());

    // The snapshot from before the killed run is intact.
    assert_eq!(offline_summary(&env, None), before);

    sim.handle.set_faults(Faults::default());
    let report = sync(&env);
    assert_eq!(project_row(&report, "PLAT")["removed"], 1, "{report}");
    for key in ["PLAT", "WEB"] {
        assert_summary_matches_sim(&offline_summary(&env, Some(key)), &sim, key);
    }
}

#[test]
fn two_sync_processes_at_once_both_succeed_and_leave_a_complete_snapshot() {
    let sim = sim_with(|c| {
        c.projects = 2;
        c.issues = 1000;
    });
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT", "WEB"]);
    // Slow pages, so the two runs overlap.
    sim.handle.set_faults(Faults {
        latency_ms: 100,
        path_prefix: Some("/rest/api/3/search".into()),
        ..Faults::default()
    });
    let mut first = spawnable(&env.cmd(["sync", "--full"]))
        .spawn()
        .expect("spawn the first sync");
    let mut second = spawnable(&env.cmd(["sync", "--full"]))
        .spawn()
        .expect("spawn the second sync");
    assert!(first.wait().expect("first sync").success());
    assert!(second.wait().expect("second sync").success());
    for key in ["PLAT", "WEB"] {
        assert_summary_matches_sim(&offline_summary(&env, Some(key)), &sim, key);
    }
}

#[test]
fn rate_limited_sync_waits_for_retry_after_and_shows_the_retries_with_v() {
    let sim = BackgroundSim::default_cloud();
    let mut env = TestEnv::connected(&sim);
    select(&env, &["PLAT", "WEB"]);
    // One request at a time against a budget of one a second: the near-limit slowdown (half a
    // second) is not enough, so 429s come, deterministically.
    env.set("JIRA_CONCURRENCY", "1");
    sim.handle.set_rate_limit(Some(RateLimit::per_second(1)));
    let a = env.cmd(["-v", "sync", "-o", "json"]).assert().success();
    let report = json(&a);
    for key in ["PLAT", "WEB"] {
        assert_eq!(project_row(&report, key)["total"], sim_totals(&sim, key).0);
    }
    assert!(sim.handle.stats().rate_limited > 0, "no 429 was served");
    let err = stderr(&a);
    assert!(
        err.lines()
            .any(|l| l.contains("retrying Jira request") && l.contains("429")),
        "{err}"
    );
}

#[test]
fn a_wait_jira_asks_for_is_said_once_at_the_default_level() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    // One 429 with `Retry-After: 1` on the search: without `-v`, and stderr not a terminal,
    // a CI log must still say why nothing happens for a while.
    sim.handle.set_faults(Faults {
        path_prefix: Some("/rest/api/3/search".into()),
        script: vec![ScriptedFault::Status { status: 429 }],
        ..Faults::default()
    });
    let a = env.cmd(["sync", "-o", "json"]).assert().success();
    let err = stderr(&a);
    let waits: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("Jira asked to wait 1 s") && l.contains("429"))
        .collect();
    assert_eq!(waits.len(), 1, "{err}");
    assert_eq!(
        project_row(&json(&a), "PLAT")["total"],
        sim_totals(&sim, "PLAT").0
    );
}

// ---------------------------------------------------------------------------------------------
// Jira down

#[test]
fn dashboard_with_jira_down_reports_from_the_snapshot_with_a_warning() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    sync(&env);
    let expected = sim_totals(&sim, "PLAT");
    drop(sim);
    let a = env
        .cmd([
            "dashboard",
            "--refresh",
            "--section",
            "summary",
            "-o",
            "json",
        ])
        .assert()
        .success();
    let err = stderr(&a);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("warning: ") && err.contains("last snapshot"),
        "{err}"
    );
    assert_eq!(json(&a)["summary"]["total_tickets"], expected.0);
}

#[test]
fn dashboard_with_jira_down_and_no_snapshot_exits_5() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    let url = sim.url();
    drop(sim);
    let a = env.cmd(["dashboard"]).assert().code(5);
    assert!(one_line_error(&a).contains(&url));
}

#[test]
fn sync_against_a_login_wall_exits_5_and_keeps_the_snapshot() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    sync(&env);
    let before = offline_summary(&env, None);
    sim.handle.set_faults(Faults {
        html_rate: 1.0,
        path_prefix: Some("/rest/api/3/search".into()),
        ..Faults::default()
    });
    let a = env.cmd(["sync", "--full"]).assert().code(5);
    // The engine also logs a WARN per failed project before this line (reported as a
    // duplicate); the error itself is the last line and the only one.
    let all = stderr(&a);
    let err = all.lines().last().expect("an error line").to_string();
    assert!(err.starts_with("error: "), "{all}");
    assert_eq!(all.matches("error: ").count(), 1, "{all}");
    assert!(
        err.contains("HTML instead of JSON") && err.contains("/rest/api/3/search"),
        "{err}"
    );
    assert_eq!(offline_summary(&env, None), before);
}

// ---------------------------------------------------------------------------------------------
// Redis

fn redis_url() -> String {
    std::env::var("JIRAHUB_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/".into())
}

/// Keys under `prefix`; the guard deletes them when dropped (even when the test fails).
struct RedisKeys {
    conn: redis::Connection,
    prefix: String,
}

impl RedisKeys {
    fn open(prefix: String) -> RedisKeys {
        let client = redis::Client::open(redis_url()).expect("redis URL");
        let conn = client
            .get_connection_with_timeout(Duration::from_secs(2))
            .expect("Redis is required for this test (see .ci/run)");
        let mut keys = RedisKeys { conn, prefix };
        keys.delete_all();
        keys
    }

    fn list(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cursor: u64 = 0;
        loop {
            let (next, keys): (u64, Vec<String>) = redis::cmd("SCAN")
                .arg(cursor)
                .arg("MATCH")
                .arg(format!("{}*", self.prefix))
                .arg("COUNT")
                .arg(1000)
                .query(&mut self.conn)
                .expect("SCAN");
            out.extend(keys);
            if next == 0 {
                return out;
            }
            cursor = next;
        }
    }

    fn delete_all(&mut self) {
        for key in self.list() {
            let _: redis::RedisResult<()> = redis::cmd("DEL").arg(&key).query(&mut self.conn);
        }
    }
}

impl Drop for RedisKeys {
    fn drop(&mut self) {
        self.delete_all();
    }
}

#[test]
fn with_redis_the_snapshot_lands_in_redis_and_a_dead_redis_falls_back_with_one_warning() {
    let sim = BackgroundSim::default_cloud();
    let mut env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    // The first account of a fresh store has id 1.
    let ns = jirahub::cache::Namespace::new(&sim.url(), 1);
    let mut keys = RedisKeys::open(ns.prefix().to_string());
    assert!(ns.prefix().starts_with("jirahub:"));

    env.set("REDIS_URL", &redis_url());
    let a = env.cmd(["sync", "-o", "json"]).assert().success();
    assert!(stderr(&a).is_empty(), "{}", stderr(&a));
    let in_redis = keys.list();
    assert!(
        in_redis.iter().any(|k| k.contains("PLAT")),
        "no PLAT snapshot in Redis: {in_redis:?}"
    );
    assert_summary_matches_sim(&offline_summary(&env, Some("PLAT")), &sim, "PLAT");
    // Nothing went to the embedded cache while Redis was up.
    let embedded = env.home().join(".cache/jirahub/embedded");
    let embedded_files = std::fs::read_dir(&embedded).map_or(0, |d| {
        d.filter_map(|e| e.ok())
            .filter(|e| e.path().is_file() && !e.file_name().to_string_lossy().starts_with('.'))
            .count()
    });
    assert_eq!(
        embedded_files, 0,
        "snapshot written to the embedded cache too"
    );

    // Redis gone: same commands, the embedded cache steps in, one warning each (the sync also
    // says where its result went).
    let dead = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    env.set("REDIS_URL", &format!("redis://127.0.0.1:{dead}/"));
    for args in [
        vec!["sync", "-o", "json"],
        vec!["dashboard", "--section", "summary", "-o", "json"],
    ] {
        let a = env.cmd(&args).assert().success();
        let err = stderr(&a);
        let expected = if args[0] == "sync" { 2 } else { 1 };
        assert_eq!(err.lines().count(), expected, "{args:?}: {err}");
        assert!(err.contains("WARN") && err.contains("Redis"), "{err}");
        if args[0] == "sync" {
            assert!(err.contains("did not reach Redis"), "{err}");
            assert_eq!(json(&a)["cache_fell_back"], true);
        }
        json(&a);
    }
    assert_summary_matches_sim(&offline_summary(&env, Some("PLAT")), &sim, "PLAT");
}

// ---------------------------------------------------------------------------------------------
// sync-members

fn sync_members(env: &TestEnv, extra: &[&str]) -> Value {
    let doc = json(
        &env.cmd([&["sync-members", "-o", "json"][..], extra].concat())
            .assert()
            .success(),
    );
    doc["members"].clone()
}

/// Account ids of the assignees and reporters of a project's issues, per the simulator.
fn people_on(sim: &BackgroundSim, project: &str) -> std::collections::BTreeSet<String> {
    sim.handle
        .issues()
        .iter()
        .filter(|i| i.project_key == project)
        .flat_map(|i| [&i.assignee, &i.reporter])
        .flatten()
        .map(|u| u.account_id.clone())
        .collect()
}

fn member<'a>(list: &'a Value, account_id: &str) -> &'a Value {
    list["members"]
        .as_array()
        .expect("members")
        .iter()
        .find(|m| m["account_id"] == account_id)
        .unwrap_or_else(|| panic!("{account_id} not in {list}"))
}

#[test]
fn sync_members_upserts_keeps_labels_and_deactivates_the_missing() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    let synced = sync(&env);
    let plat: Vec<SimIssue> = sim
        .handle
        .issues()
        .into_iter()
        .filter(|i| i.project_key == "PLAT")
        .collect();
    let people = people_on(&sim, "PLAT");

    // `sync` already recorded everyone it saw; `sync-members` finds them unchanged.
    assert_eq!(synced["members_added"], people.len());
    let first = sync_members(&env, &[]);
    assert_eq!(first["unchanged"], people.len());
    assert_eq!((&first["added"], &first["updated"]), (&0.into(), &0.into()));

    // The person on the fewest PLAT issues will disappear from them.
    let on = |id: &str| {
        plat.iter()
            .filter(|i| {
                [&i.assignee, &i.reporter]
                    .into_iter()
                    .flatten()
                    .any(|u| u.account_id == id)
            })
            .map(|i| i.key.clone())
            .collect::<Vec<_>>()
    };
    let leaver = people
        .iter()
        .filter(|p| p.as_str() != sim.handle.account_id())
        .min_by_key(|p| on(p).len())
        .expect("someone")
        .clone();
    env.cmd(["member", "label", "add", &leaver, "backend"])
        .assert()
        .success();

    let again = sync_members(&env, &[]);
    assert_eq!(again["added"], 0);
    assert_eq!(again["unchanged"], people.len());

    // Everything the leaver touched goes away (deleting sub-tasks first, then their parents).
    let mut gone = on(&leaver);
    gone.sort_by_key(|k| sim.handle.issue(k).is_some_and(|i| !i.subtask));
    for key in &gone {
        if sim.handle.issue(key).is_some() {
            sim.handle
                .mutate(Mutation::Delete { key: key.clone() })
                .expect("delete");
        }
    }
    sync(&env);
    // The leaver, and anyone who was only on the leaver's issues.
    let vanished = people.difference(&people_on(&sim, "PLAT")).count();
    assert!(!people_on(&sim, "PLAT").contains(&leaver));
    let after = sync_members(&env, &["--deactivate-missing"]);
    assert_eq!(after["deactivated"], vanished, "{after}");
    let list = json(&env.cmd(["member", "list", "-o", "json"]).assert().success());
    assert_eq!(member(&list, &leaver)["active"], false);
    assert_eq!(
        member(&list, &leaver)["labels"],
        serde_json::json!(["backend"])
    );

    // Back on an issue: reactivated (an update), labels still there.
    sim.handle
        .mutate(Mutation::Create(NewIssue {
            project: "PLAT".into(),
            summary: "The leaver is back".into(),
            assignee: Some(leaver.clone()),
            ..NewIssue::default()
        }))
        .expect("create");
    // The sync that sees the leaver again reactivates them (an update, not an addition).
    let resynced = sync(&env);
    assert_eq!(resynced["members_added"], 0);
    let back = sync_members(&env, &["--deactivate-missing"]);
    assert_eq!(
        (&back["added"], &back["deactivated"]),
        (&0.into(), &0.into())
    );
    let list = json(&env.cmd(["member", "list", "-o", "json"]).assert().success());
    assert_eq!(member(&list, &leaver)["active"], true);
    assert_eq!(
        member(&list, &leaver)["labels"],
        serde_json::json!(["backend"])
    );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

#[test]
fn register_connect_select_sync_and_dashboard_on_postgres() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::postgres();
    env.register_and_login(EMAIL, PASSWORD);
    env.connect(&sim).success();
    let discovered = json(
        &env.cmd(["projects", "discover", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(
        discovered["projects"].as_array().expect("projects").len(),
        sim.handle.projects().len()
    );
    select(&env, &["PLAT", "MOB"]);
    let report = sync(&env);
    assert_eq!(project_row(&report, "MOB")["mode"], "full");
    let summary = json(
        &env.cmd(["dashboard", "--section", "summary", "-o", "json"])
            .assert()
            .success(),
    )["summary"]
        .clone();
    let (plat, mob) = (sim_totals(&sim, "PLAT"), sim_totals(&sim, "MOB"));
    assert_eq!(summary["total_tickets"], plat.0 + mob.0);
    let status = json(
        &env.cmd(["connect", "--status", "-o", "json"])
            .assert()
            .success(),
    );
    assert!(status["connection"]["last_sync_at"].is_string(), "{status}");
    // Nothing landed in the SQLite default location.
    assert!(!env.data_dir().join("jirahub.db").exists());
}

#[test]
fn ctrl_c_during_a_sync_exits_130_and_says_the_previous_snapshot_is_current() {
    let (sim, env, before) = two_synced_projects();
    slow_bulk_fetches(&sim);
    let child = spawnable(&env.cmd(["sync", "--full"]))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn jirahub sync");
    let deadline = Instant::now() + Duration::from_secs(30);
    while sim.handle.stats().in_flight == 0 {
        assert!(Instant::now() < deadline, "the sync never asked for issues");
        std::thread::sleep(Duration::from_millis(20));
    }
    let pid = child.id().to_string();
    let signalled = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill(1) runs");
    assert!(signalled.success());
    let out = child.wait_with_output().expect("reap the sync");
    assert_eq!(out.status.code(), Some(130), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("interrupted: the previous snapshot is still current"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "no report on an interrupted run");
    sim.handle.set_faults(Faults::default());
    assert_eq!(offline_summary(&env, None), before);
}

#[test]
fn a_resync_says_what_changed() {
    let sim = sim_with(|c| {
        c.projects = 1;
        c.issues = 200;
    });
    let env = TestEnv::connected(&sim);
    select(&env, &["PLAT"]);
    let first = sync(&env);
    assert!(
        first["message"]
            .as_str()
            .expect("a message")
            .contains("issues fetched"),
        "{first}"
    );
    let again = sync(&env);
    assert!(
        again["message"]
            .as_str()
            .expect("a message")
            .contains("up to date: 0 changed"),
        "{again}"
    );
    let victim = standalone_issues(&sim, "PLAT")[0].key.clone();
    sim.handle
        .mutate(Mutation::Delete { key: victim })
        .expect("delete");
    let after = sync(&env);
    assert!(
        after["message"]
            .as_str()
            .expect("a message")
            .contains("0 changed, 1 deleted"),
        "{after}"
    );
}
