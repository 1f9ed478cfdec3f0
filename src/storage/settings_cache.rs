//! Servers' settings kept in this process's memory, on PostgreSQL, where other processes write
//! them too: every interaction reads its server's setting, and a round trip to the database for
//! each would cost more than the rest of the answer. Every write of a server's settings sends
//! `pg_notify(CHANNEL, guild)` in its transaction; a task LISTENs on that channel and evicts the
//! server here. While that task has no connection, a notification may be missed: the cache is
//! emptied and bypassed, and emptied again once the task LISTENs again.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use sqlx::postgres::PgListener;
use sqlx::PgPool;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::languages::ServerSettings;

/// The channel every write of a server's settings notifies, with the server's id as payload.
pub(super) const CHANNEL: &str = "alliance_digest_settings";

/// Servers kept at most: the oldest kept goes first beyond it.
pub(super) const CAPACITY: usize = 10_000;

/// The first wait before connecting the listener again, doubled at each failure up to
/// `RECONNECT_MAX`: a Postgres restarting is not hammered, and one back is noticed soon.
const RECONNECT_FIRST: Duration = Duration::from_millis(100);
const RECONNECT_MAX: Duration = Duration::from_secs(2);

pub(super) struct SettingsCache {
    state: RwLock<State>,
    capacity: usize,
}

#[derive(Default)]
struct State {
    /// Whether the listener is LISTENing: only then can an entry be trusted.
    live: bool,
    entries: HashMap<u64, ServerSettings>,
    /// Servers in the order they were kept, to evict the oldest; it may name servers evicted
    /// since, or twice, and is rebuilt once it grows past twice the capacity.
    order: VecDeque<u64>,
    /// Counts evictions: a read that began before one may have read what the eviction was
    /// for, and must not keep it.
    generation: u64,
}

/// What a read of the cache found.
pub(super) enum Lookup {
    Hit(ServerSettings),
    /// Not kept: read the database, then hand the ticket back with what it said.
    Miss(Ticket),
}

/// A read of the database to be kept, if nothing was evicted meanwhile (`None`: the cache is
/// bypassed, nothing is kept).
pub(super) struct Ticket(Option<u64>);

impl SettingsCache {
    pub(super) fn new(capacity: usize) -> SettingsCache {
        SettingsCache { state: RwLock::default(), capacity }
    }

    pub(super) fn get(&self, guild: u64) -> Lookup {
        let state = self.state.read().unwrap_or_else(|e| e.into_inner());
        if !state.live {
            return Lookup::Miss(Ticket(None));
        }
        match state.entries.get(&guild) {
            Some(setting) => Lookup::Hit(setting.clone()),
            None => Lookup::Miss(Ticket(Some(state.generation))),
        }
    }

    /// Keeps what the database said after a miss, unless something was evicted since.
    pub(super) fn keep(&self, ticket: Ticket, guild: u64, setting: ServerSettings) {
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        if !state.live || ticket.0 != Some(state.generation) {
            return;
        }
        if state.entries.insert(guild, setting).is_none() {
            state.order.push_back(guild);
        }
        while state.entries.len() > self.capacity {
            match state.order.pop_front() {
                Some(oldest) => {
                    state.entries.remove(&oldest);
                }
                None => break,
            }
        }
        if state.order.len() > 2 * self.capacity.max(1) {
            state.order = state.entries.keys().copied().collect();
        }
    }

    /// A server's settings changed (here or in another process).
    pub(super) fn evict(&self, guild: u64) {
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        state.generation += 1;
        state.entries.remove(&guild);
    }

    /// Forgets every server, and trusts what is kept from now on only if `live`.
    fn reset(&self, live: bool) {
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        state.generation += 1;
        state.entries.clear();
        state.order.clear();
        state.live = live;
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.state.read().unwrap_or_else(|e| e.into_inner()).entries.len()
    }
}

/// LISTENs on [`CHANNEL`] through a connection of `pool` (one of its own, so that a listener
/// lost is reconnected by a new connection, never by one of the store's idle ones), and keeps
/// `cache` live while it does. `stop` ends the task, and closes `pool`.
pub(super) async fn spawn_listener(
    pool: PgPool,
    cache: Arc<SettingsCache>,
    stop: CancellationToken,
) -> JoinHandle<()> {
    // The first connection before the store is handed out, so that it caches from the start.
    let first = connect(&pool).await;
    if first.is_ok() {
        cache.reset(true);
    }
    tokio::spawn(async move {
        let mut listener = match first {
            Ok(listener) => Some(listener),
            Err(error) => {
                tracing::warn!(%error, "cannot LISTEN for settings changes; reading them at each use");
                None
            }
        };
        let mut wait = RECONNECT_FIRST;
        loop {
            let Some(mut connected) = listener.take() else {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = tokio::time::sleep(wait) => {}
                }
                match connect(&pool).await {
                    Ok(connected) => {
                        tracing::info!("listening for settings changes again; caching them again");
                        // Anything kept before was emptied when the listener was lost.
                        cache.reset(true);
                        listener = Some(connected);
                        wait = RECONNECT_FIRST;
                    }
                    Err(error) => {
                        tracing::debug!(%error, "cannot LISTEN for settings changes yet");
                        wait = (wait * 2).min(RECONNECT_MAX);
                    }
                }
                continue;
            };
            loop {
                let received = tokio::select! {
                    _ = stop.cancelled() => {
                        drop(connected);
                        cache.reset(false);
                        pool.close().await;
                        return;
                    }
                    received = connected.try_recv() => received,
                };
                match received {
                    Ok(Some(notification)) => match notification.payload().parse::<i64>() {
                        Ok(guild) => cache.evict(guild as u64),
                        // Not one of ours: which server changed is unknown.
                        Err(_) => cache.reset(true),
                    },
                    Ok(None) | Err(_) => {
                        // Whatever was notified meanwhile is lost.
                        cache.reset(false);
                        tracing::warn!("lost the connection that LISTENs for settings changes; reading them at each use until it is back");
                        break;
                    }
                }
            }
        }
        cache.reset(false);
        pool.close().await;
    })
}

async fn connect(pool: &PgPool) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    // A lost connection is this task's to notice and reconnect (the cache must be dropped
    // meanwhile): not PgListener's, which would reconnect without saying so.
    listener.eager_reconnect(false);
    listener.listen(CHANNEL).await?;
    Ok(listener)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(tag: &str) -> ServerSettings {
        let language = Some(crate::languages::LanguageSetting::Fixed(tag.into()));
        ServerSettings { language, layout: None }
    }

    fn read(cache: &SettingsCache, guild: u64) -> Result<ServerSettings, Ticket> {
        match cache.get(guild) {
            Lookup::Hit(setting) => Ok(setting),
            Lookup::Miss(ticket) => Err(ticket),
        }
    }

    #[test]
    fn nothing_is_kept_until_the_listener_is_live_nor_after_it_is_lost() {
        let cache = SettingsCache::new(10);
        let Err(ticket) = read(&cache, 1) else { panic!("a miss") };
        cache.keep(ticket, 1, fixed("fr"));
        assert!(read(&cache, 1).is_err(), "not live: bypassed");
        cache.reset(true);
        let Err(ticket) = read(&cache, 1) else { panic!("a miss") };
        cache.keep(ticket, 1, fixed("fr"));
        assert_eq!(read(&cache, 1).ok(), Some(fixed("fr")));
        cache.reset(false);
        assert!(read(&cache, 1).is_err(), "dropped and bypassed once lost");
    }

    #[test]
    fn a_read_that_began_before_an_eviction_is_not_kept() {
        let cache = SettingsCache::new(10);
        cache.reset(true);
        let Err(ticket) = read(&cache, 1) else { panic!("a miss") };
        // The database said "fr"; meanwhile another process wrote "de" and notified.
        cache.evict(1);
        cache.keep(ticket, 1, fixed("fr"));
        assert!(read(&cache, 1).is_err(), "the stale read was not kept");
        let Err(ticket) = read(&cache, 1) else { panic!("a miss") };
        cache.keep(ticket, 1, fixed("de"));
        assert_eq!(read(&cache, 1).ok(), Some(fixed("de")));
        cache.evict(1);
        assert!(read(&cache, 1).is_err());
    }

    #[test]
    fn the_cache_keeps_at_most_its_capacity_the_oldest_going_first() {
        let cache = SettingsCache::new(3);
        cache.reset(true);
        for guild in 0..5 {
            let Err(ticket) = read(&cache, guild) else { panic!("a miss") };
            cache.keep(ticket, guild, ServerSettings::default());
        }
        assert_eq!(cache.len(), 3);
        assert!(read(&cache, 0).is_err() && read(&cache, 1).is_err());
        assert_eq!(read(&cache, 4).ok(), Some(ServerSettings::default()), "no setting is kept too");
        // Evicted and kept again, many times: the order stays bounded.
        for _ in 0..100 {
            cache.evict(4);
            let Err(ticket) = read(&cache, 4) else { panic!("a miss") };
            cache.keep(ticket, 4, fixed("fr"));
        }
        assert_eq!(cache.len(), 3);
        assert!(cache.state.read().expect("a lock").order.len() <= 6);
    }
}
