//! Saved views end to end, on SQLite and PostgreSQL: `view save|list|show|delete|publish`, and
//! `dashboard --view` / `insights … --view` running them with the flags given on top.

mod common;
#[path = "common/sim.rs"]
mod sim;

use common::{TestEnv, json, stderr, stdout};
use jira_sim::SimConfig;
use sim::BackgroundSim;

const NOW: &str = "2026-11-25T10:30:00Z";
const PASSWORD: &str = "correct horse battery";

/// An admin (the first account) and a user on one store, each connected and synced.
struct Team {
    _sim: BackgroundSim,
    admin: TestEnv,
    user: TestEnv,
}

fn team(postgres: bool) -> Team {
    let sim = BackgroundSim::start(SimConfig {
        seed: 5,
        projects: 2,
        issues: 150,
        users: 12,
        now: Some(NOW.parse().expect("a time")),
        ..SimConfig::default()
    });
    let mut admin = if postgres {
        TestEnv::postgres()
    } else {
        TestEnv::sqlite()
    };
    let mut user = TestEnv::sqlite();
    let url = match &admin.pg {
        Some(pg) => pg.url.clone(),
        None => format!("sqlite://{}", admin.home().join("shared.db").display()),
    };
    admin.set("DATABASE_URL", &url);
    user.set("DATABASE_URL", &url);
    admin.register_and_login("admin@example.com", PASSWORD);
    user.register_and_login("user@example.com", PASSWORD);
    for env in [&mut admin, &mut user] {
        env.set("JIRAHUB_NOW", NOW).set("TZ", "UTC");
        env.connect(&sim).success();
        let keys: Vec<String> = sim.handle.projects().into_iter().map(|p| p.key).collect();
        env.cmd(["projects", "select"])
            .args(&keys)
            .assert()
            .success();
        env.cmd(["sync", "-q"]).assert().success();
    }
    Team {
        _sim: sim,
        admin,
        user,
    }
}

fn overdue(env: &TestEnv, args: &[&str]) -> u64 {
    let doc = json(
        &env.cmd(["dashboard", "--offline", "-o", "json"])
            .args(args)
            .assert()
            .success(),
    );
    doc["summary"]["overdue"].as_u64().expect("a count")
}

fn views_run_with_the_flags_given_on_top(t: &Team) {
    let admin = &t.admin;
    let all = overdue(admin, &[]);
    assert!(all > 0, "the seed has overdue work");
    // A gate in a view: a CI check by name.
    let saved = admin
        .cmd([
            "view",
            "save",
            "release-health",
            "dashboard",
            "--max-overdue",
            "0",
            "-o",
            "json",
        ])
        .assert()
        .success();
    assert!(stdout(&saved).is_empty(), "confirmations go to stderr");
    assert!(stderr(&saved).contains("Saved view release-health"));
    let run = admin
        .cmd(["dashboard", "--view", "release-health", "--offline"])
        .assert()
        .code(6);
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&run)).expect("the view's -o json applies");
    assert_eq!(doc["summary"]["overdue"].as_u64(), Some(all));
    assert!(stderr(&run).contains("--max-overdue 0"), "{}", stderr(&run));
    // Flags given on top override the view's.
    admin
        .cmd([
            "dashboard",
            "--view",
            "release-health",
            "--offline",
            "--max-overdue",
        ])
        .arg((all + 1).to_string())
        .assert()
        .success();
    let table = admin
        .cmd([
            "dashboard",
            "--view",
            "release-health",
            "--offline",
            "-o",
            "csv",
            "--max-overdue",
            "1000",
        ])
        .assert()
        .success();
    assert!(stdout(&table).starts_with("key,"), "{}", stdout(&table));

    // An insights view.
    admin
        .cmd([
            "view",
            "save",
            "daily",
            "insights",
            "throughput",
            "--per",
            "day",
            "--from",
            "-14d",
        ])
        .assert()
        .success();
    let doc = json(
        &admin
            .cmd([
                "insights",
                "throughput",
                "--view",
                "daily",
                "--offline",
                "-o",
                "json",
            ])
            .assert()
            .success(),
    );
    assert_eq!(doc["per"].as_str(), Some("day"));
    assert_eq!(doc["throughput"].as_array().map(Vec::len), Some(15));

    // What it runs, for people and for scripts.
    let shown = json(
        &admin
            .cmd(["view", "show", "daily", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(
        shown["view"]["runs"].as_str(),
        Some("jirahub insights throughput --from=-14d --per=day")
    );
    let listed = json(&admin.cmd(["view", "list", "-o", "json"]).assert().success());
    let names: Vec<&str> = listed["views"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|v| v["name"].as_str().expect("name"))
        .collect();
    assert_eq!(names, ["daily", "release-health"]);

    // Mistakes are one line and exit 2 (or 4 for a name that is not there), saving nothing.
    for (args, code, says) in [
        (
            vec!["view", "save", "typo", "dashboard", "--max-overdu", "0"],
            2,
            "--max-overdu",
        ),
        (
            vec![
                "view",
                "save",
                "secret",
                "dashboard",
                "--config",
                "/tmp/x.toml",
            ],
            2,
            "--config is not kept",
        ),
        (
            vec!["view", "save", "two words", "dashboard"],
            2,
            "view name",
        ),
        (vec!["view", "save", "w", "whoami"], 2, "a view runs"),
        (vec!["view", "save", "daily", "dashboard"], 2, "--replace"),
        (
            vec!["dashboard", "--view", "release-helth", "--offline"],
            4,
            "did you mean release-health",
        ),
        (
            vec![
                "insights",
                "cycle-time",
                "--view",
                "release-health",
                "--offline",
            ],
            2,
            "runs `dashboard`",
        ),
    ] {
        let out = admin.cmd(&args).assert().code(code);
        let err = stderr(&out);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: one line: {err}");
    }
    admin
        .cmd([
            "view",
            "save",
            "--replace",
            "daily",
            "insights",
            "throughput",
        ])
        .assert()
        .success();

    // Publishing is for admins; every account can then run it, but only its owner delete it.
    let user = &t.user;
    user.cmd(["view", "save", "mine", "dashboard", "--assignee", "me"])
        .assert()
        .success();
    user.cmd(["view", "publish", "mine"]).assert().code(3);
    user.cmd(["dashboard", "--view", "release-health", "--offline"])
        .assert()
        .code(4);
    admin
        .cmd(["view", "publish", "release-health"])
        .assert()
        .success();
    let listed = json(&user.cmd(["view", "list", "-o", "json"]).assert().success());
    let rows = listed["views"].as_array().expect("rows");
    assert_eq!(rows.len(), 2, "their own, then the published one: {rows:?}");
    assert_eq!(rows[0]["name"], "mine");
    assert_eq!(rows[1]["owner"], "admin@example.com");
    user.cmd(["dashboard", "--view", "release-health", "--offline"])
        .assert()
        .code(6);
    let out = user
        .cmd(["view", "delete", "release-health"])
        .assert()
        .code(2);
    assert!(stderr(&out).contains("only your own"), "{}", stderr(&out));
    user.cmd(["view", "delete", "mine"]).assert().success();
    admin
        .cmd(["view", "unpublish", "release-health"])
        .assert()
        .success();
    user.cmd(["dashboard", "--view", "release-health", "--offline"])
        .assert()
        .code(4);
}

#[test]
fn saved_views_on_sqlite() {
    views_run_with_the_flags_given_on_top(&team(false));
}

#[test]
fn saved_views_on_postgres() {
    views_run_with_the_flags_given_on_top(&team(true));
}
