//! `jirahub ticket KEY`: one issue in full — fields, description (ADF as text), subtasks, links,
//! time tracking, worklogs and recent comments. The Jira answers are cached like everything
//! else (`CACHE_TTL`); `--refresh` bypasses the cache, `--offline` never asks Jira.

use super::data;
use crate::cli::TicketArgs;
use crate::context::Context;
use crate::jira::wire::{Comment, Issue, Worklog};
use crate::jira::{FieldMap, JiraClient, ticket_fields, ticket_from_issue};

use crate::output::Report;
use crate::report::ticket::{
    CommentEntry, LinkedTicket, RelatedTicket, TimeTracking, WorklogEntry,
};
use crate::report::{self, TicketDetail};
use crate::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The raw Jira answers for one ticket, as cached.
#[derive(Debug, Serialize, Deserialize)]
struct Cached {
    issue: Issue,
    fields: FieldMap,
    worklogs: Vec<Worklog>,
    comments: Vec<Comment>,
    fetched_at: chrono::DateTime<chrono::Utc>,
}

pub async fn run(ctx: &Context, args: TicketArgs) -> Result<Report> {
    let key = crate::validate::issue_key(&args.key)?;
    let ns = data::namespace(ctx)?;
    let cache = ctx.cache().await?;
    let cache_key = ns.key(&format!("ticket:{key}"));
    let cached: Option<Cached> = if args.refresh {
        None
    } else {
        cache
            .get(&cache_key)
            .await?
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
    };
    let raw = match cached {
        Some(c) => c,
        None if args.offline => {
            return Err(Error::not_found(format!("{key} is not in the cache"))
                .with_hint("run without --offline to fetch it from Jira"));
        }
        None => {
            let fresh = fetch(ctx, &key).await?;
            let bytes = serde_json::to_vec(&fresh)?;
            cache
                .set(&cache_key, &bytes, Some(ctx.config.cache_ttl))
                .await?;
            fresh
        }
    };
    let mut detail = detail(&raw)?;
    // The most recent comments, newest last.
    let skip = detail.comments.len().saturating_sub(args.comments);
    detail.comments.drain(..skip);
    Ok(report::ticket::build(&detail))
}

async fn fetch(ctx: &Context, key: &str) -> Result<Cached> {
    let client: JiraClient = ctx.jira()?;
    let fields = FieldMap::discover(&client.fields().await?, &super::fields::pins(ctx)?);
    let mut wanted = ticket_fields(&fields);
    wanted.extend(
        [
            "description",
            "subtasks",
            "issuelinks",
            "timetracking",
            "resolution",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    let issue = client.issue(key, &wanted, None).await.map_err(|e| {
        if e.kind() == ErrorKind::NotFound {
            Error::not_found(format!(
                "{key} does not exist or you do not have permission to see it"
            ))
        } else {
            e
        }
    })?;
    // A moved issue answers under its new key: fetch the rest under that.
    let real_key = issue.key.clone();
    let (worklogs, comments) =
        tokio::try_join!(client.worklogs(&real_key), client.comments(&real_key))?;
    Ok(Cached {
        issue,
        fields,
        worklogs,
        comments,
        fetched_at: chrono::Utc::now(),
    })
}

fn detail(raw: &Cached) -> Result<TicketDetail> {
    let f = &raw.issue.fields;
    let ticket = ticket_from_issue(&raw.issue, &raw.fields)?;
    let text = |v: Option<&Value>| {
        v.filter(|v| !v.is_null())
            .map(crate::jira::adf::rich_text)
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
        worklogs: raw
            .worklogs
            .iter()
            .map(|w| WorklogEntry {
                author: w.author.as_ref().and_then(|a| a.display_name.clone()),
                started: w.started,
                time_spent_seconds: w.time_spent_seconds,
                comment: text(w.comment.as_ref()),
            })
            .collect(),
        comments: raw
            .comments
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
