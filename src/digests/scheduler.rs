//! Posts each subscription's digest on its schedule, exactly once per (channel, period), even with
//! several processes sharing one store, as one small restartable [`Scheduler::step`] the loop
//! repeats: claim what is due (atomically, under a lease this process renews while it works),
//! and for each claimed subscription, compose the digest of its topics in its server's language,
//! record the intent, post it (paced under Discord's global limit, shared by every process, with
//! a nonce Discord enforces, mentioning its role and no one else), publish it or open its thread
//! when asked, and record the outcome, only while the claim is still ours. Each Discord write is
//! fenced: sent only right after a conditional update that extends this holder's lease for this
//! attempt, so that a process held up past its lease (frozen, paused) whose claim was taken over
//! sends nothing when it resumes, and a renewal that finds a claim lost stops its run at once.
//! A subscription paused by a refusal tells its server once, in the server's system channel. A
//! process that dies leaves claims whose lease runs out; whoever takes one over and finds an
//! intent recorded but not confirmed looks for the post in the channel first, then posts with
//! the same nonce, well within Discord's nonce window. Discord is behind [`Poster`], time behind [`Clock`]: this
//! module knows neither serenity nor the wall clock of the schedules.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::content::engine::Current;
use crate::content::layout::Layout;
use crate::content::message::Message;
use crate::digests::health::WriteHealth;
use crate::digests::model::{
    Claim, Claimed, Delivered, Delivery, DeliveryState, Finish, Intent, Lease, Missing, Note, Pause,
    Subscription, Target,
};
use crate::digests::pacing::Pace;
use crate::digests::ports::DigestStore;
use crate::digests::texts;
use crate::error::StorageError;
use crate::languages::{digest_language, personal_language, server_layout, GuildLocales, LayoutSetting};
use crate::telemetry::names;

/// How many due digests a step of the loop claims. One: a claim is taken only when a worker
/// is free to post it at once, so that claims spread over the processes as they have room, a
/// dead process's claims are taken over as soon as their lease runs out, and nothing waits in
/// a process's memory for its turn.
const STEP: u32 = 1;
/// Steps running at once in a process: enough posts in flight to fill the rate limit through
/// each post's round trips, and a slow post (retried with backoff) holds up no other.
pub const WORKERS: usize = 8;
/// Tries of one post, through 429s, 5xx and lost connections, before it waits for later.
const ATTEMPTS: u32 = 5;
/// The first backoff after a 5xx or a lost connection; it doubles at each try.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
/// When a post that failed for now is tried again.
const RETRY_LATER: chrono::Duration = chrono::Duration::minutes(5);
/// The longest a route's 429 is waited out in a worker; longer, the request fails for now.
const MAX_ROUTE_WAIT: Duration = Duration::from_secs(60);
/// The longest the loop sleeps before it looks at the store again.
const LOOK_AGAIN: chrono::Duration = chrono::Duration::minutes(1);
/// How long shutdown waits for posts in flight.
const DRAIN: Duration = Duration::from_secs(10);
/// Discord's epoch, for message ids made from times.
const DISCORD_EPOCH_MS: i64 = 1_420_070_400_000;
/// The default lease of a claim: far shorter than Discord's nonce window (a few minutes), so
/// that a take-over re-posts within it.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(30);

/// The time schedules run by: the wall clock, or one the tests move.
#[async_trait]
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    /// Returns once this clock reads `deadline` or later.
    async fn sleep_until(&self, deadline: DateTime<Utc>);
}

/// The wall clock.
pub struct SystemClock;

#[async_trait]
impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    async fn sleep_until(&self, deadline: DateTime<Utc>) {
        let wait = (deadline - Utc::now()).to_std().unwrap_or_default();
        tokio::time::sleep(wait).await;
    }
}

/// Why Discord did not take a request.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PostError {
    #[error("forbidden (403, Discord code {code})")]
    Forbidden { code: u64 },
    #[error("the channel is gone (404)")]
    Gone,
    #[error("rate limited (429) for {retry_after:?}, global: {global}")]
    RateLimited { retry_after: Duration, global: bool },
    #[error("Discord answered {status}")]
    Status { status: u16 },
    #[error("no answer from Discord: {0}")]
    Transport(String),
}

impl PostError {
    /// The HTTP status, 0 when there was no answer.
    pub fn status(&self) -> u16 {
        match self {
            PostError::Forbidden { .. } => 403,
            PostError::Gone => 404,
            PostError::RateLimited { .. } => 429,
            PostError::Status { status } => *status,
            PostError::Transport(_) => 0,
        }
    }
}

/// Where digests go: Discord's channels.
#[async_trait]
pub trait Poster: Send + Sync {
    /// Posts a message in a channel (laid out with Components V2 when `layout` is given, else
    /// with its embeds), with a nonce Discord enforces: a second post with the same nonce
    /// within Discord's window returns the first message. It mentions `role`, if given, and
    /// nobody else, whatever the message says. Returns the message id.
    async fn post(
        &self,
        channel: u64,
        message: &Message,
        layout: Option<&Layout>,
        nonce: &str,
        role: Option<u64>,
    ) -> Result<u64, PostError>;
    /// Posts a message as a new post of a forum, named `name`, with a tag if the forum wants
    /// one; laid out and mentioning as [`Poster::post`]. Returns the post's (thread's) id,
    /// which is also its first message's.
    async fn post_in_forum(
        &self,
        forum: u64,
        name: &str,
        message: &Message,
        layout: Option<&Layout>,
        tag: Option<u64>,
        role: Option<u64>,
    ) -> Result<u64, PostError>;
    /// Publishes a message of an announcement channel to the servers following it.
    async fn publish(&self, channel: u64, message: u64) -> Result<(), PostError>;
    /// Opens a thread named `name` on a message.
    async fn open_thread(&self, channel: u64, message: u64, name: &str) -> Result<(), PostError>;
    /// The ids of the messages the bot posted itself (not answers to interactions) in a
    /// channel after a message id.
    async fn own_posts_after(&self, channel: u64, after: u64) -> Result<Vec<u64>, PostError>;
    /// The ids of the posts the bot opened itself in a server's forum after an id.
    async fn own_forum_posts_after(&self, guild: u64, forum: u64, after: u64) -> Result<Vec<u64>, PostError>;
    /// The permissions a digest needs in a channel that the bot lacks there (to open threads,
    /// too, when `threads`), as Discord tells them now.
    async fn missing_permissions(
        &self,
        guild: u64,
        channel: u64,
        threads: bool,
    ) -> Result<Missing, PostError>;
    /// A server's system channel, if it has one.
    async fn system_channel(&self, guild: u64) -> Result<Option<u64>, PostError>;
    /// Posts a plain message that mentions nobody (a notice to a server).
    async fn notify(&self, channel: u64, message: &Message) -> Result<u64, PostError>;
    /// Gets ready before the first post (a connection open, what it needs asked), so that the
    /// first post leaves as soon as its slot comes.
    async fn warm_up(&self) {}
}

/// The nonce of a (channel, period): the channel id in base 36 and the date, 22 characters at
/// most (Discord takes 25). The same at every try, in every process.
pub fn nonce(channel: u64, period: NaiveDate) -> String {
    let mut digits = Vec::new();
    let mut n = channel;
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).expect("a base-36 digit"));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    let id: String = digits.into_iter().rev().collect();
    format!("{id}.{}", period.format("%Y%m%d"))
}

/// The message id Discord would give a message created at an instant.
pub fn snowflake_at(at: DateTime<Utc>) -> u64 {
    ((at.timestamp_millis() - DISCORD_EPOCH_MS).max(0) as u64) << 22
}

/// A name for this process's claims, unique among live processes.
fn holder_name() -> String {
    let started = Utc::now().timestamp_nanos_opt().unwrap_or_default();
    let host = std::env::var("HOSTNAME").unwrap_or_default();
    format!("{host}:{}:{started:x}", std::process::id())
}

pub struct Scheduler {
    /// The facts and words being served; each run takes the current ones.
    engine: Arc<Current>,
    storage: Arc<dyn DigestStore>,
    poster: Arc<dyn Poster>,
    clock: Arc<dyn Clock>,
    pacer: Arc<dyn Pace>,
    locales: Arc<GuildLocales>,
    wake: Arc<Notify>,
    /// This process, as the holder of its claims.
    holder: String,
    lease: Duration,
    /// The claims this process holds, by (channel, attempt), for the lease renewal.
    held: Mutex<HashMap<(u64, i64), Held>>,
    /// Whether the store takes the workers' writes, and their one log line when it does not.
    writes: Arc<WriteHealth>,
}

/// A claim in hand while its run works.
struct Held {
    claim: Claim,
    /// Cancelled once the claim is known lost (a renewal or a fence that failed): its run stops
    /// and sends nothing more.
    lost: CancellationToken,
    /// Until when its lease was last extended (wall clock).
    until: DateTime<Utc>,
}

/// A claimed run, as its Discord writes are fenced.
#[derive(Clone, Copy)]
struct Run<'a> {
    claim: &'a Claim,
    lost: &'a CancellationToken,
}

/// A request's slot under the rate limit.
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// To be taken before the request (after its fence, for a digest's write).
    Take,
    /// Taken already, after the claim was fenced at this instant.
    Taken { fenced: tokio::time::Instant },
}

/// Why a run may not write to Discord any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lost {
    /// Another process holds the claim now (or the subscription was paused or ended).
    TakenOver,
    /// The store could not say whether the claim is still ours: nothing is sent.
    Storage,
}

impl Lost {
    fn outcome(self) -> Delivered {
        match self {
            Lost::TakenOver => Delivered::TakenOver,
            Lost::Storage => Delivered::StorageFailed,
        }
    }
}

/// Why a request was not sent, or not taken.
#[derive(Debug, thiserror::Error)]
enum Unsent {
    /// Discord did not take it.
    #[error("{0}")]
    Refused(PostError),
    /// The claim's fence failed: it was never sent.
    #[error("the claim is no longer this process's: not sent")]
    Fenced(Lost),
}

/// Returns when the run's claim is lost; never for a request outside a run.
async fn until_lost(run: Option<Run<'_>>) {
    match run {
        Some(run) => run.lost.cancelled().await,
        None => std::future::pending().await,
    }
}

impl Scheduler {
    /// A scheduler posting digests at the pace of `pacer` (see
    /// [`for_store`](crate::digests::pacing::for_store)); its claims are leased for `lease`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        engine: Arc<Current>,
        storage: Arc<dyn DigestStore>,
        poster: Arc<dyn Poster>,
        clock: Arc<dyn Clock>,
        pacer: Arc<dyn Pace>,
        lease: Duration,
        locales: Arc<GuildLocales>,
        wake: Arc<Notify>,
        writes: Arc<WriteHealth>,
    ) -> Scheduler {
        Scheduler {
            engine,
            storage,
            poster,
            clock,
            pacer,
            locales,
            wake,
            holder: holder_name(),
            lease,
            held: Mutex::default(),
            writes,
        }
    }

    /// This process's lease, as of now.
    fn lease(&self) -> Lease {
        let now = Utc::now();
        let until = now + chrono::Duration::from_std(self.lease).unwrap_or(chrono::Duration::seconds(30));
        Lease { holder: self.holder.clone(), now, until }
    }

    fn held(&self) -> std::sync::MutexGuard<'_, HashMap<(u64, i64), Held>> {
        self.held.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Posts digests as they fall due until `shutdown`, renewing the leases of the claims it
    /// holds; then lets the posts in flight end.
    pub async fn run(self: Arc<Self>, shutdown: CancellationToken) {
        let renewal = tokio::spawn(Arc::clone(&self).renew_leases(shutdown.clone()));
        let mut workers = tokio::task::JoinSet::new();
        for _ in 0..WORKERS {
            workers.spawn(Arc::clone(&self).work(shutdown.clone()));
        }
        // In a slot of its own (it is a request too), beside the workers: they claim what is
        // due meanwhile, and wait for their slots with it in hand.
        let warm_up = tokio::spawn({
            let scheduler = Arc::clone(&self);
            let shutdown = shutdown.clone();
            async move {
                tokio::select! {
                    () = async {
                        scheduler.pacer.acquire().await;
                        scheduler.poster.warm_up().await;
                    } => {}
                    () = shutdown.cancelled() => {}
                }
            }
        });
        shutdown.cancelled().await;
        let drained =
            tokio::time::timeout(DRAIN, async { while workers.join_next().await.is_some() {} }).await;
        if drained.is_err() {
            tracing::warn!("digests still in flight at shutdown; their leases run out and they go out later");
        }
        renewal.abort();
        warm_up.abort();
    }

    /// One worker: steps while there is something to claim, else sleeps until the next due
    /// time, a changed schedule, or a look at other processes' claims that may have run out.
    async fn work(self: Arc<Self>, shutdown: CancellationToken) {
        // Often enough that a dead process's claims are taken over soon after their lease ends.
        let poll = (self.lease / 3).min(Duration::from_secs(5));
        while !shutdown.is_cancelled() {
            match self.step(STEP, &shutdown).await {
                Ok(done) if !done.is_empty() => continue,
                Ok(_) => {}
                // Each worker meets it at each look: one line a minute for all of them.
                Err(error) => self.writes.refused(&error),
            }
            let now = self.clock.now();
            let next = match self.storage.next_due_after(now).await {
                Ok(due) => due.map_or(now + LOOK_AGAIN, |due| due.min(now + LOOK_AGAIN)),
                Err(_) => now + LOOK_AGAIN,
            };
            tokio::select! {
                () = self.clock.sleep_until(next) => {}
                () = self.wake.notified() => {}
                () = tokio::time::sleep(poll) => {}
                () = shutdown.cancelled() => {}
            }
        }
    }

    /// Extends the lease of every claim in hand, three times a lease. A claim it finds lost
    /// (taken over while this process was held up: frozen, paused by the host, cut off from the
    /// store) stops its run at once; so does one whose lease ran out while the store could not
    /// be reached.
    async fn renew_leases(self: Arc<Self>, shutdown: CancellationToken) {
        let every = self.lease / 3;
        loop {
            tokio::select! {
                () = tokio::time::sleep(every) => {}
                () = shutdown.cancelled() => return,
            }
            let claims: Vec<Claim> = self.held().values().map(|held| held.claim.clone()).collect();
            if claims.is_empty() {
                continue;
            }
            let lease = self.lease();
            match self.storage.renew(&lease, &claims).await {
                Ok(renewed) => {
                    let mut held = self.held();
                    for claim in &claims {
                        let key = (claim.channel_id, claim.attempt);
                        let Some(entry) = held.get_mut(&key) else { continue };
                        if renewed.contains(&key) {
                            entry.until = lease.until;
                        } else if !entry.lost.is_cancelled() {
                            tracing::warn!(
                                channel = claim.channel_id,
                                "a digest's claim was taken over: its run stops and sends nothing more"
                            );
                            entry.lost.cancel();
                        }
                    }
                    tracing::debug!(renewed = renewed.len(), "leases renewed");
                }
                Err(error) => {
                    tracing::warn!(%error, "cannot renew the leases of the digests in hand");
                    let now = Utc::now();
                    for entry in self.held().values().filter(|held| held.until <= now) {
                        entry.lost.cancel();
                    }
                }
            }
        }
    }

    /// A run's claim no longer renewed: its run is recording its end (which clears the claim in
    /// the store) or giving it back, so that a renewal does not take it for lost.
    fn let_go(&self, claim: &Claim) {
        self.held().remove(&(claim.channel_id, claim.attempt));
    }

    /// The fence before each Discord write of a run: the claim still ours (its lease extended
    /// from now), else nothing may be sent.
    async fn fence(&self, run: Run<'_>) -> Result<(), Lost> {
        if run.lost.is_cancelled() {
            return Err(Lost::TakenOver);
        }
        let lease = self.lease();
        match self.storage.fence(run.claim, &lease).await {
            Ok(true) => {
                if let Some(held) = self.held().get_mut(&(run.claim.channel_id, run.claim.attempt)) {
                    held.until = lease.until;
                }
                Ok(())
            }
            Ok(false) => {
                run.lost.cancel();
                tracing::warn!("the claim was taken over before this write: nothing more is sent for it");
                Err(Lost::TakenOver)
            }
            Err(error) => {
                tracing::error!(
                    %error,
                    "cannot check the claim before a write: nothing is sent; the digest goes out once its lease has run out"
                );
                Err(Lost::Storage)
            }
        }
    }

    /// One step: claims at most `limit` due digests, then posts them (together, paced) and
    /// records each outcome. Returns what came of each claimed one (nothing: nothing was
    /// claimable).
    pub async fn step(
        &self,
        limit: u32,
        shutdown: &CancellationToken,
    ) -> Result<Vec<Delivered>, StorageError> {
        let lease = self.lease();
        let claimed = self.storage.claim_due(self.clock.now(), &lease, limit).await?;
        self.writes.accepted();
        let runs = claimed.into_iter().map(|claimed| {
            let key = (claimed.claim.channel_id, claimed.claim.attempt);
            let lost = CancellationToken::new();
            let held = Held { claim: claimed.claim.clone(), lost: lost.clone(), until: lease.until };
            self.held().insert(key, held);
            async move {
                let outcome = self.deliver(claimed, shutdown.clone(), lost).await;
                self.held().remove(&key);
                outcome
            }
        });
        Ok(futures_util::future::join_all(runs).await)
    }

    /// A claimed subscription's digest for the run due now, in one traced step; `lost` stops it
    /// once its claim is known lost.
    pub async fn deliver(
        &self,
        claimed: Claimed,
        shutdown: CancellationToken,
        lost: CancellationToken,
    ) -> Delivered {
        let now = self.clock.now();
        let run = claimed.subscription.schedule.last_at_or_before(now);
        let span = tracing::info_span!(
            "digest",
            guild = claimed.subscription.guild_id,
            channel = claimed.claim.channel_id,
            period = %run.period,
            language = tracing::field::Empty,
            outcome = tracing::field::Empty,
        );
        async {
            let outcome = self.deliver_run(&claimed, run.period, shutdown, &lost).await;
            if let Delivered::Ended(Finish::Paused(pause)) = outcome {
                self.notice_pause(&claimed.subscription, pause).await;
            }
            tracing::Span::current().record("outcome", tracing::field::debug(&outcome));
            metrics::counter!(names::DIGESTS, "outcome" => outcome.label()).increment(1);
            match &outcome {
                Delivered::Ended(Finish::Failed { .. }) | Delivered::StorageFailed => {
                    tracing::warn!("digest not posted")
                }
                _ => tracing::info!("digest run"),
            }
            outcome
        }
        .instrument(span)
        .await
    }

    async fn deliver_run(
        &self,
        claimed: &Claimed,
        period: NaiveDate,
        shutdown: CancellationToken,
        lost: &CancellationToken,
    ) -> Delivered {
        let Claimed { subscription, claim } = claimed;
        let run = Run { claim, lost };
        let guild = subscription.guild_id;
        let channel = subscription.channel_id;
        let now = self.clock.now();
        let next_run = subscription.schedule.next_after(now).at;
        let engine = self.engine.get();
        let lang = self.server_language(&engine, subscription).await;
        // A digest posts its first page (a reply always has one).
        let Some(mut first) = engine
            .digest(subscription.watermark, subscription.topics, lang)
            .and_then(|p| p.into_iter().next())
        else {
            return self.finish(claim, period, Finish::NothingNew { next_run }, false).await;
        };
        if shutdown.is_cancelled() {
            return self.release(claim).await;
        }
        let intent = Delivery {
            guild_id: guild,
            period,
            channel_id: channel,
            nonce: nonce(channel, period),
            state: DeliveryState::Pending,
            message_id: None,
            watermark: engine.store().updated(),
            recorded_at: Utc::now(),
            attempts: 1,
        };
        let nonce = match self.storage.record_intent(&intent).await {
            Ok(Intent::New) => intent.nonce,
            Ok(Intent::Existing(earlier)) if earlier.state == DeliveryState::Sent => {
                let message_id = earlier.message_id.unwrap_or_default();
                let finish = Finish::Sent { message_id, next_run, notes: Vec::new() };
                return self.finish(claim, period, finish, true).await;
            }
            // Recorded and never confirmed: its holder died, or could not record how it went.
            Ok(Intent::Existing(earlier)) if earlier.state == DeliveryState::Pending => {
                if let Some(message_id) = self.find_own_post(subscription, &earlier).await {
                    let finish = Finish::Sent { message_id, next_run, notes: Vec::new() };
                    return self.finish(claim, period, finish, true).await;
                }
                // Not found: the same nonce, so that Discord keeps one if it was posted after all.
                earlier.nonce
            }
            // Tried before and not posted: the same nonce, so Discord keeps one.
            Ok(Intent::Existing(earlier)) => earlier.nonce,
            Err(error) => {
                tracing::error!(%error, "cannot record the intent to post");
                return Delivered::StorageFailed;
            }
        };
        if let Some(role) = subscription.role_id {
            // The mention first, so that the notification shows it; nothing else can mention.
            let mention = format!("<@&{role}>");
            first.content = Some(match first.content.take() {
                Some(content) => format!("{mention}\n{content}"),
                None => mention,
            });
        }
        // A thread or a forum post is named; a plain post is not.
        let named = subscription.thread || matches!(subscription.target, Target::Forum { .. });
        let name = if named { post_name(&engine, lang, &first, period) } else { String::new() };
        let layout = match self.layout_of(subscription).await {
            LayoutSetting::Components => Layout::of(&first),
            LayoutSetting::Embeds => None,
        };
        // Fenced, then the slot just before the post, so that nothing but a look at the clock
        // comes between the slot and the post (a trip to the store there would make the posts
        // of a busy machine bunch past the rate limit); a shutdown while waiting for the slot
        // leaves the intent for the next claim, which looks before posting.
        if let Err(lost) = self.fence(run).await {
            return lost.outcome();
        }
        let fenced = tokio::time::Instant::now();
        tokio::select! {
            () = self.pacer.acquire() => {}
            () = shutdown.cancelled() => return self.release(claim).await,
            () = lost.cancelled() => return Delivered::TakenOver,
        }
        let slot = Slot::Taken { fenced };
        let layout = layout.as_ref();
        let role = subscription.role_id;
        let posted = match subscription.target {
            Target::Forum { tag } => {
                self.send(
                    || self.poster.post_in_forum(channel, &name, &first, layout, tag, role),
                    slot,
                    Some(run),
                )
                .await
            }
            _ => self.send(|| self.poster.post(channel, &first, layout, &nonce, role), slot, Some(run)).await,
        };
        let posted = match posted {
            Ok(message_id) => Ok(message_id),
            Err(Unsent::Refused(error)) => Err(error),
            Err(Unsent::Fenced(lost)) => return lost.outcome(),
        };
        let finish = match posted {
            Ok(message_id) => {
                let notes = match self.after_post(subscription, message_id, &name, run).await {
                    Ok(notes) => notes,
                    // Posted, and no longer ours: its new holder finds the post and records it.
                    Err(lost) => return lost.outcome(),
                };
                Finish::Sent { message_id, next_run, notes }
            }
            Err(PostError::Forbidden { code }) if subscription.is_personal() => {
                // 50007: the user closed their DMs to the bot, or blocked it.
                tracing::info!(
                    code,
                    channel,
                    "the direct message was refused: the personal digest is paused"
                );
                Finish::Paused(Pause::Closed)
            }
            Err(PostError::Forbidden { code }) => {
                let pause = self.why_forbidden(subscription).await;
                tracing::warn!(code, channel, ?pause, "posting is forbidden: the digest is paused");
                Finish::Paused(pause)
            }
            Err(PostError::Gone) => Finish::Paused(Pause::Gone),
            Err(error) => {
                let status = error.status();
                // Worth another try soon (429, 5xx, no answer), or at the next period.
                let retry_at =
                    if status == 0 || status == 429 || status >= 500 { now + RETRY_LATER } else { next_run };
                tracing::warn!(%error, %retry_at, "the digest could not be posted");
                Finish::Failed { status, retry_at }
            }
        };
        self.finish(claim, period, finish, false).await
    }

    /// Which permissions the bot lost in a subscription's channel, when Discord can tell.
    async fn why_forbidden(&self, subscription: &Subscription) -> Pause {
        let threads = subscription.thread && !matches!(subscription.target, Target::Forum { .. });
        // Three reads: the channel, the server, the bot's member.
        for _ in 0..3 {
            self.pacer.acquire().await;
        }
        match self.poster.missing_permissions(subscription.guild_id, subscription.channel_id, threads).await {
            Ok(missing) if !missing.is_empty() => Pause::Missing(missing),
            Ok(_) => Pause::Forbidden,
            Err(error) => {
                tracing::info!(%error, "cannot tell which permission the bot lost");
                Pause::Forbidden
            }
        }
    }

    /// How a subscription's digest is laid out: its server's `/layout`, Components V2 by DM.
    async fn layout_of(&self, subscription: &Subscription) -> LayoutSetting {
        if subscription.is_personal() {
            return LayoutSetting::default();
        }
        server_layout(self.storage.as_ref(), subscription.guild_id).await
    }

    /// The language a subscription's server reads.
    async fn server_language(
        &self,
        engine: &crate::Engine,
        subscription: &Subscription,
    ) -> crate::content::i18n::Lang {
        let catalog = engine.catalog();
        let (guild, subscribed) = (subscription.guild_id, subscription.guild_locale.as_deref());
        let lang = if subscription.is_personal() {
            personal_language(catalog, subscribed)
        } else {
            digest_language(self.storage.as_ref(), catalog, &self.locales, guild, subscribed).await
        };
        tracing::Span::current().record("language", tracing::field::display(catalog.tag(lang)));
        lang
    }

    /// Publishes a posted digest and opens its thread, as the subscription asks. A refusal is
    /// noted, never a reason to post again: the digest is posted. Each write is fenced: a claim
    /// lost on the way stops it.
    async fn after_post(
        &self,
        subscription: &Subscription,
        message: u64,
        name: &str,
        run: Run<'_>,
    ) -> Result<Vec<Note>, Lost> {
        let channel = subscription.channel_id;
        let mut notes = Vec::new();
        if subscription.publish && subscription.target == Target::Announcement {
            // Discord allows about 10 publishes an hour in a channel; a channel gets at most one
            // digest a day, so only other publishers can meet the limit: its wait is honoured
            // once, when short.
            match self.send(|| self.poster.publish(channel, message), Slot::Take, Some(run)).await {
                Ok(()) => {}
                Err(Unsent::Refused(error)) => {
                    tracing::warn!(%error, channel, "the digest could not be published");
                    notes.push(Note::PublishRefused(error.status()));
                }
                Err(Unsent::Fenced(lost)) => return Err(lost),
            }
        }
        if subscription.thread && !matches!(subscription.target, Target::Forum { .. }) {
            match self.send(|| self.poster.open_thread(channel, message, name), Slot::Take, Some(run)).await {
                Ok(()) => {}
                Err(Unsent::Refused(error)) => {
                    tracing::warn!(%error, channel, "the digest's thread could not be opened");
                    notes.push(Note::ThreadRefused(error.status()));
                }
                Err(Unsent::Fenced(lost)) => return Err(lost),
            }
        }
        Ok(notes)
    }

    /// Tells a server once that a subscription paused: in its system channel, if the bot may
    /// post there; otherwise `/digest status` says it. A personal digest's user is not told.
    async fn notice_pause(&self, subscription: &Subscription, pause: Pause) {
        if subscription.is_personal() {
            // A user who closed their DMs is told nothing more; `/my-digest status` says it.
            return;
        }
        match self.storage.claim_pause_notice(subscription.channel_id).await {
            Ok(true) => {}
            Ok(false) => return,
            Err(error) => {
                tracing::warn!(%error, "cannot record the notice of a pause");
                return;
            }
        }
        self.pacer.acquire().await;
        let system = match self.poster.system_channel(subscription.guild_id).await {
            Ok(Some(system)) => system,
            Ok(None) => {
                tracing::info!("the server has no system channel: /digest status tells of the pause");
                return;
            }
            Err(error) => {
                tracing::info!(%error, "cannot find the server's system channel");
                return;
            }
        };
        let engine = self.engine.get();
        let lang = self.server_language(&engine, subscription).await;
        let notice = engine.notice(&texts::paused_notice(subscription, pause), lang);
        // A slot of its own: the one above went to the server's read.
        match self.send(|| self.poster.notify(system, &notice), Slot::Take, None).await {
            Ok(_) => tracing::info!(system, "the server was told of the pause"),
            Err(error) => {
                tracing::info!(%error, "cannot tell the server of the pause: /digest status tells it")
            }
        }
    }

    /// The bot's own post of a delivery recorded but never confirmed, if the channel shows it.
    async fn find_own_post(&self, subscription: &Subscription, delivery: &Delivery) -> Option<u64> {
        // A little before the intent, for clocks that disagree.
        let after = snowflake_at(delivery.recorded_at - chrono::Duration::seconds(5));
        // A slot of its own (its first read may ask Discord who the bot is, too).
        self.pacer.acquire().await;
        let found = match subscription.target {
            Target::Forum { .. } => {
                self.poster.own_forum_posts_after(subscription.guild_id, delivery.channel_id, after).await
            }
            _ => self.poster.own_posts_after(delivery.channel_id, after).await,
        };
        match found {
            Ok(posts) => posts.into_iter().min(),
            Err(error) => {
                tracing::info!(%error, "cannot read the channel's history; the nonce will tell");
                None
            }
        }
    }

    /// Records how a run ended (`found`: posted by an earlier try, and found), while the claim
    /// is still this process's.
    async fn finish(&self, claim: &Claim, period: NaiveDate, finish: Finish, found: bool) -> Delivered {
        self.let_go(claim);
        match self.storage.finish(claim, period, &finish, self.clock.now()).await {
            Ok(true) if found => Delivered::Found(finish),
            Ok(true) => Delivered::Ended(finish),
            Ok(false) => {
                tracing::warn!(?finish, "the claim was taken over: its new holder records the outcome");
                Delivered::TakenOver
            }
            Err(error) => {
                // The delivery stays pending: once the lease has run out, whoever claims it
                // again looks for the post before posting.
                tracing::error!(%error, "cannot record how the digest went");
                Delivered::StorageFailed
            }
        }
    }

    /// Gives a claim back at shutdown: it goes out at once from another process, or at the
    /// next start.
    async fn release(&self, claim: &Claim) -> Delivered {
        self.let_go(claim);
        if let Err(error) = self.storage.release(claim).await {
            tracing::warn!(%error, "cannot give back a claim; its lease runs out");
        }
        Delivered::Cancelled
    }

    /// One request, through 429s (their `retry_after` honoured, a global one holding every
    /// request of every process) and through 5xx and lost connections with doubling backoff.
    /// A digest's write (`run`) is fenced before each try, and stops as soon as its claim is
    /// lost: fenced, then its slot, then sent at once; fenced again only when the slot came so
    /// late that the fence may no longer hold (a quarter of the lease).
    async fn send<T, F, Fut>(&self, request: F, mut slot: Slot, run: Option<Run<'_>>) -> Result<T, Unsent>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T, PostError>>,
    {
        let mut backoff = FIRST_BACKOFF;
        for attempt in 1..=ATTEMPTS {
            let fenced = match slot {
                Slot::Taken { fenced } => Some(fenced),
                Slot::Take => {
                    let fenced = match run {
                        Some(run) => {
                            self.fence(run).await.map_err(Unsent::Fenced)?;
                            Some(tokio::time::Instant::now())
                        }
                        None => None,
                    };
                    tokio::select! {
                        () = self.pacer.acquire() => {}
                        () = until_lost(run) => return Err(Unsent::Fenced(Lost::TakenOver)),
                    }
                    fenced
                }
            };
            slot = Slot::Take;
            if let (Some(run), Some(fenced)) = (run, fenced) {
                if fenced.elapsed() > self.lease / 4 {
                    self.fence(run).await.map_err(Unsent::Fenced)?;
                }
            }
            metrics::counter!(names::DISCORD_REQUESTS, "kind" => "digest_post").increment(1);
            let wait = match request().await {
                Ok(id) => return Ok(id),
                Err(PostError::RateLimited { retry_after, global }) if attempt < ATTEMPTS => {
                    tracing::info!(?retry_after, global, "rate limited: waiting as Discord asks");
                    metrics::counter!(names::RATE_LIMITED, "global" => global.to_string()).increment(1);
                    if global {
                        self.pacer.hold(retry_after).await;
                        continue;
                    } else if retry_after > MAX_ROUTE_WAIT {
                        // Publishing's hourly limit: not worth holding a worker for.
                        return Err(Unsent::Refused(PostError::RateLimited { retry_after, global }));
                    }
                    retry_after
                }
                Err(error @ (PostError::Status { status: 500.. } | PostError::Transport(_)))
                    if attempt < ATTEMPTS =>
                {
                    tracing::info!(%error, ?backoff, "trying again");
                    let wait = backoff;
                    backoff *= 2;
                    wait
                }
                Err(error) => return Err(Unsent::Refused(error)),
            };
            tokio::select! {
                () = tokio::time::sleep(wait) => {}
                () = until_lost(run) => return Err(Unsent::Fenced(Lost::TakenOver)),
            }
        }
        unreachable!("the last attempt returns")
    }
}

/// The name of a digest's thread or forum post: its title and date, in the server's language,
/// within Discord's 100 characters.
fn post_name(
    engine: &crate::Engine,
    lang: crate::content::i18n::Lang,
    page: &Message,
    period: NaiveDate,
) -> String {
    let title = page.embeds.first().and_then(|e| e.title.clone()).unwrap_or_default();
    let name = engine.text(&texts::thread_name(title, period), lang);
    crate::content::message::truncate(&name, 100)
}
