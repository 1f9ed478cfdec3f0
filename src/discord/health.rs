//! Health checks and metrics on `HTTP_ADDR`, for an orchestrator and a Prometheus server:
//! `/healthz` (the process answers), `/readyz` (200 once every shard of the process is
//! connected, or the interactions endpoint is serving, and the store answers and takes writes;
//! 503 while starting, while a shard waits for its identify turn or reconnects, while the store
//! refuses writes, and from the start of shutdown) and `/metrics` (Prometheus text format, see
//! [`crate::telemetry::names`]).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use serenity::gateway::{ConnectionStage, ShardManager};
use tokio_util::sync::CancellationToken;

use super::serenity;
use crate::digests::health::WriteHealth;
use crate::digests::scheduler::Clock;
use crate::storage::Storage;
use crate::telemetry::{self, names};

/// How often the metrics' histograms are folded into their buckets, scraped or not.
const UPKEEP: Duration = Duration::from_secs(5);

/// How long `/readyz` waits for the store.
const STORE_BUDGET: Duration = Duration::from_secs(1);

/// What `/readyz` looks at.
pub(crate) struct Probe {
    /// Set once the clients exist, one per shard of this process: before, the bot is starting.
    shards: OnceLock<Vec<(u32, Arc<ShardManager>)>>,
    /// Set once the HTTP interactions endpoint serves (`serve`, which has no shards).
    serving: AtomicBool,
    stopping: AtomicBool,
    storage: Arc<dyn Storage>,
    clock: Arc<dyn Clock>,
    /// Whether the digests' writes go through (a read-only database answers reads).
    writes: Arc<WriteHealth>,
}

impl Probe {
    pub fn new(storage: Arc<dyn Storage>, clock: Arc<dyn Clock>, writes: Arc<WriteHealth>) -> Arc<Probe> {
        Arc::new(Probe {
            shards: OnceLock::new(),
            serving: AtomicBool::new(false),
            stopping: AtomicBool::new(false),
            storage,
            clock,
            writes,
        })
    }

    pub fn connecting(&self, shards: Vec<(u32, Arc<ShardManager>)>) {
        let _ = self.shards.set(shards);
    }

    pub fn serving(&self) {
        self.serving.store(true, Ordering::SeqCst);
    }

    pub fn stopping(&self) {
        self.stopping.store(true, Ordering::SeqCst);
    }

    /// Each shard's stage and latency; `None` for a shard still waiting for its identify turn.
    async fn shards(&self) -> Vec<(u32, Option<(ConnectionStage, Option<Duration>)>)> {
        let Some(managers) = self.shards.get() else { return Vec::new() };
        let mut shards = Vec::with_capacity(managers.len());
        for (shard, manager) in managers {
            let runners = manager.runners.lock().await;
            let runner = runners.values().next().map(|info| (info.stage, info.latency));
            shards.push((*shard, runner));
        }
        shards
    }

    /// How the store is: it answers a read within the budget, and the digests' last write went
    /// through.
    async fn store(&self) -> Store {
        let now = self.clock.now();
        match tokio::time::timeout(STORE_BUDGET, self.storage.next_due_after(now)).await {
            Ok(Ok(_)) if self.writes.refusing() => Store::RefusesWrites,
            Ok(Ok(_)) => Store::Works,
            _ => Store::Silent,
        }
    }
}

/// What `/readyz` found of the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Store {
    Works,
    /// It answers reads, and refuses the digests' writes (a read-only database).
    RefusesWrites,
    /// It does not answer.
    Silent,
}

/// Whether the bot is ready, else why not.
fn verdict(
    stopping: bool,
    started: bool,
    stages: &[ConnectionStage],
    store: Store,
) -> Result<(), &'static str> {
    if stopping {
        Err("stopping")
    } else if !started || stages.is_empty() {
        Err("starting")
    } else if !stages.iter().all(|stage| *stage == ConnectionStage::Connected) {
        Err("a shard is not connected")
    } else if store == Store::Silent {
        Err("the store does not answer")
    } else if store == Store::RefusesWrites {
        Err("the store refuses writes")
    } else {
        Ok(())
    }
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(probe): State<Arc<Probe>>) -> (StatusCode, String) {
    let stopping = probe.stopping.load(Ordering::SeqCst);
    let verdict = if probe.serving.load(Ordering::SeqCst) {
        // Over HTTP there are no shards: ready when the endpoint serves and the store answers.
        verdict(stopping, true, &[ConnectionStage::Connected], probe.store().await)
    } else {
        // A shard not started yet (waiting for its identify turn) is not connected.
        let stages: Vec<ConnectionStage> = probe
            .shards()
            .await
            .into_iter()
            .map(|(_, runner)| runner.map_or(ConnectionStage::Disconnected, |(stage, _)| stage))
            .collect();
        let store = if stages.is_empty() { Store::Silent } else { probe.store().await };
        verdict(stopping, probe.shards.get().is_some(), &stages, store)
    };
    match verdict {
        Ok(()) => (StatusCode::OK, "ready\n".to_owned()),
        Err(reason) => (StatusCode::SERVICE_UNAVAILABLE, format!("not ready: {reason}\n")),
    }
}

async fn metrics(State(probe): State<Arc<Probe>>) -> impl IntoResponse {
    let shards = probe.shards().await;
    let started: Vec<(u32, ConnectionStage, Option<Duration>)> =
        shards.into_iter().filter_map(|(shard, runner)| runner.map(|(s, l)| (shard, s, l))).collect();
    let connected = started.iter().filter(|(_, stage, _)| *stage == ConnectionStage::Connected).count();
    metrics::gauge!(names::SHARDS).set(started.len() as f64);
    metrics::gauge!(names::SHARDS_CONNECTED).set(connected as f64);
    for (shard, _, latency) in &started {
        if let Some(latency) = latency {
            metrics::gauge!(names::SHARD_LATENCY, "shard" => shard.to_string()).set(latency.as_secs_f64());
        }
    }
    let handle = telemetry::metrics();
    handle.run_upkeep();
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], handle.render())
}

/// Binds `addr` at once (a taken port stops the start) and serves until `stop`, with the routes
/// of `interactions` (`serve`'s endpoint) beside health and metrics, at most `max_connections`
/// at once (see [`super::listen`]).
pub(crate) async fn serve(
    addr: SocketAddr,
    probe: Arc<Probe>,
    interactions: Option<Router>,
    max_connections: usize,
    stop: CancellationToken,
) -> std::io::Result<tokio::task::JoinHandle<()>> {
    telemetry::metrics();
    let listener = super::listen::bind(addr)?;
    let what = if interactions.is_some() { "/interactions, " } else { "" };
    tracing::info!(address = %listener.local_addr()?, "serving {what}/healthz, /readyz and /metrics");
    let mut app = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(probe);
    if let Some(interactions) = interactions {
        app = app.merge(interactions);
    }
    // The exporter keeps each histogram sample until its upkeep folds it into the buckets:
    // without a scrape for a long while, that is memory growing with every interaction.
    let upkeep_stop = stop.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(UPKEEP);
        loop {
            tokio::select! {
                () = upkeep_stop.cancelled() => return,
                _ = every.tick() => telemetry::metrics().run_upkeep(),
            }
        }
    });
    Ok(tokio::spawn(super::listen::serve(listener, app, max_connections, stop)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_only_with_every_shard_connected_and_the_store_answering_and_not_stopping() {
        let connected = [ConnectionStage::Connected, ConnectionStage::Connected];
        assert_eq!(verdict(false, true, &connected, Store::Works), Ok(()));
        assert_eq!(verdict(false, false, &[], Store::Works), Err("starting"));
        assert_eq!(verdict(false, true, &[], Store::Works), Err("starting"));
        let resuming = [ConnectionStage::Connected, ConnectionStage::Resuming];
        assert_eq!(verdict(false, true, &resuming, Store::Works), Err("a shard is not connected"));
        assert_eq!(verdict(false, true, &connected, Store::Silent), Err("the store does not answer"));
        assert_eq!(verdict(false, true, &connected, Store::RefusesWrites), Err("the store refuses writes"));
        assert_eq!(verdict(true, true, &connected, Store::Works), Err("stopping"));
    }
}
