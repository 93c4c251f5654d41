//! Agile REST API 1.0: boards, board configuration, sprints and their issues.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

use super::platform::visible_projects;
use super::{ApiError, ApiResult, Params, Req, bad_request, error, not_found, ok};
use crate::data::{Board, BoardKind, Category, Site, SprintState};
use crate::jql::{self, Ctx, DefaultOrder};
use crate::render::{FieldDefault, FieldSel, IssueOpts, Render, Ver};
use crate::state::{AppState, Shared, lock};

const NO_BOARD: &str = "The requested board cannot be viewed because it either does not exist or you do not have permission to view it.";
const NO_SPRINT: &str = "The requested sprint cannot be viewed because it either does not exist or you do not have permission to view it.";

/// Agile endpoints need a login and a Jira Software licence.
fn agile_user(st: &AppState, r: &Req) -> Result<usize, ApiError> {
    let u = r.require_user()?;
    if !st.site().users[u].software {
        return Err(error(
            StatusCode::FORBIDDEN,
            vec!["The user does not have a valid Jira Software license.".into()],
        ));
    }
    Ok(u)
}

fn visible_board<'a>(
    site: &'a Site,
    caller: Option<usize>,
    id: &str,
) -> Result<&'a Board, ApiError> {
    let visible = visible_projects(site, caller);
    id.parse::<u64>()
        .ok()
        .and_then(|id| site.board(id))
        .filter(|b| visible.contains(&b.project))
        .ok_or_else(|| not_found(NO_BOARD))
}

fn render<'a>(site: &'a Site, r: &'a Req) -> Render<'a> {
    // The Agile API renders issues like platform v2 (wiki text).
    Render::new(site, &r.base, Ver::V2)
}

pub(crate) async fn boards(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let (start, max) = params.page(50, 50)?;
    let project = match params.get("projectKeyOrId") {
        Some(k) => Some(
            site.find_project(k)
                .filter(|p| visible.contains(p))
                .ok_or_else(|| bad_request(format!("No project could be found with key '{k}'.")))?,
        ),
        None => None,
    };
    let types: Vec<String> = params
        .get("type")
        .map(|t| {
            t.split(',')
                .map(|s| s.trim().to_ascii_lowercase())
                .collect()
        })
        .unwrap_or_default();
    let name = params.get("name").map(str::to_lowercase);
    let list: Vec<&Board> = site
        .boards
        .iter()
        .filter(|b| visible.contains(&b.project))
        .filter(|b| project.is_none_or(|p| b.project == p))
        .filter(|b| types.is_empty() || types.iter().any(|t| t == b.kind.as_str()))
        .filter(|b| {
            name.as_ref()
                .is_none_or(|n| b.name.to_lowercase().contains(n))
        })
        .collect();
    let render = render(&site, &r);
    let values: Vec<Value> = list
        .iter()
        .skip(start)
        .take(max)
        .map(|b| render.board(b))
        .collect();
    ok(json!({
        "maxResults": max,
        "startAt": start,
        "total": list.len(),
        "isLast": start + values.len() >= list.len(),
        "values": values,
    }))
}

/// `GET /board/filter/{filterId}`: boards built on a saved filter (no `total`).
pub(crate) async fn boards_by_filter(
    State(st): State<Shared>,
    r: Req,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let (start, max) = params.page(50, 50)?;
    let list: Vec<&Board> = site
        .boards
        .iter()
        .filter(|b| visible.contains(&b.project) && b.filter_id.to_string() == id)
        .collect();
    let values: Vec<Value> = list
        .iter()
        .skip(start)
        .take(max)
        .map(|b| json!({"id": b.id, "self": format!("{}/rest/agile/1.0/board/{}", r.base, b.id), "name": b.name}))
        .collect();
    ok(
        json!({"maxResults": max, "startAt": start, "isLast": start + values.len() >= list.len(), "values": values}),
    )
}

/// `GET /epic/{epicIdOrKey}`.
pub(crate) async fn epic(State(st): State<Shared>, r: Req, Path(id): Path<String>) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let idx = super::issues::visible_issue(&site, r.caller, &id)
        .ok()
        .filter(|i| site.issues[*i].issue_type == crate::data::generate::IT_EPIC)
        .ok_or_else(|| {
            not_found(format!(
                "Issue with id or key '{id}' is not an epic or does not exist."
            ))
        })?;
    let e = &site.issues[idx];
    ok(json!({
        "id": e.id,
        "key": e.key,
        "self": format!("{}/rest/agile/1.0/epic/{}", r.base, e.id),
        "name": e.summary.trim_start_matches("Epic: "),
        "summary": e.summary,
        "color": {"key": format!("color_{}", 1 + e.id % 14)},
        "done": site.statuses[e.status].category == Category::Done,
    }))
}

pub(crate) async fn board(State(st): State<Shared>, r: Req, Path(id): Path<String>) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let b = visible_board(&site, r.caller, &id)?;
    ok(render(&site, &r).board(b))
}

pub(crate) async fn configuration(
    State(st): State<Shared>,
    r: Req,
    Path(id): Path<String>,
) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let b = visible_board(&site, r.caller, &id)?;
    ok(render(&site, &r).board_configuration(b))
}

pub(crate) async fn board_projects(
    State(st): State<Shared>,
    r: Req,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let b = visible_board(&site, r.caller, &id)?;
    let (start, max) = params.page(50, 50)?;
    let values: Vec<Value> = [b.project]
        .iter()
        .skip(start)
        .take(max)
        .map(|p| render(&site, &r).project_short(*p))
        .collect();
    ok(json!({"maxResults": max, "startAt": start, "total": 1, "isLast": true, "values": values}))
}

pub(crate) async fn board_sprints(
    State(st): State<Shared>,
    r: Req,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let b = visible_board(&site, r.caller, &id)?;
    if b.kind != BoardKind::Scrum {
        return Err(bad_request("The board does not support sprints"));
    }
    let states: Vec<String> = params
        .get("state")
        .map(|s| {
            s.split(',')
                .map(|x| x.trim().to_ascii_lowercase())
                .filter(|x| !x.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let (start, max) = params.page(50, 50)?;
    let list: Vec<_> = site
        .sprints
        .iter()
        .filter(|s| s.board == b.id)
        .filter(|s| states.is_empty() || states.iter().any(|x| x == s.state.as_str()))
        .collect();
    let render = render(&site, &r);
    let values: Vec<Value> = list
        .iter()
        .skip(start)
        .take(max)
        .map(|s| render.sprint_agile(s))
        .collect();
    // Sprint lists have no `total`.
    ok(json!({
        "maxResults": max,
        "startAt": start,
        "isLast": start + values.len() >= list.len(),
        "values": values,
    }))
}

pub(crate) async fn sprint(State(st): State<Shared>, r: Req, Path(id): Path<String>) -> ApiResult {
    agile_user(&st, &r)?;
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let s = id
        .parse::<u64>()
        .ok()
        .and_then(|id| site.sprint(id))
        .filter(|s| {
            site.board(s.board)
                .is_some_and(|b| visible.contains(&b.project))
        })
        .ok_or_else(|| not_found(NO_SPRINT))?;
    ok(render(&site, &r).sprint_agile(s))
}

/// Which issues of a board an endpoint lists.
#[derive(Debug, Clone, Copy)]
enum Scope {
    Board,
    Backlog,
    Sprint(u64),
}

fn issue_list(
    st: &Shared,
    r: &Req,
    board: Option<u64>,
    scope: Scope,
    params: &Params,
) -> ApiResult {
    agile_user(st, r)?;
    let site = st.site();
    let visible = visible_projects(&site, r.caller);
    let projects: Vec<usize> = match board {
        Some(b) => vec![visible_board(&site, r.caller, &b.to_string())?.project],
        None => visible.clone(),
    };
    if let Scope::Sprint(id) = scope {
        let ok = site
            .sprint(id)
            .and_then(|s| site.board(s.board))
            .is_some_and(|b| visible.contains(&b.project) && board.is_none_or(|x| x == b.id));
        if !ok {
            return Err(not_found(NO_SPRINT));
        }
    }
    let jql_text = params.get("jql").unwrap_or("").trim().to_string();
    let ctx = Ctx {
        site: &site,
        caller: r.caller,
        now: st.clock.now(),
        visible: &visible,
    };
    let (mut compiled, _) =
        jql::prepare(&jql_text, &ctx, DefaultOrder::Rank).map_err(super::search::jql_error)?;
    compiled.restrict_projects(&projects);
    let cache_key = format!("agile:{board:?}:{scope:?}:{jql_text}");
    let cached = lock(&st.search).result(r.caller, &cache_key, site.generation);
    let order: Arc<[u32]> = match cached {
        Some(o) => o,
        None => {
            let open_sprint = |id: &u64| {
                site.sprint(*id)
                    .is_some_and(|s| s.state != SprintState::Closed)
            };
            let o: Arc<[u32]> = compiled
                .run(&site)
                .into_iter()
                .filter(|i| {
                    let issue = &site.issues[*i];
                    match scope {
                        Scope::Board => true,
                        Scope::Sprint(id) => issue.sprints.contains(&id),
                        Scope::Backlog => {
                            !issue.sprints.iter().any(open_sprint)
                                && site.statuses[issue.status].category != Category::Done
                                && !site.issue_types[issue.issue_type].subtask
                        }
                    }
                })
                .map(|i| i as u32)
                .collect();
            lock(&st.search).put_result(r.caller, &cache_key, site.generation, o.clone());
            o
        }
    };
    let (start, max) = params.page(50, 100)?;
    // Agile issue lists return every field by default.
    let sel = FieldSel::resolve(&site, &params.all("fields"), FieldDefault::All);
    let mut opts = IssueOpts::from_expand(&params.all("expand"), 100);
    opts.agile = true;
    let render = render(&site, r);
    let issues: Vec<Value> = order
        .iter()
        .skip(start)
        .take(max)
        .map(|i| render.issue(&site.issues[*i as usize], &sel, &opts))
        .collect();
    ok(json!({
        "expand": "schema,names",
        "startAt": start,
        "maxResults": max,
        "total": order.len(),
        "issues": issues,
    }))
}

fn board_id(id: &str) -> Result<u64, ApiError> {
    id.parse().map_err(|_| not_found(NO_BOARD))
}

pub(crate) async fn board_issues(
    State(st): State<Shared>,
    r: Req,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    issue_list(&st, &r, Some(board_id(&id)?), Scope::Board, &params)
}

pub(crate) async fn backlog(
    State(st): State<Shared>,
    r: Req,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    issue_list(&st, &r, Some(board_id(&id)?), Scope::Backlog, &params)
}

pub(crate) async fn board_sprint_issues(
    State(st): State<Shared>,
    r: Req,
    Path((id, sprint)): Path<(String, String)>,
    params: Params,
) -> ApiResult {
    let sprint = sprint.parse().map_err(|_| not_found(NO_SPRINT))?;
    issue_list(
        &st,
        &r,
        Some(board_id(&id)?),
        Scope::Sprint(sprint),
        &params,
    )
}

pub(crate) async fn sprint_issues(
    State(st): State<Shared>,
    r: Req,
    Path(id): Path<String>,
    params: Params,
) -> ApiResult {
    let sprint = id.parse().map_err(|_| not_found(NO_SPRINT))?;
    issue_list(&st, &r, None, Scope::Sprint(sprint), &params)
}
