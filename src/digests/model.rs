//! What the digests feature is made of, with no store and no Discord in it: subscriptions and
//! their schedules, claims under leases, deliveries, and how each run ends.

use chrono::{DateTime, NaiveDate, Utc};

use crate::content::facts::Topics;
use crate::digests::schedule::Schedule;

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
    /// A personal digest's direct message was refused (Discord's 50007: the user closed their
    /// DMs to the bot, or blocked it). The user is told nothing more.
    Closed,
}

impl Pause {
    /// The kind of pause, as messages select on it: `forbidden`, `missing` or `gone`.
    pub fn as_str(self) -> &'static str {
        match self {
            Pause::Forbidden => "forbidden",
            Pause::Missing(_) => "missing",
            Pause::Gone => "gone",
            Pause::Closed => "closed",
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
            None => [Pause::Forbidden, Pause::Gone, Pause::Closed].into_iter().find(|p| p.as_str() == text),
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
    /// A user's personal digest, in their DM channel with the bot. Its subscription's
    /// `guild_id` holds the user's id (Discord's ids are unique across servers and users), so
    /// that a user's subscriptions are counted, listed and ended as a server's are.
    Direct,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Text => "text",
            Target::Announcement => "announcement",
            Target::Forum { .. } => "forum",
            Target::Direct => "dm",
        }
    }

    pub fn parse(kind: &str, tag: Option<u64>) -> Option<Target> {
        match kind {
            "text" => Some(Target::Text),
            "announcement" => Some(Target::Announcement),
            "forum" => Some(Target::Forum { tag }),
            "dm" => Some(Target::Direct),
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

/// A channel's digest subscription; a server may have several, one per channel. A user's
/// personal digest ([`Target::Direct`]) is one too, in their DM channel with the bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    /// The server's id; for a personal digest, the user's.
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
    /// The server's Discord locale when it subscribed; for a personal digest, the user's
    /// Discord locale as of their last interaction with the bot.
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

impl Subscription {
    /// A user's personal digest, in their DM channel with the bot, in their Discord language.
    pub fn personal(
        user_id: u64,
        dm_channel: u64,
        schedule: Schedule,
        locale: &str,
        next_run: DateTime<Utc>,
    ) -> Subscription {
        Subscription {
            target: Target::Direct,
            guild_locale: Some(locale.to_owned()),
            ..Subscription::new(user_id, dm_channel, schedule, next_run)
        }
    }

    /// Whether this is a user's personal digest, sent by DM.
    pub fn is_personal(&self) -> bool {
        self.target == Target::Direct
    }
}

/// How many personal digests a user may have: one, in their DM with the bot (subscribing again
/// replaces it).
pub const PERSONAL_PER_USER: u32 = 1;

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

/// How many runs a subscription's delivery log keeps.
pub const HISTORY_KEPT: i64 = 50;

/// What one run of one subscription's digest came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// It ended as this says, and that is recorded.
    Ended(Finish),
    /// An earlier try had posted it (a restart found the post): recorded as sent, not posted
    /// again.
    Found(Finish),
    /// Shutdown came first; it goes out at the next start.
    Cancelled,
    /// The claim ran out and another process took it over: its outcome is that one's to record.
    TakenOver,
    /// The store could not be read or written; the run is tried again.
    StorageFailed,
}

impl Delivered {
    /// The outcome's name, for metrics.
    pub fn label(&self) -> &'static str {
        match self {
            Delivered::Ended(Finish::Sent { .. }) => "posted",
            Delivered::Ended(Finish::NothingNew { .. }) => "nothing_new",
            Delivered::Ended(Finish::Paused(_)) => "paused",
            Delivered::Ended(Finish::Failed { .. }) => "failed",
            Delivered::Found(_) => "already_posted",
            Delivered::Cancelled => "cancelled",
            Delivered::TakenOver => "taken_over",
            Delivered::StorageFailed => "storage_failed",
        }
    }
}
