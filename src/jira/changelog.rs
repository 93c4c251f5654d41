//! Whole changelogs of many issues, for insights. Cloud: `POST /rest/api/3/changelog/bulkfetch`
//! (up to 1000 issues and 10 field ids a request, paged by `nextPageToken`), batches in flight
//! at once — `expand=changelog` on Cloud holds only the ~40 newest entries, so it is never
//! used there. Data Center: `expand=changelog` on `/rest/api/2/search` pages of issues, and the
//! issue's own changelog when a page's embedded one is incomplete (`total` says so).

use std::collections::HashMap;

use futures_util::stream::{self, StreamExt, TryStreamExt};
use serde::Deserialize;
use serde_json::json;

use super::client::{Deployment, JiraClient};
use super::jql::Jql;
use super::wire::History;
use crate::Result;

/// Issues per changelog bulk fetch (Jira's maximum).
pub const CHANGELOG_BATCH: usize = 1000;
/// Histories per page of a bulk fetch (Jira's maximum).
const CHANGELOG_PAGE: u32 = 10_000;
/// Issues per Data Center search page with `expand=changelog`.
const DC_PAGE: usize = 100;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct BulkChangelogs {
    #[serde(default)]
    issue_change_logs: Vec<IssueChangeLog>,
    #[serde(default)]
    next_page_token: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct IssueChangeLog {
    issue_id: String,
    #[serde(default)]
    change_histories: Vec<History>,
}

/// Histories per issue, oldest first, and the requests they took.
pub type Changelogs = (HashMap<String, Vec<History>>, u64);

impl JiraClient {
    /// The changelogs of `issues` (pairs of id and key), limited to `field_ids` (at most 10),
    /// keyed by issue id. Issues Jira does not return (deleted meanwhile) are absent.
    pub async fn changelogs(
        &self,
        issues: &[(String, String)],
        field_ids: &[String],
    ) -> Result<Changelogs> {
        match self.deployment() {
            Deployment::Cloud => self.bulk_changelogs(issues, field_ids).await,
            Deployment::DataCenter => self.dc_changelogs(issues).await,
        }
    }

    async fn bulk_changelogs(
        &self,
        issues: &[(String, String)],
        field_ids: &[String],
    ) -> Result<Changelogs> {
        let batches: Vec<Vec<String>> = issues
            .chunks(CHANGELOG_BATCH)
            .map(|c| c.iter().map(|(id, _)| id.clone()).collect())
            .collect();
        let fields: Vec<String> = field_ids.iter().take(10).cloned().collect();
        let results: Vec<Changelogs> = stream::iter(batches)
            .map(|ids| {
                let fields = fields.clone();
                async move { self.bulk_changelog_batch(&ids, &fields).await }
            })
            .buffer_unordered(self.concurrency().max(1))
            .try_collect()
            .await?;
        let mut out: HashMap<String, Vec<History>> = HashMap::with_capacity(issues.len());
        let mut requests = 0;
        for (part, n) in results {
            requests += n;
            out.extend(part);
        }
        Ok((out, requests))
    }

    async fn bulk_changelog_batch(&self, ids: &[String], fields: &[String]) -> Result<Changelogs> {
        let url = self.api_url(&["changelog", "bulkfetch"]);
        let mut out: HashMap<String, Vec<History>> = HashMap::new();
        let mut token: Option<String> = None;
        let mut requests = 0;
        loop {
            let mut body = json!({
                "issueIdsOrKeys": ids,
                "maxResults": CHANGELOG_PAGE,
            });
            if !fields.is_empty() {
                body["fieldIds"] = json!(fields);
            }
            if let Some(t) = &token {
                body["nextPageToken"] = json!(t);
            }
            let page: BulkChangelogs = self.post_json(url.clone(), &body).await?;
            requests += 1;
            // One issue's histories may continue on the next page.
            for log in page.issue_change_logs {
                out.entry(log.issue_id)
                    .or_default()
                    .extend(log.change_histories);
            }
            match page.next_page_token.filter(|t| !t.is_empty()) {
                Some(next) if token.as_deref() != Some(next.as_str()) => token = Some(next),
                _ => break,
            }
        }
        for histories in out.values_mut() {
            histories.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
        }
        Ok((out, requests))
    }

    async fn dc_changelogs(&self, issues: &[(String, String)]) -> Result<Changelogs> {
        let pages: Vec<Vec<String>> = issues
            .chunks(DC_PAGE)
            .map(|c| c.iter().map(|(_, key)| key.clone()).collect())
            .collect();
        let results: Vec<Changelogs> = stream::iter(pages)
            .map(|keys| async move {
                let jql = Jql::new().key_in(&keys);
                let mut requests = 1;
                let mut out = HashMap::new();
                let found = match self.search_all(&jql, &["key"], Some("changelog")).await {
                    Ok(found) => found,
                    // `key in (…)` fails as a whole when one of them was deleted meanwhile:
                    // then each issue's own changelog, skipping the ones that are gone.
                    Err(e) if e.kind() == crate::ErrorKind::Usage => {
                        for key in &keys {
                            requests += 1;
                            match self.issue(key, &["key"], Some("changelog")).await {
                                Ok(issue) => {
                                    let mut histories = if issue
                                        .changelog
                                        .as_ref()
                                        .is_some_and(|c| (c.histories.len() as u64) < c.total)
                                    {
                                        requests += 1;
                                        self.changelog(key).await?
                                    } else {
                                        issue.changelog.map(|c| c.histories).unwrap_or_default()
                                    };
                                    histories.sort_by(|a, b| {
                                        a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id))
                                    });
                                    out.insert(issue.id, histories);
                                }
                                Err(e) if e.kind() == crate::ErrorKind::NotFound => {}
                                Err(e) => return Err(e),
                            }
                        }
                        return Ok((out, requests));
                    }
                    Err(e) => return Err(e),
                };
                for issue in found {
                    let embedded = issue.changelog.unwrap_or_else(|| super::wire::Changelog {
                        start_at: 0,
                        max_results: 0,
                        total: 0,
                        histories: Vec::new(),
                    });
                    let mut histories = if (embedded.histories.len() as u64) < embedded.total {
                        requests += 1;
                        self.changelog(&issue.key).await?
                    } else {
                        embedded.histories
                    };
                    histories
                        .sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
                    out.insert(issue.id, histories);
                }
                Ok::<Changelogs, crate::Error>((out, requests))
            })
            .buffer_unordered(self.concurrency().max(1))
            .try_collect()
            .await?;
        let mut out = HashMap::with_capacity(issues.len());
        let mut requests = 0;
        for (part, n) in results {
            requests += n;
            out.extend(part);
        }
        Ok((out, requests))
    }
}
