//! A Redis that is full, frozen or gone never hides newer data and never stalls a sync for
//! longer than its own timeouts: the real binary, the simulator and a `redis-server` of the
//! test's own that the test fills, freezes (SIGSTOP) or kills.

mod common;
#[path = "common/redis_server.rs"]
mod redis_server;
#[path = "common/sim.rs"]
mod sim;

use std::time::Duration;

use common::{TestEnv, json, stderr};
use jira_sim::{Faults, Mutation, NewIssue, SimConfig};
use jirahub::cache::{Cache, CacheBackend, Namespace};
use jirahub::jira::{ClientConfig, Deployment, JiraAuth, JiraClient, RetryPolicy};
use jirahub::sync::{ProjectScope, SyncOptions, SyncScope};
use redis_server::ThrowawayRedis;
use secrecy::SecretString;
use serde_json::Value;
use sim::BackgroundSim;

/// No command may take longer than this: a guard against hangs, not a timing goal.
const HANG_GUARD: Duration = Duration::from_secs(90);

fn connected(sim: &BackgroundSim, redis: &ThrowawayRedis) -> TestEnv {
    let mut env = TestEnv::connected(sim);
    env.cmd(["projects", "select", "PLAT"]).assert().success();
    env.set("REDIS_URL", &redis.url);
    env
}

fn sync(env: &TestEnv) -> (Value, String) {
    let a = env
        .cmd(["sync", "-o", "json"])
        .timeout(HANG_GUARD)
        .assert()
        .success();
    (json(&a), stderr(&a))
}

/// The dashboard from the snapshot alone: ticket count and when the data is from.
fn offline(env: &TestEnv) -> (u64, String) {
    let a = env
        .cmd([
            "dashboard",
            "--offline",
            "--section",
            "summary",
            "-o",
            "json",
        ])
        .timeout(HANG_GUARD)
        .assert()
        .success();
    let doc = json(&a);
    (
        doc["summary"]["total_tickets"].as_u64().expect("a count"),
        doc["data_as_of"].as_str().expect("data_as_of").to_string(),
    )
}

fn plat_count(sim: &BackgroundSim) -> u64 {
    sim.handle
        .issues()
        .iter()
        .filter(|i| i.project_key == "PLAT")
        .count() as u64
}

fn create_plat_issue(sim: &BackgroundSim, summary: &str) {
    sim.handle
        .mutate(Mutation::Create(NewIssue {
            project: "PLAT".into(),
            summary: summary.into(),
            ..NewIssue::default()
        }))
        .expect("create");
}

#[test]
fn a_full_redis_never_hides_the_newer_snapshot() {
    let sim = BackgroundSim::default_cloud();
    let redis = ThrowawayRedis::start();
    let env = connected(&sim, &redis);
    let (first, _) = sync(&env);
    assert_eq!(first["cache"], "redis", "{first}");
    assert_eq!(first["cache_fell_back"], false);
    let (count, first_as_of) = offline(&env);
    assert_eq!(count, plat_count(&sim));

    redis.fill_up();
    let mut as_of = first_as_of;
    for round in 0..3 {
        create_plat_issue(&sim, &format!("created while Redis is full ({round})"));
        let (report, err) = sync(&env);
        // The sync says its result did not reach Redis, on stderr and in JSON.
        assert_eq!(report["cache"], "embedded", "{report}");
        assert_eq!(report["cache_fell_back"], true, "{report}");
        assert!(err.contains("did not reach Redis"), "{err}");
        // Every later report reads the newer snapshot, though Redis still holds the old one.
        let (count, now_as_of) = offline(&env);
        assert_eq!(count, plat_count(&sim), "round {round}");
        assert!(
            now_as_of >= as_of,
            "data_as_of went back: {as_of} -> {now_as_of}"
        );
        as_of = now_as_of;
    }
}

#[test]
fn a_frozen_redis_costs_a_sync_seconds_and_hides_nothing() {
    let sim = BackgroundSim::default_cloud();
    let redis = ThrowawayRedis::start();
    let env = connected(&sim, &redis);
    sync(&env);
    create_plat_issue(&sim, "created while Redis is frozen");

    redis.freeze();
    // Bounded by the cache's own timeouts (without the fix: as long as Redis stays frozen).
    let (report, err) = sync(&env);
    assert_eq!(report["cache_fell_back"], true, "{report}");
    assert!(err.contains("did not reach Redis"), "{err}");
    let (count, frozen_as_of) = offline(&env);
    assert_eq!(count, plat_count(&sim));

    // Redis answers again, holding the older snapshot: the newer one still wins.
    redis.thaw();
    let (count, as_of) = offline(&env);
    assert_eq!((count, as_of), (plat_count(&sim), frozen_as_of));
    // And the next sync reaches Redis again.
    let (report, _) = sync(&env);
    assert_eq!(report["cache"], "redis", "{report}");
    assert_eq!(offline(&env).0, plat_count(&sim));
}

/// Redis killed between two projects of one sync: the project published to Redis before is
/// published again to the embedded cache, so no project is out of reach while Redis is down.
#[tokio::test]
async fn redis_killed_mid_sync_leaves_every_project_in_the_embedded_cache() {
    let sim = jira_sim::Sim::start(SimConfig::default())
        .await
        .expect("simulator");
    let mut redis = ThrowawayRedis::start();
    let board = sim
        .boards()
        .into_iter()
        .find(|b| b.project_key == "WEB")
        .expect("a WEB board")
        .id;
    // WEB's first request (its board configuration) waits, so Redis can die after PLAT was
    // published to it and before WEB writes anything.
    sim.set_faults(Faults {
        latency_ms: 1500,
        path_prefix: Some(format!("/rest/agile/1.0/board/{board}")),
        ..Faults::default()
    });
    let client = JiraClient::new(
        ClientConfig::new(
            sim.url(),
            Some(JiraAuth::Basic {
                email: sim.email().into(),
                token: SecretString::from(sim.api_token().to_string()),
            }),
        )
        .deployment(Deployment::Cloud)
        .retry(RetryPolicy {
            base_delay: Duration::from_millis(5),
            ..RetryPolicy::default()
        }),
    )
    .expect("client");
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(Some(&redis.url), dir.path())
        .await
        .expect("cache");
    assert_eq!(cache.backend(), CacheBackend::Redis);
    let ns = Namespace::new(&sim.url(), 1);
    let scope = SyncScope {
        projects: vec![
            ProjectScope::whole("PLAT"),
            ProjectScope::with_boards("WEB", &[board]),
        ],
    };
    let opts = SyncOptions {
        concurrency: 1,
        ..SyncOptions::default()
    };
    let plat_manifest = format!("{}*PLAT*current", ns.prefix());
    let run = jirahub::sync::sync(&client, &cache, &ns, &scope, &opts);
    let killer = async {
        // PLAT's manifest in Redis means PLAT is published there; WEB now waits on Jira.
        while redis.keys(&plat_manifest).is_empty() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        redis.kill();
    };
    let (report, ()) = tokio::join!(run, killer);
    let report = report.expect("the sync finishes on the embedded cache");
    assert!(report.cache_fell_back);
    assert!(
        report
            .projects
            .iter()
            .all(|p| p.cache == CacheBackend::Embedded),
        "{:?}",
        report.projects
    );
    // A later run, Redis still gone: both projects are there, from this sync.
    let later = Cache::open(Some(&redis.url), dir.path())
        .await
        .expect("cache");
    let data = jirahub::sync::load(&later, &ns, &scope)
        .await
        .expect("load");
    assert!(data.missing.is_empty(), "missing {:?}", data.missing);
    let issues = sim.issues();
    for key in ["PLAT", "WEB"] {
        let n = data.tickets.iter().filter(|t| t.project_key == key).count();
        let expected = issues.iter().filter(|i| i.project_key == key).count();
        if key == "PLAT" {
            assert_eq!(n, expected, "{key}");
        } else {
            assert!(n > 0, "{key}: nothing loaded");
        }
    }
}
