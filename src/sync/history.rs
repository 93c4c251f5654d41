//! The history part of a sync, for insights: each project's issue changelogs in a snapshot
//! `history:<KEY>` (refetched only for issues whose `updated` moved since), and its boards'
//! columns and sprints in `agile:<KEY>`. Reports read both; they never ask Jira.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use futures_util::stream::{StreamExt, TryStreamExt};

use crate::Result;
use crate::cache::{Cache, Namespace, SnapshotStore};
use crate::jira::convert::{HistoryFields, issue_history};
use crate::jira::{FieldMap, JiraClient};
use crate::model::{BoardColumn, BoardInfo, IssueHistory, SprintInfo, StatusCategory, Ticket};

/// How old a project's boards-and-sprints snapshot may get before a sync asks again.
pub const AGILE_REFRESH_MINUTES: i64 = 15;
/// Histories written per snapshot chunk.
const CHUNK: usize = 2000;

pub fn history_snapshot(project: &str) -> String {
    format!("history:{project}")
}

pub fn agile_snapshot(project: &str) -> String {
    format!("agile:{project}")
}

/// What the history part of one project's sync did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HistorySyncReport {
    /// Issues whose changelog was fetched.
    pub fetched: u64,
    pub requests: u64,
}

/// The site's statuses and field names, once per sync.
pub async fn history_fields(client: &JiraClient, fields: &FieldMap) -> Result<HistoryFields> {
    let statuses = client.statuses().await?;
    // Data Center changelog items name their field instead of giving its id: only there are
    // the names needed (Cloud's field list was read once already, by the ticket sync).
    let all_fields = match client.deployment() {
        crate::model::Deployment::DataCenter => client.fields().await?,
        crate::model::Deployment::Cloud => Vec::new(),
    };
    let name_of = |id: &str| {
        all_fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| f.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let mut out = HistoryFields::default();
    for s in &statuses {
        let category =
            StatusCategory::from_key(s.status_category.as_ref().map_or("", |c| c.key.as_str()));
        out.status_categories.insert(s.id.clone(), category);
        out.status_by_id.insert(s.id.clone(), s.name.clone());
        out.status_names.insert(s.name.to_lowercase(), category);
    }
    out.points = fields
        .story_points
        .iter()
        .map(|id| (id.clone(), name_of(id)))
        .collect();
    out.sprint = fields.sprint.as_ref().map(|id| (id.clone(), name_of(id)));
    Ok(out)
}

/// Brings `project`'s history snapshot up to `tickets` (the project's current snapshot): the
/// changelogs of new and changed issues are fetched, deleted issues' dropped, the rest kept.
#[allow(clippy::too_many_arguments)]
pub async fn sync_histories(
    client: &JiraClient,
    cache: &Cache,
    ns: &Namespace,
    project: &str,
    tickets: &[Ticket],
    fields: &HistoryFields,
    synced_at: DateTime<Utc>,
    retention: Option<std::time::Duration>,
    full: bool,
) -> Result<HistorySyncReport> {
    let name = history_snapshot(project);
    let store = SnapshotStore::new(cache, ns, &name);
    let previous: HashMap<String, IssueHistory> = if full {
        HashMap::new()
    } else {
        store
            .load::<IssueHistory>()
            .await?
            .map(|s| {
                s.items
                    .into_iter()
                    .map(|h| (h.key.to_string(), h))
                    .collect()
            })
            .unwrap_or_default()
    };
    let stale: Vec<(String, String)> = tickets
        .iter()
        .filter(|t| {
            previous
                .get(&t.key)
                .is_none_or(|h| h.fetched_for != t.updated)
        })
        .map(|t| (t.id.clone(), t.key.clone()))
        .collect();
    let (logs, requests) = if stale.is_empty() {
        (HashMap::new(), 0)
    } else {
        client.changelogs(&stale, &fields.field_ids()).await?
    };
    let fetched = stale.len() as u64;
    if fetched == 0 && previous.len() == tickets.len() {
        return Ok(HistorySyncReport { fetched, requests });
    }
    let mut previous = previous;
    let mut writer = store.begin().await?;
    let mut chunk: Vec<IssueHistory> = Vec::with_capacity(CHUNK);
    for t in tickets {
        let history = match logs.get(&t.id) {
            Some(histories) => issue_history(&t.key, t.updated, histories, fields),
            None => match previous.remove(&t.key) {
                // Not refetched: unchanged since (or Jira did not return it this time).
                Some(h) => h,
                None => issue_history(&t.key, t.updated, &[], fields),
            },
        };
        chunk.push(history);
        if chunk.len() == CHUNK {
            writer.write_chunk(&chunk).await?;
            chunk.clear();
        }
    }
    if !chunk.is_empty() {
        writer.write_chunk(&chunk).await?;
    }
    writer
        .commit(
            synced_at,
            serde_json::json!({"project": project}),
            retention,
        )
        .await?;
    Ok(HistorySyncReport { fetched, requests })
}

/// The project's boards (the selected ones, else all of the project's) with their columns and
/// sprints, into `agile:<KEY>`.
#[allow(clippy::too_many_arguments)]
pub async fn sync_agile(
    client: &JiraClient,
    cache: &Cache,
    ns: &Namespace,
    project: &str,
    selected: &[u64],
    fields: &HistoryFields,
    synced_at: DateTime<Utc>,
    retention: Option<std::time::Duration>,
    full: bool,
) -> Result<u64> {
    let store = SnapshotStore::new(cache, ns, &agile_snapshot(project));
    // Boards and sprints change seldom: asked again on a full sync, or when 15 minutes old.
    if !full
        && let Some(meta) = store.meta().await?
        && synced_at - meta.synced_at < chrono::Duration::minutes(AGILE_REFRESH_MINUTES)
    {
        return Ok(0);
    }
    let boards = client.boards(Some(project)).await?;
    let wanted: Vec<&crate::jira::wire::Board> = boards
        .iter()
        .filter(|b| selected.is_empty() || selected.contains(&b.id))
        .collect();
    // Each board's configuration and sprints, several boards in flight at once.
    let fetched: Vec<(BoardInfo, u64)> = futures_util::stream::iter(wanted)
        .map(|b| board_info(client, b, fields))
        .buffered(client.concurrency().max(1))
        .try_collect()
        .await?;
    let requests = 1 + fetched.iter().map(|(_, n)| n).sum::<u64>();
    let out: Vec<BoardInfo> = fetched.into_iter().map(|(b, _)| b).collect();
    let mut writer = store.begin().await?;
    writer.write_chunk(&out).await?;
    writer
        .commit(
            synced_at,
            serde_json::json!({"project": project}),
            retention,
        )
        .await?;
    Ok(requests)
}

/// One board's columns (status names) and sprints, and the requests that took.
async fn board_info(
    client: &JiraClient,
    b: &crate::jira::wire::Board,
    fields: &HistoryFields,
) -> Result<(BoardInfo, u64)> {
    let config = client.board_configuration(b.id).await?;
    let mut requests = 1;
    // Kanban boards have no sprints: no need to ask.
    let sprints = if b.kind.as_deref() == Some("kanban") {
        Vec::new()
    } else {
        requests += 1;
        client.board_sprints(b.id, &[]).await?
    };
    let columns = config
        .column_config
        .map(|c| c.columns)
        .unwrap_or_default()
        .into_iter()
        .map(|c| BoardColumn {
            name: c.name,
            statuses: c
                .statuses
                .iter()
                .filter_map(|s| fields.status_by_id.get(&s.id).cloned())
                .collect(),
        })
        .collect();
    let info = BoardInfo {
        id: b.id,
        name: b.name.clone(),
        kind: b.kind.clone().unwrap_or_default(),
        columns,
        sprints: sprints
            .into_iter()
            .map(|s| SprintInfo {
                id: s.id,
                name: s.name,
                state: s.state,
                start: s.start_date,
                end: s.end_date,
                complete: s.complete_date,
            })
            .collect(),
    };
    Ok((info, requests))
}

/// The histories and boards of `projects`, as the last sync left them (missing ones empty).
pub async fn load_insight_data(
    cache: &Cache,
    ns: &Namespace,
    projects: &[String],
) -> Result<(Vec<IssueHistory>, Vec<BoardInfo>)> {
    let mut histories = Vec::new();
    let mut boards = Vec::new();
    for p in projects {
        if let Some(s) = SnapshotStore::new(cache, ns, &history_snapshot(p))
            .load::<IssueHistory>()
            .await?
        {
            histories.extend(s.items);
        }
        if let Some(s) = SnapshotStore::new(cache, ns, &agile_snapshot(p))
            .load::<BoardInfo>()
            .await?
        {
            boards.extend(s.items);
        }
    }
    Ok((histories, boards))
}
