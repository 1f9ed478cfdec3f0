//! Where the bot keeps what it must not forget, behind one small trait: server settings,
//! digest subscriptions and the record of every digest delivery. SQLite (embedded, the default)
//! for one process; PostgreSQL when several processes share the work. Commands and the
//! scheduler see only the trait. Each due digest is claimed under a lease, so that one process
//! posts it, and another takes it over only once the lease ran out.

mod postgres;
mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use crate::content::facts::Topics;
use crate::digests::schedule::{weekday_from_number, Frequency, Schedule};

pub use postgres::PostgresStore;
pub use sqlite::SqliteStore;

/// A server's choice of reply language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageSetting {
    /// Follow the server's Discord locale.
    Auto,
    /// A language tag of `locales/`, such as `fr` or `en-US`.
    Fixed(String),
}

impl LanguageSetting {
    pub fn as_str(&self) -> &str {
        match self {
            LanguageSetting::Auto => "auto",
            LanguageSetting::Fixed(tag) => tag,
        }
    }

    pub fn parse(text: &str) -> LanguageSetting {
        match text {
            "auto" => LanguageSetting::Auto,
            tag => LanguageSetting::Fixed(tag.to_owned()),
        }
    }
}

/// Why the storage could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("cannot open the database {}: {source}", crate::config::redact_url(url))]
    Open { url: String, source: sqlx::Error },
    #[error("cannot apply the migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
    #[error(
        "the database file {} was deleted or replaced while the bot runs: writes are refused; \
         restore it from a backup, or restart the bot to start a new one",
        .0.display()
    )]
    FileGone(std::path::PathBuf),
    #[error("the database holds a value this version cannot read: {0}")]
    Corrupt(String),
}

/// Why a subscription's digest stopped posting until it subscribes again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// Discord answered 403: the bot may no longer post there (which permission it lost could
    /// not be told).
    Forbidden,
    /// Discord answered 403, and the bot lacks these permissions there.
    Missing(Missing),
    /// Discord answered 404: the channel is gone.
    Gone,
}

impl Pause {
    /// The kind of pause, as messages select on it: `forbidden`, `missing` or `gone`.
    pub fn as_str(self) -> &'static str {
        match self {
            Pause::Forbidden => "forbidden",
            Pause::Missing(_) => "missing",
            Pause::Gone => "gone",
        }
    }

    /// As the store keeps it: `forbidden`, `missing:<bits>` or `gone`.
    pub fn encode(self) -> String {
        match self {
            Pause::Missing(missing) => format!("missing:{}", missing.0),
            other => other.as_str().to_owned(),
        }
    }

    pub fn parse(text: &str) -> Option<Pause> {
        match text.split_once(':') {
            Some(("missing", bits)) => bits.parse().ok().map(|bits| Pause::Missing(Missing(bits))),
            Some(_) => None,
            None => [Pause::Forbidden, Pause::Gone].into_iter().find(|p| p.as_str() == text),
        }
    }
}

/// Permissions a digest needs in its channel that the bot lacks, as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Missing(pub u8);

impl Missing {
    pub const VIEW_CHANNEL: Missing = Missing(1);
    pub const SEND_MESSAGES: Missing = Missing(1 << 1);
    pub const EMBED_LINKS: Missing = Missing(1 << 2);
    pub const CREATE_THREADS: Missing = Missing(1 << 3);
    const NAMED: [(Missing, &'static str); 4] = [
        (Missing::VIEW_CHANNEL, "permission-view-channel"),
        (Missing::SEND_MESSAGES, "permission-send-messages"),
        (Missing::EMBED_LINKS, "permission-embed-links"),
        (Missing::CREATE_THREADS, "permission-create-threads"),
    ];

    pub fn with(self, other: Missing) -> Missing {
        Missing(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The message ids of the permissions, in the order Discord lists them.
    pub fn message_ids(self) -> impl Iterator<Item = &'static str> {
        Missing::NAMED.into_iter().filter(move |(p, _)| self.0 & p.0 != 0).map(|(_, id)| id)
    }
}

/// What went wrong after a digest was posted: the digest stays posted, and is never posted again
/// for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// Discord refused to publish it to the servers following the channel (with this status).
    PublishRefused(u16),
    /// Discord refused to open its thread (with this status).
    ThreadRefused(u16),
}

impl Note {
    pub fn encode(self) -> String {
        match self {
            Note::PublishRefused(status) => format!("publish-refused:{status}"),
            Note::ThreadRefused(status) => format!("thread-refused:{status}"),
        }
    }

    pub fn decode(text: &str) -> Option<Note> {
        let (kind, status) = text.split_once(':')?;
        let status = status.parse().ok()?;
        match kind {
            "publish-refused" => Some(Note::PublishRefused(status)),
            "thread-refused" => Some(Note::ThreadRefused(status)),
            _ => None,
        }
    }

    /// Notes as a row keeps them: `None` for none.
    pub fn encode_all(notes: &[Note]) -> Option<String> {
        (!notes.is_empty()).then(|| notes.iter().map(|n| n.encode()).collect::<Vec<_>>().join(","))
    }

    pub fn decode_all(text: Option<&str>) -> Vec<Note> {
        text.map(|t| t.split(',').filter_map(Note::decode).collect()).unwrap_or_default()
    }
}

/// What came of a digest run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Posted,
    /// Nothing was new since the previous digest: nothing was posted.
    NothingNew,
    /// Discord did not take the post (with this HTTP status, 0 for no answer); it is tried again.
    Failed(u16),
    Paused(Pause),
}

impl Outcome {
    pub fn encode(&self) -> String {
        match self {
            Outcome::Posted => "posted".to_owned(),
            Outcome::NothingNew => "nothing-new".to_owned(),
            Outcome::Failed(status) => format!("failed:{status}"),
            Outcome::Paused(pause) => format!("paused:{}", pause.encode()),
        }
    }

    pub fn decode(text: &str) -> Option<Outcome> {
        match text {
            "posted" => Some(Outcome::Posted),
            "nothing-new" => Some(Outcome::NothingNew),
            _ => match text.split_once(':')? {
                ("failed", status) => status.parse().ok().map(Outcome::Failed),
                ("paused", pause) => Pause::parse(pause).map(Outcome::Paused),
                _ => None,
            },
        }
    }
}

/// A run of a subscription, as its delivery log keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastRun {
    pub at: DateTime<Utc>,
    pub period: NaiveDate,
    pub outcome: Outcome,
    /// The message posted, for a run that posted.
    pub message_id: Option<u64>,
    pub notes: Vec<Note>,
}

/// What kind of channel a subscription posts in, as Discord said when it subscribed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Text,
    /// An announcement channel: its posts can be published to the servers following it.
    Announcement,
    /// A forum: each digest is a post of its own, with this tag when the forum requires one.
    Forum {
        tag: Option<u64>,
    },
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Text => "text",
            Target::Announcement => "announcement",
            Target::Forum { .. } => "forum",
        }
    }

    pub fn parse(kind: &str, tag: Option<u64>) -> Option<Target> {
        match kind {
            "text" => Some(Target::Text),
            "announcement" => Some(Target::Announcement),
            "forum" => Some(Target::Forum { tag }),
            _ => None,
        }
    }

    pub fn tag(self) -> Option<u64> {
        match self {
            Target::Forum { tag } => tag,
            _ => None,
        }
    }
}

/// A channel's digest subscription; a server may have several, one per channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub guild_id: u64,
    pub channel_id: u64,
    pub schedule: Schedule,
    /// The domains its digests cover.
    pub topics: Topics,
    /// The role its digests mention, if any.
    pub role_id: Option<u64>,
    pub target: Target,
    /// Publish each digest to the servers following the channel (announcement channels).
    pub publish: bool,
    /// Open a thread on each digest.
    pub thread: bool,
    /// The server's Discord locale when it subscribed.
    pub guild_locale: Option<String>,
    pub next_run: DateTime<Utc>,
    pub paused: Option<Pause>,
    /// The server was told of the pause (or could not be): it is told once.
    pub pause_noticed: bool,
    /// The newest `added` date the last digest covered; `None` before the first digest.
    pub watermark: Option<NaiveDate>,
    pub last: Option<LastRun>,
}

impl Subscription {
    /// A channel's new subscription with the defaults of `/digest subscribe`: every topic, no
    /// role, a text channel, no publishing, no thread, never run.
    pub fn new(guild_id: u64, channel_id: u64, schedule: Schedule, next_run: DateTime<Utc>) -> Subscription {
        Subscription {
            guild_id,
            channel_id,
            schedule,
            topics: Topics::ALL,
            role_id: None,
            target: Target::Text,
            publish: false,
            thread: false,
            guild_locale: None,
            next_run,
            paused: None,
            pause_noticed: false,
            watermark: None,
            last: None,
        }
    }
}

/// What subscribing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subscribed {
    New,
    /// The channel's schedule was replaced.
    Replaced,
    /// The server has as many subscriptions as it may: nothing was stored.
    Full,
}

/// The state of a recorded delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryState {
    /// Recorded before posting, not yet confirmed: after a crash, it may or may not be posted.
    Pending,
    Sent,
    /// Not posted; the next try posts it with the same nonce.
    Failed,
}

impl DeliveryState {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Sent => "sent",
            DeliveryState::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<DeliveryState> {
        [DeliveryState::Pending, DeliveryState::Sent, DeliveryState::Failed]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// A digest for one (channel, period), recorded before it is posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub guild_id: u64,
    pub period: NaiveDate,
    pub channel_id: u64,
    pub nonce: String,
    pub state: DeliveryState,
    pub message_id: Option<u64>,
    /// What the subscription's watermark becomes once this is sent.
    pub watermark: NaiveDate,
    /// Wall-clock time of the intent.
    pub recorded_at: DateTime<Utc>,
    pub attempts: u32,
}

/// What recording an intent found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Intent {
    /// The intent is recorded: this caller posts.
    New,
    /// This (channel, period) was recorded before, as it was then (its state before this try;
    /// it is pending again now, with one more attempt, unless it was sent).
    Existing(Delivery),
}

/// A lease on claims: who holds them, and until when (by the wall clock, whatever clock the
/// schedules run by).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    /// The process holding the claims, unique among the live ones.
    pub holder: String,
    /// The wall-clock time of the request: claims whose lease ended by then are free.
    pub now: DateTime<Utc>,
    pub until: DateTime<Utc>,
}

/// A held claim on a subscription's due digest: its outcome is recorded only under this holder
/// and attempt, so that a holder whose claim was taken over records nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub channel_id: u64,
    pub holder: String,
    /// One more at each claim of the subscription.
    pub attempt: i64,
}

/// A due subscription, claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub subscription: Subscription,
    pub claim: Claim,
}

/// How a delivery ended, with what it changes in the subscription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finish {
    Sent {
        message_id: u64,
        next_run: DateTime<Utc>,
        /// What went wrong after the post (a publish or a thread refused).
        notes: Vec<Note>,
    },
    /// Tried again at `retry_at`, for the same period.
    Failed {
        status: u16,
        retry_at: DateTime<Utc>,
    },
    Paused(Pause),
    /// Nothing was new since the previous digest: nothing was posted.
    NothingNew {
        next_run: DateTime<Utc>,
    },
}

impl Finish {
    /// The delivery's new state (none for a run that posted nothing), its message, and the
    /// run's outcome.
    pub fn effects(&self) -> (Option<DeliveryState>, Option<u64>, Outcome) {
        match self {
            Finish::Sent { message_id, .. } => {
                (Some(DeliveryState::Sent), Some(*message_id), Outcome::Posted)
            }
            Finish::Failed { status, .. } => (Some(DeliveryState::Failed), None, Outcome::Failed(*status)),
            Finish::Paused(pause) => (Some(DeliveryState::Failed), None, Outcome::Paused(*pause)),
            Finish::NothingNew { .. } => (None, None, Outcome::NothingNew),
        }
    }
}

/// Everything the bot keeps. The same contract on SQLite (one process) and PostgreSQL (several
/// processes): `tests/storage.rs` runs one suite against both.
#[async_trait]
pub trait Storage: Send + Sync {
    /// A server's language setting, `None` when it never chose one.
    async fn language(&self, guild_id: u64) -> Result<Option<LanguageSetting>, StorageError>;
    /// Records a server's language setting; on error nothing has changed.
    async fn set_language(
        &self,
        guild_id: u64,
        setting: &LanguageSetting,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError>;

    /// Subscribes a channel, replacing any schedule it had (but not what its digests covered)
    /// and lifting a pause, unless its server already has `limit` other subscriptions.
    async fn subscribe(
        &self,
        subscription: &Subscription,
        limit: u32,
        now: DateTime<Utc>,
    ) -> Result<Subscribed, StorageError>;
    /// Ends a channel's subscription in a server; returns it, if there was one.
    async fn unsubscribe(&self, guild_id: u64, channel_id: u64)
        -> Result<Option<Subscription>, StorageError>;
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
    fn shared_pacer(&self, _per_second: u32) -> Option<std::sync::Arc<dyn crate::digests::pacing::Pace>> {
        None
    }

    /// Closes the connections once in-flight work is done.
    /// Claims the registration of the commands whose fingerprint is given: `true` for the one
    /// caller that is to register them, `false` when they were registered (or are being
    /// registered) already.
    async fn claim_registration(&self, fingerprint: &str, now: DateTime<Utc>) -> Result<bool, StorageError>;

    /// Gives back a registration claim whose registration failed, for the next start to retry.
    async fn release_registration(&self, fingerprint: &str) -> Result<(), StorageError>;

    /// Records that the interaction `id` is being answered: `true` the first time any process
    /// sharing the store sees it, `false` for an id seen before (Discord never sends one twice:
    /// it is a replay). Ids recorded before `forget_before` are forgotten first: past the
    /// signature's window, the timestamp refuses a replay.
    async fn first_answer(
        &self,
        id: u64,
        now: DateTime<Utc>,
        forget_before: DateTime<Utc>,
    ) -> Result<bool, StorageError>;

    async fn close(&self);
}

/// How often a store that keeps refusing the digests' writes is said again in the logs.
pub const WRITES_REPORTED_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Whether the store takes the digests' writes, as the scheduler's workers last found it (each
/// claim of due digests is a write, tried every few seconds): `/readyz` reads it, and the
/// workers share its one log line, said at once and then at most once a minute while it lasts,
/// rather than each worker at each look.
#[derive(Default)]
pub struct WriteHealth {
    state: std::sync::Mutex<WriteState>,
}

#[derive(Default)]
struct WriteState {
    refusing: bool,
    /// When the refusal was last logged, and how many since.
    logged: Option<std::time::Instant>,
    unsaid: u64,
}

impl WriteHealth {
    fn state(&self) -> std::sync::MutexGuard<'_, WriteState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A write failed: logged with its cause now if it was not in the last minute.
    pub fn refused(&self, error: &StorageError) {
        let mut state = self.state();
        state.refusing = true;
        let due = state.logged.is_none_or(|at| at.elapsed() >= WRITES_REPORTED_EVERY);
        if !due {
            state.unsaid += 1;
            return;
        }
        let repeated = std::mem::take(&mut state.unsaid);
        state.logged = Some(std::time::Instant::now());
        drop(state);
        tracing::error!(
            %error,
            repeated,
            "cannot claim the due digests: the store refuses writes, or cannot be reached; \
             no digest goes out until it takes them (said at most once a minute)"
        );
    }

    /// A write went through: the store takes writes (again).
    pub fn accepted(&self) {
        let mut state = self.state();
        if std::mem::take(&mut state.refusing) {
            let repeated = std::mem::take(&mut state.unsaid);
            state.logged = None;
            drop(state);
            tracing::warn!(repeated, "the store takes writes again: digests are claimed again");
        }
    }

    /// Whether the last write failed.
    pub fn refusing(&self) -> bool {
        self.state().refusing
    }
}

/// A schedule as a row keeps it, read back; `None` for one this version cannot read.
pub(crate) fn schedule_of(
    frequency: &str,
    weekday: Option<i64>,
    day: Option<i64>,
    time: &str,
    zone: &str,
) -> Result<Schedule, String> {
    let frequency = Frequency::parse(frequency).ok_or_else(|| format!("frequency {frequency}"))?;
    let weekday = weekday.and_then(|n| weekday_from_number(n as u32));
    Schedule::new(frequency, time, Some(zone), weekday, day).map_err(|e| e.to_string())
}

/// The columns a subscription is read from, in both stores.
pub(crate) const SUBSCRIPTION_COLUMNS: &str =
    "guild_id, channel_id, frequency, weekday, day, local_time, zone, guild_locale, \
     next_run, paused, watermark, last_run, last_period, last_outcome, claim_holder, claim_attempt, \
     topics, role_id, target, forum_tag, publish, thread, pause_noticed, last_notes, last_message";

/// The columns a delivery is read from, in both stores.
pub(crate) const DELIVERY_COLUMNS: &str =
    "guild_id, period, channel_id, nonce, state, message_id, watermark, recorded_at, attempts";

pub(crate) fn corrupt(what: impl Into<String>) -> StorageError {
    StorageError::Corrupt(what.into())
}

/// A Discord id as a row keeps it (`BIGINT`, signed).
pub(crate) fn id(value: Option<i64>) -> Option<u64> {
    value.map(|v| v as u64)
}

/// A run's outcome as a row keeps it, read back.
pub(crate) fn outcome_of(text: &str) -> Result<Outcome, StorageError> {
    Outcome::decode(text).ok_or_else(|| corrupt(format!("outcome {text}")))
}

/// A subscription's topics as a row keeps them (`NULL` for every domain), read back.
pub(crate) fn topics_of(text: Option<String>) -> Result<Topics, StorageError> {
    match text {
        None => Ok(Topics::ALL),
        Some(text) => Topics::decode(&text).ok_or_else(|| corrupt(format!("topics {text}"))),
    }
}

/// A subscription's target as a row keeps it (its kind, and a forum's tag), read back.
pub(crate) fn target_of(kind: &str, tag: Option<i64>) -> Result<Target, StorageError> {
    Target::parse(kind, id(tag)).ok_or_else(|| corrupt(format!("target {kind}")))
}

/// How many runs a subscription's delivery log keeps.
pub const HISTORY_KEPT: i64 = 50;

/// A row of the due subscriptions this version cannot read holds up no other server's digest.
pub(crate) fn readable<T>(rows: Vec<Result<T, StorageError>>) -> Vec<T> {
    rows.into_iter()
        .filter_map(|row| {
            row.map_err(|error| tracing::error!(%error, "skipping an unreadable subscription")).ok()
        })
        .collect()
}

/// Opens the store a `DATABASE_URL` names (`sqlite:` or `postgres:`/`postgresql:` URLs),
/// applying its migrations.
pub async fn open(url: &str) -> Result<Arc<dyn Storage>, StorageError> {
    if url.starts_with("postgres:") || url.starts_with("postgresql:") {
        Ok(Arc::new(PostgresStore::open(url).await?))
    } else {
        Ok(Arc::new(SqliteStore::open(url).await?))
    }
}
