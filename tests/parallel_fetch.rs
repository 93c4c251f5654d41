//! Fetching every issue with many requests in flight (`JiraClient::fetch_all`), against the
//! simulator: complete at every page boundary on Cloud (listing + bulk fetch) and Data Center
//! (parallel offset pages), issues that vanish between listing and fetch, and a 429 storm that
//! makes the client lower its concurrency without losing an issue.

use std::collections::BTreeSet;
use std::time::Duration;

use jira_sim::{Flavor, Mutation, RateLimit, Sim, SimConfig, SimHandle};
use jirahub::jira::fetch::FetchEvent;
use jirahub::jira::{ClientConfig, Deployment, JiraAuth, JiraClient, Jql, RetryPolicy, SortOrder};
use secrecy::SecretString;

fn retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 8,
        base_delay: Duration::from_millis(2),
        max_delay: Duration::from_millis(20),
        max_server_wait: Duration::from_secs(5),
        near_limit_pause: Duration::from_millis(1),
    }
}

async fn site(flavor: Flavor, issues: usize) -> SimHandle {
    Sim::start(SimConfig {
        flavor,
        projects: 1,
        issues,
        now: Some("2026-11-25T10:30:00Z".parse().expect("a time")),
        ..SimConfig::default()
    })
    .await
    .expect("the simulator starts")
}

fn client(sim: &SimHandle, concurrency: usize) -> JiraClient {
    let (auth, deployment) = match sim.flavor() {
        Flavor::Cloud => (
            JiraAuth::Basic {
                email: sim.email().to_string(),
                token: SecretString::from(sim.api_token().to_string()),
            },
            Deployment::Cloud,
        ),
        Flavor::DataCenter => (
            JiraAuth::Bearer(SecretString::from(sim.pat().to_string())),
            Deployment::DataCenter,
        ),
    };
    JiraClient::new(
        ClientConfig::new(sim.url(), Some(auth))
            .deployment(deployment)
            .max_concurrency(concurrency)
            .retry(retry()),
    )
    .expect("client")
}

/// What `fetch_all` handed over: the listed count and every key, in order.
async fn fetch(client: &JiraClient, project: &str) -> (u64, Vec<String>) {
    let jql = Jql::new()
        .project_in(&[project])
        .order_by("key", SortOrder::Asc);
    let mut listed = None;
    let mut keys = Vec::new();
    client
        .fetch_all(
            &jql,
            &["summary", "updated"],
            client.concurrency_ceiling(),
            |event| match event {
                FetchEvent::Listed(n) => listed = Some(n),
                FetchEvent::Issues(page) => keys.extend(page.iter().map(|i| i.key.clone())),
            },
        )
        .await
        .expect("fetches");
    (listed.expect("told how many"), keys)
}

/// The project's keys in natural key order, from the simulator's ground truth.
fn truth(sim: &SimHandle) -> Vec<String> {
    let mut keys: Vec<(String, u64)> = sim
        .issues()
        .into_iter()
        .map(|i| {
            let n = i
                .key
                .rsplit_once('-')
                .expect("a key")
                .1
                .parse()
                .expect("a number");
            (i.key, n)
        })
        .collect();
    keys.sort_by_key(|(_, n)| *n);
    keys.into_iter().map(|(k, _)| k).collect()
}

#[tokio::test]
async fn every_issue_arrives_once_in_key_order_at_every_page_boundary() {
    for flavor in [Flavor::Cloud, Flavor::DataCenter] {
        for n in [0, 1, 100, 101, 5000, 5001] {
            let sim = site(flavor, n).await;
            let project = sim.projects()[0].key.clone();
            let want = truth(&sim);
            assert_eq!(want.len(), n, "the simulator made {n} issues");
            sim.reset_stats();
            let (listed, got) = fetch(&client(&sim, 8), &project).await;
            assert_eq!(listed as usize, n, "{flavor:?} {n}: listed");
            assert_eq!(got, want, "{flavor:?} {n}: every issue once, in key order");
            let stats = sim.stats();
            let (listing, fetches) = match flavor {
                Flavor::Cloud => (
                    stats.count("GET", "/rest/api/3/search/jql"),
                    stats.count("POST", "/rest/api/3/issue/bulkfetch"),
                ),
                Flavor::DataCenter => (0, stats.count("GET", "/rest/api/2/search")),
            };
            let expected_fetches = match flavor {
                Flavor::Cloud => n.div_ceil(100) as u64,
                Flavor::DataCenter => n.div_ceil(100).max(1) as u64,
            };
            assert_eq!(
                fetches, expected_fetches,
                "{flavor:?} {n}: one request per 100"
            );
            if flavor == Flavor::Cloud {
                assert_eq!(
                    listing,
                    n.div_ceil(5000).max(1) as u64,
                    "{n}: listing pages"
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_issues_come_with_requests_in_flight_together() {
    let sim = site(Flavor::Cloud, 10_000).await;
    // A little latency, so that overlapping requests show as such.
    sim.set_faults(jira_sim::Faults {
        latency_ms: 5,
        ..jira_sim::Faults::default()
    });
    let project = sim.projects()[0].key.clone();
    sim.reset_stats();
    let (listed, got) = fetch(&client(&sim, 8), &project).await;
    assert_eq!(listed, 10_000);
    assert_eq!(got, truth(&sim));
    let stats = sim.stats();
    assert_eq!(stats.count("POST", "/rest/api/3/issue/bulkfetch"), 100);
    assert!(
        stats.max_in_flight > 1,
        "bulk fetches overlap: {}",
        stats.max_in_flight
    );
    assert!(stats.max_in_flight <= 8, "never above the ceiling");
}

#[tokio::test]
async fn an_issue_deleted_after_the_listing_is_left_out_and_not_fatal() {
    let sim = site(Flavor::Cloud, 300).await;
    let keys = truth(&sim);
    let client = client(&sim, 4);
    let ids: Vec<String> = keys
        .iter()
        .take(5)
        .map(|k| sim.issue(k).expect("exists").id.to_string())
        .collect();
    // Between a listing and the fetch: one is deleted.
    sim.mutate(Mutation::Delete {
        key: keys[0].clone(),
    })
    .expect("deleted");
    let (issues, requests) = client
        .bulk_fetch(&ids, &["summary".to_string()])
        .await
        .expect("a vanished issue is not an error");
    assert_eq!(requests, 1);
    let got: BTreeSet<String> = issues.iter().map(|i| i.id.clone()).collect();
    let want: BTreeSet<String> = ids[1..].iter().cloned().collect();
    assert_eq!(got, want);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_storm_lowers_the_requests_in_flight_and_loses_nothing() {
    let sim = Sim::start(SimConfig {
        projects: 1,
        issues: 3000,
        // Burst limit: a fifth request in flight is a 429 with Retry-After: 1.
        rate_limit: Some(RateLimit::in_flight(4)),
        faults: jira_sim::Faults {
            latency_ms: 20,
            ..jira_sim::Faults::default()
        },
        now: Some("2026-11-25T10:30:00Z".parse().expect("a time")),
        ..SimConfig::default()
    })
    .await
    .expect("starts");
    let project = sim.projects()[0].key.clone();
    let client = client(&sim, 16);
    assert_eq!(client.concurrency(), 16);
    sim.reset_stats();
    let (_, got) = fetch(&client, &project).await;
    assert_eq!(got, truth(&sim), "nothing lost");
    let stats = sim.stats();
    assert!(stats.rate_limited > 0, "the storm happened");
    assert!(
        client.concurrency() < 16,
        "the client lowered its concurrency: {}",
        client.concurrency()
    );
}

#[tokio::test]
async fn issues_jira_could_not_serve_are_asked_for_again() {
    let sim = site(Flavor::Cloud, 1000).await;
    let project = sim.projects()[0].key.clone();
    // Three bulk fetches each report one issue in `issueErrors` instead of serving it.
    sim.set_faults(jira_sim::Faults {
        bulk_issue_errors: 3,
        ..jira_sim::Faults::default()
    });
    sim.reset_stats();
    let (_, got) = fetch(&client(&sim, 4), &project).await;
    assert_eq!(got, truth(&sim), "nothing lost");
    assert_eq!(
        sim.stats().count("POST", "/rest/api/3/issue/bulkfetch"),
        10 + 3,
        "one more request per issue error"
    );
}

#[tokio::test]
async fn an_issue_jira_keeps_failing_to_serve_is_an_unavailable_error_not_a_silent_gap() {
    let sim = site(Flavor::Cloud, 50).await;
    let ids: Vec<String> = sim.issues().iter().map(|i| i.id.to_string()).collect();
    sim.set_faults(jira_sim::Faults {
        bulk_issue_errors: 100,
        ..jira_sim::Faults::default()
    });
    let err = client(&sim, 4)
        .bulk_fetch(&ids, &["summary".to_string()])
        .await
        .expect_err("never served");
    assert_eq!(err.kind(), jirahub::ErrorKind::Unavailable);
    assert!(
        err.message().contains("could not serve 1 issues"),
        "{}",
        err.message()
    );
}
