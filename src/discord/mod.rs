//! The Discord edge, the only part of the crate that knows Discord's client.
//!
//! - [`handler`] is the one command layer: an interaction in, a response out, errors turned
//!   into answers in one place. [`commands`] holds one file per command: its declaration (for
//!   registration) and its handler.
//! - Two transports call the same handlers: [`gateway`] (`alliance-digest run`: serenity's
//!   gateway client, answers sent over REST) and [`http`] (`alliance-digest serve`: Discord
//!   posts signed interactions to `/interactions`, answered in the HTTP response body).
//! - [`register`] sends the commands to Discord, worded from `locales/`; [`respond`] turns core
//!   messages into serenity's builders; [`poster`] posts digests; [`health`] serves
//!   `/healthz`, `/readyz` and `/metrics`, beside `/interactions` in `serve`.
//! - [`Bot::build`] opens the storage; [`Bot::run_until_stopped`] (gateway) or
//!   [`Bot::serve_until_stopped`] (HTTP) answers interactions and runs the digest scheduler
//!   until shutdown (one cancellation token for all), then stops taking new work, finishes what
//!   is in flight and closes the database. The binary and the tests call the same functions.

pub mod call;
pub mod commands;
mod gateway;
pub mod handler;
mod health;
pub mod http;
mod listen;
mod permissions;
mod poster;
mod register;
mod reload;
mod respond;
mod shards;

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;
use serenity::HttpBuilder;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::content::engine::{Current, Engine};
use crate::digests::health::WriteHealth;
use crate::digests::pacing::{self, Pace};
use crate::digests::ports::DigestStore;
use crate::digests::scheduler::{Clock, Scheduler, SystemClock};
use crate::error::StorageError;
use crate::languages::GuildLocales;
use crate::storage::{self, Storage};
use crate::telemetry::names;
use health::Probe;

pub use poster::HttpPoster;
pub use register::commands as registered_commands;

/// How long shutdown waits for interactions in flight.
const DRAIN_BUDGET: Duration = Duration::from_secs(10);

/// Why the bot could not start, or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error("cannot open the settings store: {0}")]
    Storage(#[from] StorageError),
    #[error("Discord client error: {0}")]
    Client(#[from] serenity::Error),
    #[error("cannot serve HTTP_ADDR: {0}")]
    Http(std::io::Error),
    #[error("DISCORD_PUBLIC_KEY is needed to serve interactions over HTTP (the application's public key, from the developer portal)")]
    MissingPublicKey,
    #[error("DISCORD_PUBLIC_KEY is not a valid Ed25519 public key")]
    BadPublicKey,
}

/// What went wrong inside a command that the user can do nothing about. The user gets a
/// localised apology; the log gets this, with its cause.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("cannot talk to Discord: {0}")]
    Discord(#[from] serenity::Error),
    #[error("storage: {0}")]
    Storage(#[from] StorageError),
}

/// What every handler shares.
pub struct Shared {
    /// The facts and words being served, replaced whole by a reload.
    pub engine: Arc<Current>,
    pub storage: Arc<dyn Storage>,
    /// The time schedules run by.
    pub clock: Arc<dyn Clock>,
    /// Servers' Discord locales (from the gateway, or from interactions), for digests.
    pub locales: Arc<GuildLocales>,
    /// Tells the scheduler that a schedule changed.
    pub wake: Arc<Notify>,
    /// How many channels of a server may have a digest.
    pub subscriptions_per_server: u32,
    /// Discord's global rate limit, which the digests, a command's own requests (see
    /// [`Call::turn`](call::Call::turn)) and a shard's start (see `shards::start_bucket`) share.
    pub pacer: Arc<dyn Pace>,
}

/// poise's context and command, for the commands' declarations.
pub(crate) type Context<'a> = poise::Context<'a, Arc<Shared>, CommandError>;
pub(crate) type Command = poise::Command<Arc<Shared>, CommandError>;

/// The bot, built and ready to connect.
pub struct Bot {
    config: Config,
    engine: Engine,
    storage: Arc<dyn Storage>,
    clock: Arc<dyn Clock>,
    /// The spacing between two identifies of one rate-limit bucket, across processes.
    identify_turn: Duration,
}

/// Discord's global rate limit counts the requests of each second.
const RATE_WINDOW: Duration = Duration::from_secs(1);

/// What both transports run beside their interactions: health and metrics, and the digests.
struct Base {
    config: Config,
    identify_turn: Duration,
    shared: Arc<Shared>,
    discord: Arc<serenity::Http>,
    probe: Arc<Probe>,
    in_flight: Arc<InFlight>,
    /// Stops the digests and the reloads.
    stop: CancellationToken,
    digests: tokio::task::JoinHandle<()>,
    /// Set once the start's own requests to Discord (the application, the gateway, the
    /// commands' registration) are done: the digests wait for it (see [`Base::started`]).
    started: Arc<tokio::sync::watch::Sender<bool>>,
    reloads: tokio::task::JoinHandle<()>,
    /// Stops the HTTP server, last.
    http_stop: CancellationToken,
    http_server: Option<tokio::task::JoinHandle<()>>,
}

impl Bot {
    /// Opens the storage (applying migrations) and prepares the bot; nothing is sent to Discord
    /// yet.
    pub async fn build(config: Config, engine: Engine) -> Result<Bot, BotError> {
        let storage = storage::open(&config.database_url).await?;
        Ok(Bot {
            config,
            engine,
            storage,
            clock: Arc::new(SystemClock),
            identify_turn: shards::IDENTIFY_TURN,
        })
    }

    /// Runs schedules by another clock than the wall clock (the tests move theirs).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Bot {
        self.clock = clock;
        self
    }

    /// Spaces the identifies of a rate-limit bucket by `spacing` instead of Discord's 5 s (plus
    /// a margin): the tests' stand-in has no such limit, and a restarted bot need not wait.
    pub fn with_identify_turn(mut self, spacing: Duration) -> Bot {
        self.identify_turn = spacing;
        self
    }

    /// `alliance-digest run`: connects to Discord's gateway, answers interactions and posts
    /// digests until `shutdown` completes; then stops taking interactions and digests, finishes
    /// those in flight and closes the database.
    pub async fn run_until_stopped(self, shutdown: impl Future<Output = ()> + Send) -> Result<(), BotError> {
        let addr = self.config.http_addr;
        let base = self.start(addr, None).await?;
        gateway::run(base, shutdown).await
    }

    /// `alliance-digest serve`: answers the interactions Discord posts to `/interactions` on
    /// `HTTP_ADDR` (with `/healthz`, `/readyz` and `/metrics`), registers the commands over
    /// REST and posts digests, with no gateway connection, until `shutdown` completes.
    pub async fn serve_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send,
    ) -> Result<(), BotError> {
        let endpoint = match self.config.public_key.map(http::Endpoint::new) {
            Some(Some(endpoint)) => Arc::new(endpoint),
            Some(None) => {
                self.storage.close().await;
                return Err(BotError::BadPublicKey);
            }
            None => {
                self.storage.close().await;
                return Err(BotError::MissingPublicKey);
            }
        };
        let addr = self.config.http_addr.unwrap_or(http::DEFAULT_ADDR);
        let base = self.start(Some(addr), Some(Arc::clone(&endpoint))).await?;
        http::run(base, endpoint, shutdown).await
    }

    /// Starts what both transports share: the HTTP server when asked (health, metrics, and the
    /// interactions endpoint when given) and the digest scheduler.
    async fn start(
        self,
        addr: Option<std::net::SocketAddr>,
        endpoint: Option<Arc<http::Endpoint>>,
    ) -> Result<Base, BotError> {
        let pacer = pacing::for_store(self.storage.as_ref(), self.config.rate_limit);
        let shared = Arc::new(Shared {
            engine: Arc::new(Current::new(self.engine)),
            storage: self.storage,
            clock: self.clock,
            locales: Arc::default(),
            wake: Arc::default(),
            subscriptions_per_server: self.config.subscriptions_per_server,
            pacer,
        });
        let mut http = HttpBuilder::new(self.config.token.expose());
        if let Some(url) = &self.config.api_url {
            // serenity sends requests to its proxy base only with its own rate limiter off;
            // behind a proxy (or the tests' stand-in) pacing is the proxy's job, and ours.
            http = http.proxy(url.as_str()).ratelimiter_disabled(true);
        }
        let discord = Arc::new(http.build());
        let in_flight = Arc::new(InFlight::default());
        // Health and metrics first, so that an orchestrator sees the bot starting.
        let writes = Arc::new(WriteHealth::default());
        let probe = Probe::new(Arc::clone(&shared.storage), Arc::clone(&shared.clock), Arc::clone(&writes));
        let http_stop = CancellationToken::new();
        let http_server = match addr {
            Some(addr) => {
                let interactions = endpoint.map(|endpoint| {
                    http::router(endpoint, Arc::clone(&shared), Arc::clone(&discord), Arc::clone(&in_flight))
                });
                let cap = self.config.max_connections;
                match health::serve(addr, Arc::clone(&probe), interactions, cap, http_stop.clone()).await {
                    Ok(server) => Some(server),
                    Err(error) => {
                        shared.storage.close().await;
                        return Err(BotError::Http(error));
                    }
                }
            }
            None => None,
        };
        reload::count_loaded(&shared.engine.get().summary());
        let poster = HttpPoster::new(&self.config.token, self.config.api_url.as_deref());
        let scheduler = Arc::new(Scheduler::new(
            Arc::clone(&shared.engine),
            Arc::clone(&shared.storage) as Arc<dyn DigestStore>,
            Arc::new(poster),
            Arc::clone(&shared.clock),
            Arc::clone(&shared.pacer),
            self.config.lease,
            Arc::clone(&shared.locales),
            Arc::clone(&shared.wake),
            writes,
        ));
        let stop = CancellationToken::new();
        // The start's requests (the gateway, the application, the registration) are not paced:
        // digests sent meanwhile, or within the second after them, at the full rate would put
        // more than the limit in one second. The digests wait for them, then for that second.
        let (started, mut start) = tokio::sync::watch::channel(false);
        let started = Arc::new(started);
        let digests = tokio::spawn({
            let stop = stop.clone();
            async move {
                let ready = async {
                    if start.wait_for(|done| *done).await.is_ok() {
                        tokio::time::sleep(RATE_WINDOW).await;
                    }
                };
                tokio::select! {
                    () = ready => scheduler.run(stop).await,
                    () = stop.cancelled() => {}
                }
            }
        });
        let reloader = reload::Reloader {
            shared: Arc::clone(&shared),
            discord: Arc::clone(&discord),
            data: self.config.data_dir.clone(),
            locales: self.config.locales_dir.clone(),
            registers: self.config.registers_commands(),
            guild_id: self.config.guild_id,
        };
        let reloads = tokio::spawn(reloader.run(stop.clone()));
        Ok(Base {
            config: self.config,
            identify_turn: self.identify_turn,
            shared,
            discord,
            probe,
            in_flight,
            stop,
            digests,
            started,
            reloads,
            http_stop,
            http_server,
        })
    }
}

impl Base {
    /// The start's own requests to Discord are done: the digests may go.
    fn started(&self) {
        self.started.send_replace(true);
    }

    /// Stops taking digests, waits for the interactions in flight, closes the database and
    /// stops the HTTP server.
    async fn finish(self) {
        self.probe.stopping();
        self.stop.cancel();
        self.in_flight.wait_idle(DRAIN_BUDGET).await;
        if let Err(join) = self.digests.await {
            tracing::error!(%join, "the digest scheduler failed");
        }
        // A reload under way ends before the store closes: its registration claim would
        // otherwise fail, and it would register anyway.
        if tokio::time::timeout(DRAIN_BUDGET, self.reloads).await.is_err() {
            tracing::warn!("a reload was still running at shutdown");
        }
        self.shared.storage.close().await;
        self.http_stop.cancel();
        if let Some(server) = self.http_server {
            let _ = server.await;
        }
    }
}

/// Counts an answered interaction and its latency, by command (and outcome), whichever
/// transport.
fn record(command: String, outcome: &'static str, started: Instant) {
    let latency = started.elapsed();
    tracing::debug!(latency_us = latency.as_micros() as u64, outcome, "interaction answered");
    metrics::counter!(names::INTERACTIONS, "command" => command.clone(), "outcome" => outcome).increment(1);
    metrics::histogram!(names::INTERACTION_SECONDS, "command" => command).record(latency);
}

/// Counts interactions being handled, so that shutdown can wait for them.
#[derive(Default)]
struct InFlight {
    count: AtomicUsize,
    idle: Notify,
}

struct InFlightGuard(Arc<InFlight>);

impl InFlight {
    fn enter(self: &Arc<Self>) -> InFlightGuard {
        self.count.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(Arc::clone(self))
    }

    async fn wait_idle(&self, budget: Duration) {
        let deadline = tokio::time::Instant::now() + budget;
        loop {
            let notified = self.idle.notified();
            if self.count.load(Ordering::SeqCst) == 0 {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let left = self.count.load(Ordering::SeqCst);
                tracing::warn!(left, "interactions still in flight at shutdown");
                return;
            }
        }
    }
}

impl Drop for InFlightGuard {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}
