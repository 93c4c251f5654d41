//! Merging an incremental sync: the previous snapshot, the issues fetched now, and the key-only
//! listing of what exists now. Pure, so every case (update, add, delete, move, races with the
//! eventually consistent index) is tested without a server.
//!
//! The listing decides membership: an issue not listed is gone (deleted, or moved to another
//! project, which gave it a new key there). Content comes from what was fetched now, else from the
//! previous snapshot; a listed issue whose best content is older than the listing says, or missing,
//! or under another key, is "stale" and must be fetched by key before finishing.

use std::collections::{HashMap, HashSet};

use crate::jira::IssueStamp;

use crate::model::Ticket;

use super::meta::key_order;

/// What the merge did, for the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct MergeCounts {
    /// Listed issues that were not in the previous snapshot.
    pub added: u64,
    /// Issues of the previous snapshot whose content changed.
    pub updated: u64,
    /// Issues of the previous snapshot that are no longer listed.
    pub removed: u64,
}

pub(crate) struct Merge {
    previous: HashMap<String, Ticket>,
    fresh: HashMap<String, Ticket>,
    listing: Vec<IssueStamp>,
}

impl Merge {
    pub fn new(previous: Vec<Ticket>, listing: Vec<IssueStamp>) -> Merge {
        Merge {
            previous: previous.into_iter().map(|t| (t.id.clone(), t)).collect(),
            fresh: HashMap::new(),
            listing,
        }
    }

    /// Adds tickets fetched in this run; a later copy of the same issue wins if it is newer.
    pub fn add_fresh(&mut self, tickets: Vec<Ticket>) {
        for t in tickets {
            match self.fresh.get(&t.id) {
                Some(have) if have.updated > t.updated => {}
                _ => {
                    self.fresh.insert(t.id.clone(), t);
                }
            }
        }
    }

    /// Ids fetched in this run (whose board membership must be looked at again).
    pub fn fresh_ids(&self) -> HashSet<String> {
        self.fresh.keys().cloned().collect()
    }

    /// The oldest `updated` among fetched tickets.
    pub fn oldest_fresh_update(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.fresh.values().map(|t| t.updated).min()
    }

    /// Keys of listed issues whose content we lack or know to be out of date.
    pub fn stale_keys(&self) -> Vec<String> {
        self.listing
            .iter()
            .filter(|stamp| match self.content(&stamp.id) {
                None => true,
                Some(t) => t.key != stamp.key || stamp.updated.is_some_and(|u| u > t.updated),
            })
            .map(|stamp| stamp.key.clone())
            .collect()
    }

    fn content(&self, id: &str) -> Option<&Ticket> {
        self.fresh.get(id).or_else(|| self.previous.get(id))
    }

    /// The project's tickets now, in key order. Listed issues with no content at all (they
    /// vanished between the listing and the fetch by key) are left out.
    pub fn finish(mut self) -> (Vec<Ticket>, MergeCounts) {
        let mut counts = MergeCounts::default();
        let mut tickets = Vec::with_capacity(self.listing.len());
        let mut listed = HashSet::with_capacity(self.listing.len());
        for stamp in &self.listing {
            if !listed.insert(stamp.id.clone()) {
                continue;
            }
            let previous = self.previous.get(&stamp.id);
            let ticket = match (self.fresh.remove(&stamp.id), previous) {
                (Some(fresh), Some(old)) => {
                    if fresh != *old {
                        counts.updated += 1;
                    }
                    fresh
                }
                (Some(fresh), None) => {
                    counts.added += 1;
                    fresh
                }
                (None, Some(old)) => old.clone(),
                (None, None) => continue,
            };
            tickets.push(ticket);
        }
        counts.removed = self
            .previous
            .keys()
            .filter(|id| !listed.contains(*id))
            .count() as u64;
        tickets.sort_by(|a, b| key_order(&a.key).cmp(&key_order(&b.key)));
        (tickets, counts)
    }
}

/// A board's members after an incremental sync: the previous members minus every issue fetched
/// now, plus what the board lists among issues updated since the oldest fetched one, kept only if
/// still in the project.
pub(crate) fn board_members<'a>(
    previous: impl IntoIterator<Item = &'a str>,
    fresh: &HashSet<String>,
    listed_now: &'a [String],
    project_ids: &HashSet<&str>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    let kept = previous.into_iter().filter(|id| !fresh.contains(*id));
    for id in kept.chain(listed_now.iter().map(String::as_str)) {
        if project_ids.contains(id) && seen.insert(id) {
            out.push(id.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::StatusCategory;
    use chrono::{DateTime, Duration, TimeZone, Utc};

    fn at(minute: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 1, 15, 10, 0, 0)
            .single()
            .expect("valid")
            + Duration::minutes(minute)
    }

    fn ticket(id: &str, key: &str, minute: i64, summary: &str) -> Ticket {
        Ticket {
            id: id.into(),
            key: key.into(),
            project_key: key.split('-').next().unwrap_or_default().into(),
            summary: summary.into(),
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

    fn stamp(id: &str, key: &str, minute: i64) -> IssueStamp {
        IssueStamp {
            id: id.into(),
            key: key.into(),
            updated: Some(at(minute)),
        }
    }

    fn keys(tickets: &[Ticket]) -> Vec<&str> {
        tickets.iter().map(|t| t.key.as_str()).collect()
    }

    #[test]
    fn fetched_updates_replace_cached_content_and_are_counted() {
        let previous = vec![ticket("1", "A-1", 1, "old"), ticket("2", "A-2", 1, "same")];
        let mut merge = Merge::new(previous, vec![stamp("1", "A-1", 5), stamp("2", "A-2", 1)]);
        // The overlap refetches A-2 unchanged: not an update.
        merge.add_fresh(vec![
            ticket("1", "A-1", 5, "new"),
            ticket("2", "A-2", 1, "same"),
        ]);
        assert!(merge.stale_keys().is_empty());
        let (tickets, counts) = merge.finish();
        assert_eq!(tickets[0].summary, "new");
        assert_eq!(
            counts,
            MergeCounts {
                added: 0,
                updated: 1,
                removed: 0
            }
        );
    }

    #[test]
    fn unlisted_issues_are_removed() {
        let previous = vec![ticket("1", "A-1", 1, "x"), ticket("2", "A-2", 1, "y")];
        let merge = Merge::new(previous, vec![stamp("2", "A-2", 1)]);
        let (tickets, counts) = merge.finish();
        assert_eq!(keys(&tickets), vec!["A-2"]);
        assert_eq!(counts.removed, 1);
    }

    #[test]
    fn new_issues_are_added_in_key_order() {
        let previous = vec![ticket("2", "A-10", 1, "x")];
        let mut merge = Merge::new(previous, vec![stamp("2", "A-10", 1), stamp("3", "A-9", 4)]);
        merge.add_fresh(vec![ticket("3", "A-9", 4, "new")]);
        let (tickets, counts) = merge.finish();
        assert_eq!(keys(&tickets), vec!["A-9", "A-10"]);
        assert_eq!(counts.added, 1);
    }

    #[test]
    fn listed_issue_without_content_is_stale() {
        // Created after the updated-since query ran, or missed by the lagging index.
        let merge = Merge::new(vec![], vec![stamp("9", "A-9", 3)]);
        assert_eq!(merge.stale_keys(), vec!["A-9"]);
    }

    #[test]
    fn listing_newer_than_the_content_is_stale() {
        let merge = Merge::new(vec![ticket("1", "A-1", 1, "x")], vec![stamp("1", "A-1", 2)]);
        assert_eq!(merge.stale_keys(), vec!["A-1"]);
    }

    #[test]
    fn issue_moved_into_the_project_under_a_new_key_is_stale_until_fetched() {
        let previous = vec![ticket("1", "A-1", 1, "x")];
        let mut merge = Merge::new(previous, vec![stamp("1", "A-7", 1)]);
        assert_eq!(merge.stale_keys(), vec!["A-7"]);
        merge.add_fresh(vec![ticket("1", "A-7", 1, "x")]);
        assert!(merge.stale_keys().is_empty());
        let (tickets, counts) = merge.finish();
        assert_eq!(keys(&tickets), vec!["A-7"]);
        assert_eq!(counts.updated, 1);
    }

    #[test]
    fn content_newer_than_the_listing_is_kept() {
        // Updated between the listing and the fetch: the fetch is the newer truth.
        let mut merge = Merge::new(vec![], vec![stamp("1", "A-1", 1)]);
        merge.add_fresh(vec![ticket("1", "A-1", 3, "newer")]);
        assert!(merge.stale_keys().is_empty());
        let (tickets, _) = merge.finish();
        assert_eq!(tickets[0].summary, "newer");
    }

    #[test]
    fn fetched_issue_not_listed_is_dropped() {
        // Deleted after the fetch but before the listing.
        let mut merge = Merge::new(vec![], vec![]);
        merge.add_fresh(vec![ticket("1", "A-1", 3, "gone")]);
        let (tickets, counts) = merge.finish();
        assert!(tickets.is_empty());
        assert_eq!(counts, MergeCounts::default());
    }

    #[test]
    fn an_older_duplicate_never_replaces_a_newer_fetch() {
        let mut merge = Merge::new(vec![], vec![stamp("1", "A-1", 3)]);
        merge.add_fresh(vec![ticket("1", "A-1", 3, "new")]);
        merge.add_fresh(vec![ticket("1", "A-1", 2, "old")]);
        let (tickets, _) = merge.finish();
        assert_eq!(tickets[0].summary, "new");
    }

    #[test]
    fn board_members_drop_refetched_issues_the_board_no_longer_lists() {
        let previous = ["1", "2", "3"];
        let fresh: HashSet<String> = ["2", "4"].iter().map(|s| s.to_string()).collect();
        let listed_now = vec!["4".to_string(), "5".to_string()];
        let project: HashSet<&str> = ["1", "2", "4", "5"].into_iter().collect();
        // 1 kept (untouched), 2 left the board, 3 left the project, 4 joined, 5 joined.
        assert_eq!(
            board_members(previous, &fresh, &listed_now, &project),
            vec!["1", "4", "5"]
        );
    }
}
