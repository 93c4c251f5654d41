//! Time logged on issues, as time-tracking reports need it: who, on which issue, when started,
//! how long. Names and ids are shared (`SharedText`): a million worklogs name a few hundred
//! people.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::SharedText;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedWork {
    pub id: u64,
    /// The issue's id (`Ticket::id`, which Jira writes as digits).
    pub issue_id: u64,
    /// Account id (Cloud) or user key (Data Center); `None` for an anonymous import.
    pub author: Option<SharedText>,
    pub author_name: Option<SharedText>,
    pub started: DateTime<Utc>,
    pub seconds: u64,
}
