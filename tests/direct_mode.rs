//! Direct mode: with `JIRA_URL`, `JIRA_EMAIL` and `JIRA_API_TOKEN` set and `--project` given,
//! `dashboard`, `sync` and `ticket` run without a jirahub account and never open the store.

mod common;
#[path = "common/sim.rs"]
mod sim;

use common::{TestEnv, json, stderr};
use jira_sim::{Flavor, SimConfig};
use sim::BackgroundSim;
use std::collections::BTreeSet;

fn direct(sim: &BackgroundSim, email: Option<&str>, token: &str) -> TestEnv {
    let mut env = TestEnv::sqlite();
    env.set("JIRA_URL", &sim.url()).set("JIRA_API_TOKEN", token);
    if let Some(email) = email {
        env.set("JIRA_EMAIL", email);
    }
    env
}

fn keys_of(doc: &serde_json::Value) -> BTreeSet<String> {
    doc["tickets"]
        .as_array()
        .expect("tickets")
        .iter()
        .map(|t| t["key"].as_str().expect("key").to_string())
        .collect()
}

#[test]
fn cloud_reports_run_without_an_account_and_never_touch_the_store() {
    let sim = BackgroundSim::default_cloud();
    let env = direct(&sim, Some(sim.handle.email()), sim.handle.api_token());
    let project = sim.handle.projects()[0].key.clone();
    let a = env
        .cmd([
            "dashboard",
            "--project",
            &project,
            "-o",
            "json",
            "--section",
            "all",
        ])
        .assert()
        .success();
    let doc = json(&a);
    let want: BTreeSet<String> = sim
        .handle
        .issues()
        .into_iter()
        .filter(|i| i.project_key == project)
        .map(|i| i.key)
        .collect();
    assert_eq!(keys_of(&doc), want);
    assert!(
        doc["tickets"][0]["url"]
            .as_str()
            .is_some_and(|u| u.starts_with(&format!("{}/browse/", sim.url())))
    );
    // `me` is the token's account, matched by its email.
    let me = env
        .cmd([
            "dashboard",
            "--project",
            &project,
            "--offline",
            "-o",
            "json",
            "--section",
            "tickets",
            "--assignee",
            "me",
        ])
        .assert()
        .success();
    let mine: BTreeSet<String> = sim
        .handle
        .issues()
        .into_iter()
        .filter(|i| i.project_key == project)
        .filter(|i| {
            i.assignee
                .as_ref()
                .is_some_and(|a| a.email.as_deref() == Some(sim.handle.email()))
        })
        .map(|i| i.key)
        .collect();
    assert_eq!(keys_of(&json(&me)), mine);
    let synced = json(
        &env.cmd(["sync", "--project", &project, "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(synced["projects"][0]["project"], project.as_str());
    let key = format!("{project}-1");
    let ticket = json(&env.cmd(["ticket", &key, "-o", "json"]).assert().success());
    assert_eq!(ticket["ticket"]["key"], key.as_str());
    // Nothing of an account was created: no store, no key file, no session.
    assert!(
        !env.data_dir().join("jirahub.db").exists(),
        "the store was opened"
    );
    assert!(!env.data_dir().join("encryption.key").exists());
    assert!(!env.session_file().exists());
    // What needs an account says so.
    let a = env
        .cmd(["dashboard", "--project", &project, "--team", "backend"])
        .assert()
        .code(2);
    assert!(
        stderr(&a).contains("need a jirahub account"),
        "{}",
        stderr(&a)
    );
    assert!(!env.data_dir().join("jirahub.db").exists());
}

#[test]
fn data_center_direct_mode_uses_the_personal_access_token() {
    let sim = BackgroundSim::start(SimConfig {
        flavor: Flavor::DataCenter,
        ..SimConfig::default()
    });
    let env = direct(&sim, None, sim.handle.pat());
    let project = sim.handle.projects()[0].key.clone();
    let doc = json(
        &env.cmd([
            "dashboard",
            "--project",
            &project,
            "-o",
            "json",
            "--section",
            "all",
        ])
        .assert()
        .success(),
    );
    let want = sim
        .handle
        .issues()
        .into_iter()
        .filter(|i| i.project_key == project)
        .count();
    assert_eq!(keys_of(&doc).len(), want);
    assert!(!env.data_dir().join("jirahub.db").exists());
}

#[test]
fn bad_direct_settings_are_one_clear_line() {
    let sim = BackgroundSim::default_cloud();
    // A Cloud site without an email: which one is missing is named.
    let mut env = direct(&sim, None, sim.handle.api_token());
    env.set("JIRA_DEPLOYMENT", "cloud");
    let a = env.cmd(["dashboard", "--project", "PLAT"]).assert().code(2);
    assert_eq!(
        stderr(&a).lines().next(),
        Some(
            "error: direct mode on Jira Cloud needs JIRA_EMAIL: set JIRA_EMAIL to the email of the Atlassian account the API token belongs to"
        )
    );
    // A wrong token: Jira's 401, the token never echoed.
    let env = direct(&sim, Some(sim.handle.email()), "not-the-token");
    let a = env.cmd(["dashboard", "--project", "PLAT"]).assert().code(3);
    assert!(!stderr(&a).contains("not-the-token"));
    // Without --project, the command is an account's: an empty store says to register.
    let env = direct(&sim, Some(sim.handle.email()), sim.handle.api_token());
    let a = env.cmd(["dashboard"]).assert().code(3);
    assert!(stderr(&a).contains("no account yet"), "{}", stderr(&a));
}
