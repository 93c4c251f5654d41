//! Team members seen in each user's Jira data, and that user's labels for them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::models::{from_db, to_db};
use super::schema::{member_labels, team_members};
use super::{Member, MemberSeen, Store, UpsertCounts};
use crate::{Error, Result};

#[derive(Queryable, Selectable)]
#[diesel(table_name = team_members)]
struct MemberRow {
    account_id: String,
    display_name: String,
    email: Option<String>,
    active: bool,
    first_seen_at: NaiveDateTime,
    last_seen_at: NaiveDateTime,
}

impl MemberRow {
    fn into_member(self, labels: Vec<String>) -> Member {
        Member {
            account_id: self.account_id,
            display_name: self.display_name,
            email: self.email,
            active: self.active,
            first_seen_at: from_db(self.first_seen_at),
            last_seen_at: from_db(self.last_seen_at),
            labels,
        }
    }
}

impl Store {
    /// Records the people a sync saw at `at`. New ones are added (active); known ones whose
    /// name, email or active flag changed are updated; the rest are unchanged (only their
    /// `last_seen_at` moves). Labels are kept. A `None` email keeps the one known before.
    pub fn upsert_members(
        &self,
        user_id: i64,
        seen: &[MemberSeen],
        at: DateTime<Utc>,
    ) -> Result<UpsertCounts> {
        let at = to_db(at);
        // Last sighting wins if the same account appears twice in one batch.
        let seen: BTreeMap<&str, &MemberSeen> =
            seen.iter().map(|m| (m.account_id.as_str(), m)).collect();
        if seen.keys().any(|id| id.trim().is_empty()) {
            return Err(Error::usage("a team member has an empty account id"));
        }
        self.transaction(|c| {
            let known: BTreeMap<String, MemberRow> = team_members::table
                .filter(team_members::user_id.eq(user_id))
                .select(MemberRow::as_select())
                .load(c)?
                .into_iter()
                .map(|m| (m.account_id.clone(), m))
                .collect();
            let mut counts = UpsertCounts::default();
            for (account_id, m) in seen {
                let mine = team_members::table
                    .filter(team_members::user_id.eq(user_id))
                    .filter(team_members::account_id.eq(account_id));
                match known.get(account_id) {
                    None => {
                        diesel::insert_into(team_members::table)
                            .values((
                                team_members::user_id.eq(user_id),
                                team_members::account_id.eq(account_id),
                                team_members::display_name.eq(&m.display_name),
                                team_members::email.eq(&m.email),
                                team_members::active.eq(true),
                                team_members::first_seen_at.eq(at),
                                team_members::last_seen_at.eq(at),
                            ))
                            .execute(c)
                            .map_err(|e| super::error::or_no_user(e, user_id))?;
                        counts.added += 1;
                    }
                    Some(old) => {
                        let email = m.email.clone().or_else(|| old.email.clone());
                        let changed =
                            old.display_name != m.display_name || old.email != email || !old.active;
                        diesel::update(mine)
                            .set((
                                team_members::display_name.eq(&m.display_name),
                                team_members::email.eq(&email),
                                team_members::active.eq(true),
                                team_members::last_seen_at.eq(at),
                            ))
                            .execute(c)?;
                        if changed {
                            counts.updated += 1;
                        } else {
                            counts.unchanged += 1;
                        }
                    }
                }
            }
            Ok(counts)
        })
    }

    /// Marks active members not in `seen_account_ids` as inactive (kept, with their labels);
    /// returns how many were deactivated.
    pub fn deactivate_members_except(
        &self,
        user_id: i64,
        seen_account_ids: &[String],
    ) -> Result<usize> {
        self.with_conn(|c| {
            Ok(diesel::update(
                team_members::table
                    .filter(team_members::user_id.eq(user_id))
                    .filter(team_members::active.eq(true))
                    .filter(team_members::account_id.ne_all(seen_account_ids)),
            )
            .set(team_members::active.eq(false))
            .execute(c)?)
        })
    }

    /// The user's team members with their (sorted) labels, by display name.
    pub fn members(&self, user_id: i64) -> Result<Vec<Member>> {
        self.with_conn(|c| {
            let rows: Vec<MemberRow> = team_members::table
                .filter(team_members::user_id.eq(user_id))
                .select(MemberRow::as_select())
                .load(c)?;
            let mut labels: BTreeMap<String, Vec<String>> = BTreeMap::new();
            let pairs: Vec<(String, String)> = member_labels::table
                .filter(member_labels::user_id.eq(user_id))
                .select((member_labels::account_id, member_labels::label))
                .load(c)?;
            for (account_id, label) in pairs {
                labels.entry(account_id).or_default().push(label);
            }
            let mut members: Vec<Member> = rows
                .into_iter()
                .map(|row| {
                    let mut mine = labels.remove(&row.account_id).unwrap_or_default();
                    mine.sort();
                    row.into_member(mine)
                })
                .collect();
            // Sorted here, not in SQL: PostgreSQL's collation would order text differently
            // from SQLite's, and both backends must give the same answer.
            members.sort_by(|a, b| {
                (a.display_name.to_lowercase(), &a.account_id)
                    .cmp(&(b.display_name.to_lowercase(), &b.account_id))
            });
            Ok(members)
        })
    }

    /// Labels a member; returns how many labels were new (existing ones are not an error).
    pub fn add_member_labels(
        &self,
        user_id: i64,
        account_id: &str,
        labels: &[String],
    ) -> Result<usize> {
        let labels = normalize_labels(labels)?;
        self.transaction(|c| {
            let exists: i64 = team_members::table
                .filter(team_members::user_id.eq(user_id))
                .filter(team_members::account_id.eq(account_id))
                .count()
                .get_result(c)?;
            if exists == 0 {
                return Err(Error::not_found(format!(
                    "no team member with account id {account_id}"
                )));
            }
            let have: BTreeSet<String> = member_labels::table
                .filter(member_labels::user_id.eq(user_id))
                .filter(member_labels::account_id.eq(account_id))
                .select(member_labels::label)
                .load::<String>(c)?
                .into_iter()
                .collect();
            let mut added = 0;
            for label in labels.iter().filter(|l| !have.contains(*l)) {
                diesel::insert_into(member_labels::table)
                    .values((
                        member_labels::user_id.eq(user_id),
                        member_labels::account_id.eq(account_id),
                        member_labels::label.eq(label),
                    ))
                    .execute(c)?;
                added += 1;
            }
            Ok(added)
        })
    }

    /// Removes labels from a member; returns how many were there.
    pub fn remove_member_labels(
        &self,
        user_id: i64,
        account_id: &str,
        labels: &[String],
    ) -> Result<usize> {
        let labels = normalize_labels(labels)?;
        self.with_conn(|c| {
            Ok(diesel::delete(
                member_labels::table
                    .filter(member_labels::user_id.eq(user_id))
                    .filter(member_labels::account_id.eq(account_id))
                    .filter(member_labels::label.eq_any(&labels)),
            )
            .execute(c)?)
        })
    }
}

/// Trimmed, de-duplicated, non-empty.
fn normalize_labels(labels: &[String]) -> Result<BTreeSet<String>> {
    let labels: BTreeSet<String> = labels.iter().map(|l| l.trim().to_string()).collect();
    if labels.iter().any(String::is_empty) {
        return Err(Error::usage("labels cannot be empty"));
    }
    Ok(labels)
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone, Utc};

    use crate::ErrorKind;
    use crate::store::test_support::sqlite_store;
    use crate::store::{MemberSeen, UpsertCounts};

    fn seen(id: &str, name: &str) -> MemberSeen {
        MemberSeen {
            account_id: id.into(),
            display_name: name.into(),
            email: None,
        }
    }

    fn labels(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn upsert_counts_added_updated_and_unchanged() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let t0 = Utc
            .with_ymd_and_hms(2025, 1, 1, 0, 0, 0)
            .single()
            .expect("valid");
        let first = store.upsert_members(u.id, &[seen("a", "Ada"), seen("b", "Bob")], t0);
        assert_eq!(
            first.expect("upserts"),
            UpsertCounts {
                added: 2,
                updated: 0,
                unchanged: 0
            }
        );
        let t1 = t0 + Duration::days(1);
        let again = store
            .upsert_members(
                u.id,
                &[seen("a", "Ada L."), seen("b", "Bob"), seen("c", "Cy")],
                t1,
            )
            .expect("upserts");
        assert_eq!(
            again,
            UpsertCounts {
                added: 1,
                updated: 1,
                unchanged: 1
            }
        );
        let members = store.members(u.id).expect("lists");
        let ada = members.iter().find(|m| m.account_id == "a").expect("ada");
        assert_eq!(ada.display_name, "Ada L.");
        assert_eq!(ada.first_seen_at, t0);
        assert_eq!(ada.last_seen_at, t1);
    }

    #[test]
    fn labels_survive_upserts_and_deactivation() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .upsert_members(u.id, &[seen("a", "Ada")], Utc::now())
            .expect("upserts");
        store
            .add_member_labels(u.id, "a", &labels(&["backend", "lead"]))
            .expect("labels");
        store
            .upsert_members(u.id, &[seen("a", "Ada L.")], Utc::now())
            .expect("upserts");
        assert_eq!(
            store
                .deactivate_members_except(u.id, &[])
                .expect("deactivates"),
            1
        );
        let m = &store.members(u.id).expect("lists")[0];
        assert!(!m.active);
        assert_eq!(m.labels, ["backend", "lead"]);
    }

    #[test]
    fn seeing_an_inactive_member_again_reactivates_and_counts_as_updated() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .upsert_members(u.id, &[seen("a", "Ada"), seen("b", "Bob")], Utc::now())
            .expect("ok");
        assert_eq!(
            store
                .deactivate_members_except(u.id, &labels(&["a"]))
                .expect("ok"),
            1
        );
        let counts = store
            .upsert_members(u.id, &[seen("b", "Bob")], Utc::now())
            .expect("ok");
        assert_eq!(
            counts,
            UpsertCounts {
                added: 0,
                updated: 1,
                unchanged: 0
            }
        );
        assert!(store.members(u.id).expect("lists").iter().all(|m| m.active));
    }

    #[test]
    fn missing_email_keeps_the_known_one() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let with_email = MemberSeen {
            email: Some("ada@corp.example".into()),
            ..seen("a", "Ada")
        };
        store
            .upsert_members(u.id, &[with_email], Utc::now())
            .expect("upserts");
        let counts = store
            .upsert_members(u.id, &[seen("a", "Ada")], Utc::now())
            .expect("ok");
        assert_eq!(counts.unchanged, 1);
        let m = &store.members(u.id).expect("lists")[0];
        assert_eq!(m.email.as_deref(), Some("ada@corp.example"));
    }

    #[test]
    fn adding_an_existing_label_is_not_an_error_and_counts_zero() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .upsert_members(u.id, &[seen("a", "Ada")], Utc::now())
            .expect("upserts");
        assert_eq!(
            store
                .add_member_labels(u.id, "a", &labels(&["x", "x "]))
                .expect("ok"),
            1
        );
        assert_eq!(
            store
                .add_member_labels(u.id, "a", &labels(&["x"]))
                .expect("ok"),
            0
        );
        assert_eq!(
            store
                .remove_member_labels(u.id, "a", &labels(&["x", "y"]))
                .expect("ok"),
            1
        );
        assert!(store.members(u.id).expect("lists")[0].labels.is_empty());
    }

    #[test]
    fn labelling_an_unknown_member_is_not_found() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let err = store
            .add_member_labels(u.id, "ghost", &labels(&["x"]))
            .expect_err("unknown");
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }

    #[test]
    fn empty_label_is_a_usage_error() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .upsert_members(u.id, &[seen("a", "Ada")], Utc::now())
            .expect("upserts");
        let err = store
            .add_member_labels(u.id, "a", &labels(&["  "]))
            .expect_err("empty");
        assert_eq!(err.kind(), ErrorKind::Usage);
    }
}
