//! The time, for what keeps or expires data on its own (the embedded cache's TTLs): the system
//! clock, or a manual one that tests move forward instead of sleeping.
//!
//! Reports read their time from `Context::now` (`JIRAHUB_NOW`), sessions from
//! `Context::access_now`; Redis keeps its own clock, which tests move by lowering TTLs.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

#[derive(Debug, Clone, Default)]
pub struct Clock {
    manual: Option<Arc<Mutex<SystemTime>>>,
}

impl Clock {
    /// The machine's clock.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock that stands still at `start` until [`Clock::advance`] moves it; clones share it.
    pub fn manual(start: SystemTime) -> Clock {
        Clock {
            manual: Some(Arc::new(Mutex::new(start))),
        }
    }

    pub fn now(&self) -> SystemTime {
        match &self.manual {
            Some(at) => *at.lock().unwrap_or_else(|e| e.into_inner()),
            None => SystemTime::now(),
        }
    }

    /// Moves a manual clock forward.
    ///
    /// # Panics
    /// On the system clock, which only time moves.
    pub fn advance(&self, by: Duration) {
        let at = self
            .manual
            .as_ref()
            .expect("only a manual clock can be moved");
        let mut at = at.lock().unwrap_or_else(|e| e.into_inner());
        *at += by;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_clones_share_it() {
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let clock = Clock::manual(start);
        let other = clock.clone();
        assert_eq!(clock.now(), start);
        other.advance(Duration::from_millis(1500));
        assert_eq!(clock.now(), start + Duration::from_millis(1500));
    }

    #[test]
    fn the_system_clock_follows_the_machine() {
        let before = SystemTime::now();
        assert!(Clock::system().now() >= before);
    }
}
