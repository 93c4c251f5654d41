//! Login sessions, stored by token hash.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::models::{SessionRow, UserRow, now_db, to_db};
use super::schema::{sessions, users};
use super::{Session, Store, User};
use crate::Result;
use crate::auth::session::hashes_equal;

impl Store {
    /// Stores a new session for `user_id` (the token itself is never stored, only its hash).
    pub fn create_session(
        &self,
        user_id: i64,
        token_hash: &str,
        expires_at: DateTime<Utc>,
    ) -> Result<Session> {
        self.with_conn(|c| {
            let now = now_db();
            let row = diesel::insert_into(sessions::table)
                .values((
                    sessions::user_id.eq(user_id),
                    sessions::token_hash.eq(token_hash),
                    sessions::created_at.eq(now),
                    sessions::expires_at.eq(to_db(expires_at)),
                    sessions::last_used_at.eq(now),
                ))
                .returning(sessions::all_columns)
                .get_result::<SessionRow>(c)
                .map_err(|e| super::error::or_no_user(e, user_id))?;
            Ok(Session::from(row))
        })
    }

    /// The session with this token hash and its user — including revoked and expired ones:
    /// check [`Session::is_active`] (and [`User::disabled`]) before trusting it.
    pub fn session_by_token_hash(&self, token_hash: &str) -> Result<Option<(Session, User)>> {
        self.with_conn(|c| {
            let found = sessions::table
                .inner_join(users::table)
                .filter(sessions::token_hash.eq(token_hash))
                .select((SessionRow::as_select(), UserRow::as_select()))
                .first::<(SessionRow, UserRow)>(c)
                .optional()?;
            let Some((session, user)) = found else {
                return Ok(None);
            };
            let session = Session::from(session);
            // The index lookup already matched; compare again in constant time regardless.
            if !hashes_equal(&session.token_hash, token_hash) {
                return Ok(None);
            }
            Ok(Some((session, User::try_from(user)?)))
        })
    }

    /// Marks the session as used now.
    /// Records that the session was used at `now`.
    pub fn touch_session(&self, session_id: i64, now: DateTime<Utc>) -> Result<()> {
        self.with_conn(|c| {
            diesel::update(sessions::table.find(session_id))
                .set(sessions::last_used_at.eq(to_db(now)))
                .execute(c)?;
            Ok(())
        })
    }

    /// Revokes the session; `false` if it does not exist or was already revoked.
    pub fn revoke_session(&self, session_id: i64) -> Result<bool> {
        self.with_conn(|c| {
            let n = diesel::update(
                sessions::table
                    .find(session_id)
                    .filter(sessions::revoked_at.is_null()),
            )
            .set(sessions::revoked_at.eq(Some(now_db())))
            .execute(c)?;
            Ok(n > 0)
        })
    }

    /// Revokes all the user's sessions except `except`; returns how many were revoked.
    pub fn revoke_user_sessions(&self, user_id: i64, except: Option<i64>) -> Result<usize> {
        self.with_conn(|c| super::users::revoke_all(c, user_id, except))
    }

    /// Sessions of one user (or of everyone with `None`), active, expired and revoked alike,
    /// newest first.
    pub fn list_sessions(&self, user_id: Option<i64>) -> Result<Vec<Session>> {
        self.with_conn(|c| {
            let mut query = sessions::table
                .select(SessionRow::as_select())
                .order((sessions::created_at.desc(), sessions::id.desc()))
                .into_boxed();
            if let Some(user_id) = user_id {
                query = query.filter(sessions::user_id.eq(user_id));
            }
            Ok(query.load(c)?.into_iter().map(Session::from).collect())
        })
    }

    /// Deletes sessions that expired or were revoked before `before`; returns how many.
    pub fn purge_sessions(&self, before: DateTime<Utc>) -> Result<usize> {
        let before = to_db(before);
        self.with_conn(|c| {
            Ok(diesel::delete(
                sessions::table.filter(
                    sessions::expires_at
                        .lt(before)
                        .or(sessions::revoked_at.lt(before)),
                ),
            )
            .execute(c)?)
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use crate::ErrorKind;
    use crate::store::SessionStatus;
    use crate::store::test_support::sqlite_store;

    #[test]
    fn created_session_is_found_by_its_hash_with_its_user() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let expires = Utc::now() + Duration::hours(12);
        let s = store.create_session(u.id, "abc", expires).expect("creates");
        let (found, user) = store
            .session_by_token_hash("abc")
            .expect("reads")
            .expect("found");
        assert_eq!(found, s);
        assert_eq!(user.id, u.id);
        assert_eq!(
            found.expires_at,
            crate::store::models::from_db(crate::store::models::to_db(expires))
        );
        assert!(found.is_active(Utc::now()));
    }

    #[test]
    fn unknown_hash_finds_nothing() {
        let (store, _dir) = sqlite_store();
        assert!(
            store
                .session_by_token_hash("nope")
                .expect("reads")
                .is_none()
        );
    }

    #[test]
    fn session_for_unknown_user_is_not_found() {
        let (store, _dir) = sqlite_store();
        let err = store
            .create_session(99, "x", Utc::now())
            .expect_err("no user");
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }

    #[test]
    fn revoking_twice_reports_false_the_second_time() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let s = store
            .create_session(u.id, "abc", Utc::now() + Duration::hours(1))
            .expect("creates");
        assert!(store.revoke_session(s.id).expect("revokes"));
        assert!(!store.revoke_session(s.id).expect("no-op"));
        let (found, _) = store
            .session_by_token_hash("abc")
            .expect("reads")
            .expect("found");
        assert_eq!(found.status(Utc::now()), SessionStatus::Revoked);
    }

    #[test]
    fn sessions_are_listed_newest_first_and_per_user() {
        let (store, _dir) = sqlite_store();
        let a = store
            .register_user("a@example.com", "h")
            .expect("registers");
        let b = store
            .register_user("b@example.com", "h")
            .expect("registers");
        let exp = Utc::now() + Duration::hours(1);
        let a1 = store.create_session(a.id, "a1", exp).expect("creates");
        let b1 = store.create_session(b.id, "b1", exp).expect("creates");
        let a2 = store.create_session(a.id, "a2", exp).expect("creates");
        let ids = |v: Vec<crate::store::Session>| v.into_iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(
            ids(store.list_sessions(Some(a.id)).expect("lists")),
            [a2.id, a1.id]
        );
        assert_eq!(
            ids(store.list_sessions(None).expect("lists")),
            [a2.id, b1.id, a1.id]
        );
    }

    #[test]
    fn touching_a_session_moves_last_used_forward() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let s = store
            .create_session(u.id, "abc", Utc::now() + Duration::hours(1))
            .expect("creates");
        store
            .touch_session(s.id, s.last_used_at + Duration::seconds(5))
            .expect("touches");
        let (found, _) = store
            .session_by_token_hash("abc")
            .expect("reads")
            .expect("found");
        assert!(found.last_used_at > s.last_used_at);
    }

    #[test]
    fn purge_deletes_only_long_dead_sessions() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let now = Utc::now();
        store
            .create_session(u.id, "old", now - Duration::days(40))
            .expect("creates");
        store
            .create_session(u.id, "live", now + Duration::days(1))
            .expect("creates");
        assert_eq!(
            store
                .purge_sessions(now - Duration::days(30))
                .expect("purges"),
            1
        );
        assert!(store.session_by_token_hash("old").expect("reads").is_none());
        assert!(
            store
                .session_by_token_hash("live")
                .expect("reads")
                .is_some()
        );
    }
}
