//! The domain: what every report works on, whatever Jira sent. Depends on nothing else in
//! the crate; `jira/` converts its wire types into these at the boundary (`jira::convert`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

mod agile;
mod deployment;
mod detail;
mod history;
mod worklog;
pub use agile::{BoardColumn, BoardInfo, SprintInfo};
pub use deployment::Deployment;
pub use detail::{
    CommentEntry, LinkedTicket, RelatedTicket, TicketDetail, TimeTracking, WorklogEntry,
};
pub use history::{Change, Event, IssueHistory, SharedText, SprintIds, Text};
pub use worklog::{LoggedWork, Worklogs};

/// The stable way to ask "open or done": status names differ per workflow, categories do not.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum StatusCategory {
    ToDo,
    InProgress,
    Done,
    Undefined,
}

impl StatusCategory {
    /// From `statusCategory.key`: `new`, `indeterminate`, `done`, `undefined`.
    pub fn from_key(key: &str) -> StatusCategory {
        match key {
            "new" => StatusCategory::ToDo,
            "indeterminate" => StatusCategory::InProgress,
            "done" => StatusCategory::Done,
            _ => StatusCategory::Undefined,
        }
    }

    /// The Jira key (`new`, `indeterminate`, `done`, `undefined`).
    pub fn key(self) -> &'static str {
        match self {
            StatusCategory::ToDo => "new",
            StatusCategory::InProgress => "indeterminate",
            StatusCategory::Done => "done",
            StatusCategory::Undefined => "undefined",
        }
    }

    /// The name JQL's `statusCategory` clause takes.
    pub fn jql_name(self) -> &'static str {
        match self {
            StatusCategory::ToDo => "To Do",
            StatusCategory::InProgress => "In Progress",
            StatusCategory::Done => "Done",
            StatusCategory::Undefined => "No Category",
        }
    }
}

/// A person as reports show them.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq, Hash)]
pub struct Person {
    pub account_id: String,
    pub display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub active: bool,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum SprintState {
    Future,
    Active,
    Closed,
    #[serde(other)]
    Unknown,
}

impl SprintState {
    pub fn as_str(self) -> &'static str {
        match self {
            SprintState::Future => "future",
            SprintState::Active => "active",
            SprintState::Closed => "closed",
            SprintState::Unknown => "unknown",
        }
    }

    /// Lenient: Jira's own spellings in any case; anything else is `Unknown`.
    pub fn parse(s: &str) -> SprintState {
        match s.to_ascii_lowercase().as_str() {
            "future" => SprintState::Future,
            "active" => SprintState::Active,
            "closed" => SprintState::Closed,
            _ => SprintState::Unknown,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct SprintRef {
    pub id: u64,
    pub name: String,
    pub state: SprintState,
}

/// The record every report uses, built once from a Jira issue (`jira::convert`) and stored by
/// the cache (100k of them), so empty values are left out of the serialised form.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Ticket {
    pub id: String,
    pub key: String,
    pub project_key: String,
    pub summary: String,
    pub issue_type: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub is_subtask: bool,
    pub status: String,
    pub status_category: StatusCategory,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<Person>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<Person>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story_points: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sprints: Vec<SprintRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<String>,
    /// Jira's time tracking: original estimate, remaining estimate and time spent.
    #[serde(default, skip_serializing_if = "TimeTracking::is_empty")]
    pub time: TimeTracking,
}

fn is_false(b: &bool) -> bool {
    !*b
}
