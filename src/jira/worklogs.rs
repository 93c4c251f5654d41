//! The site's worklogs, incrementally: `GET /worklog/updated?since=` (and `/worklog/deleted`)
//! list ids changed since a time, 1000 a page (Jira leaves out the last minute); `POST
//! /worklog/list` fetches up to 1000 by id, many requests in flight. Not one request per issue.

use futures_util::{StreamExt, TryStreamExt, stream};
use serde_json::json;

use super::client::JiraClient;
use super::wire::{ChangedWorklogs, Worklog};
use crate::Result;

/// Ids a `/worklog/list` request takes.
const LIST_BATCH: usize = 1000;

/// Which feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorklogFeed {
    Updated,
    Deleted,
}

/// The ids one feed lists from `since` (ms), and where the next sync starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changed {
    pub ids: Vec<u64>,
    pub next_since: i64,
    pub requests: u64,
}

impl JiraClient {
    /// Every id the feed lists from `since` on, following its pages.
    pub async fn changed_worklogs(&self, feed: WorklogFeed, since: i64) -> Result<Changed> {
        let segment = match feed {
            WorklogFeed::Updated => "updated",
            WorklogFeed::Deleted => "deleted",
        };
        let url = self.api_url(&["worklog", segment]);
        let mut out = Changed {
            next_since: since,
            ..Changed::default()
        };
        let mut from = since;
        loop {
            let page: ChangedWorklogs = self
                .get_json(url.clone(), &[("since", from.to_string())])
                .await?;
            out.requests += 1;
            out.ids.extend(page.values.iter().map(|v| v.worklog_id));
            if let Some(until) = page.until.or(page.values.last().map(|v| v.updated_time)) {
                out.next_since = out.next_since.max(until + 1);
            }
            // The next page starts where Jira's `nextPage` says (its `since`), never before.
            let next = page
                .next_page
                .as_deref()
                .filter(|_| !page.last_page)
                .and_then(|u| url::Url::parse(u).ok())
                .and_then(|u| {
                    u.query_pairs()
                        .find(|(k, _)| k == "since")
                        .and_then(|(_, v)| v.parse::<i64>().ok())
                });
            match next {
                Some(n) if n > from => from = n,
                _ => break,
            }
        }
        out.ids.sort_unstable();
        out.ids.dedup();
        Ok(out)
    }

    /// The worklogs with these ids (those Jira still has and shows), 1000 a request.
    pub async fn worklogs_by_id(&self, ids: &[u64]) -> Result<(Vec<Worklog>, u64)> {
        let url = self.api_url(&["worklog", "list"]);
        let batches: Vec<Vec<u64>> = ids.chunks(LIST_BATCH).map(<[u64]>::to_vec).collect();
        let requests = batches.len() as u64;
        let pages: Vec<Vec<Worklog>> = stream::iter(batches)
            .map(|batch| {
                let url = url.clone();
                async move { self.post_json(url, &json!({"ids": batch})).await }
            })
            .buffer_unordered(self.concurrency().max(1))
            .try_collect()
            .await?;
        Ok((pages.into_iter().flatten().collect(), requests))
    }
}
