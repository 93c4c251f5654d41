//! Per-user request budgets (token buckets) → 429 with Jira Cloud's rate-limit headers.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::config::RateLimit;

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

#[derive(Debug, Default)]
pub(crate) struct Limiter {
    limit: Option<RateLimit>,
    buckets: HashMap<String, Bucket>,
    /// Requests being served per caller (for `max_in_flight`).
    in_flight: HashMap<String, u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    Off,
    Allowed { limit: u32, remaining: u32 },
    Limited { limit: u32, retry_after: Duration },
}

impl Limiter {
    pub(crate) fn new(limit: Option<RateLimit>) -> Self {
        Limiter {
            limit,
            buckets: HashMap::new(),
            in_flight: HashMap::new(),
        }
    }

    pub(crate) fn current(&self) -> Option<RateLimit> {
        self.limit
    }

    pub(crate) fn set(&mut self, limit: Option<RateLimit>) {
        self.limit = limit;
        self.buckets.clear();
    }

    /// Lets one more request of `who` in, or says how long to wait when `max_in_flight` of
    /// them are being served. Every `Ok` must be followed by [`Limiter::leave`].
    pub(crate) fn enter(&mut self, who: &str) -> Result<(), (u32, Duration)> {
        let n = self.in_flight.entry(who.to_string()).or_insert(0);
        if let Some(rl) = self.limit
            && let Some(max) = rl.max_in_flight
            && *n >= max
        {
            return Err((max, Duration::from_millis(rl.in_flight_retry_after_ms)));
        }
        *n += 1;
        Ok(())
    }

    pub(crate) fn leave(&mut self, who: &str) {
        if let Some(n) = self.in_flight.get_mut(who) {
            *n = n.saturating_sub(1);
        }
    }

    /// Takes one request from `who`'s budget.
    pub(crate) fn check(&mut self, who: &str, now: Instant) -> Decision {
        let Some(rl) = self.limit else {
            return Decision::Off;
        };
        let capacity = f64::from(rl.requests);
        let per_ms = capacity / rl.window_ms.max(1) as f64;
        let b = self.buckets.entry(who.to_string()).or_insert(Bucket {
            tokens: capacity,
            last: now,
        });
        let elapsed = now.saturating_duration_since(b.last).as_secs_f64() * 1000.0;
        b.tokens = (b.tokens + elapsed * per_ms).min(capacity);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Decision::Allowed {
                limit: rl.requests,
                remaining: b.tokens.floor() as u32,
            }
        } else {
            let wait_ms = ((1.0 - b.tokens) / per_ms).ceil();
            Decision::Limited {
                limit: rl.requests,
                retry_after: Duration::from_millis(wait_ms as u64),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_by_default() {
        let mut l = Limiter::new(None);
        assert_eq!(l.check("a", Instant::now()), Decision::Off);
    }

    #[test]
    fn budget_runs_out_then_refills() {
        let mut l = Limiter::new(Some(RateLimit::per_second(2)));
        let t0 = Instant::now();
        assert_eq!(
            l.check("a", t0),
            Decision::Allowed {
                limit: 2,
                remaining: 1
            }
        );
        assert_eq!(
            l.check("a", t0),
            Decision::Allowed {
                limit: 2,
                remaining: 0
            }
        );
        let Decision::Limited { retry_after, .. } = l.check("a", t0) else {
            panic!("expected a 429")
        };
        assert_eq!(retry_after, Duration::from_millis(500));
        assert!(matches!(
            l.check("a", t0 + Duration::from_millis(600)),
            Decision::Allowed { .. }
        ));
    }

    #[test]
    fn budgets_are_per_user() {
        let mut l = Limiter::new(Some(RateLimit::per_second(1)));
        let t0 = Instant::now();
        assert!(matches!(l.check("a", t0), Decision::Allowed { .. }));
        assert!(matches!(l.check("b", t0), Decision::Allowed { .. }));
        assert!(matches!(l.check("a", t0), Decision::Limited { .. }));
    }
}
