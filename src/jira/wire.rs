//! Serde types for the parts of the Jira REST API jirahub reads, as Jira sends them. The
//! domain's [`Ticket`](crate::model::Ticket) is built from them in [`super::convert`].
//!
//! Jira is not consistent (dates without colons in the offset, users without `accountId` on Data
//! Center, sprints as strings on old servers), so parsing is lenient here and strict nowhere else.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::Result;
use crate::model::SprintState;

// ---------------------------------------------------------------------------------------------
// Dates

/// Parses a Jira timestamp into UTC.
///
/// Accepts what real Jira sends: `2024-01-15T10:30:00.000+0000` (offset without a colon),
/// `+01:00`, `Z`, and changelog values without milliseconds or even seconds
/// (`2012-04-11T14:26+0200`). Each value carries its own offset (it changes with daylight saving).
pub fn parse_jira_datetime(s: &str) -> Option<DateTime<Utc>> {
    parse_jira_datetime_with_offset(s).map(|dt| dt.with_timezone(&Utc))
}

/// Like [`parse_jira_datetime`], keeping the offset the value was written with.
pub fn parse_jira_datetime_with_offset(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt);
    }
    // `%#z` accepts `+0000`, `+00:00`, `+00` and `Z`; `%.f` makes the fraction optional.
    ["%Y-%m-%dT%H:%M:%S%.f%#z", "%Y-%m-%dT%H:%M%#z"]
        .iter()
        .find_map(|fmt| DateTime::parse_from_str(s, fmt).ok())
}

/// Parses a Jira date (`duedate`): `2024-01-31`. A timestamp is accepted too (its date part).
pub fn parse_jira_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().or_else(|| {
        s.get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    })
}

/// Serde adapters for Jira timestamps (`#[serde(with = "jira_datetime")]`).
pub mod jira_datetime {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let s = String::deserialize(d)?;
        parse_jira_datetime(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a Jira timestamp: {s:?}")))
    }

    pub fn serialize<S: serde::Serializer>(v: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        v.serialize(s)
    }

    /// For optional timestamps: null, absent and unparseable values become `None`.
    pub mod option {
        use super::*;

        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<DateTime<Utc>>, D::Error> {
            let s = Option::<String>::deserialize(d)?;
            Ok(s.as_deref().and_then(parse_jira_datetime))
        }

        pub fn serialize<S: serde::Serializer>(
            v: &Option<DateTime<Utc>>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            v.serialize(s)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Platform resources

/// `GET /rest/api/2/serverInfo` (answers anonymously).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ServerInfo {
    #[serde(default)]
    pub base_url: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
    /// `"Cloud"` on Cloud; `"Server"` on Data Center; absent on some proxies (treated as Data Center).
    #[serde(default)]
    pub deployment_type: Option<String>,
    #[serde(default)]
    pub server_title: Option<String>,
}

impl ServerInfo {
    pub fn deployment(&self) -> crate::model::Deployment {
        match self.deployment_type.as_deref() {
            Some(t) if t.eq_ignore_ascii_case("cloud") => crate::model::Deployment::Cloud,
            _ => crate::model::Deployment::DataCenter,
        }
    }
}

/// A Jira user. Cloud identifies users by `accountId`; Data Center by `key`/`name`.
/// `emailAddress` is absent when the profile hides it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct User {
    #[serde(default)]
    pub account_id: Option<String>,
    #[serde(default)]
    pub key: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub email_address: Option<String>,
    #[serde(default = "default_true")]
    pub active: bool,
    #[serde(default)]
    pub time_zone: Option<String>,
    #[serde(default)]
    pub account_type: Option<String>,
}

fn default_true() -> bool {
    true
}

impl User {
    /// The identifier: `accountId` on Cloud; on Data Center the user `name`, which is what
    /// JQL's `assignee` takes (the `key`, e.g. `JIRAUSER10005`, is the fallback).
    pub fn id(&self) -> Option<&str> {
        self.account_id
            .as_deref()
            .or(self.name.as_deref())
            .or(self.key.as_deref())
            .filter(|s| !s.is_empty())
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    pub id: String,
    pub key: String,
    pub name: String,
    #[serde(default)]
    pub project_type_key: Option<String>,
    /// `true` for team-managed ("next-gen") projects.
    #[serde(default)]
    pub simplified: Option<bool>,
}

/// `GET /field`: one field definition.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    pub id: String,
    #[serde(default)]
    pub key: Option<String>,
    pub name: String,
    #[serde(default)]
    pub custom: bool,
    #[serde(default)]
    pub schema: Option<FieldSchema>,
    #[serde(default)]
    pub clause_names: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FieldSchema {
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub items: Option<String>,
    #[serde(default)]
    pub system: Option<String>,
    #[serde(default)]
    pub custom: Option<String>,
    #[serde(default)]
    pub custom_id: Option<u64>,
}

/// An issue as Jira returns it; `fields` stays a map because its keys differ per site.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Issue {
    pub id: String,
    pub key: String,
    #[serde(default)]
    pub fields: Map<String, Value>,
    /// Present with `expand=changelog` (only the most recent histories; see `total`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changelog: Option<Changelog>,
}

impl Issue {
    /// The UTC offset a raw timestamp field (e.g. `updated`) was written with. Jira writes
    /// timestamps in the searching user's zone, which is also the zone JQL dates are read in, so
    /// this is the offset to give [`Jql::updated_since`](super::jql::Jql::updated_since).
    pub fn timestamp_offset(&self, field: &str) -> Option<FixedOffset> {
        let raw = self.fields.get(field)?.as_str()?;
        parse_jira_datetime_with_offset(raw).map(|dt| *dt.offset())
    }
}

/// One status of `/status`: id, name and category.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StatusInfo {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub status_category: Option<StatusCategoryKey>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct StatusCategoryKey {
    #[serde(default)]
    pub key: String,
}

/// The changelog embedded by `expand=changelog`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Changelog {
    #[serde(default)]
    pub start_at: u64,
    #[serde(default)]
    pub max_results: u64,
    #[serde(default)]
    pub total: u64,
    #[serde(default)]
    pub histories: Vec<History>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct History {
    pub id: String,
    #[serde(default)]
    pub author: Option<User>,
    #[serde(with = "jira_datetime")]
    pub created: DateTime<Utc>,
    #[serde(default)]
    pub items: Vec<ChangeItem>,
}

/// One changed field. `fieldId` is absent on some items (Link, Parent).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ChangeItem {
    pub field: String,
    #[serde(default)]
    pub fieldtype: Option<String>,
    #[serde(default)]
    pub field_id: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub from_string: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub to_string: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Worklog {
    pub id: String,
    /// The issue's id (always sent by `/worklog/list`, which spans issues).
    #[serde(default)]
    pub issue_id: Option<String>,
    #[serde(default)]
    pub author: Option<User>,
    #[serde(with = "jira_datetime")]
    pub started: DateTime<Utc>,
    #[serde(default)]
    pub time_spent_seconds: u64,
    /// ADF on v3, a wiki-markup string on v2.
    #[serde(default)]
    pub comment: Option<Value>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: String,
    #[serde(default)]
    pub author: Option<User>,
    /// ADF on v3, a wiki-markup string on v2: read it with [`Comment::body_text`].
    #[serde(default)]
    pub body: Option<Value>,
    #[serde(with = "jira_datetime")]
    pub created: DateTime<Utc>,
    #[serde(default, with = "jira_datetime::option")]
    pub updated: Option<DateTime<Utc>>,
}

impl Comment {
    pub fn body_text(&self) -> String {
        self.body
            .as_ref()
            .map(super::adf::rich_text)
            .unwrap_or_default()
    }
}

// ---------------------------------------------------------------------------------------------
// Agile resources

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Board {
    pub id: u64,
    pub name: String,
    /// `scrum`, `kanban` or `simple`.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub location: Option<BoardLocation>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BoardLocation {
    #[serde(default)]
    pub project_id: Option<u64>,
    #[serde(default)]
    pub project_key: Option<String>,
    #[serde(default)]
    pub project_name: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
}

/// `GET /rest/agile/1.0/board/{id}/configuration` (what jirahub reads of it).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BoardConfiguration {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub filter: Option<IdRef>,
    #[serde(default)]
    pub estimation: Option<Estimation>,
    #[serde(default)]
    pub column_config: Option<ColumnConfig>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct IdRef {
    pub id: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Estimation {
    /// `field` (estimate by a field) or `issueCount`.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub field: Option<EstimationField>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct EstimationField {
    pub field_id: String,
    #[serde(default)]
    pub display_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct ColumnConfig {
    #[serde(default)]
    pub columns: Vec<BoardColumn>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct BoardColumn {
    pub name: String,
    #[serde(default)]
    pub statuses: Vec<IdRef>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Sprint {
    pub id: u64,
    pub name: String,
    pub state: SprintState,
    #[serde(default, with = "jira_datetime::option")]
    pub start_date: Option<DateTime<Utc>>,
    #[serde(default, with = "jira_datetime::option")]
    pub end_date: Option<DateTime<Utc>>,
    #[serde(default, with = "jira_datetime::option")]
    pub complete_date: Option<DateTime<Utc>>,
    #[serde(default)]
    pub origin_board_id: Option<u64>,
    #[serde(default)]
    pub goal: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Paging envelopes: every endpoint has its own (API-FACTS §3); each is honoured as returned.

/// `/rest/api/3/search/jql`: token paging, no total.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchJqlPage {
    #[serde(default)]
    pub issues: Vec<Issue>,
    #[serde(default)]
    pub next_page_token: Option<String>,
    #[serde(default)]
    pub is_last: Option<bool>,
}

/// Cloud `POST /rest/api/3/issue/bulkfetch`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BulkIssues {
    #[serde(default)]
    pub issues: Vec<Issue>,
    /// Issues Jira could not return this time (retriable); missing or hidden issues are simply
    /// absent.
    #[serde(default)]
    pub issue_errors: Vec<BulkIssueError>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BulkIssueError {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub error_message: Option<String>,
}

/// Data Center `/rest/api/2/search` and agile issue lists: startAt/total, no isLast.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IssuePage {
    #[serde(default)]
    pub start_at: u64,
    #[serde(default)]
    pub max_results: u64,
    #[serde(default)]
    pub total: Option<u64>,
    #[serde(default)]
    pub issues: Vec<Issue>,
}

/// Platform PageBean and agile lists: `values` with `isLast` and (sometimes) `total`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PageBean<T> {
    #[serde(default)]
    pub start_at: u64,
    #[serde(default)]
    pub max_results: u64,
    #[serde(default)]
    pub total: Option<u64>,
    #[serde(default)]
    pub is_last: Option<bool>,
    #[serde(default = "Vec::new")]
    pub values: Vec<T>,
}

/// `/worklog/updated` and `/worklog/deleted`: one page of the site's worklog changes.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangedWorklogs {
    #[serde(default)]
    pub values: Vec<ChangedWorklog>,
    #[serde(default)]
    pub until: Option<i64>,
    #[serde(default)]
    pub last_page: bool,
    #[serde(default)]
    pub next_page: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangedWorklog {
    pub worklog_id: u64,
    #[serde(default)]
    pub updated_time: i64,
}

/// `/issue/{key}/worklog`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorklogPage {
    #[serde(default)]
    pub start_at: u64,
    #[serde(default)]
    pub total: Option<u64>,
    #[serde(default)]
    pub worklogs: Vec<Worklog>,
}

/// `/issue/{key}/comment`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CommentPage {
    #[serde(default)]
    pub start_at: u64,
    #[serde(default)]
    pub total: Option<u64>,
    #[serde(default)]
    pub comments: Vec<Comment>,
}

/// Whether a startAt-paged list is complete after a page of `len` items starting at `start_at`.
pub(crate) fn page_is_final(
    start_at: u64,
    len: usize,
    total: Option<u64>,
    is_last: Option<bool>,
) -> bool {
    if len == 0 || is_last == Some(true) {
        return true;
    }
    // Without a total (and without `isLast: true`), only an empty page ends the list: a short
    // page proves nothing, since Jira may return fewer items than asked for.
    total.is_some_and(|total| start_at + len as u64 >= total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jira::samples::{sample, utc};

    #[test]
    fn jira_timestamp_with_offset_without_colon_is_parsed_to_utc() {
        let dt = parse_jira_datetime("2024-01-15T10:30:00.000+0100").expect("parses");
        assert_eq!(dt, utc(2024, 1, 15, 9, 30, 0));
    }

    #[test]
    fn jira_timestamp_variants_are_all_accepted() {
        let want = utc(2024, 1, 15, 10, 30, 0);
        for s in [
            "2024-01-15T10:30:00.000+0000",
            "2024-01-15T10:30:00.000+00:00",
            "2024-01-15T10:30:00.000Z",
            "2024-01-15T10:30:00Z",
            "2024-01-15T10:30:00+0000",
            "2024-01-15T10:30+0000",
            "2024-01-15T05:30:00.000-0500",
        ] {
            assert_eq!(parse_jira_datetime(s), Some(want), "{s}");
        }
    }

    #[test]
    fn garbage_timestamps_are_rejected_not_guessed() {
        assert_eq!(parse_jira_datetime("yesterday"), None);
        assert_eq!(parse_jira_datetime("2024-01-15"), None);
    }

    #[test]
    fn issue_reports_the_offset_its_timestamps_were_written_with() {
        let issue: Issue = serde_json::from_str(&sample("cloud-v3-issue.json")).expect("parses");
        assert_eq!(
            issue.timestamp_offset("created"),
            FixedOffset::east_opt(3600)
        );
        assert_eq!(issue.timestamp_offset("updated"), FixedOffset::east_opt(0));
        assert_eq!(issue.timestamp_offset("summary"), None);
    }

    #[test]
    fn due_date_is_a_plain_date() {
        assert_eq!(
            parse_jira_date("2024-01-31"),
            NaiveDate::from_ymd_opt(2024, 1, 31)
        );
        assert_eq!(parse_jira_date("31/01/2024"), None);
    }

    #[test]
    fn server_info_tells_cloud_from_data_center() {
        use crate::model::Deployment;
        let cloud: ServerInfo = serde_json::from_str(&sample("cloud-serverinfo.json")).expect("ok");
        let dc: ServerInfo =
            serde_json::from_str(&sample("dc-serverinfo-anonymous.json")).expect("ok");
        assert_eq!(cloud.deployment(), Deployment::Cloud);
        assert_eq!(dc.deployment(), Deployment::DataCenter);
    }

    #[test]
    fn changelog_histories_parse_with_odd_dates() {
        let issue: Issue =
            serde_json::from_str(&sample("dc-v2-issue-with-changelog.json")).expect("parses");
        let log = issue.changelog.expect("expanded");
        assert_eq!(log.histories.len() as u64, log.total);
        assert_eq!(log.histories[1].items[0].field, "assignee");
    }

    #[test]
    fn agile_samples_parse() {
        let cfg: BoardConfiguration =
            serde_json::from_str(&sample("agile-cloud-board-configuration-scrum.json"))
                .expect("ok");
        let field = cfg
            .estimation
            .and_then(|e| e.field)
            .expect("estimation field");
        assert_eq!(field.field_id, "customfield_10036");
        let sprints: PageBean<Sprint> =
            serde_json::from_str(&sample("agile-cloud-board-sprints.json")).expect("ok");
        assert_eq!(sprints.total, None);
        assert_eq!(sprints.values[0].state, SprintState::Future);
        let sprint: Sprint = serde_json::from_str(&sample("agile-cloud-sprint.json")).expect("ok");
        assert_eq!(
            sprint.start_date.map(|d| d.date_naive()),
            NaiveDate::from_ymd_opt(2021, 4, 30)
        );
        let board: Board = serde_json::from_str(&sample("agile-cloud-board.json")).expect("ok");
        assert_eq!(
            board.location.and_then(|l| l.project_key).as_deref(),
            Some("KP")
        );
        let boards: PageBean<Board> =
            serde_json::from_str(&sample("agile-board-list.json")).expect("ok");
        assert_eq!(boards.values.len() as u64, boards.total.expect("has total"));
    }

    #[test]
    fn worklogs_and_comments_samples_parse() {
        let w: WorklogPage =
            serde_json::from_str(&sample("dc-v2-issue-worklogs.json")).expect("ok");
        assert_eq!(w.worklogs.len() as u64, w.total.expect("total"));
        let c: CommentPage =
            serde_json::from_str(&sample("dc-v2-issue-comments.json")).expect("ok");
        assert_eq!(c.comments[0].body_text(), "This is a comment. Creative.");
        let c3: CommentPage =
            serde_json::from_str(&sample("cloud-v2-issue-comments.json")).expect("ok");
        assert!(!c3.comments.is_empty());
    }

    #[test]
    fn paging_ends_on_total_is_last_or_an_empty_page() {
        assert!(page_is_final(0, 0, None, None));
        assert!(page_is_final(0, 50, Some(50), None));
        assert!(!page_is_final(0, 50, Some(51), None));
        assert!(page_is_final(0, 3, None, Some(true)));
        assert!(!page_is_final(0, 50, None, Some(false)));
        assert!(!page_is_final(0, 50, None, None));
    }
}
