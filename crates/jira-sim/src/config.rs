//! Configuration of a simulator instance: data size, flavour, rate limit and faults.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr};
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Which Jira deployment the simulator imitates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Flavor {
    /// Jira Cloud: `/rest/api/2` and `/rest/api/3`, Basic `email:api_token`, account ids.
    #[default]
    Cloud,
    /// Jira Data Center: `/rest/api/2` only, Bearer PAT, user names and keys.
    #[serde(alias = "dc", alias = "server")]
    DataCenter,
}

impl FromStr for Flavor {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "cloud" => Ok(Flavor::Cloud),
            "datacenter" | "data-center" | "dc" | "server" => Ok(Flavor::DataCenter),
            other => Err(format!(
                "unknown flavor '{other}' (expected cloud or datacenter)"
            )),
        }
    }
}

impl fmt::Display for Flavor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Flavor::Cloud => "cloud",
            Flavor::DataCenter => "datacenter",
        })
    }
}

/// A per-user request budget: `requests` per `window_ms`, refilled continuously (token bucket),
/// and optionally a burst limit on requests in flight at once (Atlassian's burst limits): one
/// more gets a 429 with `Retry-After` (`in_flight_retry_after_ms`, default 1 s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateLimit {
    pub requests: u32,
    #[serde(default = "one_second")]
    pub window_ms: u64,
    #[serde(default)]
    pub max_in_flight: Option<u32>,
    #[serde(default = "one_second")]
    pub in_flight_retry_after_ms: u64,
}

fn one_second() -> u64 {
    1000
}

impl RateLimit {
    /// `n` requests per second.
    pub fn per_second(n: u32) -> Self {
        RateLimit {
            requests: n,
            window_ms: 1000,
            max_in_flight: None,
            in_flight_retry_after_ms: 1000,
        }
    }

    /// At most `n` requests in flight at once per user (and a budget too large to matter).
    pub fn in_flight(n: u32) -> Self {
        RateLimit {
            requests: u32::MAX,
            window_ms: 1000,
            max_in_flight: Some(n.max(1)),
            in_flight_retry_after_ms: 1000,
        }
    }
}

impl FromStr for RateLimit {
    type Err = String;
    /// Accepts `N`, `N/s`, `N/m` and `N/h`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (n, unit) = s.split_once('/').unwrap_or((s, "s"));
        let requests: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("invalid rate limit '{s}' (expected N/s, N/m or N/h)"))?;
        if requests == 0 {
            return Err("a rate limit must allow at least one request".into());
        }
        let window_ms = match unit.trim() {
            "s" | "sec" | "second" => 1000,
            "m" | "min" | "minute" => 60_000,
            "h" | "hour" => 3_600_000,
            other => return Err(format!("unknown rate limit unit '{other}' (use s, m or h)")),
        };
        Ok(RateLimit {
            window_ms,
            ..RateLimit::per_second(requests)
        })
    }
}

/// One fault served to the next request, in order (deterministic tests of retry logic).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScriptedFault {
    /// Answer with this HTTP status (500, 502 and 503 get realistic bodies; 503 and 429 a Retry-After).
    Status { status: u16 },
    /// Reset the TCP connection without answering.
    Reset,
    /// Send the headers and half of the body, then close the connection.
    Truncate,
    /// Answer 200 with an HTML login page instead of JSON.
    Html,
}

/// What `serverInfo` answers a caller without credentials. Some Cloud sites sit behind an
/// identity provider or an IP allow-list, so their serverInfo is not public.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnonymousServerInfo {
    /// The usual: serverInfo answers anyone.
    #[default]
    Public,
    /// 401 with Jira's "not authenticated" body.
    Unauthorized,
    /// 403, as an IP allow-list answers.
    Forbidden,
    /// 200 with an SSO login page (HTML), as an identity provider in front answers.
    LoginPage,
}

impl FromStr for AnonymousServerInfo {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().replace('-', "_").as_str() {
            "public" => Ok(AnonymousServerInfo::Public),
            "unauthorized" | "401" => Ok(AnonymousServerInfo::Unauthorized),
            "forbidden" | "403" => Ok(AnonymousServerInfo::Forbidden),
            "login_page" | "html" => Ok(AnonymousServerInfo::LoginPage),
            other => Err(format!(
                "unknown serverInfo access '{other}' (expected public, unauthorized, forbidden or login-page)"
            )),
        }
    }
}

/// Fault injection. Rates are shares of requests in `0.0..=1.0`; all zero means no faults.
/// Faults only touch Jira's namespace (`/rest/...`), never the `/_sim/` control API.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Faults {
    /// Fixed latency added to every response.
    pub latency_ms: u64,
    /// Uniform random extra latency in `0..=jitter_ms`.
    pub jitter_ms: u64,
    /// Extra time per issue served with field data (search pages, bulk fetches), in µs.
    pub latency_per_issue_us: u64,
    /// Extra time per field of each such issue, in µs.
    pub latency_per_field_us: u64,
    /// The next N bulk fetches (`POST /issue/bulkfetch`) each leave out the first issue asked
    /// for and report it in `issueErrors`, as Cloud does when it cannot serve an issue this time.
    pub bulk_issue_errors: u32,
    /// Share of requests answered with 500, 502 or 503.
    pub error_rate: f64,
    /// Share of requests whose connection is reset without an answer.
    pub reset_rate: f64,
    /// Share of requests whose body is cut off half way.
    pub truncate_rate: f64,
    /// Share of requests answered with a 200 HTML page (a proxy or login wall).
    pub html_rate: f64,
    /// Only requests whose path starts with this prefix are affected (e.g. `/rest/api/3/search`).
    pub path_prefix: Option<String>,
    /// Faults served to the next requests, one each, before the random ones apply.
    pub script: Vec<ScriptedFault>,
    /// What an anonymous `serverInfo` gets (credentialed callers always get the real answer).
    pub anonymous_server_info: AnonymousServerInfo,
}

impl Faults {
    pub(crate) fn validate(&self) -> Result<(), String> {
        for (name, rate) in [
            ("error_rate", self.error_rate),
            ("reset_rate", self.reset_rate),
            ("truncate_rate", self.truncate_rate),
            ("html_rate", self.html_rate),
        ] {
            if !(0.0..=1.0).contains(&rate) {
                return Err(format!("{name} must be between 0 and 1, got {rate}"));
            }
        }
        let total = self.error_rate + self.reset_rate + self.truncate_rate + self.html_rate;
        if total > 1.0 + f64::EPSILON {
            return Err(format!("fault rates add up to {total}, more than 1"));
        }
        Ok(())
    }
}

/// Everything that shapes one simulator instance. `Default` is small and fast for tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SimConfig {
    /// Seed of all generated data: the same seed (and sizes and day) gives the same data.
    pub seed: u64,
    pub projects: usize,
    pub issues: usize,
    pub users: usize,
    pub flavor: Flavor,
    /// Interface to bind (default 127.0.0.1).
    pub host: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub rate_limit: Option<RateLimit>,
    pub faults: Faults,
    /// Pins the simulator's clock to this instant at start (it then runs at real speed).
    /// `None` uses the real time. Generated history ends at the start of this day (UTC).
    pub now: Option<DateTime<Utc>>,
    /// Extra reassignments in every issue's changelog (default 0): deep histories for
    /// benchmarks, e.g. 5 for about a million changelog items over 100,000 issues.
    pub extra_reassignments: usize,
    /// Extra worklogs on every issue (default 0): a million over 100,000 issues with 9.
    pub extra_worklogs: usize,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            seed: 7,
            projects: 3,
            issues: 200,
            users: 12,
            flavor: Flavor::Cloud,
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            rate_limit: None,
            faults: Faults::default(),
            now: None,
            extra_reassignments: 0,
            extra_worklogs: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limit_parses_units() {
        assert_eq!("10/s".parse::<RateLimit>(), Ok(RateLimit::per_second(10)));
        assert_eq!("5".parse::<RateLimit>(), Ok(RateLimit::per_second(5)));
        assert_eq!(
            "600/m".parse::<RateLimit>(),
            Ok(RateLimit {
                requests: 600,
                window_ms: 60_000,
                ..RateLimit::per_second(1)
            })
        );
        assert!("0/s".parse::<RateLimit>().is_err());
        assert!("x/s".parse::<RateLimit>().is_err());
        assert!("3/d".parse::<RateLimit>().is_err());
    }

    #[test]
    fn flavor_accepts_common_spellings() {
        assert_eq!("DataCenter".parse::<Flavor>(), Ok(Flavor::DataCenter));
        assert_eq!("dc".parse::<Flavor>(), Ok(Flavor::DataCenter));
        assert_eq!("cloud".parse::<Flavor>(), Ok(Flavor::Cloud));
        assert!("jira".parse::<Flavor>().is_err());
    }

    #[test]
    fn fault_rates_must_be_shares() {
        let mut f = Faults {
            error_rate: 0.5,
            ..Faults::default()
        };
        assert!(f.validate().is_ok());
        f.reset_rate = 0.6;
        assert!(f.validate().is_err());
        f.reset_rate = -0.1;
        assert!(f.validate().is_err());
    }
}
