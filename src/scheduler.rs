//! Posts each server's digest on its schedule, exactly once per (server, period), as a loop of
//! small restartable steps: find what is due, and for each server, compose the digest in its
//! language, record the intent, post it (paced under Discord's global limit, with a nonce
//! Discord enforces), record the outcome. A crash between two steps leaves a state the next
//! start finishes ([`Scheduler::reconcile`]); a shutdown stops taking new work and lets the
//! posts in flight end. Discord is behind [`Poster`], time behind [`Clock`]: this module knows
//! neither serenity nor the wall clock.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinSet;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::message::Message;
use crate::storage::{self, Claim, Delivery, DeliveryState, Finish, Pause, Storage, Subscription};
use crate::telemetry::names;
use crate::Engine;

/// How many posts may wait for Discord's answer at once.
const CONCURRENT_POSTS: usize = 64;
/// Tries of one post, through 429s, 5xx and lost connections, before it waits for later.
const ATTEMPTS: u32 = 5;
/// The first backoff after a 5xx or a lost connection; it doubles at each try.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
/// When a post that failed for now is tried again.
const RETRY_LATER: chrono::Duration = chrono::Duration::minutes(5);
/// The longest the loop sleeps before it looks at the store again.
const LOOK_AGAIN: chrono::Duration = chrono::Duration::minutes(1);
/// How long shutdown waits for posts in flight.
const DRAIN: Duration = Duration::from_secs(10);
/// Discord's epoch, for message ids made from times.
const DISCORD_EPOCH_MS: i64 = 1_420_070_400_000;

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
    /// Posts a message in a channel, with a nonce Discord enforces: a second post with the same
    /// nonce within Discord's window returns the first message. Returns the message id.
    async fn post(&self, channel: u64, message: &Message, nonce: &str) -> Result<u64, PostError>;
    /// The ids of the messages the bot posted itself (not answers to interactions) in a
    /// channel after a message id.
    async fn own_posts_after(&self, channel: u64, after: u64) -> Result<Vec<u64>, PostError>;
}

/// Paces requests under a rate: each takes the next slot, evenly spaced, and a global 429
/// holds every slot until its `retry_after` has passed.
pub struct Pacer {
    interval: Duration,
    next: Mutex<Instant>,
}

impl Pacer {
    /// At most `per_second` requests a second, spaced a little wider so that the jitter of the
    /// network never puts more than that in one second.
    pub fn new(per_second: u32) -> Pacer {
        let interval = Duration::from_secs_f64(1.02 / f64::from(per_second.max(1)));
        Pacer { interval, next: Mutex::new(Instant::now()) }
    }

    /// Waits for this request's slot.
    pub async fn acquire(&self) {
        let slot = {
            let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
            let slot = (*next).max(Instant::now());
            *next = slot + self.interval;
            slot
        };
        tokio::time::sleep_until(slot).await;
    }

    /// Discord said to wait: no slot before then.
    pub fn hold(&self, wait: Duration) {
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        *next = (*next).max(Instant::now() + wait);
    }
}

/// Servers' Discord locales as the gateway reports them, for the digests' language.
#[derive(Default)]
pub struct GuildLocales(RwLock<HashMap<u64, String>>);

impl GuildLocales {
    pub fn set(&self, guild: u64, locale: &str) {
        self.0.write().unwrap_or_else(|e| e.into_inner()).insert(guild, locale.to_owned());
    }

    pub fn get(&self, guild: u64) -> Option<String> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).get(&guild).cloned()
    }
}

/// What one run of one server's digest came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    Posted(u64),
    /// Posted before (a restart found it): not again.
    AlreadyPosted,
    NothingNew,
    Paused(Pause),
    /// Not posted now; tried again later.
    Failed(u16),
    /// Shutdown came first; it goes out at the next start.
    Cancelled,
    /// The store could not be read or written; the run is tried again.
    StorageFailed,
}

impl Delivered {
    /// The outcome's name, for metrics.
    pub fn label(&self) -> &'static str {
        match self {
            Delivered::Posted(_) => "posted",
            Delivered::AlreadyPosted => "already_posted",
            Delivered::NothingNew => "nothing_new",
            Delivered::Paused(_) => "paused",
            Delivered::Failed(_) => "failed",
            Delivered::Cancelled => "cancelled",
            Delivered::StorageFailed => "storage_failed",
        }
    }
}

/// The nonce of a (server, period): the server id in base 36 and the date, 22 characters at
/// most (Discord takes 25). The same at every try, in every process.
pub fn nonce(guild: u64, period: NaiveDate) -> String {
    let mut digits = Vec::new();
    let mut n = guild;
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

pub struct Scheduler {
    engine: Arc<Engine>,
    storage: Arc<dyn Storage>,
    poster: Arc<dyn Poster>,
    clock: Arc<dyn Clock>,
    pacer: Pacer,
    locales: Arc<GuildLocales>,
    wake: Arc<Notify>,
    posts: Arc<Semaphore>,
}

impl Scheduler {
    pub fn new(
        engine: Arc<Engine>,
        storage: Arc<dyn Storage>,
        poster: Arc<dyn Poster>,
        clock: Arc<dyn Clock>,
        per_second: u32,
        locales: Arc<GuildLocales>,
        wake: Arc<Notify>,
    ) -> Scheduler {
        let posts = Arc::new(Semaphore::new(CONCURRENT_POSTS));
        Scheduler { engine, storage, poster, clock, pacer: Pacer::new(per_second), locales, wake, posts }
    }

    /// Settles what a previous life left pending, then posts digests as they fall due until
    /// `shutdown`; then lets the posts in flight end.
    pub async fn run(self: Arc<Self>, shutdown: CancellationToken) {
        self.reconcile().await;
        let mut running: JoinSet<()> = JoinSet::new();
        // The servers being served, by task: a task that fails still frees its server.
        let mut busy: HashMap<tokio::task::Id, u64> = HashMap::new();
        let mut look = true;
        let mut next = self.clock.now();
        while !shutdown.is_cancelled() {
            let now = self.clock.now();
            if look {
                match self.storage.due(now).await {
                    Ok(due) => {
                        let serving: HashSet<u64> = busy.values().copied().collect();
                        for subscription in due.into_iter().filter(|s| !serving.contains(&s.guild_id)) {
                            let guild = subscription.guild_id;
                            let scheduler = Arc::clone(&self);
                            let stop = shutdown.clone();
                            let task = running.spawn(async move {
                                scheduler.deliver(subscription, stop).await;
                            });
                            busy.insert(task.id(), guild);
                        }
                    }
                    Err(error) => tracing::error!(%error, "cannot read the due digests"),
                }
            }
            if look {
                // A finished run moves its own schedule to a later period only: the next wake
                // needs looking up again after a fetch, not after each run.
                next = match self.storage.next_due_after(now).await {
                    Ok(due) => due.map_or(now + LOOK_AGAIN, |due| due.min(now + LOOK_AGAIN)),
                    Err(_) => now + chrono::Duration::seconds(1),
                };
            }
            look = true;
            tokio::select! {
                () = self.clock.sleep_until(next) => {}
                () = self.wake.notified() => {}
                () = shutdown.cancelled() => {}
                Some(done) = running.join_next_with_id(), if !running.is_empty() => {
                    // A server finished: nothing new fell due for that.
                    for done in std::iter::once(done).chain(std::iter::from_fn(|| running.try_join_next_with_id())) {
                        let id = match done {
                            Ok((id, ())) => id,
                            Err(error) => {
                                tracing::error!(%error, "a digest run failed");
                                error.id()
                            }
                        };
                        busy.remove(&id);
                    }
                    look = false;
                }
            }
        }
        let drained =
            tokio::time::timeout(DRAIN, async { while running.join_next().await.is_some() {} }).await;
        if drained.is_err() {
            tracing::warn!(
                left = running.len(),
                "digests still in flight at shutdown; the next start settles them"
            );
        }
    }

    /// A server's digest for the run due now, in one traced step.
    pub async fn deliver(&self, subscription: Subscription, shutdown: CancellationToken) -> Delivered {
        let now = self.clock.now();
        let run = subscription.schedule.last_at_or_before(now);
        let span = tracing::info_span!(
            "digest",
            guild = subscription.guild_id,
            period = %run.period,
            language = tracing::field::Empty,
            outcome = tracing::field::Empty,
        );
        async {
            let outcome = self.deliver_run(&subscription, run.period, shutdown).await;
            tracing::Span::current().record("outcome", tracing::field::debug(&outcome));
            metrics::counter!(names::DIGESTS, "outcome" => outcome.label()).increment(1);
            match &outcome {
                Delivered::Failed(_) | Delivered::StorageFailed => tracing::warn!("digest not posted"),
                _ => tracing::info!("digest run"),
            }
            outcome
        }
        .instrument(span)
        .await
    }

    async fn deliver_run(
        &self,
        subscription: &Subscription,
        period: NaiveDate,
        shutdown: CancellationToken,
    ) -> Delivered {
        // A few servers at a time: the others wait here, holding nothing but their row.
        let _permit = tokio::select! {
            permit = self.posts.acquire() => match permit {
                Ok(permit) => permit,
                Err(_) => return Delivered::Cancelled,
            },
            () = shutdown.cancelled() => return Delivered::Cancelled,
        };
        let guild = subscription.guild_id;
        let now = self.clock.now();
        let next_run = subscription.schedule.next_after(now).at;
        let locale = self.locales.get(guild).or_else(|| subscription.guild_locale.clone());
        let catalog = self.engine.catalog();
        let lang = storage::server_language(self.storage.as_ref(), catalog, guild, locale.as_deref()).await;
        tracing::Span::current().record("language", tracing::field::display(catalog.tag(lang)));
        let Some(pages) = self.engine.digest(subscription.watermark, lang) else {
            return match self.storage.skip(guild, period, now, next_run).await {
                Ok(()) => Delivered::NothingNew,
                Err(error) => {
                    tracing::error!(%error, "cannot record an empty run");
                    Delivered::StorageFailed
                }
            };
        };
        // The slot first: a shutdown while waiting for it leaves nothing recorded.
        tokio::select! {
            () = self.pacer.acquire() => {}
            () = shutdown.cancelled() => return Delivered::Cancelled,
        }
        let intent = Delivery {
            guild_id: guild,
            period,
            channel_id: subscription.channel_id,
            nonce: nonce(guild, period),
            state: DeliveryState::Pending,
            message_id: None,
            watermark: self.engine.store().updated(),
            recorded_at: Utc::now(),
            attempts: 1,
        };
        let nonce = match self.storage.claim(&intent).await {
            Ok(Claim::New) => intent.nonce,
            Ok(Claim::Existing(earlier)) if earlier.state == DeliveryState::Sent => {
                let finish = Finish::Sent { message_id: earlier.message_id.unwrap_or_default(), next_run };
                return self.finish(guild, period, &finish, Delivered::AlreadyPosted).await;
            }
            // Tried before and not known to be posted: the same nonce, so Discord keeps one.
            Ok(Claim::Existing(earlier)) => earlier.nonce,
            Err(error) => {
                tracing::error!(%error, "cannot record the intent to post");
                return Delivered::StorageFailed;
            }
        };
        let first = pages.into_iter().next().expect("a digest has a page");
        match self.post(subscription.channel_id, &first, &nonce, true).await {
            Ok(message_id) => {
                self.finish(
                    guild,
                    period,
                    &Finish::Sent { message_id, next_run },
                    Delivered::Posted(message_id),
                )
                .await
            }
            Err(PostError::Forbidden { code }) => {
                tracing::warn!(
                    code,
                    channel = subscription.channel_id,
                    "posting is forbidden: the digest is paused"
                );
                self.finish(
                    guild,
                    period,
                    &Finish::Paused(Pause::Forbidden),
                    Delivered::Paused(Pause::Forbidden),
                )
                .await
            }
            Err(PostError::Gone) => {
                self.finish(guild, period, &Finish::Paused(Pause::Gone), Delivered::Paused(Pause::Gone)).await
            }
            Err(error) => {
                let status = error.status();
                // Worth another try soon (429, 5xx, no answer), or at the next period.
                let retry_at =
                    if status == 0 || status == 429 || status >= 500 { now + RETRY_LATER } else { next_run };
                tracing::warn!(%error, %retry_at, "the digest could not be posted");
                self.finish(guild, period, &Finish::Failed { status, retry_at }, Delivered::Failed(status))
                    .await
            }
        }
    }

    async fn finish(&self, guild: u64, period: NaiveDate, finish: &Finish, outcome: Delivered) -> Delivered {
        match self.storage.finish(guild, period, finish, self.clock.now()).await {
            Ok(()) => outcome,
            Err(error) => {
                // The delivery stays pending: the next start settles it.
                tracing::error!(%error, "cannot record how the digest went");
                Delivered::StorageFailed
            }
        }
    }

    /// One post, through 429s (their `retry_after` honoured, a global one holding every
    /// request) and through 5xx and lost connections with doubling backoff. `paced`: its first
    /// slot is already taken.
    async fn post(
        &self,
        channel: u64,
        message: &Message,
        nonce: &str,
        paced: bool,
    ) -> Result<u64, PostError> {
        let mut backoff = FIRST_BACKOFF;
        for attempt in 1..=ATTEMPTS {
            if attempt > 1 || !paced {
                self.pacer.acquire().await;
            }
            metrics::counter!(names::DISCORD_REQUESTS, "kind" => "digest_post").increment(1);
            match self.poster.post(channel, message, nonce).await {
                Ok(id) => return Ok(id),
                Err(PostError::RateLimited { retry_after, global }) if attempt < ATTEMPTS => {
                    tracing::info!(?retry_after, global, "rate limited: waiting as Discord asks");
                    metrics::counter!(names::RATE_LIMITED, "global" => global.to_string()).increment(1);
                    if global {
                        self.pacer.hold(retry_after);
                    } else {
                        tokio::time::sleep(retry_after).await;
                    }
                }
                Err(error @ (PostError::Status { status: 500.. } | PostError::Transport(_)))
                    if attempt < ATTEMPTS =>
                {
                    tracing::info!(%error, ?backoff, "trying again");
                    tokio::time::sleep(backoff).await;
                    backoff *= 2;
                }
                Err(error) => return Err(error),
            }
        }
        unreachable!("the last attempt returns")
    }

    /// After a crash: a delivery recorded but never confirmed may or may not be in its channel.
    /// If the bot's own post is there, it is recorded as sent; otherwise it is marked failed, and
    /// the loop posts it again with the same nonce.
    pub async fn reconcile(&self) {
        let pending = match self.storage.pending_deliveries().await {
            Ok(pending) => pending,
            Err(error) => {
                tracing::error!(%error, "cannot read the deliveries left pending");
                return;
            }
        };
        for delivery in pending {
            let (guild, period) = (delivery.guild_id, delivery.period);
            // A little before the intent, for clocks that disagree.
            let after = snowflake_at(delivery.recorded_at - chrono::Duration::seconds(5));
            self.pacer.acquire().await;
            let found = match self.poster.own_posts_after(delivery.channel_id, after).await {
                Ok(posts) => posts.into_iter().min(),
                Err(error) => {
                    tracing::info!(%error, guild, "cannot read the channel's history; the nonce will tell");
                    None
                }
            };
            let outcome = match found {
                Some(message_id) => {
                    let next_run = match self.storage.subscription(guild).await {
                        Ok(Some(subscription)) => subscription.schedule.next_after(self.clock.now()).at,
                        _ => self.clock.now(),
                    };
                    self.storage
                        .finish(guild, period, &Finish::Sent { message_id, next_run }, self.clock.now())
                        .await
                }
                None => self.storage.fail_pending(guild, period).await,
            };
            match outcome {
                Ok(()) => {
                    tracing::info!(guild, %period, posted = found.is_some(), "settled a delivery left pending")
                }
                Err(error) => tracing::error!(%error, guild, "cannot settle a delivery left pending"),
            }
        }
    }
}
