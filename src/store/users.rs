//! Users: registration (first one is admin), admin management, and the last-admin guard.

use diesel::prelude::*;

use super::db::DbConnection;
use super::models::{UserRow, now_db};
use super::schema::{sessions, users};
use super::settings::{self, REGISTRATION_OPEN};
use super::{Store, User};
use crate::auth::Role;
use crate::{Error, Result};

impl Store {
    /// Self-registration, in one transaction: the first user of an empty store becomes admin,
    /// later ones users; refused while `registration_open` is `"false"` and users exist.
    pub fn register_user(&self, email: &str, password_hash: &str) -> Result<User> {
        let email = crate::validate::email(email)?;
        self.transaction(|c| {
            lock_users(c)?;
            let count: i64 = users::table.count().get_result(c)?;
            if count > 0 && settings::get(c, REGISTRATION_OPEN)?.as_deref() == Some("false") {
                return Err(Error::auth(
                    "registration is closed; ask an admin to add your account",
                )
                .with_hint("an admin can run `jirahub user add EMAIL`"));
            }
            let role = if count == 0 { Role::Admin } else { Role::User };
            insert_user(c, &email, password_hash, role)
        })
    }

    /// Creates a user with the given role (an admin's `user add`); ignores `registration_open`.
    pub fn create_user(&self, email: &str, password_hash: &str, role: Role) -> Result<User> {
        let email = crate::validate::email(email)?;
        self.transaction(|c| insert_user(c, &email, password_hash, role))
    }

    /// Looks a user up by email, case-insensitively.
    pub fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let email = email.trim().to_lowercase();
        self.with_conn(|c| {
            users::table
                .filter(users::email.eq(&email))
                .select(UserRow::as_select())
                .first(c)
                .optional()?
                .map(User::try_from)
                .transpose()
        })
    }

    pub fn user_by_id(&self, id: i64) -> Result<Option<User>> {
        self.with_conn(|c| find(c, id))
    }

    /// How many accounts the store holds (none: it is new, or was replaced).
    pub fn user_count(&self) -> Result<i64> {
        self.with_conn(|c| Ok(users::table.count().get_result(c)?))
    }

    /// All users, oldest first.
    pub fn list_users(&self) -> Result<Vec<User>> {
        self.with_conn(|c| {
            users::table
                .order(users::id.asc())
                .select(UserRow::as_select())
                .load(c)?
                .into_iter()
                .map(User::try_from)
                .collect()
        })
    }

    /// Changes a user's role; refuses to demote the last enabled admin.
    pub fn set_role(&self, id: i64, role: Role) -> Result<()> {
        self.transaction(|c| {
            lock_users(c)?;
            let user = require_user(c, id)?;
            if role != Role::Admin && is_last_enabled_admin(c, &user)? {
                return Err(last_admin_error("demote"));
            }
            diesel::update(users::table.find(id))
                .set((
                    users::role.eq(role.as_str()),
                    users::updated_at.eq(now_db()),
                ))
                .execute(c)?;
            Ok(())
        })
    }

    /// Disables or re-enables a user. Disabling revokes all their sessions at once, and is
    /// refused for the last enabled admin.
    pub fn set_disabled(&self, id: i64, disabled: bool) -> Result<()> {
        self.transaction(|c| {
            lock_users(c)?;
            let user = require_user(c, id)?;
            if disabled && is_last_enabled_admin(c, &user)? {
                return Err(last_admin_error("disable"));
            }
            let now = now_db();
            diesel::update(users::table.find(id))
                .set((users::disabled.eq(disabled), users::updated_at.eq(now)))
                .execute(c)?;
            if disabled {
                revoke_all(c, id, None)?;
            }
            Ok(())
        })
    }

    /// Replaces the password hash and revokes ALL the user's sessions (a password change or an
    /// admin reset logs every device out). To keep the caller's own session, use
    /// [`Store::change_password`].
    pub fn set_password_hash(&self, id: i64, hash: &str) -> Result<()> {
        self.change_password(id, hash, None).map(drop)
    }

    /// Replaces the password hash and revokes the user's sessions except `keep_session`.
    /// Returns how many sessions were revoked.
    pub fn change_password(&self, id: i64, hash: &str, keep_session: Option<i64>) -> Result<usize> {
        self.transaction(|c| {
            require_user(c, id)?;
            diesel::update(users::table.find(id))
                .set((
                    users::password_hash.eq(hash),
                    users::updated_at.eq(now_db()),
                ))
                .execute(c)?;
            revoke_all(c, id, keep_session)
        })
    }

    /// Deletes a user and, by cascade, everything they own. Refused for the last enabled admin.
    pub fn delete_user(&self, id: i64) -> Result<()> {
        self.transaction(|c| {
            lock_users(c)?;
            let user = require_user(c, id)?;
            if is_last_enabled_admin(c, &user)? {
                return Err(last_admin_error("delete"));
            }
            diesel::delete(users::table.find(id)).execute(c)?;
            Ok(())
        })
    }

    /// Remembers a successful login.
    pub fn record_login(&self, id: i64) -> Result<()> {
        self.with_conn(|c| {
            let n = diesel::update(users::table.find(id))
                .set(users::last_login_at.eq(Some(now_db())))
                .execute(c)?;
            if n == 0 {
                return Err(no_such_user(id));
            }
            Ok(())
        })
    }
}

/// Serialises user-changing transactions across processes, so two concurrent registrations
/// cannot both become "the first user", nor two demotions both pass the last-admin check.
/// SQLite: a no-op write takes the database write lock (waiting up to busy_timeout).
/// PostgreSQL: a table lock that conflicts with itself and with inserts.
fn lock_users(c: &mut DbConnection) -> Result<()> {
    let sql = match c {
        DbConnection::Sqlite(_) => "UPDATE users SET id = id WHERE id < 0",
        DbConnection::Pg(_) => "LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE",
    };
    diesel::sql_query(sql).execute(c)?;
    Ok(())
}

fn insert_user(c: &mut DbConnection, email: &str, password_hash: &str, role: Role) -> Result<User> {
    let now = now_db();
    let row = diesel::insert_into(users::table)
        .values((
            users::email.eq(email),
            users::password_hash.eq(password_hash),
            users::role.eq(role.as_str()),
            users::disabled.eq(false),
            users::created_at.eq(now),
            users::updated_at.eq(now),
        ))
        .returning(users::all_columns)
        .get_result::<UserRow>(c)
        .map_err(|e| match e {
            diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _,
            ) => Error::usage(format!("a user with email {email} already exists")),
            other => Error::from(other),
        })?;
    User::try_from(row)
}

pub(crate) fn find(c: &mut DbConnection, id: i64) -> Result<Option<User>> {
    users::table
        .find(id)
        .select(UserRow::as_select())
        .first(c)
        .optional()?
        .map(User::try_from)
        .transpose()
}

fn require_user(c: &mut DbConnection, id: i64) -> Result<User> {
    find(c, id)?.ok_or_else(|| no_such_user(id))
}

fn no_such_user(id: i64) -> Error {
    Error::not_found(format!("no user with id {id}"))
}

fn is_last_enabled_admin(c: &mut DbConnection, user: &User) -> Result<bool> {
    if user.role != Role::Admin || user.disabled {
        return Ok(false);
    }
    let enabled_admins: i64 = users::table
        .filter(users::role.eq(Role::Admin.as_str()))
        .filter(users::disabled.eq(false))
        .count()
        .get_result(c)?;
    Ok(enabled_admins <= 1)
}

fn last_admin_error(action: &str) -> Error {
    Error::usage(format!("cannot {action} the last admin"))
        .with_hint("make another user an admin first")
}

/// Revokes the user's active sessions, except `keep`; returns how many.
pub(crate) fn revoke_all(c: &mut DbConnection, user_id: i64, keep: Option<i64>) -> Result<usize> {
    let active = sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::revoked_at.is_null())
        .filter(sessions::id.ne(keep.unwrap_or(-1)));
    Ok(diesel::update(active)
        .set(sessions::revoked_at.eq(Some(now_db())))
        .execute(c)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use crate::store::test_support::sqlite_store;

    #[test]
    fn first_registered_user_is_admin_and_later_ones_are_users() {
        let (store, _dir) = sqlite_store();
        let first = store
            .register_user("Ada@Example.com", "h1")
            .expect("registers");
        let second = store
            .register_user("bob@example.com", "h2")
            .expect("registers");
        assert_eq!(first.role, Role::Admin);
        assert_eq!(second.role, Role::User);
        assert_eq!(first.email, "ada@example.com");
    }

    #[test]
    fn email_lookup_ignores_case_and_spaces() {
        let (store, _dir) = sqlite_store();
        let ada = store
            .register_user("ada@example.com", "h")
            .expect("registers");
        let found = store
            .user_by_email(" ADA@example.COM ")
            .expect("reads")
            .expect("found");
        assert_eq!(found.id, ada.id);
        assert_eq!(found.password_hash, "h");
    }

    #[test]
    fn duplicate_email_is_a_usage_error_naming_it() {
        let (store, _dir) = sqlite_store();
        store
            .register_user("ada@example.com", "h")
            .expect("registers");
        let err = store
            .register_user("ADA@example.com", "h")
            .expect_err("duplicate");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert_eq!(
            err.message(),
            "a user with email ada@example.com already exists"
        );
    }

    #[test]
    fn malformed_email_is_a_usage_error() {
        let (store, _dir) = sqlite_store();
        for bad in ["", "ada", "@example.com", "ada@", "a b@example.com"] {
            let err = store.register_user(bad, "h").expect_err("malformed");
            assert_eq!(err.kind(), ErrorKind::Usage, "{bad}");
        }
    }

    #[test]
    fn closed_registration_refuses_newcomers_but_not_the_first_user() {
        let (store, _dir) = sqlite_store();
        store.set_setting(REGISTRATION_OPEN, "false").expect("sets");
        store
            .register_user("first@example.com", "h")
            .expect("first user always allowed");
        let err = store
            .register_user("second@example.com", "h")
            .expect_err("closed");
        assert_eq!(err.kind(), ErrorKind::Auth);
        assert!(
            err.message().starts_with("registration is closed"),
            "{}",
            err.message()
        );
        let added = store
            .create_user("second@example.com", "h", Role::User)
            .expect("admin adds");
        assert_eq!(added.role, Role::User);
    }

    #[test]
    fn last_admin_cannot_be_demoted_disabled_or_deleted() {
        let (store, _dir) = sqlite_store();
        let admin = store
            .register_user("admin@example.com", "h")
            .expect("registers");
        store
            .register_user("user@example.com", "h")
            .expect("registers");
        for err in [
            store.set_role(admin.id, Role::User).expect_err("demote"),
            store.set_disabled(admin.id, true).expect_err("disable"),
            store.delete_user(admin.id).expect_err("delete"),
        ] {
            assert_eq!(err.kind(), ErrorKind::Usage);
            assert!(err.message().contains("last admin"), "{}", err.message());
        }
        let still = store.user_by_id(admin.id).expect("reads").expect("exists");
        assert_eq!(still.role, Role::Admin);
        assert!(!still.disabled);
    }

    #[test]
    fn an_admin_can_step_down_once_another_admin_exists() {
        let (store, _dir) = sqlite_store();
        let a = store
            .register_user("a@example.com", "h")
            .expect("registers");
        let b = store
            .register_user("b@example.com", "h")
            .expect("registers");
        store.set_role(b.id, Role::Admin).expect("promotes");
        store.set_role(a.id, Role::User).expect("demotes");
        assert_eq!(
            store.user_by_id(a.id).expect("reads").expect("exists").role,
            Role::User
        );
    }

    #[test]
    fn disabled_admin_does_not_count_as_the_remaining_admin() {
        let (store, _dir) = sqlite_store();
        let a = store
            .register_user("a@example.com", "h")
            .expect("registers");
        let b = store
            .create_user("b@example.com", "h", Role::Admin)
            .expect("creates");
        store
            .set_disabled(b.id, true)
            .expect("disables the other admin");
        assert!(store.delete_user(a.id).is_err());
    }

    #[test]
    fn disabling_a_user_revokes_their_sessions() {
        let (store, _dir) = sqlite_store();
        store
            .register_user("admin@example.com", "h")
            .expect("registers");
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        let expires = chrono::Utc::now() + chrono::Duration::hours(1);
        let s = store
            .create_session(u.id, "hash-u", expires)
            .expect("creates");
        store.set_disabled(u.id, true).expect("disables");
        let (found, user) = store
            .session_by_token_hash("hash-u")
            .expect("reads")
            .expect("found");
        assert_eq!(found.id, s.id);
        assert!(found.revoked_at.is_some());
        assert!(user.disabled);
    }

    #[test]
    fn password_change_revokes_other_sessions_but_can_keep_one() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "old")
            .expect("registers");
        let expires = chrono::Utc::now() + chrono::Duration::hours(1);
        let keep = store
            .create_session(u.id, "keep", expires)
            .expect("creates");
        store
            .create_session(u.id, "other", expires)
            .expect("creates");
        let revoked = store
            .change_password(u.id, "new", Some(keep.id))
            .expect("changes");
        assert_eq!(revoked, 1);
        let now = chrono::Utc::now();
        let (kept, user) = store
            .session_by_token_hash("keep")
            .expect("reads")
            .expect("found");
        assert!(kept.is_active(now));
        assert_eq!(user.password_hash, "new");
        store.set_password_hash(u.id, "newer").expect("resets");
        let (kept, _) = store
            .session_by_token_hash("keep")
            .expect("reads")
            .expect("found");
        assert!(!kept.is_active(now));
    }

    #[test]
    fn managing_an_unknown_user_is_not_found() {
        let (store, _dir) = sqlite_store();
        for err in [
            store.set_role(42, Role::Admin).expect_err("unknown"),
            store.set_disabled(42, true).expect_err("unknown"),
            store.delete_user(42).expect_err("unknown"),
            store.record_login(42).expect_err("unknown"),
        ] {
            assert_eq!(err.kind(), ErrorKind::NotFound);
        }
    }

    #[test]
    fn login_is_recorded() {
        let (store, _dir) = sqlite_store();
        let u = store
            .register_user("u@example.com", "h")
            .expect("registers");
        assert!(u.last_login_at.is_none());
        store.record_login(u.id).expect("records");
        let u = store.user_by_id(u.id).expect("reads").expect("exists");
        assert!(u.last_login_at.is_some());
    }

    #[test]
    fn users_are_listed_oldest_first() {
        let (store, _dir) = sqlite_store();
        store
            .register_user("b@example.com", "h")
            .expect("registers");
        store
            .register_user("a@example.com", "h")
            .expect("registers");
        let emails: Vec<_> = store
            .list_users()
            .expect("lists")
            .into_iter()
            .map(|u| u.email)
            .collect();
        assert_eq!(emails, ["b@example.com", "a@example.com"]);
    }
}
