//! The SQLite store: one file, created on first run, in WAL mode so that reads never wait for a
//! write; one process's database. Instants are unix milliseconds in every column (`time.rs`),
//! dates ISO strings. A claim is a compare-and-set `UPDATE … RETURNING`: SQLite runs one writing
//! statement at a time.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::RwLock;
use std::time::SystemTime;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{Row, SqlitePool};

use super::time::{instant, millis};
use super::{
    corrupt, id, next_run_or_pause, outcome_of, readable, schedule_of, sql, target_of, topics_of,
    DigestStore, IdentifyTurn, LanguageStore, Storage, StorageError, WriteError, DELIVERY_COLUMNS,
    SUBSCRIPTION_COLUMNS,
};
use crate::digests::model::{
    Claim, Claimed, Delivery, DeliveryState, Finish, Intent, LastRun, Lease, Note, Pause, Subscribed,
    Subscription, HISTORY_KEPT,
};
use crate::languages::{LanguageSetting, LayoutSetting, ServerSettings};

pub struct SqliteStore {
    pool: SqlitePool,
    /// Servers' language settings as last read or written. SQLite is one process's database,
    /// so this process sees every write: every interaction needs the setting, and this spares
    /// it a trip to the database's thread.
    settings: RwLock<HashMap<u64, ServerSettings>>,
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
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        // None for an in-memory database.
        let file = file_identity(&path).map(|id| (path, id));
        Ok(SqliteStore { pool, settings: RwLock::default(), file })
    }

    /// Before a write: the database file is still the one opened (one `stat`).
    fn still_there(&self) -> Result<(), StorageError> {
        match &self.file {
            Some((path, id)) if file_identity(path) != Some(*id) => Err(StorageError::FileGone(path.clone())),
            _ => Ok(()),
        }
    }
}

impl SqliteStore {
    /// A transaction that writes: it takes SQLite's write lock at once (waiting for it up to
    /// the busy timeout), rather than failing when a read inside it must turn into a write
    /// after another connection wrote.
    async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, StorageError> {
        self.still_there()?;
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }
}

fn date(text: &str) -> Result<NaiveDate, StorageError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| corrupt(format!("date {text}")))
}

fn subscription(row: &SqliteRow) -> Result<Subscription, StorageError> {
    let channel = row.try_get::<i64, _>("channel_id")?;
    let frequency: String = row.try_get("frequency")?;
    let time: String = row.try_get("local_time")?;
    let zone: String = row.try_get("zone")?;
    let schedule = schedule_of(&frequency, row.try_get("weekday")?, row.try_get("day")?, &time, &zone)
        .map_err(|e| corrupt(format!("schedule of channel {channel}: {e}")))?;
    let paused: Option<String> = row.try_get("paused")?;
    let watermark: Option<String> = row.try_get("watermark")?;
    let last_run: Option<i64> = row.try_get("last_run")?;
    let last_period: Option<String> = row.try_get("last_period")?;
    let last_outcome: Option<String> = row.try_get("last_outcome")?;
    let last = match (last_run, last_period, last_outcome) {
        (Some(at), Some(period), Some(outcome)) => Some(LastRun {
            at: instant(at)?,
            period: date(&period)?,
            outcome: outcome_of(&outcome)?,
            message_id: id(row.try_get("last_message")?),
            notes: Note::decode_all(row.try_get::<Option<String>, _>("last_notes")?.as_deref()),
        }),
        _ => None,
    };
    let topics = topics_of(row.try_get("topics")?)?;
    let target = target_of(&row.try_get::<String, _>("target")?, row.try_get("forum_tag")?)?;
    Ok(Subscription {
        guild_id: row.try_get::<i64, _>("guild_id")? as u64,
        channel_id: channel as u64,
        schedule,
        topics,
        role_id: id(row.try_get("role_id")?),
        target,
        publish: row.try_get("publish")?,
        thread: row.try_get("thread")?,
        guild_locale: row.try_get("guild_locale")?,
        next_run: instant(row.try_get("next_run")?)?,
        paused: paused.and_then(|p| Pause::parse(&p)),
        pause_noticed: row.try_get::<Option<i64>, _>("pause_noticed")?.is_some(),
        watermark: watermark.as_deref().map(date).transpose()?,
        last,
    })
}

fn run(row: &SqliteRow) -> Result<LastRun, StorageError> {
    let at: i64 = row.try_get("at")?;
    let outcome: String = row.try_get("outcome")?;
    Ok(LastRun {
        at: instant(at)?,
        period: date(&row.try_get::<String, _>("period")?)?,
        outcome: outcome_of(&outcome)?,
        message_id: id(row.try_get("message_id")?),
        notes: Note::decode_all(row.try_get::<Option<String>, _>("notes")?.as_deref()),
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
        recorded_at: instant(recorded_at)?,
        attempts: row.try_get::<i64, _>("attempts")? as u32,
    })
}

fn claimed(row: &SqliteRow) -> Result<Claimed, StorageError> {
    let subscription = subscription(row)?;
    let claim = Claim {
        channel_id: subscription.channel_id,
        holder: row.try_get::<Option<String>, _>("claim_holder")?.unwrap_or_default(),
        attempt: row.try_get("claim_attempt")?,
    };
    Ok(Claimed { subscription, claim })
}

/// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`.
#[async_trait]
impl LanguageStore for SqliteStore {
    async fn settings(&self, guild_id: u64) -> Result<ServerSettings, StorageError> {
        if let Some(known) = self.settings.read().unwrap_or_else(|e| e.into_inner()).get(&guild_id) {
            return Ok(known.clone());
        }
        let row: Option<(String, Option<String>)> =
            sqlx::query_as(sql::SETTINGS).bind(guild_id as i64).fetch_optional(&self.pool).await?;
        let settings = super::settings_of(row);
        self.settings.write().unwrap_or_else(|e| e.into_inner()).insert(guild_id, settings.clone());
        Ok(settings)
    }

    async fn set_layout(
        &self,
        guild_id: u64,
        layout: LayoutSetting,
        now: DateTime<Utc>,
    ) -> Result<(), WriteError> {
        self.still_there()?;
        sqlx::query(sql::SET_LAYOUT)
            .bind(guild_id as i64)
            .bind(layout.as_str())
            .bind(millis(now))
            .execute(&self.pool)
            .await?;
        // Read again at the next use: only once the write is in.
        self.settings.write().unwrap_or_else(|e| e.into_inner()).remove(&guild_id);
        Ok(())
    }

    async fn set_language(
        &self,
        guild_id: u64,
        setting: &LanguageSetting,
        now: DateTime<Utc>,
    ) -> Result<(), WriteError> {
        self.still_there()?;
        sqlx::query(sql::SET_LANGUAGE)
            .bind(guild_id as i64)
            .bind(setting.as_str())
            .bind(millis(now))
            .execute(&self.pool)
            .await?;
        // Only once the write is in: a failed write changes nothing, here either.
        self.settings.write().unwrap_or_else(|e| e.into_inner()).remove(&guild_id);
        Ok(())
    }
}

#[async_trait]
impl DigestStore for SqliteStore {
    async fn subscribe(
        &self,
        s: &Subscription,
        limit: u32,
        now: DateTime<Utc>,
    ) -> Result<Subscribed, WriteError> {
        let mut tx = self.write().await?;
        let existed: Option<(i64,)> = sqlx::query_as(sql::SUBSCRIBED)
            .bind(s.channel_id as i64)
            .bind(s.guild_id as i64)
            .fetch_optional(&mut *tx)
            .await?;
        if existed.is_none() {
            let (others,): (i64,) = sqlx::query_as(sql::SUBSCRIPTIONS_COUNTED)
                .bind(s.guild_id as i64)
                .fetch_one(&mut *tx)
                .await?;
            if others >= i64::from(limit) {
                return Ok(Subscribed::Full);
            }
        }
        sqlx::query(sql::SUBSCRIBE)
            .bind(s.channel_id as i64)
            .bind(s.guild_id as i64)
            .bind(s.schedule.frequency().as_str())
            .bind(s.schedule.weekday().map(|w| w.number_from_monday() as i64))
            .bind(s.schedule.day().map(i64::from))
            .bind(s.schedule.time.to_string())
            .bind(s.schedule.zone.name())
            .bind(s.guild_locale.as_deref())
            .bind(millis(s.next_run))
            .bind(s.watermark.map(|d| d.to_string()))
            .bind((!s.topics.is_all()).then(|| s.topics.encode()))
            .bind(s.role_id.map(|r| r as i64))
            .bind(s.target.as_str())
            .bind(s.target.tag().map(|t| t as i64))
            .bind(s.publish)
            .bind(s.thread)
            .bind(millis(now))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(if existed.is_some() { Subscribed::Replaced } else { Subscribed::New })
    }

    async fn unsubscribe(&self, guild_id: u64, channel_id: u64) -> Result<Option<Subscription>, WriteError> {
        let mut tx = self.write().await?;
        let row = sqlx::query(sql::UNSUBSCRIBE)
            .bind(guild_id as i64)
            .bind(channel_id as i64)
            .fetch_optional(&mut *tx)
            .await?;
        sqlx::query(sql::FORGET_RUNS).bind(guild_id as i64).bind(channel_id as i64).execute(&mut *tx).await?;
        let ended = row.as_ref().map(subscription).transpose()?;
        tx.commit().await?;
        Ok(ended)
    }

    async fn subscription(
        &self,
        guild_id: u64,
        channel_id: u64,
    ) -> Result<Option<Subscription>, StorageError> {
        let row = sqlx::query(sql::SUBSCRIPTION)
            .bind(guild_id as i64)
            .bind(channel_id as i64)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(subscription).transpose()
    }

    async fn subscriptions(&self, guild_id: u64) -> Result<Vec<Subscription>, StorageError> {
        let rows = sqlx::query(sql::SUBSCRIPTIONS).bind(guild_id as i64).fetch_all(&self.pool).await?;
        rows.iter().map(subscription).collect()
    }

    async fn history(
        &self,
        guild_id: u64,
        channel_id: u64,
        limit: u32,
    ) -> Result<Vec<LastRun>, StorageError> {
        let rows = sqlx::query(
            "SELECT at, period, outcome, message_id, notes FROM digest_runs \
             WHERE guild_id = ? AND channel_id = ? ORDER BY at DESC, rowid DESC LIMIT ?",
        )
        .bind(guild_id as i64)
        .bind(channel_id as i64)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(run).collect()
    }

    async fn follow_locale(&self, user_id: u64, locale: &str) -> Result<(), StorageError> {
        self.still_there()?;
        let kept: Option<(Option<String>,)> =
            sqlx::query_as(sql::PERSONAL_LOCALE).bind(user_id as i64).fetch_optional(&self.pool).await?;
        if matches!(kept, Some((ref kept,)) if kept.as_deref() != Some(locale)) {
            sqlx::query(sql::FOLLOW_LOCALE).bind(user_id as i64).bind(locale).execute(&self.pool).await?;
        }
        Ok(())
    }

    async fn claim_pause_notice(&self, channel_id: u64) -> Result<bool, StorageError> {
        self.still_there()?;
        let claimed = sqlx::query(sql::CLAIM_PAUSE_NOTICE)
            .bind(channel_id as i64)
            .bind(millis(SystemTime::now()))
            .execute(&self.pool)
            .await?;
        Ok(claimed.rows_affected() == 1)
    }

    async fn claim_due(
        &self,
        due: DateTime<Utc>,
        lease: &Lease,
        limit: u32,
    ) -> Result<Vec<Claimed>, StorageError> {
        self.still_there()?;
        // One statement: SQLite runs it alone, so the rows it picks are still free when it
        // takes them.
        let query = format!(
            "UPDATE digest_subscriptions SET claim_holder = ?, claim_until = ?, claim_attempt = claim_attempt + 1 \
             WHERE channel_id IN (SELECT channel_id FROM digest_subscriptions \
                WHERE paused IS NULL AND next_run <= ? AND (claim_until IS NULL OR claim_until <= ?) \
                ORDER BY next_run, claim_until IS NULL, claim_until LIMIT ?) \
             RETURNING {SUBSCRIPTION_COLUMNS}"
        );
        let rows = sqlx::query(&query)
            .bind(&lease.holder)
            .bind(millis(lease.until))
            .bind(millis(due))
            .bind(millis(lease.now))
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        // Longest waiting first; among those, claims taken over from a dead holder first.
        let mut claimed = readable(rows.iter().map(claimed).collect());
        claimed.sort_by_key(|c| c.subscription.next_run);
        Ok(claimed)
    }

    async fn renew(&self, lease: &Lease, claims: &[Claim]) -> Result<Vec<(u64, i64)>, StorageError> {
        self.still_there()?;
        let held = serde_json::Value::from(
            claims.iter().map(|c| serde_json::json!([c.channel_id as i64, c.attempt])).collect::<Vec<_>>(),
        );
        let renewed: Vec<(i64, i64)> = sqlx::query_as(
            "UPDATE digest_subscriptions SET claim_until = ? \
             WHERE claim_holder = ? AND (channel_id, claim_attempt) IN \
                (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) \
             RETURNING channel_id, claim_attempt",
        )
        .bind(millis(lease.until))
        .bind(&lease.holder)
        .bind(held.to_string())
        .fetch_all(&self.pool)
        .await?;
        Ok(renewed.into_iter().map(|(channel, attempt)| (channel as u64, attempt)).collect())
    }

    async fn fence(&self, claim: &Claim, lease: &Lease) -> Result<bool, StorageError> {
        self.still_there()?;
        let fenced = sqlx::query(sql::FENCE)
            .bind(millis(lease.until))
            .bind(claim.channel_id as i64)
            .bind(&claim.holder)
            .bind(claim.attempt)
            .execute(&self.pool)
            .await?;
        Ok(fenced.rows_affected() == 1)
    }

    async fn next_due_after(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, StorageError> {
        let row: (Option<i64>,) =
            sqlx::query_as(sql::NEXT_DUE_AFTER).bind(millis(now)).fetch_one(&self.pool).await?;
        row.0.map(instant).transpose()
    }

    async fn record_intent(&self, d: &Delivery) -> Result<Intent, StorageError> {
        let mut tx = self.write().await?;
        let query =
            format!("SELECT {DELIVERY_COLUMNS} FROM digest_deliveries WHERE channel_id = ? AND period = ?");
        let earlier = sqlx::query(&query)
            .bind(d.channel_id as i64)
            .bind(d.period.to_string())
            .fetch_optional(&mut *tx)
            .await?;
        let intent = match earlier {
            None => {
                sqlx::query(
                    "INSERT INTO digest_deliveries (guild_id, period, channel_id, nonce, state, watermark, recorded_at) \
                     VALUES (?, ?, ?, ?, 'pending', ?, ?)",
                )
                .bind(d.guild_id as i64)
                .bind(d.period.to_string())
                .bind(d.channel_id as i64)
                .bind(&d.nonce)
                .bind(d.watermark.to_string())
                .bind(millis(d.recorded_at))
                .execute(&mut *tx)
                .await?;
                Intent::New
            }
            Some(row) => {
                sqlx::query(sql::RETRY_DELIVERY)
                    .bind(d.channel_id as i64)
                    .bind(d.period.to_string())
                    .execute(&mut *tx)
                    .await?;
                Intent::Existing(delivery(&row)?)
            }
        };
        tx.commit().await?;
        Ok(intent)
    }

    async fn finish(
        &self,
        claim: &Claim,
        period: NaiveDate,
        finish: &Finish,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let (state, message_id, outcome) = finish.effects();
        let notes = match finish {
            Finish::Sent { notes, .. } => Note::encode_all(notes),
            _ => None,
        };
        let channel_id = claim.channel_id as i64;
        let mut tx = self.write().await?;
        let (next_run, paused) = next_run_or_pause(finish);
        let next_run = next_run.map(millis);
        let moved = sqlx::query(sql::FINISH)
            .bind(millis(now))
            .bind(period.to_string())
            .bind(outcome.encode())
            .bind(channel_id)
            .bind(&claim.holder)
            .bind(claim.attempt)
            .bind(next_run)
            .bind(paused)
            .bind(matches!(finish, Finish::Sent { .. }))
            .bind(message_id.map(|id| id as i64))
            .bind(notes.as_deref())
            .fetch_optional(&mut *tx)
            .await?;
        let Some(moved) = moved else {
            // Taken over, or unsubscribed: this holder records nothing.
            tx.rollback().await?;
            return Ok(false);
        };
        let guild_id: i64 = moved.try_get("guild_id")?;
        if let Some(state) = state {
            sqlx::query(sql::FINISH_DELIVERY)
                .bind(state.as_str())
                .bind(message_id.map(|id| id as i64))
                .bind(channel_id)
                .bind(period.to_string())
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(sql::LOG_RUN)
            .bind(channel_id)
            .bind(guild_id)
            .bind(millis(now))
            .bind(period.to_string())
            .bind(outcome.encode())
            .bind(message_id.map(|id| id as i64))
            .bind(notes.as_deref())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM digest_runs WHERE channel_id = ? AND rowid NOT IN \
             (SELECT rowid FROM digest_runs WHERE channel_id = ? ORDER BY at DESC, rowid DESC LIMIT ?)",
        )
        .bind(channel_id)
        .bind(channel_id)
        .bind(HISTORY_KEPT)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn release(&self, claim: &Claim) -> Result<bool, StorageError> {
        self.still_there()?;
        let released = sqlx::query(sql::RELEASE)
            .bind(claim.channel_id as i64)
            .bind(&claim.holder)
            .bind(claim.attempt)
            .execute(&self.pool)
            .await?;
        Ok(released.rows_affected() == 1)
    }
}

#[async_trait]
impl Storage for SqliteStore {
    async fn claim_registration(&self, fingerprint: &str, now: DateTime<Utc>) -> Result<bool, StorageError> {
        self.still_there()?;
        let claimed = sqlx::query(sql::CLAIM_REGISTRATION)
            .bind(fingerprint)
            .bind(millis(now))
            .execute(&self.pool)
            .await?;
        Ok(claimed.rows_affected() == 1)
    }

    async fn release_registration(&self, fingerprint: &str) -> Result<(), StorageError> {
        sqlx::query(sql::RELEASE_REGISTRATION).bind(fingerprint).execute(&self.pool).await?;
        Ok(())
    }

    async fn confirm_registration(&self, fingerprint: &str) -> Result<(), StorageError> {
        sqlx::query(sql::CONFIRM_REGISTRATION).bind(fingerprint).execute(&self.pool).await?;
        Ok(())
    }

    async fn registration_pending_since(
        &self,
        fingerprint: &str,
    ) -> Result<Option<DateTime<Utc>>, StorageError> {
        let at: Option<i64> = sqlx::query_scalar(sql::REGISTRATION_PENDING_SINCE)
            .bind(fingerprint)
            .fetch_optional(&self.pool)
            .await?;
        at.map(instant).transpose()
    }

    async fn first_answer(
        &self,
        id: u64,
        now: DateTime<Utc>,
        forget_before: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        self.still_there()?;
        let mut transaction = self.pool.begin().await?;
        sqlx::query("DELETE FROM answered_interactions WHERE answered_at < ?")
            .bind(millis(forget_before))
            .execute(&mut *transaction)
            .await?;
        let first = sqlx::query(
            "INSERT INTO answered_interactions (interaction_id, answered_at) VALUES (?, ?) \
             ON CONFLICT (interaction_id) DO NOTHING",
        )
        .bind(id as i64)
        .bind(millis(now))
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(first.rows_affected() == 1)
    }

    async fn claim_identify(
        &self,
        bucket: u32,
        spacing: std::time::Duration,
    ) -> Result<IdentifyTurn, StorageError> {
        self.still_there()?;
        // One host's clock: SQLite is one machine's database. SQLite runs one writing statement
        // at a time, so of two callers at once the second sees the first's turn.
        let now = millis(Utc::now());
        let spacing_ms = i64::try_from(spacing.as_millis()).unwrap_or(i64::MAX);
        let granted = sqlx::query(
            "INSERT INTO identify_buckets (bucket, last_identify) VALUES (?1, ?2) \
             ON CONFLICT (bucket) DO UPDATE SET last_identify = excluded.last_identify \
             WHERE identify_buckets.last_identify <= excluded.last_identify - ?3",
        )
        .bind(i64::from(bucket))
        .bind(now)
        .bind(spacing_ms)
        .execute(&self.pool)
        .await?;
        if granted.rows_affected() == 1 {
            return Ok(IdentifyTurn::Granted);
        }
        let (last,): (i64,) = sqlx::query_as("SELECT last_identify FROM identify_buckets WHERE bucket = ?")
            .bind(i64::from(bucket))
            .fetch_one(&self.pool)
            .await?;
        Ok(IdentifyTurn::wait(spacing, (now - last) as f64 / 1000.0))
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn temporary() -> (tempfile::TempDir, String, SqliteStore) {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let url = format!("sqlite://{}", dir.path().join("bot.db").display());
        let store = SqliteStore::open(&url).await.expect("the database opens");
        (dir, url, store)
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).expect("an instant")
    }

    #[tokio::test]
    async fn settings_survive_reopening_the_database() {
        let (_dir, url, store) = temporary().await;
        assert_eq!(store.language(1).await.expect("a read"), None);
        store.set_language(1, &LanguageSetting::Fixed("fr".into()), at(0)).await.expect("a write");
        store.set_language(2, &LanguageSetting::Auto, at(0)).await.expect("a write");
        store.close().await;
        let store = SqliteStore::open(&url).await.expect("the database opens again");
        assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
        assert_eq!(store.language(2).await.expect("a read"), Some(LanguageSetting::Auto));
        store.set_language(1, &LanguageSetting::Auto, at(0)).await.expect("an update");
        assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Auto));
    }

    #[tokio::test]
    async fn a_database_file_deleted_under_the_store_refuses_writes() {
        let (dir, _url, store) = temporary().await;
        store.set_language(1, &LanguageSetting::Fixed("fr".into()), at(0)).await.expect("a write");
        std::fs::remove_file(dir.path().join("bot.db")).expect("the file is deleted");
        let refused = store.set_language(1, &LanguageSetting::Auto, at(0)).await;
        assert!(matches!(refused, Err(WriteError(StorageError::FileGone(_)))), "{refused:?}");
        assert!(refused.unwrap_err().to_string().contains("deleted or replaced"));
        assert!(matches!(store.unsubscribe(2, 3).await, Err(WriteError(StorageError::FileGone(_)))));
    }

    #[tokio::test]
    async fn a_write_to_a_read_only_database_fails_and_changes_nothing() {
        let (_dir, url, store) = temporary().await;
        store.set_language(1, &LanguageSetting::Fixed("fr".into()), at(0)).await.expect("a write");
        store.close().await;
        let read_only = SqliteStore::open(&format!("{url}?mode=ro")).await.expect("read-only opens");
        assert!(read_only.set_language(1, &LanguageSetting::Auto, at(0)).await.is_err());
        assert_eq!(read_only.language(1).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
    }

    #[tokio::test]
    async fn a_database_of_the_previous_version_is_migrated_with_its_settings() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let url = format!("sqlite://{}", dir.path().join("old.db").display());
        let options = SqliteConnectOptions::from_str(&url).expect("a URL").create_if_missing(true);
        let pool = SqlitePool::connect_with(options).await.expect("a database");
        // The previous version: the first two migrations, and a setting as it wrote them.
        let mut previous = sqlx::migrate!("./migrations/sqlite");
        previous.migrations = previous.migrations.iter().filter(|m| m.version <= 2).cloned().collect();
        previous.run(&pool).await.expect("the previous migrations");
        sqlx::query("INSERT INTO guild_settings (guild_id, language, updated_at) VALUES (5, 'fr', '2026-11-20 10:00:00')")
            .execute(&pool)
            .await
            .expect("an old setting");
        pool.close().await;

        let store = SqliteStore::open(&url).await.expect("the database opens and migrates");
        assert_eq!(store.language(5).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
        let (updated,): (i64,) = sqlx::query_as("SELECT updated_at FROM guild_settings WHERE guild_id = 5")
            .fetch_one(&store.pool)
            .await
            .expect("a read");
        assert_eq!(updated, 1_795_168_800_000, "the text time became unix milliseconds");
    }

    /// One instant written to two columns (a run's time in the subscription and in its log)
    /// must read back the same from both, and columns are compared with each other (a due
    /// time with a lease's): every column keeps the same unit.
    #[tokio::test]
    async fn every_instant_is_kept_in_milliseconds() {
        use crate::digests::model::Finish;
        use crate::digests::schedule::{Frequency, Schedule};

        let (_dir, _url, store) = temporary().await;
        store.set_language(1, &LanguageSetting::Auto, at(1)).await.expect("a write");
        let schedule =
            Schedule::new(Frequency::Daily, "08:00", Some("Europe/Paris"), None, None).expect("a schedule");
        let subscription = Subscription::new(1, 2, schedule, at(2));
        store.subscribe(&subscription, 10, at(3)).await.expect("subscribed");
        let lease = Lease { holder: "a".into(), now: at(4), until: at(5) };
        let claimed = store.claim_due(at(2), &lease, 10).await.expect("claimed");
        let (_, claim_until): (i64, i64) =
            sqlx::query_as("SELECT next_run, claim_until FROM digest_subscriptions WHERE channel_id = 2")
                .fetch_one(&store.pool)
                .await
                .expect("a read");
        assert_eq!(claim_until, 5_000);
        let period = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        let delivery = Delivery {
            guild_id: 1,
            period,
            channel_id: 2,
            nonce: "n".into(),
            state: DeliveryState::Pending,
            message_id: None,
            watermark: period,
            recorded_at: at(6),
            attempts: 1,
        };
        store.record_intent(&delivery).await.expect("recorded");
        let paused = Finish::Paused(Pause::Forbidden);
        assert!(store.finish(&claimed[0].claim, period, &paused, at(7)).await.expect("finished"));
        let before = millis(SystemTime::now());
        assert!(store.claim_pause_notice(2).await.expect("claimed"));
        let after = millis(SystemTime::now());
        assert!(store.claim_registration("v1", at(8)).await.expect("claimed"));
        assert!(store.first_answer(9, at(9), at(0)).await.expect("answered"));

        let pool = &store.pool;
        let read = |sql: &'static str| async move {
            let (value,): (i64,) = sqlx::query_as(sql).fetch_one(pool).await.expect("a read");
            value
        };
        assert_eq!(read("SELECT updated_at FROM guild_settings").await, 1_000);
        assert_eq!(read("SELECT next_run FROM digest_subscriptions").await, 2_000);
        assert_eq!(read("SELECT created_at FROM digest_subscriptions").await, 3_000);
        assert_eq!(read("SELECT recorded_at FROM digest_deliveries").await, 6_000);
        assert_eq!(read("SELECT last_run FROM digest_subscriptions").await, 7_000);
        assert_eq!(read("SELECT updated_at FROM digest_subscriptions").await, 7_000);
        assert_eq!(read("SELECT at FROM digest_runs").await, 7_000, "the same instant as last_run");
        let noticed = read("SELECT pause_noticed FROM digest_subscriptions").await;
        assert!((before..=after).contains(&noticed), "{noticed} within {before}..={after}");
        assert_eq!(read("SELECT registered_at FROM command_registrations").await, 8_000);
        assert_eq!(read("SELECT answered_at FROM answered_interactions").await, 9_000);
        let read_back = store.subscription(1, 2).await.expect("a read").expect("found");
        let last = read_back.last.expect("a last run");
        assert_eq!((read_back.next_run, last.at), (at(2), at(7)));
        assert_eq!(store.history(1, 2, 10).await.expect("a read")[0].at, last.at);
    }
}
