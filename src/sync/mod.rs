//! The sync engine: copies the selected projects' issues from Jira into consistent cache
//! snapshots, and reads them back for reports.
//!
//! - [`sync`]: per project one snapshot `issues:<KEY>` of [`Ticket`](crate::jira::Ticket)s. The first sync (and
//!   `--full`) runs one bounded JQL per project in pages of 100, converting and writing each page
//!   as it arrives. Later syncs ask only for issues updated since the snapshot's high-water mark
//!   (minus an overlap: JQL has minute precision and Jira's index is eventually consistent) and
//!   list all keys (5000 per page) to notice deletions and moves; results are merged by issue id.
//!   Board membership of selected boards is stored in the same snapshot. A run holds the
//!   `sync` lock, so two syncs at once take turns; a run killed halfway leaves the previous
//!   snapshots current.
//! - [`load`]: all tickets of a scope, board membership and data age ([`Dataset`]).
//! - [`is_stale`]: whether a scope needs a sync before reporting.

mod dataset;
pub mod history;
mod merge;
mod meta;
mod progress;
mod project;
mod stored;
pub mod worklogs;

use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize, Serializer};
use tokio::sync::Semaphore;

use self::project::ProjectJob;
use crate::cache::{Cache, CacheBackend, CacheLock, Namespace};
use crate::jira::{FieldMap, FieldPins, JiraClient};
use crate::{Error, Result};
pub use progress::{ProgressHandle, Silent, SyncProgress};

pub use self::dataset::{Dataset, is_stale, load};

/// The lock every sync of a namespace holds for its whole run.
const LOCK_NAME: &str = "lock:sync";
/// How long a sync lock outlives a holder that died without releasing it (Redis; the embedded
/// cache's OS lock dies with its process); the running holder renews it every third of that.
/// Short, so that the sync after a killed one waits seconds, not a minute.
const LOCK_TTL: Duration = Duration::from_secs(15);

/// What to sync: projects, each whole or limited to some of its boards.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncScope {
    pub projects: Vec<ProjectScope>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectScope {
    /// Project key, e.g. `PLAT`.
    pub key: String,
    /// Selected board ids; empty means the whole project.
    #[serde(default)]
    pub boards: Vec<u64>,
}

impl SyncScope {
    /// Whole projects, no board selection.
    pub fn projects<S: AsRef<str>>(keys: &[S]) -> SyncScope {
        SyncScope {
            projects: keys
                .iter()
                .map(|k| ProjectScope::whole(k.as_ref()))
                .collect(),
        }
    }

    /// One entry per project key (boards of repeated entries are merged), in first-seen order.
    fn normalised(&self) -> Result<SyncScope> {
        let mut out: Vec<ProjectScope> = Vec::new();
        for p in &self.projects {
            let key = p.key.trim();
            if key.is_empty() {
                return Err(Error::usage("a project key to sync is empty"));
            }
            match out.iter_mut().find(|o| o.key == key) {
                Some(existing) => {
                    for b in &p.boards {
                        if !existing.boards.contains(b) {
                            existing.boards.push(*b);
                        }
                    }
                }
                None => out.push(ProjectScope {
                    key: key.to_string(),
                    boards: p.boards.clone(),
                }),
            }
        }
        Ok(SyncScope { projects: out })
    }
}

impl ProjectScope {
    pub fn whole(key: &str) -> ProjectScope {
        ProjectScope {
            key: key.to_string(),
            boards: Vec::new(),
        }
    }

    pub fn with_boards(key: &str, boards: &[u64]) -> ProjectScope {
        ProjectScope {
            key: key.to_string(),
            boards: boards.to_vec(),
        }
    }
}

/// How to sync.
#[derive(Clone)]
pub struct SyncOptions {
    /// Refetch everything instead of only what changed (`--full`).
    pub full: bool,
    /// How far before the last seen update the next sync looks again (default 5 min).
    pub overlap: Duration,
    /// How long snapshots are kept in the cache (default 30 days; `None` = until replaced). Keep
    /// this longer than the freshness TTL given to [`is_stale`]: an old snapshot still serves
    /// `--offline` reports and is the base of the next incremental sync.
    pub retention: Option<Duration>,
    /// Projects synced at once (the Jira client also bounds requests in flight).
    pub concurrency: usize,
    /// Who hears how far the sync got (nobody by default); told `finished` when it ends.
    pub progress: ProgressHandle,
    /// Custom field ids the user pinned (`jirahub fields set …`).
    pub pins: FieldPins,
    /// How long to wait for another sync of the same site and user to finish.
    pub lock_wait: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            full: false,
            overlap: Duration::from_secs(5 * 60),
            retention: Some(Duration::from_secs(30 * 24 * 3600)),
            concurrency: 4,
            progress: ProgressHandle::silent(),
            pins: FieldPins::default(),
            lock_wait: Duration::from_secs(10 * 60),
        }
    }
}

impl std::fmt::Debug for SyncOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncOptions")
            .field("full", &self.full)
            .field("overlap", &self.overlap)
            .field("retention", &self.retention)
            .field("concurrency", &self.concurrency)
            .field("pins", &self.pins)
            .field("lock_wait", &self.lock_wait)
            .finish_non_exhaustive()
    }
}

/// How a project was synced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncMode {
    Full,
    Incremental,
}

/// What one project's sync did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectSyncReport {
    pub key: String,
    pub mode: SyncMode,
    /// Issues received with their fields.
    pub fetched: u64,
    /// Issues already cached whose content changed.
    pub updated: u64,
    /// Issues new to the snapshot (all of them on a full sync).
    pub added: u64,
    /// Issues deleted, or moved to another project, since the last sync.
    pub removed: u64,
    /// Issues in the snapshot now.
    pub total: u64,
    /// Requests this project needed (pages and board calls; retries not counted).
    pub requests: u64,
    /// Where its snapshot was published.
    pub cache: CacheBackend,
    #[serde(rename = "elapsed_ms", serialize_with = "millis")]
    pub elapsed: Duration,
}

/// What a whole sync did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncReport {
    pub projects: Vec<ProjectSyncReport>,
    /// HTTP requests sent to Jira, retries included.
    pub requests: u64,
    #[serde(rename = "elapsed_ms", serialize_with = "millis")]
    pub elapsed: Duration,
    /// The custom fields tickets were built with.
    pub fields: FieldMap,
    /// When this sync started (the snapshots' `synced_at`).
    pub synced_at: DateTime<Utc>,
    /// Where the snapshots were published.
    pub cache: CacheBackend,
    /// Redis was configured, but the snapshots went to the embedded cache (Redis full, frozen
    /// or gone). Reports still read them: they take the newest snapshot from either cache.
    pub cache_fell_back: bool,
}

fn millis<S: Serializer>(d: &Duration, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_millis() as u64)
}

/// Syncs every project of `scope` into the cache. Holds the namespace's sync lock for the whole
/// run (waiting up to `opts.lock_wait` for another sync); projects run concurrently. When a
/// project fails, the others still finish and publish; the first error is returned.
pub async fn sync(
    client: &JiraClient,
    cache: &Cache,
    ns: &Namespace,
    scope: &SyncScope,
    opts: &SyncOptions,
) -> Result<SyncReport> {
    let scope = scope.normalised()?;
    let started = Instant::now();
    let lock_name = ns.key(LOCK_NAME);
    let lock = match cache.try_lock(&lock_name, LOCK_TTL).await? {
        Some(lock) => lock,
        None => {
            // Say why nothing happens: another sync (or a killed one's lock, for up to LOCK_TTL).
            tracing::info!("waiting for another sync of this site to finish");
            opts.progress
                .status("waiting for another sync of this site to finish");
            cache.lock(&lock_name, LOCK_TTL, opts.lock_wait).await?
        }
    };
    // Counted after the wait, so a report never includes another sync's requests.
    let requests_before = client.request_count();
    let synced_at = Utc::now();
    let result = keep_alive(&lock, async {
        let (projects, fields) = run(client, cache, ns, &scope, opts, synced_at).await?;
        sync_insight_data(client, cache, ns, &scope, &fields, opts, synced_at).await?;
        Ok::<_, Error>((projects, fields))
    })
    .await;
    if let Err(e) = lock.release().await {
        tracing::debug!("could not release the sync lock: {e}");
    }
    opts.progress.finished();
    let (projects, fields) = result?;
    let cache_fell_back = cache.degraded();
    if cache_fell_back {
        tracing::warn!(
            "this sync did not reach Redis: its snapshots are in the embedded cache, where reports find them until a sync reaches Redis again"
        );
    }
    Ok(SyncReport {
        projects,
        requests: client.request_count() - requests_before,
        elapsed: started.elapsed(),
        fields,
        synced_at,
        cache: cache.backend(),
        cache_fell_back,
    })
}

/// After the tickets: each project's changelogs (only what changed) and boards, for insights.
async fn sync_insight_data(
    client: &JiraClient,
    cache: &Cache,
    ns: &Namespace,
    scope: &SyncScope,
    fields: &FieldMap,
    opts: &SyncOptions,
    synced_at: DateTime<Utc>,
) -> Result<()> {
    if scope.projects.is_empty() {
        return Ok(());
    }
    opts.progress.status("fetching issue histories");
    let history_fields = history::history_fields(client, fields).await?;
    // The site's worklogs: one change feed for every project. A Jira without the feed (an old
    // Data Center) or that hides it keeps the issues in sync: only time tracking goes without.
    match worklogs::sync_worklogs(client, cache, ns, synced_at, opts.retention, opts.full).await {
        Ok(logged) => tracing::debug!(
            fetched = logged.fetched,
            deleted = logged.deleted,
            total = logged.total,
            requests = logged.requests,
            "worklogs synced"
        ),
        Err(e)
            if matches!(
                e.kind(),
                crate::ErrorKind::NotFound | crate::ErrorKind::Auth
            ) =>
        {
            tracing::warn!(
                "worklogs not synced (time tracking needs them): {}",
                e.message()
            )
        }
        Err(e) => return Err(e),
    }
    for project in &scope.projects {
        let Some(stored) = stored::read(cache, ns, &project.key).await? else {
            continue;
        };
        let tickets: Vec<crate::model::Ticket> = stored.parts.into_iter().flatten().collect();
        let report = history::sync_histories(
            client,
            cache,
            ns,
            &project.key,
            &tickets,
            &history_fields,
            synced_at,
            opts.retention,
            opts.full,
        )
        .await?;
        tracing::debug!(
            project = %project.key,
            fetched = report.fetched,
            requests = report.requests,
            "issue histories synced"
        );
        history::sync_agile(
            client,
            cache,
            ns,
            &project.key,
            &project.boards,
            &history_fields,
            synced_at,
            opts.retention,
            opts.full,
        )
        .await?;
    }
    Ok(())
}

/// The site's field map, asked for once per sync by the first project that needs it (a first
/// sync lists its issue ids meanwhile).
pub(crate) struct SiteFields {
    client: JiraClient,
    pins: FieldPins,
    map: tokio::sync::OnceCell<FieldMap>,
}

impl SiteFields {
    fn new(client: JiraClient, pins: FieldPins) -> SiteFields {
        SiteFields {
            client,
            pins,
            map: tokio::sync::OnceCell::new(),
        }
    }

    pub(crate) async fn get(&self) -> Result<FieldMap> {
        self.map
            .get_or_try_init(|| async {
                Ok(FieldMap::discover(&self.client.fields().await?, &self.pins))
            })
            .await
            .cloned()
    }
}

/// Projects whose previous tickets may be in memory at once during a re-sync (each is decoded,
/// merged and written again): what bounds a re-sync's memory on a large site.
const MERGES_AT_ONCE: usize = 2;

async fn run(
    client: &JiraClient,
    cache: &Cache,
    ns: &Namespace,
    scope: &SyncScope,
    opts: &SyncOptions,
    synced_at: DateTime<Utc>,
) -> Result<(Vec<ProjectSyncReport>, FieldMap)> {
    if scope.projects.is_empty() {
        return Ok((Vec::new(), FieldMap::default()));
    }
    // Once per sync: field ids are per site, not per project.
    let fields = std::sync::Arc::new(SiteFields::new(client.clone(), opts.pins.clone()));
    let permits = Semaphore::new(opts.concurrency.max(1));
    let merges = std::sync::Arc::new(Semaphore::new(MERGES_AT_ONCE));
    let job = |project: &ProjectScope| ProjectJob {
        client: client.clone(),
        cache: cache.clone(),
        ns: ns.clone(),
        scope: project.clone(),
        fields: std::sync::Arc::clone(&fields),
        full: opts.full,
        overlap: opts.overlap,
        retention: opts.retention,
        progress: opts.progress.clone(),
        synced_at,
        merges: std::sync::Arc::clone(&merges),
    };
    // Polled together in this task: the client's search futures are not `Send`, and the work is
    // mostly waiting for Jira anyway.
    let jobs = scope.projects.iter().map(|project| {
        let job = job(project);
        let permits = &permits;
        async move {
            let _permit = permits
                .acquire()
                .await
                .expect("the semaphore is never closed");
            job.run().await
        }
    });
    let mut results = join_all(jobs.collect()).await;
    // Redis failed during this run after some projects were published there: those snapshots
    // would be out of reach whenever Redis is (the rest of this run, and later runs while it is
    // down). Publish them again where the others went.
    if cache.degraded() {
        for (project, result) in scope.projects.iter().zip(results.iter_mut()) {
            if result
                .as_ref()
                .is_ok_and(|r| r.cache == CacheBackend::Redis)
            {
                tracing::info!(project = %project.key, "publishing again to the embedded cache");
                *result = job(project).run().await;
            }
        }
    }
    let mut reports = Vec::with_capacity(results.len());
    let mut first_error: Option<Error> = None;
    for (project, result) in scope.projects.iter().zip(results) {
        match result {
            Ok(report) => reports.push(report),
            Err(e) => {
                // The first error is returned (and printed once by the CLI); the rest go to -v.
                tracing::info!(project = %project.key, "sync failed: {e}");
                first_error.get_or_insert(e);
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok((reports, fields.get().await?)),
    }
}

/// Drives all futures to completion concurrently in the current task; outputs in input order.
async fn join_all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut futures: Vec<Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                match future.as_mut().poll(cx) {
                    Poll::Ready(out) => *output = Some(out),
                    Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    outputs
        .into_iter()
        .map(|o| o.expect("every future completed"))
        .collect()
}

/// Runs `work` while renewing `lock`, so a long sync keeps it and a killed one loses it soon.
/// The renewal runs beside the work, never in its way: a frozen Redis delays a renewal, not
/// the sync.
async fn keep_alive<T>(lock: &CacheLock, work: impl Future<Output = T>) -> T {
    let renew = async {
        let mut tick = tokio::time::interval(LOCK_TTL / 3);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        tick.tick().await; // the first tick is immediate
        let mut warned = false;
        loop {
            tick.tick().await;
            match lock.extend(LOCK_TTL).await {
                Ok(true) => {}
                Ok(false) if !warned => {
                    warned = true;
                    tracing::warn!(
                        "the sync lock expired while syncing; another sync may run at the same time"
                    );
                }
                Ok(false) => {}
                Err(e) => tracing::debug!("could not renew the sync lock: {e}"),
            }
        }
    };
    tokio::select! {
        out = work => out,
        never = renew => never,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_merges_repeated_projects_and_their_boards() {
        let scope = SyncScope {
            projects: vec![
                ProjectScope::with_boards("A", &[1]),
                ProjectScope::whole("B"),
                ProjectScope::with_boards(" A ", &[2, 1]),
            ],
        };
        let n = scope.normalised().expect("valid");
        assert_eq!(
            n.projects,
            vec![
                ProjectScope::with_boards("A", &[1, 2]),
                ProjectScope::whole("B")
            ]
        );
    }

    #[test]
    fn an_empty_project_key_is_a_usage_error() {
        let err = SyncScope::projects(&[" "])
            .normalised()
            .expect_err("empty key");
        assert_eq!(err.kind(), crate::ErrorKind::Usage);
    }

    #[tokio::test(flavor = "current_thread", start_paused = true)]
    async fn join_all_runs_futures_together_and_keeps_their_order() {
        // Virtual time: the runtime jumps to each timer, so the elapsed time is exact.
        let started = tokio::time::Instant::now();
        let delays = [30u64, 10, 20];
        let futures = delays.iter().map(|&ms| async move {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            ms
        });
        let out = join_all(futures.collect()).await;
        assert_eq!(out, vec![30, 10, 20]);
        // Together: the longest delay, not the sum (60 ms).
        assert_eq!(started.elapsed(), Duration::from_millis(30));
    }

    #[test]
    fn options_debug_does_not_dump_the_progress_bar() {
        let shown = format!("{:?}", SyncOptions::default());
        assert!(shown.contains("overlap"), "{shown}");
    }
}
