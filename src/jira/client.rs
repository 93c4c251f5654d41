//! The HTTP core: one connection pool, authentication, pacing, retries and error mapping.
//!
//! Retry rules (Atlassian's guidance, API-FACTS §8): a 429 waits for `Retry-After` (or
//! `X-RateLimit-Reset`) and pauses every clone of the client, not just the request that got it;
//! `X-RateLimit-NearLimit: true` slows everyone down a little; 5xx, resets and timeouts back off
//! exponentially with jitter; other 4xx are never retried. Every retry is logged (visible with
//! `-v`); the `Authorization` header and the token never are.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::limit::{AdaptiveLimit, Change, Permit};
use base64::Engine as _;
use rand::Rng as _;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use url::Url;

use super::wire::{page_is_final, parse_jira_datetime};
use crate::{Error, ErrorKind, Result};

/// Sent on every request so Jira admins can see who is calling.
pub const USER_AGENT: &str = concat!("jirahub/", env!("CARGO_PKG_VERSION"));

pub use crate::model::Deployment;

/// The REST API path (relative to the site) a deployment is spoken to with.
pub fn api_prefix(deployment: Deployment) -> &'static str {
    match deployment {
        Deployment::Cloud => "rest/api/3",
        Deployment::DataCenter => "rest/api/2",
    }
}

/// Credentials. The secrets cannot be printed: `Debug` redacts them.
#[derive(Clone)]
pub enum JiraAuth {
    /// Cloud: account email and API token.
    Basic { email: String, token: SecretString },
    /// Data Center: a personal access token.
    Bearer(SecretString),
}

impl fmt::Debug for JiraAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JiraAuth::Basic { email, .. } => f
                .debug_struct("Basic")
                .field("email", email)
                .field("token", &"[redacted]")
                .finish(),
            JiraAuth::Bearer(_) => f.debug_tuple("Bearer").field(&"[redacted]").finish(),
        }
    }
}

impl JiraAuth {
    /// The HTTP scheme, for messages: `Basic` or `Bearer`.
    pub fn scheme(&self) -> &'static str {
        match self {
            JiraAuth::Basic { .. } => "Basic",
            JiraAuth::Bearer(_) => "Bearer",
        }
    }

    fn header(&self) -> Result<HeaderValue> {
        let raw = match self {
            JiraAuth::Basic { email, token } => {
                let pair = format!("{email}:{}", token.expose_secret());
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(pair)
                )
            }
            JiraAuth::Bearer(token) => format!("Bearer {}", token.expose_secret()),
        };
        let mut value = HeaderValue::from_str(&raw).map_err(|_| {
            Error::usage(
                "the Jira credentials contain characters that cannot be sent (e.g. a line break)",
            )
            .with_hint("paste the token again without surrounding whitespace")
        })?;
        // Keeps the value out of reqwest's and hyper's Debug output.
        value.set_sensitive(true);
        Ok(value)
    }

    /// The strings that must never appear in a message: the token and its encoded header.
    fn secrets(&self) -> Vec<String> {
        let mut out = vec![];
        let token = match self {
            JiraAuth::Basic { token, .. } | JiraAuth::Bearer(token) => token.expose_secret(),
        };
        if token.len() >= 4 {
            out.push(token.to_string());
        }
        if let Ok(h) = self.header()
            && let Ok(s) = h.to_str()
            && let Some((_, encoded)) = s.split_once(' ')
        {
            out.push(encoded.to_string());
        }
        out
    }
}

/// How a 401 answer starts: [`is_rejected_credentials`] recognises it.
const REJECTED_CREDENTIALS: &str = "Jira rejected the credentials (401)";

/// True when Jira answered 401: these credentials (or this auth scheme) are not accepted,
/// unlike a 403, where they are accepted but lack a permission.
pub fn is_rejected_credentials(e: &Error) -> bool {
    e.kind() == ErrorKind::Auth && e.message().starts_with(REJECTED_CREDENTIALS)
}

/// How hard to try. Tests use tiny delays; the defaults suit a real site.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts per request, the first included.
    pub max_attempts: u32,
    /// First backoff; doubles per attempt, with jitter.
    pub base_delay: Duration,
    /// Longest backoff between two attempts.
    pub max_delay: Duration,
    /// Longest wait a server may ask for (`Retry-After`, `X-RateLimit-Reset`); asked for more,
    /// the client gives up at once with an error saying so.
    pub max_server_wait: Duration,
    /// Pause before the next request when Jira says the rate limit is near.
    pub near_limit_pause: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            max_server_wait: Duration::from_secs(120),
            near_limit_pause: Duration::from_millis(500),
        }
    }
}

/// Everything needed to build a [`JiraClient`].
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: String,
    /// `None` for anonymous calls (`server_info` before credentials are known).
    pub auth: Option<JiraAuth>,
    pub deployment: Deployment,
    pub connect_timeout: Duration,
    /// Longest silence while reading a response.
    pub read_timeout: Duration,
    /// Longest a whole request may take.
    pub request_timeout: Duration,
    /// Requests in flight at once, shared by all clones of the client.
    pub max_concurrency: usize,
    pub retry: RetryPolicy,
    /// How the client waits (back-offs, `Retry-After`, near-limit pauses): on the real clock,
    /// or — for tests — only recorded, so retry logic is checked without sleeping.
    pub waits: Waits,
}

/// How a client spends the waits it decides on. Either way they are recorded
/// ([`JiraClient::waits`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Waits {
    #[default]
    Real,
    /// Recorded, never slept: a test asserts what the client decided in no time at all.
    Recorded,
}

impl ClientConfig {
    pub fn new(base_url: impl Into<String>, auth: Option<JiraAuth>) -> ClientConfig {
        ClientConfig {
            base_url: base_url.into(),
            auth,
            deployment: Deployment::Cloud,
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            request_timeout: Duration::from_secs(120),
            max_concurrency: 8,
            retry: RetryPolicy::default(),
            waits: Waits::Real,
        }
    }

    pub fn waits(mut self, waits: Waits) -> ClientConfig {
        self.waits = waits;
        self
    }

    pub fn deployment(mut self, deployment: Deployment) -> ClientConfig {
        self.deployment = deployment;
        self
    }

    pub fn max_concurrency(mut self, n: usize) -> ClientConfig {
        self.max_concurrency = n.max(1);
        self
    }

    pub fn retry(mut self, retry: RetryPolicy) -> ClientConfig {
        self.retry = retry;
        self
    }

    pub fn timeouts(
        mut self,
        connect: Duration,
        read: Duration,
        request: Duration,
    ) -> ClientConfig {
        self.connect_timeout = connect;
        self.read_timeout = read;
        self.request_timeout = request;
        self
    }
}

/// A Jira REST client. Cheap to clone: clones share the connection pool, the concurrency limit,
/// the rate-limit pause and the request counter.
#[derive(Clone)]
pub struct JiraClient {
    inner: Arc<Inner>,
    deployment: Deployment,
}

struct Inner {
    http: reqwest::Client,
    base: Url,
    auth: Option<HeaderValue>,
    secrets: Vec<String>,
    retry: RetryPolicy,
    /// Requests in flight: adapts to Jira's push-back under the configured ceiling.
    permits: AdaptiveLimit,
    requests: AtomicU64,
    /// No request starts before this instant (set by 429s and near-limit warnings).
    pause_until: std::sync::Mutex<Option<Instant>>,
    /// Until when the last "Jira asked to wait" line covers: requests in flight that are told
    /// to wait together say it once.
    announced_until: std::sync::Mutex<Option<Instant>>,
    waits: Waits,
    /// Every wait decided, in order (capped: a long sync must not grow this without bound).
    waited: std::sync::Mutex<Vec<Duration>>,
    /// Who shows "Jira asked to wait" instead of the log line (a progress display).
    wait_listener: std::sync::Mutex<Option<WaitListener>>,
}

/// Told of every wait Jira asks for (`Retry-After`) with its reason; returns whether it showed
/// it (then the log line is skipped).
pub type WaitListener = Arc<dyn Fn(Duration, &str) -> bool + Send + Sync>;

/// How many waits [`JiraClient::waits`] keeps.
const WAITS_KEPT: usize = 1000;

impl fmt::Debug for JiraClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JiraClient")
            .field("base_url", &self.inner.base.as_str())
            .field("deployment", &self.deployment)
            .field("authenticated", &self.inner.auth.is_some())
            .finish()
    }
}

/// Validates and normalises a Jira base URL: http(s) only, no credentials, no query, a
/// trailing slash, and a context path (`https://host/jira`) kept.
pub fn parse_base_url(input: &str) -> Result<Url> {
    let input = input.trim();
    // Never echo something that may hold a password.
    let shown = if input.contains('@') {
        "the Jira URL".to_string()
    } else {
        format!("{input:?}")
    };
    let hint = "use the address you open Jira at, e.g. https://your-site.atlassian.net or https://jira.example.com/jira";
    if input.is_empty() {
        return Err(Error::usage("the Jira URL is empty").with_hint(hint));
    }
    let mut url = Url::parse(input).map_err(|e| {
        Error::usage(format!("{shown} is not a valid Jira URL ({e})")).with_hint(hint)
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(
            Error::usage(format!("{shown} is not an http:// or https:// URL")).with_hint(hint),
        );
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(Error::usage(format!("{shown} has no host name")).with_hint(hint));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::usage("the Jira URL must not contain a user name or password")
            .with_hint("give the email with --email and the token at the prompt, --token-stdin or JIRA_API_TOKEN"));
    }
    url.set_query(None);
    url.set_fragment(None);
    // A pasted page address (`…/browse/KEY-1`, `…/secure/Dashboard.jspa`) still names the site.
    let is_cloud = url
        .host_str()
        .is_some_and(|h| h.ends_with(".atlassian.net"));
    let kept: Vec<String> = url
        .path_segments()
        .map(|segs| {
            segs.take_while(|s| {
                !is_cloud && !matches!(*s, "browse" | "secure" | "rest" | "plugins")
            })
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
        })
        .unwrap_or_default();
    let path = if kept.is_empty() {
        "/".to_string()
    } else {
        format!("/{}/", kept.join("/"))
    };
    url.set_path(&path);
    Ok(url)
}

/// `scheme://host[:port]/path` — what messages and logs show of a URL (no query, no credentials).
pub(crate) fn display_url(url: &Url) -> String {
    let mut shown = url.clone();
    shown.set_query(None);
    shown.set_fragment(None);
    // Base URLs never hold credentials (parse_base_url refuses them); be sure anyway.
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.to_string()
}

/// What went wrong with one attempt, and whether another may help.
enum Attempt<T> {
    Done(T),
    Retry {
        reason: String,
        wait: Option<Duration>,
        err: Error,
    },
}

impl JiraClient {
    pub fn new(config: ClientConfig) -> Result<JiraClient> {
        let base = parse_base_url(&config.base_url)?;
        let auth = config.auth.as_ref().map(JiraAuth::header).transpose()?;
        let secrets = config
            .auth
            .as_ref()
            .map(JiraAuth::secrets)
            .unwrap_or_default();
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .timeout(config.request_timeout)
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_max_idle_per_host(config.max_concurrency.max(1))
            .gzip(true)
            .build()
            .map_err(|e| {
                Error::unexpected(format!("could not set up the HTTP client: {e}")).with_source(e)
            })?;
        Ok(JiraClient {
            inner: Arc::new(Inner {
                http,
                base,
                auth,
                secrets,
                retry: config.retry,
                permits: AdaptiveLimit::new(config.max_concurrency),
                requests: AtomicU64::new(0),
                pause_until: std::sync::Mutex::new(None),
                announced_until: std::sync::Mutex::new(None),
                waits: config.waits,
                waited: std::sync::Mutex::new(Vec::new()),
                wait_listener: std::sync::Mutex::new(None),
            }),
            deployment: config.deployment,
        })
    }

    /// The normalised site URL (always ends with `/`).
    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    pub fn deployment(&self) -> Deployment {
        self.deployment
    }

    /// The same client (pool, limits, counter) speaking to another deployment kind, e.g. after
    /// `server_info()` told which one the site is.
    pub fn with_deployment(&self, deployment: Deployment) -> JiraClient {
        JiraClient {
            inner: Arc::clone(&self.inner),
            deployment,
        }
    }

    /// HTTP requests sent so far by this client and its clones (retries included).
    pub fn request_count(&self) -> u64 {
        self.inner.requests.load(Ordering::Relaxed)
    }

    /// `<site>/<segments…>`, each segment percent-encoded (issue keys, project keys are data).
    pub(crate) fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.inner.base.clone();
        {
            let mut path = url
                .path_segments_mut()
                .expect("http(s) URLs always have a path");
            path.pop_if_empty();
            path.extend(segments);
        }
        url
    }

    /// `<site>/rest/api/{2|3}/<segments…>`.
    pub(crate) fn api_url(&self, segments: &[&str]) -> Url {
        let prefix: Vec<&str> = api_prefix(self.deployment).split('/').collect();
        self.url(&[prefix.as_slice(), segments].concat())
    }

    /// `<site>/rest/agile/1.0/<segments…>`.
    pub(crate) fn agile_url(&self, segments: &[&str]) -> Url {
        self.url(&[&["rest", "agile", "1.0"], segments].concat())
    }

    /// GET with query parameters, parsing the JSON body into `T`.
    pub(crate) async fn get_json<T: DeserializeOwned>(
        &self,
        url: Url,
        query: &[(&str, String)],
    ) -> Result<T> {
        let mut url = url;
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in query {
                pairs.append_pair(k, v);
            }
        }
        self.execute(Method::GET, url, None).await
    }

    /// POST a JSON body, parsing the JSON answer into `T`.
    pub(crate) async fn post_json<T: DeserializeOwned>(
        &self,
        url: Url,
        body: &serde_json::Value,
    ) -> Result<T> {
        self.execute(Method::POST, url, Some(body)).await
    }

    /// Collects a startAt-paged list whose pages `split` into (items, total, isLast).
    pub(crate) async fn collect_start_at<P, T>(
        &self,
        url: Url,
        query: &[(&str, String)],
        page_size: u32,
        split: impl Fn(P) -> (Vec<T>, Option<u64>, Option<bool>),
    ) -> Result<Vec<T>>
    where
        P: DeserializeOwned,
    {
        let mut out = Vec::new();
        let mut start_at: u64 = 0;
        for _ in 0..MAX_PAGES {
            let mut q = query.to_vec();
            q.push(("startAt", start_at.to_string()));
            q.push(("maxResults", page_size.to_string()));
            let page: P = self.get_json(url.clone(), &q).await?;
            let (items, total, is_last) = split(page);
            let len = items.len();
            out.extend(items);
            if page_is_final(start_at, len, total, is_last) {
                return Ok(out);
            }
            start_at += len as u64;
        }
        Err(too_many_pages(&url))
    }

    async fn execute<T: DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<&serde_json::Value>,
    ) -> Result<T> {
        let policy = &self.inner.retry;
        let attempts = policy.max_attempts.max(1);
        let shown = display_url(&url);
        let mut attempt = 1;
        loop {
            self.wait_for_pause().await;
            match self.attempt(&method, &url, &shown, body).await {
                Attempt::Done(result) => return result,
                Attempt::Retry { reason, wait, err } => {
                    if attempt >= attempts {
                        tracing::info!(%method, url = %shown, attempts, "giving up on Jira: {reason}");
                        return Err(err);
                    }
                    let delay = wait.unwrap_or_else(|| self.backoff(attempt));
                    if let Some(w) = wait {
                        self.announce_wait(w, &reason);
                    }
                    tracing::info!(
                        %method,
                        url = %shown,
                        attempt,
                        max_attempts = attempts,
                        delay_ms = delay.as_millis() as u64,
                        "retrying Jira request: {reason}"
                    );
                    self.wait(delay).await;
                    attempt += 1;
                }
            }
        }
    }

    /// One HTTP exchange, holding a concurrency permit while it runs.
    async fn attempt<T: DeserializeOwned>(
        &self,
        method: &Method,
        url: &Url,
        shown: &str,
        body: Option<&serde_json::Value>,
    ) -> Attempt<Result<T>> {
        let permit = self.inner.permits.acquire().await;
        let mut req = self
            .inner
            .http
            .request(method.clone(), url.clone())
            .header(header::ACCEPT, "application/json");
        if let Some(auth) = &self.inner.auth {
            req = req.header(header::AUTHORIZATION, auth.clone());
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        self.inner.requests.fetch_add(1, Ordering::Relaxed);
        let started = Instant::now();
        let resp = match req.send().await {
            Ok(resp) => resp,
            Err(e) => return self.transport_failure(method, shown, e),
        };
        let status = resp.status();
        let headers = resp.headers().clone();
        tracing::debug!(%method, url = %shown, status = status.as_u16(), elapsed_ms = started.elapsed().as_millis() as u64, "Jira answered");

        if status == StatusCode::TOO_MANY_REQUESTS || is_true(&headers, "x-ratelimit-nearlimit") {
            self.slow_down(&permit, status);
        } else if status.is_success() {
            self.speed_up();
        }
        if is_true(&headers, "x-ratelimit-nearlimit") {
            let pause = self.inner.retry.near_limit_pause;
            tracing::info!(url = %shown, pause_ms = pause.as_millis() as u64, "Jira rate limit is near; slowing down");
            self.pause_for(pause);
        }

        let bytes = match resp.bytes().await {
            Ok(b) => b,
            Err(e) => return self.transport_failure(method, shown, e),
        };

        if status.is_success() {
            return Attempt::Done(self.parse_body(method, shown, status, &headers, &bytes));
        }
        let detail = self.error_detail(&bytes);
        // A server asking for a longer pause than we are willing to sit through (an hourly
        // quota, maintenance) gets a clear answer now instead of minutes of silent waiting.
        let wait = self.server_wait(&headers);
        if let Some(w) = wait.filter(|w| *w > self.inner.retry.max_server_wait)
            && (status == StatusCode::TOO_MANY_REQUESTS || is_retryable_server_error(status))
        {
            return Attempt::Done(Err(Error::unavailable(format!(
                "Jira answered {} for {method} {shown} and asks to wait {} s before trying again",
                status_text(status),
                w.as_secs().max(1)
            ))
            .with_hint("try again later, or lower the concurrency")));
        }
        if status == StatusCode::TOO_MANY_REQUESTS {
            if let Some(w) = wait {
                // Everyone waits: the limit is per site and endpoint, not per request.
                self.pause_for(w);
            }
            let err = Error::unavailable(format!(
                "Jira kept rate-limiting {method} {shown} (429 Too Many Requests)"
            ))
            .with_hint("wait a minute and try again, or lower the concurrency");
            return Attempt::Retry {
                reason: "429 Too Many Requests".into(),
                wait,
                err,
            };
        }
        if is_retryable_server_error(status) {
            let what = match &detail {
                Some(d) => format!(": {d}"),
                None if looks_like_html(&headers, &bytes) => " (an HTML error page)".into(),
                None => String::new(),
            };
            let err = Error::unavailable(format!(
                "Jira answered {} for {method} {shown}{what}",
                status_text(status)
            ))
            .with_hint("Jira may be down or overloaded; try again later");
            return Attempt::Retry {
                reason: status_text(status),
                wait,
                err,
            };
        }
        Attempt::Done(Err(
            self.status_error(method, shown, status, &headers, detail)
        ))
    }

    /// A request that got no (complete) answer. Resets and timeouts are retried; a refused
    /// connection or an unknown host is not: that is a wrong URL far more often than an outage,
    /// and the user should hear so at once.
    fn transport_failure<T>(
        &self,
        method: &Method,
        shown: &str,
        e: reqwest::Error,
    ) -> Attempt<Result<T>> {
        let refused = e.is_connect() && !e.is_timeout();
        // The root cause ("Connection refused (os error 111)") says it best.
        let cause = self.scrub(&root_cause(&e));
        let message = if e.is_timeout() {
            format!("Jira did not answer {method} {shown} in time ({cause})")
        } else if e.is_connect() {
            format!("could not connect to Jira for {method} {shown} ({cause})")
        } else {
            format!("the connection to Jira broke during {method} {shown} ({cause})")
        };
        let reason = message.clone();
        let err = Error::unavailable(message)
            .with_hint("check the URL and your network connection, then try again");
        if refused {
            return Attempt::Done(Err(err));
        }
        Attempt::Retry {
            reason,
            wait: None,
            err,
        }
    }

    fn parse_body<T: DeserializeOwned>(
        &self,
        method: &Method,
        shown: &str,
        status: StatusCode,
        headers: &HeaderMap,
        bytes: &[u8],
    ) -> Result<T> {
        let code = status.as_u16();
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_ascii_lowercase();
        if looks_like_html(headers, bytes) {
            return Err(Error::unavailable(format!(
                "Jira returned HTML instead of JSON for {method} {shown} (status {code})"
            ))
            .with_hint("a login page or proxy answered instead of Jira: check the URL (Data Center may need its context path, e.g. /jira) and the credentials"));
        }
        if !content_type.is_empty() && !content_type.contains("json") {
            return Err(Error::unavailable(format!(
                "Jira returned {content_type} instead of JSON for {method} {shown} (status {code})"
            ))
            .with_hint("check that the URL points at Jira"));
        }
        serde_json::from_slice(bytes).map_err(|e| {
            let what = if bytes.is_empty() {
                "an empty body".to_string()
            } else {
                format!("JSON that jirahub cannot read ({e})")
            };
            Error::unavailable(format!(
                "Jira returned {what} for {method} {shown} (status {code})"
            ))
            .with_hint(
                "the response may have been cut off; try again, and report it if it persists",
            )
            .with_source(e)
        })
    }

    fn status_error(
        &self,
        method: &Method,
        shown: &str,
        status: StatusCode,
        headers: &HeaderMap,
        detail: Option<String>,
    ) -> Error {
        let suffix = detail
            .as_ref()
            .map(|d| format!(": {d}"))
            .unwrap_or_default();
        match status {
            StatusCode::UNAUTHORIZED => Error::auth(format!(
                "{REJECTED_CREDENTIALS} for {method} {shown}{suffix}"
            ))
            .with_hint("check the email and API token (Cloud: https://id.atlassian.com/manage-profile/security/api-tokens) or the personal access token (Data Center), then run `jirahub connect` again"),
            StatusCode::FORBIDDEN => {
                let denied = headers
                    .get("x-authentication-denied-reason")
                    .and_then(|v| v.to_str().ok())
                    .map(|r| format!(" (denied: {r})"))
                    .unwrap_or_default();
                Error::auth(format!("Jira refused access (403) to {method} {shown}{denied}{suffix}"))
                    .with_hint("the account lacks permission for this; after several failed logins Jira may demand a CAPTCHA: log in once in the browser")
            }
            StatusCode::NOT_FOUND => Error::not_found(format!(
                "Jira found nothing at {method} {shown} (404){suffix}"
            ))
            .with_hint("check the key, your permissions, and the Jira URL (Data Center may need its context path, e.g. https://host/jira)"),
            StatusCode::BAD_REQUEST => Error::usage(format!(
                "Jira rejected {method} {shown} (400){suffix}"
            )),
            _ => Error::unavailable(format!(
                "Jira answered {} for {method} {shown}{suffix}",
                status_text(status)
            )),
        }
    }

    /// Jira's own words from an error body, in every envelope it uses (API-FACTS §7).
    fn error_detail(&self, bytes: &[u8]) -> Option<String> {
        let detail = error_messages(bytes)?;
        Some(self.scrub(&detail))
    }

    /// Removes any secret a server (or a library message) might have echoed back.
    fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in &self.inner.secrets {
            out = out.replace(s.as_str(), "[redacted]");
        }
        out
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let p = &self.inner.retry;
        let exp = p
            .base_delay
            .saturating_mul(1u32 << (attempt - 1).min(16))
            .min(p.max_delay);
        // "Equal jitter": never shorter than half, so a burst of clients spreads out.
        let half = exp / 2;
        let jitter_ms = rand::rng().random_range(0..=half.as_millis() as u64);
        half + Duration::from_millis(jitter_ms)
    }

    /// How long the server asked us to wait (`Retry-After` seconds or date, else
    /// `X-RateLimit-Reset`).
    fn server_wait(&self, headers: &HeaderMap) -> Option<Duration> {
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::trim)
        };
        let from_retry_after = text("retry-after").and_then(|v| {
            v.parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s >= 0.0)
                .map(Duration::from_secs_f64)
                .or_else(|| {
                    let at = chrono::DateTime::parse_from_rfc2822(v).ok()?;
                    (at.with_timezone(&chrono::Utc) - chrono::Utc::now())
                        .to_std()
                        .ok()
                })
        });
        let from_reset = || {
            let at = parse_jira_datetime(text("x-ratelimit-reset")?)?;
            Some((at - chrono::Utc::now()).to_std().unwrap_or_default())
        };
        from_retry_after.or_else(from_reset)
    }

    /// Jira pushed back: fewer requests in flight (said at `-v`).
    fn slow_down(&self, permit: &Permit<'_>, status: StatusCode) {
        if let Some(Change { from, to }) = self.inner.permits.throttled(permit) {
            let why = if status == StatusCode::TOO_MANY_REQUESTS {
                "429 Too Many Requests"
            } else {
                "the rate limit is near"
            };
            tracing::info!(
                from,
                to,
                "Jira pushed back ({why}): {from} → {to} requests in flight"
            );
        }
    }

    /// Things go well: after enough successes, one more request in flight (up to the ceiling).
    fn speed_up(&self) {
        if let Some(Change { from, to }) = self.inner.permits.succeeded() {
            tracing::info!(from, to, "Jira keeps up: {from} → {to} requests in flight");
        }
    }

    /// The configured concurrency: the most requests ever in flight at once.
    pub fn concurrency_ceiling(&self) -> usize {
        self.inner.permits.ceiling()
    }

    /// Requests allowed in flight now (at most the configured concurrency).
    pub fn concurrency(&self) -> usize {
        self.inner.permits.current()
    }

    fn pause_for(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut guard = self
            .inner
            .pause_until
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if guard.is_none_or(|t| t < until) {
            *guard = Some(until);
        }
    }

    /// Says at the default log level that Jira asked for a pause (a long silence must never
    /// look like a hang, least of all in a CI log), once per pause however many requests got it.
    fn announce_wait(&self, wait: Duration, reason: &str) {
        if wait < Duration::from_secs(1) {
            return;
        }
        let until = Instant::now() + wait;
        let mut guard = self
            .inner
            .announced_until
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if guard.is_some_and(|t| until <= t + Duration::from_secs(1)) {
            return;
        }
        *guard = Some(until);
        drop(guard);
        let listener = self
            .inner
            .wait_listener
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        if listener.is_some_and(|show| show(wait, reason)) {
            return;
        }
        tracing::warn!(
            "Jira asked to wait {} s ({reason}); waiting",
            wait.as_secs_f64().ceil() as u64
        );
    }

    /// Shows Jira's waits somewhere else than the log (see [`WaitListener`]); shared by clones.
    pub fn on_wait(&self, listener: WaitListener) {
        *self
            .inner
            .wait_listener
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = Some(listener);
    }

    async fn wait_for_pause(&self) {
        let until = *self
            .inner
            .pause_until
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if let Some(until) = until
            && until > Instant::now()
        {
            if self.inner.waits == Waits::Recorded {
                // The pause is served the moment it is recorded.
                *self
                    .inner
                    .pause_until
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()) = None;
            }
            self.wait(until - Instant::now()).await;
        }
    }

    /// Waits `delay` (or only records it, see [`Waits`]).
    async fn wait(&self, delay: Duration) {
        {
            let mut waited = self.inner.waited.lock().unwrap_or_else(|p| p.into_inner());
            if waited.len() < WAITS_KEPT {
                waited.push(delay);
            }
        }
        match self.inner.waits {
            Waits::Real => tokio::time::sleep(delay).await,
            Waits::Recorded => {
                // As if `delay` had passed: a shared pause it covers is over too.
                let mut pause = self
                    .inner
                    .pause_until
                    .lock()
                    .unwrap_or_else(|p| p.into_inner());
                if pause.is_some_and(|until| until <= Instant::now() + delay) {
                    *pause = None;
                }
            }
        }
    }

    /// The waits this client (and its clones) decided on so far, in order: retry back-offs,
    /// server-requested waits, near-limit pauses. The first 1000.
    pub fn waits(&self) -> Vec<Duration> {
        self.inner
            .waited
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

/// A guard against servers that never say "last page".
pub(crate) const MAX_PAGES: usize = 100_000;

pub(crate) fn too_many_pages(url: &Url) -> Error {
    Error::unavailable(format!(
        "Jira kept returning pages for GET {} without ever reaching the last one",
        display_url(url)
    ))
}

fn is_retryable_server_error(status: StatusCode) -> bool {
    status.is_server_error()
        && status != StatusCode::NOT_IMPLEMENTED
        && status != StatusCode::HTTP_VERSION_NOT_SUPPORTED
}

fn status_text(status: StatusCode) -> String {
    match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_u16()),
        None => status.as_u16().to_string(),
    }
}

fn is_true(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

fn looks_like_html(headers: &HeaderMap, bytes: &[u8]) -> bool {
    let ct_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.to_ascii_lowercase().contains("html"));
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .map(|i| &bytes[i..]);
    ct_html || start.is_some_and(|s| s.starts_with(b"<"))
}

fn root_cause(e: &dyn std::error::Error) -> String {
    let mut last = e;
    while let Some(next) = last.source() {
        last = next;
    }
    last.to_string()
}

/// Reads `errorMessages`, `errors`, `warningMessages`, `message` and `errorMessage` from any
/// JSON error envelope, or a short plain-text body. HTML pages give `None` (no useful words).
pub(crate) fn error_messages(bytes: &[u8]) -> Option<String> {
    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    struct Envelope {
        error_messages: Vec<serde_json::Value>,
        errors: serde_json::Map<String, serde_json::Value>,
        warning_messages: Vec<serde_json::Value>,
        message: Option<String>,
        error_message: Option<String>,
    }
    let text_of = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if let Ok(env) = serde_json::from_slice::<Envelope>(bytes) {
        let mut parts: Vec<String> = env.error_messages.iter().map(text_of).collect();
        parts.extend(
            env.errors
                .iter()
                .map(|(k, v)| format!("{k}: {}", text_of(v))),
        );
        parts.extend(env.warning_messages.iter().map(text_of));
        parts.extend(env.message);
        parts.extend(env.error_message);
        parts.retain(|p| !p.trim().is_empty());
        return (!parts.is_empty()).then(|| one_line(&parts.join("; ")));
    }
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim();
    if text.is_empty() || text.starts_with('<') || text.starts_with('{') || text.starts_with('[') {
        return None;
    }
    Some(one_line(text))
}

/// Collapses whitespace and caps the length, so a message stays one readable line.
fn one_line(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 300 {
        let cut: String = flat.chars().take(300).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> Vec<u8> {
        crate::jira::samples::sample(name).into_bytes()
    }

    #[test]
    fn base_url_gets_a_trailing_slash_and_keeps_its_context_path() {
        assert_eq!(
            parse_base_url("https://x.atlassian.net")
                .expect("ok")
                .as_str(),
            "https://x.atlassian.net/"
        );
        assert_eq!(
            parse_base_url(" https://host/jira ").expect("ok").as_str(),
            "https://host/jira/"
        );
        assert_eq!(
            parse_base_url("http://127.0.0.1:8080/jira/")
                .expect("ok")
                .as_str(),
            "http://127.0.0.1:8080/jira/"
        );
    }

    #[test]
    fn pasted_page_addresses_are_cut_back_to_the_site() {
        assert_eq!(
            parse_base_url("https://x.atlassian.net/jira/software/projects/A/boards/1?x=1")
                .expect("ok")
                .as_str(),
            "https://x.atlassian.net/"
        );
        assert_eq!(
            parse_base_url("https://host/jira/browse/A-1")
                .expect("ok")
                .as_str(),
            "https://host/jira/"
        );
    }

    #[test]
    fn malformed_urls_are_usage_errors_naming_them() {
        for bad in [
            "x.atlassian.net",
            "ftp://host/",
            "https://",
            "not a url",
            "",
        ] {
            let err = parse_base_url(bad).expect_err(bad);
            assert_eq!(err.kind(), crate::ErrorKind::Usage, "{bad}");
            if !bad.is_empty() {
                assert!(
                    err.message().contains(bad.trim()),
                    "{bad}: {}",
                    err.message()
                );
            }
        }
    }

    #[test]
    fn credentials_in_the_url_are_refused_without_echoing_them() {
        let err = parse_base_url("https://me:s3cr3t-token@host/").expect_err("has credentials");
        assert_eq!(err.kind(), crate::ErrorKind::Usage);
        assert!(!err.message().contains("s3cr3t"));
    }

    #[test]
    fn api_urls_follow_the_deployment_and_encode_keys() {
        let cloud = JiraClient::new(ClientConfig::new("https://host/jira", None)).expect("client");
        assert_eq!(
            cloud.api_url(&["issue", "A-1"]).as_str(),
            "https://host/jira/rest/api/3/issue/A-1"
        );
        let dc = cloud.with_deployment(Deployment::DataCenter);
        assert_eq!(
            dc.api_url(&["myself"]).as_str(),
            "https://host/jira/rest/api/2/myself"
        );
        assert_eq!(
            dc.agile_url(&["board"]).as_str(),
            "https://host/jira/rest/agile/1.0/board"
        );
        assert_eq!(
            dc.api_url(&["project", "A/B?"]).as_str(),
            "https://host/jira/rest/api/2/project/A%2FB%3F"
        );
    }

    #[test]
    fn debug_output_never_shows_the_token() {
        let auth = JiraAuth::Basic {
            email: "me@x.test".into(),
            token: SecretString::from("tok-123456"),
        };
        let shown = format!("{auth:?}");
        assert!(
            !shown.contains("tok-123456") && shown.contains("me@x.test"),
            "{shown}"
        );
        let client =
            JiraClient::new(ClientConfig::new("https://host", Some(auth))).expect("client");
        assert!(!format!("{client:?}").contains("tok-123456"));
        let bearer = JiraAuth::Bearer(SecretString::from("pat-abcdef"));
        assert!(!format!("{bearer:?}").contains("pat-abcdef"));
    }

    #[test]
    fn a_token_with_a_line_break_is_a_usage_error() {
        let auth = JiraAuth::Bearer(SecretString::from("abc\ndef"));
        let err =
            JiraClient::new(ClientConfig::new("https://host", Some(auth))).expect_err("bad header");
        assert_eq!(err.kind(), crate::ErrorKind::Usage);
        assert!(!err.message().contains("abc"));
    }

    #[test]
    fn every_error_envelope_yields_its_message() {
        let cases = [
            (
                "cloud-error-401-basic-auth-rejected.json",
                "Client must be authenticated to access this resource.",
            ),
            (
                "cloud-v2-error-400-create-field-not-on-screen.json",
                "labels: Field 'labels' cannot be set.",
            ),
            (
                "cloud-v2-error-400-search-jql-unknown-field.json",
                "Field 'resolution' does not exist",
            ),
            (
                "cloud-v3-error-401-not-authenticated.json",
                "You are not authenticated.",
            ),
            (
                "cloud-v3-error-404-project-not-found.json",
                "No project could be found with key 'VULN'.",
            ),
            (
                "cloud-v3-error-410-search-removed.json",
                "The requested API has been removed.",
            ),
            (
                "dc-v2-error-400-field-not-valid.json",
                "invalid: Field 'invalid' is not valid",
            ),
            (
                "dc-v2-error-400-fields-or-update-required.json",
                "one of 'fields' or 'update' required",
            ),
            (
                "dc-v2-error-400-unrecognized-json-field.json",
                "Unrecognized field \"invalid\"",
            ),
        ];
        for (file, want) in cases {
            let got = error_messages(&sample(file)).unwrap_or_default();
            assert!(got.contains(want), "{file}: {got}");
            assert!(!got.contains('\n'), "{file}: one line");
        }
    }

    #[test]
    fn html_and_empty_error_bodies_have_no_detail() {
        assert_eq!(
            error_messages(b"<html><body>Bad gateway</body></html>"),
            None
        );
        assert_eq!(error_messages(b""), None);
        assert_eq!(error_messages(b"{}"), None);
        assert_eq!(
            error_messages(b"upstream timed out").as_deref(),
            Some("upstream timed out")
        );
    }

    fn client_with(retry: RetryPolicy) -> JiraClient {
        JiraClient::new(ClientConfig::new("https://host", None).retry(retry)).expect("client")
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let c = client_with(RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(350),
            ..RetryPolicy::default()
        });
        for _ in 0..50 {
            let first = c.backoff(1);
            assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
            let second = c.backoff(2);
            assert!(second >= Duration::from_millis(100) && second <= Duration::from_millis(200));
            let late = c.backoff(30);
            assert!(late <= Duration::from_millis(350));
        }
    }

    #[test]
    fn retry_after_is_read_as_seconds_or_as_a_date() {
        let c = client_with(RetryPolicy::default());
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("3"));
        assert_eq!(c.server_wait(&h), Some(Duration::from_secs(3)));
        let at = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc2822();
        h.insert("retry-after", HeaderValue::from_str(&at).expect("ascii"));
        let wait = c.server_wait(&h).expect("a wait");
        assert!(
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
    }

    #[test]
    fn rate_limit_reset_timestamp_is_a_wait_until_then() {
        let c = client_with(RetryPolicy::default());
        let mut h = HeaderMap::new();
        let at = (chrono::Utc::now() + chrono::Duration::seconds(90))
            .format("%Y-%m-%dT%H:%MZ")
            .to_string();
        h.insert(
            "x-ratelimit-reset",
            HeaderValue::from_str(&at).expect("ascii"),
        );
        let wait = c.server_wait(&h).expect("a wait");
        assert!(wait <= Duration::from_secs(91), "{wait:?}");
        h.insert(
            "x-ratelimit-reset",
            HeaderValue::from_static("2001-01-01T00:00Z"),
        );
        assert_eq!(c.server_wait(&h), Some(Duration::ZERO));
        assert_eq!(c.server_wait(&HeaderMap::new()), None);
    }

    #[test]
    fn html_is_recognised_by_content_type_or_by_its_first_byte() {
        let mut h = HeaderMap::new();
        assert!(looks_like_html(&h, b"  <!DOCTYPE html>"));
        assert!(!looks_like_html(&h, b"{\"a\":1}"));
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html;charset=UTF-8"),
        );
        assert!(looks_like_html(&h, b""));
    }

    #[test]
    fn only_transient_server_errors_are_retried() {
        assert!(is_retryable_server_error(StatusCode::INTERNAL_SERVER_ERROR));
        assert!(is_retryable_server_error(StatusCode::SERVICE_UNAVAILABLE));
        assert!(is_retryable_server_error(StatusCode::GATEWAY_TIMEOUT));
        assert!(!is_retryable_server_error(StatusCode::NOT_IMPLEMENTED));
        assert!(!is_retryable_server_error(StatusCode::BAD_REQUEST));
        assert!(!is_retryable_server_error(StatusCode::NOT_FOUND));
    }

    #[test]
    fn scrub_removes_the_token_and_its_encoding() {
        let auth = JiraAuth::Basic {
            email: "me@x.test".into(),
            token: SecretString::from("tok-123456"),
        };
        let c = JiraClient::new(ClientConfig::new("https://host", Some(auth))).expect("client");
        let encoded = base64::engine::general_purpose::STANDARD.encode("me@x.test:tok-123456");
        let out = c.scrub(&format!("echo tok-123456 and {encoded}"));
        assert!(
            !out.contains("tok-123456") && !out.contains(&encoded),
            "{out}"
        );
    }
}
