//! Installation-wide settings (key → value), such as whether anyone may register.

use diesel::prelude::*;

use super::Store;
use super::db::DbConnection;
use super::schema::settings;
use crate::Result;

/// Setting key: `"false"` closes self-registration once a first user exists; anything else
/// (or no value) leaves it open.
pub const REGISTRATION_OPEN: &str = "registration_open";

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.with_conn(|c| get(c, key))
    }

    /// Sets (inserts or replaces) a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.transaction(|c| {
            let updated = diesel::update(settings::table.find(key))
                .set(settings::value.eq(value))
                .execute(c)?;
            if updated == 0 {
                diesel::insert_into(settings::table)
                    .values((settings::key.eq(key), settings::value.eq(value)))
                    .execute(c)?;
            }
            Ok(())
        })
    }
}

pub(crate) fn get(c: &mut DbConnection, key: &str) -> Result<Option<String>> {
    Ok(settings::table
        .find(key)
        .select(settings::value)
        .first::<String>(c)
        .optional()?)
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::sqlite_store;

    #[test]
    fn missing_setting_reads_as_none() {
        let (store, _dir) = sqlite_store();
        assert_eq!(store.setting("nope").expect("reads"), None);
    }

    #[test]
    fn setting_can_be_set_and_replaced() {
        let (store, _dir) = sqlite_store();
        store
            .set_setting("registration_open", "false")
            .expect("sets");
        store
            .set_setting("registration_open", "true")
            .expect("replaces");
        assert_eq!(
            store
                .setting("registration_open")
                .expect("reads")
                .as_deref(),
            Some("true")
        );
    }
}
