//! The store's behaviour, run against BOTH backends: SQLite in a temp dir and PostgreSQL in a
//! fresh database per test (created through `JIRAHUB_TEST_PG_URL`, default
//! `postgres://postgres@127.0.0.1:5432/postgres`, and dropped afterwards).
//!
//! If PostgreSQL cannot be reached the PostgreSQL tests FAIL with a message saying so; they
//! never pass silently. CI starts PostgreSQL before running them.

use std::path::PathBuf;
use std::sync::{Arc, Barrier};

use chrono::{Duration, TimeZone, Utc};
use diesel::{Connection, PgConnection, RunQueryDsl};
use jirahub::ErrorKind;
use jirahub::auth::Role;
use jirahub::auth::crypto::{self, EncryptionKey};
use jirahub::store::{
    Backend, Deployment, MemberSeen, NewConnection, REGISTRATION_OPEN, SelectedBoard,
    SelectedProject, SessionStatus, Store, UpsertCounts,
};
use secrecy::{ExposeSecret, SecretString};

const DEFAULT_PG_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A database for one test; opening it again reaches the same data. Cleans up on drop.
struct TestDb {
    url: String,
    backend: Backend,
    _sqlite_dir: Option<tempfile::TempDir>,
    _pg_drop: Option<PgDrop>,
}

impl TestDb {
    fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("jirahub.db").display());
        TestDb {
            url,
            backend: Backend::Sqlite,
            _sqlite_dir: Some(dir),
            _pg_drop: None,
        }
    }

    fn postgres() -> TestDb {
        let admin_url =
            std::env::var("JIRAHUB_TEST_PG_URL").unwrap_or_else(|_| DEFAULT_PG_ADMIN_URL.into());
        let mut admin = PgConnection::establish(&admin_url).unwrap_or_else(|e| {
            panic!(
                "PostgreSQL is not reachable at {admin_url}: {e}\n\
                 The PostgreSQL store tests need a running server: start PostgreSQL, or point \
                 JIRAHUB_TEST_PG_URL at an admin connection URL."
            )
        });
        let name = format!("jirahub_test_{:016x}", rand::random::<u64>());
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .unwrap_or_else(|e| panic!("cannot create test database {name}: {e}"));
        let mut url = url::Url::parse(&admin_url).expect("JIRAHUB_TEST_PG_URL is a URL");
        url.set_path(&name);
        TestDb {
            url: url.to_string(),
            backend: Backend::Postgres,
            _sqlite_dir: None,
            _pg_drop: Some(PgDrop { admin_url, name }),
        }
    }

    fn open(&self) -> Store {
        let store = Store::open(Some(&self.url), &PathBuf::from("/nonexistent/unused.db"))
            .unwrap_or_else(|e| panic!("opening {} store failed: {e}", self.backend));
        assert_eq!(store.backend(), self.backend);
        store
    }
}

struct PgDrop {
    admin_url: String,
    name: String,
}

impl Drop for PgDrop {
    fn drop(&mut self) {
        // Best effort: a leftover test database is harmless, a panic in drop is not.
        if let Ok(mut admin) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut admin);
        }
    }
}

/// Runs each behaviour below against SQLite and against PostgreSQL.
macro_rules! on_both_backends {
    ($($behaviour:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $behaviour() {
                    super::$behaviour(&super::TestDb::sqlite());
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $behaviour() {
                    super::$behaviour(&super::TestDb::postgres());
                }
            )*
        }
    };
}

on_both_backends!(
    migrations_run_on_an_empty_database_and_reopening_is_idempotent,
    first_user_is_admin_and_later_users_are_users,
    duplicate_email_is_refused_whatever_its_case,
    closed_registration_refuses_newcomers,
    last_enabled_admin_is_protected,
    concurrent_registrations_on_an_empty_store_make_exactly_one_admin,
    first_opens_of_a_new_store_at_the_same_instant_all_succeed,
    sessions_are_created_found_revoked_and_keep_their_expiry,
    disabling_a_user_revokes_their_sessions,
    deleting_a_user_deletes_everything_they_own,
    one_user_never_sees_another_users_data,
    member_upsert_counts_and_keeps_labels,
    members_not_seen_are_deactivated,
    connection_round_trips_with_its_sealed_token,
    selections_ignores_and_pins_round_trip,
    settings_round_trip,
);

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn seen(id: &str, name: &str) -> MemberSeen {
    MemberSeen {
        account_id: id.into(),
        display_name: name.into(),
        email: None,
    }
}

fn project(key: &str) -> SelectedProject {
    SelectedProject {
        key: key.into(),
        id: format!("100{}", key.len()),
        name: format!("{key} project"),
    }
}

fn board(project_key: &str, id: i64) -> SelectedBoard {
    SelectedBoard {
        project_key: project_key.into(),
        id,
        name: format!("{project_key} board {id}"),
        board_type: "scrum".into(),
    }
}

fn connection_for(key: &EncryptionKey, user_id: i64, site: &str) -> NewConnection {
    NewConnection {
        base_url: format!("https://{site}.atlassian.net"),
        email: format!("me@{site}.example"),
        token: crypto::seal(key, &secret(&format!("token-of-{site}")), user_id).expect("seals"),
        deployment: Deployment::Cloud,
        account_id: format!("acct-{site}"),
        display_name: format!("Me at {site}"),
    }
}

/// Gives the user one of everything a user can own.
fn populate(store: &Store, user_id: i64, tag: &str) {
    let key = EncryptionKey::generate();
    store
        .save_connection(user_id, &connection_for(&key, user_id, tag))
        .expect("connection");
    store
        .select_projects(user_id, &[project(tag)])
        .expect("projects");
    store
        .select_boards(user_id, &[board(tag, 7)])
        .expect("boards");
    let member = format!("{tag}-member");
    store
        .upsert_members(user_id, &[seen(&member, "Someone")], Utc::now())
        .expect("members");
    store
        .add_member_labels(user_id, &member, &strings(&["core"]))
        .expect("labels");
    store
        .ignore_tickets(user_id, &[format!("{tag}-1")])
        .expect("ignored tickets");
    store
        .ignore_types(user_id, &strings(&["Epic"]))
        .expect("ignored types");
    store
        .pin_field(user_id, "story_points", "customfield_10016")
        .expect("pins");
}

fn migrations_run_on_an_empty_database_and_reopening_is_idempotent(db: &TestDb) {
    let store = db.open();
    let user = store
        .register_user("ada@example.com", "h")
        .expect("registers");
    drop(store);
    let reopened = db.open();
    let again = db.open();
    assert_eq!(
        reopened
            .user_by_id(user.id)
            .expect("reads")
            .expect("kept")
            .email,
        user.email
    );
    assert_eq!(again.list_users().expect("lists").len(), 1);
}

fn first_user_is_admin_and_later_users_are_users(db: &TestDb) {
    let store = db.open();
    let first = store
        .register_user("first@example.com", "h")
        .expect("registers");
    let second = store
        .register_user("second@example.com", "h")
        .expect("registers");
    assert_eq!(first.role, Role::Admin);
    assert_eq!(second.role, Role::User);
    assert!(!first.disabled);
}

fn duplicate_email_is_refused_whatever_its_case(db: &TestDb) {
    let store = db.open();
    store
        .register_user("ada@example.com", "h")
        .expect("registers");
    let err = store
        .register_user("Ada@Example.COM", "h")
        .expect_err("duplicate");
    assert_eq!(err.kind(), ErrorKind::Usage);
    assert_eq!(
        err.message(),
        "a user with email ada@example.com already exists"
    );
    let err = store
        .create_user("ada@example.com", "h", Role::User)
        .expect_err("duplicate");
    assert_eq!(err.kind(), ErrorKind::Usage);
    // The failed inserts left the connection usable.
    assert_eq!(store.list_users().expect("lists").len(), 1);
}

fn closed_registration_refuses_newcomers(db: &TestDb) {
    let store = db.open();
    store
        .register_user("admin@example.com", "h")
        .expect("registers");
    store
        .set_setting(REGISTRATION_OPEN, "false")
        .expect("closes");
    let err = store
        .register_user("late@example.com", "h")
        .expect_err("closed");
    assert_eq!(err.kind(), ErrorKind::Auth);
    assert!(
        err.message().starts_with("registration is closed"),
        "{}",
        err.message()
    );
    assert!(
        store
            .user_by_email("late@example.com")
            .expect("reads")
            .is_none()
    );
    store.set_setting(REGISTRATION_OPEN, "true").expect("opens");
    store
        .register_user("late@example.com", "h")
        .expect("open again");
}

fn last_enabled_admin_is_protected(db: &TestDb) {
    let store = db.open();
    let admin = store
        .register_user("admin@example.com", "h")
        .expect("registers");
    let user = store
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
    store.set_role(user.id, Role::Admin).expect("promotes");
    store
        .set_role(admin.id, Role::User)
        .expect("another admin exists now");
    let err = store
        .delete_user(user.id)
        .expect_err("user is now the last admin");
    assert!(err.message().contains("last admin"), "{}", err.message());
}

fn concurrent_registrations_on_an_empty_store_make_exactly_one_admin(db: &TestDb) {
    const N: usize = 6;
    let stores: Vec<Store> = (0..N).map(|_| db.open()).collect();
    let barrier = Arc::new(Barrier::new(N));
    let handles: Vec<_> = stores
        .into_iter()
        .enumerate()
        .map(|(i, store)| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                store.register_user(&format!("racer{i}@example.com"), "h")
            })
        })
        .collect();
    let users: Vec<_> = handles
        .into_iter()
        .map(|h| {
            h.join()
                .expect("thread finished")
                .expect("registration succeeded")
        })
        .collect();
    let admins = users.iter().filter(|u| u.role == Role::Admin).count();
    assert_eq!(admins, 1, "{users:?}");
}

fn first_opens_of_a_new_store_at_the_same_instant_all_succeed(db: &TestDb) {
    const OPENERS: usize = 5;
    const ROUNDS: usize = 6;
    for round in 0..ROUNDS {
        // A brand-new database each round (the first is the one given).
        let fresh;
        let target = if round == 0 {
            db
        } else {
            fresh = match db.backend {
                Backend::Sqlite => TestDb::sqlite(),
                Backend::Postgres => TestDb::postgres(),
            };
            &fresh
        };
        let barrier = Arc::new(Barrier::new(OPENERS));
        // Spawn every opener before joining any: they meet at the barrier.
        let openers: Vec<_> = (0..OPENERS)
            .map(|_| {
                let barrier = Arc::clone(&barrier);
                let url = target.url.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    Store::open(Some(&url), &PathBuf::from("/nonexistent/unused.db"))
                        .map(|s| s.backend())
                })
            })
            .collect();
        let results: Vec<_> = openers
            .into_iter()
            .map(|h| h.join().expect("thread finished"))
            .collect();
        for r in &results {
            if let Err(e) = r {
                panic!("round {round}: a concurrent first open failed: {e}");
            }
        }
    }
}

fn sessions_are_created_found_revoked_and_keep_their_expiry(db: &TestDb) {
    let store = db.open();
    let user = store
        .register_user("ada@example.com", "h")
        .expect("registers");
    let expires = Utc
        .with_ymd_and_hms(2031, 5, 6, 7, 8, 9)
        .single()
        .expect("valid")
        + Duration::microseconds(123_456);
    let created = store
        .create_session(user.id, "hash-1", expires)
        .expect("creates");
    assert_eq!(created.expires_at, expires);
    assert!(created.revoked_at.is_none());
    assert!(created.created_at <= Utc::now());

    let (found, owner) = store
        .session_by_token_hash("hash-1")
        .expect("reads")
        .expect("found");
    assert_eq!(found, created);
    assert_eq!(owner.id, user.id);
    assert_eq!(found.status(Utc::now()), SessionStatus::Active);
    assert_eq!(
        found.status(expires + Duration::seconds(1)),
        SessionStatus::Expired
    );
    assert!(
        store
            .session_by_token_hash("hash-2")
            .expect("reads")
            .is_none()
    );

    let past = store.create_session(user.id, "hash-old", Utc::now() - Duration::hours(1));
    assert_eq!(
        past.expect("creates").status(Utc::now()),
        SessionStatus::Expired
    );

    assert!(store.revoke_session(created.id).expect("revokes"));
    assert!(!store.revoke_session(created.id).expect("already revoked"));
    let (revoked, _) = store
        .session_by_token_hash("hash-1")
        .expect("reads")
        .expect("found");
    assert_eq!(revoked.status(Utc::now()), SessionStatus::Revoked);

    let listed = store.list_sessions(Some(user.id)).expect("lists");
    assert_eq!(listed.len(), 2, "active and expired alike");
    assert!(listed[0].created_at >= listed[1].created_at, "newest first");

    let err = store
        .create_session(user.id, "hash-1", expires)
        .expect_err("hash is unique");
    assert_eq!(err.kind(), ErrorKind::Usage);
}

fn disabling_a_user_revokes_their_sessions(db: &TestDb) {
    let store = db.open();
    store
        .register_user("admin@example.com", "h")
        .expect("registers");
    let user = store
        .register_user("user@example.com", "h")
        .expect("registers");
    let later = Utc::now() + Duration::hours(1);
    store.create_session(user.id, "u1", later).expect("creates");
    store.create_session(user.id, "u2", later).expect("creates");
    store.set_disabled(user.id, true).expect("disables");
    let sessions = store.list_sessions(Some(user.id)).expect("lists");
    assert!(
        sessions
            .iter()
            .all(|s| s.status(Utc::now()) == SessionStatus::Revoked)
    );
    store.set_disabled(user.id, false).expect("re-enables");
    assert!(
        !store
            .user_by_id(user.id)
            .expect("reads")
            .expect("exists")
            .disabled
    );
}

fn deleting_a_user_deletes_everything_they_own(db: &TestDb) {
    let store = db.open();
    store
        .register_user("admin@example.com", "h")
        .expect("registers");
    let gone = store
        .register_user("gone@example.com", "h")
        .expect("registers");
    populate(&store, gone.id, "GONE");
    store
        .create_session(gone.id, "gone-session", Utc::now() + Duration::hours(1))
        .expect("ok");

    store.delete_user(gone.id).expect("deletes");

    assert!(store.user_by_id(gone.id).expect("reads").is_none());
    assert!(
        store
            .session_by_token_hash("gone-session")
            .expect("reads")
            .is_none()
    );
    assert!(
        store
            .list_sessions(Some(gone.id))
            .expect("lists")
            .is_empty()
    );
    assert!(store.connection(gone.id).expect("reads").is_none());
    assert!(store.selected_projects(gone.id).expect("reads").is_empty());
    assert!(store.selected_boards(gone.id).expect("reads").is_empty());
    assert!(store.members(gone.id).expect("reads").is_empty());
    assert!(store.ignored_tickets(gone.id).expect("reads").is_empty());
    assert!(store.ignored_types(gone.id).expect("reads").is_empty());
    assert!(store.field_pins(gone.id).expect("reads").is_empty());
}

fn one_user_never_sees_another_users_data(db: &TestDb) {
    let store = db.open();
    let a = store
        .register_user("a@example.com", "h")
        .expect("registers");
    let b = store
        .register_user("b@example.com", "h")
        .expect("registers");
    populate(&store, a.id, "AAA");

    assert!(store.connection(b.id).expect("reads").is_none());
    assert!(store.selected_projects(b.id).expect("reads").is_empty());
    assert!(store.selected_boards(b.id).expect("reads").is_empty());
    assert!(store.members(b.id).expect("reads").is_empty());
    assert!(store.ignored_tickets(b.id).expect("reads").is_empty());
    assert!(store.ignored_types(b.id).expect("reads").is_empty());
    assert!(store.field_pins(b.id).expect("reads").is_empty());

    // B cannot reach A's rows by naming them either.
    let err = store
        .add_member_labels(b.id, "AAA-member", &strings(&["x"]))
        .expect_err("not B's");
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(
        store
            .remove_member_labels(b.id, "AAA-member", &strings(&["core"]))
            .expect("ok"),
        0
    );
    assert_eq!(
        store
            .deselect_projects(b.id, &strings(&["AAA"]))
            .expect("ok"),
        0
    );
    assert_eq!(store.deselect_boards(b.id, "AAA", &[7]).expect("ok"), 0);
    assert_eq!(
        store
            .unignore_tickets(b.id, &strings(&["AAA-1"]))
            .expect("ok"),
        0
    );
    assert_eq!(
        store.unignore_types(b.id, &strings(&["Epic"])).expect("ok"),
        0
    );
    assert!(!store.unpin_field(b.id, "story_points").expect("ok"));
    assert!(!store.delete_connection(b.id).expect("ok"));
    assert_eq!(store.deactivate_members_except(b.id, &[]).expect("ok"), 0);

    // The same names are independent per user.
    populate(&store, b.id, "AAA");
    store
        .remove_member_labels(b.id, "AAA-member", &strings(&["core"]))
        .expect("ok");
    let a_member = &store.members(a.id).expect("reads")[0];
    assert_eq!(a_member.labels, ["core"]);
    assert_eq!(store.selected_projects(a.id).expect("reads").len(), 1);
}

fn member_upsert_counts_and_keeps_labels(db: &TestDb) {
    let store = db.open();
    let user = store
        .register_user("u@example.com", "h")
        .expect("registers");
    let t0 = Utc
        .with_ymd_and_hms(2025, 2, 1, 9, 0, 0)
        .single()
        .expect("valid");
    let counts = store
        .upsert_members(user.id, &[seen("a", "Ada"), seen("b", "Bob")], t0)
        .expect("upserts");
    assert_eq!(
        counts,
        UpsertCounts {
            added: 2,
            updated: 0,
            unchanged: 0
        }
    );
    assert_eq!(
        store
            .add_member_labels(user.id, "a", &strings(&["backend", "lead"]))
            .expect("ok"),
        2
    );
    assert_eq!(
        store
            .add_member_labels(user.id, "a", &strings(&["lead"]))
            .expect("ok"),
        0
    );

    let t1 = t0 + Duration::days(1);
    let counts = store
        .upsert_members(
            user.id,
            &[seen("a", "Ada Lovelace"), seen("b", "Bob"), seen("c", "Cy")],
            t1,
        )
        .expect("upserts");
    assert_eq!(
        counts,
        UpsertCounts {
            added: 1,
            updated: 1,
            unchanged: 1
        }
    );

    let members = store.members(user.id).expect("lists");
    let names: Vec<_> = members.iter().map(|m| m.display_name.as_str()).collect();
    assert_eq!(names, ["Ada Lovelace", "Bob", "Cy"]);
    assert_eq!(members[0].labels, ["backend", "lead"]);
    assert_eq!(members[0].first_seen_at, t0);
    assert_eq!(members[0].last_seen_at, t1);
    assert!(members[2].labels.is_empty());
}

fn members_not_seen_are_deactivated(db: &TestDb) {
    let store = db.open();
    let user = store
        .register_user("u@example.com", "h")
        .expect("registers");
    store
        .upsert_members(
            user.id,
            &[seen("a", "Ada"), seen("b", "Bob"), seen("c", "Cy")],
            Utc::now(),
        )
        .expect("upserts");
    assert_eq!(
        store
            .deactivate_members_except(user.id, &strings(&["a"]))
            .expect("ok"),
        2
    );
    assert_eq!(
        store
            .deactivate_members_except(user.id, &strings(&["a"]))
            .expect("ok"),
        0
    );
    let active: Vec<_> = store
        .members(user.id)
        .expect("lists")
        .into_iter()
        .filter(|m| m.active)
        .map(|m| m.account_id)
        .collect();
    assert_eq!(active, ["a"]);
    assert_eq!(
        store.deactivate_members_except(user.id, &[]).expect("ok"),
        1
    );
}

fn connection_round_trips_with_its_sealed_token(db: &TestDb) {
    let store = db.open();
    let user = store
        .register_user("u@example.com", "h")
        .expect("registers");
    let key = EncryptionKey::generate();
    let new = connection_for(&key, user.id, "acme");
    store.save_connection(user.id, &new).expect("saves");
    let synced = Utc
        .with_ymd_and_hms(2025, 6, 7, 8, 9, 10)
        .single()
        .expect("valid");
    store.set_last_sync(user.id, synced).expect("records");

    let got = store.connection(user.id).expect("reads").expect("present");
    assert_eq!(got.base_url, new.base_url);
    assert_eq!(got.email, new.email);
    assert_eq!(got.deployment, Deployment::Cloud);
    assert_eq!(got.account_id, new.account_id);
    assert_eq!(got.display_name, new.display_name);
    assert_eq!(
        got.token, new.token,
        "ciphertext and nonce stored byte for byte"
    );
    assert_eq!(got.last_sync_at, Some(synced));
    let token = crypto::open(&key, &got.token, user.id).expect("opens");
    assert_eq!(token.expose_secret(), "token-of-acme");

    let mut dc = connection_for(&key, user.id, "onprem");
    dc.deployment = Deployment::DataCenter;
    store.save_connection(user.id, &dc).expect("replaces");
    let got = store.connection(user.id).expect("reads").expect("present");
    assert_eq!(got.deployment, Deployment::DataCenter);
    assert_eq!(got.base_url, "https://onprem.atlassian.net");
    assert_eq!(got.last_sync_at, Some(synced));
}

fn selections_ignores_and_pins_round_trip(db: &TestDb) {
    let store = db.open();
    let user = store
        .register_user("u@example.com", "h")
        .expect("registers");
    store
        .select_projects(user.id, &[project("WEB"), project("api"), project("A_B")])
        .expect("ok");
    let keys: Vec<_> = store
        .selected_projects(user.id)
        .expect("lists")
        .into_iter()
        .map(|p| p.key)
        .collect();
    assert_eq!(keys, ["API", "A_B", "WEB"], "same order on every backend");
    store
        .select_boards(user.id, &[board("WEB", 12), board("WEB", 3)])
        .expect("ok");
    assert_eq!(
        store.selected_boards(user.id).expect("lists"),
        [board("WEB", 3), board("WEB", 12)]
    );

    assert_eq!(
        store
            .ignore_tickets(user.id, &strings(&["web-10", "WEB-9"]))
            .expect("ok"),
        2
    );
    assert_eq!(
        store
            .ignore_tickets(user.id, &strings(&["WEB-9"]))
            .expect("ok"),
        0
    );
    assert_eq!(
        store.ignored_tickets(user.id).expect("lists"),
        ["WEB-9", "WEB-10"]
    );
    assert_eq!(
        store
            .ignore_types(user.id, &strings(&["epic", "Bug"]))
            .expect("ok"),
        2
    );
    assert_eq!(
        store.ignored_types(user.id).expect("lists"),
        ["Bug", "epic"]
    );

    store
        .pin_field(user.id, "team", "customfield_10001")
        .expect("pins");
    store
        .pin_field(user.id, "team", "customfield_10002")
        .expect("re-pins");
    assert_eq!(
        store.field_pins(user.id).expect("lists"),
        [("team".to_string(), "customfield_10002".to_string())]
    );
}

fn settings_round_trip(db: &TestDb) {
    let store = db.open();
    assert_eq!(store.setting(REGISTRATION_OPEN).expect("reads"), None);
    store.set_setting(REGISTRATION_OPEN, "false").expect("sets");
    store
        .set_setting(REGISTRATION_OPEN, "true")
        .expect("replaces");
    assert_eq!(
        store.setting(REGISTRATION_OPEN).expect("reads").as_deref(),
        Some("true")
    );
}

#[test]
fn unreachable_postgres_is_reported_as_database_unavailable() {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    let err = Store::open(
        Some("postgres://postgres:pw@127.0.0.1:1/jirahub"),
        &PathBuf::new(),
    )
    .expect_err("nothing listens on port 1");
    assert_eq!(err.kind(), ErrorKind::Unavailable);
    assert!(
        err.message().starts_with("database unavailable: "),
        "{}",
        err.message()
    );
    assert!(
        !err.message().contains(":pw@"),
        "password must not be shown: {}",
        err.message()
    );
    assert!(err.hint().expect("hint").contains("PostgreSQL"));
}
