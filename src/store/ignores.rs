//! Tickets and issue types each user chose to leave out of their reports.
//!
//! Issue keys are stored upper-case (`web-1` and `WEB-1` are the same ticket). Issue type
//! names are kept as given and compared exactly, as Jira names them.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use diesel::prelude::*;

use super::Store;
use super::models::now_db;
use super::schema::{ignored_issue_types, ignored_tickets};
use crate::{Error, Result};

impl Store {
    /// Ignores tickets; returns how many were not ignored before.
    pub fn ignore_tickets(&self, user_id: i64, keys: &[String]) -> Result<usize> {
        let keys = normalize(keys, "issue key", |k| k.to_ascii_uppercase())?;
        self.transaction(|c| {
            let have: BTreeSet<String> = ignored_tickets::table
                .filter(ignored_tickets::user_id.eq(user_id))
                .filter(ignored_tickets::issue_key.eq_any(&keys))
                .select(ignored_tickets::issue_key)
                .load::<String>(c)?
                .into_iter()
                .collect();
            let now = now_db();
            let mut added = 0;
            for key in keys.iter().filter(|k| !have.contains(*k)) {
                diesel::insert_into(ignored_tickets::table)
                    .values((
                        ignored_tickets::user_id.eq(user_id),
                        ignored_tickets::issue_key.eq(key),
                        ignored_tickets::created_at.eq(now),
                    ))
                    .execute(c)
                    .map_err(|e| super::error::or_no_user(e, user_id))?;
                added += 1;
            }
            Ok(added)
        })
    }

    /// Stops ignoring tickets; returns how many were ignored.
    pub fn unignore_tickets(&self, user_id: i64, keys: &[String]) -> Result<usize> {
        let keys = normalize(keys, "issue key", |k| k.to_ascii_uppercase())?;
        self.with_conn(|c| {
            Ok(diesel::delete(
                ignored_tickets::table
                    .filter(ignored_tickets::user_id.eq(user_id))
                    .filter(ignored_tickets::issue_key.eq_any(&keys)),
            )
            .execute(c)?)
        })
    }

    /// The user's ignored tickets in natural order (`WEB-2` before `WEB-10`).
    pub fn ignored_tickets(&self, user_id: i64) -> Result<Vec<String>> {
        self.with_conn(|c| {
            let mut keys: Vec<String> = ignored_tickets::table
                .filter(ignored_tickets::user_id.eq(user_id))
                .select(ignored_tickets::issue_key)
                .load(c)?;
            keys.sort_by(|a, b| natural_key_order(a, b));
            Ok(keys)
        })
    }

    /// Ignores issue types by name; returns how many were not ignored before.
    pub fn ignore_types(&self, user_id: i64, names: &[String]) -> Result<usize> {
        let names = normalize(names, "issue type", str::to_string)?;
        self.transaction(|c| {
            let have: BTreeSet<String> = ignored_issue_types::table
                .filter(ignored_issue_types::user_id.eq(user_id))
                .filter(ignored_issue_types::name.eq_any(&names))
                .select(ignored_issue_types::name)
                .load::<String>(c)?
                .into_iter()
                .collect();
            let mut added = 0;
            for name in names.iter().filter(|n| !have.contains(*n)) {
                diesel::insert_into(ignored_issue_types::table)
                    .values((
                        ignored_issue_types::user_id.eq(user_id),
                        ignored_issue_types::name.eq(name),
                    ))
                    .execute(c)
                    .map_err(|e| super::error::or_no_user(e, user_id))?;
                added += 1;
            }
            Ok(added)
        })
    }

    /// Stops ignoring issue types; returns how many were ignored.
    pub fn unignore_types(&self, user_id: i64, names: &[String]) -> Result<usize> {
        let names = normalize(names, "issue type", str::to_string)?;
        self.with_conn(|c| {
            Ok(diesel::delete(
                ignored_issue_types::table
                    .filter(ignored_issue_types::user_id.eq(user_id))
                    .filter(ignored_issue_types::name.eq_any(&names)),
            )
            .execute(c)?)
        })
    }

    /// The user's ignored issue types, sorted case-insensitively.
    pub fn ignored_types(&self, user_id: i64) -> Result<Vec<String>> {
        self.with_conn(|c| {
            let mut names: Vec<String> = ignored_issue_types::table
                .filter(ignored_issue_types::user_id.eq(user_id))
                .select(ignored_issue_types::name)
                .load(c)?;
            names.sort_by_key(|n| (n.to_lowercase(), n.clone()));
            Ok(names)
        })
    }
}

/// Trimmed, canonicalised, de-duplicated, non-empty.
fn normalize(values: &[String], what: &str, canon: impl Fn(&str) -> String) -> Result<Vec<String>> {
    let mut out = BTreeSet::new();
    for v in values {
        let v = v.trim();
        if v.is_empty() {
            return Err(Error::usage(format!("empty {what}")));
        }
        out.insert(canon(v));
    }
    Ok(out.into_iter().collect())
}

/// `PROJ-2` < `PROJ-10` < `PROK-1`; keys without a numeric suffix sort as plain text.
fn natural_key_order(a: &str, b: &str) -> Ordering {
    fn split(k: &str) -> (&str, Option<u64>) {
        match k.rsplit_once('-') {
            Some((project, n)) => match n.parse() {
                Ok(n) => (project, Some(n)),
                Err(_) => (k, None),
            },
            None => (k, None),
        }
    }
    split(a).cmp(&split(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::natural_key_order;
    use crate::ErrorKind;
    use crate::store::test_support::sqlite_store;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn ignoring_is_idempotent_and_case_insensitive_for_keys() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        assert_eq!(
            store
                .ignore_tickets(u.id, &strings(&["web-1", "WEB-1"]))
                .expect("ok"),
            1
        );
        assert_eq!(
            store
                .ignore_tickets(u.id, &strings(&["WEB-1", "WEB-2"]))
                .expect("ok"),
            1
        );
        assert_eq!(
            store.ignored_tickets(u.id).expect("lists"),
            ["WEB-1", "WEB-2"]
        );
    }

    #[test]
    fn unignoring_counts_only_what_was_ignored() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .ignore_tickets(u.id, &strings(&["WEB-1"]))
            .expect("ok");
        assert_eq!(
            store
                .unignore_tickets(u.id, &strings(&["web-1", "WEB-9"]))
                .expect("ok"),
            1
        );
        assert!(store.ignored_tickets(u.id).expect("lists").is_empty());
    }

    #[test]
    fn ignored_tickets_come_in_natural_order() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .ignore_tickets(u.id, &strings(&["WEB-10", "API-3", "WEB-2"]))
            .expect("ok");
        assert_eq!(
            store.ignored_tickets(u.id).expect("lists"),
            ["API-3", "WEB-2", "WEB-10"]
        );
    }

    #[test]
    fn issue_types_are_ignored_idempotently() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        assert_eq!(
            store
                .ignore_types(u.id, &strings(&["Sub-task", "Epic"]))
                .expect("ok"),
            2
        );
        assert_eq!(
            store.ignore_types(u.id, &strings(&[" Epic "])).expect("ok"),
            0
        );
        assert_eq!(
            store.ignored_types(u.id).expect("lists"),
            ["Epic", "Sub-task"]
        );
        assert_eq!(
            store.unignore_types(u.id, &strings(&["Epic"])).expect("ok"),
            1
        );
        assert_eq!(store.ignored_types(u.id).expect("lists"), ["Sub-task"]);
    }

    #[test]
    fn empty_key_is_a_usage_error() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let err = store
            .ignore_tickets(u.id, &strings(&[""]))
            .expect_err("empty");
        assert_eq!(err.kind(), ErrorKind::Usage);
    }

    #[test]
    fn natural_order_compares_numbers_as_numbers() {
        use std::cmp::Ordering::Less;
        assert_eq!(natural_key_order("P-2", "P-10"), Less);
        assert_eq!(natural_key_order("P-10", "Q-1"), Less);
        assert_eq!(natural_key_order("NOKEY", "P-1"), Less);
    }
}
