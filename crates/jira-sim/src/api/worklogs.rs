//! The site-wide worklog feed, as Jira serves it for incremental sync: `GET /worklog/updated`
//! and `/worklog/deleted` list ids with their change time (ms), oldest first, 1000 a page, never
//! the last minute; `POST /worklog/list` returns up to 1000 worklogs by id. Only worklogs of
//! issues the caller may see are listed.

use axum::body::Bytes;
use axum::extract::State;
use chrono::Duration;
use serde_json::{Value, json};

use super::issues::json_body;
use super::platform::visible_projects;
use super::{ApiResult, Params, Req, bad_request, ok};
use crate::data::{Site, derived};
use crate::render::Render;
use crate::state::{Shared, WorklogFeed, lock};

/// Ids a page lists, and a list request takes.
const PAGE: usize = 1000;

/// Every visible worklog's (change time in ms, worklog id, issue index), oldest first.
fn changed(site: &Site, caller: Option<usize>) -> Vec<(i64, u64, usize)> {
    let visible = visible_projects(site, caller);
    let mut all: Vec<(i64, u64, usize)> = site
        .issues
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.deleted && visible.contains(&i.project))
        .flat_map(|(idx, i)| {
            derived::worklogs(site, i)
                .into_iter()
                .map(move |w| (w.created.timestamp_millis(), w.id, idx))
        })
        .collect();
    all.sort_unstable();
    all
}

/// One page of a change feed (`items` oldest first): the items at or after `since` and before
/// the last minute.
fn feed(r: &Req, path: &str, since: i64, cutoff: i64, items: &[(i64, u64)]) -> Value {
    let start = items.partition_point(|(t, _)| *t < since);
    let end = items.partition_point(|(t, _)| *t < cutoff).max(start);
    let window = &items[start..end];
    let last_page = window.len() <= PAGE;
    let page: Vec<&(i64, u64)> = window.iter().take(PAGE).collect();
    let until = page.last().map_or(since, |(t, _)| *t);
    let url = |s: i64| {
        format!(
            "{}/rest/api/{}/worklog/{path}?since={s}",
            r.base,
            r.ver.as_str()
        )
    };
    let mut out = json!({
        "values": page
            .iter()
            .map(|(t, id)| json!({"worklogId": id, "updatedTime": t, "properties": []}))
            .collect::<Vec<_>>(),
        "since": since,
        "until": until,
        "self": url(since),
        "lastPage": last_page,
    });
    if !last_page {
        // The next page starts after the last item listed here.
        out["nextPage"] = json!(url(until + 1));
    }
    out
}

pub(crate) async fn updated(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    r.require_user()?;
    let since = params.int("since")?.unwrap_or(0);
    let cutoff = (st.clock.now() - Duration::minutes(1)).timestamp_millis();
    let site = st.site();
    let items = {
        let mut cached = lock(&st.worklog_feed);
        match &*cached {
            Some(c) if c.generation == site.generation && c.caller == r.caller => c.items.clone(),
            _ => {
                let items: std::sync::Arc<Vec<(i64, u64)>> = std::sync::Arc::new(
                    changed(&site, r.caller)
                        .into_iter()
                        .map(|(t, id, _)| (t, id))
                        .collect(),
                );
                *cached = Some(WorklogFeed {
                    generation: site.generation,
                    caller: r.caller,
                    items: items.clone(),
                });
                items
            }
        }
    };
    ok(feed(&r, "updated", since, cutoff, &items))
}

/// Worklogs go when their issue is deleted; the simulator keeps no other deletions.
pub(crate) async fn deleted(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    r.require_user()?;
    let since = params.int("since")?.unwrap_or(0);
    let cutoff = (st.clock.now() - Duration::minutes(1)).timestamp_millis();
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let mut items: Vec<(i64, u64)> = site
        .issues
        .iter()
        .filter(|i| i.deleted && visible.contains(&i.project))
        .flat_map(|i| {
            let at = i.updated.timestamp_millis();
            derived::worklogs(&site, i)
                .into_iter()
                .map(move |w| (at, w.id))
        })
        .collect();
    items.sort_unstable();
    ok(feed(&r, "deleted", since, cutoff, &items))
}

pub(crate) async fn list(State(st): State<Shared>, r: Req, body: Bytes) -> ApiResult {
    r.require_user()?;
    let body = json_body(&body)?;
    let Some(ids) = body.get("ids").and_then(Value::as_array) else {
        return Err(bad_request("ids must be provided."));
    };
    let ids: Vec<u64> = ids.iter().filter_map(Value::as_u64).collect();
    if ids.len() > PAGE {
        return Err(bad_request(format!(
            "The number of worklogs is limited to {PAGE}."
        )));
    }
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    let wanted: std::collections::HashSet<u64> = ids.into_iter().collect();
    // A worklog id is its issue's id × 1000 + 500 + n: find the issue, then the worklog.
    let mut out = Vec::new();
    let visible = visible_projects(&site, r.caller);
    let mut issue_ids: Vec<u64> = wanted.iter().map(|id| id / 1000).collect();
    issue_ids.sort_unstable();
    issue_ids.dedup();
    for issue_id in issue_ids {
        let Ok(idx) = site.issues.binary_search_by_key(&issue_id, |i| i.id) else {
            continue;
        };
        let issue = &site.issues[idx];
        if issue.deleted || !visible.contains(&issue.project) {
            continue;
        }
        for w in derived::worklogs(&site, issue) {
            if wanted.contains(&w.id) {
                out.push(render.worklog(issue, &w));
            }
        }
    }
    ok(Value::Array(out))
}
