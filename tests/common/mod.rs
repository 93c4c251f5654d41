//! Shared harness for integration tests: the real `jirahub` binary with a private HOME, and
//! fresh databases on the real PostgreSQL server.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// Environment variables a developer's shell may carry that would leak into a test.
const SCRUBBED: &[&str] = &[
    "DATABASE_URL",
    "SMTP_URL",
    "SMTP_FROM",
    "SMTP_PASSWORD",
    "SMTP_CA_FILE",
    "JIRAHUB_SLACK_WEBHOOK",
    "REDIS_URL",
    "SESSION_EXPIRY_HOURS",
    "CACHE_TTL",
    "ENCRYPTION_KEY",
    "LOG_LEVEL",
    "JIRAHUB_SESSION",
    "JIRAHUB_PASSWORD",
    "JIRAHUB_NEW_PASSWORD",
    "JIRAHUB_EMAIL",
    "JIRAHUB_FORMAT",
    "JIRAHUB_CONFIG",
    "JIRA_URL",
    "JIRA_EMAIL",
    "JIRA_API_TOKEN",
    "JIRA_DEPLOYMENT",
    "COLUMNS",
    "JIRA_API_TOKEN",
    "NO_COLOR",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
];

/// The checkout the tests run in. Read when the test runs (cargo and nextest set
/// `CARGO_MANIFEST_DIR` for every test process), not when it was compiled: CI's fresh clone
/// shares the target directory, and a reused test binary must read the clone's files, not
/// those of the checkout that compiled it.
pub fn repo_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// A private home directory and the environment the binary runs with.
pub struct TestEnv {
    pub home: tempfile::TempDir,
    env: Vec<(String, String)>,
    pub pg: Option<PgDatabase>,
}

impl TestEnv {
    /// SQLite store under a temporary HOME.
    pub fn sqlite() -> TestEnv {
        TestEnv {
            home: tempfile::tempdir().expect("temp dir"),
            env: Vec::new(),
            pg: None,
        }
    }

    /// A fresh PostgreSQL database (dropped at the end of the test).
    pub fn postgres() -> TestEnv {
        let pg = PgDatabase::create();
        let mut env = TestEnv::sqlite();
        env.set("DATABASE_URL", &pg.url);
        env.pg = Some(pg);
        env
    }

    pub fn set(&mut self, key: &str, value: &str) -> &mut Self {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    pub fn data_dir(&self) -> PathBuf {
        self.home().join(".local/share/jirahub")
    }

    pub fn session_file(&self) -> PathBuf {
        self.home().join(".local/state/jirahub/session")
    }

    /// `jirahub ARGS…` with this environment, in the temp HOME as working directory.
    pub fn cmd<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = Command::cargo_bin("jirahub").expect("jirahub binary is built");
        self.apply(&mut cmd);
        cmd.args(args);
        cmd
    }

    /// `sh -c SCRIPT jirahub ARGS…` with this environment: the script runs the binary as
    /// `exec "$0" "$@"` after changing what the shell can (umask, limits).
    pub fn cmd_via_shell<I, S>(&self, script: &str, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = Command::new("sh");
        self.apply(&mut cmd);
        cmd.arg("-c")
            .arg(script)
            .arg(assert_cmd::cargo::cargo_bin("jirahub"))
            .args(args);
        cmd
    }

    fn apply(&self, cmd: &mut Command) {
        for key in SCRUBBED {
            cmd.env_remove(key);
        }
        cmd.env("HOME", self.home())
            .current_dir(self.home())
            .env("COLUMNS", "120");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
    }

    /// Register an account with a password given on stdin.
    pub fn register(&self, email: &str, password: &str) -> assert_cmd::assert::Assert {
        self.cmd(["register", "--email", email, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .assert()
    }

    pub fn login(&self, email: &str, password: &str) -> assert_cmd::assert::Assert {
        self.cmd(["login", "--email", email, "--password-stdin"])
            .write_stdin(format!("{password}\n"))
            .assert()
    }

    /// Register then log in; panics if either fails.
    pub fn register_and_login(&self, email: &str, password: &str) {
        self.register(email, password).success();
        self.login(email, password).success();
    }
}

/// A throwaway database on the PostgreSQL server at `JIRAHUB_TEST_PG_URL`
/// (default `postgres://postgres@127.0.0.1:5432/postgres`).
pub struct PgDatabase {
    pub url: String,
    name: String,
    admin_url: String,
}

impl PgDatabase {
    pub fn create() -> PgDatabase {
        use diesel::{Connection, RunQueryDsl, pg::PgConnection};
        let admin_url = std::env::var("JIRAHUB_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string());
        let mut conn = PgConnection::establish(&admin_url).unwrap_or_else(|e| {
            panic!(
                "PostgreSQL is required for this test ({admin_url}): {e}; start it (see .ci/run)"
            )
        });
        let name = format!("jirahub_it_{}", rand::random::<u64>());
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .expect("create test database");
        let url = match admin_url.rsplit_once('/') {
            Some((base, _)) => format!("{base}/{name}"),
            None => panic!("unexpected PostgreSQL URL {admin_url}"),
        };
        PgDatabase {
            url,
            name,
            admin_url,
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        use diesel::{Connection, RunQueryDsl, pg::PgConnection};
        if let Ok(mut conn) = PgConnection::establish(&self.admin_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut conn);
        }
    }
}

/// stdout as a string.
pub fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

/// stderr as a string.
pub fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// Parse stdout as JSON.
pub fn json(assert: &assert_cmd::assert::Assert) -> serde_json::Value {
    serde_json::from_slice(&assert.get_output().stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(assert)))
}
