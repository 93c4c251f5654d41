//! Posting a message to a Slack incoming webhook: one request, retried on 429 (after Slack's
//! `Retry-After`) and on 5xx or a dropped connection (after `Retry-After`, else 1 s, 2 s), at
//! most four tries; anything else is a one-line error (exit 5). The webhook URL is the
//! credential: no error, log line or debug output ever shows it.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

use crate::{Error, Result};

const ATTEMPTS: u32 = 4;
/// Longer waits than this are not waited for: the run fails and says so.
const MAX_WAIT: Duration = Duration::from_secs(60);

/// What a delivery took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivered {
    pub attempts: u32,
}

/// Checks a webhook address before it is stored: HTTPS (plain HTTP only to this machine, for
/// tests and relays), no credentials in it, a host.
pub fn check_url(url: &str) -> Result<()> {
    let parsed = url::Url::parse(url.trim()).map_err(|_| {
        Error::usage("the Slack webhook is not a URL (https://hooks.slack.com/services/…)")
    })?;
    let local = matches!(parsed.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match parsed.scheme() {
        "https" => {}
        "http" if local => {}
        _ => {
            return Err(Error::usage(
                "the Slack webhook must be an https:// URL (http only to this machine)",
            ));
        }
    }
    if parsed.host_str().is_none() || !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::usage(
            "the Slack webhook must name a host and hold no user or password",
        ));
    }
    Ok(())
}

/// Posts `payload` to the webhook. `sleep` waits between tries (tests pass one that records).
pub async fn post<F, Fut>(url: &SecretString, payload: &Value, sleep: F) -> Result<Delivered>
where
    F: Fn(Duration) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .user_agent(concat!("jirahub/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| {
            Error::unexpected(format!("cannot build the HTTP client: {}", e.without_url()))
        })?;
    let mut last = String::new();
    for attempt in 1..=ATTEMPTS {
        let response = client.post(url.expose_secret()).json(payload).send().await;
        let wait = match response {
            Ok(r) if r.status().is_success() => return Ok(Delivered { attempts: attempt }),
            Ok(r) => {
                let status = r.status();
                let retry_after = r
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                let body = r.text().await.unwrap_or_default();
                last = format!("Slack answered {status}: {}", short(&body));
                if status.as_u16() == 429 || status.is_server_error() {
                    retry_after.unwrap_or(backoff(attempt))
                } else {
                    // 400 invalid_payload, 403 invalid_token, 404 no_service, 410 channel_is_archived…
                    return Err(Error::unavailable(format!(
                        "the Slack message was not posted: {last}"
                    ))
                    .with_hint(hint(status.as_u16())));
                }
            }
            Err(e) => {
                last = format!("cannot reach Slack: {}", e.without_url());
                backoff(attempt)
            }
        };
        if attempt == ATTEMPTS {
            break;
        }
        if wait > MAX_WAIT {
            return Err(Error::unavailable(format!(
                "the Slack message was not posted: {last}; Slack asked to wait {} s",
                wait.as_secs()
            )));
        }
        tracing::debug!(
            attempt,
            wait_ms = wait.as_millis() as u64,
            "{last}; trying again"
        );
        sleep(wait).await;
    }
    Err(Error::unavailable(format!(
        "the Slack message was not posted after {ATTEMPTS} tries: {last}"
    )))
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_secs(1 << (attempt - 1).min(3))
}

fn hint(status: u16) -> &'static str {
    match status {
        403 | 404 | 410 => {
            "the webhook is revoked or its channel gone: set a new one with `jirahub notify set slack`"
        }
        400 => "Slack refused the message's shape; please report it with -v output",
        _ => "try again later",
    }
}

/// Slack's answer as one short, printable line.
fn short(body: &str) -> String {
    let line: String = crate::output::sanitize::for_terminal(body.trim())
        .chars()
        .filter(|c| *c != '\n' && *c != '\r')
        .take(120)
        .collect();
    if line.is_empty() {
        "(no body)".into()
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_webhooks_are_kept_but_this_machine_may_use_http() {
        assert!(check_url("https://hooks.slack.com/services/T0/B0/x").is_ok());
        assert!(check_url("http://127.0.0.1:8080/hook").is_ok());
        assert!(check_url("http://hooks.slack.com/services/T0/B0/x").is_err());
        assert!(check_url("https://user:pw@hooks.slack.com/x").is_err());
        assert!(check_url("not a url").is_err());
    }

    #[test]
    fn waits_grow_and_stop_growing() {
        let waits: Vec<u64> = (1..=5).map(|a| backoff(a).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 8]);
    }
}
