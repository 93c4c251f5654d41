//! Where each account's reports are delivered: a Slack incoming-webhook URL, sealed (the URL
//! itself is the credential). One target per kind and account.

use diesel::prelude::*;

use super::Store;
use super::models::{from_db, now_db};
use super::schema::notify_targets;
use crate::Result;
use crate::auth::crypto::SealedSecret;

impl Store {
    /// Stores (or replaces) the account's sealed target of `kind`; `true` when it replaced one.
    pub fn set_notify_target(
        &self,
        user_id: i64,
        kind: &str,
        secret: &SealedSecret,
    ) -> Result<bool> {
        self.transaction(|c| {
            let now = now_db();
            let updated = diesel::update(
                notify_targets::table
                    .filter(notify_targets::user_id.eq(user_id))
                    .filter(notify_targets::kind.eq(kind)),
            )
            .set((
                notify_targets::secret_ciphertext.eq(&secret.ciphertext),
                notify_targets::secret_nonce.eq(&secret.nonce),
                notify_targets::updated_at.eq(now),
            ))
            .execute(c)?;
            if updated == 0 {
                diesel::insert_into(notify_targets::table)
                    .values((
                        notify_targets::user_id.eq(user_id),
                        notify_targets::kind.eq(kind),
                        notify_targets::secret_ciphertext.eq(&secret.ciphertext),
                        notify_targets::secret_nonce.eq(&secret.nonce),
                        notify_targets::created_at.eq(now),
                        notify_targets::updated_at.eq(now),
                    ))
                    .execute(c)
                    .map_err(|e| super::error::or_no_user(e, user_id))?;
            }
            Ok(updated > 0)
        })
    }

    /// The account's sealed target of `kind`, if set.
    pub fn notify_target(&self, user_id: i64, kind: &str) -> Result<Option<SealedSecret>> {
        self.with_conn(|c| {
            let row: Option<(Vec<u8>, Vec<u8>)> = notify_targets::table
                .filter(notify_targets::user_id.eq(user_id))
                .filter(notify_targets::kind.eq(kind))
                .select((
                    notify_targets::secret_ciphertext,
                    notify_targets::secret_nonce,
                ))
                .first(c)
                .optional()?;
            Ok(row.map(|(ciphertext, nonce)| SealedSecret { ciphertext, nonce }))
        })
    }

    /// The kinds the account has set, with when each was last set.
    pub fn notify_targets(
        &self,
        user_id: i64,
    ) -> Result<Vec<(String, chrono::DateTime<chrono::Utc>)>> {
        self.with_conn(|c| {
            let rows: Vec<(String, chrono::NaiveDateTime)> = notify_targets::table
                .filter(notify_targets::user_id.eq(user_id))
                .select((notify_targets::kind, notify_targets::updated_at))
                .order(notify_targets::kind)
                .load(c)?;
            Ok(rows.into_iter().map(|(k, t)| (k, from_db(t))).collect())
        })
    }

    /// Forgets the account's target of `kind`; `false` if there was none.
    pub fn remove_notify_target(&self, user_id: i64, kind: &str) -> Result<bool> {
        self.with_conn(|c| {
            Ok(diesel::delete(
                notify_targets::table
                    .filter(notify_targets::user_id.eq(user_id))
                    .filter(notify_targets::kind.eq(kind)),
            )
            .execute(c)?
                > 0)
        })
    }
}
