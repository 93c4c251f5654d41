//! Which kind of site is this, and which credentials does it take? Decided from all the
//! evidence, because `/serverInfo` is not always public: a Cloud site behind an identity
//! provider or an IP allow-list answers it anonymously with 401/403 or a login page.
//!
//! The evidence, strongest first: `--deployment` (forced); `serverInfo` asked with the
//! credentials that `/myself` accepted; the answer of `/myself` itself (Cloud users have an
//! `accountId`, Data Center users a `name`/`key`); an anonymous `serverInfo`; the host name
//! (`*.atlassian.net`, `*.jira.com` are Cloud).

use secrecy::SecretString;

use super::client::{
    ClientConfig, Deployment, JiraAuth, JiraClient, RetryPolicy, is_rejected_credentials,
};
use super::wire::User;
use crate::{Error, Result};

/// What the caller knows before asking the site.
#[derive(Debug, Clone)]
pub struct ProbeInput {
    pub base_url: String,
    pub email: Option<String>,
    pub token: SecretString,
    /// `--deployment cloud|datacenter`; `None` for auto.
    pub forced: Option<Deployment>,
    /// Retries and timeouts of the credentialed requests.
    pub config: ClientConfig,
}

/// The outcome of a successful probe: the kind of site, the credentials it accepted and the
/// account they belong to.
#[derive(Debug)]
pub struct Probe {
    pub deployment: Deployment,
    pub auth: JiraAuth,
    pub me: User,
}

/// True for the host names Atlassian serves Cloud sites on.
pub fn is_cloud_host(base_url: &str) -> bool {
    url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
        .is_some_and(|h| {
            let h = h.trim_end_matches('.');
            h.ends_with(".atlassian.net") || h.ends_with(".jira.com")
        })
}

/// What the site says without credentials. `None` when it does not say (401/403, a login
/// page, a proxy error): that is no evidence either way. One attempt only — the credentialed
/// requests that follow will meet (and report) a site that is really down.
pub async fn anonymous_deployment(config: &ClientConfig) -> Option<Deployment> {
    let mut anon = config.clone();
    anon.auth = None;
    anon.retry = RetryPolicy {
        max_attempts: 1,
        ..anon.retry
    };
    let client = JiraClient::new(anon.deployment(Deployment::DataCenter)).ok()?;
    match client.server_info().await {
        Ok(info) => Some(info.deployment()),
        Err(e) => {
            tracing::debug!("serverInfo is not public here ({})", e.message());
            None
        }
    }
}

/// The credentials to try, in order, for what is known of the site.
fn candidates(
    email: Option<&str>,
    token: &SecretString,
    hint: Option<Deployment>,
) -> Vec<JiraAuth> {
    let basic = |e: &str| JiraAuth::Basic {
        email: e.to_string(),
        token: token.clone(),
    };
    let bearer = || JiraAuth::Bearer(token.clone());
    match (hint, email) {
        // Cloud takes only Basic email:api_token.
        (Some(Deployment::Cloud), Some(e)) => vec![basic(e)],
        (Some(Deployment::Cloud), None) => Vec::new(),
        // Data Center: a personal access token (what the saved connection will send).
        (Some(Deployment::DataCenter), _) => vec![bearer()],
        // Unknown: an email says "Cloud API token" more often than not, so Basic first.
        (None, Some(e)) => vec![basic(e), bearer()],
        (None, None) => vec![bearer()],
    }
}

/// Finds the site's kind and the credentials it accepts, checking them with `/myself`.
/// `hint` is what was learnt before the credentials were asked for (forced, host, anonymous
/// serverInfo); a forced kind is never overridden.
pub async fn probe(input: ProbeInput, hint: Option<Deployment>) -> Result<Probe> {
    let attempts = candidates(input.email.as_deref(), &input.token, hint);
    if attempts.is_empty() {
        return Err(
            Error::usage("Jira Cloud needs the email of your Atlassian account")
                .with_hint("give --email (or JIRA_EMAIL) with the API token"),
        );
    }
    let mut last_rejection: Option<Error> = None;
    for auth in attempts {
        // v2 exists on both kinds: until the kind is known the probe speaks v2 (Cloud: v3).
        let config = ClientConfig {
            auth: Some(auth.clone()),
            ..input.config.clone()
        }
        .deployment(hint.unwrap_or(Deployment::DataCenter));
        let client = JiraClient::new(config)?;
        let me = match client.myself().await {
            Ok(me) => me,
            Err(e) if is_rejected_credentials(&e) => {
                tracing::debug!("{} rejected: {}", auth.scheme(), e.message());
                last_rejection = Some(e);
                continue;
            }
            Err(e) => return Err(e),
        };
        let deployment = match input.forced {
            Some(d) => d,
            None => match client.server_info().await {
                Ok(info) if info.deployment_type.is_some() => info.deployment(),
                // No kind in the answer (or no answer): the account shape decides.
                _ => {
                    if me.account_id.is_some() {
                        Deployment::Cloud
                    } else {
                        Deployment::DataCenter
                    }
                }
            },
        };
        let auth = match (deployment, auth) {
            (Deployment::Cloud, JiraAuth::Bearer(_)) => {
                return Err(Error::auth(
                    "this is Jira Cloud, which takes an email and an API token, not a bearer token",
                )
                .with_hint("give --email (or JIRA_EMAIL) with the API token"));
            }
            // Data Center accepted Basic user:secret; the saved connection sends the token as
            // a bearer PAT, so that must work too.
            (Deployment::DataCenter, JiraAuth::Basic { .. }) => {
                let bearer = JiraAuth::Bearer(input.token.clone());
                let config = ClientConfig {
                    auth: Some(bearer.clone()),
                    ..input.config.clone()
                }
                .deployment(Deployment::DataCenter);
                match JiraClient::new(config)?.myself().await {
                    Ok(_) => bearer,
                    Err(e) if is_rejected_credentials(&e) => {
                        return Err(Error::auth(
                            "this is Jira Data Center, and it did not accept the token as a personal access token",
                        )
                        .with_hint("create a personal access token in your Jira profile and connect without --email")
                        .with_source(e));
                    }
                    Err(e) => return Err(e),
                }
            }
            (_, auth) => auth,
        };
        return Ok(Probe {
            deployment,
            auth,
            me,
        });
    }
    let err = last_rejection.expect("every attempt was rejected, so one rejection was kept");
    let hint = match (hint, input.email.is_some()) {
        (None | Some(Deployment::DataCenter), false) => {
            "if this is Jira Cloud, give --email with an API token (https://id.atlassian.com/manage-profile/security/api-tokens); on Data Center use a personal access token"
        }
        _ => {
            "check the email and the token: Cloud wants an API token (https://id.atlassian.com/manage-profile/security/api-tokens), Data Center a personal access token"
        }
    };
    Err(Error::auth(format!(
        "Jira rejected the credentials (401) for {}",
        input.base_url
    ))
    .with_hint(hint)
    .with_source(err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atlassian_hosts_are_cloud() {
        assert!(is_cloud_host("https://acme.atlassian.net"));
        assert!(is_cloud_host("https://ACME.Atlassian.NET/"));
        assert!(is_cloud_host("https://old.jira.com"));
        assert!(is_cloud_host("https://acme.atlassian.net./jira"));
        assert!(!is_cloud_host("https://jira.acme.com"));
        assert!(!is_cloud_host("https://atlassian.net.evil.example"));
        assert!(!is_cloud_host("http://127.0.0.1:8080"));
        assert!(!is_cloud_host("not a url"));
    }

    fn token() -> SecretString {
        SecretString::from("t0k3n")
    }

    fn schemes(v: &[JiraAuth]) -> Vec<&'static str> {
        v.iter().map(JiraAuth::scheme).collect()
    }

    #[test]
    fn an_email_means_basic_first_then_bearer() {
        let c = candidates(Some("a@b.c"), &token(), None);
        assert_eq!(schemes(&c), ["Basic", "Bearer"]);
    }

    #[test]
    fn cloud_takes_only_basic_and_needs_an_email() {
        let c = candidates(Some("a@b.c"), &token(), Some(Deployment::Cloud));
        assert_eq!(schemes(&c), ["Basic"]);
        assert!(candidates(None, &token(), Some(Deployment::Cloud)).is_empty());
    }

    #[test]
    fn data_center_takes_a_bearer_token_first() {
        let c = candidates(None, &token(), Some(Deployment::DataCenter));
        assert_eq!(schemes(&c), ["Bearer"]);
        let c = candidates(Some("jdoe"), &token(), Some(Deployment::DataCenter));
        assert_eq!(schemes(&c), ["Bearer"]);
        assert_eq!(schemes(&candidates(None, &token(), None)), ["Bearer"]);
    }
}
