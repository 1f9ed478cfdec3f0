//! A clock the tests move by hand: the scheduler sleeps on it, and wakes when it is moved.

use std::sync::Arc;

use alliance_digest::digests::scheduler::Clock;
use chrono::{DateTime, Utc};
use tokio::sync::watch;

pub struct ManualClock {
    now: watch::Sender<DateTime<Utc>>,
}

/// An instant written as RFC 3339, such as `2026-11-24T07:00:00Z`.
pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("an RFC 3339 instant").with_timezone(&Utc)
}

impl ManualClock {
    pub fn starting_at(text: &str) -> Arc<ManualClock> {
        Arc::new(ManualClock { now: watch::Sender::new(at(text)) })
    }

    /// Moves the clock (forward, as time goes).
    pub fn set(&self, text: &str) {
        self.now.send_replace(at(text));
    }
}

#[async_trait::async_trait]
impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.borrow()
    }

    async fn sleep_until(&self, deadline: DateTime<Utc>) {
        let mut now = self.now.subscribe();
        while *now.borrow_and_update() < deadline {
            if now.changed().await.is_err() {
                return;
            }
        }
    }
}
