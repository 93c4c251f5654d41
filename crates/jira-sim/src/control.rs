//! The control API under `/_sim/` (never in Jira's namespace): stats, faults, rate limit,
//! mutations, reset. The same operations as the library's `SimHandle`.

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::config::{Faults, RateLimit};
use crate::data::{mutate, snapshot};
use crate::model::{Mutation, MutationError, MutationOutcome};
use crate::state::{AppState, Shared, lock};

fn bad(msg: impl std::fmt::Display) -> Response {
    (
        StatusCode::BAD_REQUEST,
        axum::Json(json!({"error": msg.to_string()})),
    )
        .into_response()
}

/// Applies mutations in order, stopping at the first error.
pub(crate) fn apply_mutations(
    st: &AppState,
    ms: Vec<Mutation>,
) -> Result<Vec<MutationOutcome>, MutationError> {
    let mut site = st.site_mut();
    let mut out = Vec::with_capacity(ms.len());
    for m in ms {
        out.push(mutate::apply(&mut site, m, st.clock.now())?);
    }
    Ok(out)
}

async fn stats(State(st): State<Shared>) -> Response {
    axum::Json(lock(&st.stats).clone()).into_response()
}

async fn reset_stats(State(st): State<Shared>) -> Response {
    *lock(&st.stats) = Default::default();
    StatusCode::NO_CONTENT.into_response()
}

async fn get_faults(State(st): State<Shared>) -> Response {
    axum::Json(lock(&st.faults).current()).into_response()
}

async fn set_faults(State(st): State<Shared>, body: Bytes) -> Response {
    let faults: Faults = match serde_json::from_slice(&body) {
        Ok(f) => f,
        Err(e) => return bad(e),
    };
    if let Err(e) = faults.validate() {
        return bad(e);
    }
    st.set_faults(faults.clone());
    axum::Json(faults).into_response()
}

async fn get_rate_limit(State(st): State<Shared>) -> Response {
    axum::Json(lock(&st.limiter).current()).into_response()
}

async fn set_rate_limit(State(st): State<Shared>, body: Bytes) -> Response {
    let rl: Option<RateLimit> = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad(e),
    };
    if rl.is_some_and(|r| r.requests == 0) {
        return bad("a rate limit must allow at least one request");
    }
    st.set_rate_limit(rl);
    axum::Json(rl).into_response()
}

async fn mutations(State(st): State<Shared>, body: Bytes) -> Response {
    let parsed: Result<Value, _> = serde_json::from_slice(&body);
    let ms: Vec<Mutation> = match parsed {
        Ok(Value::Array(a)) => match a.into_iter().map(serde_json::from_value).collect() {
            Ok(ms) => ms,
            Err(e) => return bad(e),
        },
        Ok(v) => match serde_json::from_value(v) {
            Ok(m) => vec![m],
            Err(e) => return bad(e),
        },
        Err(e) => return bad(e),
    };
    match apply_mutations(&st, ms) {
        Ok(out) => axum::Json(out).into_response(),
        Err(e) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(json!({"error": e.message})),
        )
            .into_response(),
    }
}

async fn reset(State(st): State<Shared>) -> Response {
    st.reset();
    StatusCode::NO_CONTENT.into_response()
}

async fn credentials(State(st): State<Shared>) -> Response {
    axum::Json(snapshot::credentials(&st.site())).into_response()
}

/// The seeded data as the library's snapshot types, so scripts (and the contract test)
/// can compute expected numbers without going through the Jira API.
async fn snapshot_all(State(st): State<Shared>, uri: axum::http::Uri) -> Response {
    let with_issues = !uri.query().unwrap_or("").contains("issues=false");
    let site = st.site();
    let mut v = json!({
        "projects": snapshot::projects(&site),
        "boards": snapshot::boards(&site),
        "sprints": snapshot::sprints(&site),
        "users": snapshot::users(&site),
        "fields": snapshot::fields(&site),
    });
    if with_issues {
        v["issues"] = json!(snapshot::issues(&site));
    }
    axum::Json(v).into_response()
}

async fn info(State(st): State<Shared>) -> Response {
    let site = st.site();
    axum::Json(json!({
        "url": format!("http://{}", st.addr),
        "flavor": st.config.flavor,
        "seed": st.config.seed,
        "issues": site.live_count(),
        "projects": site.projects.len(),
        "users": site.users.len(),
        "generation": site.generation,
        "now": st.clock.now(),
    }))
    .into_response()
}

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/stats", get(stats))
        .route("/stats/reset", post(reset_stats))
        .route("/faults", get(get_faults).post(set_faults))
        .route("/rate-limit", get(get_rate_limit).post(set_rate_limit))
        .route("/mutations", post(mutations))
        .route("/reset", post(reset))
        .route("/credentials", get(credentials))
        .route("/info", get(info))
        .route("/snapshot", get(snapshot_all))
}
