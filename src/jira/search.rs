//! Issue search, paged the way each deployment pages it: Cloud's `/rest/api/3/search/jql` by
//! `nextPageToken`/`isLast` (no total), Data Center's `/rest/api/2/search` by `startAt`/`total`.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use super::client::{Deployment, JiraClient, MAX_PAGES, display_url, too_many_pages};
use super::jql::Jql;
use super::wire::{Issue, IssuePage, SearchJqlPage, page_is_final, parse_jira_datetime};
use crate::{Error, Result};

/// Issues per page when fields are requested (Cloud caps field-laden pages at 100).
pub const SEARCH_PAGE_SIZE: u32 = 100;
/// Issues per page for key-only listings (Cloud allows up to 5000 ids/keys; Data Center's
/// default cap is 1000).
pub const KEYS_PAGE_SIZE_CLOUD: u32 = 5000;
pub const KEYS_PAGE_SIZE_DC: u32 = 1000;

/// What a finished search saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchSummary {
    /// Search requests answered (pages), retries not counted.
    pub pages: u32,
    pub issues: u64,
}

/// An issue's identity: enough to tell what was deleted or moved away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueStamp {
    pub id: String,
    pub key: String,
    /// Only when the server includes it: key-only listings (the cheap ones) usually do not.
    pub updated: Option<DateTime<Utc>>,
}

impl JiraClient {
    /// Runs `jql`, handing each page of issues to `on_page` as it arrives (so 100k issues never
    /// sit in memory at once). `fields` should name only what the caller reads (Cloud returns
    /// only `id` by default); `expand` is e.g. `Some("changelog")`.
    pub async fn search<S: AsRef<str>>(
        &self,
        jql: &Jql,
        fields: &[S],
        expand: Option<&str>,
        mut on_page: impl FnMut(&[Issue]),
    ) -> Result<SearchSummary> {
        self.search_paged(jql, fields, expand, SEARCH_PAGE_SIZE, &mut on_page)
            .await
    }

    /// Every issue of `jql`, collected. Prefer [`search`](Self::search) for large results.
    pub async fn search_all<S: AsRef<str>>(
        &self,
        jql: &Jql,
        fields: &[S],
        expand: Option<&str>,
    ) -> Result<Vec<Issue>> {
        let mut all = Vec::new();
        self.search(jql, fields, expand, |page| all.extend_from_slice(page))
            .await?;
        Ok(all)
    }

    /// Ids and keys of every issue matching `jql`, in large cheap pages: how a sync learns
    /// which cached issues were deleted or moved away. Only `key` is requested, because Jira
    /// serves its largest pages (up to 5000) only to id/key listings; asking for `updated` too
    /// would cap pages at 100.
    pub async fn search_keys(&self, jql: &Jql) -> Result<Vec<IssueStamp>> {
        let size = match self.deployment() {
            Deployment::Cloud => KEYS_PAGE_SIZE_CLOUD,
            Deployment::DataCenter => KEYS_PAGE_SIZE_DC,
        };
        let mut out = Vec::new();
        let mut on_page = |page: &[Issue]| {
            out.extend(page.iter().map(|i| {
                IssueStamp {
                    id: i.id.clone(),
                    key: i.key.clone(),
                    updated: i
                        .fields
                        .get("updated")
                        .and_then(|v| v.as_str())
                        .and_then(parse_jira_datetime),
                }
            }))
        };
        self.search_paged(jql, &["key"], None, size, &mut on_page)
            .await?;
        Ok(out)
    }

    async fn search_paged<S: AsRef<str>>(
        &self,
        jql: &Jql,
        fields: &[S],
        expand: Option<&str>,
        page_size: u32,
        on_page: &mut dyn FnMut(&[Issue]),
    ) -> Result<SearchSummary> {
        if jql.matches_nothing() {
            return Ok(SearchSummary::default());
        }
        let mut query = vec![("jql", jql.to_string())];
        if !fields.is_empty() {
            let list: Vec<&str> = fields.iter().map(AsRef::as_ref).collect();
            query.push(("fields", list.join(",")));
        }
        if let Some(expand) = expand.filter(|e| !e.is_empty()) {
            query.push(("expand", expand.to_string()));
        }
        query.push(("maxResults", page_size.to_string()));
        match self.deployment() {
            Deployment::Cloud => self.search_by_token(query, on_page).await,
            Deployment::DataCenter => self.search_by_offset(query, on_page).await,
        }
    }

    async fn search_by_token(
        &self,
        query: Vec<(&str, String)>,
        on_page: &mut dyn FnMut(&[Issue]),
    ) -> Result<SearchSummary> {
        let url = self.api_url(&["search", "jql"]);
        let mut summary = SearchSummary::default();
        let mut token: Option<String> = None;
        let mut seen = HashSet::new();
        for _ in 0..MAX_PAGES {
            let mut q = query.clone();
            if let Some(t) = &token {
                q.push(("nextPageToken", t.clone()));
            }
            let page: SearchJqlPage = self.get_json(url.clone(), &q).await?;
            summary.pages += 1;
            summary.issues += page.issues.len() as u64;
            if !page.issues.is_empty() {
                on_page(&page.issues);
            }
            match page.next_page_token.filter(|t| !t.is_empty()) {
                Some(next) if page.is_last != Some(true) => {
                    // A server handing back a token it already gave would loop forever.
                    if !seen.insert(next.clone()) {
                        return Err(Error::unavailable(format!(
                            "Jira returned the same page token twice for GET {}; stopping to avoid an endless loop",
                            display_url(&url)
                        ))
                        .with_hint("try again; if it persists, report it to your Jira admin"));
                    }
                    token = Some(next);
                }
                _ => return Ok(summary),
            }
        }
        Err(too_many_pages(&url))
    }

    async fn search_by_offset(
        &self,
        query: Vec<(&str, String)>,
        on_page: &mut dyn FnMut(&[Issue]),
    ) -> Result<SearchSummary> {
        let url = self.api_url(&["search"]);
        let mut summary = SearchSummary::default();
        let mut start_at: u64 = 0;
        for _ in 0..MAX_PAGES {
            let mut q = query.clone();
            q.push(("startAt", start_at.to_string()));
            let page: IssuePage = self.get_json(url.clone(), &q).await?;
            summary.pages += 1;
            let len = page.issues.len();
            summary.issues += len as u64;
            if len > 0 {
                on_page(&page.issues);
            }
            if page_is_final(start_at, len, page.total, None) {
                return Ok(summary);
            }
            start_at += len as u64;
        }
        Err(too_many_pages(&url))
    }
}
