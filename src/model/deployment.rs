//! Where a Jira site runs. One type for the whole crate: the client picks the API by it, the
//! store keeps it (as [`Deployment::as_str`]), messages show it (as `Display`).

use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Deployment {
    /// `*.atlassian.net`: REST v3, Basic `email:api_token`, token-paged search.
    #[serde(rename = "cloud")]
    Cloud,
    /// Data Center / Server: REST v2, Bearer personal access token, startAt-paged search.
    #[serde(rename = "datacenter", alias = "data-center")]
    DataCenter,
}

impl Deployment {
    /// The stable machine name: stored in the database and printed in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Deployment::Cloud => "cloud",
            Deployment::DataCenter => "datacenter",
        }
    }
}

impl fmt::Display for Deployment {
    /// For people: "Cloud", "Data Center".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Deployment::Cloud => "Cloud",
            Deployment::DataCenter => "Data Center",
        })
    }
}

impl FromStr for Deployment {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cloud" => Ok(Deployment::Cloud),
            "datacenter" | "data-center" | "data center" | "server" => Ok(Deployment::DataCenter),
            other => Err(Error::usage(format!(
                "unknown Jira deployment `{}`",
                crate::validate::shown(other)
            ))
            .with_hint("use `cloud` or `datacenter`")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_and_human_names_both_round_trip() {
        for d in [Deployment::Cloud, Deployment::DataCenter] {
            assert_eq!(d.as_str().parse::<Deployment>().expect("parses"), d);
            assert_eq!(d.to_string().parse::<Deployment>().expect("parses"), d);
        }
        assert!("mainframe".parse::<Deployment>().is_err());
    }
}
