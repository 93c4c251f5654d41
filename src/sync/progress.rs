//! How a sync tells its caller how far it got, without knowing who listens: the command draws a
//! bar on a terminal, a library user or a test may count, and nobody has to listen at all.

use std::fmt;
use std::sync::Arc;

/// Receives a sync's progress. Called from the sync's tasks, hence `Send + Sync`.
pub trait SyncProgress: Send + Sync {
    /// `project` has `n` (more) tickets on their way (its listing counted them).
    fn listed(&self, _project: &str, _n: u64) {}
    /// `n` more tickets of `project` were fetched or merged.
    fn tickets(&self, _project: &str, _n: u64) {}
    /// What the sync is doing now ("waiting for another sync of this site to finish").
    fn status(&self, _message: &str) {}
    /// The sync ended (successfully or not).
    fn finished(&self) {}
}

/// Listens to nothing.
pub struct Silent;

impl SyncProgress for Silent {}

/// A cheap, cloneable handle on whoever listens.
#[derive(Clone)]
pub struct ProgressHandle(Arc<dyn SyncProgress>);

impl ProgressHandle {
    pub fn new(listener: impl SyncProgress + 'static) -> Self {
        ProgressHandle(Arc::new(listener))
    }
    pub fn silent() -> Self {
        ProgressHandle::new(Silent)
    }
    pub(crate) fn listed(&self, project: &str, n: u64) {
        self.0.listed(project, n);
    }
    pub(crate) fn tickets(&self, project: &str, n: u64) {
        self.0.tickets(project, n);
    }
    pub(crate) fn status(&self, message: &str) {
        self.0.status(message);
    }
    pub(crate) fn finished(&self) {
        self.0.finished();
    }
}

impl Default for ProgressHandle {
    fn default() -> Self {
        ProgressHandle::silent()
    }
}

impl fmt::Debug for ProgressHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProgressHandle")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    struct Counter(AtomicU64);
    impl SyncProgress for Arc<Counter> {
        fn tickets(&self, _project: &str, n: u64) {
            self.0.fetch_add(n, Ordering::Relaxed);
        }
    }

    #[test]
    fn a_listener_hears_every_ticket_through_any_clone() {
        let counter = Arc::new(Counter(AtomicU64::new(0)));
        let handle = ProgressHandle::new(Arc::clone(&counter));
        let clone = handle.clone();
        handle.tickets("A", 3);
        clone.tickets("B", 4);
        clone.status("ignored by this listener");
        clone.finished();
        assert_eq!(counter.0.load(Ordering::Relaxed), 7);
        ProgressHandle::silent().tickets("A", 1);
    }
}
