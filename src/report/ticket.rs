//! `jirahub ticket KEY`: one ticket in full. The caller fetches (and caches) the detail from Jira
//! ([`crate::jira::convert::ticket_detail`] turns the answers into a [`TicketDetail`]); this
//! turns it into a report: a record for the
//! ticket and time tracking, and lists for sub-tasks, links, worklogs and comments.

use serde_json::{Value, json};

use super::dashboard::points;
use super::metrics;
pub use crate::model::{
    CommentEntry, LinkedTicket, RelatedTicket, TicketDetail, TimeTracking, WorklogEntry,
};
use crate::output::rfc3339;
use crate::output::{Column, ColumnKind, Report, Section};

/// How many comments the report shows: the most recent ones.
pub const RECENT_COMMENTS: usize = 10;

fn text(v: Option<&str>) -> Value {
    v.map_or(Value::Null, |s| Value::String(s.to_string()))
}

/// `1h 30m`, `45m`, `26h`: hours and minutes only, because Jira sites configure how long a
/// "day" is and the report must not guess.
pub fn format_duration(seconds: u64) -> String {
    let minutes = seconds / 60;
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h {m}m"),
    }
}

/// Builds the `ticket` report: sections `ticket` (record), `time_tracking` (record), `subtasks`,
/// `links`, `worklogs` and `comments` (lists; the [`RECENT_COMMENTS`] newest comments, oldest
/// first). CSV holds the `ticket` record.
pub fn build(detail: &TicketDetail, site: Option<&str>) -> Report {
    let t = &detail.ticket;
    let person =
        |p: &Option<crate::model::Person>| text(p.as_ref().map(|p| p.display_name.as_str()));
    let sprints: Vec<String> = t
        .sprints
        .iter()
        .map(|s| format!("{} ({})", s.name, s.state.as_str()))
        .collect();
    let parent_key = detail
        .parent
        .as_ref()
        .map(|p| p.key.as_str())
        .or(t.parent_key.as_deref());
    let parent_summary = detail.parent.as_ref().and_then(|p| p.summary.as_deref());
    let list = |k: &str, h: &str| Column::new(k, h, ColumnKind::List);
    let record = Section::record(
        "ticket",
        "Ticket",
        vec![
            (Column::text("key", "Key"), json!(t.key)),
            (
                Column::text("url", "URL"),
                site.map_or(Value::Null, |s| {
                    json!(super::dashboard::browse_url(s, &t.key))
                }),
            ),
            (Column::text("summary", "Summary"), json!(t.summary)),
            (Column::text("type", "Type"), json!(t.issue_type)),
            (Column::text("status", "Status"), json!(t.status)),
            (
                Column::text("status_category", "Status category"),
                json!(metrics::category_name(t.status_category)),
            ),
            (
                Column::text("priority", "Priority"),
                text(t.priority.as_deref()),
            ),
            (Column::text("assignee", "Assignee"), person(&t.assignee)),
            (Column::text("reporter", "Reporter"), person(&t.reporter)),
            (
                Column::new("created", "Created", ColumnKind::DateTime),
                json!(rfc3339(t.created)),
            ),
            (
                Column::new("updated", "Updated", ColumnKind::DateTime),
                json!(rfc3339(t.updated)),
            ),
            (
                Column::new("due", "Due", ColumnKind::Date),
                t.due.map_or(Value::Null, |d| json!(d.to_string())),
            ),
            (
                Column::text("resolution", "Resolution"),
                text(detail.resolution.as_deref()),
            ),
            (
                Column::new("resolved", "Resolved", ColumnKind::DateTime),
                t.resolved.map_or(Value::Null, |d| json!(rfc3339(d))),
            ),
            (
                Column::new("story_points", "Story points", ColumnKind::Float),
                t.story_points.map_or(Value::Null, points),
            ),
            (list("sprints", "Sprints"), json!(sprints)),
            (list("labels", "Labels"), json!(t.labels)),
            (list("components", "Components"), json!(t.components)),
            (Column::text("parent", "Parent"), text(parent_key)),
            (
                Column::text("parent_summary", "Parent summary"),
                text(parent_summary),
            ),
            (
                Column::text("description", "Description"),
                text(detail.description_text.as_deref()),
            ),
        ],
    );

    let tt = detail.time_tracking;
    let human = |s: Option<u64>| s.map_or(Value::Null, |s| json!(format_duration(s)));
    let secs = |s: Option<u64>| s.map_or(Value::Null, |s| json!(s));
    let int = |k: &str, h: &str| Column::new(k, h, ColumnKind::Int);
    let time = Section::record(
        "time_tracking",
        "Time tracking",
        vec![
            (
                Column::text("original", "Original estimate"),
                human(tt.original_seconds),
            ),
            (
                Column::text("remaining", "Remaining"),
                human(tt.remaining_seconds),
            ),
            (Column::text("spent", "Time spent"), human(tt.spent_seconds)),
            (
                int("original_seconds", "Original (seconds)"),
                secs(tt.original_seconds),
            ),
            (
                int("remaining_seconds", "Remaining (seconds)"),
                secs(tt.remaining_seconds),
            ),
            (
                int("spent_seconds", "Spent (seconds)"),
                secs(tt.spent_seconds),
            ),
        ],
    );

    let subtasks = Section::rows(
        "subtasks",
        "Sub-tasks",
        vec![
            Column::text("key", "Key"),
            Column::text("summary", "Summary"),
            Column::text("status", "Status"),
            Column::text("assignee", "Assignee"),
        ],
        detail
            .subtasks
            .iter()
            .map(|s| {
                vec![
                    json!(s.key),
                    text(s.summary.as_deref()),
                    text(s.status.as_deref()),
                    text(s.assignee.as_deref()),
                ]
            })
            .collect(),
    );

    let links = Section::rows(
        "links",
        "Linked issues",
        vec![
            Column::text("relation", "Relation"),
            Column::text("key", "Key"),
            Column::text("summary", "Summary"),
            Column::text("status", "Status"),
        ],
        detail
            .links
            .iter()
            .map(|l| {
                vec![
                    json!(l.relation),
                    json!(l.key),
                    text(l.summary.as_deref()),
                    text(l.status.as_deref()),
                ]
            })
            .collect(),
    );

    let mut worklogs: Vec<&WorklogEntry> = detail.worklogs.iter().collect();
    worklogs.sort_by_key(|w| w.started);
    let worklogs = Section::rows(
        "worklogs",
        "Worklogs",
        vec![
            Column::text("author", "Author"),
            Column::new("started", "Started", ColumnKind::DateTime),
            Column::text("time_spent", "Time spent"),
            int("time_spent_seconds", "Seconds"),
            Column::text("comment", "Comment"),
        ],
        worklogs
            .iter()
            .map(|w| {
                vec![
                    text(w.author.as_deref()),
                    json!(rfc3339(w.started)),
                    json!(format_duration(w.time_spent_seconds)),
                    json!(w.time_spent_seconds),
                    text(w.comment.as_deref()),
                ]
            })
            .collect(),
    );

    let mut comments: Vec<&CommentEntry> = detail.comments.iter().collect();
    comments.sort_by_key(|c| c.created);
    let recent = &comments[comments.len().saturating_sub(RECENT_COMMENTS)..];
    let comments = Section::rows(
        "comments",
        "Recent comments",
        vec![
            Column::text("author", "Author"),
            Column::new("created", "Created", ColumnKind::DateTime),
            Column::text("body", "Comment"),
        ],
        recent
            .iter()
            .map(|c| {
                vec![
                    text(c.author.as_deref()),
                    json!(rfc3339(c.created)),
                    json!(c.body),
                ]
            })
            .collect(),
    );

    let mut report = Report::new("ticket")
        .with_section(record)
        .with_section(time)
        .with_section(subtasks)
        .with_section(links)
        .with_section(worklogs)
        .with_section(comments);
    report.csv_section = Some("ticket".to_string());
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SprintRef, SprintState, StatusCategory};
    use crate::output::{Format, OutputSettings, render};
    use crate::report::testdata::{date, now, person, ticket};

    fn detail() -> TicketDetail {
        let mut t = ticket("WEB-42");
        t.summary = "Checkout fails for \x1b[2Jsome users".into();
        t.issue_type = "Bug".into();
        t.status = "In Progress".into();
        t.status_category = StatusCategory::InProgress;
        t.priority = Some("High".into());
        t.assignee = Some(person("acc-ada", "Ada Lovelace", Some("ada@example.com")));
        t.reporter = Some(person("acc-zoe", "Zoë Ångström", None));
        t.due = Some(date(2026, 12, 1));
        t.story_points = Some(5.0);
        t.labels = vec!["checkout".into(), "=cmd".into()];
        t.components = vec!["Payments".into()];
        t.sprints = vec![SprintRef {
            id: 8,
            name: "Sprint 8".into(),
            state: SprintState::Active,
        }];
        t.parent_key = Some("WEB-1".into());
        let minutes = |m: i64| now() - chrono::Duration::minutes(m);
        TicketDetail {
            ticket: t,
            description_text: Some("Steps:\n\n1. Add to cart\n2. Pay 💳".into()),
            resolution: None,
            parent: Some(RelatedTicket {
                key: "WEB-1".into(),
                summary: Some("Payments epic".into()),
                status: Some("In Progress".into()),
                assignee: None,
            }),
            subtasks: vec![RelatedTicket {
                key: "WEB-43".into(),
                summary: Some("Write a regression test".into()),
                status: Some("To Do".into()),
                assignee: Some("שרה כהן".into()),
            }],
            links: vec![LinkedTicket {
                relation: "is blocked by".into(),
                key: "API-7".into(),
                summary: Some("Payment API returns 500".into()),
                status: Some("Done".into()),
            }],
            time_tracking: TimeTracking {
                original_seconds: Some(8 * 3600),
                remaining_seconds: Some(2 * 3600 + 30 * 60),
                spent_seconds: Some(5 * 3600 + 30 * 60),
            },
            worklogs: vec![
                WorklogEntry {
                    author: Some("Ada Lovelace".into()),
                    started: minutes(60),
                    time_spent_seconds: 90 * 60,
                    comment: Some("pairing".into()),
                },
                WorklogEntry {
                    author: Some("Ada Lovelace".into()),
                    started: minutes(600),
                    time_spent_seconds: 4 * 3600,
                    comment: None,
                },
            ],
            comments: (0..12)
                .map(|i| CommentEntry {
                    author: Some(
                        if i % 2 == 0 {
                            "Ada Lovelace"
                        } else {
                            "Zoë Ångström"
                        }
                        .into(),
                    ),
                    created: minutes(100 - i),
                    body: format!("comment {i}"),
                })
                .collect(),
        }
    }

    #[test]
    fn durations_use_hours_and_minutes() {
        assert_eq!(format_duration(0), "0m");
        assert_eq!(format_duration(45 * 60), "45m");
        assert_eq!(format_duration(3600), "1h");
        assert_eq!(format_duration(26 * 3600 + 5 * 60 + 59), "26h 5m");
    }

    #[test]
    fn json_gives_the_structured_form() {
        let doc =
            crate::output::json::to_value(&build(&detail(), Some("https://example.atlassian.net")));
        assert_eq!(doc["kind"], "ticket");
        assert_eq!(doc["ticket"]["key"], "WEB-42");
        assert_eq!(doc["ticket"]["labels"], json!(["checkout", "=cmd"]));
        assert_eq!(doc["ticket"]["parent"], "WEB-1");
        assert_eq!(doc["ticket"]["parent_summary"], "Payments epic");
        assert_eq!(doc["ticket"]["sprints"], json!(["Sprint 8 (active)"]));
        assert_eq!(
            doc["ticket"]["description"],
            "Steps:\n\n1. Add to cart\n2. Pay 💳"
        );
        assert_eq!(doc["time_tracking"]["remaining"], "2h 30m");
        assert_eq!(doc["time_tracking"]["spent_seconds"], 19800);
        assert_eq!(doc["subtasks"][0]["assignee"], "שרה כהן");
        assert_eq!(doc["links"][0]["relation"], "is blocked by");
        assert_eq!(doc["worklogs"][0]["time_spent"], "4h", "oldest first");
        assert_eq!(doc["worklogs"][1]["comment"], "pairing");
    }

    #[test]
    fn only_the_most_recent_comments_are_shown_oldest_first() {
        let doc =
            crate::output::json::to_value(&build(&detail(), Some("https://example.atlassian.net")));
        let bodies: Vec<&str> = doc["comments"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|c| c["body"].as_str().expect("text"))
            .collect();
        assert_eq!(bodies.len(), RECENT_COMMENTS);
        assert_eq!(bodies.first(), Some(&"comment 2"));
        assert_eq!(bodies.last(), Some(&"comment 11"));
    }

    #[test]
    fn parent_key_is_shown_without_parent_details() {
        let mut d = detail();
        d.parent = None;
        let doc = crate::output::json::to_value(&build(&d, None));
        assert_eq!(doc["ticket"]["parent"], "WEB-1");
        assert_eq!(doc["ticket"]["parent_summary"], Value::Null);
    }

    #[test]
    fn ticket_table_snapshot() {
        let text = render(
            &build(&detail(), Some("https://example.atlassian.net")),
            &OutputSettings::plain(Format::Table),
        )
        .expect("ok");
        assert!(!text.contains('\x1b'));
        insta::assert_snapshot!(text);
    }

    #[test]
    fn ticket_csv_is_the_record() {
        let text = render(
            &build(&detail(), Some("https://example.atlassian.net")),
            &OutputSettings::plain(Format::Csv),
        )
        .expect("ok");
        assert!(text.starts_with("field,value\r\nkey,WEB-42\r\n"), "{text}");
        assert!(text.contains("labels,checkout;=cmd\r\n"), "{text}");
    }
}
