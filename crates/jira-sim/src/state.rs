//! State shared by all requests of one simulator.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::clock::SimClock;
use crate::config::{Faults, RateLimit, SimConfig};
use crate::data::{Site, generate::generate};
use crate::faults::FaultState;
use crate::model::Stats;
use crate::ratelimit::Limiter;

/// Ordered issue indexes of one search, kept so later pages see a stable order.
#[derive(Debug)]
pub(crate) struct Snapshot {
    pub caller: Option<usize>,
    pub jql: String,
    pub order: Arc<[u32]>,
    /// Issues created after the snapshot have ids from here on.
    pub watermark: u64,
}

/// Who searched what, at which data generation.
type ResultKey = (Option<usize>, String, u64);

/// Search results and paging snapshots, bounded in size.
#[derive(Debug, Default)]
pub(crate) struct SearchCache {
    /// `(caller, jql, generation)` → ordered matches, most recent last.
    results: VecDeque<(ResultKey, Arc<[u32]>)>,
    snapshots: HashMap<u64, Arc<Snapshot>>,
    snapshot_order: VecDeque<u64>,
}

const RESULTS_KEPT: usize = 16;
const SNAPSHOTS_KEPT: usize = 256;

impl SearchCache {
    pub(crate) fn result(
        &self,
        caller: Option<usize>,
        jql: &str,
        generation: u64,
    ) -> Option<Arc<[u32]>> {
        self.results
            .iter()
            .rev()
            .find(|((c, j, g), _)| *c == caller && j == jql && *g == generation)
            .map(|(_, r)| r.clone())
    }

    pub(crate) fn put_result(
        &mut self,
        caller: Option<usize>,
        jql: &str,
        generation: u64,
        r: Arc<[u32]>,
    ) {
        if self.results.len() >= RESULTS_KEPT {
            self.results.pop_front();
        }
        self.results
            .push_back(((caller, jql.to_string(), generation), r));
    }

    pub(crate) fn snapshot(&self, id: u64) -> Option<Arc<Snapshot>> {
        self.snapshots.get(&id).cloned()
    }

    pub(crate) fn put_snapshot(&mut self, id: u64, s: Snapshot) {
        if self.snapshot_order.len() >= SNAPSHOTS_KEPT
            && let Some(old) = self.snapshot_order.pop_front()
        {
            self.snapshots.remove(&old);
        }
        self.snapshots.insert(id, Arc::new(s));
        self.snapshot_order.push_back(id);
    }

    pub(crate) fn clear(&mut self) {
        self.results.clear();
        self.snapshots.clear();
        self.snapshot_order.clear();
    }
}

pub(crate) struct AppState {
    pub config: SimConfig,
    pub clock: SimClock,
    pub addr: SocketAddr,
    site: RwLock<Site>,
    pub faults: Mutex<FaultState>,
    pub limiter: Mutex<Limiter>,
    pub stats: Mutex<Stats>,
    pub search: Mutex<SearchCache>,
    /// The worklog feed of the last (site generation, caller): the feed's pages then cost a
    /// binary search, not deriving every worklog of the site again.
    pub worklog_feed: Mutex<Option<WorklogFeed>>,
    pub next_snapshot: AtomicU64,
}

/// Every worklog a caller may see as (change time in ms, worklog id), oldest first.
pub(crate) struct WorklogFeed {
    pub generation: u64,
    pub caller: Option<usize>,
    pub items: std::sync::Arc<Vec<(i64, u64)>>,
}

/// Locks never stay poisoned: a panicking request must not take the simulator down.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl AppState {
    pub(crate) fn new(config: SimConfig, addr: SocketAddr) -> AppState {
        let clock = SimClock::new(config.now);
        let site = generate(&config, clock.anchor());
        AppState {
            faults: Mutex::new(FaultState::new(config.faults.clone(), config.seed)),
            limiter: Mutex::new(Limiter::new(config.rate_limit)),
            stats: Mutex::new(Stats::default()),
            search: Mutex::new(SearchCache::default()),
            worklog_feed: Mutex::new(None),
            next_snapshot: AtomicU64::new(1),
            site: RwLock::new(site),
            clock,
            addr,
            config,
        }
    }

    pub(crate) fn site(&self) -> RwLockReadGuard<'_, Site> {
        self.site
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn site_mut(&self) -> RwLockWriteGuard<'_, Site> {
        self.site
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn new_snapshot_id(&self) -> u64 {
        self.next_snapshot.fetch_add(1, Ordering::Relaxed)
    }

    pub(crate) fn set_faults(&self, f: Faults) {
        lock(&self.faults).set(f);
    }

    pub(crate) fn set_rate_limit(&self, rl: Option<RateLimit>) {
        lock(&self.limiter).set(rl);
    }

    /// Regenerates the seeded data and clears counters, caches, faults and rate limits
    /// back to the configuration the simulator started with.
    pub(crate) fn reset(&self) {
        let site = generate(&self.config, self.clock.anchor());
        *self.site_mut() = site;
        lock(&self.search).clear();
        *lock(&self.stats) = Stats::default();
        self.set_faults(self.config.faults.clone());
        self.set_rate_limit(self.config.rate_limit);
    }
}

pub(crate) type Shared = Arc<AppState>;
