//! The Agile API (`/rest/agile/1.0`, the same on Cloud and Data Center): boards, board
//! configuration, sprints and board issues. Each list pages its own way (API-FACTS §3).

use super::client::{JiraClient, MAX_PAGES, too_many_pages};
use super::jql::Jql;
use super::search::{SEARCH_PAGE_SIZE, SearchSummary};
use super::wire::Issue;
use super::wire::{Board, BoardConfiguration, IssuePage, PageBean, Sprint, page_is_final};
use crate::model::SprintState;
use crate::{ErrorKind, Result};

/// Boards per page (Jira's maximum for `/board`).
const BOARD_PAGE_SIZE: u32 = 50;

impl JiraClient {
    /// Boards the user can see, optionally only those of one project (key or id).
    pub async fn boards(&self, project: Option<&str>) -> Result<Vec<Board>> {
        let mut query = Vec::new();
        if let Some(p) = project {
            query.push(("projectKeyOrId", p.to_string()));
        }
        let url = self.agile_url(&["board"]);
        self.collect_start_at(url, &query, BOARD_PAGE_SIZE, |p: PageBean<Board>| {
            (p.values, p.total, p.is_last)
        })
        .await
    }

    pub async fn board(&self, board_id: u64) -> Result<Board> {
        self.get_json(self.agile_url(&["board", &board_id.to_string()]), &[])
            .await
    }

    /// The board's configuration: its filter, columns and estimation field.
    pub async fn board_configuration(&self, board_id: u64) -> Result<BoardConfiguration> {
        let url = self.agile_url(&["board", &board_id.to_string(), "configuration"]);
        self.get_json(url, &[]).await
    }

    /// The board's sprints in the given states (all when empty). Paged by `isLast` (no total).
    /// A Kanban board has no sprints: that is an empty list, not an error.
    pub async fn board_sprints(
        &self,
        board_id: u64,
        states: &[SprintState],
    ) -> Result<Vec<Sprint>> {
        let mut query = Vec::new();
        if !states.is_empty() {
            let list: Vec<&str> = states.iter().map(|s| s.as_str()).collect();
            query.push(("state", list.join(",")));
        }
        let url = self.agile_url(&["board", &board_id.to_string(), "sprint"]);
        let result = self
            .collect_start_at(url, &query, BOARD_PAGE_SIZE, |p: PageBean<Sprint>| {
                (p.values, p.total, p.is_last)
            })
            .await;
        match result {
            Err(e)
                if e.kind() == ErrorKind::Usage
                    && e.message().contains("does not support sprints") =>
            {
                Ok(Vec::new())
            }
            other => other,
        }
    }

    /// Issues on a board (optionally narrowed by `jql`), paged by startAt/total and handed to
    /// `on_page` page by page.
    pub async fn board_issues<S: AsRef<str>>(
        &self,
        board_id: u64,
        jql: Option<&Jql>,
        fields: &[S],
        mut on_page: impl FnMut(&[Issue]),
    ) -> Result<SearchSummary> {
        if jql.is_some_and(Jql::matches_nothing) {
            return Ok(SearchSummary::default());
        }
        let url = self.agile_url(&["board", &board_id.to_string(), "issue"]);
        let mut query = Vec::new();
        if let Some(jql) = jql.filter(|j| j.is_bounded()) {
            query.push(("jql", jql.to_string()));
        }
        if !fields.is_empty() {
            let list: Vec<&str> = fields.iter().map(AsRef::as_ref).collect();
            query.push(("fields", list.join(",")));
        }
        query.push(("maxResults", SEARCH_PAGE_SIZE.to_string()));
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
