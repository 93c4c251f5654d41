//! Paging completeness: every issue exactly once, at the edges (0, 1, a page, a page + 1),
//! at scale (10,000), and while issues are created, updated, moved and deleted between pages.

mod common;

use std::collections::{HashMap, HashSet};

use common::{Client, all_projects_jql, config, search_all, start};
use jira_sim::{Flavor, IssueUpdate, Mutation, NewIssue, SimConfig};
use serde_json::Value;

fn ids(issues: &[Value]) -> Vec<u64> {
    issues
        .iter()
        .map(|i| {
            i["id"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .expect("string id")
        })
        .collect()
}

fn assert_exactly_once(got: &[u64], want: &HashSet<u64>) {
    let mut seen = HashSet::new();
    for id in got {
        assert!(seen.insert(*id), "issue {id} returned twice");
    }
    let missing: Vec<_> = want.difference(&seen).collect();
    let extra: Vec<_> = seen.difference(want).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, unexpected {extra:?}"
    );
}

async fn check_complete(n: usize, page: usize) {
    let sim = start(config(n)).await;
    let client = Client::admin(&sim);
    let jql = format!("{} ORDER BY key ASC", all_projects_jql(&sim));
    let got = search_all(&client, "/rest/api/3/search/jql", &jql, page, "key").await;
    let want: HashSet<u64> = sim.issues().iter().map(|i| i.id).collect();
    assert_eq!(want.len(), n);
    assert_exactly_once(&ids(&got), &want);
    // ORDER BY key is honoured across pages.
    let keys: Vec<(String, u64)> = got
        .iter()
        .map(|i| {
            let k = i["key"].as_str().expect("key");
            let (p, num) = k.rsplit_once('-').expect("dash");
            (p.to_string(), num.parse().expect("number"))
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "ordered by key");
}

#[tokio::test]
async fn no_issues_is_one_empty_last_page() {
    check_complete(0, 50).await;
}

#[tokio::test]
async fn one_issue() {
    check_complete(1, 50).await;
}

#[tokio::test]
async fn exactly_one_page() {
    check_complete(50, 50).await;
}

#[tokio::test]
async fn one_page_plus_one() {
    check_complete(51, 50).await;
}

#[tokio::test]
async fn ten_thousand_issues_in_pages_of_100_with_fields() {
    check_complete(10_000, 100).await;
}

#[tokio::test]
async fn ten_thousand_issues_in_large_id_only_pages() {
    let sim = start(config(10_000)).await;
    let client = Client::admin(&sim);
    let jql = all_projects_jql(&sim);
    let got = search_all(&client, "/rest/api/2/search/jql", &jql, 5000, "").await;
    let want: HashSet<u64> = sim.issues().iter().map(|i| i.id).collect();
    assert_exactly_once(&ids(&got), &want);
    assert_eq!(sim.stats().count("GET", "/rest/api/2/search/jql"), 2);
}

#[tokio::test]
async fn paging_survives_creates_updates_moves_and_deletes_between_pages() {
    let sim = start(config(600)).await;
    let client = Client::admin(&sim);
    // ORDER BY updated: updating an issue moves it, the hardest case for cursors.
    let jql = format!("{} ORDER BY updated ASC", all_projects_jql(&sim));
    let initial: Vec<u64> = sim.issues().iter().map(|i| i.id).collect();
    let key_of: HashMap<u64, String> = sim.issues().into_iter().map(|i| (i.id, i.key)).collect();

    let mut seen: Vec<u64> = Vec::new();
    let mut deleted_unseen: HashSet<u64> = HashSet::new();
    let mut created: HashSet<u64> = HashSet::new();
    let mut token: Option<String> = None;
    let mut round = 0usize;
    loop {
        let mut q: Vec<(&str, &str)> =
            vec![("jql", &jql), ("maxResults", "40"), ("fields", "updated")];
        if let Some(t) = &token {
            q.push(("nextPageToken", t));
        }
        let page = client.json_query("/rest/api/3/search/jql", &q).await;
        common::check_page_signals(&page);
        seen.extend(ids(page["issues"].as_array().expect("issues")));

        // Mutate issues not yet returned, and some already returned.
        let seen_set: HashSet<u64> = seen.iter().copied().collect();
        let unseen: Vec<u64> = initial
            .iter()
            .copied()
            .filter(|id| !seen_set.contains(id) && !deleted_unseen.contains(id))
            .collect();
        if unseen.len() > 4 {
            let touch = unseen[round % unseen.len()];
            let key = sim.issue(&touch.to_string()).expect("live").key;
            let fields = IssueUpdate {
                summary: Some(format!("touched in round {round}")),
                ..IssueUpdate::default()
            };
            sim.mutate(Mutation::Update { key, fields })
                .expect("update");
            let gone = unseen[unseen.len() / 2];
            if gone != touch {
                let key = sim.issue(&gone.to_string()).expect("live").key;
                sim.mutate(Mutation::Delete { key }).expect("delete");
                // Deleting a parent also deletes its sub-tasks.
                for id in &initial {
                    if sim.issue(&id.to_string()).is_none() && !seen_set.contains(id) {
                        deleted_unseen.insert(*id);
                    }
                }
            }
            let mover = unseen[unseen.len() - 1];
            if mover != touch && mover != gone && sim.issue(&mover.to_string()).is_some() {
                let project = if key_of[&mover].starts_with("WEB-") {
                    "MOB"
                } else {
                    "WEB"
                };
                let key = sim.issue(&mover.to_string()).expect("live").key;
                sim.mutate(Mutation::Move {
                    key,
                    project: project.into(),
                })
                .expect("move");
            }
        }
        if let Some(done) = seen.first()
            && let Some(i) = sim.issue(&done.to_string())
        {
            let _ = sim.mutate(Mutation::Transition {
                key: i.key,
                status: "In Progress".into(),
            });
        }
        let new = sim
            .mutate(Mutation::Create(NewIssue {
                project: "PLAT".into(),
                summary: format!("created in round {round}"),
                ..NewIssue::default()
            }))
            .expect("create");
        created.insert(new.id);

        round += 1;
        match page.get("nextPageToken").and_then(Value::as_str) {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
        assert!(round < 1000, "paging never ended");
    }
    // The last create happened after the last page, so it cannot have been seen.
    let mut want: HashSet<u64> = initial
        .iter()
        .copied()
        .filter(|id| !deleted_unseen.contains(id))
        .collect();
    let last_created = created.iter().max().copied().expect("created some");
    want.extend(created.iter().copied().filter(|id| *id != last_created));
    assert_exactly_once(&seen, &want);
    assert!(round > 10, "many pages with mutations in between ({round})");
}

#[tokio::test]
async fn data_center_start_at_paging_is_complete() {
    let sim = start(SimConfig {
        flavor: Flavor::DataCenter,
        ..config(1234)
    })
    .await;
    let client = Client::admin(&sim);
    let mut got = Vec::new();
    let mut start_at = 0usize;
    loop {
        let s = start_at.to_string();
        let page = client
            .json_query(
                "/rest/api/2/search",
                &[
                    ("jql", "ORDER BY key"),
                    ("startAt", &s),
                    ("maxResults", "200"),
                    ("fields", "key"),
                ],
            )
            .await;
        let issues = page["issues"].as_array().expect("issues").clone();
        let total = page["total"].as_u64().expect("total") as usize;
        start_at += issues.len();
        got.extend(issues);
        if start_at >= total {
            break;
        }
    }
    let want: HashSet<u64> = sim.issues().iter().map(|i| i.id).collect();
    assert_exactly_once(&ids(&got), &want);
}

#[tokio::test]
async fn tokens_from_another_query_are_rejected() {
    let sim = start(config(120)).await;
    let client = Client::admin(&sim);
    let page = client
        .json_query(
            "/rest/api/3/search/jql",
            &[("jql", "project = PLAT"), ("maxResults", "5")],
        )
        .await;
    let token = page["nextPageToken"].as_str().expect("more pages");
    let r = client
        .get_query(
            "/rest/api/3/search/jql",
            &[("jql", "project = WEB"), ("nextPageToken", token)],
        )
        .await;
    assert_eq!(r.status, reqwest::StatusCode::BAD_REQUEST);
    let r = client
        .get_query(
            "/rest/api/3/search/jql",
            &[("jql", "project = PLAT"), ("nextPageToken", "garbage")],
        )
        .await;
    assert_eq!(r.status, reqwest::StatusCode::BAD_REQUEST);
}
