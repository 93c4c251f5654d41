//! The HTTP surface: Jira's REST namespaces plus the `/_sim/` control API.

pub(crate) mod agile;
pub(crate) mod auth;
pub(crate) mod issues;
pub(crate) mod platform;
pub(crate) mod search;
pub(crate) mod users;
pub(crate) mod worklogs;

use axum::Router;
use axum::extract::{FromRequestParts, MatchedPath, OriginalUri, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::config::Flavor;
use crate::render::Ver;
use crate::state::{Shared, lock};

/// An error answer with Jira's body shape.
#[derive(Debug)]
pub(crate) struct ApiError(pub Box<Response>);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        *self.0
    }
}

pub(crate) type ApiResult = Result<Response, ApiError>;

/// `{"errorMessages":[...],"errors":{}}` with `status`.
pub(crate) fn error(status: StatusCode, messages: Vec<String>) -> ApiError {
    let body = json!({"errorMessages": messages, "errors": {}});
    ApiError(Box::new((status, axum::Json(body)).into_response()))
}

pub(crate) fn bad_request(msg: impl Into<String>) -> ApiError {
    error(StatusCode::BAD_REQUEST, vec![msg.into()])
}

pub(crate) fn not_found(msg: impl Into<String>) -> ApiError {
    error(StatusCode::NOT_FOUND, vec![msg.into()])
}

pub(crate) fn ok(v: Value) -> ApiResult {
    Ok(axum::Json(v).into_response())
}

/// Serves a page of issues after the time real Jira takes to build it: besides the fixed
/// latency, a cost per issue carrying field data and per field of each (`latency_per_issue_us`,
/// `latency_per_field_us`), so that asking for giant pages is never free. Id-only rows cost
/// nothing extra.
pub(crate) async fn charged(st: &Shared, page: Value) -> ApiResult {
    let cost = {
        let faults = lock(&st.faults).current();
        page_cost(&faults, &page)
    };
    if !cost.is_zero() {
        tokio::time::sleep(cost).await;
    }
    ok(page)
}

fn page_cost(faults: &crate::config::Faults, page: &Value) -> std::time::Duration {
    let (per_issue, per_field) = (faults.latency_per_issue_us, faults.latency_per_field_us);
    if per_issue == 0 && per_field == 0 {
        return std::time::Duration::ZERO;
    }
    let micros: u64 = page
        .get("issues")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|issue| issue.get("fields").and_then(Value::as_object))
        .map(|fields| per_issue + per_field * fields.len() as u64)
        .sum();
    std::time::Duration::from_micros(micros)
}

/// Query parameters in order, repeated keys kept (`fields=a&fields=b`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Params(pub Vec<(String, String)>);

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Params {
    pub(crate) fn parse(query: &str) -> Params {
        Params(
            query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    (percent_decode(k), percent_decode(v))
                })
                .collect(),
        )
    }

    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// An integer parameter; a malformed one is a 400 like Jira's.
    pub(crate) fn int(&self, name: &str) -> Result<Option<i64>, ApiError> {
        match self.get(name) {
            None | Some("") => Ok(None),
            Some(v) => v.parse::<i64>().map(Some).map_err(|_| {
                bad_request(format!(
                    "The '{name}' parameter must be a number, got '{v}'."
                ))
            }),
        }
    }

    /// `startAt` (≥ 0) and `maxResults` (default `default`, at most `cap`).
    pub(crate) fn page(&self, default: usize, cap: usize) -> Result<(usize, usize), ApiError> {
        let start = self.int("startAt")?.unwrap_or(0).max(0) as usize;
        let max = match self.int("maxResults")? {
            None => default,
            Some(n) if n < 0 => default,
            Some(n) => (n as usize).min(cap),
        };
        Ok((start, max))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Params::parse(parts.uri.query().unwrap_or("")))
    }
}

/// Who is calling, through which API version, at which base URL.
#[derive(Debug, Clone)]
pub(crate) struct Req {
    pub caller: Option<usize>,
    pub base: String,
    pub ver: Ver,
}

impl Req {
    pub(crate) fn require_user(&self) -> Result<usize, ApiError> {
        self.caller.ok_or_else(auth::not_authenticated)
    }
}

fn base_url(headers: &HeaderMap, st: &Shared) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_graphic()))
        .map_or_else(|| st.addr.to_string(), str::to_string);
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
        .filter(|p| *p == "https" || *p == "http")
        .unwrap_or("http");
    format!("{scheme}://{host}")
}

impl FromRequestParts<Shared> for Req {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, st: &Shared) -> Result<Self, Self::Rejection> {
        let caller = parts
            .extensions
            .get::<auth::Caller>()
            .and_then(|c| c.user());
        // Nested routers see a stripped path; the original one tells the API version.
        let path = parts
            .extensions
            .get::<OriginalUri>()
            .map_or_else(|| parts.uri.path().to_string(), |o| o.0.path().to_string());
        let ver = if path.starts_with("/rest/api/3/") {
            Ver::V3
        } else {
            Ver::V2
        };
        Ok(Req {
            caller,
            base: base_url(&parts.headers, st),
            ver,
        })
    }
}

/// Counts every request by route template and status.
async fn count(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "<unmatched>".to_string(), |m| m.as_str().to_string());
    let key = format!("{} {}", req.method(), route);
    let counted = !route.starts_with("/_sim/");
    if counted {
        let mut stats = lock(&st.stats);
        stats.in_flight += 1;
        stats.max_in_flight = stats.max_in_flight.max(stats.in_flight);
    }
    let resp = next.run(req).await;
    let mut stats = lock(&st.stats);
    if counted {
        // Saturating: a reset while this request was served zeroed the gauge.
        stats.in_flight = stats.in_flight.saturating_sub(1);
        stats.total += 1;
        *stats.by_endpoint.entry(key).or_insert(0) += 1;
        *stats.by_status.entry(resp.status().as_u16()).or_insert(0) += 1;
    }
    resp
}

/// Unknown paths under `/rest/` answer like Jersey does.
async fn fallback(req: Request) -> Response {
    let uri = req.uri().to_string();
    let mut r = (
        StatusCode::NOT_FOUND,
        axum::Json(json!({"message": format!("null for uri: {uri}"), "status-code": 404})),
    )
        .into_response();
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store, no-transform"),
    );
    r
}

/// Platform routes under one prefix (`/rest/api/2`, `/rest/api/3`, `/rest/api/latest`).
fn platform_routes(flavor: Flavor) -> Router<Shared> {
    let mut r = Router::new()
        .route("/serverInfo", get(platform::server_info))
        .route("/myself", get(platform::myself))
        .route("/field", get(platform::fields))
        .route("/project", get(platform::projects))
        .route("/project/{projectIdOrKey}", get(platform::project))
        .route("/issuetype", get(platform::issue_types))
        .route("/priority", get(platform::priorities))
        .route("/status", get(platform::statuses))
        .route("/statuscategory", get(platform::status_categories))
        .route("/resolution", get(platform::resolutions))
        .route("/issueLinkType", get(platform::link_types))
        .route("/issue/{issueIdOrKey}", get(issues::issue))
        .route("/issue/{issueIdOrKey}/comment", get(issues::comments))
        .route("/issue/{issueIdOrKey}/comment/{id}", get(issues::comment))
        .route("/issue/{issueIdOrKey}/worklog", get(issues::worklogs))
        .route("/issue/{issueIdOrKey}/worklog/{id}", get(issues::worklog))
        .route("/worklog/updated", get(worklogs::updated))
        .route("/worklog/deleted", get(worklogs::deleted))
        .route("/worklog/list", post(worklogs::list))
        .route(
            "/issue/{issueIdOrKey}/transitions",
            get(issues::transitions),
        )
        .route("/search", get(search::legacy_get).post(search::legacy_post))
        .route("/user", get(users::user))
        .route("/user/search", get(users::search))
        .route("/user/assignable/search", get(users::assignable))
        .route(
            "/user/assignable/multiProjectSearch",
            get(users::multi_project),
        );
    if flavor == Flavor::Cloud {
        r = r
            .route("/project/search", get(platform::project_search))
            .route("/users/search", get(users::all_users))
            .route("/search/jql", get(search::jql_get).post(search::jql_post))
            .route("/search/approximate-count", post(search::approximate_count))
            .route("/issue/{issueIdOrKey}/changelog", get(issues::changelog))
            .route("/issue/bulkfetch", post(issues::bulk_fetch))
            .route("/changelog/bulkfetch", post(issues::bulk_changelog));
    }
    r
}

fn agile_routes() -> Router<Shared> {
    Router::new()
        .route("/board", get(agile::boards))
        .route("/board/{boardId}", get(agile::board))
        .route("/board/{boardId}/configuration", get(agile::configuration))
        .route("/board/{boardId}/issue", get(agile::board_issues))
        .route("/board/{boardId}/backlog", get(agile::backlog))
        .route("/board/{boardId}/project", get(agile::board_projects))
        .route("/board/{boardId}/sprint", get(agile::board_sprints))
        .route(
            "/board/{boardId}/sprint/{sprintId}/issue",
            get(agile::board_sprint_issues),
        )
        .route("/sprint/{sprintId}", get(agile::sprint))
        .route("/sprint/{sprintId}/issue", get(agile::sprint_issues))
        .route("/board/filter/{filterId}", get(agile::boards_by_filter))
        .route("/epic/{epicIdOrKey}", get(agile::epic))
}

pub(crate) fn router(st: Shared) -> Router {
    let flavor = st.config.flavor;
    let mut r = Router::new();
    let prefixes: &[&str] = match flavor {
        Flavor::Cloud => &["/rest/api/2", "/rest/api/3"],
        Flavor::DataCenter => &["/rest/api/2", "/rest/api/latest"],
    };
    for p in prefixes {
        r = r.nest(p, platform_routes(flavor));
    }
    r.nest("/rest/agile/1.0", agile_routes())
        .nest("/_sim", crate::control::routes())
        .fallback(fallback)
        // Innermost first: latency and faults, then auth and rate limits around them (a request
        // is in flight for the burst limit from its arrival, latency included), then counting.
        .layer(middleware::from_fn_with_state(
            st.clone(),
            crate::faults::layer,
        ))
        .layer(middleware::from_fn_with_state(st.clone(), auth::layer))
        .layer(middleware::from_fn_with_state(st.clone(), count))
        .with_state(st)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_keep_repeated_keys_and_decode() {
        let p = Params::parse(
            "fields=summary,status&fields=labels&jql=project%20%3D%20%22A%20B%22+ORDER&x=%zz",
        );
        assert_eq!(p.all("fields"), vec!["summary,status", "labels"]);
        assert_eq!(p.get("jql"), Some("project = \"A B\" ORDER"));
        assert_eq!(p.get("x"), Some("%zz"));
    }

    #[test]
    fn page_caps_and_defaults() {
        let p = Params::parse("startAt=5&maxResults=5000");
        assert_eq!(p.page(50, 100).expect("valid"), (5, 100));
        assert_eq!(Params::default().page(50, 100).expect("valid"), (0, 50));
        assert!(Params::parse("maxResults=ten").page(50, 100).is_err());
    }
}

#[cfg(test)]
mod page_cost_tests {
    use super::*;

    #[test]
    fn a_page_costs_per_issue_with_fields_and_per_field_and_id_rows_cost_nothing() {
        let faults = crate::config::Faults {
            latency_per_issue_us: 2000,
            latency_per_field_us: 100,
            ..crate::config::Faults::default()
        };
        let page = serde_json::json!({"issues": [
            {"id": "1", "fields": {"summary": "a", "status": {}}},
            {"id": "2", "fields": {"summary": "b", "status": {}}},
            {"id": "3"}
        ]});
        assert_eq!(
            page_cost(&faults, &page),
            std::time::Duration::from_micros(2 * 2200)
        );
        let free = crate::config::Faults::default();
        assert!(page_cost(&free, &page).is_zero());
    }
}
