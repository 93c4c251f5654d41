//! Public plain types: snapshots of the seeded data for tests, credentials, stats, mutations.
//!
//! Tests use these to compute expected numbers independently of the HTTP API.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize};

/// A user as an issue field refers to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimUserRef {
    /// Cloud account id (always set; Data Center responses use `name`/`key` instead).
    pub account_id: String,
    /// Data Center user name.
    pub name: String,
    pub display_name: String,
    /// `None` when the user hides their email (the API then omits `emailAddress`).
    pub email: Option<String>,
    pub active: bool,
}

/// One changelog item, as the API renders it (`field`, `from`, `fromString`, `to`, `toString`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimChange {
    pub history_id: u64,
    pub at: DateTime<Utc>,
    /// Account id of the author (Cloud) — Data Center renders the user name.
    pub author_account_id: String,
    pub field: String,
    pub field_id: Option<String>,
    pub from: Option<String>,
    pub from_string: Option<String>,
    pub to: Option<String>,
    pub to_string: Option<String>,
}

/// A snapshot of one issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimIssue {
    pub id: u64,
    pub key: String,
    pub project_id: u64,
    pub project_key: String,
    pub summary: String,
    pub issue_type: String,
    pub subtask: bool,
    pub status: String,
    pub status_id: u64,
    /// `new`, `indeterminate` or `done`.
    pub status_category: String,
    pub priority: Option<String>,
    pub resolution: Option<String>,
    pub resolution_date: Option<DateTime<Utc>>,
    pub assignee: Option<SimUserRef>,
    pub reporter: Option<SimUserRef>,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub status_category_changed: DateTime<Utc>,
    pub due_date: Option<NaiveDate>,
    pub story_points: Option<f64>,
    /// The custom field id that holds `story_points` for this issue's project.
    pub story_points_field: String,
    pub labels: Vec<String>,
    pub components: Vec<String>,
    /// Every sprint the issue has been in (closed ones included), oldest first.
    pub sprint_ids: Vec<u64>,
    pub parent_key: Option<String>,
    pub board_ids: Vec<u64>,
    pub team: Option<String>,
    pub comment_count: usize,
    pub worklog_count: usize,
    pub time_spent_seconds: u64,
    pub original_estimate_seconds: Option<u64>,
    pub flagged: bool,
    /// The changelog, oldest first.
    pub changelog: Vec<SimChange>,
}

/// A snapshot of one user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimUser {
    pub account_id: String,
    /// Data Center user name.
    pub name: String,
    /// Data Center user key.
    pub key: String,
    pub display_name: String,
    /// The address, even when hidden from others.
    pub email: String,
    pub email_visible: bool,
    pub active: bool,
    /// `atlassian` or `app`.
    pub account_type: String,
    pub time_zone: String,
    /// Keys of the projects this user may browse.
    pub projects: Vec<String>,
}

/// A login the simulator accepts. Secrets are plain here on purpose: this is test data.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credential {
    pub account_id: String,
    pub display_name: String,
    /// Cloud Basic user.
    pub email: String,
    /// Cloud Basic password.
    pub api_token: String,
    /// Data Center user name (Basic `name:api_token` also works there).
    pub username: String,
    /// Data Center personal access token (Bearer).
    pub pat: String,
    pub admin: bool,
    /// Holds a Jira Software licence; without one the Agile API answers 403.
    pub software: bool,
    /// Keys of the projects this login may browse.
    pub projects: Vec<String>,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Keep tokens out of test logs even though they are fake.
        f.debug_struct("Credential")
            .field("email", &self.email)
            .field("username", &self.username)
            .field("admin", &self.admin)
            .field("projects", &self.projects)
            .finish_non_exhaustive()
    }
}

/// A field of `/field`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimField {
    pub id: String,
    pub name: String,
    pub custom: bool,
    /// `schema.custom` of custom fields.
    pub custom_type: Option<String>,
}

/// The field list plus the ids of the fields a reporting client looks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimFields {
    pub all: Vec<SimField>,
    pub sprint: String,
    /// "Story Points" (float), used by company-managed projects.
    pub story_points: String,
    /// "Story point estimate" (jsw-story-points); Cloud only, used by team-managed projects.
    pub story_point_estimate: Option<String>,
    pub epic_link: String,
    pub rank: String,
    pub flagged: String,
    /// Atlassian Team field; Cloud only.
    pub team: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimProject {
    pub id: u64,
    pub key: String,
    pub name: String,
    /// Team-managed ("simplified") project.
    pub simplified: bool,
    pub story_points_field: String,
    pub board_ids: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimBoard {
    pub id: u64,
    pub name: String,
    /// `scrum` or `kanban`.
    pub kind: String,
    pub project_key: String,
    /// The estimation field of the board configuration (scrum boards).
    pub estimation_field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimSprint {
    pub id: u64,
    pub name: String,
    /// `closed`, `active` or `future`.
    pub state: String,
    pub board_id: u64,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    pub complete: Option<DateTime<Utc>>,
    pub goal: String,
}

/// Request counters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub total: u64,
    /// Keyed by `METHOD /route/template`, e.g. `GET /rest/api/3/search/jql`.
    pub by_endpoint: BTreeMap<String, u64>,
    /// Keyed by HTTP status served.
    pub by_status: BTreeMap<u16, u64>,
    /// 429 answers served by the rate limiter.
    pub rate_limited: u64,
    /// Injected faults by kind (`status_503`, `reset`, `truncate`, `html`).
    pub faults: BTreeMap<String, u64>,
    /// Jira requests being served right now.
    #[serde(default)]
    pub in_flight: u64,
    /// The most Jira requests served at once since the last reset: what a client's
    /// concurrency limit allowed, measured where it matters.
    #[serde(default)]
    pub max_in_flight: u64,
}

impl Stats {
    /// Requests served for one route template, e.g. `("GET", "/rest/api/3/search/jql")`.
    pub fn count(&self, method: &str, route: &str) -> u64 {
        self.by_endpoint
            .get(&format!("{method} {route}"))
            .copied()
            .unwrap_or(0)
    }
}

/// A new issue for [`Mutation::Create`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NewIssue {
    /// Project key.
    pub project: String,
    /// Issue type name; default `Task` (`Sub-task` needs a `parent`).
    pub issue_type: Option<String>,
    pub summary: String,
    /// Account id, user name or email.
    pub assignee: Option<String>,
    /// Status name; default the first status of the project's workflow.
    pub status: Option<String>,
    pub labels: Vec<String>,
    pub story_points: Option<f64>,
    pub due_date: Option<NaiveDate>,
    /// Parent issue key (epic or, for sub-tasks, the parent issue).
    pub parent: Option<String>,
    /// Sprint id.
    pub sprint: Option<u64>,
}

/// Field changes for [`Mutation::Update`]. Absent = unchanged; `null` clears.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct IssueUpdate {
    pub summary: Option<String>,
    pub labels: Option<Vec<String>>,
    #[serde(deserialize_with = "double_option")]
    pub story_points: Option<Option<f64>>,
    #[serde(deserialize_with = "double_option")]
    pub due_date: Option<Option<NaiveDate>>,
    pub priority: Option<String>,
    /// Move to this sprint (`null` = backlog).
    #[serde(deserialize_with = "double_option")]
    pub sprint: Option<Option<u64>>,
    /// Plain-text description (`null` clears it).
    #[serde(deserialize_with = "double_option")]
    pub description: Option<Option<String>>,
    /// Parent issue key (`null` detaches).
    #[serde(deserialize_with = "double_option")]
    pub parent: Option<Option<String>>,
    pub flagged: Option<bool>,
    /// Component names of the issue's project.
    pub components: Option<Vec<String>>,
}

fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A change to the data at run time. As JSON (`POST /_sim/mutations`):
/// `{"op":"transition","key":"PLAT-1","status":"Done"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Mutation {
    Create(NewIssue),
    Update {
        key: String,
        #[serde(flatten)]
        fields: IssueUpdate,
    },
    Transition {
        key: String,
        status: String,
    },
    Reassign {
        key: String,
        /// Account id, user name or email; `null` unassigns.
        assignee: Option<String>,
    },
    Delete {
        key: String,
    },
    /// Move to another project: the issue gets a new key; the old key keeps resolving.
    Move {
        key: String,
        project: String,
    },
}

/// What a mutation did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MutationOutcome {
    pub id: u64,
    /// The issue's key after the mutation (new key after a move).
    pub key: String,
}

/// Why a mutation was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MutationError {
    pub message: String,
}

impl std::fmt::Display for MutationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for MutationError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutation_json_uses_an_op_tag() {
        let m: Mutation =
            serde_json::from_str(r#"{"op":"transition","key":"PLAT-1","status":"Done"}"#)
                .expect("parses");
        assert_eq!(
            m,
            Mutation::Transition {
                key: "PLAT-1".into(),
                status: "Done".into()
            }
        );
        let c: Mutation = serde_json::from_str(r#"{"op":"create","project":"WEB","summary":"x"}"#)
            .expect("parses");
        assert!(matches!(c, Mutation::Create(n) if n.project == "WEB" && n.summary == "x"));
    }

    #[test]
    fn update_distinguishes_absent_from_null() {
        let m: Mutation =
            serde_json::from_str(r#"{"op":"update","key":"A-1","story_points":null}"#)
                .expect("parses");
        let Mutation::Update { fields, .. } = m else {
            panic!("expected update")
        };
        assert_eq!(fields.story_points, Some(None));
        assert_eq!(fields.due_date, None);
    }

    #[test]
    fn credential_debug_hides_tokens() {
        let c = Credential {
            account_id: "a".into(),
            display_name: "d".into(),
            email: "e@x".into(),
            api_token: "SECRET-TOKEN".into(),
            username: "u".into(),
            pat: "SECRET-PAT".into(),
            admin: false,
            software: true,
            projects: vec![],
        };
        let s = format!("{c:?}");
        assert!(!s.contains("SECRET"));
    }
}
