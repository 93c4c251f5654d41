//! Reading synced data back: all tickets of a scope, deduplicated, with board membership and
//! the age of the data. This is what every report starts from, so it must be fast (100k tickets).

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rustc_hash::FxHashMap;

use super::meta::{ProjectMeta, snapshot_name};
use super::stored::{self, Stored};
use super::{ProjectScope, SyncScope};
use crate::cache::{Cache, Namespace, SnapshotStore};
use crate::model::Ticket;
use crate::{Error, Result};

/// What reports read: the scope's tickets, which boards they are on, and how old they are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dataset {
    /// Every ticket of the scope, once each (an issue moved between two synced projects is kept
    /// in its latest version). Projects with selected boards contribute only their boards' issues.
    pub tickets: Vec<Ticket>,
    /// Selected board id → keys of its issues (among `tickets`).
    pub boards: HashMap<u64, HashSet<String>>,
    /// When the oldest project snapshot was synced; `None` when nothing is synced.
    pub data_as_of: Option<DateTime<Utc>>,
    /// Projects never synced (or whose selected boards were never synced): run `jirahub sync`.
    pub missing: Vec<String>,
}

/// Loads the scope's snapshots (concurrently: decoding 100k tickets is the expensive part).
pub async fn load(cache: &Cache, ns: &Namespace, scope: &SyncScope) -> Result<Dataset> {
    let mut tasks = tokio::task::JoinSet::new();
    for (index, project) in scope.projects.iter().enumerate() {
        let (cache, ns) = (cache.clone(), ns.clone());
        let key = project.key.clone();
        tasks.spawn(async move {
            let started = std::time::Instant::now();
            let read = stored::read(&cache, &ns, &key).await;
            if let Ok(found) = &read {
                // `-v`: where the report's data came from, and how long reading it took.
                tracing::debug!(
                    project = %key,
                    hit = found.is_some(),
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "snapshot read from the cache"
                );
            }
            (index, read)
        });
    }
    let mut snapshots: Vec<Option<Stored>> = scope.projects.iter().map(|_| None).collect();
    while let Some(joined) = tasks.join_next().await {
        let (index, loaded) =
            joined.map_err(|e| Error::unexpected(format!("loading a snapshot failed: {e}")))?;
        snapshots[index] = loaded?;
    }
    Ok(assemble(&scope.projects, snapshots))
}

/// True when any project of the scope (or a selected board) was never synced, or was synced
/// longer than `ttl` ago. Reads only the small snapshot manifests.
pub async fn is_stale(
    cache: &Cache,
    ns: &Namespace,
    scope: &SyncScope,
    ttl: Duration,
) -> Result<bool> {
    let now = Utc::now();
    let ttl = chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::MAX);
    for project in &scope.projects {
        let store = SnapshotStore::new(cache, ns, &snapshot_name(&project.key));
        let Some(meta) = store.meta().await? else {
            return Ok(true);
        };
        let fresh_enough = meta
            .synced_at
            .checked_add_signed(ttl)
            .is_none_or(|until| until > now);
        let boards_known = ProjectMeta::from_extra(&meta.extra, &project.key)
            .is_some_and(|m| project.boards.iter().all(|b| m.boards.contains_key(b)));
        if !fresh_enough || !boards_known {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Combines loaded snapshots (in scope order) into a dataset. Pure, so it is tested directly.
pub(crate) fn assemble(projects: &[ProjectScope], snapshots: Vec<Option<Stored>>) -> Dataset {
    let mut data = Dataset::default();
    let mut board_ids: HashMap<u64, HashSet<String>> = HashMap::new();
    let mut parts: Vec<Vec<Ticket>> = Vec::with_capacity(snapshots.len());
    for (project, snapshot) in projects.iter().zip(snapshots) {
        let Some(snapshot) = snapshot else {
            data.missing.push(project.key.clone());
            continue;
        };
        data.data_as_of = Some(match data.data_as_of {
            Some(t) => t.min(snapshot.synced_at),
            None => snapshot.synced_at,
        });
        let mut tickets = snapshot.parts;
        if !project.boards.is_empty() {
            let mut on_boards: HashSet<String> = HashSet::new();
            let mut all_known = true;
            for board in &project.boards {
                match snapshot.meta.boards.get(board) {
                    Some(membership) => {
                        on_boards.extend(membership.ids().map(str::to_string));
                        board_ids
                            .entry(*board)
                            .or_default()
                            .extend(membership.ids().map(str::to_string));
                    }
                    None => all_known = false,
                }
            }
            if !all_known {
                data.missing.push(project.key.clone());
            }
            for part in &mut tickets {
                part.retain(|t| on_boards.contains(&t.id));
            }
        }
        parts.extend(tickets);
    }

    let several = parts.len() > 1;
    data.tickets = concat(parts);
    if several {
        dedupe(&mut data.tickets);
    }
    if !board_ids.is_empty() {
        let key_of: HashMap<&str, &str> = data
            .tickets
            .iter()
            .map(|t| (t.id.as_str(), t.key.as_str()))
            .collect();
        data.boards = board_ids
            .into_iter()
            .map(|(board, ids)| {
                let keys = ids
                    .iter()
                    .filter_map(|id| key_of.get(id.as_str()).map(|k| k.to_string()))
                    .collect();
                (board, keys)
            })
            .collect();
    }
    data
}

/// The parts in order, moved (not cloned) into the first one's buffer; each part is freed as
/// soon as it is moved, so the tickets never exist twice over.
pub(crate) fn concat(parts: Vec<Vec<Ticket>>) -> Vec<Ticket> {
    let total: usize = parts.iter().map(Vec::len).sum();
    let mut parts = parts.into_iter();
    let mut out = parts.next().unwrap_or_default();
    out.reserve_exact(total - out.len());
    for part in parts {
        out.extend(part);
    }
    out
}

/// One ticket per issue id, in first-seen order, keeping the most recently updated copy (an
/// issue moved from one synced project to another may sit in both snapshots for a while).
/// In place: the winning copy takes the first copy's slot, then the other copies are dropped.
fn dedupe(tickets: &mut Vec<Ticket>) {
    // (slot of the first copy, slot of the latest copy) for ids seen more than once.
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut keep = vec![true; tickets.len()];
    {
        // Issue ids are short digit strings from our own snapshots: FxHash, not SipHash.
        let mut first: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(tickets.len(), Default::default());
        let mut best: HashMap<usize, usize> = HashMap::new();
        for (i, ticket) in tickets.iter().enumerate() {
            match first.entry(ticket.id.as_str()) {
                Entry::Vacant(slot) => {
                    slot.insert(i);
                }
                Entry::Occupied(slot) => {
                    keep[i] = false;
                    let f = *slot.get();
                    let b = best.entry(f).or_insert(f);
                    if ticket.updated > tickets[*b].updated {
                        *b = i;
                    }
                }
            }
        }
        moves.extend(best.into_iter().filter(|(f, b)| f != b));
    }
    if moves.is_empty() && keep.iter().all(|&k| k) {
        return;
    }
    // Each pair involves two copies of one id, so the swaps never touch the same slot twice.
    for (f, b) in moves {
        tickets.swap(f, b);
    }
    let mut keep = keep.into_iter();
    tickets.retain(|_| keep.next().expect("one flag per ticket"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jira::FieldMap;
    use crate::model::StatusCategory;
    use crate::sync::meta::Tables;
    use crate::sync::meta::{BoardMembership, META_VERSION};
    use chrono::TimeZone;
    use std::collections::BTreeMap;

    fn at(minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 1, 15, 10, minute, 0)
            .single()
            .expect("valid")
    }

    fn ticket(id: &str, key: &str, minute: u32) -> Ticket {
        Ticket {
            id: id.into(),
            key: key.into(),
            project_key: key.split('-').next().unwrap_or_default().into(),
            summary: format!("{key} at {minute}"),
            issue_type: "Task".into(),
            is_subtask: false,
            status: "To Do".into(),
            status_category: StatusCategory::ToDo,
            assignee: None,
            reporter: None,
            created: at(0),
            updated: at(minute),
            resolved: None,
            due: None,
            story_points: None,
            labels: vec![],
            sprints: vec![],
            parent_key: None,
            priority: None,
            components: vec![],
            time: Default::default(),
        }
    }

    fn snapshot(
        project: &str,
        synced: u32,
        items: Vec<Ticket>,
        boards: &[(u64, &[&str])],
    ) -> Stored {
        let meta = ProjectMeta {
            version: META_VERSION,
            project: project.into(),
            high_water: None,
            tz_offset_secs: None,
            fields: FieldMap::default(),
            boards: boards
                .iter()
                .map(|(id, ids)| {
                    let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
                    (*id, BoardMembership::new(String::new(), &ids))
                })
                .collect::<BTreeMap<_, _>>(),
            last_full_sync: at(synced),
            tables: Tables::default(),
        };
        Stored {
            parts: vec![items],
            meta,
            synced_at: at(synced),
        }
    }

    fn scope(key: &str, boards: &[u64]) -> ProjectScope {
        ProjectScope {
            key: key.into(),
            boards: boards.to_vec(),
        }
    }

    #[test]
    fn never_synced_projects_are_missing_and_the_rest_load() {
        let data = assemble(
            &[scope("A", &[]), scope("B", &[])],
            vec![
                Some(snapshot("A", 5, vec![ticket("1", "A-1", 1)], &[])),
                None,
            ],
        );
        assert_eq!(data.missing, vec!["B"]);
        assert_eq!(data.tickets.len(), 1);
        assert_eq!(data.data_as_of, Some(at(5)));
    }

    #[test]
    fn data_age_is_that_of_the_oldest_snapshot() {
        let data = assemble(
            &[scope("A", &[]), scope("B", &[])],
            vec![
                Some(snapshot("A", 9, vec![], &[])),
                Some(snapshot("B", 3, vec![], &[])),
            ],
        );
        assert_eq!(data.data_as_of, Some(at(3)));
    }

    #[test]
    fn an_issue_in_two_snapshots_is_kept_once_in_its_latest_version() {
        // Moved from A (stale snapshot) to B (fresh one): same id, new key.
        let data = assemble(
            &[scope("A", &[]), scope("B", &[])],
            vec![
                Some(snapshot("A", 1, vec![ticket("7", "A-7", 1)], &[])),
                Some(snapshot("B", 9, vec![ticket("7", "B-3", 8)], &[])),
            ],
        );
        let keys: Vec<&str> = data.tickets.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, vec!["B-3"]);
    }

    #[test]
    fn duplicates_keep_the_first_copys_place_and_the_latest_copys_content() {
        let data = assemble(
            &[scope("A", &[]), scope("B", &[]), scope("C", &[])],
            vec![
                Some(snapshot(
                    "A",
                    1,
                    vec![ticket("1", "A-1", 1), ticket("7", "A-7", 1)],
                    &[],
                )),
                Some(snapshot(
                    "B",
                    9,
                    vec![ticket("7", "B-3", 8), ticket("2", "B-2", 1)],
                    &[],
                )),
                // Same time as B's copy: the earlier copy wins the tie.
                Some(snapshot("C", 9, vec![ticket("7", "C-9", 8)], &[])),
            ],
        );
        let keys: Vec<&str> = data.tickets.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, vec!["A-1", "B-3", "B-2"]);
    }

    #[test]
    fn selected_boards_limit_the_project_to_their_issues() {
        let items = vec![
            ticket("1", "A-1", 1),
            ticket("2", "A-2", 1),
            ticket("3", "A-3", 1),
        ];
        let data = assemble(
            &[scope("A", &[10])],
            vec![Some(snapshot(
                "A",
                1,
                items,
                &[(10, &["1", "3"]), (11, &["2"])],
            ))],
        );
        let keys: Vec<&str> = data.tickets.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, vec!["A-1", "A-3"]);
        let board: HashSet<String> = ["A-1", "A-3"].iter().map(|s| s.to_string()).collect();
        assert_eq!(data.boards.get(&10), Some(&board));
        assert!(!data.boards.contains_key(&11));
        assert!(data.missing.is_empty());
    }

    #[test]
    fn a_selected_board_never_synced_marks_the_project_missing() {
        let data = assemble(
            &[scope("A", &[10, 12])],
            vec![Some(snapshot(
                "A",
                1,
                vec![ticket("1", "A-1", 1)],
                &[(10, &["1"])],
            ))],
        );
        assert_eq!(data.missing, vec!["A"]);
        assert_eq!(data.tickets.len(), 1);
    }
}
