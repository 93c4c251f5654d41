//! Fetching every issue of a query with many requests in flight — what a first sync needs.
//!
//! Cursor paging (`/search/jql`'s `nextPageToken`) cannot ask for page k+1 before page k
//! arrives, and pages with fields hold at most 100 issues. So:
//! - Cloud: one id/key listing (up to 5000 per page), then `POST /issue/bulkfetch`, 100 issues
//!   a request, many requests at once. An issue deleted or hidden between the listing and its
//!   fetch is simply absent from the answer; `issueErrors` (Jira could not serve it this time)
//!   are asked again.
//! - Data Center has no bulk fetch, but `/rest/api/2/search` pages by `startAt`: the first
//!   page gives the total, then every other offset is fetched at once.
//!
//! The client's concurrency limit (adaptive, see `limit.rs`) bounds what is really in flight.

use std::collections::{HashMap, HashSet};

use futures_util::stream::{self, StreamExt, TryStreamExt};
use serde_json::json;

use super::client::{Deployment, JiraClient};
use super::jql::{Jql, SortOrder};
use super::search::{IssueStamp, KEYS_PAGE_SIZE_CLOUD, SEARCH_PAGE_SIZE};
use super::wire::{BulkIssues, Issue, IssuePage};
use crate::{Error, Result};

/// Issues per bulk fetch: Cloud's limit.
pub const BULK_FETCH_SIZE: usize = 100;
/// How often issues Jira could not serve (`issueErrors`) are asked for again.
const BULK_RETRIES: usize = 3;

/// What [`JiraClient::fetch_all`] tells its caller as it goes.
#[derive(Debug)]
pub enum FetchEvent<'a> {
    /// How many issues there are to fetch (the listing's count, or Data Center's total).
    Listed(u64),
    /// Some of them, in the order of the query.
    Issues(&'a [Issue]),
}

/// What a [`JiraClient::fetch_all`] took.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FetchSummary {
    /// Requests answered (listing pages included), retries not counted.
    pub requests: u64,
    /// Issues handed over.
    pub issues: u64,
}

impl JiraClient {
    /// Every issue matching `jql` with `fields`, up to `in_flight` requests at once, handed
    /// to `on_event` batch by batch in the query's order. `jql` should order by something stable
    /// (e.g. `key`): Data Center's offset pages are only consistent under a fixed order.
    pub async fn fetch_all<S: AsRef<str> + Sync>(
        &self,
        jql: &Jql,
        fields: &[S],
        in_flight: usize,
        mut on_event: impl FnMut(FetchEvent<'_>),
    ) -> Result<FetchSummary> {
        if jql.matches_nothing() {
            on_event(FetchEvent::Listed(0));
            return Ok(FetchSummary::default());
        }
        let fields: Vec<String> = fields.iter().map(|f| f.as_ref().to_string()).collect();
        match self.deployment() {
            Deployment::Cloud => {
                self.fetch_by_bulk(jql, &fields, in_flight, &mut on_event)
                    .await
            }
            Deployment::DataCenter => {
                self.fetch_by_offsets(jql, &fields, in_flight, &mut on_event)
                    .await
            }
        }
    }

    /// The issues with these keys (or ids; a moved issue's old key finds it), up to
    /// `in_flight` requests at once: bulk fetches on Cloud, a `key IN (…)` search on Data
    /// Center. Keys that match nothing are left out.
    pub async fn fetch_keys<S: AsRef<str> + Sync>(
        &self,
        keys: &[String],
        fields: &[S],
        in_flight: usize,
        mut on_event: impl FnMut(FetchEvent<'_>),
    ) -> Result<FetchSummary> {
        let fields: Vec<String> = fields.iter().map(|f| f.as_ref().to_string()).collect();
        on_event(FetchEvent::Listed(keys.len() as u64));
        let mut summary = FetchSummary::default();
        match self.deployment() {
            Deployment::Cloud => {
                summary = self
                    .bulk_fetch_all(keys, &fields, in_flight, &mut on_event)
                    .await?;
            }
            Deployment::DataCenter => {
                for chunk in keys.chunks(BULK_FETCH_SIZE) {
                    // Offset pages need a stable order.
                    let jql = Jql::new().key_in(chunk).order_by("key", SortOrder::Asc);
                    let part = self
                        .fetch_by_offsets(&jql, &fields, in_flight, &mut |event| {
                            if let FetchEvent::Issues(page) = event {
                                on_event(FetchEvent::Issues(page));
                            }
                        })
                        .await?;
                    summary.requests += part.requests;
                    summary.issues += part.issues;
                }
            }
        }
        Ok(summary)
    }

    async fn fetch_by_bulk(
        &self,
        jql: &Jql,
        fields: &[String],
        in_flight: usize,
        on_event: &mut dyn FnMut(FetchEvent<'_>),
    ) -> Result<FetchSummary> {
        let stamps = self.search_keys(jql).await?;
        self.fetch_listed(&stamps, fields, in_flight, on_event)
            .await
    }

    /// The issues of a Cloud id listing ([`JiraClient::search_keys`]), bulk-fetched with up to
    /// `in_flight` requests at once, in listing order; the summary counts the listing's pages.
    pub async fn fetch_listed(
        &self,
        stamps: &[IssueStamp],
        fields: &[String],
        in_flight: usize,
        on_event: &mut dyn FnMut(FetchEvent<'_>),
    ) -> Result<FetchSummary> {
        let mut seen = HashSet::with_capacity(stamps.len());
        let ids: Vec<String> = stamps
            .iter()
            .filter(|s| seen.insert(s.id.as_str()))
            .map(|s| s.id.clone())
            .collect();
        on_event(FetchEvent::Listed(ids.len() as u64));
        let mut summary = self
            .bulk_fetch_all(&ids, fields, in_flight, on_event)
            .await?;
        // The listing does not say how many pages it took; full pages are this size.
        summary.requests += (stamps.len() as u64)
            .div_ceil(u64::from(KEYS_PAGE_SIZE_CLOUD))
            .max(1);
        Ok(summary)
    }

    /// Bulk fetches of `wanted`, 100 a request, up to `in_flight` at once, handed over in the
    /// order asked (so a sync's result does not depend on which answer came first).
    async fn bulk_fetch_all(
        &self,
        wanted: &[String],
        fields: &[String],
        in_flight: usize,
        on_event: &mut dyn FnMut(FetchEvent<'_>),
    ) -> Result<FetchSummary> {
        let mut summary = FetchSummary::default();
        let mut pages = stream::iter(wanted.chunks(BULK_FETCH_SIZE))
            .map(|chunk| self.bulk_fetch_in_order(chunk, fields))
            .buffered(in_flight.max(1));
        while let Some((issues, requests)) = pages.try_next().await? {
            summary.requests += requests;
            summary.issues += issues.len() as u64;
            if !issues.is_empty() {
                on_event(FetchEvent::Issues(&issues));
            }
        }
        Ok(summary)
    }

    /// [`JiraClient::bulk_fetch`], the issues in the order asked for (Jira answers in ascending
    /// id order; an issue asked for by key sorts by its key's place, by id by its id's).
    async fn bulk_fetch_in_order(
        &self,
        wanted: &[String],
        fields: &[String],
    ) -> Result<(Vec<Issue>, u64)> {
        let (mut issues, requests) = self.bulk_fetch(wanted, fields).await?;
        let position: HashMap<&str, usize> = wanted
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        issues.sort_by_key(|issue| {
            position
                .get(issue.id.as_str())
                .or_else(|| position.get(issue.key.as_str()))
                .copied()
        });
        Ok((issues, requests))
    }

    /// `POST /rest/api/3/issue/bulkfetch` for up to [`BULK_FETCH_SIZE`] ids, asking again for
    /// those Jira reports it could not serve. Returns the issues and the requests it took.
    pub async fn bulk_fetch(&self, ids: &[String], fields: &[String]) -> Result<(Vec<Issue>, u64)> {
        assert!(
            ids.len() <= BULK_FETCH_SIZE,
            "at most 100 issues per bulk fetch"
        );
        let url = self.api_url(&["issue", "bulkfetch"]);
        let mut wanted: Vec<String> = ids.to_vec();
        let mut issues = Vec::with_capacity(ids.len());
        let mut requests = 0;
        for _ in 0..=BULK_RETRIES {
            let body = json!({"issueIdsOrKeys": wanted, "fields": fields});
            let answer: BulkIssues = self.post_json(url.clone(), &body).await?;
            requests += 1;
            issues.extend(answer.issues);
            if answer.issue_errors.is_empty() {
                return Ok((issues, requests));
            }
            let failed: HashSet<&str> = answer.issue_errors.iter().map(|e| e.id.as_str()).collect();
            tracing::info!(
                failed = failed.len(),
                "Jira could not serve some issues of a bulk fetch; asking again"
            );
            wanted.retain(|id| failed.contains(id.as_str()));
        }
        Err(Error::unavailable(format!(
            "Jira could not serve {} issues after {} attempts (bulk fetch issueErrors)",
            wanted.len(),
            BULK_RETRIES + 1
        ))
        .with_hint("try the sync again later; the previous snapshot is still current"))
    }

    async fn fetch_by_offsets(
        &self,
        jql: &Jql,
        fields: &[String],
        in_flight: usize,
        on_event: &mut dyn FnMut(FetchEvent<'_>),
    ) -> Result<FetchSummary> {
        let url = self.api_url(&["search"]);
        let page_at = |start_at: u64| {
            let query = vec![
                ("jql", jql.to_string()),
                ("fields", fields.join(",")),
                ("maxResults", SEARCH_PAGE_SIZE.to_string()),
                ("startAt", start_at.to_string()),
            ];
            let url = url.clone();
            async move { self.get_json::<IssuePage>(url, &query).await }
        };
        let first = page_at(0).await?;
        let total = first.total.unwrap_or(first.issues.len() as u64);
        on_event(FetchEvent::Listed(total));
        let mut summary = FetchSummary {
            requests: 1,
            issues: first.issues.len() as u64,
        };
        // The server may serve fewer per page than asked: step by what it served.
        let step = (first.issues.len() as u64).max(1);
        if !first.issues.is_empty() {
            on_event(FetchEvent::Issues(&first.issues));
        }
        if first.issues.is_empty() || step >= total {
            return Ok(summary);
        }
        let offsets = (1..total.div_ceil(step)).map(|k| k * step);
        let mut pages = stream::iter(offsets)
            .map(page_at)
            .buffered(in_flight.max(1));
        while let Some(page) = pages.try_next().await? {
            summary.requests += 1;
            summary.issues += page.issues.len() as u64;
            if !page.issues.is_empty() {
                on_event(FetchEvent::Issues(&page.issues));
            }
        }
        Ok(summary)
    }
}
