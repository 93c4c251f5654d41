//! The Jira client against the in-process simulator: discovery, paging, retries, rate limits,
//! error mapping, secrecy and JQL escaping.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jira_sim::{Faults, Flavor, RateLimit, ScriptedFault, Sim, SimConfig, SimHandle};
use jirahub::ErrorKind;
use jirahub::jira::{
    ClientConfig, Deployment, FieldMap, FieldPins, JiraAuth, JiraClient, Jql, RetryPolicy,
    SortOrder, Waits, board_estimation_field, ticket_fields, ticket_from_issue,
};
use jirahub::model::SprintState;
use jirahub::model::Ticket;
use secrecy::SecretString;

/// Retries without real waiting (server-directed waits are still honoured).
fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 4,
        base_delay: Duration::from_millis(2),
        max_delay: Duration::from_millis(20),
        max_server_wait: Duration::from_secs(5),
        near_limit_pause: Duration::from_millis(1),
    }
}

async fn sim(config: SimConfig) -> SimHandle {
    Sim::start(config).await.expect("the simulator starts")
}

fn cloud_client(sim: &SimHandle) -> JiraClient {
    let auth = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from(sim.api_token().to_string()),
    };
    JiraClient::new(ClientConfig::new(sim.url(), Some(auth)).retry(fast_retry())).expect("client")
}

/// [`cloud_client`] whose waits are recorded, not slept: retry decisions in no time.
fn recording_client(sim: &SimHandle) -> JiraClient {
    let auth = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from(sim.api_token().to_string()),
    };
    JiraClient::new(
        ClientConfig::new(sim.url(), Some(auth))
            .retry(fast_retry())
            .waits(Waits::Recorded),
    )
    .expect("client")
}

fn dc_client(sim: &SimHandle) -> JiraClient {
    let auth = JiraAuth::Bearer(SecretString::from(sim.pat().to_string()));
    let config = ClientConfig::new(sim.url(), Some(auth))
        .deployment(Deployment::DataCenter)
        .retry(fast_retry());
    JiraClient::new(config).expect("client")
}

fn project_keys(sim: &SimHandle) -> Vec<String> {
    sim.projects().into_iter().map(|p| p.key).collect()
}

fn all_issues(sim: &SimHandle) -> Jql {
    Jql::new()
        .project_in(&project_keys(sim))
        .order_by("key", SortOrder::Asc)
}

async fn discovered_fields(client: &JiraClient) -> FieldMap {
    FieldMap::discover(
        &client.fields().await.expect("fields"),
        &FieldPins::default(),
    )
}

/// Every issue the simulator holds, as tickets keyed by issue key.
async fn tickets(client: &JiraClient, sim: &SimHandle) -> BTreeMap<String, Ticket> {
    let fields = discovered_fields(client).await;
    let wanted = ticket_fields(&fields);
    let issues = client
        .search_all(&all_issues(sim), &wanted, None)
        .await
        .expect("search");
    issues
        .iter()
        .map(|i| {
            let t = ticket_from_issue(i, &fields).expect("normalises");
            (t.key.clone(), t)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Discovery

#[tokio::test]
async fn cloud_discovers_story_points_and_story_point_estimate() {
    let sim = sim(SimConfig {
        projects: 4,
        issues: 300,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let want = sim.fields();
    let map = discovered_fields(&client).await;
    let estimate = want
        .story_point_estimate
        .clone()
        .expect("Cloud has the estimate field");
    assert!(map.story_points.contains(&want.story_points), "{map:?}");
    assert!(map.story_points.contains(&estimate), "{map:?}");
    assert_eq!(map.sprint.as_deref(), Some(want.sprint.as_str()));
    assert_eq!(map.epic_link.as_deref(), Some(want.epic_link.as_str()));
    assert_eq!(map.team, want.team);
}

#[tokio::test]
async fn each_story_point_variant_reaches_the_tickets() {
    let sim = sim(SimConfig {
        projects: 4,
        issues: 300,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let got = tickets(&client, &sim).await;
    let mut variants_seen = BTreeSet::new();
    for issue in sim.issues() {
        let t = &got[&issue.key];
        assert_eq!(t.story_points, issue.story_points, "{}", issue.key);
        if issue.story_points.is_some() {
            variants_seen.insert(issue.story_points_field.clone());
        }
    }
    let fields = sim.fields();
    let expected: BTreeSet<String> = [Some(fields.story_points), fields.story_point_estimate]
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(
        variants_seen, expected,
        "both variants hold points in the seeded data"
    );
}

#[tokio::test]
async fn data_center_discovers_story_points_and_reads_them() {
    let sim = sim(SimConfig {
        flavor: Flavor::DataCenter,
        issues: 150,
        ..SimConfig::default()
    })
    .await;
    let client = dc_client(&sim);
    let map = discovered_fields(&client).await;
    assert_eq!(map.story_points.first(), Some(&sim.fields().story_points));
    let got = tickets(&client, &sim).await;
    for issue in sim.issues() {
        assert_eq!(
            got[&issue.key].story_points, issue.story_points,
            "{}",
            issue.key
        );
    }
}

#[tokio::test]
async fn tickets_match_the_simulator_data_on_both_deployments() {
    for flavor in [Flavor::Cloud, Flavor::DataCenter] {
        let sim = sim(SimConfig {
            flavor,
            issues: 300,
            ..SimConfig::default()
        })
        .await;
        let client = match flavor {
            Flavor::Cloud => cloud_client(&sim),
            Flavor::DataCenter => dc_client(&sim),
        };
        let got = tickets(&client, &sim).await;
        let want = sim.issues();
        assert_eq!(got.len(), want.len(), "{flavor:?}");
        for i in want {
            let t = &got[&i.key];
            let ctx = format!("{flavor:?} {}", i.key);
            assert_eq!(t.id, i.id.to_string(), "{ctx}");
            assert_eq!(t.project_key, i.project_key, "{ctx}");
            assert_eq!(t.summary, i.summary, "{ctx}");
            assert_eq!(t.issue_type, i.issue_type, "{ctx}");
            assert_eq!(t.is_subtask, i.subtask, "{ctx}");
            assert_eq!(t.status, i.status, "{ctx}");
            assert_eq!(t.status_category.key(), i.status_category, "{ctx}");
            let user_id = |u: &jira_sim::SimUserRef| match flavor {
                Flavor::Cloud => u.account_id.clone(),
                Flavor::DataCenter => u.name.clone(),
            };
            assert_eq!(
                t.assignee.as_ref().map(|p| p.account_id.clone()),
                i.assignee.as_ref().map(user_id),
                "{ctx}"
            );
            assert_eq!(
                t.reporter.as_ref().map(|p| p.account_id.clone()),
                i.reporter.as_ref().map(user_id),
                "{ctx}"
            );
            if let (Some(p), Some(u)) = (&t.assignee, &i.assignee) {
                assert_eq!(p.display_name, u.display_name, "{ctx}");
                assert_eq!(p.email, u.email, "{ctx}: a hidden email stays hidden");
                assert_eq!(p.active, u.active, "{ctx}");
            }
            assert_eq!(t.created, i.created, "{ctx}");
            assert_eq!(t.updated, i.updated, "{ctx}");
            assert_eq!(t.resolved, i.resolution_date, "{ctx}");
            assert_eq!(t.due, i.due_date, "{ctx}");
            assert_eq!(t.labels, i.labels, "{ctx}");
            assert_eq!(
                t.sprints.iter().map(|s| s.id).collect::<Vec<_>>(),
                i.sprint_ids,
                "{ctx}"
            );
            assert_eq!(t.parent_key, i.parent_key, "{ctx}");
            assert_eq!(t.priority, i.priority, "{ctx}");
        }
    }
}

#[tokio::test]
async fn board_configuration_names_the_estimation_field() {
    let sim = sim(SimConfig::default()).await;
    let client = cloud_client(&sim);
    for board in sim.boards() {
        let config = client
            .board_configuration(board.id)
            .await
            .expect("configuration");
        assert_eq!(
            board_estimation_field(&config),
            board.estimation_field,
            "board {}",
            board.id
        );
    }
}

#[tokio::test]
async fn server_info_detects_the_deployment_anonymously() {
    for (flavor, want) in [
        (Flavor::Cloud, Deployment::Cloud),
        (Flavor::DataCenter, Deployment::DataCenter),
    ] {
        let sim = sim(SimConfig {
            flavor,
            issues: 5,
            ..SimConfig::default()
        })
        .await;
        let anonymous = JiraClient::new(ClientConfig::new(sim.url(), None)).expect("client");
        let info = anonymous
            .server_info()
            .await
            .expect("serverInfo answers anonymously");
        assert_eq!(info.deployment(), want);
    }
}

// ---------------------------------------------------------------------------------------------
// Paging

async fn assert_search_is_complete(flavor: Flavor, issues: usize) {
    let sim = sim(SimConfig {
        flavor,
        issues,
        projects: 2,
        ..SimConfig::default()
    })
    .await;
    let client = match flavor {
        Flavor::Cloud => cloud_client(&sim),
        Flavor::DataCenter => dc_client(&sim),
    };
    let mut seen = Vec::new();
    let mut pages = 0;
    let summary = client
        .search(&all_issues(&sim), &["summary", "updated"], None, |page| {
            pages += 1;
            seen.extend(page.iter().map(|i| i.key.clone()));
        })
        .await
        .expect("search");
    let want: BTreeSet<String> = sim.issues().into_iter().map(|i| i.key).collect();
    let got: BTreeSet<String> = seen.iter().cloned().collect();
    assert_eq!(
        seen.len(),
        want.len(),
        "{flavor:?} {issues}: every issue exactly once"
    );
    assert_eq!(got, want, "{flavor:?} {issues}");
    assert_eq!(summary.issues as usize, want.len());
    let expected_requests = want.len().div_ceil(100).max(1) as u32;
    assert_eq!(
        summary.pages, expected_requests,
        "{flavor:?} {issues}: one request per page"
    );
    assert_eq!(client.request_count(), u64::from(expected_requests));
    assert!(pages <= expected_requests);
}

#[tokio::test]
async fn cloud_search_pages_are_complete_at_the_edges() {
    for n in [0, 1, 100, 101] {
        assert_search_is_complete(Flavor::Cloud, n).await;
    }
}

#[tokio::test]
async fn data_center_search_pages_are_complete_at_the_edges() {
    for n in [0, 1, 100, 101] {
        assert_search_is_complete(Flavor::DataCenter, n).await;
    }
}

#[tokio::test]
async fn cloud_search_of_ten_thousand_issues_is_complete() {
    let started = Instant::now();
    let sim = sim(SimConfig {
        issues: 10_000,
        projects: 4,
        ..SimConfig::default()
    })
    .await;
    let seeded = started.elapsed();
    let client = cloud_client(&sim);
    let fields = discovered_fields(&client).await;
    let wanted = ticket_fields(&fields);
    let before = client.request_count();
    let started = Instant::now();
    let mut keys = BTreeSet::new();
    let mut duplicates = 0;
    client
        .search(&all_issues(&sim), &wanted, None, |page| {
            for i in page {
                let t = ticket_from_issue(i, &fields).expect("normalises");
                if !keys.insert(t.key) {
                    duplicates += 1;
                }
            }
        })
        .await
        .expect("search");
    let requests = client.request_count() - before;
    eprintln!(
        "10,000 issues: seeded in {seeded:?}; searched in {:?} with {requests} requests",
        started.elapsed()
    );
    assert_eq!(duplicates, 0);
    assert_eq!(keys.len(), 10_000);
    assert_eq!(requests, 100, "ceil(10000 / 100) search requests");

    // The key-only listing uses the large pages.
    let before = client.request_count();
    let stamps = client
        .search_keys(&all_issues(&sim))
        .await
        .expect("listing");
    assert_eq!(stamps.len(), 10_000);
    assert_eq!(
        client.request_count() - before,
        2,
        "ceil(10000 / 5000) listing requests"
    );
}

#[tokio::test]
async fn data_center_key_listing_is_complete() {
    let sim = sim(SimConfig {
        flavor: Flavor::DataCenter,
        issues: 2_500,
        ..SimConfig::default()
    })
    .await;
    let client = dc_client(&sim);
    let stamps = client
        .search_keys(&all_issues(&sim))
        .await
        .expect("listing");
    let got: BTreeSet<String> = stamps.into_iter().map(|s| s.key).collect();
    let want: BTreeSet<String> = sim.issues().into_iter().map(|i| i.key).collect();
    assert_eq!(got, want);
}

#[tokio::test]
async fn a_query_that_matches_nothing_sends_no_request() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let empty: [&str; 0] = [];
    let jql = Jql::new().project_in(&project_keys(&sim)).labels_in(&empty);
    let found = client
        .search_all(&jql, &["summary"], None)
        .await
        .expect("search");
    assert!(found.is_empty());
    assert_eq!(client.request_count(), 0);
}

// ---------------------------------------------------------------------------------------------
// Retries, rate limits and errors

#[tokio::test]
async fn a_wait_listener_is_told_of_jiras_waits_instead_of_the_log() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = recording_client(&sim);
    let heard: Arc<Mutex<Vec<(Duration, String)>>> = Arc::default();
    let ear = Arc::clone(&heard);
    client.on_wait(Arc::new(move |wait, reason| {
        ear.lock().expect("lock").push((wait, reason.to_string()));
        true
    }));
    sim.set_faults(Faults {
        script: vec![ScriptedFault::Status { status: 429 }],
        ..Faults::default()
    });
    client.myself().await.expect("succeeds after the wait");
    let heard = heard.lock().expect("lock").clone();
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert_eq!(heard[0].0, Duration::from_secs(1));
    assert!(heard[0].1.contains("429"), "{heard:?}");
}

#[tokio::test]
async fn rate_limited_request_waits_for_retry_after_then_succeeds() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = recording_client(&sim);
    sim.set_faults(Faults {
        script: vec![ScriptedFault::Status { status: 429 }],
        ..Faults::default()
    });
    client.myself().await.expect("succeeds after the wait");
    assert_eq!(
        client.waits(),
        [Duration::from_secs(1)],
        "Retry-After: 1 was honoured, and nothing else waited"
    );
    assert_eq!(client.request_count(), 2);
}

#[tokio::test]
async fn a_longer_wait_than_allowed_is_an_immediate_clear_error() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let auth = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from(sim.api_token().to_string()),
    };
    // The simulator asks for 1 s; this client will not wait more than 100 ms.
    let retry = RetryPolicy {
        max_server_wait: Duration::from_millis(100),
        ..fast_retry()
    };
    let client = JiraClient::new(
        ClientConfig::new(sim.url(), Some(auth))
            .retry(retry)
            .waits(Waits::Recorded),
    )
    .expect("client");
    sim.set_faults(Faults {
        script: vec![ScriptedFault::Status { status: 429 }],
        ..Faults::default()
    });
    let err = client.myself().await.expect_err("gives up");
    assert!(client.waits().is_empty(), "did not sit through the wait");
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    assert!(
        err.message().contains("429") && err.message().contains("asks to wait 1 s"),
        "{}",
        err.message()
    );
    assert_eq!(client.request_count(), 1);
}

#[tokio::test]
async fn rate_limiter_429s_are_absorbed_by_waiting() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    sim.set_rate_limit(Some(RateLimit::per_second(4)));
    // Real waits: the simulator's budget refills on the real clock.
    let client = cloud_client(&sim);
    for _ in 0..8 {
        client
            .myself()
            .await
            .expect("every call eventually succeeds");
    }
    let stats = sim.stats();
    assert!(
        stats.rate_limited >= 1,
        "the limiter answered 429: {stats:?}"
    );
    let waits = client.waits();
    assert!(
        waits.len() as u64 >= stats.rate_limited,
        "each 429 was answered by a wait: {waits:?}, {stats:?}"
    );
    assert_eq!(client.request_count(), 8 + stats.rate_limited);
}

#[tokio::test]
async fn near_limit_warning_slows_the_client_before_it_hits_429() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    sim.set_rate_limit(Some(RateLimit::per_second(5)));
    let auth = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from(sim.api_token().to_string()),
    };
    let retry = RetryPolicy {
        near_limit_pause: Duration::from_millis(400),
        ..fast_retry()
    };
    // Real waits: the simulator's budget refills on the real clock.
    let client =
        JiraClient::new(ClientConfig::new(sim.url(), Some(auth)).retry(retry)).expect("client");
    for _ in 0..7 {
        client.myself().await.expect("ok");
    }
    let waits = client.waits();
    assert!(
        !waits.is_empty() && waits.iter().all(|w| *w <= Duration::from_millis(400)),
        "paused (at most the near-limit pause) after the warning: {waits:?}"
    );
    assert_eq!(
        sim.stats().rate_limited,
        0,
        "the pause kept the client under the limit"
    );
}

#[tokio::test]
async fn a_burst_of_503s_is_retried_until_success() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = recording_client(&sim);
    let status = |status| ScriptedFault::Status { status };
    sim.set_faults(Faults {
        script: vec![status(503), status(502), status(503)],
        ..Faults::default()
    });
    let me = client
        .myself()
        .await
        .expect("succeeds on the fourth attempt");
    // The 503s say Retry-After: 1 and the client listens; the 502 has none: a short back-off.
    let waits = client.waits();
    assert_eq!(waits.len(), 3, "{waits:?}");
    assert_eq!(waits[0], Duration::from_secs(1), "{waits:?}");
    assert_eq!(waits[2], Duration::from_secs(1), "{waits:?}");
    assert_eq!(me.account_id.as_deref(), Some(sim.account_id()));
    assert_eq!(client.request_count(), 4);
}

#[tokio::test]
async fn connection_resets_and_truncated_bodies_are_retried() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    sim.set_faults(Faults {
        script: vec![ScriptedFault::Reset, ScriptedFault::Truncate],
        ..Faults::default()
    });
    client
        .myself()
        .await
        .expect("succeeds on the third attempt");
    assert_eq!(client.request_count(), 3);
}

#[tokio::test]
async fn persistent_500_is_an_unavailable_error_naming_the_url() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    sim.set_faults(Faults {
        script: vec![ScriptedFault::Status { status: 500 }; 10],
        ..Faults::default()
    });
    let err = client.myself().await.expect_err("never succeeds");
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    let url = format!("{}/rest/api/3/myself", sim.url());
    assert!(err.message().contains(&url), "{}", err.message());
    assert!(err.message().contains("500"), "{}", err.message());
    assert_eq!(client.request_count(), 4, "capped at max_attempts");
}

#[tokio::test]
async fn html_instead_of_json_is_a_clear_error() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    sim.set_faults(Faults {
        script: vec![ScriptedFault::Html],
        ..Faults::default()
    });
    let err = client
        .projects()
        .await
        .expect_err("a login page is not a project list");
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    assert!(
        err.message()
            .starts_with("Jira returned HTML instead of JSON for GET "),
        "{}",
        err.message()
    );
    assert!(
        err.message().contains("/rest/api/3/project/search"),
        "{}",
        err.message()
    );
    assert!(err.message().contains("(status 200)"), "{}", err.message());
    assert_eq!(client.request_count(), 1, "a login page is not retried");
}

#[tokio::test]
async fn wrong_token_is_an_auth_error() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let auth = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from("wrong-token"),
    };
    let client = JiraClient::new(ClientConfig::new(sim.url(), Some(auth)).retry(fast_retry()))
        .expect("client");
    let err = client.myself().await.expect_err("rejected");
    assert_eq!(err.kind(), ErrorKind::Auth);
    assert!(
        err.message()
            .starts_with("Jira rejected the credentials (401)"),
        "{}",
        err.message()
    );
    assert_eq!(client.request_count(), 1, "a 401 is never retried");
}

#[tokio::test]
async fn data_center_rejects_a_wrong_personal_access_token() {
    let sim = sim(SimConfig {
        flavor: Flavor::DataCenter,
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let auth = JiraAuth::Bearer(SecretString::from("not-a-pat"));
    let config = ClientConfig::new(sim.url(), Some(auth)).deployment(Deployment::DataCenter);
    let err = JiraClient::new(config)
        .expect("client")
        .myself()
        .await
        .expect_err("rejected");
    assert_eq!(err.kind(), ErrorKind::Auth);
}

#[tokio::test]
async fn missing_issue_is_not_found_and_bad_jql_is_a_usage_error() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let err = client
        .issue("NOPE-999999", &["summary"], None)
        .await
        .expect_err("missing");
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let bad = Jql::new().and_raw("nosuchfield = 1");
    let err = client
        .search_all(&bad, &["summary"], None)
        .await
        .expect_err("bad jql");
    assert_eq!(err.kind(), ErrorKind::Usage);
    assert!(
        err.message().contains("nosuchfield"),
        "Jira's words are kept: {}",
        err.message()
    );
    assert_eq!(client.request_count(), 2, "4xx are never retried");
}

#[tokio::test]
async fn unreachable_host_is_unavailable() {
    // Bind and drop a listener so the port is (almost certainly) closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let client = JiraClient::new(
        ClientConfig::new(format!("http://127.0.0.1:{port}"), None).retry(fast_retry()),
    )
    .expect("client");
    let err = client.server_info().await.expect_err("nothing listens");
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    assert!(
        err.message().contains("could not connect"),
        "{}",
        err.message()
    );
    assert_eq!(
        client.request_count(),
        1,
        "a refused connection is a wrong URL, not retried"
    );
    assert!(
        err.message().contains(&format!("127.0.0.1:{port}")),
        "{}",
        err.message()
    );
}

#[tokio::test]
async fn concurrency_is_bounded_across_clones() {
    let sim = sim(SimConfig {
        issues: 5,
        ..SimConfig::default()
    })
    .await;
    sim.set_faults(Faults {
        latency_ms: 100,
        ..Faults::default()
    });
    let auth = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from(sim.api_token().to_string()),
    };
    let handle = &sim;
    let run = |limit: usize| {
        let client = JiraClient::new(
            ClientConfig::new(sim.url(), Some(auth.clone())).max_concurrency(limit),
        )
        .expect("client");
        async move {
            handle.reset_stats();
            let mut calls = tokio::task::JoinSet::new();
            for _ in 0..4 {
                let c = client.clone();
                calls.spawn(async move { c.myself().await.map(|_| ()) });
            }
            while let Some(done) = calls.join_next().await {
                done.expect("task ran").expect("call succeeded");
            }
            handle.stats().max_in_flight
        }
    };
    // With 100 ms per request, four calls overlap unless the limit keeps them apart.
    assert_eq!(run(1).await, 1, "one at a time across clones");
    assert_eq!(run(4).await, 4, "four at a time");
}

// ---------------------------------------------------------------------------------------------
// Secrets

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn token_never_appears_in_errors_or_log_lines() {
    let logs = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(logs.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let sim = sim(SimConfig {
        issues: 20,
        ..SimConfig::default()
    })
    .await;
    let good = sim.api_token().to_string();
    let wrong = "wrong-Token-0123456789abcdef".to_string();
    let mut messages = Vec::new();
    let mut check = |e: jirahub::Error| {
        messages.push(format!("{e} | {:?} | {:?} | {:?}", e.hint(), e.causes(), e));
    };

    // Rejected credentials.
    let rejected = JiraAuth::Basic {
        email: sim.email().to_string(),
        token: SecretString::from(wrong.clone()),
    };
    let client =
        JiraClient::new(ClientConfig::new(sim.url(), Some(rejected.clone())).retry(fast_retry()))
            .expect("client");
    check(client.myself().await.expect_err("401"));
    let debug_output = format!("{client:?} {rejected:?}");

    // Retries and failures with good credentials.
    let client = cloud_client(&sim);
    let status = |status| ScriptedFault::Status { status };
    sim.set_faults(Faults {
        script: vec![status(503), ScriptedFault::Reset, ScriptedFault::Truncate],
        ..Faults::default()
    });
    client.myself().await.expect("recovers after three faults");
    sim.set_faults(Faults {
        script: vec![status(500); 4],
        ..Faults::default()
    });
    check(client.myself().await.expect_err("persistent 500"));
    sim.set_faults(Faults {
        script: vec![ScriptedFault::Html],
        ..Faults::default()
    });
    check(client.myself().await.expect_err("html"));
    check(
        client
            .issue("NOPE-1", &["summary"], None)
            .await
            .expect_err("404"),
    );
    let bad = Jql::new().and_raw("nosuchfield = 1");
    check(
        client
            .search_all(&bad, &["summary"], None)
            .await
            .expect_err("400"),
    );
    client
        .search_all(&all_issues(&sim), &["summary"], None)
        .await
        .expect("search");

    messages.push(debug_output);
    let logs = String::from_utf8(logs.0.lock().expect("log buffer").clone()).expect("utf-8 logs");
    assert!(
        logs.contains("retrying Jira request"),
        "retries are logged:\n{logs}"
    );
    let encode = |t: &str| {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{t}", sim.email()))
    };
    for secret in [good.clone(), wrong.clone(), encode(&good), encode(&wrong)] {
        assert!(!logs.contains(&secret), "a secret leaked into the logs");
        for m in &messages {
            assert!(!m.contains(&secret), "a secret leaked into an error: {m}");
        }
    }
    assert!(
        !logs.to_ascii_lowercase().contains("authorization: basic"),
        "no auth header is logged"
    );
}

// ---------------------------------------------------------------------------------------------
// JQL escaping

#[tokio::test]
async fn hostile_labels_round_trip_through_the_jql_builder() {
    let sim = sim(SimConfig {
        issues: 600,
        projects: 3,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let issues = sim.issues();
    let labels: BTreeSet<String> = issues
        .iter()
        .flat_map(|i| i.labels.iter().cloned())
        .collect();
    let hostile = [
        "\"quoted\"",
        "it's",
        "a=b",
        "back\\slash",
        "AND",
        "order",
        "x,y",
        "🔥hot",
        "日本語",
    ];
    for h in hostile {
        assert!(
            labels.contains(h),
            "the seeded data holds the hostile label {h:?}"
        );
    }
    let projects = project_keys(&sim);
    for label in &labels {
        let jql = Jql::new()
            .project_in(&projects)
            .labels_in(&[label])
            .order_by("key", SortOrder::Asc);
        let found: BTreeSet<String> = client
            .search_all(&jql, &["labels"], None)
            .await
            .unwrap_or_else(|e| panic!("label {label:?}: {e}"))
            .into_iter()
            .map(|i| i.key)
            .collect();
        let want: BTreeSet<String> = issues
            .iter()
            .filter(|i| i.labels.contains(label))
            .map(|i| i.key.clone())
            .collect();
        assert_eq!(found, want, "label {label:?}");
    }
}

#[tokio::test]
async fn status_category_and_assignee_filters_match_the_data() {
    use jirahub::model::StatusCategory;
    for flavor in [Flavor::Cloud, Flavor::DataCenter] {
        let sim = sim(SimConfig {
            flavor,
            issues: 300,
            ..SimConfig::default()
        })
        .await;
        let client = match flavor {
            Flavor::Cloud => cloud_client(&sim),
            Flavor::DataCenter => dc_client(&sim),
        };
        let issues = sim.issues();
        let projects = project_keys(&sim);
        let keys = |found: Vec<jirahub::jira::Issue>| -> BTreeSet<String> {
            found.into_iter().map(|i| i.key).collect()
        };

        let open = Jql::new()
            .project_in(&projects)
            .status_category_not(&[StatusCategory::Done]);
        let found = keys(
            client
                .search_all(&open, &["status"], None)
                .await
                .expect("search"),
        );
        let want: BTreeSet<String> = issues
            .iter()
            .filter(|i| i.status_category != "done")
            .map(|i| i.key.clone())
            .collect();
        assert_eq!(found, want, "{flavor:?}");

        // Cloud filters by account id, Data Center by user name: what Person::account_id holds.
        let someone = issues
            .iter()
            .find_map(|i| i.assignee.clone())
            .expect("someone is assigned");
        let id = match flavor {
            Flavor::Cloud => someone.account_id.clone(),
            Flavor::DataCenter => someone.name.clone(),
        };
        let mine = Jql::new().project_in(&projects).assignee_in(&[&id]);
        let found = keys(
            client
                .search_all(&mine, &["assignee"], None)
                .await
                .expect("search"),
        );
        let want: BTreeSet<String> = issues
            .iter()
            .filter(|i| {
                i.assignee
                    .as_ref()
                    .is_some_and(|a| a.account_id == someone.account_id)
            })
            .map(|i| i.key.clone())
            .collect();
        assert_eq!(found, want, "{flavor:?}");
    }
}

#[tokio::test]
async fn updated_since_finds_a_fresh_change() {
    let sim = sim(SimConfig {
        issues: 100,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let target = sim.issues()[7].key.clone();
    let before = sim.now();
    sim.mutate(jira_sim::Mutation::Update {
        key: target.clone(),
        fields: jira_sim::IssueUpdate {
            summary: Some("changed".into()),
            ..Default::default()
        },
    })
    .expect("mutation applies");
    let jql = Jql::new()
        .project_in(&project_keys(&sim))
        .updated_since(before, None);
    let found: Vec<String> = client
        .search_all(&jql, &["summary"], None)
        .await
        .expect("search")
        .into_iter()
        .map(|i| i.key)
        .collect();
    assert!(found.contains(&target), "{found:?}");
}

// ---------------------------------------------------------------------------------------------
// Resources

#[tokio::test]
async fn projects_boards_sprints_and_board_issues_match_the_data() {
    let sim = sim(SimConfig {
        issues: 250,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let projects: BTreeSet<String> = client
        .projects()
        .await
        .expect("projects")
        .into_iter()
        .map(|p| p.key)
        .collect();
    assert_eq!(projects, project_keys(&sim).into_iter().collect());

    let first = sim.projects()[0].clone();
    assert_eq!(
        client.project(&first.key).await.expect("project").key,
        first.key
    );
    let err = client.project("NOSUCH").await.expect_err("missing project");
    assert_eq!(err.kind(), ErrorKind::NotFound);

    let boards: BTreeSet<u64> = client
        .boards(Some(&first.key))
        .await
        .expect("boards")
        .into_iter()
        .map(|b| b.id)
        .collect();
    assert_eq!(boards, first.board_ids.iter().copied().collect());

    for board in sim.boards() {
        let sprints = client.board_sprints(board.id, &[]).await.expect("sprints");
        let want: BTreeSet<u64> = sim
            .sprints()
            .iter()
            .filter(|s| s.board_id == board.id)
            .map(|s| s.id)
            .collect();
        assert_eq!(
            sprints.iter().map(|s| s.id).collect::<BTreeSet<_>>(),
            want,
            "board {}",
            board.id
        );
        let active = client
            .board_sprints(board.id, &[SprintState::Active])
            .await
            .expect("sprints");
        assert!(active.iter().all(|s| s.state == SprintState::Active));

        let mut keys = BTreeSet::new();
        client
            .board_issues(board.id, None, &["summary"], |page| {
                keys.extend(page.iter().map(|i| i.key.clone()))
            })
            .await
            .expect("board issues");
        let want: BTreeSet<String> = sim
            .issues()
            .into_iter()
            .filter(|i| i.board_ids.contains(&board.id))
            .map(|i| i.key)
            .collect();
        assert_eq!(keys, want, "board {}", board.id);
    }
}

#[tokio::test]
async fn worklogs_comments_and_changelog_are_fully_paged() {
    for flavor in [Flavor::Cloud, Flavor::DataCenter] {
        let sim = sim(SimConfig {
            flavor,
            issues: 60,
            ..SimConfig::default()
        })
        .await;
        let client = match flavor {
            Flavor::Cloud => cloud_client(&sim),
            Flavor::DataCenter => dc_client(&sim),
        };
        let busiest = sim
            .issues()
            .into_iter()
            .max_by_key(|i| i.comment_count + i.worklog_count + i.changelog.len())
            .expect("issues exist");
        let comments = client.comments(&busiest.key).await.expect("comments");
        assert_eq!(comments.len(), busiest.comment_count, "{flavor:?}");
        let worklogs = client.worklogs(&busiest.key).await.expect("worklogs");
        assert_eq!(worklogs.len(), busiest.worklog_count, "{flavor:?}");
        assert_eq!(
            worklogs.iter().map(|w| w.time_spent_seconds).sum::<u64>(),
            busiest.time_spent_seconds
        );
        let history = client.changelog(&busiest.key).await.expect("changelog");
        let items: usize = history.iter().map(|h| h.items.len()).sum();
        assert_eq!(items, busiest.changelog.len(), "{flavor:?}");
    }
}

#[tokio::test]
async fn myself_and_assignable_users_match_the_data() {
    let sim = sim(SimConfig {
        issues: 50,
        ..SimConfig::default()
    })
    .await;
    let client = cloud_client(&sim);
    let me = client.myself().await.expect("myself");
    assert_eq!(me.account_id.as_deref(), Some(sim.account_id()));
    let projects = project_keys(&sim);
    let users = client.users_assignable(&projects).await.expect("users");
    let got: BTreeSet<String> = users.iter().filter_map(|u| u.account_id.clone()).collect();
    assert!(!got.is_empty());
    let known: BTreeSet<String> = sim.users().into_iter().map(|u| u.account_id).collect();
    assert!(got.is_subset(&known), "{got:?}");
}
