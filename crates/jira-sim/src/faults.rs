//! Fault injection: latency, 5xx answers, connection resets, truncated bodies and HTML
//! pages where JSON was expected. Decisions come from a seeded RNG, so a run is repeatable.

use std::collections::VecDeque;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body::Frame;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::config::{Faults, ScriptedFault};
use crate::server::ConnInfo;
use crate::state::{Shared, lock};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fault {
    Status(u16),
    Reset,
    Truncate,
    Html,
}

impl Fault {
    pub(crate) fn label(&self) -> String {
        match self {
            Fault::Status(s) => format!("status_{s}"),
            Fault::Reset => "reset".into(),
            Fault::Truncate => "truncate".into(),
            Fault::Html => "html".into(),
        }
    }
}

pub(crate) struct FaultState {
    faults: Faults,
    script: VecDeque<ScriptedFault>,
    rng: ChaCha8Rng,
}

impl FaultState {
    pub(crate) fn new(faults: Faults, seed: u64) -> Self {
        FaultState {
            script: faults.script.iter().cloned().collect(),
            faults,
            rng: ChaCha8Rng::seed_from_u64(seed ^ 0xFA17),
        }
    }

    pub(crate) fn set(&mut self, faults: Faults) {
        self.script = faults.script.iter().cloned().collect();
        self.faults = faults;
    }

    /// Whether this bulk fetch should report one of its issues as not served (and counts it).
    pub(crate) fn take_bulk_issue_error(&mut self) -> bool {
        if self.faults.bulk_issue_errors == 0 {
            return false;
        }
        self.faults.bulk_issue_errors -= 1;
        true
    }

    pub(crate) fn current(&self) -> Faults {
        let mut f = self.faults.clone();
        f.script = self.script.iter().cloned().collect();
        f
    }

    /// Latency to add and the fault (if any) for one request to `path`.
    pub(crate) fn decide(&mut self, path: &str) -> (Duration, Option<Fault>) {
        let f = &self.faults;
        if f.path_prefix
            .as_deref()
            .is_some_and(|p| !path.starts_with(p))
        {
            return (Duration::ZERO, None);
        }
        let jitter = if f.jitter_ms > 0 {
            self.rng.random_range(0..=f.jitter_ms)
        } else {
            0
        };
        let latency = Duration::from_millis(f.latency_ms + jitter);
        if let Some(s) = self.script.pop_front() {
            let fault = match s {
                ScriptedFault::Status { status } => Fault::Status(status),
                ScriptedFault::Reset => Fault::Reset,
                ScriptedFault::Truncate => Fault::Truncate,
                ScriptedFault::Html => Fault::Html,
            };
            return (latency, Some(fault));
        }
        let x: f64 = self.rng.random();
        let f = &self.faults;
        let fault = if x < f.error_rate {
            Some(Fault::Status([500, 502, 503][self.rng.random_range(0..3)]))
        } else if x < f.error_rate + f.reset_rate {
            Some(Fault::Reset)
        } else if x < f.error_rate + f.reset_rate + f.truncate_rate {
            Some(Fault::Truncate)
        } else if x < f.error_rate + f.reset_rate + f.truncate_rate + f.html_rate {
            Some(Fault::Html)
        } else {
            None
        };
        (latency, fault)
    }
}

const LOGIN_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Log in with Atlassian account</title></head>\n<body><div id=\"root\"><h1>Log in to continue</h1><form method=\"post\" action=\"/login\"><input name=\"username\" type=\"email\"><button>Continue</button></form></div></body></html>\n";

/// 200 with an SSO login page: what a login wall or identity provider answers instead of Jira.
pub(crate) fn login_page() -> Response {
    let mut r = (StatusCode::OK, LOGIN_PAGE).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html;charset=UTF-8"),
    );
    r
}

fn html(status: StatusCode, title: &str) -> Response {
    let body = format!(
        "<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><center><h1>{title}</h1></center><hr><center>atlassian-proxy</center></body></html>\n"
    );
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    r
}

/// The answer for a status fault: JSON for 500, HTML for gateway errors like a real edge.
pub(crate) fn status_response(status: u16) -> Response {
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut r = match status {
        502 => html(code, "502 Bad Gateway"),
        503 => html(code, "503 Service Temporarily Unavailable"),
        504 => html(code, "504 Gateway Time-out"),
        _ => (
            code,
            axum::Json(serde_json::json!({
                "errorMessages": [code.canonical_reason().unwrap_or("Internal server error")],
                "errors": {},
            })),
        )
            .into_response(),
    };
    if status == 503 || status == 429 {
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    r
}

/// A body that sends its first half, waits for it to leave, then fails the connection.
struct Truncated {
    first: Option<Bytes>,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl http_body::Body for Truncated {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        if let Some(b) = self.first.take() {
            return Poll::Ready(Some(Ok(Frame::data(b))));
        }
        if let Some(p) = self.pause.as_mut()
            && p.as_mut().poll(cx).is_pending()
        {
            return Poll::Pending;
        }
        Poll::Ready(Some(Err(io::Error::new(
            io::ErrorKind::ConnectionAborted,
            "simulated truncated body",
        ))))
    }
}

async fn truncate(resp: Response) -> Response {
    let (mut parts, body) = resp.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return status_response(500);
    };
    let half = bytes.slice(..bytes.len() / 2);
    parts.headers.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(bytes.len().max(1)),
    );
    Response::from_parts(
        parts,
        Body::new(Truncated {
            first: Some(half),
            pause: Some(Box::pin(tokio::time::sleep(Duration::from_millis(30)))),
        }),
    )
}

/// Middleware: applies latency and faults to Jira's namespace only.
pub(crate) async fn layer(State(st): State<Shared>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if !path.starts_with("/rest/") {
        return next.run(req).await;
    }
    let (latency, fault) = lock(&st.faults).decide(&path);
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let Some(fault) = fault else {
        return next.run(req).await;
    };
    *lock(&st.stats).faults.entry(fault.label()).or_insert(0) += 1;
    match fault {
        Fault::Status(s) => status_response(s),
        Fault::Html => login_page(),
        Fault::Reset => {
            if let Some(ConnectInfo(info)) = req.extensions().get::<ConnectInfo<ConnInfo>>() {
                info.ctl.reset();
            }
            status_response(500)
        }
        Fault::Truncate => truncate(next.run(req).await).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_faults_by_default() {
        let mut s = FaultState::new(Faults::default(), 1);
        for _ in 0..100 {
            assert_eq!(s.decide("/rest/api/3/myself"), (Duration::ZERO, None));
        }
    }

    #[test]
    fn scripted_faults_come_first_in_order() {
        let mut s = FaultState::new(
            Faults {
                script: vec![ScriptedFault::Status { status: 503 }, ScriptedFault::Reset],
                ..Faults::default()
            },
            1,
        );
        assert_eq!(s.decide("/rest/x").1, Some(Fault::Status(503)));
        assert_eq!(s.decide("/rest/x").1, Some(Fault::Reset));
        assert_eq!(s.decide("/rest/x").1, None);
    }

    #[test]
    fn error_rate_is_roughly_honoured_and_repeatable() {
        let faults = Faults {
            error_rate: 0.2,
            ..Faults::default()
        };
        let run = || {
            let mut s = FaultState::new(faults.clone(), 42);
            (0..1000)
                .filter(|_| s.decide("/rest/x").1.is_some())
                .count()
        };
        let n = run();
        assert!((150..250).contains(&n), "{n}");
        assert_eq!(n, run());
    }

    #[test]
    fn path_prefix_limits_faults() {
        let mut s = FaultState::new(
            Faults {
                error_rate: 1.0,
                path_prefix: Some("/rest/api/3/search".into()),
                ..Faults::default()
            },
            1,
        );
        assert_eq!(s.decide("/rest/api/3/myself").1, None);
        assert!(s.decide("/rest/api/3/search/jql").1.is_some());
    }

    #[test]
    fn jitter_stays_within_bounds() {
        let mut s = FaultState::new(
            Faults {
                latency_ms: 10,
                jitter_ms: 5,
                ..Faults::default()
            },
            1,
        );
        for _ in 0..50 {
            let (d, _) = s.decide("/rest/x");
            assert!(d >= Duration::from_millis(10) && d <= Duration::from_millis(15));
        }
    }
}
