//! One ticket in full, as `jirahub ticket KEY` shows it: what Jira says beyond the normalised
//! [`Ticket`], with rich text already rendered to plain text.

use chrono::{DateTime, Utc};

use super::Ticket;

/// A ticket mentioned by another: a sub-task or the parent/epic.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedTicket {
    pub key: String,
    pub summary: Option<String>,
    pub status: Option<String>,
    /// Display name.
    pub assignee: Option<String>,
}

/// One issue link, as seen from this ticket (`relation` is the side that applies, e.g.
/// "blocks" or "is blocked by").
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedTicket {
    pub relation: String,
    pub key: String,
    pub summary: Option<String>,
    pub status: Option<String>,
}

/// Jira's time tracking, in seconds (`timeoriginalestimate`, `timeestimate`, `timespent`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TimeTracking {
    pub original_seconds: Option<u64>,
    pub remaining_seconds: Option<u64>,
    pub spent_seconds: Option<u64>,
}

impl TimeTracking {
    pub fn is_empty(&self) -> bool {
        *self == TimeTracking::default()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct WorklogEntry {
    /// Display name.
    pub author: Option<String>,
    pub started: DateTime<Utc>,
    pub time_spent_seconds: u64,
    /// Rendered to text.
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CommentEntry {
    /// Display name.
    pub author: Option<String>,
    pub created: DateTime<Utc>,
    /// Rendered to text.
    pub body: String,
}

/// Everything `jirahub ticket KEY` shows beyond the normalised [`Ticket`].
#[derive(Debug, Clone, PartialEq)]
pub struct TicketDetail {
    pub ticket: Ticket,
    /// The description rendered from ADF (or wiki markup) to text.
    pub description_text: Option<String>,
    pub resolution: Option<String>,
    /// The parent (or epic); when `None`, `ticket.parent_key` is still shown.
    pub parent: Option<RelatedTicket>,
    pub subtasks: Vec<RelatedTicket>,
    pub links: Vec<LinkedTicket>,
    pub time_tracking: TimeTracking,
    pub worklogs: Vec<WorklogEntry>,
    pub comments: Vec<CommentEntry>,
}
