//! The worklog part of a sync, for time tracking: the site's worklogs in one snapshot
//! (`worklogs`), kept up to date from Jira's change feed — the ids updated since the last sync's
//! cursor, fetched 1000 a request, and the ids deleted since, removed. The cursor is kept in the
//! snapshot's manifest; `--full` starts again from 0.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::Result;
use crate::cache::{Cache, Namespace, SnapshotStore};
use crate::jira::JiraClient;
use crate::jira::convert::logged_work;
use crate::jira::worklogs::{Changed, WorklogFeed};
use crate::model::{LoggedWork, Worklogs};

/// The site's worklogs. The name carries the item layout's version: a snapshot in an older
/// layout is never misread, the next sync fetches the worklogs again.
pub const WORKLOG_SNAPSHOT: &str = "worklogs-v2";
/// Worklogs written per snapshot chunk.
const CHUNK: usize = 20_000;

/// What a worklog sync did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WorklogSyncReport {
    pub fetched: usize,
    pub deleted: usize,
    pub total: usize,
    pub requests: u64,
}

pub async fn sync_worklogs(
    client: &JiraClient,
    cache: &Cache,
    ns: &Namespace,
    synced_at: DateTime<Utc>,
    retention: Option<std::time::Duration>,
    full: bool,
) -> Result<WorklogSyncReport> {
    let store = SnapshotStore::new(cache, ns, WORKLOG_SNAPSHOT);
    let previous = if full {
        None
    } else {
        store.load::<LoggedWork>().await?
    };
    let since = previous
        .as_ref()
        .and_then(|s| {
            s.meta
                .extra
                .get("since")
                .and_then(serde_json::Value::as_i64)
        })
        .unwrap_or(0);
    let had = previous.is_some();
    let mut by_id: HashMap<u64, LoggedWork> = previous
        .map(|s| s.items.into_iter().map(|w| (w.id, w)).collect())
        .unwrap_or_default();
    let updated = client.changed_worklogs(WorklogFeed::Updated, since).await?;
    // Nothing stored yet: nothing to delete.
    let deleted = if had {
        client.changed_worklogs(WorklogFeed::Deleted, since).await?
    } else {
        Changed {
            next_since: since,
            ..Changed::default()
        }
    };
    let (fetched, list_requests) = if updated.ids.is_empty() {
        (Vec::new(), 0)
    } else {
        client.worklogs_by_id(&updated.ids).await?
    };
    let mut report = WorklogSyncReport {
        fetched: fetched.len(),
        deleted: 0,
        total: 0,
        requests: updated.requests + deleted.requests + list_requests,
    };
    let next_since = updated.next_since.max(since);
    if had && updated.ids.is_empty() && deleted.ids.is_empty() {
        report.total = by_id.len();
        return Ok(report);
    }
    for w in fetched.iter().filter_map(logged_work) {
        by_id.insert(w.id, w);
    }
    for id in &deleted.ids {
        report.deleted += usize::from(by_id.remove(id).is_some());
    }
    let mut all: Vec<LoggedWork> = by_id.into_values().collect();
    all.sort_unstable_by_key(|w| w.id);
    report.total = all.len();
    let mut writer = store.begin().await?;
    for chunk in all.chunks(CHUNK) {
        writer.write_chunk(chunk).await?;
    }
    writer
        .commit(
            synced_at,
            serde_json::json!({"since": next_since}),
            retention,
        )
        .await?;
    Ok(report)
}

/// The site's synced worklogs (empty before the first sync that kept them).
pub async fn load_worklogs(cache: &Cache, ns: &Namespace) -> Result<Worklogs> {
    Ok(SnapshotStore::new(cache, ns, WORKLOG_SNAPSHOT)
        .load_parts::<LoggedWork>()
        .await?
        .map(|(parts, _)| Worklogs::from_parts(parts))
        .unwrap_or_default())
}
