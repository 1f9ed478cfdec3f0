//! A clock the tests move by hand: the scheduler sleeps on it, and wakes when it is moved.
//!
//! It also knows who sleeps on it and until when, so that a test can wait for the scheduler to
//! have seen a moved clock and gone back to sleep, instead of waiting a fixed time and hoping.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use alliance_digest::digests::scheduler::{Clock, WORKERS};
use chrono::{DateTime, Utc};
use tokio::sync::watch;

use super::discord::PATIENCE;

pub struct ManualClock {
    now: watch::Sender<DateTime<Utc>>,
    /// The sleeps in flight, each with its deadline.
    asleep: watch::Sender<BTreeMap<u64, DateTime<Utc>>>,
    next_sleep: AtomicU64,
}

/// An instant written as RFC 3339, such as `2026-11-24T07:00:00Z`.
pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("an RFC 3339 instant").with_timezone(&Utc)
}

impl ManualClock {
    pub fn starting_at(text: &str) -> Arc<ManualClock> {
        Arc::new(ManualClock {
            now: watch::Sender::new(at(text)),
            asleep: watch::Sender::new(BTreeMap::new()),
            next_sleep: AtomicU64::new(0),
        })
    }

    /// Moves the clock (forward, as time goes).
    pub fn set(&self, text: &str) {
        self.now.send_replace(at(text));
    }

    /// Waits until every worker of one bot's scheduler sleeps past the present instant: each
    /// has seen the clock as it is now, done what was due, and has nothing more to do until
    /// later. What a test checks after this is what the scheduler did, not how fast it was.
    pub async fn settled(&self) {
        self.settled_for(1).await;
    }

    /// [`ManualClock::settled`] for `bots` bots sharing this clock.
    pub async fn settled_for(&self, bots: usize) {
        let now = self.now();
        let mut asleep = self.asleep.subscribe();
        let all_asleep = asleep
            .wait_for(|sleeps| sleeps.values().filter(|&&deadline| deadline > now).count() >= WORKERS * bots);
        tokio::time::timeout(PATIENCE, all_asleep)
            .await
            .expect("the scheduler went back to sleep")
            .expect("the clock is alive");
    }
}

/// One sleep in flight; gone from the clock's record when the sleep ends or is dropped.
struct Asleep<'a> {
    clock: &'a ManualClock,
    id: u64,
}

impl Drop for Asleep<'_> {
    fn drop(&mut self) {
        self.clock.asleep.send_modify(|sleeps| {
            sleeps.remove(&self.id);
        });
    }
}

#[async_trait::async_trait]
impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.borrow()
    }

    async fn sleep_until(&self, deadline: DateTime<Utc>) {
        let id = self.next_sleep.fetch_add(1, Ordering::Relaxed);
        self.asleep.send_modify(|sleeps| {
            sleeps.insert(id, deadline);
        });
        let _asleep = Asleep { clock: self, id };
        let mut now = self.now.subscribe();
        while *now.borrow_and_update() < deadline {
            if now.changed().await.is_err() {
                return;
            }
        }
    }
}
