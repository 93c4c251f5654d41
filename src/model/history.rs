//! What happened to an issue over time, as insights need it: status moves (with the category
//! each status belonged to), sprint membership, estimates, assignee, resolution and type
//! changes, oldest first. Built from Jira's changelog at the boundary (`jira::convert`).

use super::StatusCategory;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A name or id from a changelog: up to 24 bytes are kept inline (status names, issue keys,
/// sprint-sized text), so a million events need no allocation each.
pub type Text = compact_str::CompactString;
/// Sprint ids of a changelog entry: one or two inline, more on the heap.
pub type SprintIds = smallvec::SmallVec<[u64; 2]>;

/// An account id in a changelog (43 characters on Cloud, too long to keep inline): one copy per
/// distinct id, shared by every event that names it. A site has hundreds of people and a
/// million reassignments; each event holds a pointer, not a string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SharedText(std::sync::Arc<str>);

impl SharedText {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SharedText {
    /// The shared copy of `s` (made on first sight, per thread).
    fn from(s: &str) -> Self {
        thread_local! {
            static SEEN: std::cell::RefCell<std::collections::HashSet<std::sync::Arc<str>>> =
                Default::default();
        }
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            if let Some(known) = seen.get(s) {
                return SharedText(known.clone());
            }
            let new: std::sync::Arc<str> = s.into();
            seen.insert(new.clone());
            SharedText(new)
        })
    }
}

impl Serialize for SharedText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = SharedText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<SharedText, E> {
                Ok(SharedText::from(v))
            }
        }
        deserializer.deserialize_str(Visit)
    }
}

/// One issue's history, with the `updated` stamp of the issue it was fetched for: a later
/// sync refetches it only when the issue changed since.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueHistory {
    pub key: Text,
    pub fetched_for: DateTime<Utc>,
    /// Oldest first; events of one changelog entry keep Jira's order.
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// A move between statuses (names as Jira showed them then).
    Status {
        from: Option<Text>,
        to: Text,
        from_category: StatusCategory,
        to_category: StatusCategory,
    },
    /// Sprint membership: the sprint ids before and after.
    Sprint { from: SprintIds, to: SprintIds },
    /// The story-point estimate before and after (`None`: no estimate).
    Points { from: Option<f64>, to: Option<f64> },
    /// Account ids (or Data Center user keys); `None` is unassigned.
    Assignee {
        from: Option<SharedText>,
        to: Option<SharedText>,
    },
    /// Resolution name after the change; `None` when it was cleared (a reopen).
    Resolution { to: Option<Text> },
    /// The issue type after the change.
    IssueType { to: Text },
}

impl IssueHistory {
    /// The status moves, oldest first.
    pub fn status_moves(
        &self,
    ) -> impl Iterator<Item = (DateTime<Utc>, StatusCategory, StatusCategory)> + '_ {
        self.events.iter().filter_map(|e| match &e.change {
            Change::Status {
                from_category,
                to_category,
                ..
            } => Some((e.at, *from_category, *to_category)),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_text_keeps_one_copy_per_id_and_round_trips() {
        let a = SharedText::from("712020:a829322f-8c40-cd07-d72a-c617caa71aa1");
        let b = SharedText::from("712020:a829322f-8c40-cd07-d72a-c617caa71aa1");
        assert!(std::sync::Arc::ptr_eq(&a.0, &b.0), "one copy");
        let bytes = postcard::to_stdvec(&a).expect("encodes");
        let back: SharedText = postcard::from_bytes(&bytes).expect("decodes");
        assert_eq!(back, a);
        assert!(
            std::sync::Arc::ptr_eq(&back.0, &a.0),
            "decoding shares it too"
        );
        // The same bytes as a String: snapshots written before still read.
        assert_eq!(
            bytes,
            postcard::to_stdvec(&"712020:a829322f-8c40-cd07-d72a-c617caa71aa1".to_string())
                .expect("encodes")
        );
    }
}
