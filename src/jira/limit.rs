//! How many requests may be in flight at once. `JIRA_CONCURRENCY` is the ceiling; the limit
//! halves when Jira pushes back (a 429, `X-RateLimit-NearLimit`) and climbs back by one after
//! as many successes in a row as the limit allows — additive increase, multiplicative decrease,
//! the way TCP shares a link. One burst of 429s (every request in flight hit at once) counts as
//! one push-back: only a request that started after the last cut can cut again.
//!
//! Every push-back costs the whole run a `Retry-After` pause, so the level that was pushed
//! back is remembered: the limit climbs to just below it and stays, probing one higher only
//! after [`PROBE_AFTER`] successes in a row (a limit that was lifted is found again).

use std::sync::Mutex;

use tokio::sync::{Semaphore, SemaphorePermit};

#[derive(Debug)]
pub(crate) struct AdaptiveLimit {
    permits: Semaphore,
    state: Mutex<State>,
}

/// Successes in a row at the learned level before trying one more request in flight.
const PROBE_AFTER: usize = 100;

#[derive(Debug)]
struct State {
    limit: usize,
    ceiling: usize,
    /// Just below the last level Jira pushed back at (the ceiling until then).
    learned: usize,
    /// Permits to take out of circulation as requests in flight finish (a cut lowers the
    /// limit below what is already running).
    debt: usize,
    /// Successes since the last change.
    streak: usize,
    /// Bumped by every cut: a request that started before the latest cut cannot cut again.
    epoch: u64,
}

/// A change of the limit, for the caller to log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Change {
    pub from: usize,
    pub to: usize,
}

/// The right to have one request in flight; returned (or retired, after a cut) when dropped.
#[derive(Debug)]
pub(crate) struct Permit<'a> {
    permit: Option<SemaphorePermit<'a>>,
    limit: &'a AdaptiveLimit,
    epoch: u64,
}

impl AdaptiveLimit {
    pub fn new(ceiling: usize) -> AdaptiveLimit {
        let ceiling = ceiling.max(1);
        AdaptiveLimit {
            permits: Semaphore::new(ceiling),
            state: Mutex::new(State {
                limit: ceiling,
                ceiling,
                learned: ceiling,
                debt: 0,
                streak: 0,
                epoch: 0,
            }),
        }
    }

    pub async fn acquire(&self) -> Permit<'_> {
        let permit = self
            .permits
            .acquire()
            .await
            .expect("the semaphore is never closed");
        Permit {
            permit: Some(permit),
            limit: self,
            epoch: self.lock().epoch,
        }
    }

    /// The most requests ever allowed in flight.
    pub fn ceiling(&self) -> usize {
        self.lock().ceiling
    }

    /// Requests allowed in flight now.
    pub fn current(&self) -> usize {
        self.lock().limit
    }

    /// Jira pushed back on the request holding `permit`: halve the limit, unless a cut already
    /// happened since that request started.
    pub fn throttled(&self, permit: &Permit<'_>) -> Option<Change> {
        let mut st = self.lock();
        st.streak = 0;
        if permit.epoch != st.epoch || st.limit == 1 {
            return None;
        }
        let from = st.limit;
        let to = (from / 2).max(1);
        st.limit = to;
        st.learned = (from - 1).max(1);
        st.epoch += 1;
        let cut = from - to;
        let retired = self.permits.forget_permits(cut);
        st.debt += cut - retired;
        Some(Change { from, to })
    }

    /// A request went through: after `limit` of them in a row, allow one more (up to the
    /// ceiling).
    pub fn succeeded(&self) -> Option<Change> {
        let mut st = self.lock();
        st.streak += 1;
        if st.limit >= st.ceiling {
            return None;
        }
        let climb = if st.limit < st.learned {
            st.streak >= st.limit
        } else {
            st.streak >= PROBE_AFTER
        };
        if !climb {
            return None;
        }
        st.learned = st.learned.max(st.limit + 1);
        st.streak = 0;
        let from = st.limit;
        st.limit += 1;
        if st.debt > 0 {
            st.debt -= 1; // a permit still out keeps circulating instead of being retired
        } else {
            self.permits.add_permits(1);
        }
        Some(Change { from, to: st.limit })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let Some(permit) = self.permit.take() else {
            return;
        };
        let mut st = self.limit.lock();
        if st.debt > 0 {
            st.debt -= 1;
            permit.forget();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Permits that can be taken right now without waiting.
    fn available(limit: &AdaptiveLimit) -> usize {
        limit.permits.available_permits()
    }

    #[tokio::test]
    async fn a_burst_of_push_backs_halves_once_and_running_requests_finish_first() {
        let limit = AdaptiveLimit::new(8);
        let mut running = Vec::new();
        for _ in 0..8 {
            running.push(limit.acquire().await);
        }
        // Every request in flight is told to slow down at once: one cut, not three.
        let changes: Vec<_> = running.iter().map(|p| limit.throttled(p)).collect();
        assert_eq!(changes[0], Some(Change { from: 8, to: 4 }));
        assert!(changes[1..].iter().all(Option::is_none), "{changes:?}");
        assert_eq!(limit.current(), 4);
        // The 8 running requests finish; only 4 permits come back.
        running.clear();
        assert_eq!(available(&limit), 4);
        // A request that started after the cut may cut again.
        let later = limit.acquire().await;
        assert_eq!(limit.throttled(&later), Some(Change { from: 4, to: 2 }));
        drop(later);
        assert_eq!(available(&limit), 2);
    }

    #[tokio::test]
    async fn successes_climb_back_slowly_to_the_ceiling_and_no_further() {
        let limit = AdaptiveLimit::new(4);
        let p = limit.acquire().await;
        limit.throttled(&p);
        drop(p);
        assert_eq!(limit.current(), 2);
        // Two successes at 2 allow 3, just below the 4 pushed back at; a probe after
        // PROBE_AFTER more reaches the ceiling, and nothing goes beyond it.
        let changes: Vec<_> = (0..2 + PROBE_AFTER + 300)
            .filter_map(|_| limit.succeeded())
            .collect();
        assert_eq!(
            changes,
            [Change { from: 2, to: 3 }, Change { from: 3, to: 4 }]
        );
        assert_eq!(limit.current(), 4);
        assert_eq!(available(&limit), 4);
    }

    #[tokio::test]
    async fn the_level_pushed_back_at_is_remembered_and_probed_only_now_and_then() {
        let limit = AdaptiveLimit::new(8);
        let p = limit.acquire().await;
        limit.throttled(&p); // 8 → 4, and 8 was too many
        drop(p);
        let climbed: Vec<_> = (0..30).filter_map(|_| limit.succeeded()).collect();
        assert_eq!(
            climbed,
            [
                Change { from: 4, to: 5 },
                Change { from: 5, to: 6 },
                Change { from: 6, to: 7 }
            ],
            "up to just below the level pushed back at"
        );
        let p = limit.acquire().await;
        limit.throttled(&p); // 7 → 3, and 7 was too many
        drop(p);
        // 3 + 4 + 5 successes climb to 6, just below 7; then 99 change nothing.
        let climbed: Vec<_> = (0..12).filter_map(|_| limit.succeeded()).collect();
        assert_eq!(
            climbed,
            [
                Change { from: 3, to: 4 },
                Change { from: 4, to: 5 },
                Change { from: 5, to: 6 }
            ]
        );
        assert!((0..PROBE_AFTER - 1).all(|_| limit.succeeded().is_none()));
        assert_eq!(
            limit.succeeded(),
            Some(Change { from: 6, to: 7 }),
            "a probe"
        );
    }

    #[tokio::test]
    async fn the_limit_never_drops_below_one() {
        let limit = AdaptiveLimit::new(1);
        let p = limit.acquire().await;
        assert_eq!(limit.throttled(&p), None);
        drop(p);
        assert_eq!(available(&limit), 1);
    }

    #[tokio::test]
    async fn climbing_while_a_cut_is_still_owed_keeps_a_permit_in_circulation() {
        let limit = AdaptiveLimit::new(4);
        let running: Vec<_> = [
            limit.acquire().await,
            limit.acquire().await,
            limit.acquire().await,
            limit.acquire().await,
        ]
        .into();
        limit.throttled(&running[0]); // 4 → 2, two permits owed
        limit.succeeded();
        limit.succeeded(); // 2 → 3: one permit less owed
        drop(running);
        assert_eq!(limit.current(), 3);
        assert_eq!(available(&limit), 3);
    }
}
