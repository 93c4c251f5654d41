//! `jirahub ticket KEY`: one issue in full — fields, description (ADF as text), subtasks, links,
//! time tracking, worklogs and recent comments. The Jira answers are cached like everything
//! else (`CACHE_TTL`); `--refresh` bypasses the cache, `--offline` never asks Jira.

use super::data;
use crate::cli::TicketArgs;
use crate::context::Context;
use crate::jira::convert::ticket_detail;
use crate::jira::wire::{Comment, Issue, Worklog};
use crate::jira::{FieldMap, JiraClient, ticket_fields};
use crate::output::Report;
use crate::report;
use crate::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};

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
    let site = ctx.site_url()?;
    if args.web {
        return Ok(web(ctx, &report::dashboard::browse_url(&site, &key)));
    }
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
    let mut detail = ticket_detail(&raw.issue, &raw.fields, &raw.worklogs, &raw.comments)?;
    // The most recent comments, newest last.
    let skip = detail.comments.len().saturating_sub(args.comments);
    detail.comments.drain(..skip);
    Ok(report::ticket::build(&detail, Some(&site)))
}

/// `--web`: a person at a terminal gets the browser (`$BROWSER`, else the desktop's opener);
/// a script gets the URL on stdout.
fn web(ctx: &Context, url: &str) -> Report {
    if ctx.output.stdout_is_terminal && open_in_browser(url) {
        return Report::message("ticket_web", format!("Opening {url} in your browser."));
    }
    Report::raw("ticket_web", format!("{url}\n"))
}

fn open_in_browser(url: &str) -> bool {
    let browser = std::env::var("BROWSER")
        .ok()
        .filter(|b| !b.trim().is_empty());
    let opener = browser.as_deref().unwrap_or(if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    });
    // The URL is one argument, never a shell string.
    std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
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
