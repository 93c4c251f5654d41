//! Syncing one project into its snapshot: in full (first sync, `--full`, or when the stored
//! snapshot cannot be trusted) or incrementally (issues updated since the high-water mark, plus a
//! key-only listing for deletions and moves). Either way the new snapshot is written under a new
//! generation and published in one step, so a run killed halfway leaves the previous one current.

use std::collections::{BTreeMap, HashSet};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Utc};
use tokio::sync::mpsc;

use super::merge::{Merge, board_members};
use super::meta::{BoardMembership, ProjectMeta, board_fingerprint, snapshot_name};
use super::stored::{self, Encoder};
use super::{ProgressHandle, ProjectScope, ProjectSyncReport, SyncMode};
use crate::cache::{Cache, CacheBackend, Namespace, SnapshotStore};
use crate::jira::fetch::FetchEvent;
use crate::jira::search::{KEYS_PAGE_SIZE_CLOUD, KEYS_PAGE_SIZE_DC};
use crate::jira::wire::parse_jira_datetime_with_offset;
use crate::jira::{
    Deployment, FieldMap, Issue, IssueStamp, JiraClient, Jql, SortOrder, board_estimation_field,
    ticket_fields, ticket_from_issue,
};
use crate::model::Ticket;
use crate::{Error, Result};

/// Everything one project's sync needs, owned, so it can run as its own task.
pub(crate) struct ProjectJob {
    pub client: JiraClient,
    pub cache: Cache,
    pub ns: Namespace,
    pub scope: ProjectScope,
    pub fields: std::sync::Arc<super::SiteFields>,
    pub full: bool,
    pub overlap: Duration,
    pub retention: Option<Duration>,
    pub progress: ProgressHandle,
    pub synced_at: DateTime<Utc>,
    /// Held while a project's previous tickets are in memory (decoded, merged, written again):
    /// bounds a re-sync's memory to a few projects at a time, while every project's requests
    /// still go out together.
    pub merges: std::sync::Arc<tokio::sync::Semaphore>,
}

/// A selected board and what its configuration says.
struct BoardPlan {
    id: u64,
    fingerprint: String,
}

/// Counters one run accumulates.
#[derive(Default)]
struct Tally {
    requests: u64,
    fetched: u64,
    /// The backend the snapshot was committed to (the cache may fall back right after).
    published_in: Option<CacheBackend>,
}

impl ProjectJob {
    pub async fn run(self) -> Result<ProjectSyncReport> {
        let backend = self.cache.backend();
        match self.run_once().await {
            // Redis went away while writing: the chunks are not where the manifest would now be
            // published. Write the snapshot again, to the embedded cache now in use.
            Err(e) if self.cache.backend() != backend => {
                tracing::warn!(
                    project = %self.scope.key,
                    "cache switched to {} during the sync ({e}); syncing the project again",
                    self.cache.backend()
                );
                self.run_once().await
            }
            other => other,
        }
    }

    async fn run_once(&self) -> Result<ProjectSyncReport> {
        let started = Instant::now();
        let key = self.scope.key.as_str();
        let name = snapshot_name(key);
        let store = SnapshotStore::new(&self.cache, &self.ns, &name);
        let mut tally = Tally::default();

        // Board configurations first: they name the estimation field the tickets are built with.
        let mut boards = Vec::with_capacity(self.scope.boards.len());
        for &id in &self.scope.boards {
            let config = self.client.board_configuration(id).await?;
            tally.requests += 1;
            boards.push((
                BoardPlan {
                    id,
                    fingerprint: board_fingerprint(&config),
                },
                board_estimation_field(&config),
            ));
        }
        // Only the manifest for now: the tickets are read when they are merged.
        let stored_meta = if self.full {
            None
        } else {
            store
                .meta()
                .await?
                .and_then(|m| ProjectMeta::from_extra(&m.extra, key))
        };
        // A first sync on Cloud lists its issue ids while the site's fields are asked for.
        let (site_fields, listed) =
            if stored_meta.is_none() && self.client.deployment() == Deployment::Cloud {
                let listing = Jql::new()
                    .project_in(&[key])
                    .order_by("key", SortOrder::Asc);
                let (site, stamps) =
                    tokio::try_join!(self.fields.get(), self.client.search_keys(&listing))?;
                (site, Some(stamps))
            } else {
                (self.fields.get().await?, None)
            };
        let mut fields = site_fields;
        // The first selected board's estimation field ends up first.
        for (_, estimation) in boards.iter().rev() {
            if let Some(field) = estimation {
                fields.prefer_story_points(field);
            }
        }
        let boards: Vec<BoardPlan> = boards.into_iter().map(|(plan, _)| plan).collect();
        // Tickets built with other fields lack data: such a snapshot is rebuilt in full.
        let previous = stored_meta.filter(|m| m.fields == fields);
        let incremental = match previous {
            Some(previous) => {
                self.incremental(&store, &fields, &boards, previous, &mut tally)
                    .await?
            }
            None => None,
        };

        let (mode, counts, total) = match incremental {
            Some((counts, total)) => (SyncMode::Incremental, counts, total),
            None => {
                let total = self
                    .full(&store, &fields, &boards, listed, &mut tally)
                    .await?;
                let counts = super::merge::MergeCounts {
                    added: total,
                    ..Default::default()
                };
                (SyncMode::Full, counts, total)
            }
        };
        Ok(ProjectSyncReport {
            key: key.to_string(),
            mode,
            fetched: tally.fetched,
            updated: counts.updated,
            added: counts.added,
            removed: counts.removed,
            total,
            requests: tally.requests,
            elapsed: started.elapsed(),
            cache: tally.published_in.unwrap_or_else(|| self.cache.backend()),
        })
    }

    /// Fetches every issue of the project, converting and writing each page as it arrives, so
    /// memory holds about one page of raw issues however large the project.
    /// `listed`: the project's issues when already listed (then only the bulk fetches remain).
    async fn full(
        &self,
        store: &SnapshotStore<'_>,
        fields: &FieldMap,
        boards: &[BoardPlan],
        listed: Option<Vec<IssueStamp>>,
        tally: &mut Tally,
    ) -> Result<u64> {
        let key = self.scope.key.as_str();
        let jql = Jql::new()
            .project_in(&[key])
            .order_by("key", SortOrder::Asc);
        let wanted = ticket_fields(fields);
        let mut writer = store.begin().await?;
        let (tx, mut rx) = mpsc::unbounded_channel::<Result<Vec<Ticket>>>();
        let mut latest: Latest = None;
        let fetch_started = Instant::now();

        let fetch = async {
            let mut on_event = |event: FetchEvent<'_>| match event {
                FetchEvent::Listed(n) => self.progress.listed(key, n),
                FetchEvent::Issues(page) => {
                    note_latest(page, &mut latest);
                    let tickets = page.iter().map(|i| ticket_from_issue(i, fields)).collect();
                    // The receiver only goes away when writing failed; that error is reported.
                    let _ = tx.send(tickets);
                }
            };
            let in_flight = self.client.concurrency_ceiling();
            let summary = match &listed {
                Some(stamps) => {
                    self.client
                        .fetch_listed(stamps, &wanted, in_flight, &mut on_event)
                        .await
                }
                None => {
                    self.client
                        .fetch_all(&jql, &wanted, in_flight, on_event)
                        .await
                }
            };
            drop(tx);
            summary
        };
        let mut encoder = Encoder::default();
        let write = async {
            let mut seen: HashSet<String> = HashSet::new();
            let mut high_water: Option<DateTime<Utc>> = None;
            while let Some(page) = rx.recv().await {
                let page = page?;
                for ticket in &page {
                    // Token paging never repeats an issue, but a duplicate must not go in twice.
                    if !seen.insert(ticket.id.clone()) {
                        continue;
                    }
                    high_water = high_water.max(Some(ticket.updated));
                    encoder.write(&mut writer, ticket).await?;
                }
                self.progress.tickets(key, page.len() as u64);
            }
            Ok::<_, Error>((seen, high_water))
        };
        let (summary, (ids, high_water)) = tokio::try_join!(fetch, write)?;
        let high_water = high_water.map(|hw| before_the_fetch(hw, fetch_started.elapsed()));
        tally.requests += summary.requests;
        tally.fetched += summary.issues;

        let project_ids: HashSet<&str> = ids.iter().map(String::as_str).collect();
        let mut memberships = BTreeMap::new();
        for board in boards {
            let listed = self.list_board(board.id, None, tally).await?;
            let issues = board_members([], &HashSet::new(), &listed, &project_ids);
            memberships.insert(
                board.id,
                BoardMembership::new(board.fingerprint.clone(), &issues),
            );
        }
        let total = encoder.rows();
        let meta = ProjectMeta {
            version: super::meta::META_VERSION,
            project: key.to_string(),
            high_water,
            tz_offset_secs: latest.map(|(_, tz)| tz.local_minus_utc()),
            fields: fields.clone(),
            boards: memberships,
            last_full_sync: self.synced_at,
            tables: encoder.into_tables(),
        };
        tally.published_in = Some(writer.backend());
        writer
            .commit(self.synced_at, serde_json::to_value(&meta)?, self.retention)
            .await?;
        Ok(total)
    }

    /// Fetches what changed since the high-water mark (minus the overlap) and lists what exists,
    /// then merges with the previous snapshot: typically three requests for the project.
    /// `None` when the previous snapshot is gone by the time it is merged (expired): then the
    /// caller syncs in full.
    async fn incremental(
        &self,
        store: &SnapshotStore<'_>,
        fields: &FieldMap,
        boards: &[BoardPlan],
        previous: ProjectMeta,
        tally: &mut Tally,
    ) -> Result<Option<(super::merge::MergeCounts, u64)>> {
        let key = self.scope.key.as_str();
        let wanted = ticket_fields(fields);
        let tz = previous.tz();
        let mut latest: Latest = previous.high_water.zip(tz);
        let since = previous.high_water.map(|hw| hw - self.overlap);

        let mut changed = Jql::new().project_in(&[key]);
        if let Some(since) = since {
            changed = changed.updated_since(since, tz);
        }
        let changed = changed.order_by("key", SortOrder::Asc);
        let listing = Jql::new()
            .project_in(&[key])
            .order_by("key", SortOrder::Asc);

        // Both at once: the listing decides membership whichever answers first (see merge.rs).
        let fetch_started = Instant::now();
        let (fetched, stamps) = tokio::try_join!(
            self.fetch_tickets(&changed, &wanted, fields),
            self.client.search_keys(&listing)
        )?;
        tally.requests += key_pages(stamps.len(), self.client.deployment());
        let (fetched, pages, seen) = fetched;
        tally.requests += pages;
        tally.fetched += fetched.len() as u64;
        latest = later(latest, seen);

        // From here the previous tickets are in memory: a few projects at a time.
        let _merging = self
            .merges
            .acquire()
            .await
            .expect("the semaphore is never closed");
        let Some(stored) = stored::read(&self.cache, &self.ns, key)
            .await?
            .filter(|s| s.meta.fields == *fields)
        else {
            tracing::info!(project = %key, "the previous snapshot is gone; syncing in full");
            return Ok(None);
        };
        let previous = stored.meta;
        let mut merge = Merge::new(super::dataset::concat(stored.parts), stamps);
        merge.add_fresh(fetched);
        // Issues the listing knows better than the fetch (the index lagged, or they changed
        // between the two requests): fetch them by key. Usually none.
        let stale = merge.stale_keys();
        if !stale.is_empty() {
            let (repaired, requests, seen) = self.fetch_keys(&stale, &wanted, fields).await?;
            tally.requests += requests;
            tally.fetched += repaired.len() as u64;
            latest = later(latest, seen);
            merge.add_fresh(repaired);
        }
        let fresh = merge.fresh_ids();
        let oldest_fresh = merge.oldest_fresh_update();
        let (tickets, counts) = merge.finish();
        self.progress.listed(key, tickets.len() as u64);
        self.progress.tickets(key, tickets.len() as u64);

        let project_ids: HashSet<&str> = tickets.iter().map(|t| t.id.as_str()).collect();
        let mut memberships = BTreeMap::new();
        for board in boards {
            let known = previous
                .boards
                .get(&board.id)
                .filter(|m| m.config == board.fingerprint);
            let issues = match known {
                Some(known) if since.is_some() => match oldest_fresh {
                    // Nothing fetched: no member can have changed.
                    None => board_members(known.ids(), &fresh, &[], &project_ids),
                    // Every fetched issue's membership is asked again: the board lists those of
                    // them still on it (and any changed since), all updated at or after the
                    // oldest fetched one.
                    Some(oldest) => {
                        let board_since = since.map_or(oldest, |s| s.min(oldest));
                        let jql = Jql::new().updated_since(board_since, tz);
                        let listed = self.list_board(board.id, Some(&jql), tally).await?;
                        board_members(known.ids(), &fresh, &listed, &project_ids)
                    }
                },
                // New board, changed filter or columns, or no cursor: list it all.
                _ => {
                    let listed = self.list_board(board.id, None, tally).await?;
                    board_members([], &HashSet::new(), &listed, &project_ids)
                }
            };
            memberships.insert(
                board.id,
                BoardMembership::new(board.fingerprint.clone(), &issues),
            );
        }

        let fetch_took = fetch_started.elapsed();
        let high_water = tickets
            .iter()
            .map(|t| t.updated)
            .max()
            .map(|hw| before_the_fetch(hw, fetch_took))
            .max(previous.high_water);
        let mut writer = store.begin().await?;
        let mut encoder = Encoder::default();
        for ticket in &tickets {
            encoder.write(&mut writer, ticket).await?;
        }
        let total = encoder.rows();
        let meta = ProjectMeta {
            high_water,
            tz_offset_secs: latest
                .map(|(_, tz)| tz.local_minus_utc())
                .or(previous.tz_offset_secs),
            fields: fields.clone(),
            boards: memberships,
            tables: encoder.into_tables(),
            ..previous
        };
        tally.published_in = Some(writer.backend());
        writer
            .commit(self.synced_at, serde_json::to_value(&meta)?, self.retention)
            .await?;
        Ok(Some((counts, total)))
    }

    /// Every issue of `jql` with ticket fields, many requests in flight (see
    /// [`JiraClient::fetch_all`]); returns the tickets, the requests it took and the latest update
    /// seen.
    async fn fetch_tickets(
        &self,
        jql: &Jql,
        wanted: &[String],
        fields: &FieldMap,
    ) -> Result<(Vec<Ticket>, u64, Latest)> {
        let mut collect = Collect::new(fields);
        let in_flight = self.client.concurrency_ceiling();
        let summary = self
            .client
            .fetch_all(jql, wanted, in_flight, |event| collect.event(event))
            .await?;
        collect.finish(summary.requests)
    }

    /// The issues with these keys, with ticket fields (bulk fetches on Cloud).
    async fn fetch_keys(
        &self,
        keys: &[String],
        wanted: &[String],
        fields: &FieldMap,
    ) -> Result<(Vec<Ticket>, u64, Latest)> {
        let mut collect = Collect::new(fields);
        let in_flight = self.client.concurrency_ceiling();
        let summary = self
            .client
            .fetch_keys(keys, wanted, in_flight, |event| collect.event(event))
            .await?;
        collect.finish(summary.requests)
    }

    /// Ids of the issues a board lists (optionally only those matching `jql`).
    async fn list_board(
        &self,
        board: u64,
        jql: Option<&Jql>,
        tally: &mut Tally,
    ) -> Result<Vec<String>> {
        let mut ids = Vec::new();
        let summary = self
            .client
            .board_issues(board, jql, &["key"], |page| {
                ids.extend(page.iter().map(|i| i.id.clone()))
            })
            .await?;
        tally.requests += u64::from(summary.pages);
        Ok(ids)
    }
}

/// Tickets made from fetched issues, the latest update among them, and the first failure.
struct Collect<'f> {
    fields: &'f FieldMap,
    tickets: Vec<Ticket>,
    latest: Latest,
    failed: Option<Error>,
}

impl<'f> Collect<'f> {
    fn new(fields: &'f FieldMap) -> Self {
        Collect {
            fields,
            tickets: Vec::new(),
            latest: None,
            failed: None,
        }
    }

    fn event(&mut self, event: FetchEvent<'_>) {
        let FetchEvent::Issues(page) = event else {
            return;
        };
        note_latest(page, &mut self.latest);
        for issue in page {
            match ticket_from_issue(issue, self.fields) {
                Ok(t) => self.tickets.push(t),
                Err(e) => {
                    self.failed.get_or_insert(e);
                }
            }
        }
    }

    fn finish(self, requests: u64) -> Result<(Vec<Ticket>, u64, Latest)> {
        match self.failed {
            Some(e) => Err(e),
            None => Ok((self.tickets, requests, self.latest)),
        }
    }
}

/// The high-water mark for the next sync: the latest update seen, moved back by how long the
/// fetch took. An issue fetched early and changed later in the same sync has an update time
/// after the fetch began, which is at or after `latest - took` whatever the clocks say (a
/// duration measured here needs no agreement with Jira's clock), so the next sync asks for it.
fn before_the_fetch(latest: DateTime<Utc>, took: Duration) -> DateTime<Utc> {
    latest - chrono::Duration::from_std(took).unwrap_or(chrono::Duration::zero())
}

/// The latest `updated` seen and the UTC offset Jira wrote it with. JQL reads dates in the site's
/// (or user's) zone, whose offset changes with daylight saving: the offset at the high-water mark
/// is the one to express "since then" in.
type Latest = Option<(DateTime<Utc>, FixedOffset)>;

fn note_latest(page: &[Issue], latest: &mut Latest) {
    for issue in page {
        let raw = issue.fields.get("updated").and_then(|v| v.as_str());
        if let Some(at) = raw.and_then(parse_jira_datetime_with_offset) {
            *latest = later(*latest, Some((at.with_timezone(&Utc), *at.offset())));
        }
    }
}

fn later(a: Latest, b: Latest) -> Latest {
    match (a, b) {
        (Some(x), Some(y)) => Some(if y.0 >= x.0 { y } else { x }),
        (x, y) => x.or(y),
    }
}

/// Pages a key-only listing of `n` issues took (the listing itself does not say).
fn key_pages(n: usize, deployment: Deployment) -> u64 {
    let size = match deployment {
        Deployment::Cloud => KEYS_PAGE_SIZE_CLOUD,
        Deployment::DataCenter => KEYS_PAGE_SIZE_DC,
    } as usize;
    n.div_ceil(size).max(1) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue(updated: &str) -> Issue {
        serde_json::from_value(serde_json::json!({
            "id": "1", "key": "A-1", "fields": {"updated": updated}
        }))
        .expect("issue")
    }

    #[test]
    fn the_offset_kept_is_that_of_the_latest_update() {
        // Summer time (+0100) on an old issue, winter (+0000) on the newest one.
        let page = [
            issue("2024-07-01T10:00:00.000+0100"),
            issue("2024-11-20T09:00:00.000+0000"),
            issue("2024-08-01T10:00:00.000+0100"),
        ];
        let mut latest = None;
        note_latest(&page, &mut latest);
        let (at, tz) = latest.expect("seen");
        assert_eq!(at.to_rfc3339(), "2024-11-20T09:00:00+00:00");
        assert_eq!(tz.local_minus_utc(), 0);
    }

    #[test]
    fn key_listing_pages_are_counted_by_the_deployment_page_size() {
        assert_eq!(key_pages(0, Deployment::Cloud), 1);
        assert_eq!(key_pages(5000, Deployment::Cloud), 1);
        assert_eq!(key_pages(5001, Deployment::Cloud), 2);
        assert_eq!(key_pages(2500, Deployment::DataCenter), 3);
    }

    #[test]
    fn the_high_water_mark_goes_back_by_the_length_of_the_fetch() {
        let latest = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:30:00Z")
            .expect("valid")
            .with_timezone(&Utc);
        let hw = before_the_fetch(latest, Duration::from_secs(95));
        assert_eq!(hw.to_rfc3339(), "2026-11-25T10:28:25+00:00");
        assert_eq!(before_the_fetch(latest, Duration::ZERO), latest);
    }
}
