//! connect, projects, boards, fields and ignore through the real binary against the simulator.

mod common;
#[path = "common/sim.rs"]
mod sim;

use common::{TestEnv, json, stderr, stdout};
use predicates::prelude::*;
use sim::BackgroundSim;

#[test]
fn connect_validates_and_saves_without_exposing_the_token() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::sqlite();
    env.register_and_login("lead@example.com", "correct horse battery");
    let token = sim.handle.api_token().to_string();
    let a = env
        .cmd([
            "-vv",
            "connect",
            "--url",
            &sim.url(),
            "--email",
            sim.handle.email(),
            "--token-stdin",
        ])
        .write_stdin(format!("{token}\n"))
        .assert()
        .success();
    assert!(!stdout(&a).contains(&token) && !stderr(&a).contains(&token));
    let status = env
        .cmd(["connect", "--status", "-o", "json"])
        .assert()
        .success();
    let doc = json(&status);
    assert_eq!(doc["connection"]["url"], sim.url());
    assert_eq!(doc["connection"]["deployment"], "cloud");
    assert!(!stdout(&status).contains(&token));
    // The store never holds the token in clear.
    let db = std::fs::read(env.data_dir().join("jirahub.db")).expect("sqlite file");
    assert!(
        !db.windows(token.len()).any(|w| w == token.as_bytes()),
        "token stored in clear"
    );
}

#[test]
fn connect_with_a_wrong_token_exits_3_and_saves_nothing() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::sqlite();
    env.register_and_login("lead@example.com", "correct horse battery");
    env.cmd([
        "connect",
        "--url",
        &sim.url(),
        "--email",
        sim.handle.email(),
        "--token-stdin",
    ])
    .write_stdin("not-the-token\n")
    .assert()
    .code(3)
    .stderr(predicate::str::contains("401"));
    env.cmd(["connect", "--status"]).assert().code(4);
}

#[test]
fn connect_to_an_unreachable_host_exits_5() {
    let env = TestEnv::sqlite();
    env.register_and_login("lead@example.com", "correct horse battery");
    let a = env
        .cmd([
            "connect",
            "--url",
            "http://127.0.0.1:1",
            "--email",
            "a@b.c",
            "--token-stdin",
        ])
        .write_stdin("x\n")
        .assert()
        .code(5);
    assert_eq!(stderr(&a).lines().count(), 1, "{}", stderr(&a));
}

#[test]
fn connect_rejects_a_malformed_url() {
    let env = TestEnv::sqlite();
    env.register_and_login("lead@example.com", "correct horse battery");
    env.cmd([
        "connect",
        "--url",
        "ftp//nope",
        "--email",
        "a@b.c",
        "--token-stdin",
    ])
    .write_stdin("x\n")
    .assert()
    .code(2);
}

#[test]
fn connect_needs_a_login() {
    let sim = BackgroundSim::default_cloud();
    TestEnv::sqlite().connect(&sim).code(3);
}

#[test]
fn projects_discover_select_and_deselect() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    let doc = json(
        &env.cmd(["projects", "discover", "-o", "json"])
            .assert()
            .success(),
    );
    let keys: Vec<String> = doc["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .map(|p| p["key"].as_str().expect("key").to_string())
        .collect();
    assert!(!keys.is_empty());
    env.cmd(["projects", "select", &keys[0]]).assert().success();
    let listed = json(
        &env.cmd(["projects", "list", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(listed["projects"][0]["key"], keys[0].as_str());
    env.cmd(["projects", "select", "NOPE"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("NOPE"));
    // A typo of a real key names the key meant; the selection is untouched.
    let typo = format!("{}X", &keys[0][..keys[0].len() - 1]);
    env.cmd(["projects", "select", &typo])
        .assert()
        .code(4)
        .stderr(predicate::str::contains(format!(
            "did you mean '{}' for '{typo}'?",
            keys[0]
        )));
    // Confirmations go to stderr: stdout holds only the selection table.
    let a = env.cmd(["projects", "select", &keys[0]]).assert().success();
    assert!(
        stderr(&a).contains(&format!("Selected {}.", keys[0])),
        "{}",
        stderr(&a)
    );
    assert!(!stdout(&a).contains("Selected"), "{}", stdout(&a));
    env.cmd(["projects", "deselect", &keys[0]])
        .assert()
        .success();
    env.cmd(["projects", "deselect", &keys[0]]).assert().code(4);
}

#[test]
fn boards_narrow_a_selected_project() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    let project = sim.handle.issues()[0].project_key.clone();
    env.cmd(["projects", "select", &project]).assert().success();
    let doc = json(
        &env.cmd(["boards", "list", "--project", &project, "-o", "json"])
            .assert()
            .success(),
    );
    let id = doc["boards"][0]["id"].as_i64().expect("a board");
    env.cmd(["boards", "select", "--project", &project, &id.to_string()])
        .assert()
        .success();
    let sel = json(&env.cmd(["boards", "list", "-o", "json"]).assert().success());
    assert_eq!(sel["boards"][0]["id"], id);
    env.cmd(["boards", "select", "--project", &project, "999999"])
        .assert()
        .code(4);
}

#[test]
fn fields_shows_discovered_story_points_and_accepts_a_pin() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    let doc = json(&env.cmd(["fields", "-o", "json"]).assert().success());
    let rows = doc["fields"].as_array().expect("rows");
    let sp: Vec<&serde_json::Value> = rows
        .iter()
        .filter(|r| r["purpose"] == "story_points")
        .collect();
    assert!(sp.iter().any(|r| r["source"] == "discovered"), "{rows:?}");
    let expected = &sim.handle.issues()[0].story_points_field;
    assert!(
        sp.iter().any(|r| r["field_id"] == expected.as_str()),
        "{rows:?}"
    );
    let sprint = rows
        .iter()
        .find(|r| r["purpose"] == "sprint")
        .expect("sprint row");
    let fallback = sp.last().expect("a story point field")["field_id"]
        .as_str()
        .expect("id")
        .to_string();
    env.cmd(["fields", "set", "story-points", &fallback])
        .assert()
        .success();
    let doc = json(&env.cmd(["fields", "-o", "json"]).assert().success());
    let first = doc["fields"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["purpose"] == "story_points")
        .expect("row")
        .clone();
    assert_eq!(first["field_id"], fallback.as_str());
    assert_eq!(first["source"], "pinned");
    assert!(sprint["field_id"].is_string());
    env.cmd(["fields", "set", "sprint", "customfield_00000"])
        .assert()
        .code(4);
}

#[test]
fn ignore_rules_are_stored_per_user() {
    let env = TestEnv::sqlite();
    env.register_and_login("lead@example.com", "correct horse battery");
    env.cmd(["ignore", "ticket", "add", "app-1", "APP-2"])
        .assert()
        .success();
    env.cmd(["ignore", "type", "add", "Sub-task"])
        .assert()
        .success();
    let doc = json(&env.cmd(["ignore", "list", "-o", "json"]).assert().success());
    assert_eq!(
        doc["ignored"],
        serde_json::json!([
            {"kind": "ticket", "value": "APP-1"},
            {"kind": "ticket", "value": "APP-2"},
            {"kind": "type", "value": "Sub-task"}
        ])
    );
    env.cmd(["ignore", "ticket", "add", "not a key"])
        .assert()
        .code(2);
    env.cmd(["ignore", "ticket", "remove", "APP-9"])
        .assert()
        .code(4);
    // Another account sees none of it.
    env.register_and_login("other@example.com", "correct horse battery");
    let doc = json(&env.cmd(["ignore", "list", "-o", "json"]).assert().success());
    assert_eq!(doc["ignored"], serde_json::json!([]));
}
