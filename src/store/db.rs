//! The connection type for both backends, opening it from a URL, and applying the embedded
//! migrations.

use std::fs;
use std::path::{Path, PathBuf};

use diesel::backend::Backend as DieselBackend;
use diesel::connection::SimpleConnection;
use diesel::migration::MigrationSource;
use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::Backend;
use super::error::connection_error;
use crate::{Error, Result};

/// One connection type for SQLite and PostgreSQL; queries are written once against it.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Pg(PgConnection),
}

impl DbConnection {
    pub fn backend(&self) -> Backend {
        match self {
            DbConnection::Sqlite(_) => Backend::Sqlite,
            DbConnection::Pg(_) => Backend::Postgres,
        }
    }
}

pub(crate) const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub(crate) const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Seconds libpq waits for a PostgreSQL server that does not answer, unless the URL says otherwise.
const PG_CONNECT_TIMEOUT_SECS: u32 = 10;
/// How long SQLite waits for another process's write lock before giving up.
const SQLITE_BUSY_TIMEOUT_MS: u32 = 5000;

/// Where the data lives, decided from the database URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Target {
    /// `None`/empty → SQLite at `default_sqlite_path`; `sqlite://PATH`, `sqlite:PATH` or a
    /// plain path → SQLite; `postgres://…`/`postgresql://…` → PostgreSQL.
    pub(crate) fn parse(database_url: Option<&str>, default_sqlite_path: &Path) -> Result<Target> {
        let url = database_url.map(str::trim).unwrap_or_default();
        if url.is_empty() {
            return Ok(Target::Sqlite(default_sqlite_path.to_path_buf()));
        }
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            return Ok(Target::Postgres(url.to_string()));
        }
        let path = if let Some(rest) = strip_prefix_ci(url, "sqlite://") {
            rest
        } else if let Some(rest) = strip_prefix_ci(url, "sqlite:") {
            rest
        } else if let Some((scheme, _)) = url.split_once("://") {
            return Err(
                Error::usage(format!("unsupported database URL scheme `{scheme}://`"))
                    .with_hint("use postgres://USER@HOST:PORT/DB, sqlite://PATH or a file path"),
            );
        } else {
            url
        };
        if path.is_empty() {
            return Err(Error::usage("the SQLite database URL has no path")
                .with_hint("use sqlite://PATH or a plain file path"));
        }
        Ok(Target::Sqlite(PathBuf::from(path)))
    }
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// The URL without its password, fit for messages and logs.
pub(crate) fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                // Only fails for URLs that cannot have credentials, which had none to hide.
                let _ = parsed.set_password(Some("***"));
            }
            parsed.to_string()
        }
        Err(_) => match raw.split_once("://") {
            Some((scheme, _)) => format!("{scheme}://(unparseable URL)"),
            None => "(unparseable URL)".to_string(),
        },
    }
}

/// The advisory lock that serialises migrations on PostgreSQL ("jirahub" in ASCII).
const MIGRATION_LOCK_ID: i64 = 0x6a_69_72_61_68_75_62;

/// Connects and applies pending migrations.
pub(crate) fn connect(target: &Target) -> Result<DbConnection> {
    match target {
        Target::Sqlite(path) => {
            // One process at a time opens and migrates: two first opens of a new file would
            // otherwise race on switching it to WAL (SQLite answers "database is locked" there
            // without waiting, to avoid a lock-upgrade deadlock) and on creating the tables.
            let _guard = open_lock(path)?;
            let mut conn = connect_sqlite(path)?;
            // Each migration's own transaction becomes a savepoint of this one.
            conn.exclusive_transaction(|c| run_migrations(c, SQLITE_MIGRATIONS))?;
            Ok(DbConnection::Sqlite(conn))
        }
        Target::Postgres(url) => {
            let mut conn = connect_postgres(url)?;
            // Serialised across processes by a session-level advisory lock: concurrent
            // `CREATE TABLE`s of a new database collide in pg_type otherwise.
            conn.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_ID})"))?;
            let migrated = run_migrations(&mut conn, POSTGRES_MIGRATIONS);
            let unlocked =
                conn.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_ID})"));
            migrated?;
            unlocked?;
            Ok(DbConnection::Pg(conn))
        }
    }
}

/// An exclusive lock on `<db>.lock` (0600, beside the database, like SQLite's own `-wal` and
/// `-shm` files), held while a process opens and migrates the database. Waits at most the busy
/// timeout, so a frozen process cannot hang every other one. None for `:memory:`.
fn open_lock(path: &Path) -> Result<Option<fs::File>> {
    if path == Path::new(":memory:") {
        return Ok(None);
    }
    create_parent_dirs(path)?;
    let mut lock_path = path.as_os_str().to_owned();
    lock_path.push(".lock");
    let lock_path = PathBuf::from(lock_path);
    let unavailable = |e: &dyn std::fmt::Display| {
        Error::unavailable(format!(
            "database unavailable: cannot lock {}: {e}",
            lock_path.display()
        ))
        .with_hint("check the permissions, or set DATABASE_URL to another location")
    };
    let file = crate::private_fs::open_private_file(&lock_path).map_err(|e| unavailable(&e))?;
    let deadline = std::time::Instant::now()
        + std::time::Duration::from_millis(u64::from(SQLITE_BUSY_TIMEOUT_MS));
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(file)),
            Err(fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(Error::unavailable(format!(
                    "database busy: another jirahub has held {} for {} s",
                    lock_path.display(),
                    SQLITE_BUSY_TIMEOUT_MS / 1000
                ))
                .with_hint("wait for it to finish, or stop it"));
            }
            Err(fs::TryLockError::Error(e)) => return Err(unavailable(&e)),
        }
    }
}

fn connect_sqlite(path: &Path) -> Result<SqliteConnection> {
    let in_memory = path == Path::new(":memory:");
    if !in_memory {
        create_private_db_file(path)?;
    }
    let path_str = path.to_str().ok_or_else(|| {
        Error::usage(format!(
            "the database path {} is not valid UTF-8",
            path.display()
        ))
    })?;
    let shown = path.display().to_string();
    let mut conn = SqliteConnection::establish(path_str).map_err(|e| {
        connection_error(
            &shown,
            "check that the path is a writable SQLite database file, or set DATABASE_URL",
            e,
        )
    })?;
    // busy_timeout first, so switching to WAL waits for other processes instead of failing.
    conn.batch_execute(&format!(
        "PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}; \
         PRAGMA journal_mode = WAL; \
         PRAGMA synchronous = NORMAL; \
         PRAGMA foreign_keys = ON;"
    ))
    .map_err(|e| {
        Error::from(e).with_hint(format!(
            "{shown} may not be a SQLite database, or it is not writable"
        ))
    })?;
    Ok(conn)
}

/// Creates the parent directories and the file with mode 0600 before SQLite opens it, so the
/// database is never readable by others, even for a moment. An existing file is left as is.
fn create_private_db_file(path: &Path) -> Result<()> {
    create_parent_dirs(path)?;
    crate::private_fs::open_private_file(path)
        .map(drop)
        .map_err(|e| {
            Error::unavailable(format!(
                "database unavailable: cannot open {}: {e}",
                path.display()
            ))
            .with_hint("check the permissions, or set DATABASE_URL to another location")
            .with_source(e)
        })
}

/// The database's directory, created 0700 where missing (existing ones are left alone).
fn create_parent_dirs(path: &Path) -> Result<()> {
    let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Ok(());
    };
    crate::private_fs::create_dirs_private(dir).map_err(|e| {
        Error::unavailable(format!(
            "database unavailable: cannot create directory {}: {e}",
            dir.display()
        ))
        .with_hint("check the permissions, or set DATABASE_URL to another location")
        .with_source(e)
    })
}

fn connect_postgres(url: &str) -> Result<PgConnection> {
    let shown = redact_url(url);
    let url = with_connect_timeout(url);
    PgConnection::establish(&url).map_err(|e| {
        connection_error(
            &shown,
            "check DATABASE_URL, and that PostgreSQL is running and accepts connections",
            e,
        )
    })
}

/// Adds libpq's `connect_timeout` unless the URL sets one, so an unreachable host fails
/// in seconds rather than hanging.
fn with_connect_timeout(url: &str) -> String {
    if url.contains("connect_timeout=") {
        return url.to_string();
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}connect_timeout={PG_CONNECT_TIMEOUT_SECS}")
}

/// Applies pending migrations one by one, each in its own transaction: a failing migration is
/// rolled back whole, and the error names it. Returns the names of those applied.
pub(crate) fn run_migrations<DB, C, S>(conn: &mut C, source: S) -> Result<Vec<String>>
where
    DB: DieselBackend,
    C: MigrationHarness<DB>,
    S: MigrationSource<DB>,
{
    let pending = conn.pending_migrations(source).map_err(|e| {
        Error::unexpected(format!("cannot read the database migrations state: {e}"))
    })?;
    let mut applied = Vec::with_capacity(pending.len());
    for migration in &pending {
        let name = migration.name().to_string();
        conn.run_migration(migration.as_ref()).map_err(|e| {
            Error::unexpected(format!("database migration {name} failed: {e}")).with_hint(
                "the failed migration was rolled back; the database is as it was before it",
            )
        })?;
        tracing::debug!(migration = %name, "applied database migration");
        applied.push(name);
    }
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn parse(url: Option<&str>) -> Result<Target> {
        Target::parse(url, Path::new("/data/jirahub.db"))
    }

    #[test]
    fn no_url_means_sqlite_at_the_default_path() {
        assert_eq!(
            parse(None).expect("ok"),
            Target::Sqlite("/data/jirahub.db".into())
        );
        assert_eq!(
            parse(Some("  ")).expect("ok"),
            Target::Sqlite("/data/jirahub.db".into())
        );
    }

    #[test]
    fn sqlite_urls_and_plain_paths_mean_sqlite() {
        for (url, path) in [
            ("sqlite:///abs/jh.db", "/abs/jh.db"),
            ("sqlite://rel/jh.db", "rel/jh.db"),
            ("sqlite:jh.db", "jh.db"),
            ("SQLite:jh.db", "jh.db"),
            ("/var/lib/jh.db", "/var/lib/jh.db"),
            ("jh.db", "jh.db"),
        ] {
            assert_eq!(
                parse(Some(url)).expect("ok"),
                Target::Sqlite(path.into()),
                "{url}"
            );
        }
    }

    #[test]
    fn postgres_urls_mean_postgres() {
        for url in ["postgres://u@h/db", "postgresql://u:p@h:5432/db"] {
            assert_eq!(parse(Some(url)).expect("ok"), Target::Postgres(url.into()));
        }
    }

    #[test]
    fn other_schemes_are_usage_errors() {
        let err = parse(Some("mysql://u@h/db")).expect_err("unsupported");
        assert_eq!(err.kind(), ErrorKind::Usage);
        assert!(err.message().contains("mysql://"), "{}", err.message());
    }

    #[test]
    fn redacted_url_hides_the_password() {
        let shown = redact_url("postgres://app:s3cret@db:5432/jh");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("app"), "{shown}");
    }

    #[test]
    fn connect_timeout_is_added_unless_present() {
        assert_eq!(
            with_connect_timeout("postgres://h/db"),
            "postgres://h/db?connect_timeout=10"
        );
        assert_eq!(
            with_connect_timeout("postgres://h/db?sslmode=disable"),
            "postgres://h/db?sslmode=disable&connect_timeout=10"
        );
        assert_eq!(
            with_connect_timeout("postgres://h/db?connect_timeout=3"),
            "postgres://h/db?connect_timeout=3"
        );
    }

    #[derive(diesel::QueryableByName)]
    struct Pragma {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }

    fn pragma(conn: &mut SqliteConnection, name: &str, column: &str) -> String {
        diesel::sql_query(format!(
            "SELECT CAST({column} AS TEXT) AS value FROM pragma_{name}"
        ))
        .get_result::<Pragma>(conn)
        .expect("pragma readable")
        .value
    }

    #[test]
    fn sqlite_file_is_created_0600_inside_new_parent_dirs() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a/b/jirahub.db");
        let _conn = connect(&Target::Sqlite(path.clone())).expect("opens");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).expect("exists").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn sqlite_connection_uses_wal_busy_timeout_and_foreign_keys() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut conn = connect_sqlite(&dir.path().join("jirahub.db")).expect("opens");
        assert_eq!(pragma(&mut conn, "journal_mode", "journal_mode"), "wal");
        assert_eq!(pragma(&mut conn, "busy_timeout", "timeout"), "5000");
        assert_eq!(pragma(&mut conn, "foreign_keys", "foreign_keys"), "1");
    }

    #[test]
    fn unopenable_sqlite_path_is_unavailable() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("file");
        fs::write(&file, "x").expect("writes");
        // A path below a regular file can never be created.
        let Err(err) = connect(&Target::Sqlite(file.join("jirahub.db"))) else {
            panic!("opened a database below a regular file");
        };
        assert_eq!(err.kind(), ErrorKind::Unavailable);
        assert!(
            err.message().starts_with("database unavailable"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn failing_migration_is_rolled_back_and_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let migrations = dir.path().join("migrations");
        for (name, up) in [
            ("2025-01-01-000001_good", "CREATE TABLE good (x INTEGER);"),
            (
                "2025-01-01-000002_bad",
                "CREATE TABLE half (x INTEGER); SELECT * FROM missing;",
            ),
        ] {
            let m = migrations.join(name);
            fs::create_dir_all(&m).expect("mkdir");
            fs::write(m.join("up.sql"), up).expect("writes");
            fs::write(m.join("down.sql"), "SELECT 1;").expect("writes");
        }
        let source =
            diesel_migrations::FileBasedMigrations::from_path(&migrations).expect("migrations");
        let mut conn = connect_sqlite(&dir.path().join("jirahub.db")).expect("opens");
        let err = run_migrations(&mut conn, source).expect_err("second migration fails");
        assert!(
            err.message().contains("2025-01-01-000002_bad"),
            "{}",
            err.message()
        );
        let tables: Vec<String> = diesel::sql_query(
            "SELECT name AS value FROM sqlite_master WHERE type = 'table' ORDER BY name",
        )
        .load::<Pragma>(&mut conn)
        .expect("lists tables")
        .into_iter()
        .map(|p| p.value)
        .collect();
        assert!(tables.contains(&"good".to_string()), "{tables:?}");
        assert!(!tables.contains(&"half".to_string()), "{tables:?}");
    }

    #[test]
    fn reopening_applies_nothing_new() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("jirahub.db");
        let mut conn = connect_sqlite(&path).expect("opens");
        assert!(
            !run_migrations(&mut conn, SQLITE_MIGRATIONS)
                .expect("migrates")
                .is_empty()
        );
        let mut again = connect_sqlite(&path).expect("reopens");
        assert!(
            run_migrations(&mut again, SQLITE_MIGRATIONS)
                .expect("no-op")
                .is_empty()
        );
    }
}
