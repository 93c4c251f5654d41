//! `connect` decides Cloud or Data Center from all the evidence, including sites whose
//! anonymous `/serverInfo` is not public (an identity provider or IP allow-list in front).

mod common;
#[path = "common/sim.rs"]
mod sim;

use common::{TestEnv, json, stderr};
use jira_sim::{AnonymousServerInfo, Faults, Flavor, SimConfig};
use sim::BackgroundSim;

fn sim_with(flavor: Flavor, anonymous: AnonymousServerInfo) -> BackgroundSim {
    BackgroundSim::start(SimConfig {
        flavor,
        faults: Faults {
            anonymous_server_info: anonymous,
            ..Faults::default()
        },
        ..SimConfig::default()
    })
}

fn logged_in() -> TestEnv {
    let env = TestEnv::sqlite();
    env.register_and_login("lead@example.com", "correct horse battery");
    env
}

fn connect(
    env: &TestEnv,
    url: &str,
    email: Option<&str>,
    token: &str,
    extra: &[&str],
) -> assert_cmd::assert::Assert {
    let mut args = vec!["connect", "--url", url, "--token-stdin"];
    if let Some(e) = email {
        args.extend(["--email", e]);
    }
    args.extend_from_slice(extra);
    env.cmd(args).write_stdin(format!("{token}\n")).assert()
}

fn saved_kind(env: &TestEnv) -> String {
    let status = env
        .cmd(["connect", "status", "-o", "json"])
        .assert()
        .success();
    json(&status)["connection"]["deployment"]
        .as_str()
        .expect("a kind")
        .to_string()
}

const HIDDEN: [AnonymousServerInfo; 3] = [
    AnonymousServerInfo::Unauthorized,
    AnonymousServerInfo::Forbidden,
    AnonymousServerInfo::LoginPage,
];

#[test]
fn cloud_whose_server_info_is_not_public_connects_with_basic() {
    for anonymous in HIDDEN {
        let sim = sim_with(Flavor::Cloud, anonymous);
        let env = logged_in();
        connect(
            &env,
            &sim.url(),
            Some(sim.handle.email()),
            sim.handle.api_token(),
            &[],
        )
        .success();
        assert_eq!(saved_kind(&env), "cloud", "{anonymous:?}");
        // The saved connection works: the next command talks to Jira with it.
        env.cmd(["projects", "discover", "-o", "json"])
            .assert()
            .success();
    }
}

#[test]
fn data_center_whose_server_info_is_not_public_connects_with_a_pat() {
    for anonymous in HIDDEN {
        let sim = sim_with(Flavor::DataCenter, anonymous);
        let env = logged_in();
        connect(&env, &sim.url(), None, sim.handle.pat(), &[]).success();
        assert_eq!(saved_kind(&env), "datacenter", "{anonymous:?}");
        env.cmd(["projects", "discover", "-o", "json"])
            .assert()
            .success();
    }
}

#[test]
fn data_center_with_an_email_given_falls_back_to_the_pat() {
    let sim = sim_with(Flavor::DataCenter, AnonymousServerInfo::Unauthorized);
    let env = logged_in();
    connect(
        &env,
        &sim.url(),
        Some(sim.handle.email()),
        sim.handle.pat(),
        &[],
    )
    .success();
    assert_eq!(saved_kind(&env), "datacenter");
    env.cmd(["projects", "discover", "-o", "json"])
        .assert()
        .success();
}

#[test]
fn a_public_server_info_still_decides() {
    let sim = sim_with(Flavor::Cloud, AnonymousServerInfo::Public);
    let env = logged_in();
    connect(
        &env,
        &sim.url(),
        Some(sim.handle.email()),
        sim.handle.api_token(),
        &[],
    )
    .success();
    assert_eq!(saved_kind(&env), "cloud");
    let sim = sim_with(Flavor::DataCenter, AnonymousServerInfo::Public);
    let env = logged_in();
    connect(&env, &sim.url(), None, sim.handle.pat(), &[]).success();
    assert_eq!(saved_kind(&env), "datacenter");
}

#[test]
fn a_forced_deployment_is_never_overridden() {
    let sim = sim_with(Flavor::Cloud, AnonymousServerInfo::LoginPage);
    let env = logged_in();
    connect(
        &env,
        &sim.url(),
        Some(sim.handle.email()),
        sim.handle.api_token(),
        &["--deployment", "cloud"],
    )
    .success();
    assert_eq!(saved_kind(&env), "cloud");
    // Forcing Data Center on a Cloud site: a bearer token is refused, nothing is saved.
    let env = logged_in();
    connect(
        &env,
        &sim.url(),
        Some(sim.handle.email()),
        sim.handle.api_token(),
        &["--deployment", "datacenter"],
    )
    .code(3);
    env.cmd(["connect", "--status"]).assert().code(4);
}

#[test]
fn cloud_without_an_email_says_to_give_one() {
    let sim = sim_with(Flavor::Cloud, AnonymousServerInfo::Unauthorized);
    let env = logged_in();
    let a = connect(&env, &sim.url(), None, sim.handle.api_token(), &[]).code(3);
    let err = stderr(&a);
    assert!(err.contains("--email"), "{err}");
    env.cmd(["connect", "--status"]).assert().code(4);
}

#[test]
fn wrong_credentials_behind_a_login_wall_exit_3_and_save_nothing() {
    let sim = sim_with(Flavor::Cloud, AnonymousServerInfo::LoginPage);
    let env = logged_in();
    let a = connect(
        &env,
        &sim.url(),
        Some(sim.handle.email()),
        "wrong-token",
        &[],
    )
    .code(3);
    assert!(stderr(&a).contains("401"), "{}", stderr(&a));
    assert!(!stderr(&a).contains("wrong-token"));
    env.cmd(["connect", "--status"]).assert().code(4);
}

#[test]
fn status_and_remove_are_subcommands_and_the_old_flags_still_work() {
    let sim = sim_with(Flavor::Cloud, AnonymousServerInfo::Unauthorized);
    let env = logged_in();
    connect(
        &env,
        &sim.url(),
        Some(sim.handle.email()),
        sim.handle.api_token(),
        &[],
    )
    .success();
    let by_subcommand = json(
        &env.cmd(["connect", "status", "-o", "json"])
            .assert()
            .success(),
    );
    let by_flag = json(
        &env.cmd(["connect", "--status", "-o", "json"])
            .assert()
            .success(),
    );
    assert_eq!(by_subcommand, by_flag);
    assert_eq!(by_subcommand["connection"]["url"], sim.url().as_str());
    // A subcommand with connection flags is a usage error, not a silent choice.
    env.cmd(["connect", "status", "--url", "https://x.example"])
        .assert()
        .code(2);
    let a = env.cmd(["connect", "remove"]).assert().success();
    assert!(
        stderr(&a).contains("Jira connection removed."),
        "{}",
        stderr(&a)
    );
    env.cmd(["connect", "status"]).assert().code(4);
    env.cmd(["connect", "--remove"]).assert().success();
}
