//! The store: users, sessions, settings and each user's own Jira choices, in SQLite (default)
//! or PostgreSQL behind one Diesel connection type.
//!
//! Every user-owned row is keyed by `user_id` and every query filters by it, so one user never
//! sees another's data; deleting a user cascades to all of it. The API is synchronous: call it
//! from async code through `tokio::task::block_in_place` (or `spawn_blocking`).

mod connections;
mod db;
mod error;
mod ignores;
mod members;
mod models;
mod notify;
mod pins;
pub mod schema;
mod selections;
mod sessions;
mod settings;
mod users;
mod views;

use std::fmt;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use diesel::Connection as _;

pub use db::DbConnection;
pub use models::{
    Connection, Deployment, Member, MemberSeen, NewConnection, SelectedBoard, SelectedProject,
    Session, SessionStatus, UpsertCounts, User,
};
pub use settings::REGISTRATION_OPEN;
pub use views::SavedView;

use crate::{Error, Result};

/// Which database a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        })
    }
}

/// A handle on the database; cheap to clone, all clones share one connection.
#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<DbConnection>>,
    backend: Backend,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens the database and applies pending migrations.
    ///
    /// `database_url`: `None` → SQLite at `default_sqlite_path`; `sqlite://PATH`, `sqlite:PATH`
    /// or a plain path → SQLite (file created 0600, parent directories created, WAL mode);
    /// `postgres://…`/`postgresql://…` → PostgreSQL.
    pub fn open(database_url: Option<&str>, default_sqlite_path: &Path) -> Result<Store> {
        let target = db::Target::parse(database_url, default_sqlite_path)?;
        let conn = db::connect(&target)?;
        let backend = conn.backend();
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
            backend,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    fn lock(&self) -> Result<MutexGuard<'_, DbConnection>> {
        // A panic mid-query may have left the connection inside a transaction; do not reuse it.
        self.conn.lock().map_err(|_| {
            Error::unexpected("the database connection is unusable after an earlier crash")
        })
    }

    /// Runs `f` with the connection, outside any transaction.
    fn with_conn<T>(&self, f: impl FnOnce(&mut DbConnection) -> Result<T>) -> Result<T> {
        let mut conn = self.lock()?;
        f(&mut conn)
    }

    /// Runs `f` in one transaction: all of it happens, or none of it.
    fn transaction<T>(&self, f: impl FnOnce(&mut DbConnection) -> Result<T>) -> Result<T> {
        let mut conn = self.lock()?;
        conn.transaction(f)
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::Store;

    /// A fresh SQLite store in its own temp dir (kept alive by the returned guard).
    pub(crate) fn sqlite_store() -> (Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(None, &dir.path().join("jirahub.db")).expect("opens sqlite store");
        (store, dir)
    }
}
