//! Site metadata: serverInfo, myself, fields, projects, statuses, types, priorities….

use axum::extract::{Path, State};
use serde_json::{Value, json};

use axum::http::StatusCode;

use super::auth::not_authenticated;
use super::{ApiError, ApiResult, Params, Req, error, not_found, ok};
use crate::config::AnonymousServerInfo;
use crate::config::Flavor;
use crate::data::{Category, Site};
use crate::faults::login_page;
use crate::render::Render;
use crate::render::meta::{field_defs, field_json};
use crate::state::Shared;
use crate::state::lock;

/// Projects the caller may browse, in site order.
pub(crate) fn visible_projects(site: &Site, caller: Option<usize>) -> Vec<usize> {
    caller.map_or_else(Vec::new, |u| {
        let mut ps = site.users[u].projects.clone();
        ps.sort_unstable();
        ps
    })
}

pub(crate) async fn server_info(State(st): State<Shared>, r: Req) -> ApiResult {
    if r.caller.is_none() {
        let access = lock(&st.faults).current().anonymous_server_info;
        match access {
            AnonymousServerInfo::Public => {}
            AnonymousServerInfo::Unauthorized => return Err(not_authenticated()),
            AnonymousServerInfo::Forbidden => {
                return Err(error(
                    StatusCode::FORBIDDEN,
                    vec!["You do not have permission to access this resource.".into()],
                ));
            }
            AnonymousServerInfo::LoginPage => return Err(ApiError(Box::new(login_page()))),
        }
    }
    let site = st.site();
    let mut v = Render::new(&site, &r.base, r.ver).server_info(st.clock.now());
    if r.caller.is_none() && site.flavor == Flavor::DataCenter {
        // Anonymous Data Center callers get less.
        if let Some(m) = v.as_object_mut() {
            m.remove("serverTime");
            m.remove("defaultLocale");
        }
    }
    ok(v)
}

pub(crate) async fn myself(State(st): State<Shared>, r: Req) -> ApiResult {
    let u = r.require_user()?;
    let site = st.site();
    ok(Render::new(&site, &r.base, r.ver).myself(u))
}

pub(crate) async fn fields(State(st): State<Shared>, _r: Req) -> ApiResult {
    let site = st.site();
    ok(Value::Array(
        field_defs(&site).iter().map(field_json).collect(),
    ))
}

pub(crate) async fn projects(State(st): State<Shared>, r: Req) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    // Anonymous callers get an empty list, not a 401, like real sites.
    let list: Vec<Value> = visible_projects(&site, r.caller)
        .into_iter()
        .map(|p| render.project_list_item(p))
        .collect();
    ok(Value::Array(list))
}

pub(crate) async fn project(
    State(st): State<Shared>,
    r: Req,
    Path(key): Path<String>,
) -> ApiResult {
    let site = st.site();
    let p = site
        .find_project(&key)
        .filter(|p| visible_projects(&site, r.caller).contains(p))
        .ok_or_else(|| not_found(format!("No project could be found with key '{key}'.")))?;
    ok(Render::new(&site, &r.base, r.ver).project_full(p))
}

pub(crate) async fn project_search(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    let (start, max) = params.page(50, 100)?;
    let query = params.get("query").map(str::to_lowercase);
    let keys: Vec<String> = params
        .all("keys")
        .iter()
        .flat_map(|k| k.split(',').map(|s| s.trim().to_ascii_uppercase()))
        .filter(|k| !k.is_empty())
        .collect();
    let mut matching: Vec<usize> = visible_projects(&site, r.caller)
        .into_iter()
        .filter(|p| {
            let pr = &site.projects[*p];
            query.as_ref().is_none_or(|q| {
                pr.key.to_lowercase().contains(q) || pr.name.to_lowercase().contains(q)
            }) && (keys.is_empty() || keys.contains(&pr.key))
        })
        .collect();
    match params
        .get("orderBy")
        .unwrap_or("key")
        .trim_start_matches('+')
    {
        "name" => matching.sort_by(|a, b| site.projects[*a].name.cmp(&site.projects[*b].name)),
        "-name" => matching.sort_by(|a, b| site.projects[*b].name.cmp(&site.projects[*a].name)),
        "-key" => matching.sort_by(|a, b| site.projects[*b].key.cmp(&site.projects[*a].key)),
        _ => matching.sort_by(|a, b| site.projects[*a].key.cmp(&site.projects[*b].key)),
    }
    let total = matching.len();
    let values: Vec<Value> = matching
        .iter()
        .skip(start)
        .take(max)
        .map(|p| render.project_list_item(*p))
        .collect();
    let is_last = start + values.len() >= total;
    let page_url = |s: usize| {
        format!(
            "{}/project/search?maxResults={max}&startAt={s}",
            render.api()
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

pub(crate) async fn issue_types(State(st): State<Shared>, r: Req) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    ok(Value::Array(
        (0..site.issue_types.len())
            .map(|t| render.issue_type(t))
            .collect(),
    ))
}

pub(crate) async fn priorities(State(st): State<Shared>, r: Req) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    ok(Value::Array(
        (0..site.priorities.len())
            .map(|p| render.priority_full(p))
            .collect(),
    ))
}

pub(crate) async fn statuses(State(st): State<Shared>, r: Req) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    ok(Value::Array(
        (0..site.statuses.len()).map(|s| render.status(s)).collect(),
    ))
}

pub(crate) async fn status_categories(State(st): State<Shared>, r: Req) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    // Jira lists them in id order 1, 2, 4, 3.
    let order = [
        Category::Undefined,
        Category::New,
        Category::Indeterminate,
        Category::Done,
    ];
    ok(Value::Array(
        order.into_iter().map(|c| render.category(c)).collect(),
    ))
}

pub(crate) async fn resolutions(State(st): State<Shared>, r: Req) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    ok(Value::Array(
        (0..site.resolutions.len())
            .map(|x| render.resolution(x))
            .collect(),
    ))
}

pub(crate) async fn link_types(State(st): State<Shared>, r: Req) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    ok(
        json!({"issueLinkTypes": (0..site.link_types.len()).map(|l| render.link_type(l)).collect::<Vec<_>>()}),
    )
}
