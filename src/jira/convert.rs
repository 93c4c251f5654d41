//! The boundary between Jira's wire types and the domain: [`ticket_from_issue`] turns an issue
//! as Jira sent it into a [`Ticket`]; [`ticket_fields`] lists the fields that needs.

use serde::Deserialize;
use serde_json::Value;

use super::fields::FieldMap;
use super::wire::{Comment, Issue, User, Worklog, parse_jira_date, parse_jira_datetime};
use crate::model::{
    CommentEntry, LinkedTicket, Person, RelatedTicket, SprintRef, SprintState, StatusCategory,
    Ticket, TicketDetail, TimeTracking, WorklogEntry,
};
use crate::{Error, Result};

/// A Jira user as a person on a ticket: Data Center users have no `accountId`, their `name` stands in.
/// `None` when the user object has no identifier at all (nothing to group by).
pub fn person_from_user(u: &User) -> Option<Person> {
    let id = u.id()?.to_string();
    Some(Person {
        display_name: u.display_name.clone().unwrap_or_else(|| id.clone()),
        account_id: id,
        email: u.email_address.clone().filter(|e| !e.is_empty()),
        active: u.active,
    })
}

/// A value of the Sprint field: an object on Cloud, a legacy `…[id=1,name=…]` string on old servers.
/// Reads one sprint value: an object (Cloud, recent DC) or the old Data Center string
/// `com.atlassian.greenhopper.service.sprint.Sprint@1f[id=5,rapidViewId=3,state=ACTIVE,name=Sprint 5,...]`.
pub fn sprint_ref_from_value(v: &Value) -> Option<SprintRef> {
    match v {
        Value::Object(o) => Some(SprintRef {
            id: o.get("id").and_then(value_as_u64)?,
            name: o
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            state: o
                .get("state")
                .and_then(Value::as_str)
                .map_or(SprintState::Unknown, SprintState::parse),
        }),
        Value::String(s) => parse_legacy_sprint(s),
        _ => None,
    }
}

fn value_as_u64(v: &Value) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

fn parse_legacy_sprint(s: &str) -> Option<SprintRef> {
    let body = s.get(s.find('[')? + 1..s.rfind(']')?)?;
    // Split on commas that start a new `key=` pair, so a sprint name may itself hold commas.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for part in body.split(',') {
        match part.split_once('=') {
            Some((k, v)) if !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric()) => {
                pairs.push((k.to_string(), v.to_string()))
            }
            _ => {
                if let Some(last) = pairs.last_mut() {
                    last.1.push(',');
                    last.1.push_str(part);
                }
            }
        }
    }
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(pk, _)| pk == k)
            .map(|(_, v)| v.as_str())
    };
    Some(SprintRef {
        id: get("id")?.parse().ok()?,
        name: get("name").unwrap_or_default().to_string(),
        state: get("state").map_or(SprintState::Unknown, SprintState::parse),
    })
}

/// The system fields [`ticket_from_issue`] reads.
const TICKET_SYSTEM_FIELDS: &[&str] = &[
    "summary",
    "status",
    "issuetype",
    "project",
    "assignee",
    "reporter",
    "created",
    "updated",
    "resolutiondate",
    "duedate",
    "labels",
    "parent",
    "priority",
    "components",
    "timeoriginalestimate",
    "timeestimate",
    "timespent",
];

/// The `fields` to request from search so that [`Ticket::from_issue`] has what it needs
/// (system fields plus the discovered sprint, story-point and epic-link fields).
pub fn ticket_fields(fields: &FieldMap) -> Vec<String> {
    let mut out: Vec<String> = TICKET_SYSTEM_FIELDS.iter().map(|s| s.to_string()).collect();
    let custom = fields
        .story_points
        .iter()
        .chain(fields.sprint.iter())
        .chain(fields.epic_link.iter());
    for id in custom {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

/// Normalises an issue. Fails (naming the issue) only when an essential field is missing:
/// then the search did not ask for it or the server is not Jira.
pub fn ticket_from_issue(issue: &Issue, fields: &FieldMap) -> Result<Ticket> {
    let f = &issue.fields;
    let missing = |what: &str| {
        Error::unavailable(format!(
            "Jira returned issue {} without a usable `{what}` field",
            issue.key
        ))
        .with_hint("the search must request the fields listed by ticket_fields")
    };
    let str_at = |v: Option<&Value>, key: &str| -> Option<String> {
        v.and_then(|v| v.get(key))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let date_at = |key: &str| {
        f.get(key)
            .and_then(Value::as_str)
            .and_then(parse_jira_datetime)
    };
    let person_at = |key: &str| {
        f.get(key)
            .filter(|v| v.is_object())
            .and_then(|v| User::deserialize(v).ok())
            .as_ref()
            .and_then(person_from_user)
    };

    let status = f.get("status");
    let issue_type = f.get("issuetype");
    let project_key = str_at(f.get("project"), "key")
        .or_else(|| issue.key.rsplit_once('-').map(|(p, _)| p.to_string()))
        .ok_or_else(|| missing("project"))?;
    let status_category = status
        .and_then(|s| s.get("statusCategory"))
        .and_then(|c| c.get("key"))
        .and_then(Value::as_str)
        .map_or(StatusCategory::Undefined, StatusCategory::from_key);

    let story_points = fields
        .story_points
        .iter()
        .find_map(|id| f.get(id).and_then(story_point_value));
    let sprints = fields
        .sprint
        .as_ref()
        .and_then(|id| f.get(id))
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(sprint_ref_from_value).collect())
        .unwrap_or_default();
    let parent_key = str_at(f.get("parent"), "key").or_else(|| {
        // Data Center (and old Cloud) link stories to epics by the Epic Link field.
        fields
            .epic_link
            .as_ref()
            .and_then(|id| f.get(id))
            .and_then(Value::as_str)
            .map(str::to_string)
    });
    let names = |key: &str| -> Vec<String> {
        f.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().or_else(|| v.get("name")?.as_str()))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };

    Ok(Ticket {
        id: issue.id.clone(),
        key: issue.key.clone(),
        project_key,
        summary: f
            .get("summary")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        issue_type: str_at(issue_type, "name").ok_or_else(|| missing("issuetype"))?,
        is_subtask: issue_type
            .and_then(|t| t.get("subtask"))
            .and_then(Value::as_bool)
            .unwrap_or(false),
        status: str_at(status, "name").ok_or_else(|| missing("status"))?,
        status_category,
        assignee: person_at("assignee"),
        reporter: person_at("reporter"),
        created: date_at("created").ok_or_else(|| missing("created"))?,
        updated: date_at("updated").ok_or_else(|| missing("updated"))?,
        resolved: date_at("resolutiondate"),
        due: f
            .get("duedate")
            .and_then(Value::as_str)
            .and_then(parse_jira_date),
        story_points,
        labels: names("labels"),
        sprints,
        parent_key,
        priority: str_at(f.get("priority"), "name"),
        components: names("components"),
        time: crate::model::TimeTracking {
            original_seconds: f.get("timeoriginalestimate").and_then(Value::as_u64),
            remaining_seconds: f.get("timeestimate").and_then(Value::as_u64),
            spent_seconds: f.get("timespent").and_then(Value::as_u64),
        },
    })
}

/// Story points are numbers, but some sites (and old Data Center) send them as strings.
fn story_point_value(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|n| n.is_finite())
}

/// `jirahub ticket KEY`'s detail from Jira's answers: the issue (with `description`, `subtasks`,
/// `issuelinks`, `timetracking` and `resolution`), its worklogs and its comments. Rich text
/// (ADF, or wiki markup from Data Center) is rendered to plain text.
pub fn ticket_detail(
    issue: &Issue,
    fields: &FieldMap,
    worklogs: &[Worklog],
    comments: &[Comment],
) -> Result<TicketDetail> {
    let f = &issue.fields;
    let ticket = ticket_from_issue(issue, fields)?;
    let text = |v: Option<&Value>| {
        v.filter(|v| !v.is_null())
            .map(super::adf::rich_text)
            .filter(|t| !t.trim().is_empty())
    };
    let related = |v: &Value| -> Option<RelatedTicket> {
        Some(RelatedTicket {
            key: v.get("key")?.as_str()?.to_string(),
            summary: str_at(v, &["fields", "summary"]),
            status: str_at(v, &["fields", "status", "name"]),
            assignee: str_at(v, &["fields", "assignee", "displayName"]),
        })
    };
    let links = f
        .get("issuelinks")
        .and_then(Value::as_array)
        .map(|links| {
            links
                .iter()
                .filter_map(|l| {
                    let (other, relation) = if let Some(o) = l.get("outwardIssue") {
                        (o, str_at(l, &["type", "outward"]))
                    } else {
                        (l.get("inwardIssue")?, str_at(l, &["type", "inward"]))
                    };
                    Some(LinkedTicket {
                        relation: relation.unwrap_or_else(|| "relates to".into()),
                        key: other.get("key")?.as_str()?.to_string(),
                        summary: str_at(other, &["fields", "summary"]),
                        status: str_at(other, &["fields", "status", "name"]),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let tt = f.get("timetracking");
    let secs = |name: &str| tt.and_then(|t| t.get(name)).and_then(Value::as_u64);
    Ok(TicketDetail {
        description_text: text(f.get("description")),
        resolution: str_at(&Value::Object(f.clone()), &["resolution", "name"]),
        parent: f.get("parent").and_then(related),
        subtasks: f
            .get("subtasks")
            .and_then(Value::as_array)
            .map(|s| s.iter().filter_map(related).collect())
            .unwrap_or_default(),
        links,
        time_tracking: TimeTracking {
            original_seconds: secs("originalEstimateSeconds"),
            remaining_seconds: secs("remainingEstimateSeconds"),
            spent_seconds: secs("timeSpentSeconds"),
        },
        worklogs: worklogs
            .iter()
            .map(|w| WorklogEntry {
                author: w.author.as_ref().and_then(|a| a.display_name.clone()),
                started: w.started,
                time_spent_seconds: w.time_spent_seconds,
                comment: text(w.comment.as_ref()),
            })
            .collect(),
        comments: comments
            .iter()
            .map(|c| CommentEntry {
                author: c.author.as_ref().and_then(|a| a.display_name.clone()),
                created: c.created,
                body: c.body_text(),
            })
            .collect(),
        ticket,
    })
}

fn str_at(v: &Value, path: &[&str]) -> Option<String> {
    let mut cur = v;
    for p in path {
        cur = cur.get(p)?;
    }
    cur.as_str().map(str::to_string)
}

/// A worklog from `/worklog/list` (which names its issue); `None` without an issue or a
/// numeric id.
pub fn logged_work(w: &super::wire::Worklog) -> Option<crate::model::LoggedWork> {
    use crate::model::SharedText;
    Some(crate::model::LoggedWork {
        id: w.id.parse().ok()?,
        issue_id: w.issue_id.as_deref()?.parse().ok()?,
        author: w.author.as_ref().and_then(|u| u.id()).map(SharedText::from),
        author_name: w
            .author
            .as_ref()
            .and_then(|u| u.display_name.as_deref())
            .map(SharedText::from),
        started: w.started,
        seconds: w.time_spent_seconds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jira::samples::{sample, utc};
    use crate::jira::wire::SearchJqlPage;
    use chrono::NaiveDate;

    #[test]
    fn ticket_detail_reads_links_subtasks_time_tracking_worklogs_and_comments() {
        let mut raw: Value = serde_json::from_str(&sample("cloud-v3-issue.json")).expect("parses");
        let fields = &mut raw["fields"];
        // The shapes of Jira's `issuelinks`, `subtasks` and `timetracking`.
        fields["issuelinks"] = serde_json::json!([
            {"type": {"name": "Blocks", "inward": "is blocked by", "outward": "blocks"},
             "outwardIssue": {"key": "KP-2", "fields": {"summary": "Later", "status": {"name": "To Do"}}}},
            {"type": {"name": "Blocks", "inward": "is blocked by", "outward": "blocks"},
             "inwardIssue": {"key": "KP-1", "fields": {"summary": "First"}}}
        ]);
        fields["subtasks"] = serde_json::json!([
            {"key": "KP-20", "fields": {"summary": "Part", "status": {"name": "Done"}}}
        ]);
        fields["timetracking"] = serde_json::json!({
            "originalEstimateSeconds": 7200, "timeSpentSeconds": 1800
        });
        fields["resolution"] = serde_json::json!({"name": "Fixed"});
        let issue: Issue = serde_json::from_value(raw).expect("an issue");
        let worklogs: Vec<Worklog> = serde_json::from_value(serde_json::json!([{
            "id": "1", "author": {"accountId": "a", "displayName": "Ada"},
            "started": "2024-01-02T09:00:00.000+0100", "timeSpentSeconds": 1800,
            "comment": {"type": "doc", "version": 1, "content": [{"type": "paragraph",
                "content": [{"type": "text", "text": "paired"}]}]}
        }]))
        .expect("worklogs");
        let comments: Vec<Comment> = serde_json::from_value(serde_json::json!([{
            "id": "9", "body": "wiki *text*", "created": "2024-01-03T10:00:00.000+0000"
        }]))
        .expect("comments");

        let d = ticket_detail(&issue, &FieldMap::default(), &worklogs, &comments).expect("detail");
        assert_eq!(d.ticket.key, "KP-19");
        assert!(
            d.description_text
                .expect("a description")
                .starts_with("Lorem Ipsum")
        );
        assert_eq!(d.resolution.as_deref(), Some("Fixed"));
        let links: Vec<(&str, &str)> = d
            .links
            .iter()
            .map(|l| (l.relation.as_str(), l.key.as_str()))
            .collect();
        assert_eq!(links, [("blocks", "KP-2"), ("is blocked by", "KP-1")]);
        assert_eq!(d.links[0].status.as_deref(), Some("To Do"));
        assert_eq!(d.subtasks[0].key, "KP-20");
        assert_eq!(d.subtasks[0].status.as_deref(), Some("Done"));
        assert_eq!(
            d.time_tracking,
            TimeTracking {
                original_seconds: Some(7200),
                remaining_seconds: None,
                spent_seconds: Some(1800),
            }
        );
        assert_eq!(d.worklogs[0].author.as_deref(), Some("Ada"));
        assert_eq!(d.worklogs[0].started, utc(2024, 1, 2, 8, 0, 0));
        assert_eq!(d.worklogs[0].comment.as_deref(), Some("paired"));
        assert_eq!(d.comments[0].body, "wiki *text*");
        assert!(d.parent.is_none());
    }

    #[test]
    fn cloud_issue_sample_normalises_into_a_ticket() {
        let issue: Issue = serde_json::from_str(&sample("cloud-v3-issue.json")).expect("parses");
        let fields = FieldMap {
            story_points: vec!["customfield_10016".into(), "customfield_10036".into()],
            sprint: Some("customfield_10020".into()),
            team: None,
            epic_link: Some("customfield_10014".into()),
        };
        let t = ticket_from_issue(&issue, &fields).expect("normalises");
        assert_eq!(t.key, "KP-19");
        assert_eq!(t.id, "10032");
        assert_eq!(t.project_key, "KP");
        assert_eq!(t.summary, "Test");
        assert_eq!(t.issue_type, "Story");
        assert!(!t.is_subtask);
        assert_eq!(t.status, "Backlog");
        assert_eq!(t.status_category, StatusCategory::ToDo);
        assert_eq!(t.assignee, None);
        let reporter = t.reporter.expect("has a reporter");
        assert_eq!(reporter.account_id, "5b86be50b8e3cb5895860d6d");
        assert_eq!(reporter.email.as_deref(), Some("ctreminiom079@gmail.com"));
        assert_eq!(
            t.created,
            utc(2021, 5, 8, 6, 4, 25) + chrono::Duration::milliseconds(376)
        );
        assert_eq!(t.labels, vec!["test"]);
        assert_eq!(t.priority.as_deref(), Some("Medium"));
        // No `parent`, but the Epic Link field names the epic.
        assert_eq!(t.parent_key.as_deref(), Some("KP-16"));
        assert_eq!(t.story_points, None);
        assert!(t.sprints.is_empty());
    }

    #[test]
    fn data_center_issue_without_status_category_is_undefined_and_users_use_name() {
        let issue: Issue = serde_json::from_str(&sample("dc-v2-issue.json")).expect("parses");
        let t = ticket_from_issue(&issue, &FieldMap::default()).expect("normalises");
        assert_eq!(t.status_category, StatusCategory::Undefined);
        assert_eq!(t.assignee.expect("assigned").account_id, "admin");
        assert_eq!(t.due, NaiveDate::from_ymd_opt(2011, 12, 14));
        assert_eq!(t.components, vec!["Jamflam", "Jammy"]);
    }

    #[test]
    fn every_issue_of_the_search_sample_normalises() {
        let page: SearchJqlPage =
            serde_json::from_str(&sample("cloud-v3-search-jql.json")).expect("parses");
        assert_eq!(page.is_last, Some(true));
        assert_eq!(page.next_page_token, None);
        let tickets: Vec<Ticket> = page
            .issues
            .iter()
            .map(|i| ticket_from_issue(i, &FieldMap::default()))
            .collect::<Result<_>>()
            .expect("all normalise");
        assert_eq!(tickets.len(), 10);
        let child = tickets.iter().find(|t| t.key == "SAM1-6").expect("present");
        assert_eq!(child.parent_key.as_deref(), Some("SAM1-1"));
        assert_eq!(child.due, NaiveDate::from_ymd_opt(2026, 8, 7));
    }

    #[test]
    fn story_points_come_from_the_first_non_null_candidate() {
        let issue: Issue = serde_json::from_value(serde_json::json!({
            "id": "1", "key": "A-1",
            "fields": {
                "summary": "s", "issuetype": {"name": "Story"}, "status": {"name": "Open"},
                "created": "2024-01-01T00:00:00.000+0000", "updated": "2024-01-01T00:00:00.000+0000",
                "customfield_1": null, "customfield_2": "5", "customfield_3": 8
            }
        }))
        .expect("valid issue");
        let fields = FieldMap {
            story_points: vec![
                "customfield_1".into(),
                "customfield_2".into(),
                "customfield_3".into(),
            ],
            ..FieldMap::default()
        };
        let t = ticket_from_issue(&issue, &fields).expect("normalises");
        assert_eq!(t.story_points, Some(5.0));
        assert_eq!(t.project_key, "A");
    }

    #[test]
    fn sprints_are_read_from_objects_and_from_legacy_strings() {
        let objects =
            serde_json::json!([{"id": 37, "name": "S 1", "state": "closed", "boardId": 4}]);
        let legacy = serde_json::json!([
            "com.atlassian.greenhopper.service.sprint.Sprint@1f[id=5,rapidViewId=3,state=ACTIVE,name=Sprint 5, the big one,startDate=2024-01-01T00:00:00.000Z,sequence=5]"
        ]);
        let read = |v: &Value| -> Vec<SprintRef> {
            v.as_array()
                .expect("array")
                .iter()
                .filter_map(sprint_ref_from_value)
                .collect()
        };
        assert_eq!(
            read(&objects),
            vec![SprintRef {
                id: 37,
                name: "S 1".into(),
                state: SprintState::Closed
            }]
        );
        assert_eq!(
            read(&legacy),
            vec![SprintRef {
                id: 5,
                name: "Sprint 5, the big one".into(),
                state: SprintState::Active
            }]
        );
    }

    #[test]
    fn issue_missing_essential_fields_is_an_error_naming_it() {
        let issue: Issue =
            serde_json::from_value(serde_json::json!({"id": "1", "key": "A-1"})).expect("valid");
        let err = ticket_from_issue(&issue, &FieldMap::default()).expect_err("no fields");
        assert!(err.message().contains("A-1"), "{}", err.message());
    }

    #[test]
    fn ticket_round_trips_through_its_compact_json() {
        let issue: Issue = serde_json::from_str(&sample("cloud-v3-issue.json")).expect("parses");
        let t = ticket_from_issue(&issue, &FieldMap::default()).expect("normalises");
        let json = serde_json::to_string(&t).expect("serialises");
        assert!(!json.contains("null"), "empty values are left out: {json}");
        let back: Ticket = serde_json::from_str(&json).expect("deserialises");
        assert_eq!(back, t);
    }

    #[test]
    fn user_with_hidden_email_has_none_and_falls_back_to_name() {
        let u: User =
            serde_json::from_str(&sample("dc-v2-user-email-hidden.json")).expect("parses");
        let p = person_from_user(&u).expect("has an id");
        assert_eq!(p.account_id, "admin");
        assert_eq!(p.email, None);
        assert_eq!(p.display_name, "Administrator");
    }
}

/// What a changelog item's field is, for insights: by field id (Cloud), else by the field's
/// name (Data Center items have no `fieldId`).
#[derive(Debug, Clone, Default)]
pub struct HistoryFields {
    /// Status id → category, from `/status`.
    pub status_categories: std::collections::HashMap<String, crate::model::StatusCategory>,
    /// Status name (lower case) → category, for items whose id is unknown.
    pub status_names: std::collections::HashMap<String, crate::model::StatusCategory>,
    /// Status id → name (board columns list status ids).
    pub status_by_id: std::collections::HashMap<String, String>,
    /// Ids and names of the story-point fields.
    pub points: Vec<(String, String)>,
    /// Id and name of the sprint field.
    pub sprint: Option<(String, String)>,
}

impl HistoryFields {
    /// The field ids a changelog bulk fetch asks for (at most 10).
    pub fn field_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = ["status", "assignee", "resolution", "issuetype"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        ids.extend(self.sprint.iter().map(|(id, _)| id.clone()));
        ids.extend(self.points.iter().map(|(id, _)| id.clone()));
        ids.truncate(10);
        ids
    }

    fn category(&self, id: Option<&str>, name: Option<&str>) -> crate::model::StatusCategory {
        id.and_then(|id| self.status_categories.get(id))
            .or_else(|| name.and_then(|n| self.status_names.get(&n.to_lowercase())))
            .copied()
            .unwrap_or(crate::model::StatusCategory::Undefined)
    }

    fn is(&self, item: &super::wire::ChangeItem, id: &str, name: &str) -> bool {
        match &item.field_id {
            Some(f) => f == id,
            None => item.field.eq_ignore_ascii_case(name),
        }
    }
}

/// An issue's changelog as [`IssueHistory`](crate::model::IssueHistory): the items insights
/// read, oldest first; other fields' changes are left out.
pub fn issue_history(
    key: &str,
    updated: chrono::DateTime<chrono::Utc>,
    histories: &[super::wire::History],
    fields: &HistoryFields,
) -> crate::model::IssueHistory {
    use crate::model::{Change, Event, SharedText};
    let number = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|p| p.is_finite())
    };
    let ids = |s: &Option<String>| -> crate::model::SprintIds {
        s.as_deref()
            .unwrap_or("")
            .split(',')
            .filter_map(|p| p.trim().parse::<u64>().ok())
            .collect()
    };
    let text = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(crate::model::Text::from)
    };
    let mut events = Vec::new();
    for h in histories {
        for item in &h.items {
            let change = if fields.is(item, "status", "status") {
                let Some(to) = text(&item.to_string) else {
                    continue;
                };
                Change::Status {
                    from_category: fields
                        .category(item.from.as_deref(), item.from_string.as_deref()),
                    to_category: fields.category(item.to.as_deref(), Some(&to)),
                    from: text(&item.from_string),
                    to,
                }
            } else if fields
                .sprint
                .as_ref()
                .is_some_and(|(id, name)| fields.is(item, id, name))
            {
                Change::Sprint {
                    from: ids(&item.from),
                    to: ids(&item.to),
                }
            } else if fields
                .points
                .iter()
                .any(|(id, name)| fields.is(item, id, name))
            {
                Change::Points {
                    from: number(&item.from_string),
                    to: number(&item.to_string),
                }
            } else if fields.is(item, "assignee", "assignee") {
                let shared = |s: &Option<String>| text(s).map(|t| SharedText::from(t.as_str()));
                Change::Assignee {
                    from: shared(&item.from),
                    to: shared(&item.to),
                }
            } else if fields.is(item, "resolution", "resolution") {
                Change::Resolution {
                    to: item.to.as_ref().and(text(&item.to_string)),
                }
            } else if fields.is(item, "issuetype", "issuetype") {
                let Some(to) = text(&item.to_string) else {
                    continue;
                };
                Change::IssueType { to }
            } else {
                continue;
            };
            events.push(Event {
                at: h.created,
                change,
            });
        }
    }
    events.sort_by_key(|e| e.at);
    crate::model::IssueHistory {
        key: key.into(),
        fetched_for: updated,
        events,
    }
}
