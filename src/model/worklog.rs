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

/// A site's worklogs in the parts they were decoded in (one per cached chunk): joining a
/// million into one `Vec` would hold them twice while it is built.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Worklogs {
    parts: Vec<Vec<LoggedWork>>,
}

impl Worklogs {
    pub fn from_parts(parts: Vec<Vec<LoggedWork>>) -> Worklogs {
        Worklogs { parts }
    }

    pub fn iter(&self) -> impl Iterator<Item = &LoggedWork> + Clone + '_ {
        self.parts.iter().flatten()
    }

    pub fn len(&self) -> usize {
        self.parts.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.parts.iter().all(Vec::is_empty)
    }
}

impl From<Vec<LoggedWork>> for Worklogs {
    fn from(items: Vec<LoggedWork>) -> Worklogs {
        Worklogs { parts: vec![items] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(id: u64) -> LoggedWork {
        LoggedWork {
            id,
            issue_id: 1,
            author: None,
            author_name: None,
            started: DateTime::UNIX_EPOCH,
            seconds: 60,
        }
    }

    #[test]
    fn parts_read_as_one_list_in_order() {
        let w = Worklogs::from_parts(vec![vec![work(1), work(2)], vec![], vec![work(3)]]);
        assert_eq!(w.len(), 3);
        assert_eq!(w.iter().map(|w| w.id).collect::<Vec<_>>(), [1, 2, 3]);
        assert!(!w.is_empty());
        assert!(Worklogs::from_parts(vec![vec![], vec![]]).is_empty());
        assert_eq!(Worklogs::from(vec![work(7)]).len(), 1);
    }
}
