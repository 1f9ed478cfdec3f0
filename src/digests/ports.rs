//! What the digests feature needs kept, declared here and implemented by both stores: the
//! scheduler and `/digest` see only this trait.

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use crate::digests::model::{
    Claim, Claimed, Delivery, Finish, Intent, LastRun, Lease, Subscribed, Subscription,
};
use crate::digests::pacing::Pace;
use crate::error::{StorageError, WriteError};
use crate::languages::LanguageStore;

/// Subscriptions, claims under leases, and deliveries. Each due digest is claimed under a lease,
/// so that one process posts it, and another takes it over only once the lease ran out. A
/// digest speaks its server's language: the servers' settings come with it.
#[async_trait]
pub trait DigestStore: LanguageStore + Send + Sync {
    /// Subscribes a channel, replacing any schedule it had (but not what its digests covered)
    /// and lifting a pause, unless its server already has `limit` other subscriptions.
    async fn subscribe(
        &self,
        subscription: &Subscription,
        limit: u32,
        now: DateTime<Utc>,
    ) -> Result<Subscribed, WriteError>;
    /// Ends a channel's subscription in a server; returns it, if there was one.
    async fn unsubscribe(&self, guild_id: u64, channel_id: u64) -> Result<Option<Subscription>, WriteError>;
    async fn subscription(
        &self,
        guild_id: u64,
        channel_id: u64,
    ) -> Result<Option<Subscription>, StorageError>;
    /// Every subscription of a server, oldest first.
    async fn subscriptions(&self, guild_id: u64) -> Result<Vec<Subscription>, StorageError>;
    /// The last `limit` runs of a channel's subscription in a server, newest first.
    async fn history(&self, guild_id: u64, channel_id: u64, limit: u32)
        -> Result<Vec<LastRun>, StorageError>;
    /// Keeps `locale`, the Discord language a user just used, for their personal digest (if
    /// they have one): it speaks their language as of their last interaction. Written only when
    /// it changed.
    async fn follow_locale(&self, user_id: u64, locale: &str) -> Result<(), StorageError>;
    /// Claims the one notice of a subscription's pause: `true` for the one caller that is to
    /// tell the server, `false` when it was told, or is not paused.
    async fn claim_pause_notice(&self, channel_id: u64) -> Result<bool, StorageError>;
    /// Claims, atomically, at most `limit` subscriptions due at `due` (by the schedules'
    /// clock), not paused, and not claimed under a lease still running at `lease.now`: the
    /// longest waiting first. Two callers never get the same subscription while its lease runs.
    async fn claim_due(
        &self,
        due: DateTime<Utc>,
        lease: &Lease,
        limit: u32,
    ) -> Result<Vec<Claimed>, StorageError>;
    /// Extends the lease of these claims to `lease.until`, each only where it is still held
    /// (same holder, same attempt); returns the (channel, attempt) of each claim it
    /// extended: a claim missing from them is lost, and its run must stop.
    async fn renew(&self, lease: &Lease, claims: &[Claim]) -> Result<Vec<(u64, i64)>, StorageError>;
    /// The fence before each Discord write of a claimed run (a post, a forum post, a thread, a
    /// publish): one conditional update that extends the claim's lease to `lease.until` only
    /// while `claim` (same holder, same attempt) still holds its subscription, and the
    /// subscription is not paused. `true`: the write may go; `false`, changing nothing: the
    /// claim was taken over (or the subscription paused or ended), and nothing may be sent.
    async fn fence(&self, claim: &Claim, lease: &Lease) -> Result<bool, StorageError>;
    /// When the first subscription after `now` is due.
    async fn next_due_after(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, StorageError>;

    /// Records the intent to post a channel's digest for a period, unless one was recorded.
    async fn record_intent(&self, delivery: &Delivery) -> Result<Intent, StorageError>;
    /// Ends a claimed run: the delivery's state (if it posted anything), the subscription's
    /// next run and last outcome, the run in its delivery log, the claim released, in one
    /// transaction, and only while
    /// `claim` is still held. Returns false, changing nothing, when it is not.
    async fn finish(
        &self,
        claim: &Claim,
        period: NaiveDate,
        finish: &Finish,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError>;

    /// Gives a claim back, if `claim` still holds it (at shutdown, before anything was
    /// recorded): the subscription is free to claim again at once.
    async fn release(&self, claim: &Claim) -> Result<bool, StorageError>;

    /// The request pacing every process sharing this store obeys together, when several may
    /// share it (`None`: this process paces itself alone).
    fn shared_pacer(&self, _per_second: u32) -> Option<Arc<dyn Pace>> {
        None
    }
}
