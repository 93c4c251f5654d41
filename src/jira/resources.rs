//! Platform resources: server info, the current user, projects, fields, single issues and
//! their worklogs, comments and changelogs, assignable users.

use std::collections::HashSet;

use super::client::{Deployment, JiraClient, MAX_PAGES, too_many_pages};
use super::wire::{
    Comment, CommentPage, Field, History, Issue, PageBean, Project, ServerInfo, User, Worklog,
    WorklogPage,
};
use crate::Result;

const PROJECT_PAGE_SIZE: u32 = 50;
const ISSUE_PART_PAGE_SIZE: u32 = 100;
const USER_PAGE_SIZE: u32 = 1000;

impl JiraClient {
    /// `GET /rest/api/2/serverInfo` — answers anonymously and on both deployments (v2 exists on
    /// Cloud too), so it is how a site's kind is detected.
    pub async fn server_info(&self) -> Result<ServerInfo> {
        self.get_json(self.url(&["rest", "api", "2", "serverInfo"]), &[])
            .await
    }

    /// The authenticated user: the one reliable credentials check (API-FACTS §1).
    pub async fn myself(&self) -> Result<User> {
        self.get_json(self.api_url(&["myself"]), &[]).await
    }

    /// Every project the user can browse: `/project/search` (paged) on Cloud, `/project` on
    /// Data Center.
    pub async fn projects(&self) -> Result<Vec<Project>> {
        match self.deployment() {
            Deployment::Cloud => {
                let url = self.api_url(&["project", "search"]);
                self.collect_start_at(url, &[], PROJECT_PAGE_SIZE, |p: PageBean<Project>| {
                    (p.values, p.total, p.is_last)
                })
                .await
            }
            Deployment::DataCenter => self.get_json(self.api_url(&["project"]), &[]).await,
        }
    }

    /// One project by key or id; a missing one is a not-found error naming it.
    pub async fn project(&self, key: &str) -> Result<Project> {
        self.get_json(self.api_url(&["project", key]), &[]).await
    }

    /// Every status of the site with its category: what a changelog's status ids meant.
    pub async fn statuses(&self) -> Result<Vec<super::wire::StatusInfo>> {
        self.get_json(self.api_url(&["status"]), &[]).await
    }

    /// Every field definition (system and custom), for custom-field discovery.
    pub async fn fields(&self) -> Result<Vec<Field>> {
        self.get_json(self.api_url(&["field"]), &[]).await
    }

    /// One issue with the given fields (all when empty) and expansions.
    pub async fn issue<S: AsRef<str>>(
        &self,
        key: &str,
        fields: &[S],
        expand: Option<&str>,
    ) -> Result<Issue> {
        let mut query = Vec::new();
        if !fields.is_empty() {
            let list: Vec<&str> = fields.iter().map(AsRef::as_ref).collect();
            query.push(("fields", list.join(",")));
        }
        if let Some(e) = expand.filter(|e| !e.is_empty()) {
            query.push(("expand", e.to_string()));
        }
        self.get_json(self.api_url(&["issue", key]), &query).await
    }

    /// All worklogs of an issue (paged by startAt/total).
    pub async fn worklogs(&self, key: &str) -> Result<Vec<Worklog>> {
        let url = self.api_url(&["issue", key, "worklog"]);
        self.collect_start_at(url, &[], ISSUE_PART_PAGE_SIZE, |p: WorklogPage| {
            (p.worklogs, p.total, None)
        })
        .await
    }

    /// All comments of an issue (paged by startAt/total).
    pub async fn comments(&self, key: &str) -> Result<Vec<Comment>> {
        let url = self.api_url(&["issue", key, "comment"]);
        self.collect_start_at(url, &[], ISSUE_PART_PAGE_SIZE, |p: CommentPage| {
            (p.comments, p.total, None)
        })
        .await
    }

    /// The full change history of an issue, oldest first: `/issue/{key}/changelog` (paged) on
    /// Cloud; `expand=changelog` on Data Center, which has no changelog resource.
    pub async fn changelog(&self, key: &str) -> Result<Vec<History>> {
        match self.deployment() {
            Deployment::Cloud => {
                let url = self.api_url(&["issue", key, "changelog"]);
                self.collect_start_at(url, &[], ISSUE_PART_PAGE_SIZE, |p: PageBean<History>| {
                    (p.values, p.total, p.is_last)
                })
                .await
            }
            Deployment::DataCenter => {
                let issue = self.issue(key, &["key"], Some("changelog")).await?;
                let mut histories = issue.changelog.map(|c| c.histories).unwrap_or_default();
                histories.sort_by_key(|h| h.created);
                Ok(histories)
            }
        }
    }

    /// Users who can be assigned issues in any of `projects`. The list is a plain array with
    /// no total, and Jira may return short pages, so it ends at an empty page (or one that
    /// brings nobody new, in case the server ignores `startAt`).
    pub async fn users_assignable<S: AsRef<str>>(&self, projects: &[S]) -> Result<Vec<User>> {
        if projects.is_empty() {
            return Ok(Vec::new());
        }
        let keys: Vec<&str> = projects.iter().map(AsRef::as_ref).collect();
        let url = self.api_url(&["user", "assignable", "multiProjectSearch"]);
        let mut out: Vec<User> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut start_at = 0u64;
        for _ in 0..MAX_PAGES {
            let query = [
                ("projectKeys", keys.join(",")),
                ("startAt", start_at.to_string()),
                ("maxResults", USER_PAGE_SIZE.to_string()),
            ];
            let page: Vec<User> = self.get_json(url.clone(), &query).await?;
            let len = page.len() as u64;
            let mut new = 0;
            for user in page {
                let id = user.id().unwrap_or_default().to_string();
                if seen.insert(id) {
                    new += 1;
                    out.push(user);
                }
            }
            if len == 0 || new == 0 {
                return Ok(out);
            }
            start_at += len;
        }
        Err(too_many_pages(&url))
    }
}
