//! Single issues and their sub-resources: comments, worklogs, changelog, transitions, and
//! the bulk fetch endpoints.

use axum::body::Bytes;
use axum::extract::{Path, State};
use base64::Engine;
use serde_json::{Value, json};

use super::platform::visible_projects;
use super::{ApiError, ApiResult, Params, Req, bad_request, not_found, ok};
use crate::config::Flavor;
use crate::data::{Site, derived};
use crate::render::{FieldDefault, FieldSel, IssueOpts, Render};
use crate::state::{Shared, lock};

pub(crate) const NO_ISSUE: &str = "Issue does not exist or you do not have permission to see it.";
/// Cloud embeds at most this many changelog entries in `GET /issue`.
const ISSUE_CHANGELOG_LIMIT: usize = 100;

/// A live issue the caller may see, or Jira's 404.
pub(crate) fn visible_issue(
    site: &Site,
    caller: Option<usize>,
    key: &str,
) -> Result<usize, ApiError> {
    let visible = visible_projects(site, caller);
    site.find_issue(key)
        .filter(|i| visible.contains(&site.issues[*i].project))
        .ok_or_else(|| not_found(NO_ISSUE))
}

/// Parses a JSON request body; an empty body is `{}`.
pub(crate) fn json_body(body: &Bytes) -> Result<Value, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(json!({}));
    }
    serde_json::from_slice(body)
        .map_err(|e| bad_request(format!("Unexpected character in the request body: {e}")))
}

/// String list from a JSON array or a comma-separated string.
pub(crate) fn str_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| match x {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

pub(crate) async fn issue(
    State(st): State<Shared>,
    r: Req,
    Path(key): Path<String>,
    params: Params,
) -> ApiResult {
    let site = st.site();
    let idx = visible_issue(&site, r.caller, &key)?;
    let sel = FieldSel::resolve(&site, &params.all("fields"), FieldDefault::All);
    let opts = IssueOpts::from_expand(&params.all("expand"), ISSUE_CHANGELOG_LIMIT);
    ok(Render::new(&site, &r.base, r.ver).issue(&site.issues[idx], &sel, &opts))
}

pub(crate) async fn comments(
    State(st): State<Shared>,
    r: Req,
    Path(key): Path<String>,
    params: Params,
) -> ApiResult {
    let site = st.site();
    let idx = visible_issue(&site, r.caller, &key)?;
    let issue = &site.issues[idx];
    let render = Render::new(&site, &r.base, r.ver);
    let mut all = derived::comments(&site, issue);
    if params.get("orderBy").is_some_and(|o| o.starts_with('-')) {
        all.reverse();
    }
    let requested = params.int("maxResults")?;
    let (start, max) = params.page(5000, 5000)?;
    let page: Vec<Value> = all
        .iter()
        .skip(start)
        .take(max)
        .map(|c| render.comment(issue, c))
        .collect();
    // An unpaged list reports 1048576 as its page size, like Jira.
    let max_results = if requested.is_some() { max } else { 1_048_576 };
    ok(json!({"startAt": start, "maxResults": max_results, "total": all.len(), "comments": page}))
}

pub(crate) async fn comment(
    State(st): State<Shared>,
    r: Req,
    Path((key, id)): Path<(String, String)>,
) -> ApiResult {
    let site = st.site();
    let idx = visible_issue(&site, r.caller, &key)?;
    let issue = &site.issues[idx];
    let c = derived::comments(&site, issue)
        .into_iter()
        .find(|c| c.id.to_string() == id)
        .ok_or_else(|| not_found(format!("Can not find a comment for the id: {id}.")))?;
    ok(Render::new(&site, &r.base, r.ver).comment(issue, &c))
}

pub(crate) async fn worklogs(
    State(st): State<Shared>,
    r: Req,
    Path(key): Path<String>,
    params: Params,
) -> ApiResult {
    let site = st.site();
    let idx = visible_issue(&site, r.caller, &key)?;
    let issue = &site.issues[idx];
    let render = Render::new(&site, &r.base, r.ver);
    let after = params.int("startedAfter")?;
    let before = params.int("startedBefore")?;
    let all: Vec<_> = derived::worklogs(&site, issue)
        .into_iter()
        .filter(|w| after.is_none_or(|a| w.started.timestamp_millis() >= a))
        .filter(|w| before.is_none_or(|b| w.started.timestamp_millis() < b))
        .collect();
    let (start, max) = params.page(5000, 5000)?;
    let page: Vec<Value> = all
        .iter()
        .skip(start)
        .take(max)
        .map(|w| render.worklog(issue, w))
        .collect();
    let max_results = match site.flavor {
        Flavor::Cloud => max,
        Flavor::DataCenter => all.len(),
    };
    ok(json!({"startAt": start, "maxResults": max_results, "total": all.len(), "worklogs": page}))
}

pub(crate) async fn worklog(
    State(st): State<Shared>,
    r: Req,
    Path((key, id)): Path<(String, String)>,
) -> ApiResult {
    let site = st.site();
    let idx = visible_issue(&site, r.caller, &key)?;
    let issue = &site.issues[idx];
    let w = derived::worklogs(&site, issue)
        .into_iter()
        .find(|w| w.id.to_string() == id)
        .ok_or_else(|| not_found(format!("Cannot find worklog with id: '{id}'.")))?;
    ok(Render::new(&site, &r.base, r.ver).worklog(issue, &w))
}

pub(crate) async fn transitions(
    State(st): State<Shared>,
    r: Req,
    Path(key): Path<String>,
) -> ApiResult {
    let site = st.site();
    let idx = visible_issue(&site, r.caller, &key)?;
    let render = Render::new(&site, &r.base, r.ver);
    ok(json!({"expand": "transitions", "transitions": render.transitions(&site.issues[idx])}))
}

/// `GET /issue/{key}/changelog`: a PageBean, oldest first.
pub(crate) async fn changelog(
    State(st): State<Shared>,
    r: Req,
    Path(key): Path<String>,
    params: Params,
) -> ApiResult {
    let site = st.site();
    let idx = visible_issue(&site, r.caller, &key)?;
    let issue = &site.issues[idx];
    let render = Render::new(&site, &r.base, r.ver);
    let (start, max) = params.page(100, 100)?;
    let total = issue.history.len();
    let values: Vec<Value> = issue
        .history
        .iter()
        .skip(start)
        .take(max)
        .map(|h| render.history(h, false))
        .collect();
    let is_last = start + values.len() >= total;
    let page_url = |s: usize| {
        format!(
            "{}/issue/{}/changelog?maxResults={max}&startAt={s}",
            render.api(),
            issue.key
        )
    };
    let mut v = json!({
        "self": page_url(start),
        "maxResults": max,
        "startAt": start,
        "total": total,
        "isLast": is_last,
        "values": values,
    });
    if !is_last {
        v["nextPage"] = json!(page_url(start + max));
    }
    ok(v)
}

/// `POST /issue/bulkfetch`: up to 100 issues by id or key.
pub(crate) async fn bulk_fetch(State(st): State<Shared>, r: Req, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let wanted = str_list(body.get("issueIdsOrKeys"));
    if wanted.is_empty() {
        return Err(bad_request("issueIdsOrKeys must not be empty."));
    }
    if wanted.len() > 100 {
        return Err(bad_request("You can request a maximum of 100 issues."));
    }
    let failing = if lock(&st.faults).take_bulk_issue_error() {
        wanted.first().cloned()
    } else {
        None
    };
    let page = {
        let site = st.site();
        let render = Render::new(&site, &r.base, r.ver);
        let sel = FieldSel::resolve(
            &site,
            &str_list(body.get("fields")),
            FieldDefault::Navigable,
        );
        let expand = str_list(body.get("expand"));
        let opts = IssueOpts::from_expand(&expand, ISSUE_CHANGELOG_LIMIT);
        // As real Cloud: an id or key that matches no issue the caller may see is simply left out
        // (`issueErrors` is for retriable failures only); moved keys find their issue; each issue
        // once, in ascending id order.
        let mut found: Vec<usize> = wanted
            .iter()
            .filter(|k| Some(*k) != failing.as_ref())
            .filter_map(|k| visible_issue(&site, r.caller, k).ok())
            .collect();
        found.sort_by_key(|&idx| site.issues[idx].id);
        found.dedup();
        let issues: Vec<Value> = found
            .iter()
            .map(|&idx| render.issue(&site.issues[idx], &sel, &opts))
            .collect();
        let errors: Vec<Value> = failing
            .iter()
            .map(|id| json!({"id": id, "errorMessage": "The issue could not be retrieved. Try again."}))
            .collect();
        json!({"issues": issues, "issueErrors": errors})
    };
    super::charged(&st, page).await
}

/// `POST /changelog/bulkfetch`: changelogs of up to 1000 issues, oldest first, paged by token.
pub(crate) async fn bulk_changelog(State(st): State<Shared>, r: Req, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let wanted = str_list(body.get("issueIdsOrKeys"));
    if wanted.is_empty() || wanted.len() > 1000 {
        return Err(bad_request(
            "issueIdsOrKeys must hold between 1 and 1000 issues.",
        ));
    }
    let field_ids = str_list(body.get("fieldIds"));
    if field_ids.len() > 10 {
        return Err(bad_request("You can filter by a maximum of 10 field ids."));
    }
    let max = body
        .get("maxResults")
        .and_then(Value::as_u64)
        .unwrap_or(1000)
        .clamp(1, 10_000) as usize;
    let offset = match body.get("nextPageToken").and_then(Value::as_str) {
        None => 0,
        Some(t) => base64::engine::general_purpose::STANDARD
            .decode(t)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|s| {
                s.strip_prefix("changelog:")
                    .and_then(|n| n.parse::<usize>().ok())
            })
            .ok_or_else(|| bad_request("The provided next page token is invalid or expired."))?,
    };
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    // Flatten (issue, history) in request order, keeping only matching items.
    let mut flat: Vec<(usize, Value)> = Vec::new();
    for k in &wanted {
        let Ok(idx) = visible_issue(&site, r.caller, k) else {
            continue;
        };
        for h in &site.issues[idx].history {
            let mut v = render.history(h, false);
            if !field_ids.is_empty() {
                let items: Vec<Value> = v["items"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|it| {
                        it["fieldId"]
                            .as_str()
                            .is_some_and(|f| field_ids.iter().any(|x| x == f))
                    })
                    .cloned()
                    .collect();
                if items.is_empty() {
                    continue;
                }
                v["items"] = Value::Array(items);
            }
            flat.push((idx, v));
        }
    }
    let page: Vec<&(usize, Value)> = flat.iter().skip(offset).take(max).collect();
    let mut logs: Vec<Value> = Vec::new();
    let mut current: Option<usize> = None;
    for (idx, h) in page {
        if current != Some(*idx) {
            logs.push(json!({"issueId": site.issues[*idx].id.to_string(), "changeHistories": []}));
            current = Some(*idx);
        }
        if let Some(Value::Array(a)) = logs.last_mut().and_then(|l| l.get_mut("changeHistories")) {
            a.push(h.clone());
        }
    }
    let mut v = json!({"issueChangeLogs": logs});
    if offset + max < flat.len() {
        v["nextPageToken"] = json!(
            base64::engine::general_purpose::STANDARD.encode(format!("changelog:{}", offset + max))
        );
    }
    ok(v)
}
