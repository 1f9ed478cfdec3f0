//! The two stores of everything the bot keeps: SQLite (embedded, the default) for one process,
//! PostgreSQL when several processes share the work. Each feature declares what it needs kept
//! as a trait of its own (its port): [`DigestStore`] (subscriptions, claims under leases,
//! deliveries), [`LanguageStore`] (server settings); [`Storage`] adds what the bot itself keeps
//! (command registrations, answered interactions). Both stores implement them all, and one
//! contract suite runs against both.

mod postgres;
mod settings_cache;
mod sql;
mod sqlite;
mod time;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::content::facts::Topics;
use crate::digests::model::{Finish, Outcome, Target};
use crate::digests::schedule::{weekday_from_number, Frequency, Schedule};

pub use crate::digests::ports::DigestStore;
pub use crate::error::{StorageError, WriteError};
pub use crate::languages::LanguageStore;
use crate::languages::{LanguageSetting, LayoutSetting, ServerSettings};
pub use postgres::PostgresStore;
pub(crate) use sql::{DELIVERY_COLUMNS, SUBSCRIPTION_COLUMNS};
pub use sqlite::SqliteStore;

/// Everything the bot keeps: every feature's port, and the bot's own records. The same contract
/// on SQLite (one process) and PostgreSQL (several processes).
#[async_trait]
pub trait Storage: DigestStore + Send + Sync {
    /// Claims the registration of the commands whose fingerprint is given: `true` for the one
    /// caller that is to register them, `false` when they were registered (or are being
    /// registered) already.
    async fn claim_registration(&self, fingerprint: &str, now: DateTime<Utc>) -> Result<bool, StorageError>;

    /// Gives back a registration claim whose registration failed, for the next start to retry.
    async fn release_registration(&self, fingerprint: &str) -> Result<(), StorageError>;

    /// Records that Discord took the commands whose registration was claimed.
    async fn confirm_registration(&self, fingerprint: &str) -> Result<(), StorageError>;

    /// When the registration of the commands whose fingerprint is given was claimed, if it is
    /// claimed and not yet confirmed: another process may be sending them right now.
    async fn registration_pending_since(
        &self,
        fingerprint: &str,
    ) -> Result<Option<DateTime<Utc>>, StorageError>;

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

    /// Takes a turn to IDENTIFY a shard of rate-limit `bucket` (shard id % max_concurrency):
    /// granted to one caller, whichever process sharing the store, at most once per `spacing`
    /// in a bucket; buckets are independent. Refused, it says how long until the next turn.
    async fn claim_identify(&self, bucket: u32, spacing: Duration) -> Result<IdentifyTurn, StorageError>;

    /// Closes the connections once in-flight work is done.
    async fn close(&self);
}

/// The answer to [`Storage::claim_identify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentifyTurn {
    /// This caller may identify now; the bucket's next turn is a spacing away.
    Granted,
    /// The bucket identified less than a spacing ago: ask again after this long (at most the
    /// spacing).
    Wait(Duration),
}

impl IdentifyTurn {
    /// The wait until `last + spacing`, from `since_last` (which a clock gone backwards may make
    /// negative): never more than the spacing.
    pub(crate) fn wait(spacing: Duration, since_last_secs: f64) -> IdentifyTurn {
        let left = spacing.as_secs_f64() - since_last_secs.max(0.0);
        IdentifyTurn::Wait(Duration::from_secs_f64(left.clamp(0.0, spacing.as_secs_f64())))
    }
}

/// What a finished run leaves in its subscription's row: the next run, or the pause (encoded).
pub(crate) fn next_run_or_pause(finish: &Finish) -> (Option<DateTime<Utc>>, Option<String>) {
    match finish {
        Finish::Sent { next_run, .. }
        | Finish::Failed { retry_at: next_run, .. }
        | Finish::NothingNew { next_run } => (Some(*next_run), None),
        Finish::Paused(pause) => (None, Some(pause.encode())),
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

pub(crate) fn corrupt(what: impl Into<String>) -> StorageError {
    StorageError::Corrupt(what.into())
}

/// A Discord id as a row keeps it (`BIGINT`, signed).
pub(crate) fn id(value: Option<i64>) -> Option<u64> {
    value.map(|v| v as u64)
}

/// A server's settings as a row keeps them (no row: none chosen), read back; a layout this
/// version does not know counts as none.
pub(crate) fn settings_of(row: Option<(String, Option<String>)>) -> ServerSettings {
    match row {
        None => ServerSettings::default(),
        Some((language, layout)) => ServerSettings {
            language: Some(LanguageSetting::parse(&language)),
            layout: layout.as_deref().and_then(LayoutSetting::parse),
        },
    }
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
