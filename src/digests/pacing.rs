//! Pacing of the bot's requests (the digests', and those a command makes beside its answer)
//! under Discord's global rate limit, which is per bot: one process paces itself
//! ([`LocalPacer`]); processes sharing a PostgreSQL store share one pacer through it
//! (`storage::PostgresStore::shared_pacer`). Both hand out evenly spaced slots, and a global 429
//! holds every slot until its `retry_after` has passed.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use tokio::time::Instant;

use crate::digests::ports::DigestStore;

/// Hands out request slots under a rate.
#[async_trait]
pub trait Pace: Send + Sync {
    /// Waits for this request's slot.
    async fn acquire(&self);
    /// Discord said to wait (a global 429): no slot before then, for anyone sharing this pacer.
    async fn hold(&self, wait: Duration);
}

/// How much wider than a second the slots of a second's requests are spread: the time between
/// a slot and its request reaching Discord varies (a busy machine, the round trip, the clocks of
/// the processes sharing the pacer), and two requests a limit's worth of slots apart must still
/// be a second apart when the first is delayed more than the second.
pub const MARGIN: f64 = 0.02;

/// The spacing of slots for `per_second` requests a second, [`MARGIN`] wider so that the jitter
/// of the machine and the network never puts more than that in one second.
pub fn interval(per_second: u32) -> Duration {
    Duration::from_secs_f64((1.0 + MARGIN) / f64::from(per_second.max(1)))
}

/// A request more than this late for its slot (a busy machine, a slow round trip) is not sent
/// in it, but takes a later one: late requests would otherwise bunch with the next ones and put
/// more than the limit in one second. Well under the [`MARGIN`] of a second (20 ms).
pub const LATE: Duration = Duration::from_millis(10);
/// How many slots a request lets pass before it goes late anyway.
pub const RETAKES: u32 = 5;

/// The pacer for `per_second` requests a second: the one every process sharing `store` obeys
/// together when the store can share it, this process's own otherwise.
pub fn for_store(store: &dyn DigestStore, per_second: u32) -> Arc<dyn Pace> {
    store.shared_pacer(per_second).unwrap_or_else(|| Arc::new(LocalPacer::new(per_second)))
}

/// One process's pacer.
pub struct LocalPacer {
    interval: Duration,
    next: Mutex<Instant>,
}

impl LocalPacer {
    pub fn new(per_second: u32) -> LocalPacer {
        LocalPacer { interval: interval(per_second), next: Mutex::new(Instant::now()) }
    }

    /// The next slot, taken.
    fn take(&self) -> Instant {
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        let slot = (*next).max(Instant::now());
        *next = slot + self.interval;
        slot
    }
}

#[async_trait]
impl Pace for LocalPacer {
    async fn acquire(&self) {
        for _ in 0..RETAKES {
            let slot = self.take();
            tokio::time::sleep_until(slot).await;
            let late = Instant::now().saturating_duration_since(slot);
            if late <= LATE {
                return;
            }
            tracing::debug!(
                late_ms = late.as_millis() as u64,
                "woke late for a request slot: taking another"
            );
        }
        tracing::debug!("late for every slot taken: sending late");
    }

    async fn hold(&self, wait: Duration) {
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        *next = (*next).max(Instant::now() + wait);
    }
}
