//! Plain public models the rest of the app works with, and the row types that map them to
//! tables. Times are UTC; the database keeps them as timestamps without zone, in microseconds.

use std::fmt;

pub use crate::model::Deployment;
use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::schema::{jira_connections, sessions, users};
use crate::auth::{Role, SealedSecret};
use crate::{Error, Result};

/// An account of this jirahub installation.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    /// Lower-cased.
    pub email: String,
    /// PHC string; never serialised nor shown by Debug.
    #[serde(skip)]
    pub password_hash: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub last_login_at: Option<DateTime<Utc>>,
}

impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("email", &self.email)
            .field("password_hash", &"[REDACTED]")
            .field("role", &self.role)
            .field("disabled", &self.disabled)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("last_login_at", &self.last_login_at)
            .finish()
    }
}

/// A login session. Only the hash of its token is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    pub id: i64,
    pub user_id: i64,
    #[serde(skip)]
    pub token_hash: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub last_used_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Where a session stands at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SessionStatus {
    Active,
    Expired,
    Revoked,
}

impl Session {
    pub fn status(&self, now: DateTime<Utc>) -> SessionStatus {
        if self.revoked_at.is_some() {
            SessionStatus::Revoked
        } else if self.expires_at <= now {
            SessionStatus::Expired
        } else {
            SessionStatus::Active
        }
    }

    /// Not revoked and not yet expired at `now`.
    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        self.status(now) == SessionStatus::Active
    }
}

/// What `save_connection` stores: the user's Jira site and their (already sealed) API token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConnection {
    pub base_url: String,
    pub email: String,
    pub token: SealedSecret,
    pub deployment: Deployment,
    pub account_id: String,
    pub display_name: String,
}

/// A user's stored Jira connection. Open `token` with `auth::crypto::open(key, &token, user_id)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connection {
    pub user_id: i64,
    pub base_url: String,
    pub email: String,
    pub token: SealedSecret,
    pub deployment: Deployment,
    pub account_id: String,
    pub display_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub last_sync_at: Option<DateTime<Utc>>,
}

/// A Jira project the user chose to report on. `key` is stored upper-case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectedProject {
    pub key: String,
    pub id: String,
    pub name: String,
}

/// A Jira board the user chose, within one of their projects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectedBoard {
    pub project_key: String,
    pub id: i64,
    pub name: String,
    /// `scrum`, `kanban` or `simple`, as Jira reports it.
    pub board_type: String,
}

/// A person seen in the user's Jira data during a sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberSeen {
    pub account_id: String,
    pub display_name: String,
    /// Jira often hides emails; `None` keeps whatever was known before.
    pub email: Option<String>,
}

/// A team member as remembered for one user, with that user's labels for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub account_id: String,
    pub display_name: String,
    pub email: Option<String>,
    /// False once a sync no longer sees them.
    pub active: bool,
    pub first_seen_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    /// Sorted.
    pub labels: Vec<String>,
}

/// What `upsert_members` did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct UpsertCounts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

// ---- conversions between the public models and rows ------------------------------------------

/// Into the database: UTC, truncated to microseconds (PostgreSQL's precision) so both
/// backends give back exactly what was stored.
pub(crate) fn to_db(t: DateTime<Utc>) -> NaiveDateTime {
    t.trunc_subsecs(6).naive_utc()
}

pub(crate) fn from_db(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

pub(crate) fn now_db() -> NaiveDateTime {
    to_db(Utc::now())
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
pub(crate) struct UserRow {
    id: i64,
    email: String,
    password_hash: String,
    role: String,
    disabled: bool,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    last_login_at: Option<NaiveDateTime>,
}

impl TryFrom<UserRow> for User {
    type Error = Error;

    fn try_from(row: UserRow) -> Result<User> {
        let role = row.role.parse::<Role>().map_err(|_| {
            Error::unexpected(format!(
                "user {} has an unknown role in the database",
                row.id
            ))
        })?;
        Ok(User {
            id: row.id,
            email: row.email,
            password_hash: row.password_hash,
            role,
            disabled: row.disabled,
            created_at: from_db(row.created_at),
            updated_at: from_db(row.updated_at),
            last_login_at: row.last_login_at.map(from_db),
        })
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = sessions)]
pub(crate) struct SessionRow {
    id: i64,
    user_id: i64,
    token_hash: String,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
    last_used_at: NaiveDateTime,
    revoked_at: Option<NaiveDateTime>,
}

impl From<SessionRow> for Session {
    fn from(row: SessionRow) -> Session {
        Session {
            id: row.id,
            user_id: row.user_id,
            token_hash: row.token_hash,
            created_at: from_db(row.created_at),
            expires_at: from_db(row.expires_at),
            last_used_at: from_db(row.last_used_at),
            revoked_at: row.revoked_at.map(from_db),
        }
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = jira_connections)]
pub(crate) struct ConnectionRow {
    user_id: i64,
    base_url: String,
    email: String,
    token_ciphertext: Vec<u8>,
    token_nonce: Vec<u8>,
    deployment: String,
    account_id: String,
    display_name: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    last_sync_at: Option<NaiveDateTime>,
}

impl TryFrom<ConnectionRow> for Connection {
    type Error = Error;

    fn try_from(row: ConnectionRow) -> Result<Connection> {
        let deployment = row.deployment.parse::<Deployment>().map_err(|_| {
            Error::unexpected(format!(
                "the Jira connection of user {} has an unknown deployment in the database",
                row.user_id
            ))
        })?;
        Ok(Connection {
            user_id: row.user_id,
            base_url: row.base_url,
            email: row.email,
            token: SealedSecret {
                ciphertext: row.token_ciphertext,
                nonce: row.token_nonce,
            },
            deployment,
            account_id: row.account_id,
            display_name: row.display_name,
            created_at: from_db(row.created_at),
            updated_at: from_db(row.updated_at),
            last_sync_at: row.last_sync_at.map(from_db),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn user() -> User {
        let t = Utc
            .with_ymd_and_hms(2025, 1, 2, 3, 4, 5)
            .single()
            .expect("valid time");
        User {
            id: 1,
            email: "ada@example.com".into(),
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".into(),
            role: Role::Admin,
            disabled: false,
            created_at: t,
            updated_at: t,
            last_login_at: None,
        }
    }

    #[test]
    fn user_debug_does_not_print_the_password_hash() {
        let shown = format!("{:?}", user());
        assert!(!shown.contains("argon2"), "{shown}");
        assert!(shown.contains("[REDACTED]"));
        assert!(shown.contains("ada@example.com"));
    }

    #[test]
    fn user_json_has_no_password_hash() {
        let json = serde_json::to_string(&user()).expect("serialises");
        assert!(!json.contains("password"), "{json}");
        assert!(json.contains("\"role\":\"admin\""), "{json}");
    }

    #[test]
    fn session_status_prefers_revoked_over_expired() {
        let t = Utc
            .with_ymd_and_hms(2025, 1, 2, 3, 4, 5)
            .single()
            .expect("valid time");
        let mut s = Session {
            id: 1,
            user_id: 1,
            token_hash: "h".into(),
            created_at: t,
            expires_at: t + chrono::Duration::hours(1),
            last_used_at: t,
            revoked_at: None,
        };
        assert_eq!(s.status(t), SessionStatus::Active);
        assert_eq!(
            s.status(t + chrono::Duration::hours(1)),
            SessionStatus::Expired
        );
        s.revoked_at = Some(t);
        assert_eq!(
            s.status(t + chrono::Duration::hours(2)),
            SessionStatus::Revoked
        );
        assert!(!s.is_active(t));
    }

    #[test]
    fn times_are_stored_with_microsecond_precision() {
        let t = Utc
            .timestamp_opt(1_700_000_000, 123_456_789)
            .single()
            .expect("valid time");
        assert_eq!(from_db(to_db(t)).timestamp_subsec_nanos(), 123_456_000);
    }
}
