//! Authentication (Cloud: Basic `email:api_token`; Data Center: Bearer PAT or Basic
//! `name:token`) and the per-user rate limit.

use std::time::Instant;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde_json::json;

use super::{ApiError, error};
use crate::clock::minute_ts;
use crate::config::Flavor;
use crate::data::Site;
use crate::ratelimit::Decision;
use crate::server::ConnInfo;
use crate::state::{Shared, lock};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Caller {
    Anonymous,
    User(usize),
    /// Credentials were sent but are wrong (or belong to an inactive user).
    Rejected,
}

impl Caller {
    pub(crate) fn user(self) -> Option<usize> {
        match self {
            Caller::User(u) => Some(u),
            _ => None,
        }
    }
}

/// Constant-time-ish comparison, so timing does not leak how much of a token matched.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

pub(crate) fn identify(site: &Site, headers: &HeaderMap) -> Caller {
    let Some(value) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    else {
        return Caller::Anonymous;
    };
    let (scheme, rest) = value.trim().split_once(' ').unwrap_or((value, ""));
    let rest = rest.trim();
    let found = match scheme.to_ascii_lowercase().as_str() {
        "basic" => {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(rest)
                .ok()
                .and_then(|b| String::from_utf8(b).ok());
            let Some((user, secret)) = decoded.as_deref().and_then(|d| d.split_once(':')) else {
                return Caller::Rejected;
            };
            site.users.iter().position(|u| {
                let name_ok = match site.flavor {
                    Flavor::Cloud => u.email.eq_ignore_ascii_case(user),
                    Flavor::DataCenter => u.name == user || u.email.eq_ignore_ascii_case(user),
                };
                name_ok && same(&u.api_token, secret)
            })
        }
        // Cloud does not accept personal access tokens.
        "bearer" if site.flavor == Flavor::DataCenter => {
            site.users.iter().position(|u| same(&u.pat, rest))
        }
        _ => None,
    };
    match found {
        Some(u) if site.users[u].active && !site.users[u].app => Caller::User(u),
        _ => Caller::Rejected,
    }
}

/// 401 for a request that needs a login and has none.
pub(crate) fn not_authenticated() -> ApiError {
    error(
        StatusCode::UNAUTHORIZED,
        vec![
            "You are not authenticated. Authentication required to perform this operation.".into(),
        ],
    )
}

/// 401 for rejected credentials, in the envelope each flavour uses.
fn rejected(flavor: Flavor) -> Response {
    match flavor {
        Flavor::Cloud => (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"message": "Client must be authenticated to access this resource.", "status-code": 401})),
        )
            .into_response(),
        Flavor::DataCenter => {
            let mut r = *not_authenticated().0;
            r.headers_mut()
                .insert("X-Seraph-LoginReason", HeaderValue::from_static("AUTHENTICATED_FAILED"));
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("OAuth realm=\"jira\""));
            r
        }
    }
}

fn too_many(
    limit: u32,
    retry_after: std::time::Duration,
    now: chrono::DateTime<chrono::Utc>,
) -> Response {
    let secs = retry_after.as_secs_f64().ceil().max(1.0) as u64;
    let reset = now + chrono::Duration::seconds(secs as i64);
    let mut r = (
        StatusCode::TOO_MANY_REQUESTS,
        axum::Json(json!({"errorMessages": ["Rate limit exceeded."], "errors": {}})),
    )
        .into_response();
    let h = r.headers_mut();
    h.insert(header::RETRY_AFTER, HeaderValue::from(secs));
    h.insert("X-RateLimit-Limit", HeaderValue::from(limit));
    h.insert("X-RateLimit-Remaining", HeaderValue::from_static("0"));
    if let Ok(v) = HeaderValue::from_str(&minute_ts(reset)) {
        h.insert("X-RateLimit-Reset", v);
    }
    h.insert("X-RateLimit-NearLimit", HeaderValue::from_static("true"));
    h.insert(
        "RateLimit-Reason",
        HeaderValue::from_static("jira-burst-based"),
    );
    r
}

/// Middleware: identifies the caller, rejects bad credentials, applies the rate limit.
/// One request of a caller being served.
struct InFlight {
    st: Shared,
    who: String,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        lock(&self.st.limiter).leave(&self.who);
    }
}

pub(crate) async fn layer(State(st): State<Shared>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if !path.starts_with("/rest/") {
        return next.run(req).await;
    }
    let caller = identify(&st.site(), req.headers());
    if caller == Caller::Rejected {
        return rejected(st.config.flavor);
    }
    let who = match caller {
        Caller::User(u) => format!("user:{u}"),
        _ => req.extensions().get::<ConnectInfo<ConnInfo>>().map_or_else(
            || "anonymous".to_string(),
            |c| format!("ip:{}", c.0.remote.ip()),
        ),
    };
    let decision = lock(&st.limiter).check(&who, Instant::now());
    if let Decision::Limited { limit, retry_after } = decision {
        lock(&st.stats).rate_limited += 1;
        return too_many(limit, retry_after, st.clock.now());
    }
    if let Err((max, retry_after)) = lock(&st.limiter).enter(&who) {
        lock(&st.stats).rate_limited += 1;
        return too_many(max, retry_after, st.clock.now());
    }
    // Leaves on every path, a dropped (cancelled) request included.
    let _in_flight = InFlight {
        st: st.clone(),
        who: who.clone(),
    };
    req.extensions_mut().insert(caller);
    let mut resp = next.run(req).await;
    if let Decision::Allowed { limit, remaining } = decision {
        let h = resp.headers_mut();
        h.insert("X-RateLimit-Limit", HeaderValue::from(limit));
        h.insert("X-RateLimit-Remaining", HeaderValue::from(remaining));
        if f64::from(remaining) < f64::from(limit) * 0.2 {
            h.insert("X-RateLimit-NearLimit", HeaderValue::from_static("true"));
        }
    }
    resp
}
