//! What happened to an issue over time, as insights need it: status moves (with the category
//! each status belonged to), sprint membership, estimates, assignee, resolution and type
//! changes, oldest first. Built from Jira's changelog at the boundary (`jira::convert`).

use super::StatusCategory;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A name or id from a changelog: up to 24 bytes are kept inline (status names, issue keys,
/// sprint-sized text), so a million events need no allocation each.
pub type Text = compact_str::CompactString;
/// Sprint ids of a changelog entry: one or two inline, more on the heap.
pub type SprintIds = smallvec::SmallVec<[u64; 2]>;

/// One issue's history, with the `updated` stamp of the issue it was fetched for: a later
/// sync refetches it only when the issue changed since.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueHistory {
    pub key: Text,
    pub fetched_for: DateTime<Utc>,
    /// Oldest first; events of one changelog entry keep Jira's order.
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// A move between statuses (names as Jira showed them then).
    Status {
        from: Option<Text>,
        to: Text,
        from_category: StatusCategory,
        to_category: StatusCategory,
    },
    /// Sprint membership: the sprint ids before and after.
    Sprint { from: SprintIds, to: SprintIds },
    /// The story-point estimate before and after (`None`: no estimate).
    Points { from: Option<f64>, to: Option<f64> },
    /// Account ids (or Data Center user keys); `None` is unassigned.
    Assignee {
        from: Option<Text>,
        to: Option<Text>,
    },
    /// Resolution name after the change; `None` when it was cleared (a reopen).
    Resolution { to: Option<Text> },
    /// The issue type after the change.
    IssueType { to: Text },
}

impl IssueHistory {
    /// The status moves, oldest first.
    pub fn status_moves(
        &self,
    ) -> impl Iterator<Item = (DateTime<Utc>, StatusCategory, StatusCategory)> + '_ {
        self.events.iter().filter_map(|e| match &e.change {
            Change::Status {
                from_category,
                to_category,
                ..
            } => Some((e.at, *from_category, *to_category)),
            _ => None,
        })
    }
}
