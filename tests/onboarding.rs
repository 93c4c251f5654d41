//! What a new user reads on the way from an empty store to a dashboard: every step says what
//! happened on stderr and what to run next, and stdout carries only the report.

mod common;
#[path = "common/sim.rs"]
mod sim;

use common::{TestEnv, json, stderr, stdout};
use sim::BackgroundSim;

const PW: &str = "correct horse battery";

fn line(a: &assert_cmd::assert::Assert) -> String {
    let err = stderr(a);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err}");
    err.trim_end().to_string()
}

#[test]
fn an_empty_store_says_to_register_and_each_step_names_the_next() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::sqlite();
    let a = env.cmd(["whoami"]).assert().code(3);
    assert_eq!(
        line(&a),
        "error: no account yet: run `jirahub register --email you@example.com` (the first account becomes admin)"
    );
    // The password policy is checked before anything is stored.
    let a = env
        .cmd(["register", "--email", "ada@example.com", "--password-stdin"])
        .write_stdin("short\n")
        .assert()
        .code(2);
    assert_eq!(
        line(&a),
        "error: password too short: use at least 8 characters"
    );
    let a = env.register("ada@example.com", PW).success();
    assert!(stderr(&a).contains("Next: jirahub login --email ada@example.com"));
    // Registered but not logged in: now it is `login`.
    let a = env.cmd(["whoami"]).assert().code(3);
    assert!(line(&a).starts_with("error: not logged in: run `jirahub login`"));
    let a = env.login("ada@example.com", PW).success();
    assert!(
        stderr(&a).contains("Next: jirahub connect --url"),
        "{}",
        stderr(&a)
    );
    // A report before connecting names the missing connection, not the missing projects.
    let a = env.cmd(["dashboard"]).assert().code(3);
    assert!(line(&a).starts_with("error: no Jira connection: run `jirahub connect"));
    // A URL that is not Jira's: the hint is about the URL.
    let a = env
        .cmd([
            "connect",
            "--url",
            &format!("{}/not-jira", sim.url()),
            "--deployment",
            "cloud",
            "--email",
            sim.handle.email(),
            "--token-stdin",
        ])
        .write_stdin(format!("{}\n", sim.handle.api_token()))
        .assert()
        .code(4);
    let err = line(&a);
    assert!(
        err.contains("no Jira REST API at") && err.contains("check the URL"),
        "{err}"
    );
    let a = env.connect(&sim).success();
    assert!(stderr(&a).contains("Next: jirahub projects discover"));
    // Logging in again, with a connection, leads to the dashboard.
    let a = env.login("ada@example.com", PW).success();
    assert!(
        stderr(&a).contains("Next: jirahub dashboard"),
        "{}",
        stderr(&a)
    );
    let a = env.cmd(["dashboard"]).assert().code(2);
    assert!(line(&a).contains("no projects are selected"));
    let project = sim.handle.projects()[0].clone();
    let a = env
        .cmd(["projects", "select", &project.key])
        .assert()
        .success();
    assert!(stderr(&a).contains("Next: jirahub sync"));
    let a = env
        .cmd([
            "boards",
            "select",
            "--project",
            &project.key,
            &project.board_ids[0].to_string(),
        ])
        .assert()
        .success();
    assert!(stderr(&a).contains("Next: jirahub sync"), "{}", stderr(&a));
    // `sync` records the people it saw: members appear without `sync-members`.
    let a = env.cmd(["sync"]).assert().success();
    assert!(stderr(&a).contains("new team members"), "{}", stderr(&a));
    let members = json(&env.cmd(["member", "list", "-o", "json"]).assert().success());
    assert!(
        !members["members"].as_array().expect("rows").is_empty(),
        "{members}"
    );
}

#[test]
fn a_bad_session_variable_is_named() {
    let mut env = TestEnv::sqlite();
    env.register_and_login("ada@example.com", PW);
    env.set("JIRAHUB_SESSION", "not-a-session-token");
    let a = env.cmd(["whoami"]).assert().code(3);
    assert!(
        line(&a)
            .starts_with("error: JIRAHUB_SESSION holds a session token this store does not know"),
        "{}",
        stderr(&a)
    );
}

/// Every command's stdout is its report and nothing else: JSON parses as one document, CSV as
/// one table, a table holds no confirmation; what was done is said on stderr.
#[test]
fn stdout_holds_only_the_report_for_every_command() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::sqlite();
    env.register("ada@example.com", PW).success();
    env.login("ada@example.com", PW).success();
    env.connect(&sim).success();
    let project = sim.handle.projects()[0].key.clone();
    let key = format!("{project}-1");
    let commands: Vec<Vec<&str>> = vec![
        vec!["whoami"],
        vec!["connect", "--status"],
        vec!["projects", "discover"],
        vec!["projects", "select", &project],
        vec!["projects", "list"],
        vec!["boards", "list", "--project", &project],
        vec!["fields"],
        vec!["sync"],
        vec!["sync-members"],
        vec!["dashboard", "--offline"],
        vec!["ticket", &key],
        vec!["member", "list"],
        vec!["member", "labels"],
        vec!["ignore", "list"],
        vec!["insights", "throughput", "--offline"],
        vec!["view", "list"],
        vec!["admin", "users"],
        vec!["admin", "sessions", "list"],
        vec!["admin", "registration", "status"],
        vec!["config"],
    ];
    for command in &commands {
        let a = env.cmd(command).args(["-o", "json"]).assert().success();
        let out = stdout(&a);
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| {
            panic!("{command:?} -o json: stdout is not one JSON document ({e}): {out}")
        });
        assert_eq!(doc["schema_version"], 1, "{command:?}");
        let a = env.cmd(command).args(["-o", "csv"]).assert().success();
        let out = stdout(&a);
        let mut rows = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(out.as_bytes());
        for row in rows.records() {
            row.unwrap_or_else(|e| panic!("{command:?} -o csv: not one clean table ({e}): {out}"));
        }
        let a = env.cmd(command).assert().success();
        let (out, err) = (stdout(&a), stderr(&a));
        for said in err.lines() {
            assert!(
                !out.contains(said.trim()),
                "{command:?}: stderr's {said:?} also on stdout"
            );
        }
        assert!(
            !out.contains("Next:"),
            "{command:?}: a hint on stdout: {out}"
        );
    }
    // Quiet: the report only.
    let a = env
        .cmd(["projects", "select", &project, "-q"])
        .assert()
        .success();
    assert_eq!(stderr(&a), "");
    let a = env.cmd(["logout"]).assert().success();
    assert_eq!(stdout(&a), "");
    assert!(stderr(&a).contains("Logged out"));
}
