//! Each user's one Jira connection: site, account, and the sealed API token.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::models::{ConnectionRow, now_db, to_db};
use super::schema::jira_connections as jc;
use super::{Connection, NewConnection, Store};
use crate::{Error, Result};

impl Store {
    /// Saves the user's Jira connection, replacing any previous one (keeps its `created_at`
    /// and `last_sync_at`).
    pub fn save_connection(&self, user_id: i64, c: &NewConnection) -> Result<()> {
        self.transaction(|conn| {
            let now = now_db();
            let updated = diesel::update(jc::table.find(user_id))
                .set((
                    jc::base_url.eq(&c.base_url),
                    jc::email.eq(&c.email),
                    jc::token_ciphertext.eq(&c.token.ciphertext),
                    jc::token_nonce.eq(&c.token.nonce),
                    jc::deployment.eq(c.deployment.as_str()),
                    jc::account_id.eq(&c.account_id),
                    jc::display_name.eq(&c.display_name),
                    jc::updated_at.eq(now),
                ))
                .execute(conn)?;
            if updated == 0 {
                diesel::insert_into(jc::table)
                    .values((
                        jc::user_id.eq(user_id),
                        jc::base_url.eq(&c.base_url),
                        jc::email.eq(&c.email),
                        jc::token_ciphertext.eq(&c.token.ciphertext),
                        jc::token_nonce.eq(&c.token.nonce),
                        jc::deployment.eq(c.deployment.as_str()),
                        jc::account_id.eq(&c.account_id),
                        jc::display_name.eq(&c.display_name),
                        jc::created_at.eq(now),
                        jc::updated_at.eq(now),
                    ))
                    .execute(conn)
                    .map_err(|e| super::error::or_no_user(e, user_id))?;
            }
            Ok(())
        })
    }

    /// The user's Jira connection, if they connected one.
    pub fn connection(&self, user_id: i64) -> Result<Option<Connection>> {
        self.with_conn(|c| {
            jc::table
                .find(user_id)
                .select(ConnectionRow::as_select())
                .first(c)
                .optional()?
                .map(Connection::try_from)
                .transpose()
        })
    }

    /// Forgets the user's Jira connection; `false` if there was none.
    pub fn delete_connection(&self, user_id: i64) -> Result<bool> {
        self.with_conn(|c| Ok(diesel::delete(jc::table.find(user_id)).execute(c)? > 0))
    }

    /// Records when the user's data was last synced from Jira.
    pub fn set_last_sync(&self, user_id: i64, at: DateTime<Utc>) -> Result<()> {
        self.with_conn(|c| {
            let n = diesel::update(jc::table.find(user_id))
                .set(jc::last_sync_at.eq(Some(to_db(at))))
                .execute(c)?;
            if n == 0 {
                return Err(
                    Error::not_found("no Jira connection").with_hint("run `jirahub connect` first")
                );
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};
    use secrecy::SecretString;

    use crate::ErrorKind;
    use crate::auth::crypto::{self, EncryptionKey};
    use crate::store::test_support::sqlite_store;
    use crate::store::{Deployment, NewConnection};

    fn new_connection(key: &EncryptionKey, user_id: i64, site: &str) -> NewConnection {
        let token = SecretString::from("ATATT-secret".to_string());
        NewConnection {
            base_url: format!("https://{site}.atlassian.net"),
            email: "ada@example.com".into(),
            token: crypto::seal(key, &token, user_id).expect("seals"),
            deployment: Deployment::Cloud,
            account_id: "557058:abc".into(),
            display_name: "Ada Lovelace".into(),
        }
    }

    #[test]
    fn connection_round_trips_and_its_token_opens() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("ada@example.com", "h")
            .expect("registers");
        let key = EncryptionKey::generate();
        let new = new_connection(&key, u.id, "acme");
        store.save_connection(u.id, &new).expect("saves");
        let got = store.connection(u.id).expect("reads").expect("present");
        assert_eq!(got.base_url, new.base_url);
        assert_eq!(got.deployment, Deployment::Cloud);
        assert_eq!(got.token, new.token);
        assert_eq!(got.last_sync_at, None);
        let token = crypto::open(&key, &got.token, u.id).expect("opens");
        assert_eq!(secrecy::ExposeSecret::expose_secret(&token), "ATATT-secret");
    }

    #[test]
    fn saving_again_replaces_the_connection_but_keeps_last_sync() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("ada@example.com", "h")
            .expect("registers");
        let key = EncryptionKey::generate();
        store
            .save_connection(u.id, &new_connection(&key, u.id, "old"))
            .expect("saves");
        let at = Utc
            .with_ymd_and_hms(2025, 3, 1, 12, 0, 0)
            .single()
            .expect("valid");
        store.set_last_sync(u.id, at).expect("records");
        let mut newer = new_connection(&key, u.id, "new");
        newer.deployment = Deployment::DataCenter;
        store.save_connection(u.id, &newer).expect("replaces");
        let got = store.connection(u.id).expect("reads").expect("present");
        assert_eq!(got.base_url, "https://new.atlassian.net");
        assert_eq!(got.deployment, Deployment::DataCenter);
        assert_eq!(got.last_sync_at, Some(at));
    }

    #[test]
    fn deleting_reports_whether_there_was_a_connection() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("ada@example.com", "h")
            .expect("registers");
        let key = EncryptionKey::generate();
        store
            .save_connection(u.id, &new_connection(&key, u.id, "acme"))
            .expect("saves");
        assert!(store.delete_connection(u.id).expect("deletes"));
        assert!(!store.delete_connection(u.id).expect("no-op"));
        assert!(store.connection(u.id).expect("reads").is_none());
    }

    #[test]
    fn last_sync_without_connection_is_not_found() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("ada@example.com", "h")
            .expect("registers");
        let err = store
            .set_last_sync(u.id, Utc::now())
            .expect_err("no connection");
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }

    #[test]
    fn connection_for_unknown_user_is_not_found() {
        let (store, _dir) = sqlite_store();
        let key = EncryptionKey::generate();
        let err = store
            .save_connection(77, &new_connection(&key, 77, "x"))
            .expect_err("no user");
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }
}
