//! The PostgreSQL store, for several processes sharing the work: instants as `TIMESTAMPTZ`,
//! dates as `DATE`, ids as `BIGINT`. Due digests are claimed with `FOR UPDATE SKIP LOCKED`, so
//! that concurrent claims never wait for each other nor take the same row; server settings are
//! kept in memory, each evicted when any process writes it (LISTEN/NOTIFY, `settings_cache.rs`);
//! the digests' request pacing is one row every process shares ([`PostgresStore::shared_pacer`]).
//! A connection lost (Postgres restarting) fails the calls that needed it, and the pool opens a
//! new one at the next call.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::postgres::{PgPoolOptions, PgRow};
use sqlx::{PgPool, Row};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::settings_cache::{self, Lookup, SettingsCache};
use super::{
    corrupt, id, next_run_or_pause, outcome_of, readable, schedule_of, sql, target_of, topics_of,
    DigestStore, IdentifyTurn, LanguageStore, Storage, StorageError, WriteError, DELIVERY_COLUMNS,
    SUBSCRIPTION_COLUMNS,
};
use crate::digests::model::{
    Claim, Claimed, Delivery, DeliveryState, Finish, Intent, LastRun, Lease, Note, Pause, Subscribed,
    Subscription, HISTORY_KEPT,
};
use crate::digests::pacing::{self, LocalPacer, Pace};
use crate::languages::{LanguageSetting, LayoutSetting, ServerSettings};

/// Connections per process: one per scheduler worker, the lease renewal, interactions.
const CONNECTIONS: u32 = 12;
/// How long a call waits for a connection before it fails (an interaction must be answered
/// within 3 seconds; a Postgres that is down must not hold it longer).
const ACQUIRE: Duration = Duration::from_secs(2);

pub struct PostgresStore {
    pool: PgPool,
    /// Servers' settings as last read, while a listener hears every write of them.
    settings: Arc<SettingsCache>,
    /// Ends the listener: at `close`, or when the store is dropped unclosed.
    stop: CancellationToken,
    listener: Mutex<Option<JoinHandle<()>>>,
}

impl PostgresStore {
    /// Connects to the database at `url` and applies `migrations/postgres/`. A database that
    /// cannot be reached is an error at once: the bot does not start without its store.
    pub async fn open(url: &str) -> Result<PostgresStore, StorageError> {
        let pool = PgPoolOptions::new()
            .max_connections(CONNECTIONS)
            .min_connections(1)
            .acquire_timeout(ACQUIRE)
            .connect(url)
            .await
            .map_err(|source| StorageError::Open { url: crate::error::redact_url(url), source })?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        // The listener's own connection, outside the pool: it is held for as long as it
        // listens, and once lost only a new connection may bring it back.
        let listening = PgPoolOptions::new()
            .max_connections(1)
            .acquire_timeout(ACQUIRE)
            .max_lifetime(None)
            .idle_timeout(None)
            .connect_lazy_with((*pool.connect_options()).clone());
        let settings = Arc::new(SettingsCache::new(settings_cache::CAPACITY));
        let stop = CancellationToken::new();
        let listener = settings_cache::spawn_listener(listening, Arc::clone(&settings), stop.clone()).await;
        Ok(PostgresStore { pool, settings, stop, listener: Mutex::new(Some(listener)) })
    }
}

fn subscription(row: &PgRow) -> Result<Subscription, StorageError> {
    let frequency: String = row.try_get("frequency")?;
    let time: String = row.try_get("local_time")?;
    let zone: String = row.try_get("zone")?;
    let weekday: Option<i32> = row.try_get("weekday")?;
    let day: Option<i32> = row.try_get("day")?;
    let schedule = schedule_of(&frequency, weekday.map(i64::from), day.map(i64::from), &time, &zone)
        .map_err(|e| corrupt(format!("schedule of channel {}: {e}", row.get::<i64, _>("channel_id"))))?;
    let paused: Option<String> = row.try_get("paused")?;
    let last_run: Option<DateTime<Utc>> = row.try_get("last_run")?;
    let last_period: Option<NaiveDate> = row.try_get("last_period")?;
    let last_outcome: Option<String> = row.try_get("last_outcome")?;
    let last = match (last_run, last_period, last_outcome) {
        (Some(at), Some(period), Some(outcome)) => Some(LastRun {
            at,
            period,
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
        channel_id: row.try_get::<i64, _>("channel_id")? as u64,
        schedule,
        topics,
        role_id: id(row.try_get("role_id")?),
        target,
        publish: row.try_get("publish")?,
        thread: row.try_get("thread")?,
        guild_locale: row.try_get("guild_locale")?,
        next_run: row.try_get("next_run")?,
        paused: paused.and_then(|p| Pause::parse(&p)),
        pause_noticed: row.try_get::<Option<DateTime<Utc>>, _>("pause_noticed")?.is_some(),
        watermark: row.try_get("watermark")?,
        last,
    })
}

fn run(row: &PgRow) -> Result<LastRun, StorageError> {
    let outcome: String = row.try_get("outcome")?;
    Ok(LastRun {
        at: row.try_get("at")?,
        period: row.try_get("period")?,
        outcome: outcome_of(&outcome)?,
        message_id: id(row.try_get("message_id")?),
        notes: Note::decode_all(row.try_get::<Option<String>, _>("notes")?.as_deref()),
    })
}

fn claimed(row: &PgRow) -> Result<Claimed, StorageError> {
    let subscription = subscription(row)?;
    let claim = Claim {
        channel_id: subscription.channel_id,
        holder: row.try_get::<Option<String>, _>("claim_holder")?.unwrap_or_default(),
        attempt: row.try_get("claim_attempt")?,
    };
    Ok(Claimed { subscription, claim })
}

fn delivery(row: &PgRow) -> Result<Delivery, StorageError> {
    let state: String = row.try_get("state")?;
    Ok(Delivery {
        guild_id: row.try_get::<i64, _>("guild_id")? as u64,
        period: row.try_get("period")?,
        channel_id: row.try_get::<i64, _>("channel_id")? as u64,
        nonce: row.try_get("nonce")?,
        state: DeliveryState::parse(&state).ok_or_else(|| corrupt(format!("delivery state {state}")))?,
        message_id: row.try_get::<Option<i64>, _>("message_id")?.map(|id| id as u64),
        watermark: row.try_get("watermark")?,
        recorded_at: row.try_get("recorded_at")?,
        attempts: row.try_get::<i32, _>("attempts")? as u32,
    })
}

#[async_trait]
impl LanguageStore for PostgresStore {
    async fn settings(&self, guild_id: u64) -> Result<ServerSettings, StorageError> {
        let ticket = match self.settings.get(guild_id) {
            Lookup::Hit(settings) => return Ok(settings),
            Lookup::Miss(ticket) => ticket,
        };
        let row: Option<(String, Option<String>)> =
            sqlx::query_as(sql::SETTINGS).bind(guild_id as i64).fetch_optional(&self.pool).await?;
        let settings = super::settings_of(row);
        self.settings.keep(ticket, guild_id, settings.clone());
        Ok(settings)
    }

    async fn set_language(
        &self,
        guild_id: u64,
        setting: &LanguageSetting,
        now: DateTime<Utc>,
    ) -> Result<(), WriteError> {
        let write = sqlx::query(sql::SET_LANGUAGE).bind(guild_id as i64).bind(setting.as_str()).bind(now);
        self.write_setting(guild_id, write).await
    }

    async fn set_layout(
        &self,
        guild_id: u64,
        layout: LayoutSetting,
        now: DateTime<Utc>,
    ) -> Result<(), WriteError> {
        let write = sqlx::query(sql::SET_LAYOUT).bind(guild_id as i64).bind(layout.as_str()).bind(now);
        self.write_setting(guild_id, write).await
    }
}

impl PostgresStore {
    /// Writes a server's setting and tells every process. The notification leaves with the
    /// commit, and only with it: every process that keeps this server's settings forgets them
    /// once the new ones can be read.
    async fn write_setting(
        &self,
        guild_id: u64,
        write: sqlx::query::Query<'_, sqlx::Postgres, sqlx::postgres::PgArguments>,
    ) -> Result<(), WriteError> {
        let mut tx = self.pool.begin().await?;
        write.execute(&mut *tx).await?;
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(settings_cache::CHANNEL)
            .bind((guild_id as i64).to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        // This process's next reply speaks it at once, not when its own notification is back.
        self.settings.evict(guild_id);
        Ok(())
    }
}

#[async_trait]
impl DigestStore for PostgresStore {
    async fn subscribe(
        &self,
        s: &Subscription,
        limit: u32,
        now: DateTime<Utc>,
    ) -> Result<Subscribed, WriteError> {
        let mut tx = self.pool.begin().await?;
        // One subscriber of a server at a time, whichever process: the count stays true.
        sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(s.guild_id as i64).execute(&mut *tx).await?;
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
            .bind(s.schedule.weekday().map(|w| w.number_from_monday() as i32))
            .bind(s.schedule.day().map(|d| d as i32))
            .bind(s.schedule.time.to_string())
            .bind(s.schedule.zone.name())
            .bind(s.guild_locale.as_deref())
            .bind(s.next_run)
            .bind(s.watermark)
            .bind((!s.topics.is_all()).then(|| s.topics.encode()))
            .bind(s.role_id.map(|r| r as i64))
            .bind(s.target.as_str())
            .bind(s.target.tag().map(|t| t as i64))
            .bind(s.publish)
            .bind(s.thread)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(if existed.is_some() { Subscribed::Replaced } else { Subscribed::New })
    }

    async fn unsubscribe(&self, guild_id: u64, channel_id: u64) -> Result<Option<Subscription>, WriteError> {
        let mut tx = self.pool.begin().await?;
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
             WHERE guild_id = $1 AND channel_id = $2 ORDER BY at DESC LIMIT $3",
        )
        .bind(guild_id as i64)
        .bind(channel_id as i64)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(run).collect()
    }

    async fn follow_locale(&self, user_id: u64, locale: &str) -> Result<(), StorageError> {
        let kept: Option<(Option<String>,)> =
            sqlx::query_as(sql::PERSONAL_LOCALE).bind(user_id as i64).fetch_optional(&self.pool).await?;
        if matches!(kept, Some((ref kept,)) if kept.as_deref() != Some(locale)) {
            sqlx::query(sql::FOLLOW_LOCALE).bind(user_id as i64).bind(locale).execute(&self.pool).await?;
        }
        Ok(())
    }

    async fn claim_pause_notice(&self, channel_id: u64) -> Result<bool, StorageError> {
        let claimed = sqlx::query(sql::CLAIM_PAUSE_NOTICE)
            .bind(channel_id as i64)
            .bind(Utc::now())
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
        // Rows another claim has locked are skipped, not waited for; a row claimed and committed
        // since this statement began is re-checked under its lock, and left.
        let query = format!(
            "UPDATE digest_subscriptions s SET claim_holder = $1, claim_until = $2, \
             claim_attempt = s.claim_attempt + 1 \
             FROM (SELECT channel_id FROM digest_subscriptions \
                WHERE paused IS NULL AND next_run <= $3 AND (claim_until IS NULL OR claim_until <= $4) \
                ORDER BY next_run, claim_until IS NULL, claim_until LIMIT $5 FOR UPDATE SKIP LOCKED) due \
             WHERE s.channel_id = due.channel_id \
             RETURNING {}",
            SUBSCRIPTION_COLUMNS.split(", ").map(|c| format!("s.{c}")).collect::<Vec<_>>().join(", ")
        );
        let rows = sqlx::query(&query)
            .bind(&lease.holder)
            .bind(lease.until)
            .bind(due)
            .bind(lease.now)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await?;
        // Longest waiting first; among those, claims taken over from a dead holder first.
        let mut claimed = readable(rows.iter().map(claimed).collect());
        claimed.sort_by_key(|c| c.subscription.next_run);
        Ok(claimed)
    }

    async fn renew(&self, lease: &Lease, claims: &[Claim]) -> Result<Vec<(u64, i64)>, StorageError> {
        let channels: Vec<i64> = claims.iter().map(|c| c.channel_id as i64).collect();
        let attempts: Vec<i64> = claims.iter().map(|c| c.attempt).collect();
        let renewed: Vec<(i64, i64)> = sqlx::query_as(
            "UPDATE digest_subscriptions s SET claim_until = $1 \
             FROM UNNEST($3::BIGINT[], $4::BIGINT[]) AS held(channel_id, attempt) \
             WHERE s.channel_id = held.channel_id AND s.claim_attempt = held.attempt AND s.claim_holder = $2 \
             RETURNING s.channel_id, s.claim_attempt",
        )
        .bind(lease.until)
        .bind(&lease.holder)
        .bind(channels)
        .bind(attempts)
        .fetch_all(&self.pool)
        .await?;
        Ok(renewed.into_iter().map(|(channel, attempt)| (channel as u64, attempt)).collect())
    }

    async fn fence(&self, claim: &Claim, lease: &Lease) -> Result<bool, StorageError> {
        let fenced = sqlx::query(sql::FENCE)
            .bind(lease.until)
            .bind(claim.channel_id as i64)
            .bind(&claim.holder)
            .bind(claim.attempt)
            .execute(&self.pool)
            .await?;
        Ok(fenced.rows_affected() == 1)
    }

    async fn next_due_after(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, StorageError> {
        let row: (Option<DateTime<Utc>>,) =
            sqlx::query_as(sql::NEXT_DUE_AFTER).bind(now).fetch_one(&self.pool).await?;
        Ok(row.0)
    }

    async fn record_intent(&self, d: &Delivery) -> Result<Intent, StorageError> {
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO digest_deliveries (guild_id, period, channel_id, nonce, state, watermark, recorded_at) \
             VALUES ($1, $2, $3, $4, 'pending', $5, $6) ON CONFLICT (channel_id, period) DO NOTHING",
        )
        .bind(d.guild_id as i64)
        .bind(d.period)
        .bind(d.channel_id as i64)
        .bind(&d.nonce)
        .bind(d.watermark)
        .bind(d.recorded_at)
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 1 {
            tx.commit().await?;
            return Ok(Intent::New);
        }
        let query = format!(
            "SELECT {DELIVERY_COLUMNS} FROM digest_deliveries WHERE channel_id = $1 AND period = $2 FOR UPDATE"
        );
        let row = sqlx::query(&query).bind(d.channel_id as i64).bind(d.period).fetch_one(&mut *tx).await?;
        sqlx::query(sql::RETRY_DELIVERY).bind(d.channel_id as i64).bind(d.period).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Intent::Existing(delivery(&row)?))
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
        let mut tx = self.pool.begin().await?;
        let (next_run, paused) = next_run_or_pause(finish);
        let moved: Option<(i64,)> = sqlx::query_as(sql::FINISH)
            .bind(now)
            .bind(period)
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
        let Some((guild_id,)) = moved else {
            // Taken over, or unsubscribed: this holder records nothing.
            tx.rollback().await?;
            return Ok(false);
        };
        if let Some(state) = state {
            sqlx::query(sql::FINISH_DELIVERY)
                .bind(state.as_str())
                .bind(message_id.map(|id| id as i64))
                .bind(channel_id)
                .bind(period)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(sql::LOG_RUN)
            .bind(channel_id)
            .bind(guild_id)
            .bind(now)
            .bind(period)
            .bind(outcome.encode())
            .bind(message_id.map(|id| id as i64))
            .bind(notes.as_deref())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM digest_runs WHERE channel_id = $1 AND ctid NOT IN \
             (SELECT ctid FROM digest_runs WHERE channel_id = $1 ORDER BY at DESC LIMIT $2)",
        )
        .bind(channel_id)
        .bind(HISTORY_KEPT)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    fn shared_pacer(&self, per_second: u32) -> Option<Arc<dyn Pace>> {
        Some(Arc::new(SharedPacer {
            pool: self.pool.clone(),
            interval: pacing::interval(per_second),
            fallback: LocalPacer::new(per_second),
        }))
    }

    async fn release(&self, claim: &Claim) -> Result<bool, StorageError> {
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
impl Storage for PostgresStore {
    async fn claim_registration(&self, fingerprint: &str, now: DateTime<Utc>) -> Result<bool, StorageError> {
        let claimed =
            sqlx::query(sql::CLAIM_REGISTRATION).bind(fingerprint).bind(now).execute(&self.pool).await?;
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
        let at = sqlx::query_scalar(sql::REGISTRATION_PENDING_SINCE)
            .bind(fingerprint)
            .fetch_optional(&self.pool)
            .await?;
        Ok(at)
    }

    async fn first_answer(
        &self,
        id: u64,
        now: DateTime<Utc>,
        forget_before: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        // One statement, one round trip: the old ids pruned, this one recorded unless known.
        let first: Option<(i64,)> = sqlx::query_as(
            "WITH pruned AS (DELETE FROM answered_interactions WHERE answered_at < $3) \
             INSERT INTO answered_interactions (interaction_id, answered_at) VALUES ($1, $2) \
             ON CONFLICT (interaction_id) DO NOTHING RETURNING interaction_id",
        )
        .bind(id as i64)
        .bind(now)
        .bind(forget_before)
        .fetch_optional(&self.pool)
        .await?;
        Ok(first.is_some())
    }

    async fn claim_identify(&self, bucket: u32, spacing: Duration) -> Result<IdentifyTurn, StorageError> {
        // By the database's clock, so that processes on hosts whose clocks differ agree. The
        // upsert's condition is checked on the row's latest version, under its lock: of two
        // processes asking at once, the second sees the first's turn and is refused.
        let granted: Option<(i32,)> = sqlx::query_as(
            "WITH clock AS (SELECT clock_timestamp() AS now) \
             INSERT INTO identify_buckets (bucket, last_identify) SELECT $1, clock.now FROM clock \
             ON CONFLICT (bucket) DO UPDATE SET last_identify = excluded.last_identify \
             WHERE identify_buckets.last_identify <= excluded.last_identify - make_interval(secs => $2) \
             RETURNING bucket",
        )
        .bind(bucket as i32)
        .bind(spacing.as_secs_f64())
        .fetch_optional(&self.pool)
        .await?;
        if granted.is_some() {
            return Ok(IdentifyTurn::Granted);
        }
        let (since_last,): (f64,) = sqlx::query_as(
            "SELECT EXTRACT(EPOCH FROM (clock_timestamp() - last_identify))::float8 \
             FROM identify_buckets WHERE bucket = $1",
        )
        .bind(bucket as i32)
        .fetch_one(&self.pool)
        .await?;
        Ok(IdentifyTurn::wait(spacing, since_last))
    }

    async fn close(&self) {
        self.stop.cancel();
        let listener = self.listener.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(listener) = listener {
            if let Err(error) = listener.await {
                tracing::warn!(%error, "the settings listener ended abnormally");
            }
        }
        self.pool.close().await;
    }
}

impl Drop for PostgresStore {
    /// A store dropped without `close` ends its listener all the same.
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

/// Slots handed out by one row for every process: each takes the next free slot, by the
/// database's clock (so that the hosts' clocks need not agree), and sleeps until it.
struct SharedPacer {
    pool: PgPool,
    interval: Duration,
    /// While the database cannot be reached, this process paces itself alone.
    fallback: LocalPacer,
}

#[async_trait]
impl Pace for SharedPacer {
    async fn acquire(&self) {
        for _ in 0..pacing::RETAKES {
            let asked = tokio::time::Instant::now();
            let taken: Result<(f64,), sqlx::Error> = sqlx::query_as(
                "WITH clock AS (SELECT clock_timestamp() AS now) \
                 UPDATE rate_limit SET next_slot = GREATEST(next_slot, clock.now) + make_interval(secs => $1) \
                 FROM clock WHERE id = 1 \
                 RETURNING EXTRACT(EPOCH FROM (next_slot - clock.now))::float8 - $1",
            )
            .bind(self.interval.as_secs_f64())
            .fetch_one(&self.pool)
            .await;
            let slot = match taken {
                // The wait counts from the database's clock when it took the slot: here, about
                // halfway through the round trip (not at its end, which a loaded machine
                // delays, and would put this process's slots late against the others').
                Ok((wait,)) => {
                    let halfway = asked + asked.elapsed() / 2;
                    halfway + Duration::from_secs_f64(wait.max(0.0))
                }
                Err(error) => {
                    tracing::warn!(%error, "cannot take a shared request slot; pacing this process alone");
                    return self.fallback.acquire().await;
                }
            };
            tokio::time::sleep_until(slot).await;
            if tokio::time::Instant::now() <= slot + pacing::LATE {
                return;
            }
        }
    }

    async fn hold(&self, wait: Duration) {
        self.fallback.hold(wait).await;
        let held = sqlx::query(
            "UPDATE rate_limit SET next_slot = GREATEST(next_slot, clock_timestamp() + make_interval(secs => $1)) \
             WHERE id = 1",
        )
        .bind(wait.as_secs_f64())
        .execute(&self.pool)
        .await;
        if let Err(error) = held {
            tracing::warn!(%error, "cannot share a global rate limit hold");
        }
    }
}
