//! Issue search: Cloud's `/search/jql` (token paging over a stable snapshot), the retired
//! `/search` (410 on Cloud, startAt paging on Data Center) and `approximate-count`.
//!
//! Paging never duplicates or drops an issue while issues change between pages: the first
//! page fixes the order of everything that matched; later pages continue in that order
//! (skipping deleted issues) and then append issues created since, in id order.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::issues::{json_body, str_list};
use super::platform::visible_projects;
use super::{ApiError, ApiResult, Params, Req, bad_request, charged, error, ok};
use crate::config::Flavor;
use crate::data::Site;
use crate::jql::{self, Compiled, Ctx, DefaultOrder};
use crate::render::{FieldDefault, FieldSel, IssueOpts, Render};
use crate::state::{AppState, Shared, Snapshot, lock};

/// Cloud embeds at most this many changelog entries per issue in search results.
const SEARCH_CHANGELOG_LIMIT: usize = 40;
const UNBOUNDED: &str =
    "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";
const BAD_TOKEN: &str = "The provided next page token is invalid or expired.";
const REMOVED: &str = "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";

/// What a `nextPageToken` encodes: the snapshot, the position in it, the last issue id
/// returned, and how far the tail of newer issues has been read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Cursor {
    v: u8,
    snap: u64,
    pos: usize,
    last: u64,
    tail: u64,
    max: usize,
    jql: String,
    salt: String,
}

fn encode(c: &Cursor) -> String {
    let json = serde_json::to_vec(c).expect("cursor serialises");
    base64::engine::general_purpose::STANDARD.encode(json)
}

fn decode(token: &str) -> Option<Cursor> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(token.trim())
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

struct SearchInput {
    jql: String,
    token: Option<String>,
    max: Option<i64>,
    fields: Vec<String>,
    expand: Vec<String>,
}

/// Validates the JQL for this caller; errors are 400s with Jira's messages.
fn prepare(
    st: &AppState,
    site: &Site,
    caller: Option<usize>,
    jql: &str,
    visible: &[usize],
) -> Result<(Compiled, bool), ApiError> {
    let ctx = Ctx {
        site,
        caller,
        now: st.clock.now(),
        visible,
    };
    jql::prepare(jql, &ctx, DefaultOrder::NewestFirst).map_err(jql_error)
}

/// JQL errors carry both `errors` and `warningMessages`, the two shapes real sites use.
pub(crate) fn jql_error(messages: Vec<String>) -> ApiError {
    ApiError(Box::new(
        (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"errorMessages": messages, "errors": {}, "warningMessages": []})),
        )
            .into_response(),
    ))
}

/// The ordered matches, cached per caller, query and data generation.
fn ordered(
    st: &AppState,
    site: &Site,
    caller: Option<usize>,
    jql: &str,
    compiled: &Compiled,
) -> Arc<[u32]> {
    if let Some(r) = lock(&st.search).result(caller, jql, site.generation) {
        return r;
    }
    let r: Arc<[u32]> = compiled.run(site).into_iter().map(|i| i as u32).collect();
    lock(&st.search).put_result(caller, jql, site.generation, r.clone());
    r
}

fn live(site: &Site, visible: &[usize], idx: usize) -> bool {
    let i = &site.issues[idx];
    !i.deleted && visible.contains(&i.project)
}

fn search_jql(st: &Shared, r: &Req, input: SearchInput) -> Result<Value, ApiError> {
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let jql = input.jql.trim().to_string();
    let (compiled, bounded) = prepare(st, &site, r.caller, &jql, &visible)?;
    if !bounded {
        return Err(bad_request(UNBOUNDED));
    }
    let sel = FieldSel::resolve(&site, &input.fields, FieldDefault::None);
    let mut opts = IssueOpts::from_expand(&input.expand, SEARCH_CHANGELOG_LIMIT);
    // ids/keys only allow the largest pages; with field data Cloud stops at 100.
    let cap = if sel.is_empty() && opts.changelog.is_none() {
        5000
    } else {
        100
    };
    let max = match input.max {
        Some(n) if n > 0 => (n as usize).min(cap),
        _ => 50.min(cap),
    };

    // Where to start: a fresh snapshot, or the one the token points at.
    let (snap_id, snapshot, mut pos, mut tail) =
        match input.token.as_deref().filter(|t| !t.is_empty()) {
            None => {
                let order = ordered(st, &site, r.caller, &jql, &compiled);
                let id = st.new_snapshot_id();
                let snap = Snapshot {
                    caller: r.caller,
                    jql: jql.clone(),
                    order,
                    watermark: site.next_issue_id,
                };
                lock(&st.search).put_snapshot(id, snap);
                let snapshot = lock(&st.search).snapshot(id).expect("just stored");
                (id, snapshot, 0, 0)
            }
            Some(token) => {
                let c = decode(token)
                    .filter(|c| c.v == 1 && c.jql == jql)
                    .ok_or_else(|| bad_request(BAD_TOKEN))?;
                let existing = lock(&st.search).snapshot(c.snap);
                match existing {
                    Some(s) if s.caller == r.caller && s.jql == jql => (c.snap, s, c.pos, c.tail),
                    Some(_) => return Err(bad_request(BAD_TOKEN)),
                    None => {
                        // Evicted: rebuild from current data and continue after the last issue.
                        let order = compiled.run(&site);
                        let pos = order
                            .iter()
                            .position(|i| site.issues[*i].id == c.last)
                            .map_or(c.pos.min(order.len()), |p| p + 1);
                        let id = st.new_snapshot_id();
                        let snap = Snapshot {
                            caller: r.caller,
                            jql: jql.clone(),
                            order: order.into_iter().map(|i| i as u32).collect(),
                            watermark: site.next_issue_id,
                        };
                        lock(&st.search).put_snapshot(id, snap);
                        let snapshot = lock(&st.search).snapshot(id).expect("just stored");
                        (id, snapshot, pos, 0)
                    }
                }
            }
        };

    let mut page: Vec<usize> = Vec::with_capacity(max);
    while page.len() < max && pos < snapshot.order.len() {
        let idx = snapshot.order[pos] as usize;
        pos += 1;
        if live(&site, &visible, idx) {
            page.push(idx);
        }
    }
    // Issues created after the snapshot, in id order.
    let tail_start = |after: u64| {
        let from = snapshot.watermark.max(after + 1);
        site.issues.partition_point(|i| i.id < from)
    };
    if pos >= snapshot.order.len() && page.len() < max {
        for idx in tail_start(tail)..site.issues.len() {
            if page.len() == max {
                break;
            }
            if compiled.matches(&site, idx) {
                page.push(idx);
                tail = site.issues[idx].id;
            }
        }
    }
    let more = snapshot.order[pos..]
        .iter()
        .any(|i| live(&site, &visible, *i as usize))
        || (tail_start(tail)..site.issues.len()).any(|idx| compiled.matches(&site, idx));

    opts.agile = false;
    let render = Render::new(&site, &r.base, r.ver);
    let issues: Vec<Value> = page
        .iter()
        .map(|i| render.issue(&site.issues[*i], &sel, &opts))
        .collect();
    let mut out = Map::new();
    out.insert("issues".into(), Value::Array(issues));
    if more {
        let last = page.last().map_or(0, |i| site.issues[*i].id);
        let cursor = Cursor {
            v: 1,
            snap: snap_id,
            pos,
            last,
            tail,
            max,
            jql,
            salt: format!(
                "{:016x}",
                snap_id.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ pos as u64
            ),
        };
        out.insert("nextPageToken".into(), json!(encode(&cursor)));
    }
    out.insert("isLast".into(), json!(!more));
    if opts.names || opts.schema {
        let (names, schema) = render.names_and_schema(&sel);
        if opts.names {
            out.insert("names".into(), names);
        }
        if opts.schema {
            out.insert("schema".into(), schema);
        }
    }
    Ok(Value::Object(out))
}

pub(crate) async fn jql_get(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    let input = SearchInput {
        jql: params.get("jql").unwrap_or("").to_string(),
        token: params.get("nextPageToken").map(str::to_string),
        max: params.int("maxResults")?,
        fields: params.all("fields"),
        expand: params.all("expand"),
    };
    charged(&st, search_jql(&st, &r, input)?).await
}

pub(crate) async fn jql_post(State(st): State<Shared>, r: Req, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let input = SearchInput {
        jql: body
            .get("jql")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
        token: body
            .get("nextPageToken")
            .and_then(Value::as_str)
            .map(str::to_string),
        max: body.get("maxResults").and_then(Value::as_i64),
        fields: str_list(body.get("fields")),
        expand: str_list(body.get("expand")),
    };
    charged(&st, search_jql(&st, &r, input)?).await
}

pub(crate) async fn approximate_count(State(st): State<Shared>, r: Req, body: Bytes) -> ApiResult {
    let body = json_body(&body)?;
    let jql = body
        .get("jql")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string();
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let (compiled, bounded) = prepare(&st, &site, r.caller, &jql, &visible)?;
    if !bounded {
        return Err(bad_request(UNBOUNDED));
    }
    let count = ordered(&st, &site, r.caller, &jql, &compiled).len();
    ok(json!({"count": count}))
}

/// Data Center's `/search`: startAt/maxResults/total.
fn legacy_search(
    st: &Shared,
    r: &Req,
    jql: &str,
    params: &Params,
    fields: Vec<String>,
    expand: Vec<String>,
) -> Result<Value, ApiError> {
    if st.config.flavor == Flavor::Cloud {
        return Err(error(StatusCode::GONE, vec![REMOVED.into()]));
    }
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let jql = jql.trim();
    let (compiled, _) = prepare(st, &site, r.caller, jql, &visible)?;
    let (start, max) = params.page(50, 1000)?;
    let order = ordered(st, &site, r.caller, jql, &compiled);
    let sel = FieldSel::resolve(&site, &fields, FieldDefault::Navigable);
    let opts = IssueOpts::from_expand(&expand, usize::MAX);
    let render = Render::new(&site, &r.base, r.ver);
    let issues: Vec<Value> = order
        .iter()
        .skip(start)
        .take(max)
        .map(|i| render.issue(&site.issues[*i as usize], &sel, &opts))
        .collect();
    let mut v = json!({
        "expand": "schema,names",
        "startAt": start,
        "maxResults": max,
        "total": order.len(),
        "issues": issues,
    });
    if opts.names || opts.schema {
        let (names, schema) = render.names_and_schema(&sel);
        if opts.names {
            v["names"] = names;
        }
        if opts.schema {
            v["schema"] = schema;
        }
    }
    Ok(v)
}

pub(crate) async fn legacy_get(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    let jql = params.get("jql").unwrap_or("").to_string();
    let (fields, expand) = (params.all("fields"), params.all("expand"));
    charged(&st, legacy_search(&st, &r, &jql, &params, fields, expand)?).await
}

pub(crate) async fn legacy_post(State(st): State<Shared>, r: Req, body: Bytes) -> ApiResult {
    if st.config.flavor == Flavor::Cloud {
        return Err(error(StatusCode::GONE, vec![REMOVED.into()]));
    }
    let body = json_body(&body)?;
    let jql = body
        .get("jql")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let mut pairs = Vec::new();
    for k in ["startAt", "maxResults"] {
        if let Some(n) = body.get(k).and_then(Value::as_i64) {
            pairs.push((k.to_string(), n.to_string()));
        }
    }
    let page = legacy_search(
        &st,
        &r,
        &jql,
        &Params(pairs),
        str_list(body.get("fields")),
        str_list(body.get("expand")),
    )?;
    charged(&st, page).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_opaque_base64_and_round_trip() {
        let c = Cursor {
            v: 1,
            snap: 3,
            pos: 100,
            last: 10099,
            tail: 0,
            max: 100,
            jql: "project = PLAT".into(),
            salt: "00ff00ff00ff00ff".into(),
        };
        let t = encode(&c);
        assert!(t.len() >= 100, "{}", t.len());
        assert!(
            t.chars()
                .all(|ch| ch.is_ascii_alphanumeric() || "+/=".contains(ch))
        );
        assert_eq!(decode(&t), Some(c));
        assert_eq!(decode("not a token"), None);
    }
}
