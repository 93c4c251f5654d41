//! User lookups: `/user`, `/user/search`, `/users/search`, assignable users.

use axum::extract::State;
use serde_json::Value;

use super::platform::visible_projects;
use super::{ApiResult, Params, Req, bad_request, not_found, ok};
use crate::config::Flavor;
use crate::data::{Site, User};
use crate::render::Render;
use crate::state::Shared;

const NO_USER: &str = "Specified user does not exist or you do not have required permissions";

/// Jira's user matching: a prefix of a word of the display name, a prefix of a visible
/// email (hidden emails only match exactly), the account id, or (Data Center) the name.
fn matches(site: &Site, u: &User, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return true;
    }
    let name_hit = u
        .display_name
        .to_lowercase()
        .split_whitespace()
        .any(|w| w.starts_with(&q))
        || u.display_name.to_lowercase().starts_with(&q);
    let email = u.email.to_lowercase();
    let email_hit = if u.email_visible {
        email.starts_with(&q)
    } else {
        email == q
    };
    let id_hit = match site.flavor {
        Flavor::Cloud => u.account_id == query.trim(),
        Flavor::DataCenter => u.name.to_lowercase().starts_with(&q) || u.key.to_lowercase() == q,
    };
    name_hit || email_hit || id_hit
}

fn users_json(
    st: &Shared,
    r: &Req,
    list: impl Iterator<Item = usize>,
    params: &Params,
) -> ApiResult {
    let site = st.site();
    let render = Render::new(&site, &r.base, r.ver);
    let (start, max) = params.page(50, 1000)?;
    ok(Value::Array(
        list.skip(start).take(max).map(|u| render.user(u)).collect(),
    ))
}

pub(crate) async fn user(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    r.require_user()?;
    let site = st.site();
    let wanted = match site.flavor {
        Flavor::Cloud => params.get("accountId"),
        Flavor::DataCenter => params.get("username").or_else(|| params.get("key")),
    }
    .ok_or_else(|| {
        bad_request(match site.flavor {
            Flavor::Cloud => "The query parameter 'accountId' is required.",
            Flavor::DataCenter => "The username query parameter was not provided",
        })
    })?;
    let u = site
        .users
        .iter()
        .position(|u| match site.flavor {
            Flavor::Cloud => u.account_id == wanted,
            Flavor::DataCenter => u.name == wanted || u.key == wanted,
        })
        .ok_or_else(|| not_found(NO_USER))?;
    ok(Render::new(&site, &r.base, r.ver).user_full(u))
}

pub(crate) async fn search(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    r.require_user()?;
    let flavor = st.config.flavor;
    let query = match flavor {
        Flavor::Cloud => params.get("query").or_else(|| params.get("accountId")),
        Flavor::DataCenter => params.get("username"),
    }
    .map(str::to_string)
    .ok_or_else(|| {
        bad_request(match flavor {
            Flavor::Cloud => "One of 'query', 'accountId' or 'property' must be provided.",
            Flavor::DataCenter => "The username query parameter was not provided",
        })
    })?;
    let list: Vec<usize> = {
        let site = st.site();
        (0..site.users.len())
            .filter(|u| matches(&site, &site.users[*u], &query))
            .collect()
    };
    users_json(&st, &r, list.into_iter(), &params)
}

/// Cloud's `/users/search`: every user, paged.
pub(crate) async fn all_users(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    r.require_user()?;
    let n = st.site().users.len();
    users_json(&st, &r, 0..n, &params)
}

fn assignable_in(site: &Site, projects: &[usize], query: &str) -> Vec<usize> {
    (0..site.users.len())
        .filter(|u| {
            let user = &site.users[*u];
            user.active
                && !user.app
                && projects.iter().all(|p| user.projects.contains(p))
                && matches(site, user, query)
        })
        .collect()
}

fn project_of(site: &Site, caller: Option<usize>, key: &str) -> Result<usize, super::ApiError> {
    site.find_project(key)
        .filter(|p| visible_projects(site, caller).contains(p))
        .ok_or_else(|| not_found(format!("No project could be found with key '{key}'.")))
}

pub(crate) async fn assignable(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    r.require_user()?;
    let list = {
        let site = st.site();
        let project = params.get("project").ok_or_else(|| {
            bad_request("One of 'project', 'issueKey' or 'issueId' must be provided.")
        })?;
        let p = project_of(&site, r.caller, project)?;
        let query = params
            .get("query")
            .or_else(|| params.get("username"))
            .unwrap_or("");
        assignable_in(&site, &[p], query)
    };
    users_json(&st, &r, list.into_iter(), &params)
}

pub(crate) async fn multi_project(State(st): State<Shared>, r: Req, params: Params) -> ApiResult {
    r.require_user()?;
    let list = {
        let site = st.site();
        let keys: Vec<String> = params
            .all("projectKeys")
            .iter()
            .flat_map(|k| k.split(',').map(|s| s.trim().to_string()))
            .filter(|k| !k.is_empty())
            .collect();
        if keys.is_empty() {
            return Err(bad_request("The 'projectKeys' parameter is required."));
        }
        let projects = keys
            .iter()
            .map(|k| project_of(&site, r.caller, k))
            .collect::<Result<Vec<_>, _>>()?;
        let query = params
            .get("query")
            .or_else(|| params.get("username"))
            .unwrap_or("");
        assignable_in(&site, &projects, query)
    };
    users_json(&st, &r, list.into_iter(), &params)
}
