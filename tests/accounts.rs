//! Accounts, sessions and roles, driven through the real binary on SQLite and PostgreSQL.

mod common;

use common::{TestEnv, json, stderr, stdout};
use predicates::prelude::*;

const PW: &str = "correct horse battery";

fn full_account_cycle(env: &TestEnv) {
    env.register("ada@example.com", PW)
        .success()
        .stderr(predicate::str::contains("as admin"));
    env.login("ada@example.com", PW)
        .success()
        .stderr(predicate::str::contains("Logged in as ada@example.com"))
        .stdout(predicate::str::contains("Logged in").not());
    let who = env.cmd(["whoami", "-o", "json"]).assert().success();
    let doc = json(&who);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["kind"], "whoami");
    assert_eq!(doc["user"]["email"], "ada@example.com");
    assert_eq!(doc["user"]["role"], "admin");
    env.cmd(["logout"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Logged out."))
        .stdout("");
    env.cmd(["whoami"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not logged in"));
}

#[test]
fn register_login_whoami_logout_on_sqlite() {
    full_account_cycle(&TestEnv::sqlite());
}

#[test]
fn register_login_whoami_logout_on_postgres() {
    full_account_cycle(&TestEnv::postgres());
}

#[test]
fn first_account_is_admin_and_later_ones_are_users() {
    let env = TestEnv::sqlite();
    env.register("first@example.com", PW).success();
    env.register("second@example.com", PW)
        .success()
        .stderr(predicate::str::contains("as user"));
    env.login("second@example.com", PW).success();
    let doc = json(&env.cmd(["whoami", "-o", "json"]).assert().success());
    assert_eq!(doc["user"]["role"], "user");
}

#[test]
fn a_user_running_admin_commands_gets_exit_3() {
    let env = TestEnv::sqlite();
    env.register("admin@example.com", PW).success();
    env.register_and_login("user@example.com", PW);
    for args in [
        vec!["admin", "users"],
        vec!["admin", "sessions", "list"],
        vec!["admin", "registration", "off"],
        vec!["admin", "user", "disable", "admin@example.com"],
    ] {
        let a = env.cmd(&args).assert().code(3);
        let err = stderr(&a);
        assert!(err.contains("permission denied"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
}

#[test]
fn wrong_password_and_unknown_email_give_the_same_error() {
    let env = TestEnv::sqlite();
    env.register("ada@example.com", PW).success();
    let wrong = env.login("ada@example.com", "not the password").code(3);
    let unknown = env.login("nobody@example.com", PW).code(3);
    assert_eq!(stderr(&wrong), stderr(&unknown));
    assert_eq!(stderr(&wrong).trim(), "error: invalid email or password");
    assert!(!env.session_file().exists());
}

#[test]
fn an_expired_session_is_refused_with_exit_3() {
    let mut env = TestEnv::sqlite();
    env.set("SESSION_EXPIRY_HOURS", "1");
    env.register_and_login("ada@example.com", PW);
    env.cmd(["whoami"]).assert().success();
    // Two hours later, on a pinned clock: no sleeping.
    let later = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    env.cmd(["whoami"])
        .env("JIRAHUB_NOW", &later)
        .assert()
        .code(3)
        .stderr(
            predicate::str::is_match(
                r"^error: session expired at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC: run `jirahub login`\n$",
            )
            .expect("regex"),
        );
}

#[test]
fn a_clock_pinned_in_the_past_never_revives_an_expired_session() {
    use diesel::{Connection, RunQueryDsl, sqlite::SqliteConnection};
    let env = TestEnv::sqlite();
    env.register_and_login("ada@example.com", PW);
    let db = env.data_dir().join("jirahub.db");
    let mut conn = SqliteConnection::establish(db.to_str().expect("utf-8")).expect("open store");
    diesel::sql_query("UPDATE sessions SET expires_at = '2001-01-01 00:00:00'")
        .execute(&mut conn)
        .expect("expire the session");
    for pinned in ["2000-06-01T00:00:00Z", "1999-01-01T00:00:00Z"] {
        env.cmd(["whoami"])
            .env("JIRAHUB_NOW", pinned)
            .assert()
            .code(3)
            .stderr(predicate::str::contains(
                "session expired at 2001-01-01 00:00 UTC",
            ));
    }
}

#[test]
fn a_revoked_session_is_refused() {
    let env = TestEnv::sqlite();
    env.register_and_login("ada@example.com", PW);
    let doc = json(
        &env.cmd(["admin", "sessions", "list", "-o", "json"])
            .assert()
            .success(),
    );
    let id = doc["sessions"][0]["id"].as_i64().expect("session id");
    env.cmd(["admin", "sessions", "revoke", &id.to_string()])
        .assert()
        .success();
    env.cmd(["whoami"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("this session was revoked"));
}

#[cfg(unix)]
#[test]
fn the_session_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::sqlite();
    env.register_and_login("ada@example.com", PW);
    let mode = std::fs::metadata(env.session_file())
        .expect("session file exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
}

#[test]
fn jirahub_session_overrides_the_session_file() {
    let env = TestEnv::sqlite();
    env.register_and_login("ada@example.com", PW);
    let token = std::fs::read_to_string(env.session_file()).expect("token");
    std::fs::remove_file(env.session_file()).expect("remove");
    env.cmd(["whoami"]).assert().code(3);
    let mut env2 = env;
    env2.set("JIRAHUB_SESSION", token.trim());
    env2.cmd(["whoami"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ada@example.com"));
}

#[test]
fn passwords_are_never_taken_from_argv() {
    let env = TestEnv::sqlite();
    env.cmd(["register", "--email", "a@example.com", "--password", PW])
        .assert()
        .code(2);
    env.cmd(["login", "--email", "a@example.com", "--password", PW])
        .assert()
        .code(2);
}

#[test]
fn without_a_terminal_a_missing_password_is_a_usage_error_not_a_prompt() {
    let env = TestEnv::sqlite();
    let a = env
        .cmd(["register", "--email", "a@example.com"])
        .write_stdin("")
        .assert()
        .code(2);
    assert!(stderr(&a).contains("--password-stdin"), "{}", stderr(&a));
}

#[test]
fn password_from_the_environment_works_for_ci() {
    let mut env = TestEnv::sqlite();
    env.set("JIRAHUB_PASSWORD", PW);
    env.cmd(["register", "--email", "ci@example.com"])
        .assert()
        .success();
    env.cmd(["login", "--email", "ci@example.com"])
        .assert()
        .success();
}

#[test]
fn a_disabled_account_cannot_log_in() {
    let env = TestEnv::sqlite();
    env.register_and_login("admin@example.com", PW);
    env.register("bob@example.com", PW).success();
    env.cmd(["admin", "user", "disable", "bob@example.com"])
        .assert()
        .success();
    env.login("bob@example.com", PW)
        .code(3)
        .stderr(predicate::str::contains("disabled"));
    env.cmd(["admin", "user", "enable", "bob@example.com"])
        .assert()
        .success();
    env.login("bob@example.com", PW).success();
}

#[test]
fn closed_registration_refuses_new_accounts() {
    let env = TestEnv::sqlite();
    env.register_and_login("admin@example.com", PW);
    env.cmd(["admin", "registration", "off"]).assert().success();
    env.register("late@example.com", PW)
        .code(3)
        .stderr(predicate::str::contains("registration is closed"));
    env.cmd(["admin", "registration", "on"]).assert().success();
    env.register("late@example.com", PW).success();
}

#[test]
fn admin_manages_accounts() {
    let env = TestEnv::sqlite();
    env.register_and_login("admin@example.com", PW);
    env.cmd([
        "admin",
        "user",
        "add",
        "bob@example.com",
        "--password-stdin",
    ])
    .write_stdin(format!("{PW}\n"))
    .assert()
    .success();
    env.cmd(["admin", "user", "set-role", "bob@example.com", "admin"])
        .assert()
        .success();
    let doc = json(&env.cmd(["admin", "users", "-o", "json"]).assert().success());
    let users = doc["users"].as_array().expect("users array");
    assert_eq!(users.len(), 2);
    assert!(users.iter().all(|u| u["role"] == "admin"));
    env.cmd(["admin", "user", "delete", "bob@example.com"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    env.cmd(["admin", "user", "delete", "bob@example.com", "--yes"])
        .assert()
        .success();
    env.cmd(["admin", "user", "disable", "bob@example.com"])
        .assert()
        .code(4);
}

#[test]
fn passwd_changes_the_password() {
    let env = TestEnv::sqlite();
    env.register_and_login("ada@example.com", PW);
    env.cmd(["passwd", "--password-stdin"])
        .write_stdin(format!("{PW}\nan even better one\n"))
        .assert()
        .success();
    // The session that changed the password stays valid.
    env.cmd(["whoami"]).assert().success();
    env.login("ada@example.com", PW).code(3);
    env.login("ada@example.com", "an even better one").success();
}

#[test]
fn admin_users_as_csv_has_a_header_row() {
    let env = TestEnv::sqlite();
    env.register_and_login("admin@example.com", PW);
    let out = stdout(&env.cmd(["admin", "users", "-o", "csv"]).assert().success());
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("id,email,role,disabled,created_at,last_login_at")
    );
    assert!(
        lines
            .next()
            .expect("one row")
            .contains(",admin@example.com,admin,false,")
    );
}

#[test]
fn a_database_that_cannot_be_reached_gives_exit_5() {
    let mut env = TestEnv::sqlite();
    env.set("DATABASE_URL", "postgres://postgres@127.0.0.1:1/nothing");
    let a = env
        .cmd(["register", "--email", "a@example.com", "--password-stdin"])
        .write_stdin(format!("{PW}\n"))
        .assert()
        .code(5);
    assert!(
        stderr(&a).starts_with("error: database unavailable"),
        "{}",
        stderr(&a)
    );
}
