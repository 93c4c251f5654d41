//! Which Jira custom field each user's reports read for a purpose (story points, sprint,
//! team), when discovery by name is ambiguous or wrong.

use diesel::prelude::*;

use super::Store;
use super::schema::field_pins;
use crate::{Error, Result};

impl Store {
    /// Pins `field_id` (e.g. `customfield_10016`) for `kind` (e.g. `story_points`), replacing
    /// any earlier pin of that kind.
    pub fn pin_field(&self, user_id: i64, kind: &str, field_id: &str) -> Result<()> {
        let kind = non_empty(kind, "field kind")?;
        let field_id = non_empty(field_id, "field id")?;
        self.transaction(|c| {
            let updated = diesel::update(
                field_pins::table
                    .filter(field_pins::user_id.eq(user_id))
                    .filter(field_pins::kind.eq(kind)),
            )
            .set(field_pins::field_id.eq(field_id))
            .execute(c)?;
            if updated == 0 {
                diesel::insert_into(field_pins::table)
                    .values((
                        field_pins::user_id.eq(user_id),
                        field_pins::kind.eq(kind),
                        field_pins::field_id.eq(field_id),
                    ))
                    .execute(c)
                    .map_err(|e| super::error::or_no_user(e, user_id))?;
            }
            Ok(())
        })
    }

    /// Removes the pin for `kind`; `false` if there was none.
    pub fn unpin_field(&self, user_id: i64, kind: &str) -> Result<bool> {
        let kind = kind.trim();
        self.with_conn(|c| {
            let n = diesel::delete(
                field_pins::table
                    .filter(field_pins::user_id.eq(user_id))
                    .filter(field_pins::kind.eq(kind)),
            )
            .execute(c)?;
            Ok(n > 0)
        })
    }

    /// The user's pins as `(kind, field_id)`, by kind.
    pub fn field_pins(&self, user_id: i64) -> Result<Vec<(String, String)>> {
        self.with_conn(|c| {
            let mut pins: Vec<(String, String)> = field_pins::table
                .filter(field_pins::user_id.eq(user_id))
                .select((field_pins::kind, field_pins::field_id))
                .load(c)?;
            pins.sort();
            Ok(pins)
        })
    }
}

fn non_empty<'a>(value: &'a str, what: &str) -> Result<&'a str> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::usage(format!("empty {what}")));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use crate::ErrorKind;
    use crate::store::test_support::sqlite_store;

    #[test]
    fn pinning_again_replaces_the_field_for_that_kind() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .pin_field(u.id, "story_points", "customfield_10016")
            .expect("pins");
        store
            .pin_field(u.id, "sprint", "customfield_10020")
            .expect("pins");
        store
            .pin_field(u.id, "story_points", "customfield_10028")
            .expect("re-pins");
        assert_eq!(
            store.field_pins(u.id).expect("lists"),
            [
                ("sprint".to_string(), "customfield_10020".to_string()),
                ("story_points".to_string(), "customfield_10028".to_string()),
            ]
        );
    }

    #[test]
    fn unpinning_reports_whether_there_was_a_pin() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        store
            .pin_field(u.id, "team", "customfield_10001")
            .expect("pins");
        assert!(store.unpin_field(u.id, "team").expect("unpins"));
        assert!(!store.unpin_field(u.id, "team").expect("no-op"));
        assert!(store.field_pins(u.id).expect("lists").is_empty());
    }

    #[test]
    fn empty_field_id_is_a_usage_error() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let err = store.pin_field(u.id, "team", " ").expect_err("empty");
        assert_eq!(err.kind(), ErrorKind::Usage);
    }
}
