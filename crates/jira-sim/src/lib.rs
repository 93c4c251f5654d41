//! jira-sim: a seeded, scalable simulator of the Jira Cloud (and Data Center) REST API.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let sim = jira_sim::Sim::start(jira_sim::SimConfig::default()).await?;
//! let url = sim.url(); // http://127.0.0.1:PORT
//! let (email, token) = (sim.email().to_string(), sim.api_token().to_string());
//! # let _ = (url, email, token);
//! sim.shutdown().await;
//! # Ok(()) }
//! ```

mod api;
mod clock;
mod config;
mod control;
mod data;
mod faults;
mod jql;
mod model;
mod ratelimit;
mod render;
mod server;
mod state;

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::{AnonymousServerInfo, Faults, Flavor, RateLimit, ScriptedFault, SimConfig};
pub use model::{
    Credential, IssueUpdate, Mutation, MutationError, MutationOutcome, NewIssue, SimBoard,
    SimChange, SimField, SimFields, SimIssue, SimProject, SimSprint, SimUser, SimUserRef, Stats,
};

use data::snapshot;
use server::{ConnInfo, SimListener};
use state::{AppState, Shared, lock};

/// Starts simulators.
pub struct Sim;

impl Sim {
    /// Generates the seeded data and starts serving on `config.host:config.port`
    /// (port 0 picks a free one). The server runs on the current Tokio runtime.
    pub async fn start(config: SimConfig) -> io::Result<SimHandle> {
        config
            .faults
            .validate()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        let listener = TcpListener::bind((config.host, config.port)).await?;
        let addr = listener.local_addr()?;
        // 100k issues take a moment to generate: keep it off the async workers.
        let st = tokio::task::spawn_blocking(move || AppState::new(config, addr))
            .await
            .map_err(io::Error::other)?;
        let st: Shared = Arc::new(st);
        let admin = snapshot::credentials(&st.site())
            .into_iter()
            .find(|c| c.admin)
            .ok_or_else(|| io::Error::other("the seeded site has no admin"))?;
        let app = api::router(st.clone());
        let (tx, rx) = oneshot::channel::<()>();
        let serve = axum::serve(
            SimListener(listener),
            app.into_make_service_with_connect_info::<ConnInfo>(),
        )
        .with_graceful_shutdown(async move {
            // A dropped handle also stops the server.
            let _ = rx.await;
        });
        let join = tokio::spawn(async move {
            if let Err(e) = serve.await {
                tracing::warn!("jira-sim server stopped: {e}");
            }
        });
        Ok(SimHandle {
            st,
            addr,
            admin,
            stop: Some(tx),
            join: Some(join),
        })
    }
}

/// A running simulator. Dropping it stops the server.
pub struct SimHandle {
    st: Shared,
    addr: SocketAddr,
    admin: Credential,
    stop: Option<oneshot::Sender<()>>,
    join: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for SimHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimHandle")
            .field("url", &self.url())
            .finish_non_exhaustive()
    }
}

impl SimHandle {
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn flavor(&self) -> Flavor {
        self.st.config.flavor
    }

    pub fn config(&self) -> &SimConfig {
        &self.st.config
    }

    /// Cloud Basic user of the seeded admin.
    pub fn email(&self) -> &str {
        &self.admin.email
    }

    /// Cloud Basic password (API token) of the seeded admin.
    pub fn api_token(&self) -> &str {
        &self.admin.api_token
    }

    /// Data Center user name of the seeded admin.
    pub fn username(&self) -> &str {
        &self.admin.username
    }

    /// Data Center personal access token (Bearer) of the seeded admin.
    pub fn pat(&self) -> &str {
        &self.admin.pat
    }

    /// The admin's account id.
    pub fn account_id(&self) -> &str {
        &self.admin.account_id
    }

    /// Every login the simulator accepts, with the projects each may browse.
    pub fn credentials(&self) -> Vec<Credential> {
        snapshot::credentials(&self.st.site())
    }

    /// The simulator's current time (real time unless `SimConfig::now` pinned it).
    pub fn now(&self) -> DateTime<Utc> {
        self.st.clock.now()
    }

    pub fn set_faults(&self, faults: Faults) {
        self.st.set_faults(faults);
    }

    pub fn set_rate_limit(&self, rl: Option<RateLimit>) {
        self.st.set_rate_limit(rl);
    }

    /// Requests by endpoint (route template), by status, 429s and injected faults.
    pub fn stats(&self) -> Stats {
        lock(&self.st.stats).clone()
    }

    pub fn reset_stats(&self) {
        *lock(&self.st.stats) = Stats::default();
    }

    /// Regenerates the seeded data and restores the starting faults and rate limit.
    pub fn reset(&self) {
        self.st.reset();
    }

    /// A snapshot of every live issue, in id order.
    pub fn issues(&self) -> Vec<SimIssue> {
        snapshot::issues(&self.st.site())
    }

    /// One live issue by key (also a key it had before a move) or id.
    pub fn issue(&self, key_or_id: &str) -> Option<SimIssue> {
        let site = self.st.site();
        site.find_issue(key_or_id)
            .map(|i| snapshot::issue(&site, &site.issues[i]))
    }

    pub fn users(&self) -> Vec<SimUser> {
        snapshot::users(&self.st.site())
    }

    pub fn fields(&self) -> SimFields {
        snapshot::fields(&self.st.site())
    }

    pub fn projects(&self) -> Vec<SimProject> {
        snapshot::projects(&self.st.site())
    }

    pub fn boards(&self) -> Vec<SimBoard> {
        snapshot::boards(&self.st.site())
    }

    pub fn sprints(&self) -> Vec<SimSprint> {
        snapshot::sprints(&self.st.site())
    }

    /// Every workflow status with its category key (`new`, `indeterminate`, `done`), also the
    /// ones no issue is in now: histories pass through them.
    pub fn statuses(&self) -> Vec<(String, String)> {
        self.st
            .site()
            .statuses
            .iter()
            .map(|s| (s.name.to_string(), s.category.key().to_string()))
            .collect()
    }

    /// Changes the data: create, update, transition, reassign, delete or move an issue.
    pub fn mutate(&self, m: Mutation) -> Result<MutationOutcome, MutationError> {
        control::apply_mutations(&self.st, vec![m]).map(|mut v| v.remove(0))
    }

    /// Applies several mutations in order under one lock, stopping at the first error.
    pub fn mutate_all(&self, ms: Vec<Mutation>) -> Result<Vec<MutationOutcome>, MutationError> {
        control::apply_mutations(&self.st, ms)
    }

    /// Stops the server and waits (briefly) for open connections to finish.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(join) = self.join.take() {
            let abort = join.abort_handle();
            if tokio::time::timeout(Duration::from_secs(3), join)
                .await
                .is_err()
            {
                abort.abort();
            }
        }
    }
}
