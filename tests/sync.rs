//! The sync engine against the in-process simulator: first sync, incremental sync (updates, new,
//! deleted and moved issues), `--full`, aborted and concurrent syncs, board scoping, persistent
//! server errors, Data Center, and the Redis backend.
//!
//! Redis comes from `JIRAHUB_TEST_REDIS_URL` (default `redis://127.0.0.1:6379/`), with a random
//! namespace per run.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use jira_sim::{
    Faults, Flavor, IssueUpdate, Mutation, NewIssue, Sim, SimConfig, SimHandle, SimIssue,
};
use jirahub::ErrorKind;
use jirahub::cache::{Cache, CacheBackend, Namespace};
use jirahub::jira::{ClientConfig, Deployment, JiraAuth, JiraClient, RetryPolicy};
use jirahub::model::Ticket;
use jirahub::sync::{
    Dataset, ProjectScope, SyncMode, SyncOptions, SyncReport, SyncScope, is_stale, load, sync,
};
use secrecy::SecretString;

/// Retries without real waiting; a server's Retry-After is capped to a few milliseconds.
fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(2),
        max_delay: Duration::from_millis(10),
        max_server_wait: Duration::from_millis(10),
        near_limit_pause: Duration::from_millis(1),
    }
}

async fn start(config: SimConfig) -> SimHandle {
    Sim::start(config).await.expect("the simulator starts")
}

fn client(sim: &SimHandle) -> JiraClient {
    let config = match sim.flavor() {
        Flavor::Cloud => ClientConfig::new(
            sim.url(),
            Some(JiraAuth::Basic {
                email: sim.email().to_string(),
                token: SecretString::from(sim.api_token().to_string()),
            }),
        ),
        Flavor::DataCenter => ClientConfig::new(
            sim.url(),
            Some(JiraAuth::Bearer(SecretString::from(sim.pat().to_string()))),
        )
        .deployment(Deployment::DataCenter),
    };
    JiraClient::new(config.retry(fast_retry())).expect("client")
}

/// A simulator, a client, and an embedded cache in a temporary directory.
struct Env {
    sim: SimHandle,
    client: JiraClient,
    cache: Cache,
    ns: Namespace,
    dir: tempfile::TempDir,
}

async fn env(config: SimConfig) -> Env {
    let sim = start(config).await;
    let client = client(&sim);
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(None, dir.path()).await.expect("embedded cache");
    let ns = Namespace::new(&sim.url(), 1);
    Env {
        sim,
        client,
        cache,
        ns,
        dir,
    }
}

impl Env {
    fn keys(&self) -> Vec<String> {
        self.sim.projects().into_iter().map(|p| p.key).collect()
    }

    async fn sync(&self, scope: &SyncScope, opts: &SyncOptions) -> jirahub::Result<SyncReport> {
        sync(&self.client, &self.cache, &self.ns, scope, opts).await
    }

    async fn load(&self, scope: &SyncScope) -> Dataset {
        load(&self.cache, &self.ns, scope).await.expect("load")
    }

    /// The simulator's live issues of these projects, by key.
    fn expected(&self, projects: &[String]) -> BTreeMap<String, SimIssue> {
        self.sim
            .issues()
            .into_iter()
            .filter(|i| projects.contains(&i.project_key))
            .map(|i| (i.key.clone(), i))
            .collect()
    }

    /// Requests that fetch issues: searches, listings and bulk fetches.
    fn search_requests(&self) -> u64 {
        let stats = self.sim.stats();
        stats.count("GET", "/rest/api/3/search/jql")
            + stats.count("GET", "/rest/api/2/search")
            + stats.count("POST", "/rest/api/3/issue/bulkfetch")
    }
}

fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

/// The dataset holds exactly these issues, with their current summary, status, assignee, story
/// points and update time.
fn assert_matches(data: &Dataset, want: &BTreeMap<String, SimIssue>, flavor: Flavor) {
    let got: BTreeMap<&str, &Ticket> = data.tickets.iter().map(|t| (t.key.as_str(), t)).collect();
    assert_eq!(got.len(), data.tickets.len(), "no issue twice");
    let got_keys: BTreeSet<&str> = got.keys().copied().collect();
    let want_keys: BTreeSet<&str> = want.keys().map(String::as_str).collect();
    assert_eq!(got_keys, want_keys);
    for (key, issue) in want {
        let t = got[key.as_str()];
        assert_eq!(t.id, issue.id.to_string(), "{key} id");
        assert_eq!(t.project_key, issue.project_key, "{key} project");
        assert_eq!(t.summary, issue.summary, "{key} summary");
        assert_eq!(t.status, issue.status, "{key} status");
        assert_eq!(millis(t.updated), millis(issue.updated), "{key} updated");
        // Cloud knows people by account id, Data Center by user name.
        let want_assignee = issue.assignee.as_ref().map(|p| match flavor {
            Flavor::Cloud => p.account_id.as_str(),
            Flavor::DataCenter => p.name.as_str(),
        });
        assert_eq!(
            t.assignee.as_ref().map(|p| p.account_id.as_str()),
            want_assignee,
            "{key} assignee"
        );
        assert_eq!(t.story_points, issue.story_points, "{key} story points");
        assert_eq!(t.labels, issue.labels, "{key} labels");
    }
}

fn small_site(issues: usize) -> SimConfig {
    SimConfig {
        issues,
        projects: 3,
        ..SimConfig::default()
    }
}

/// An issue that is not done yet, so moving it to Done changes it.
fn open_issue(sim: &SimHandle) -> String {
    sim.issues()
        .into_iter()
        .find(|i| i.status_category != "done" && !i.subtask)
        .expect("an open issue")
        .key
}

fn report_of<'a>(report: &'a SyncReport, key: &str) -> &'a jirahub::sync::ProjectSyncReport {
    report
        .projects
        .iter()
        .find(|p| p.key == key)
        .expect("a report per project")
}

/// What a first sync asks for insights besides the tickets: the statuses once, each project's
/// changelogs (1000 issues a request), its boards, and each board's configuration and sprints.
fn insight_requests(env: &Env, selected: &[String], want: &BTreeMap<String, SimIssue>) -> u64 {
    let boards = env.sim.boards();
    // The site's worklogs (every project's): the change feed's pages, then lists of 1000.
    let worklogs = env
        .sim
        .issues()
        .iter()
        .map(|i| i.worklog_count as u64)
        .sum::<u64>();
    let worklog_requests = (worklogs / 1000 + 1) + worklogs.div_ceil(1000);
    1 + worklog_requests
        + selected
            .iter()
            .map(|k| {
                let issues = want.values().filter(|i| &i.project_key == k).count() as u64;
                let on = boards.iter().filter(|b| &b.project_key == k);
                // A configuration per board, and the sprints of each scrum board.
                let board_requests: u64 = on.map(|b| if b.kind == "kanban" { 1 } else { 2 }).sum();
                issues.div_ceil(1000) + 1 + board_requests
            })
            .sum::<u64>()
}

#[tokio::test]
async fn first_sync_gets_exactly_the_selected_projects_within_the_page_budget() {
    let env = env(small_site(1_200)).await;
    let keys = env.keys();
    let selected = keys[..2].to_vec();
    let scope = SyncScope::projects(&selected);
    let want = env.expected(&selected);

    let report = env
        .sync(&scope, &SyncOptions::default())
        .await
        .expect("sync");
    let data = env.load(&scope).await;

    assert_matches(&data, &want, env.sim.flavor());
    assert!(data.missing.is_empty());
    assert!(data.data_as_of.is_some());
    // Search pages of 100 per project, plus the field list once, plus at most one short last
    // page per project.
    let budget: u64 = selected
        .iter()
        .map(|k| {
            want.values()
                .filter(|i| &i.project_key == k)
                .count()
                .div_ceil(100) as u64
                + 1
        })
        .sum::<u64>()
        + 1
        + insight_requests(&env, &selected, &want);
    assert!(
        report.requests <= budget,
        "{} requests, budget {budget}",
        report.requests
    );
    assert_eq!(env.sim.stats().count("GET", "/rest/api/3/field"), 1);
    for p in &report.projects {
        assert_eq!(p.mode, SyncMode::Full);
        assert_eq!(p.total, p.fetched);
        assert_eq!(p.added, p.total);
    }
    assert_eq!(
        report.projects.iter().map(|p| p.total).sum::<u64>(),
        want.len() as u64
    );
}

/// About 20 changes over two projects: updates, transitions, new, deleted and moved issues.
fn twenty_changes(env: &Env, a: &str, b: &str) -> Vec<String> {
    let issues = env.sim.issues();
    let in_a: Vec<&SimIssue> = issues
        .iter()
        .filter(|i| i.project_key == a && !i.subtask)
        .collect();
    let in_b: Vec<&SimIssue> = issues
        .iter()
        .filter(|i| i.project_key == b && !i.subtask)
        .collect();
    let mut mutations = Vec::new();
    for (n, issue) in in_a.iter().take(6).chain(in_b.iter().take(4)).enumerate() {
        mutations.push(Mutation::Update {
            key: issue.key.clone(),
            fields: IssueUpdate {
                summary: Some(format!("changed {n}: \"quoted\" ✓")),
                labels: Some(vec![format!("sync-{n}")]),
                story_points: Some(Some(n as f64)),
                ..IssueUpdate::default()
            },
        });
    }
    for issue in in_a.iter().skip(6).take(2) {
        mutations.push(Mutation::Reassign {
            key: issue.key.clone(),
            assignee: None,
        });
    }
    for n in 0..3 {
        mutations.push(Mutation::Create(NewIssue {
            project: if n == 0 { b.to_string() } else { a.to_string() },
            summary: format!("brand new {n}"),
            labels: vec!["new".into()],
            ..NewIssue::default()
        }));
    }
    let mut deleted = Vec::new();
    for issue in in_a
        .iter()
        .skip(10)
        .take(2)
        .chain(in_b.iter().skip(10).take(1))
    {
        deleted.push(issue.key.clone());
        mutations.push(Mutation::Delete {
            key: issue.key.clone(),
        });
    }
    for issue in in_a.iter().skip(20).take(2) {
        mutations.push(Mutation::Move {
            key: issue.key.clone(),
            project: b.to_string(),
        });
    }
    mutations.push(Mutation::Move {
        key: in_b[20].key.clone(),
        project: a.to_string(),
    });
    env.sim.mutate_all(mutations).expect("mutations apply");
    deleted
}

#[tokio::test]
async fn incremental_sync_picks_up_updates_new_deleted_and_moved_issues() {
    let env = env(small_site(1_200)).await;
    let keys = env.keys();
    let (a, b) = (keys[0].clone(), keys[1].clone());
    let selected = vec![a.clone(), b.clone()];
    let scope = SyncScope::projects(&selected);
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("first sync");

    let deleted = twenty_changes(&env, &a, &b);
    env.sim.reset_stats();
    let report = env
        .sync(&scope, &SyncOptions::default())
        .await
        .expect("re-sync");
    let data = env.load(&scope).await;

    assert_matches(&data, &env.expected(&selected), env.sim.flavor());
    for key in &deleted {
        assert!(data.tickets.iter().all(|t| &t.key != key), "{key} deleted");
    }
    for p in &report.projects {
        assert_eq!(p.mode, SyncMode::Incremental, "{}", p.key);
        assert!(p.requests <= 3, "{}: {} requests", p.key, p.requests);
    }
    // All requests, retries and the shared field list included; then the statuses once and one
    // changelog bulk fetch per project (boards and sprints are fresh: not asked again), and the
    // site's worklog feeds once each (nothing logged since: no list).
    assert!(
        env.sim.stats().total <= 3 * 2 + 1 + 1 + 2 + 2,
        "{:?}",
        env.sim.stats().by_endpoint
    );
    let a_report = report_of(&report, &a);
    assert!(a_report.added >= 3, "2 created + 1 moved in: {a_report:?}");
    assert!(
        a_report.removed >= 4,
        "2 deleted + 2 moved out: {a_report:?}"
    );
    assert!(a_report.updated >= 8, "{a_report:?}");
}

#[tokio::test]
async fn a_resync_with_nothing_changed_keeps_the_snapshot_as_it_was() {
    let env = env(small_site(300)).await;
    let scope = SyncScope::projects(&env.keys());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("first sync");
    let before = env.load(&scope).await;
    let report = env
        .sync(&scope, &SyncOptions::default())
        .await
        .expect("re-sync");
    let after = env.load(&scope).await;
    assert_eq!(before.tickets, after.tickets);
    for p in &report.projects {
        assert_eq!((p.added, p.updated, p.removed), (0, 0, 0), "{p:?}");
    }
}

#[tokio::test]
async fn full_sync_refetches_everything() {
    let env = env(small_site(600)).await;
    let scope = SyncScope::projects(&env.keys());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("first sync");
    let full = SyncOptions {
        full: true,
        ..SyncOptions::default()
    };
    env.sim.reset_stats();
    let report = env.sync(&scope, &full).await.expect("full sync");
    assert!(report.projects.iter().all(|p| p.mode == SyncMode::Full));
    assert_eq!(
        report.projects.iter().map(|p| p.fetched).sum::<u64>(),
        600,
        "every issue fetched again"
    );
    assert!(env.search_requests() >= 6);
    assert_matches(
        &env.load(&scope).await,
        &env.expected(&env.keys()),
        env.sim.flavor(),
    );
}

#[tokio::test]
async fn an_aborted_sync_leaves_the_previous_snapshot_and_the_next_sync_repairs_it() {
    let env = env(small_site(1_500)).await;
    let scope = SyncScope::projects(&env.keys());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("first sync");
    let before = env.load(&scope).await;

    let changed = open_issue(&env.sim);
    env.sim
        .mutate(Mutation::Transition {
            key: changed.clone(),
            status: "Done".into(),
        })
        .expect("transition");
    // Slow pages, then stop the run after a few of them: as if the process were killed.
    env.sim.reset_stats();
    env.sim.set_faults(Faults {
        latency_ms: 100,
        ..Faults::default()
    });
    let full = SyncOptions {
        full: true,
        ..SyncOptions::default()
    };
    let aborted = tokio::time::timeout(Duration::from_millis(300), env.sync(&scope, &full)).await;
    assert!(aborted.is_err(), "the sync was cut off");
    assert!(
        env.search_requests() >= 2,
        "pages were fetched before the abort"
    );

    let during = env.load(&scope).await;
    assert_eq!(during.tickets, before.tickets, "previous snapshot intact");
    assert_eq!(during.data_as_of, before.data_as_of);

    env.sim.set_faults(Faults::default());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("next sync");
    let after = env.load(&scope).await;
    assert_matches(&after, &env.expected(&env.keys()), env.sim.flavor());
    let t = after
        .tickets
        .iter()
        .find(|t| t.key == changed)
        .expect("present");
    assert_eq!(t.status, "Done");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_syncs_at_once_both_finish_and_the_snapshot_is_complete() {
    let env = env(small_site(800)).await;
    let scope = SyncScope::projects(&env.keys());
    env.sim.set_faults(Faults {
        latency_ms: 5,
        ..Faults::default()
    });
    // Two runs as two processes would be: own runtime, own client, own cache handle.
    let run = |dir: std::path::PathBuf| {
        let (url, email, token) = (
            env.sim.url(),
            env.sim.email().to_string(),
            env.sim.api_token().to_string(),
        );
        let scope = scope.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let auth = JiraAuth::Basic {
                    email,
                    token: SecretString::from(token),
                };
                let client =
                    JiraClient::new(ClientConfig::new(&url, Some(auth)).retry(fast_retry()))
                        .expect("client");
                let cache = Cache::open(None, &dir).await.expect("cache");
                let ns = Namespace::new(&url, 1);
                sync(&client, &cache, &ns, &scope, &SyncOptions::default()).await
            })
        })
    };
    let first = run(env.dir.path().to_path_buf());
    let second = run(env.dir.path().to_path_buf());
    let first = first.join().expect("thread").expect("first sync");
    let second = second.join().expect("thread").expect("second sync");

    // They took turns: one built the snapshots, the other found them and only caught up.
    let modes: BTreeSet<_> = first
        .projects
        .iter()
        .chain(&second.projects)
        .map(|p| format!("{:?}", p.mode))
        .collect();
    assert_eq!(modes.len(), 2, "one full and one incremental run");
    assert_matches(
        &env.load(&scope).await,
        &env.expected(&env.keys()),
        env.sim.flavor(),
    );
}

#[tokio::test]
async fn board_scoping_yields_only_the_selected_boards_issues() {
    let env = env(small_site(900)).await;
    let projects = env.sim.projects();
    let with_board = projects
        .iter()
        .find(|p| !p.board_ids.is_empty())
        .expect("a project with a board");
    let board = with_board.board_ids[0];
    let other = projects
        .iter()
        .find(|p| p.key != with_board.key)
        .expect("another project");
    let scope = SyncScope {
        projects: vec![
            ProjectScope::with_boards(&with_board.key, &[board]),
            ProjectScope::whole(&other.key),
        ],
    };
    let on_board = |env: &Env| -> BTreeMap<String, SimIssue> {
        env.sim
            .issues()
            .into_iter()
            .filter(|i| i.board_ids.contains(&board) && i.project_key == with_board.key)
            .map(|i| (i.key.clone(), i))
            .collect()
    };

    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("sync");
    let data = env.load(&scope).await;
    let mut want = on_board(&env);
    want.extend(env.expected(std::slice::from_ref(&other.key)));
    assert_matches(&data, &want, env.sim.flavor());
    let board_keys: BTreeSet<&String> = data.boards[&board].iter().collect();
    assert_eq!(board_keys, on_board(&env).keys().collect());

    // An issue moved away leaves the board; a new one joins it (incremental board listing).
    let moved = on_board(&env).keys().next().expect("an issue").clone();
    env.sim
        .mutate_all(vec![
            Mutation::Move {
                key: moved.clone(),
                project: other.key.clone(),
            },
            Mutation::Create(NewIssue {
                project: with_board.key.clone(),
                summary: "joins the board".into(),
                ..NewIssue::default()
            }),
        ])
        .expect("mutations");
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("re-sync");
    let data = env.load(&scope).await;
    let board_keys: BTreeSet<&String> = data.boards[&board].iter().collect();
    assert_eq!(board_keys, on_board(&env).keys().collect());
    assert!(!board_keys.contains(&moved));
    let mut want = on_board(&env);
    want.extend(env.expected(std::slice::from_ref(&other.key)));
    assert_matches(&data, &want, env.sim.flavor());
}

#[tokio::test]
async fn a_board_selected_after_the_sync_makes_the_data_stale_until_synced() {
    let env = env(small_site(200)).await;
    let project = env
        .sim
        .projects()
        .into_iter()
        .find(|p| !p.board_ids.is_empty())
        .expect("a project with a board");
    let whole = SyncScope {
        projects: vec![ProjectScope::whole(&project.key)],
    };
    let day = Duration::from_secs(86_400);
    assert!(
        is_stale(&env.cache, &env.ns, &whole, day)
            .await
            .expect("stale?")
    );
    env.sync(&whole, &SyncOptions::default())
        .await
        .expect("sync");
    assert!(
        !is_stale(&env.cache, &env.ns, &whole, day)
            .await
            .expect("stale?")
    );
    assert!(
        is_stale(&env.cache, &env.ns, &whole, Duration::ZERO)
            .await
            .expect("stale?")
    );

    let boards = SyncScope {
        projects: vec![ProjectScope::with_boards(
            &project.key,
            &project.board_ids[..1],
        )],
    };
    assert!(
        is_stale(&env.cache, &env.ns, &boards, day)
            .await
            .expect("stale?")
    );
    assert_eq!(env.load(&boards).await.missing, vec![project.key.clone()]);
    env.sync(&boards, &SyncOptions::default())
        .await
        .expect("sync");
    assert!(
        !is_stale(&env.cache, &env.ns, &boards, day)
            .await
            .expect("stale?")
    );
    assert!(env.load(&boards).await.missing.is_empty());
}

#[tokio::test]
async fn persistent_server_errors_fail_as_unavailable_and_keep_the_previous_snapshot() {
    let env = env(small_site(400)).await;
    let scope = SyncScope::projects(&env.keys());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("first sync");
    let before = env.load(&scope).await;
    env.sim
        .mutate(Mutation::Create(NewIssue {
            project: env.keys()[0].clone(),
            summary: "not seen yet".into(),
            ..NewIssue::default()
        }))
        .expect("create");

    env.sim.set_faults(Faults {
        error_rate: 1.0,
        path_prefix: Some("/rest/api/3/search".into()),
        ..Faults::default()
    });
    let err = env
        .sync(&scope, &SyncOptions::default())
        .await
        .expect_err("Jira keeps failing");
    assert_eq!(err.kind(), ErrorKind::Unavailable, "{err}");
    assert_eq!(env.load(&scope).await.tickets, before.tickets);

    env.sim.set_faults(Faults::default());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("recovers");
    assert_matches(
        &env.load(&scope).await,
        &env.expected(&env.keys()),
        env.sim.flavor(),
    );
}

#[tokio::test]
async fn data_center_syncs_in_full_then_incrementally() {
    let env = env(SimConfig {
        flavor: Flavor::DataCenter,
        ..small_site(700)
    })
    .await;
    let scope = SyncScope::projects(&env.keys());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("first sync");
    assert_matches(
        &env.load(&scope).await,
        &env.expected(&env.keys()),
        env.sim.flavor(),
    );

    let a = env.keys()[0].clone();
    let victim = env
        .expected(std::slice::from_ref(&a))
        .into_keys()
        .next()
        .expect("issue");
    env.sim
        .mutate_all(vec![
            Mutation::Delete { key: victim },
            Mutation::Create(NewIssue {
                project: a,
                summary: "dc new".into(),
                ..NewIssue::default()
            }),
        ])
        .expect("mutations");
    let report = env
        .sync(&scope, &SyncOptions::default())
        .await
        .expect("re-sync");
    assert!(
        report
            .projects
            .iter()
            .all(|p| p.mode == SyncMode::Incremental)
    );
    assert_matches(
        &env.load(&scope).await,
        &env.expected(&env.keys()),
        env.sim.flavor(),
    );
}

fn redis_url() -> String {
    std::env::var("JIRAHUB_TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/".into())
}

#[tokio::test]
async fn redis_backend_syncs_incrementally_and_loads_like_the_embedded_one() {
    let sim = start(small_site(500)).await;
    let client = client(&sim);
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = Cache::open(Some(&redis_url()), dir.path())
        .await
        .expect("cache");
    assert_eq!(
        cache.backend(),
        CacheBackend::Redis,
        "Redis is unreachable at JIRAHUB_TEST_REDIS_URL (default redis://127.0.0.1:6379/)"
    );
    // A namespace of its own, so runs never see each other's data.
    let ns = Namespace::new(&sim.url(), rand::random::<u32>().into());
    let opts = SyncOptions {
        retention: Some(Duration::from_secs(600)),
        ..SyncOptions::default()
    };
    let keys: Vec<String> = sim.projects().into_iter().map(|p| p.key).collect();
    let scope = SyncScope::projects(&keys);
    let expected = |sim: &SimHandle| -> BTreeMap<String, SimIssue> {
        sim.issues()
            .into_iter()
            .map(|i| (i.key.clone(), i))
            .collect()
    };

    sync(&client, &cache, &ns, &scope, &opts)
        .await
        .expect("first sync");
    assert_matches(
        &load(&cache, &ns, &scope).await.expect("load"),
        &expected(&sim),
        Flavor::Cloud,
    );

    let first = open_issue(&sim);
    sim.mutate_all(vec![
        Mutation::Transition {
            key: first,
            status: "Done".into(),
        },
        Mutation::Create(NewIssue {
            project: keys[1].clone(),
            summary: "in redis".into(),
            ..NewIssue::default()
        }),
    ])
    .expect("mutations");
    let report = sync(&client, &cache, &ns, &scope, &opts)
        .await
        .expect("re-sync");
    assert!(
        report
            .projects
            .iter()
            .all(|p| p.mode == SyncMode::Incremental)
    );
    assert_eq!(cache.backend(), CacheBackend::Redis, "never fell back");
    assert_matches(
        &load(&cache, &ns, &scope).await.expect("load"),
        &expected(&sim),
        Flavor::Cloud,
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_between_the_listing_and_the_bulk_fetches_are_caught_by_the_next_sync() {
    changes_during_the_fetch_are_caught_by_the_next_sync(
        small_site(2_000),
        "/rest/api/3/issue/bulkfetch",
        ("GET", "/rest/api/3/search/jql"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_between_data_center_offset_pages_are_caught_by_the_next_sync() {
    changes_during_the_fetch_are_caught_by_the_next_sync(
        SimConfig {
            flavor: Flavor::DataCenter,
            ..small_site(2_000)
        },
        "/rest/api/2/search",
        ("GET", "/rest/api/2/search"),
    )
    .await;
}

/// A first sync of two projects during which issues are updated, created, deleted and moved
/// (once both projects' first requests are answered and slow fetches are under way): the next
/// sync ends with exactly the simulator's issues.
async fn changes_during_the_fetch_are_caught_by_the_next_sync(
    config: SimConfig,
    slow_path: &str,
    first_requests: (&str, &str),
) {
    let env = env(config).await;
    let keys = env.keys();
    let (a, b) = (keys[0].clone(), keys[1].clone());
    let selected = vec![a.clone(), b.clone()];
    let scope = SyncScope::projects(&selected);
    env.sim.set_faults(jira_sim::Faults {
        latency_ms: 150,
        path_prefix: Some(slow_path.into()),
        ..jira_sim::Faults::default()
    });
    env.sim.reset_stats();
    let sim = &env.sim;
    let meddle = async {
        while sim.stats().count(first_requests.0, first_requests.1) < 2
            || sim.stats().in_flight == 0
        {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        twenty_changes(&env, &a, &b)
    };
    let opts = SyncOptions::default();
    let (first, deleted) = tokio::join!(env.sync(&scope, &opts), meddle);
    first.expect("a first sync with changes under way still succeeds");
    env.sim.set_faults(jira_sim::Faults::default());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("the next sync");
    let data = env.load(&scope).await;
    assert_matches(&data, &env.expected(&selected), env.sim.flavor());
    for key in &deleted {
        assert!(data.tickets.iter().all(|t| &t.key != key), "{key} deleted");
    }
}

#[tokio::test]
async fn worklogs_come_from_the_sites_change_feed_and_a_resync_asks_only_what_changed() {
    let env = env(small_site(900)).await;
    let scope = SyncScope::projects(&env.keys());
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("sync");
    let logged = jirahub::sync::worklogs::load_worklogs(&env.cache, &env.ns)
        .await
        .expect("the worklogs");
    // Every worklog of the site, once, summing to each issue's time spent.
    let issues = env.sim.issues();
    let want: u64 = issues.iter().map(|i| i.worklog_count as u64).sum();
    assert!(want > 1000, "more than one list request: {want}");
    assert_eq!(logged.len() as u64, want);
    let mut spent: BTreeMap<String, u64> = BTreeMap::new();
    for w in logged.iter() {
        *spent.entry(w.issue_id.to_string()).or_default() += w.seconds;
        assert!(w.author.is_some() && w.author_name.is_some(), "{w:?}");
    }
    for i in issues.iter().filter(|i| i.worklog_count > 0) {
        assert_eq!(
            spent.get(&i.id.to_string()).copied(),
            Some(i.time_spent_seconds),
            "{}",
            i.key
        );
    }
    // Nothing changed: the two feeds are asked once each, nothing is listed.
    env.sim.reset_stats();
    env.sync(&scope, &SyncOptions::default())
        .await
        .expect("re-sync");
    let stats = env.sim.stats();
    assert_eq!(stats.count("GET", "/rest/api/3/worklog/updated"), 1);
    assert_eq!(stats.count("GET", "/rest/api/3/worklog/deleted"), 1);
    assert_eq!(stats.count("POST", "/rest/api/3/worklog/list"), 0);
    let again = jirahub::sync::worklogs::load_worklogs(&env.cache, &env.ns)
        .await
        .expect("the worklogs");
    assert_eq!(again, logged);
}
