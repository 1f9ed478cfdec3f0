//! The SQLite store: one file, created on first run, in WAL mode so that reads never wait for a
//! write. Times are unix seconds (milliseconds for a delivery's intent), dates ISO strings.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::RwLock;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{Row, SqlitePool};

use super::{
    Claim, Delivery, DeliveryState, Finish, LanguageSetting, LastRun, Outcome, Pause, Storage, StorageError,
    Subscription,
};
use crate::schedule::{weekday_from_number, Frequency, Schedule};

pub struct SqliteStore {
    pool: SqlitePool,
    /// Servers' language settings as last read or written. SQLite is one process's database,
    /// so this process sees every write: every interaction needs the setting, and this spares
    /// it a trip to the database's thread.
    languages: RwLock<HashMap<u64, Option<LanguageSetting>>>,
    /// The database file and its identity when opened: a file deleted or replaced under a
    /// running bot would take every later write with it, so writes are refused instead.
    file: Option<(PathBuf, u64)>,
}

/// The identity of a file: its inode where there is one.
fn file_identity(path: &Path) -> Option<u64> {
    let metadata = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let id = std::os::unix::fs::MetadataExt::ino(&metadata);
    #[cfg(not(unix))]
    let id = u64::from(metadata.is_file());
    Some(id)
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `url` and applies `migrations/`.
    pub async fn open(url: &str) -> Result<SqliteStore, StorageError> {
        let open_error = |source| StorageError::Open { url: url.to_owned(), source };
        let options = SqliteConnectOptions::from_str(url)
            .map_err(open_error)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // With WAL, NORMAL loses nothing when the process dies; only a power cut may lose
            // the last commits. It saves an fsync per transaction.
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(std::time::Duration::from_secs(5));
        let path = options.get_filename().to_path_buf();
        let pool =
            SqlitePoolOptions::new().max_connections(4).connect_with(options).await.map_err(open_error)?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        // None for an in-memory database.
        let file = file_identity(&path).map(|id| (path, id));
        Ok(SqliteStore { pool, languages: RwLock::default(), file })
    }

    /// Before a write: the database file is still the one opened (one `stat`).
    fn still_there(&self) -> Result<(), StorageError> {
        match &self.file {
            Some((path, id)) if file_identity(path) != Some(*id) => Err(StorageError::FileGone(path.clone())),
            _ => Ok(()),
        }
    }
}

const SUBSCRIPTION_COLUMNS: &str =
    "guild_id, channel_id, frequency, weekday, day, local_time, zone, guild_locale, \
     next_run, paused, watermark, last_run, last_period, last_outcome";

const DELIVERY_COLUMNS: &str =
    "guild_id, period, channel_id, nonce, state, message_id, watermark, recorded_at, attempts";

fn corrupt(what: impl Into<String>) -> StorageError {
    StorageError::Corrupt(what.into())
}

fn instant(seconds: i64) -> Result<DateTime<Utc>, StorageError> {
    DateTime::from_timestamp(seconds, 0).ok_or_else(|| corrupt(format!("instant {seconds}")))
}

fn date(text: &str) -> Result<NaiveDate, StorageError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| corrupt(format!("date {text}")))
}

fn subscription(row: &SqliteRow) -> Result<Subscription, StorageError> {
    let frequency: String = row.try_get("frequency")?;
    let frequency = Frequency::parse(&frequency).ok_or_else(|| corrupt(format!("frequency {frequency}")))?;
    let weekday: Option<i64> = row.try_get("weekday")?;
    let weekday = weekday.and_then(|n| weekday_from_number(n as u32));
    let day: Option<i64> = row.try_get("day")?;
    let time: String = row.try_get("local_time")?;
    let zone: String = row.try_get("zone")?;
    let schedule = Schedule::new(frequency, &time, Some(&zone), weekday, day)
        .map_err(|e| corrupt(format!("schedule of server {}: {e}", row.get::<i64, _>("guild_id"))))?;
    let paused: Option<String> = row.try_get("paused")?;
    let watermark: Option<String> = row.try_get("watermark")?;
    let last_run: Option<i64> = row.try_get("last_run")?;
    let last_period: Option<String> = row.try_get("last_period")?;
    let last_outcome: Option<String> = row.try_get("last_outcome")?;
    let last = match (last_run, last_period, last_outcome) {
        (Some(at), Some(period), Some(outcome)) => Some(LastRun {
            at: instant(at)?,
            period: date(&period)?,
            outcome: Outcome::decode(&outcome).ok_or_else(|| corrupt(format!("outcome {outcome}")))?,
        }),
        _ => None,
    };
    Ok(Subscription {
        guild_id: row.try_get::<i64, _>("guild_id")? as u64,
        channel_id: row.try_get::<i64, _>("channel_id")? as u64,
        schedule,
        guild_locale: row.try_get("guild_locale")?,
        next_run: instant(row.try_get("next_run")?)?,
        paused: paused.and_then(|p| Pause::parse(&p)),
        watermark: watermark.as_deref().map(date).transpose()?,
        last,
    })
}

fn delivery(row: &SqliteRow) -> Result<Delivery, StorageError> {
    let state: String = row.try_get("state")?;
    let recorded_at: i64 = row.try_get("recorded_at")?;
    Ok(Delivery {
        guild_id: row.try_get::<i64, _>("guild_id")? as u64,
        period: date(&row.try_get::<String, _>("period")?)?,
        channel_id: row.try_get::<i64, _>("channel_id")? as u64,
        nonce: row.try_get("nonce")?,
        state: DeliveryState::parse(&state).ok_or_else(|| corrupt(format!("delivery state {state}")))?,
        message_id: row.try_get::<Option<i64>, _>("message_id")?.map(|id| id as u64),
        watermark: date(&row.try_get::<String, _>("watermark")?)?,
        recorded_at: DateTime::from_timestamp_millis(recorded_at)
            .ok_or_else(|| corrupt(format!("instant {recorded_at}")))?,
        attempts: row.try_get::<i64, _>("attempts")? as u32,
    })
}

#[async_trait]
impl Storage for SqliteStore {
    async fn language(&self, guild_id: u64) -> Result<Option<LanguageSetting>, StorageError> {
        if let Some(known) = self.languages.read().unwrap_or_else(|e| e.into_inner()).get(&guild_id) {
            return Ok(known.clone());
        }
        let row: Option<(String,)> = sqlx::query_as("SELECT language FROM guild_settings WHERE guild_id = ?")
            .bind(guild_id as i64)
            .fetch_optional(&self.pool)
            .await?;
        let setting = row.map(|(language,)| LanguageSetting::parse(&language));
        self.languages.write().unwrap_or_else(|e| e.into_inner()).insert(guild_id, setting.clone());
        Ok(setting)
    }

    async fn set_language(&self, guild_id: u64, setting: &LanguageSetting) -> Result<(), StorageError> {
        self.still_there()?;
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, language, updated_at) VALUES (?, ?, datetime('now')) \
             ON CONFLICT (guild_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at",
        )
        .bind(guild_id as i64)
        .bind(setting.as_str())
        .execute(&self.pool)
        .await?;
        // Only once the write is in: a failed write changes nothing, here either.
        self.languages.write().unwrap_or_else(|e| e.into_inner()).insert(guild_id, Some(setting.clone()));
        Ok(())
    }

    async fn subscribe(&self, s: &Subscription, now: DateTime<Utc>) -> Result<bool, StorageError> {
        self.still_there()?;
        let mut tx = self.pool.begin().await?;
        let existed: Option<(i64,)> =
            sqlx::query_as("SELECT guild_id FROM digest_subscriptions WHERE guild_id = ?")
                .bind(s.guild_id as i64)
                .fetch_optional(&mut *tx)
                .await?;
        sqlx::query(
            "INSERT INTO digest_subscriptions (guild_id, channel_id, frequency, weekday, day, local_time, zone, \
             guild_locale, next_run, paused, watermark, created_at, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?) \
             ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, frequency = excluded.frequency, \
             weekday = excluded.weekday, day = excluded.day, local_time = excluded.local_time, zone = excluded.zone, \
             guild_locale = excluded.guild_locale, next_run = excluded.next_run, paused = NULL, \
             updated_at = excluded.updated_at",
        )
        .bind(s.guild_id as i64)
        .bind(s.channel_id as i64)
        .bind(s.schedule.frequency().as_str())
        .bind(s.schedule.weekday().map(|w| w.number_from_monday() as i64))
        .bind(s.schedule.day().map(i64::from))
        .bind(s.schedule.time.to_string())
        .bind(s.schedule.zone.name())
        .bind(s.guild_locale.as_deref())
        .bind(s.next_run.timestamp())
        .bind(s.watermark.map(|d| d.to_string()))
        .bind(now.timestamp())
        .bind(now.timestamp())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(existed.is_some())
    }

    async fn unsubscribe(&self, guild_id: u64) -> Result<Option<Subscription>, StorageError> {
        self.still_there()?;
        let mut tx = self.pool.begin().await?;
        let query = format!("SELECT {SUBSCRIPTION_COLUMNS} FROM digest_subscriptions WHERE guild_id = ?");
        let row = sqlx::query(&query).bind(guild_id as i64).fetch_optional(&mut *tx).await?;
        let found = row.as_ref().map(subscription).transpose()?;
        sqlx::query("DELETE FROM digest_subscriptions WHERE guild_id = ?")
            .bind(guild_id as i64)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(found)
    }

    async fn subscription(&self, guild_id: u64) -> Result<Option<Subscription>, StorageError> {
        let query = format!("SELECT {SUBSCRIPTION_COLUMNS} FROM digest_subscriptions WHERE guild_id = ?");
        let row = sqlx::query(&query).bind(guild_id as i64).fetch_optional(&self.pool).await?;
        row.as_ref().map(subscription).transpose()
    }

    async fn due(&self, now: DateTime<Utc>) -> Result<Vec<Subscription>, StorageError> {
        let query = format!(
            "SELECT {SUBSCRIPTION_COLUMNS} FROM digest_subscriptions \
             WHERE paused IS NULL AND next_run <= ? ORDER BY next_run"
        );
        let rows = sqlx::query(&query).bind(now.timestamp()).fetch_all(&self.pool).await?;
        // A row this version cannot read holds up no other server's digest.
        Ok(rows
            .iter()
            .filter_map(|row| {
                subscription(row)
                    .map_err(|error| tracing::error!(%error, "skipping an unreadable subscription"))
                    .ok()
            })
            .collect())
    }

    async fn next_due_after(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, StorageError> {
        let row: (Option<i64>,) = sqlx::query_as(
            "SELECT MIN(next_run) FROM digest_subscriptions WHERE paused IS NULL AND next_run > ?",
        )
        .bind(now.timestamp())
        .fetch_one(&self.pool)
        .await?;
        row.0.map(instant).transpose()
    }

    async fn claim(&self, d: &Delivery) -> Result<Claim, StorageError> {
        self.still_there()?;
        let inserted = sqlx::query(
            "INSERT INTO digest_deliveries (guild_id, period, channel_id, nonce, state, watermark, recorded_at) \
             VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (guild_id, period) DO NOTHING",
        )
        .bind(d.guild_id as i64)
        .bind(d.period.to_string())
        .bind(d.channel_id as i64)
        .bind(&d.nonce)
        .bind(d.watermark.to_string())
        .bind(d.recorded_at.timestamp_millis())
        .execute(&self.pool)
        .await?;
        if inserted.rows_affected() == 1 {
            return Ok(Claim::New);
        }
        let mut tx = self.pool.begin().await?;
        // Tried again: same nonce, one more attempt, pending again while it is posted.
        sqlx::query(
            "UPDATE digest_deliveries SET attempts = attempts + 1, state = 'pending' \
             WHERE guild_id = ? AND period = ? AND state <> 'sent'",
        )
        .bind(d.guild_id as i64)
        .bind(d.period.to_string())
        .execute(&mut *tx)
        .await?;
        let query =
            format!("SELECT {DELIVERY_COLUMNS} FROM digest_deliveries WHERE guild_id = ? AND period = ?");
        let row = sqlx::query(&query)
            .bind(d.guild_id as i64)
            .bind(d.period.to_string())
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Claim::Existing(delivery(&row)?))
    }

    async fn finish(
        &self,
        guild_id: u64,
        period: NaiveDate,
        finish: &Finish,
        now: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.still_there()?;
        let mut tx = self.pool.begin().await?;
        let (state, message_id, outcome) = match finish {
            Finish::Sent { message_id, .. } => {
                (DeliveryState::Sent, Some(*message_id as i64), Outcome::Posted)
            }
            Finish::Failed { status, .. } => (DeliveryState::Failed, None, Outcome::Failed(*status)),
            Finish::Paused(pause) => (DeliveryState::Failed, None, Outcome::Paused(*pause)),
        };
        sqlx::query(
            "UPDATE digest_deliveries SET state = ?, message_id = ? WHERE guild_id = ? AND period = ?",
        )
        .bind(state.as_str())
        .bind(message_id)
        .bind(guild_id as i64)
        .bind(period.to_string())
        .execute(&mut *tx)
        .await?;
        let moved = match finish {
            Finish::Sent { next_run, .. } => sqlx::query(
                "UPDATE digest_subscriptions SET next_run = ?, watermark = \
                 (SELECT watermark FROM digest_deliveries WHERE guild_id = ? AND period = ?), \
                 last_run = ?, last_period = ?, last_outcome = ?, updated_at = ? WHERE guild_id = ?",
            )
            .bind(next_run.timestamp())
            .bind(guild_id as i64)
            .bind(period.to_string()),
            Finish::Failed { retry_at, .. } => sqlx::query(
                "UPDATE digest_subscriptions SET next_run = ?, \
                 last_run = ?, last_period = ?, last_outcome = ?, updated_at = ? WHERE guild_id = ?",
            )
            .bind(retry_at.timestamp()),
            Finish::Paused(pause) => sqlx::query(
                "UPDATE digest_subscriptions SET paused = ?, \
                 last_run = ?, last_period = ?, last_outcome = ?, updated_at = ? WHERE guild_id = ?",
            )
            .bind(pause.as_str()),
        };
        moved
            .bind(now.timestamp())
            .bind(period.to_string())
            .bind(outcome.encode())
            .bind(now.timestamp())
            .bind(guild_id as i64)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn skip(
        &self,
        guild_id: u64,
        period: NaiveDate,
        now: DateTime<Utc>,
        next_run: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.still_there()?;
        sqlx::query(
            "UPDATE digest_subscriptions SET next_run = ?, last_run = ?, last_period = ?, last_outcome = ?, \
             updated_at = ? WHERE guild_id = ?",
        )
        .bind(next_run.timestamp())
        .bind(now.timestamp())
        .bind(period.to_string())
        .bind(Outcome::NothingNew.encode())
        .bind(now.timestamp())
        .bind(guild_id as i64)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn pending_deliveries(&self) -> Result<Vec<Delivery>, StorageError> {
        let query = format!("SELECT {DELIVERY_COLUMNS} FROM digest_deliveries WHERE state = 'pending'");
        let rows = sqlx::query(&query).fetch_all(&self.pool).await?;
        rows.iter().map(delivery).collect()
    }

    async fn fail_pending(&self, guild_id: u64, period: NaiveDate) -> Result<(), StorageError> {
        self.still_there()?;
        sqlx::query(
            "UPDATE digest_deliveries SET state = 'failed' WHERE guild_id = ? AND period = ? AND state = 'pending'",
        )
        .bind(guild_id as i64)
        .bind(period.to_string())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Frequency;

    async fn temporary() -> (tempfile::TempDir, String, SqliteStore) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let url = format!("sqlite://{}", dir.path().join("bot.db").display());
        let store = SqliteStore::open(&url).await.expect("the database opens");
        (dir, url, store)
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).expect("an instant")
    }

    fn day(text: &str) -> NaiveDate {
        date(text).expect("a date")
    }

    #[tokio::test]
    async fn settings_survive_reopening_the_database() {
        let (_dir, url, store) = temporary().await;
        assert_eq!(store.language(1).await.expect("a read"), None);
        store.set_language(1, &LanguageSetting::Fixed("fr".into())).await.expect("a write");
        store.set_language(2, &LanguageSetting::Auto).await.expect("a write");
        store.close().await;
        let store = SqliteStore::open(&url).await.expect("the database opens again");
        assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
        assert_eq!(store.language(2).await.expect("a read"), Some(LanguageSetting::Auto));
        store.set_language(1, &LanguageSetting::Auto).await.expect("an update");
        assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Auto));
    }

    #[tokio::test]
    async fn a_write_to_a_read_only_database_fails_and_changes_nothing() {
        let (_dir, url, store) = temporary().await;
        store.set_language(1, &LanguageSetting::Fixed("fr".into())).await.expect("a write");
        store.close().await;
        let read_only = SqliteStore::open(&format!("{url}?mode=ro")).await.expect("read-only opens");
        assert!(read_only.set_language(1, &LanguageSetting::Auto).await.is_err());
        assert_eq!(read_only.language(1).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
    }

    #[tokio::test]
    async fn a_database_file_deleted_under_the_store_refuses_writes() {
        let (dir, _url, store) = temporary().await;
        store.set_language(1, &LanguageSetting::Fixed("fr".into())).await.expect("a write");
        std::fs::remove_file(dir.path().join("bot.db")).expect("the file is deleted");
        let refused = store.set_language(1, &LanguageSetting::Auto).await;
        assert!(matches!(refused, Err(StorageError::FileGone(_))), "{refused:?}");
        assert!(refused.unwrap_err().to_string().contains("deleted or replaced"));
        let subscription = subscription_of(2, 100);
        assert!(matches!(store.subscribe(&subscription, at(0)).await, Err(StorageError::FileGone(_))));
    }

    fn subscription_of(guild: u64, next_run: i64) -> Subscription {
        let schedule =
            Schedule::new(Frequency::Weekly, "08:30", Some("Europe/Paris"), Some(chrono::Weekday::Tue), None)
                .expect("a schedule");
        Subscription {
            guild_id: guild,
            channel_id: guild + 1,
            schedule,
            guild_locale: Some("fr".into()),
            next_run: at(next_run),
            paused: None,
            watermark: None,
            last: None,
        }
    }

    #[tokio::test]
    async fn a_delivery_is_claimed_once_and_moves_its_subscription_on() {
        let (_dir, _url, store) = temporary().await;
        assert!(!store.subscribe(&subscription_of(7, 1_000), at(0)).await.expect("subscribed"));
        assert!(
            store.subscribe(&subscription_of(7, 1_000), at(0)).await.expect("replaced"),
            "a second one replaces"
        );
        assert_eq!(
            store.subscription(7).await.expect("a read").expect("found").schedule.time.to_string(),
            "08:30"
        );
        assert_eq!(store.due(at(999)).await.expect("due").len(), 0);
        assert_eq!(store.due(at(1_000)).await.expect("due").len(), 1);
        assert_eq!(store.next_due_after(at(0)).await.expect("next"), Some(at(1_000)));

        let intent = Delivery {
            guild_id: 7,
            period: day("2026-11-24"),
            channel_id: 8,
            nonce: "n".into(),
            state: DeliveryState::Pending,
            message_id: None,
            watermark: day("2026-11-20"),
            recorded_at: at(1_000),
            attempts: 1,
        };
        assert_eq!(store.claim(&intent).await.expect("claimed"), Claim::New);
        assert_eq!(store.pending_deliveries().await.expect("pending").len(), 1);
        let Claim::Existing(again) = store.claim(&intent).await.expect("claimed twice") else {
            panic!("a second claim")
        };
        assert_eq!((again.attempts, again.state), (2, DeliveryState::Pending));

        let finish = Finish::Sent { message_id: 99, next_run: at(5_000) };
        store.finish(7, intent.period, &finish, at(1_001)).await.expect("finished");
        let moved = store.subscription(7).await.expect("a read").expect("found");
        assert_eq!(moved.next_run, at(5_000));
        assert_eq!(moved.watermark, Some(day("2026-11-20")), "the watermark the delivery carried");
        assert_eq!(moved.last.map(|l| l.outcome), Some(Outcome::Posted));
        assert!(store.pending_deliveries().await.expect("pending").is_empty());
        let Claim::Existing(sent) = store.claim(&intent).await.expect("claimed after") else {
            panic!("existing")
        };
        assert_eq!(
            (sent.state, sent.message_id),
            (DeliveryState::Sent, Some(99)),
            "a sent delivery stays sent"
        );

        store
            .finish(7, day("2026-12-01"), &Finish::Paused(Pause::Forbidden), at(6_000))
            .await
            .expect("paused");
        assert!(store.due(at(10_000)).await.expect("due").is_empty(), "a paused subscription is never due");
        store.subscribe(&subscription_of(7, 20_000), at(7_000)).await.expect("subscribed again");
        let back = store.subscription(7).await.expect("a read").expect("found");
        assert_eq!((back.paused, back.watermark), (None, Some(day("2026-11-20"))), "unpaused, coverage kept");
        assert!(store.unsubscribe(7).await.expect("unsubscribed").is_some());
        assert!(store.subscription(7).await.expect("a read").is_none());
    }
}
