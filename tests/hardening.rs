//! Hostile environments and absurd input, driven through the real binary: each gets a clear
//! one-line error and the right exit code, never a panic, a silent empty result or a request.

mod common;
#[path = "common/sim.rs"]
mod sim;

use common::{TestEnv, json, stderr};
use sim::BackgroundSim;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

const EMAIL: &str = "lead@example.com";
const PASSWORD: &str = "correct horse battery";

fn assert_no_panic(stderr: &str) {
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn a_non_utf8_environment_variable_is_an_error_when_read_and_ignored_otherwise() {
    let env = TestEnv::sqlite();
    let bad = std::ffi::OsStr::from_bytes(b"redis://\xff\xfe");

    let read = env.cmd(["config"]).env("REDIS_URL", bad).assert().code(2);
    let err = stderr(&read);
    assert_no_panic(&err);
    assert!(err.contains("REDIS_URL is not valid UTF-8"), "{err}");

    for var in ["JIRA_URL_UNRELATED", "LANG_EXTRA"] {
        let ok = env.cmd(["config"]).env(var, bad).assert().success();
        assert_no_panic(&stderr(&ok));
    }
}

#[test]
fn numbers_that_are_not_finite_are_usage_errors() {
    let env = TestEnv::sqlite();
    for (flag, value) in [
        ("--points-min", "nan"),
        ("--points-min", "NaN"),
        ("--points-max", "inf"),
        ("--points-max", "-infinity"),
    ] {
        let out = env
            .cmd(["dashboard", "--offline", &format!("{flag}={value}")])
            .assert()
            .code(2);
        let err = stderr(&out);
        assert!(err.contains("finite"), "{flag} {value}: {err}");
    }
}

#[test]
fn empty_filter_values_are_usage_errors_not_empty_filters() {
    let env = TestEnv::sqlite();
    for flag in [
        "--status",
        "--exclude-status",
        "--type",
        "--assignee",
        "--team",
        "--label",
    ] {
        let out = env
            .cmd(["dashboard", "--offline", flag, ""])
            .assert()
            .code(2);
        let err = stderr(&out);
        assert!(err.contains("empty"), "{flag}: {err}");
        let out = env
            .cmd(["dashboard", "--offline", flag, "   "])
            .assert()
            .code(2);
        assert!(stderr(&out).contains("empty"), "{flag} with blanks");
    }
}

#[test]
fn an_invalid_log_level_is_an_error_naming_the_valid_ones() {
    let env = TestEnv::sqlite();
    let out = env
        .cmd(["config"])
        .env("LOG_LEVEL", "loud")
        .assert()
        .code(2);
    let err = stderr(&out);
    assert!(err.contains("LOG_LEVEL"), "{err}");
    assert!(err.contains("debug"), "{err}");
    for ok in ["warn", "INFO", "debug", "trace", "error", "off"] {
        env.cmd(["config"]).env("LOG_LEVEL", ok).assert().success();
    }
}

#[test]
fn rediss_is_rejected_saying_tls_is_not_supported() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    let out = env
        .cmd(["ticket", "APP-1"])
        .env("REDIS_URL", "rediss://:hunter2@cache.example:6380/0")
        .assert()
        .code(2);
    let err = stderr(&out);
    assert!(err.contains("rediss://") && err.contains("TLS"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
}

/// A repository's `.env` in the working directory must not decide where secrets go or
/// which key seals them.
#[test]
fn a_dot_env_in_the_working_directory_is_read_only_when_named() {
    let env = TestEnv::sqlite();
    let attacker_db = env.home().join("attacker.db");
    std::fs::write(
        env.home().join(".env"),
        format!(
            "DATABASE_URL=sqlite://{}\nREDIS_URL=redis://203.0.113.9:6379\n\
             ENCRYPTION_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nCACHE_TTL=7s\n",
            attacker_db.display()
        ),
    )
    .expect("write .env");

    env.register_and_login(EMAIL, PASSWORD);
    assert!(!attacker_db.exists(), "the .env decided where the store is");
    assert!(env.data_dir().join("jirahub.db").exists());

    let shown = json(&env.cmd(["config", "-o", "json"]).assert().success());
    let text = shown.to_string();
    assert!(!text.contains("attacker.db"), "{text}");
    assert!(!text.contains("203.0.113.9"), "{text}");

    // Named explicitly, it is honoured (and `config` says where the value came from).
    let shown = json(
        &env.cmd(["--env-file", ".env", "config", "-o", "json"])
            .assert()
            .success(),
    );
    let text = shown.to_string();
    assert!(text.contains("attacker.db"), "{text}");
    assert!(text.contains("env file"), "{text}");

    let missing = env
        .cmd(["--env-file", "nope.env", "config"])
        .assert()
        .code(2);
    assert!(stderr(&missing).contains("nope.env"));
}

#[test]
fn store_and_session_directories_are_private_whatever_the_umask() {
    let env = TestEnv::sqlite();
    for args in [
        ["register", "--email", EMAIL, "--password-stdin"],
        ["login", "--email", EMAIL, "--password-stdin"],
    ] {
        let out = env
            .cmd_via_shell("umask 000; exec \"$0\" \"$@\"", args)
            .write_stdin(format!("{PASSWORD}\n"))
            .assert()
            .success();
        assert_no_panic(&stderr(&out));
    }
    let data = env.data_dir();
    let state = env.session_file().parent().unwrap().to_path_buf();
    assert_eq!(mode(&data), 0o700, "{}", data.display());
    assert_eq!(mode(&state), 0o700, "{}", state.display());
    assert_eq!(mode(&data.join("jirahub.db")), 0o600);
    assert_eq!(mode(&env.session_file()), 0o600);
}

#[test]
fn an_absurd_issue_key_is_a_usage_error_before_any_request() {
    let sim = BackgroundSim::default_cloud();
    let env = TestEnv::connected(&sim);
    sim.handle.reset_stats();
    let huge = format!("APP-{}", "9".repeat(100_000));
    let out = env.cmd(["ticket", &huge]).assert().code(2);
    let err = stderr(&out);
    assert!(
        err.len() < 400,
        "the error echoes the argument: {} bytes",
        err.len()
    );
    assert!(err.contains('…'), "the argument is cut: {err}");
    assert_eq!(sim.handle.stats().total, 0, "a request went to Jira");

    let junk = "x".repeat(100_000);
    let out = env.cmd(["ignore", "ticket", "add", &junk]).assert().code(2);
    assert!(stderr(&out).len() < 400);
}

#[test]
fn a_revoked_session_and_a_deleted_store_say_what_happened() {
    let env = TestEnv::sqlite();
    env.register_and_login(EMAIL, PASSWORD);
    let token = std::fs::read(env.session_file()).expect("session file");

    // Logged out elsewhere (the token file survives, e.g. copied to another machine).
    env.cmd(["logout"]).assert().success();
    std::fs::write(env.session_file(), &token).expect("restore token");
    let out = env.cmd(["whoami"]).assert().code(3);
    let err = stderr(&out);
    assert!(err.contains("revoked"), "{err}");
    assert!(!err.contains("expired"), "{err}");

    // The store is deleted: a new, empty one is not "session expired" either.
    env.login(EMAIL, PASSWORD).success();
    std::fs::remove_file(env.data_dir().join("jirahub.db")).expect("delete the store");
    let out = env.cmd(["whoami"]).assert().code(3);
    let err = stderr(&out);
    assert!(err.contains("no accounts"), "{err}");
    assert!(err.contains("jirahub register"), "{err}");
}
