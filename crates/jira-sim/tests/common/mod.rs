//! Shared helpers for the simulator's integration tests.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use jira_sim::{Flavor, Sim, SimConfig, SimHandle};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::Value;

/// A fixed clock so data and expectations never depend on the day the tests run.
pub fn pinned() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 6, 3, 10, 0, 0)
        .single()
        .expect("valid instant")
}

pub fn config(issues: usize) -> SimConfig {
    SimConfig {
        issues,
        now: Some(pinned()),
        ..SimConfig::default()
    }
}

pub async fn start(cfg: SimConfig) -> SimHandle {
    Sim::start(cfg).await.expect("simulator starts")
}

#[derive(Clone)]
pub enum Auth {
    None,
    Basic(String, String),
    Bearer(String),
}

#[derive(Clone)]
pub struct Client {
    pub http: reqwest::Client,
    pub base: String,
    pub auth: Auth,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
}

impl Client {
    /// The seeded admin: Basic on Cloud, Bearer PAT on Data Center.
    pub fn admin(sim: &SimHandle) -> Client {
        let auth = match sim.flavor() {
            Flavor::Cloud => Auth::Basic(sim.email().into(), sim.api_token().into()),
            Flavor::DataCenter => Auth::Bearer(sim.pat().into()),
        };
        Client::with(sim, auth)
    }

    pub fn with(sim: &SimHandle, auth: Auth) -> Client {
        Client {
            http: reqwest::Client::new(),
            base: sim.url(),
            auth,
        }
    }

    fn authed(&self, rb: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.auth {
            Auth::None => rb,
            Auth::Basic(u, p) => rb.basic_auth(u, Some(p)),
            Auth::Bearer(t) => rb.bearer_auth(t),
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        let r = self
            .authed(self.http.get(format!("{}{path}", self.base)))
            .send()
            .await
            .expect("request sent");
        Reply {
            status: r.status(),
            headers: r.headers().clone(),
            text: r.text().await.expect("body read"),
        }
    }

    pub async fn get_query(&self, path: &str, query: &[(&str, &str)]) -> Reply {
        let r = self
            .authed(self.http.get(format!("{}{path}", self.base)).query(query))
            .send()
            .await
            .expect("request sent");
        Reply {
            status: r.status(),
            headers: r.headers().clone(),
            text: r.text().await.expect("body read"),
        }
    }

    pub async fn post(&self, path: &str, body: &Value) -> Reply {
        let r = self
            .authed(self.http.post(format!("{}{path}", self.base)).json(body))
            .send()
            .await
            .expect("request sent");
        Reply {
            status: r.status(),
            headers: r.headers().clone(),
            text: r.text().await.expect("body read"),
        }
    }

    /// GET that must answer 200 with JSON.
    pub async fn json(&self, path: &str) -> Value {
        let r = self.get(path).await;
        assert_eq!(r.status, StatusCode::OK, "GET {path}: {}", r.text);
        r.json()
    }

    pub async fn json_query(&self, path: &str, query: &[(&str, &str)]) -> Value {
        let r = self.get_query(path, query).await;
        assert_eq!(r.status, StatusCode::OK, "GET {path} {query:?}: {}", r.text);
        r.json()
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Value {
        let r = self.post(path, body).await;
        assert_eq!(r.status, StatusCode::OK, "POST {path}: {}", r.text);
        r.json()
    }
}

/// Every project key of the simulator, as a bounded JQL restriction.
pub fn all_projects_jql(sim: &SimHandle) -> String {
    let keys: Vec<String> = sim.projects().into_iter().map(|p| p.key).collect();
    format!("project in ({})", keys.join(", "))
}

/// Pages through `/search/jql` with `nextPageToken`, checking that the paging signals agree
/// on every page. Returns the issues in order.
pub async fn search_all(
    client: &Client,
    path: &str,
    jql: &str,
    max: usize,
    fields: &str,
) -> Vec<Value> {
    let mut out = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..100_000 {
        let max_s = max.to_string();
        let mut q: Vec<(&str, &str)> = vec![("jql", jql), ("maxResults", &max_s)];
        if !fields.is_empty() {
            q.push(("fields", fields));
        }
        if let Some(t) = &token {
            q.push(("nextPageToken", t));
        }
        let page = client.json_query(path, &q).await;
        check_page_signals(&page);
        out.extend(
            page["issues"]
                .as_array()
                .expect("issues array")
                .iter()
                .cloned(),
        );
        match page.get("nextPageToken").and_then(Value::as_str) {
            Some(t) => token = Some(t.to_string()),
            None => return out,
        }
    }
    panic!("paging never ended");
}

pub fn check_page_signals(page: &Value) {
    let is_last = page["isLast"].as_bool().expect("isLast is a boolean");
    let token = page.get("nextPageToken");
    assert_eq!(
        is_last,
        token.is_none(),
        "isLast and nextPageToken disagree: {page}"
    );
    assert!(
        page.get("total").is_none() && page.get("startAt").is_none(),
        "search/jql has no total/startAt"
    );
    if let Some(t) = token {
        assert!(
            t.as_str().is_some_and(|t| t.len() >= 100),
            "tokens are long opaque strings"
        );
    }
}

/// Jira's timestamp format: `2024-01-15T10:30:00.000+0000`.
pub fn is_jira_ts(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 28
        && b[4] == b'-'
        && b[10] == b'T'
        && b[19] == b'.'
        && (b[23] == b'+' || b[23] == b'-')
        && s[24..].chars().all(|c| c.is_ascii_digit())
        && DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.3f%z").is_ok()
}
