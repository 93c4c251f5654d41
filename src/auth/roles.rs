//! Roles, and the one place that decides whether a role may run a command.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// What a user may do. Admins manage users and settings; users manage their own data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    User,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::User => "user",
        }
    }

    /// Whether this role includes everything `needed` may do.
    pub fn satisfies(self, needed: Role) -> bool {
        match needed {
            Role::User => true,
            Role::Admin => self == Role::Admin,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "admin" => Ok(Role::Admin),
            "user" => Ok(Role::User),
            other => {
                Err(Error::usage(format!("unknown role `{other}`"))
                    .with_hint("use `admin` or `user`"))
            }
        }
    }
}

/// THE permission check: every command that needs a role calls this and nothing else.
pub fn require(user_role: Role, needed: Role) -> Result<()> {
    if user_role.satisfies(needed) {
        Ok(())
    } else {
        Err(Error::auth(format!(
            "permission denied: this command needs the {needed} role"
        ))
        .with_hint("ask an admin to run it, or to grant you the admin role"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn admin_may_run_admin_commands() {
        assert!(require(Role::Admin, Role::Admin).is_ok());
    }

    #[test]
    fn everyone_may_run_user_commands() {
        assert!(require(Role::Admin, Role::User).is_ok());
        assert!(require(Role::User, Role::User).is_ok());
    }

    #[test]
    fn user_running_admin_command_is_denied_with_auth_error() {
        let err = require(Role::User, Role::Admin).expect_err("users are not admins");
        assert_eq!(err.kind(), ErrorKind::Auth);
        assert_eq!(
            err.message(),
            "permission denied: this command needs the admin role"
        );
    }

    #[test]
    fn role_parses_case_insensitively_and_displays_lowercase() {
        assert_eq!("Admin".parse::<Role>().expect("valid role"), Role::Admin);
        assert_eq!(" user ".parse::<Role>().expect("valid role"), Role::User);
        assert_eq!(Role::Admin.to_string(), "admin");
        assert_eq!(Role::User.to_string(), "user");
    }

    #[test]
    fn unknown_role_is_a_usage_error() {
        let err = "root".parse::<Role>().expect_err("not a role");
        assert_eq!(err.kind(), ErrorKind::Usage);
    }

    #[test]
    fn role_serialises_lowercase() {
        assert_eq!(
            serde_json::to_string(&Role::Admin).expect("serialises"),
            "\"admin\""
        );
        let back: Role = serde_json::from_str("\"user\"").expect("deserialises");
        assert_eq!(back, Role::User);
    }
}
