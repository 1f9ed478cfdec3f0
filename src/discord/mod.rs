//! The Discord edge: poise commands on serenity's client. Each command lives in its own file and
//! does three things: read the interaction's options, call the core, send the rendered reply.
//! Nothing below this module knows Discord's client.
//!
//! - [`Bot::build`] opens the storage and prepares the framework; [`Bot::run_until_stopped`]
//!   connects, answers interactions, runs the digest [`Scheduler`] beside them and, on
//!   shutdown (one cancellation token for all), stops taking new work, finishes what is in
//!   flight and closes the database. `alliance-digest run` and the tests call the same two.
//! - Languages: a public reply speaks the server's language, an ephemeral one the user's
//!   ([`Shared::public_language`], [`Shared::private_language`]).

mod alliance;
mod digest;
mod errors;
mod health;
mod language;
mod pages;
mod poster;
mod register;
mod respond;

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;
use serenity::{
    ClientBuilder, CommandDataOptionValue, CommandInteraction, ComponentInteraction, FullEvent,
    GatewayIntents, GuildId, HttpBuilder, Interaction,
};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::config::Config;
use crate::i18n::Lang;
use crate::scheduler::{Clock, GuildLocales, Scheduler, SystemClock};
use crate::storage::{self, Storage, StorageError};
use crate::telemetry::names;
use crate::Engine;
use health::Probe;

pub use poster::HttpPoster;

pub use register::commands;

/// Discord shows at most 25 autocomplete choices.
const MAX_CHOICES: usize = 25;
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

/// What every handler shares: poise's user data.
pub struct Shared {
    pub engine: Arc<Engine>,
    pub storage: Arc<dyn Storage>,
    /// The time schedules run by.
    pub clock: Arc<dyn Clock>,
    /// Servers' Discord locales, from the gateway, for digests.
    pub locales: Arc<GuildLocales>,
    /// Tells the scheduler that a schedule changed.
    pub wake: Arc<Notify>,
}

pub(crate) type Context<'a> = poise::Context<'a, Arc<Shared>, CommandError>;
pub(crate) type Command = poise::Command<Arc<Shared>, CommandError>;

/// The bot, built and ready to connect.
pub struct Bot {
    config: Config,
    engine: Arc<Engine>,
    storage: Arc<dyn Storage>,
    clock: Arc<dyn Clock>,
}

impl Bot {
    /// Opens the storage (applying migrations) and prepares the bot; nothing is sent to Discord
    /// yet.
    pub async fn build(config: Config, engine: Engine) -> Result<Bot, BotError> {
        let storage = storage::open(&config.database_url).await?;
        Ok(Bot { config, engine: Arc::new(engine), storage, clock: Arc::new(SystemClock) })
    }

    /// Runs schedules by another clock than the wall clock (the tests move theirs).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Bot {
        self.clock = clock;
        self
    }

    /// Connects to Discord, answers interactions and posts digests until `shutdown` completes;
    /// then stops taking interactions and digests, finishes those in flight and closes the
    /// database.
    pub async fn run_until_stopped(self, shutdown: impl Future<Output = ()> + Send) -> Result<(), BotError> {
        let shared = Arc::new(Shared {
            engine: self.engine,
            storage: self.storage,
            clock: self.clock,
            locales: Arc::default(),
            wake: Arc::default(),
        });
        let mut http = HttpBuilder::new(self.config.token.expose());
        if let Some(url) = &self.config.api_url {
            // serenity sends requests to its proxy base only with its own rate limiter off;
            // behind a proxy (or the tests' stand-in) pacing is the proxy's job, and ours.
            http = http.proxy(url.as_str()).ratelimiter_disabled(true);
        }
        let stop = CancellationToken::new();
        // Health and metrics first, so that an orchestrator sees the bot starting.
        let probe = Probe::new(Arc::clone(&shared.storage), Arc::clone(&shared.clock));
        let http_stop = CancellationToken::new();
        let health_server = match self.config.http_addr {
            Some(addr) => match health::serve(addr, Arc::clone(&probe), http_stop.clone()).await {
                Ok(server) => {
                    let summary = shared.engine.summary();
                    metrics::gauge!(names::FACTS).set(summary.facts as f64);
                    metrics::gauge!(names::LANGUAGES).set(summary.languages.len() as f64);
                    Some(server)
                }
                Err(error) => {
                    shared.storage.close().await;
                    return Err(BotError::Http(error));
                }
            },
            None => None,
        };
        let poster = HttpPoster::new(&self.config.token, self.config.api_url.as_deref());
        let scheduler = Arc::new(Scheduler::new(
            Arc::clone(&shared.engine),
            Arc::clone(&shared.storage),
            Arc::new(poster),
            Arc::clone(&shared.clock),
            self.config.rate_limit,
            self.config.lease,
            Arc::clone(&shared.locales),
            Arc::clone(&shared.wake),
        ));
        let digests = tokio::spawn(scheduler.run(stop.clone()));
        // Registration once per deployment: by the process that runs shard 0.
        let registers = self.config.shards.is_none_or(|shards| shards.has_first_shard());
        let edge = Edge::new(Arc::clone(&shared), self.config.guild_id, registers);
        let in_flight = Arc::clone(&edge.in_flight);
        // Guilds is the only intent needed: interactions arrive whatever the intents.
        let client = ClientBuilder::new_with_http(http.build(), GatewayIntents::GUILDS).framework(edge).await;
        let mut client = match client {
            Ok(client) => client,
            Err(error) => {
                stop.cancel();
                http_stop.cancel();
                let _ = digests.await;
                shared.storage.close().await;
                return Err(error.into());
            }
        };
        let shard_manager = Arc::clone(&client.shard_manager);
        probe.connecting(Arc::clone(&shard_manager));
        let shards = self.config.shards;
        let mut connection = tokio::spawn(async move {
            match shards {
                // serenity's range is inclusive of its end.
                Some(range) => client.start_shard_range(range.first..range.last, range.total).await,
                None => client.start_autosharded().await,
            }
        });
        let outcome = tokio::select! {
            () = shutdown => {
                tracing::info!("shutting down: no new interactions or digests, finishing those in flight");
                Ok(())
            }
            result = &mut connection => match result {
                Ok(Ok(())) => Ok(()),
                Ok(Err(error)) => Err(BotError::Client(error)),
                Err(join) => {
                    tracing::error!(%join, "the Discord connection task failed");
                    Ok(())
                }
            },
        };
        probe.stopping();
        stop.cancel();
        shard_manager.shutdown_all().await;
        in_flight.wait_idle(DRAIN_BUDGET).await;
        if let Err(join) = digests.await {
            tracing::error!(%join, "the digest scheduler failed");
        }
        shared.storage.close().await;
        connection.abort();
        http_stop.cancel();
        if let Some(server) = health_server {
            let _ = server.await;
        }
        outcome
    }
}

/// poise's framework, wrapped so that every interaction is counted (for shutdown), traced in
/// one span, and logged once with its latency; page buttons go to [`pages`].
struct Edge {
    poise: poise::Framework<Arc<Shared>, CommandError>,
    shared: Arc<Shared>,
    in_flight: Arc<InFlight>,
}

impl Edge {
    fn new(shared: Arc<Shared>, guild_id: Option<u64>, registers: bool) -> Edge {
        let options = poise::FrameworkOptions {
            commands: register::commands(&shared.engine),
            on_error: |error| Box::pin(errors::on_error(error)),
            ..Default::default()
        };
        let data = Arc::clone(&shared);
        let poise = poise::Framework::builder()
            .options(options)
            // The owners are of no use to us, and looking them up costs a request at start.
            .initialize_owners(false)
            .setup(move |ctx, _ready, framework| {
                Box::pin(async move {
                    if registers {
                        register::register(ctx, &framework.options().commands, guild_id).await;
                    } else {
                        tracing::info!("commands are registered by the process running shard 0");
                    }
                    Ok(data)
                })
            })
            .build();
        Edge { poise, shared, in_flight: Arc::default() }
    }
}

#[serenity::async_trait]
impl serenity::Framework for Edge {
    async fn init(&mut self, client: &serenity::Client) {
        self.poise.init(client).await;
    }

    async fn dispatch(&self, ctx: serenity::Context, event: FullEvent) {
        let FullEvent::InteractionCreate { interaction } = &event else {
            match &event {
                FullEvent::Ready { data_about_bot } => {
                    let guilds = data_about_bot.guilds.len();
                    tracing::info!(shard = ?data_about_bot.shard, guilds, "connected to Discord");
                }
                FullEvent::GuildCreate { guild, .. } => {
                    self.shared.locales.set(guild.id.get(), &guild.preferred_locale)
                }
                FullEvent::GuildUpdate { new_data, .. } => {
                    self.shared.locales.set(new_data.id.get(), &new_data.preferred_locale)
                }
                _ => {}
            }
            return self.poise.dispatch(ctx, event).await;
        };
        let _busy = self.in_flight.enter();
        let started = Instant::now();
        let (what, guild) = describe(interaction);
        let span = tracing::info_span!(
            "interaction",
            command = %what,
            guild = guild.map(GuildId::get),
            language = tracing::field::Empty,
        );
        async {
            if let FullEvent::InteractionCreate { interaction: Interaction::Component(component) } = &event {
                pages::run(&ctx, &self.shared, component).await;
            } else {
                self.poise.dispatch(ctx, event).await;
            }
            let latency = started.elapsed();
            tracing::debug!(latency_us = latency.as_micros() as u64, "interaction answered");
            metrics::counter!(names::INTERACTIONS, "command" => what.clone()).increment(1);
            metrics::histogram!(names::INTERACTION_SECONDS, "command" => what.clone()).record(latency);
        }
        .instrument(span)
        .await;
    }
}

/// The command (with its subcommand) or button an interaction is about, and its server.
fn describe(interaction: &Interaction) -> (String, Option<GuildId>) {
    let command_name = |command: &CommandInteraction| {
        let sub = command.data.options.first().filter(|o| {
            matches!(
                o.value,
                CommandDataOptionValue::SubCommand(_) | CommandDataOptionValue::SubCommandGroup(_)
            )
        });
        let name = match sub {
            Some(sub) => format!("/{} {}", command.data.name, sub.name),
            None => format!("/{}", command.data.name),
        };
        (name, command.guild_id)
    };
    match interaction {
        Interaction::Command(command) => command_name(command),
        Interaction::Autocomplete(command) => {
            let (name, guild) = command_name(command);
            (format!("{name} (autocomplete)"), guild)
        }
        Interaction::Component(component) => ("page button".to_owned(), component.guild_id),
        _ => ("other interaction".to_owned(), None),
    }
}

/// Notes a reply's language in the interaction's span, for the one log line per interaction.
pub(crate) fn record_language(shared: &Shared, lang: Lang) {
    tracing::Span::current().record("language", tracing::field::display(shared.engine.catalog().tag(lang)));
}

/// Who is asking, and where: enough to pick the language of a reply.
pub(crate) struct Audience<'a> {
    pub guild_id: Option<GuildId>,
    pub guild_locale: Option<&'a str>,
    pub user_locale: &'a str,
}

impl<'a> Audience<'a> {
    pub fn of_command(command: &'a CommandInteraction) -> Self {
        Self {
            guild_id: command.guild_id,
            guild_locale: command.guild_locale.as_deref(),
            user_locale: &command.locale,
        }
    }

    pub fn of_component(component: &'a ComponentInteraction) -> Self {
        Self {
            guild_id: component.guild_id,
            guild_locale: component.guild_locale.as_deref(),
            user_locale: &component.locale,
        }
    }
}

impl Shared {
    /// The language of a public reply: the server's /language setting, else the server's
    /// Discord locale when we support it, else English. It never depends on the invoking
    /// user's own language (in a DM, there is no server: the user's language is used).
    pub(crate) async fn public_language(&self, audience: &Audience<'_>) -> Lang {
        let catalog = self.engine.catalog();
        let Some(guild) = audience.guild_id else { return catalog.negotiate(audience.user_locale) };
        self.server_language(guild.get(), audience.guild_locale).await
    }

    /// A server's language, from its setting or else its Discord locale.
    pub async fn server_language(&self, guild: u64, guild_locale: Option<&str>) -> Lang {
        storage::server_language(self.storage.as_ref(), self.engine.catalog(), guild, guild_locale).await
    }

    /// The language of an ephemeral reply: the user's Discord locale when we support it, else
    /// the server's language.
    pub(crate) async fn private_language(&self, audience: &Audience<'_>) -> Lang {
        match self.engine.catalog().supports(audience.user_locale) {
            Some(lang) => lang,
            None => self.public_language(audience).await,
        }
    }
}

/// Counts interactions being handled, so that shutdown can wait for them.
#[derive(Default)]
struct InFlight {
    count: AtomicUsize,
    idle: Notify,
}

struct InFlightGuard<'a>(&'a InFlight);

impl InFlight {
    fn enter(&self) -> InFlightGuard<'_> {
        self.count.fetch_add(1, Ordering::SeqCst);
        InFlightGuard(self)
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

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) == 1 {
            self.0.idle.notify_waiters();
        }
    }
}
