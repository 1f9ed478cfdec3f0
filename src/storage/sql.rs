//! The statements both stores run word for word, written once with `$n` placeholders (which
//! SQLite takes too, and which may repeat). Only the binds differ: SQLite's instants are unix
//! milliseconds, PostgreSQL's `TIMESTAMPTZ`. What differs between the two (claims under
//! `FOR UPDATE SKIP LOCKED`, `json_each` against `UNNEST`, `rowid` against `ctid`) stays in
//! each store's own file.

/// The columns a subscription is read from, as a literal for `concat!`.
macro_rules! subscription_columns {
    () => {
        "guild_id, channel_id, frequency, weekday, day, local_time, zone, guild_locale, \
         next_run, paused, watermark, last_run, last_period, last_outcome, claim_holder, claim_attempt, \
         topics, role_id, target, forum_tag, publish, thread, pause_noticed, last_notes, last_message"
    };
}

/// The columns a subscription is read from, in both stores.
pub(crate) const SUBSCRIPTION_COLUMNS: &str = subscription_columns!();

/// The columns a delivery is read from, in both stores.
pub(crate) const DELIVERY_COLUMNS: &str =
    "guild_id, period, channel_id, nonce, state, message_id, watermark, recorded_at, attempts";

/// $1 guild.
pub(super) const SETTINGS: &str = "SELECT language, layout FROM guild_settings WHERE guild_id = $1";

/// A server's layout; a server new to the table follows its locale ('auto', as with no row).
/// $1 guild, $2 layout, $3 now.
pub(super) const SET_LAYOUT: &str = "INSERT INTO guild_settings (guild_id, language, layout, updated_at) \
     VALUES ($1, 'auto', $2, $3) \
     ON CONFLICT (guild_id) DO UPDATE SET layout = excluded.layout, updated_at = excluded.updated_at";

/// $1 guild, $2 setting, $3 now.
pub(super) const SET_LANGUAGE: &str = "INSERT INTO guild_settings (guild_id, language, updated_at) \
     VALUES ($1, $2, $3) \
     ON CONFLICT (guild_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at";

/// $1 channel, $2 guild.
pub(super) const SUBSCRIBED: &str =
    "SELECT channel_id FROM digest_subscriptions WHERE channel_id = $1 AND guild_id = $2";

/// $1 guild.
pub(super) const SUBSCRIPTIONS_COUNTED: &str =
    "SELECT COUNT(*) FROM digest_subscriptions WHERE guild_id = $1";

/// A channel subscribed, or its subscription replaced (its watermark and log kept, a pause
/// lifted), unless the channel is another server's. $1 channel, $2 guild, $3 frequency,
/// $4 weekday, $5 day, $6 local time, $7 zone, $8 guild locale, $9 next run, $10 watermark,
/// $11 topics, $12 role, $13 target, $14 forum tag, $15 publish, $16 thread, $17 now.
pub(super) const SUBSCRIBE: &str =
    "INSERT INTO digest_subscriptions (channel_id, guild_id, frequency, weekday, \
     day, local_time, zone, guild_locale, next_run, paused, watermark, topics, role_id, target, forum_tag, \
     publish, thread, created_at, updated_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, $11, $12, $13, $14, $15, $16, $17, $17) \
     ON CONFLICT (channel_id) DO UPDATE SET frequency = excluded.frequency, \
     weekday = excluded.weekday, day = excluded.day, local_time = excluded.local_time, zone = excluded.zone, \
     guild_locale = excluded.guild_locale, next_run = excluded.next_run, paused = NULL, \
     pause_noticed = NULL, topics = excluded.topics, role_id = excluded.role_id, target = excluded.target, \
     forum_tag = excluded.forum_tag, publish = excluded.publish, thread = excluded.thread, \
     updated_at = excluded.updated_at \
     WHERE digest_subscriptions.guild_id = excluded.guild_id";

/// $1 guild, $2 channel.
pub(super) const UNSUBSCRIBE: &str = concat!(
    "DELETE FROM digest_subscriptions WHERE guild_id = $1 AND channel_id = $2 RETURNING ",
    subscription_columns!()
);

/// $1 guild, $2 channel.
pub(super) const FORGET_RUNS: &str = "DELETE FROM digest_runs WHERE guild_id = $1 AND channel_id = $2";

/// $1 guild, $2 channel.
pub(super) const SUBSCRIPTION: &str = concat!(
    "SELECT ",
    subscription_columns!(),
    " FROM digest_subscriptions WHERE guild_id = $1 AND channel_id = $2"
);

/// $1 guild.
pub(super) const SUBSCRIPTIONS: &str = concat!(
    "SELECT ",
    subscription_columns!(),
    " FROM digest_subscriptions WHERE guild_id = $1 ORDER BY created_at, channel_id"
);

/// A user's personal digest's locale. $1 user.
pub(super) const PERSONAL_LOCALE: &str =
    "SELECT guild_locale FROM digest_subscriptions WHERE guild_id = $1 AND target = 'dm'";

/// A user's personal digest follows the Discord language they last used. $1 user, $2 locale.
pub(super) const FOLLOW_LOCALE: &str = "UPDATE digest_subscriptions SET guild_locale = $2 \
     WHERE guild_id = $1 AND target = 'dm' AND (guild_locale IS NULL OR guild_locale <> $2)";

/// $1 channel, $2 now.
pub(super) const CLAIM_PAUSE_NOTICE: &str = "UPDATE digest_subscriptions SET pause_noticed = $2 \
     WHERE channel_id = $1 AND paused IS NOT NULL AND pause_noticed IS NULL";

/// $1 lease's end, $2 channel, $3 holder, $4 attempt.
pub(super) const FENCE: &str = "UPDATE digest_subscriptions SET claim_until = $1 \
     WHERE channel_id = $2 AND claim_holder = $3 AND claim_attempt = $4 AND paused IS NULL";

/// $1 now.
pub(super) const NEXT_DUE_AFTER: &str =
    "SELECT MIN(next_run) FROM digest_subscriptions WHERE paused IS NULL AND next_run > $1";

/// A delivery tried again: same nonce, one more attempt, pending again while it is posted.
/// $1 channel, $2 period.
pub(super) const RETRY_DELIVERY: &str =
    "UPDATE digest_deliveries SET attempts = attempts + 1, state = 'pending' \
     WHERE channel_id = $1 AND period = $2 AND state <> 'sent'";

/// A claimed run ended: the subscription moved on (to its next run, or paused; the watermark of
/// its delivery taken when it was sent), its last run recorded, its claim released, only while
/// the claim holds. $1 now, $2 period, $3 outcome, $4 channel, $5 holder, $6 attempt, $7 next
/// run (or NULL), $8 pause (or NULL), $9 sent, $10 message, $11 notes.
pub(super) const FINISH: &str = "UPDATE digest_subscriptions SET next_run = COALESCE($7, next_run), \
     paused = COALESCE($8, paused), \
     watermark = CASE WHEN $9 THEN COALESCE((SELECT watermark FROM digest_deliveries \
        WHERE channel_id = $4 AND period = $2), watermark) ELSE watermark END, \
     last_run = $1, last_period = $2, last_outcome = $3, last_message = $10, last_notes = $11, \
     updated_at = $1, claim_holder = NULL, claim_until = NULL \
     WHERE channel_id = $4 AND claim_holder = $5 AND claim_attempt = $6 RETURNING guild_id";

/// $1 state, $2 message (or NULL), $3 channel, $4 period.
pub(super) const FINISH_DELIVERY: &str = "UPDATE digest_deliveries SET state = $1, \
     message_id = COALESCE($2, message_id) WHERE channel_id = $3 AND period = $4";

/// $1 channel, $2 guild, $3 at, $4 period, $5 outcome, $6 message, $7 notes.
pub(super) const LOG_RUN: &str = "INSERT INTO digest_runs \
     (channel_id, guild_id, at, period, outcome, message_id, notes) VALUES ($1, $2, $3, $4, $5, $6, $7)";

/// $1 channel, $2 holder, $3 attempt.
pub(super) const RELEASE: &str = "UPDATE digest_subscriptions SET claim_holder = NULL, claim_until = NULL \
     WHERE channel_id = $1 AND claim_holder = $2 AND claim_attempt = $3";

/// $1 fingerprint, $2 now. Not done until Discord has taken the commands (`TRUE` and `FALSE`
/// are SQLite's 1 and 0).
pub(super) const CLAIM_REGISTRATION: &str =
    "INSERT INTO command_registrations (fingerprint, registered_at, done) \
     VALUES ($1, $2, FALSE) ON CONFLICT (fingerprint) DO NOTHING";

/// $1 fingerprint.
pub(super) const CONFIRM_REGISTRATION: &str =
    "UPDATE command_registrations SET done = TRUE WHERE fingerprint = $1";

/// $1 fingerprint; the instant the claim was taken, while it is not done.
pub(super) const REGISTRATION_PENDING_SINCE: &str =
    "SELECT registered_at FROM command_registrations WHERE fingerprint = $1 AND NOT done";

/// $1 fingerprint.
pub(super) const RELEASE_REGISTRATION: &str = "DELETE FROM command_registrations WHERE fingerprint = $1";
