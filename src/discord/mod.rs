//! The Discord edge: serenity's client, the slash commands, and the conversion of the core's
//! replies into interaction responses. Each command lives in its own file and does three things:
//! read the interaction's options, call the core, send the rendered reply.

mod alliance;
mod autocomplete;
mod language;
mod pages;
mod register;
mod respond;

use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serenity::all::{
    ClientBuilder, CommandInteraction, ComponentInteraction, Context, EventHandler, GatewayIntents, GuildId,
    HttpBuilder, Interaction, Ready, ResumedEvent,
};
use serenity::async_trait;
use tokio::sync::Notify;

use crate::config::Config;
use crate::i18n::Lang;
use crate::storage::{self, LanguageSetting, SettingsStore, StorageError};
use crate::Engine;

pub use register::commands;

/// How long a settings read may take before a reply goes on without it: Discord wants an
/// answer within 3 seconds.
const SETTINGS_READ_BUDGET: Duration = Duration::from_millis(1500);
/// How long shutdown waits for interactions in flight.
const DRAIN_BUDGET: Duration = Duration::from_secs(10);

/// Why the bot could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error("cannot open the settings store: {0}")]
    Storage(#[from] StorageError),
    #[error("Discord client error: {0}")]
    Client(#[from] serenity::Error),
}

/// The bot, built and ready to connect.
pub struct Bot {
    config: Config,
    handler: Arc<Handler>,
}

/// What every interaction handler shares.
pub(crate) struct Shared {
    pub engine: Engine,
    pub settings: Box<dyn SettingsStore>,
}

struct Handler {
    shared: Arc<Shared>,
    guild_id: Option<u64>,
    registered: AtomicBool,
    in_flight: InFlight,
}

impl Bot {
    /// Opens the settings store (applying migrations) and prepares the client; nothing is sent
    /// to Discord yet.
    pub async fn build(config: Config, engine: Engine) -> Result<Bot, BotError> {
        let settings = storage::open(&config.database_url).await?;
        let handler = Arc::new(Handler {
            shared: Arc::new(Shared { engine, settings }),
            guild_id: config.guild_id,
            registered: AtomicBool::new(false),
            in_flight: InFlight::default(),
        });
        Ok(Bot { config, handler })
    }

    /// Connects to Discord and answers interactions until `shutdown` completes; then stops
    /// taking interactions, finishes those in flight and closes the database.
    pub async fn run_until_stopped(self, shutdown: impl Future<Output = ()> + Send) -> Result<(), BotError> {
        let mut http = HttpBuilder::new(self.config.token.expose());
        if let Some(url) = &self.config.api_url {
            // Behind a proxy or a stand-in, serenity's own rate limiter must be off for the proxy
            // base to be used; pacing is then the proxy's job.
            http = http.proxy(url.as_str()).ratelimiter_disabled(true);
        }
        let handler = Arc::clone(&self.handler);
        let mut client = ClientBuilder::new_with_http(http.build(), GatewayIntents::GUILDS)
            .event_handler_arc(Arc::clone(&handler))
            .await?;
        let shard_manager = Arc::clone(&client.shard_manager);
        let mut connection = tokio::spawn(async move { client.start_autosharded().await });
        let outcome = tokio::select! {
            () = shutdown => {
                tracing::info!("shutting down: no new interactions, finishing those in flight");
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
        shard_manager.shutdown_all().await;
        handler.in_flight.wait_idle(DRAIN_BUDGET).await;
        handler.shared.settings.close().await;
        connection.abort();
        outcome
    }
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(shard = ?ready.shard, guilds = ready.guilds.len(), "connected to Discord");
        if self.registered.swap(true, Ordering::SeqCst) {
            return;
        }
        let commands = commands(&self.shared.engine);
        let result = match self.guild_id {
            Some(guild) => GuildId::new(guild).set_commands(&ctx.http, commands).await.map(|c| c.len()),
            None => serenity::all::Command::set_global_commands(&ctx.http, commands).await.map(|c| c.len()),
        };
        match result {
            Ok(count) => tracing::info!(count, guild = ?self.guild_id, "commands registered"),
            Err(error) => {
                self.registered.store(false, Ordering::SeqCst);
                tracing::error!(%error, "command registration failed");
            }
        }
    }

    async fn resume(&self, _ctx: Context, _event: ResumedEvent) {
        tracing::info!("gateway session resumed");
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let _guard = self.in_flight.enter();
        let started = Instant::now();
        let shared = &self.shared;
        let (what, guild, lang) = match &interaction {
            Interaction::Command(command) => {
                let name = command.data.name.clone();
                let lang = match name.as_str() {
                    "alliance" => alliance::run(&ctx, shared, command).await,
                    "language" => language::run(&ctx, shared, command).await,
                    other => {
                        tracing::warn!(command = other, "unknown command");
                        respond::apology(&ctx, shared, command).await
                    }
                };
                (name, command.guild_id, lang)
            }
            Interaction::Autocomplete(command) => {
                let lang = autocomplete::run(&ctx, shared, command).await;
                (format!("{} (autocomplete)", command.data.name), command.guild_id, lang)
            }
            Interaction::Component(component) => {
                let lang = pages::run(&ctx, shared, component).await;
                ("page button".to_owned(), component.guild_id, lang)
            }
            _ => return,
        };
        tracing::info!(
            command = %what,
            guild = guild.map(|g| g.get()),
            language = %shared.engine.catalog().tag(lang),
            latency_us = started.elapsed().as_micros() as u64,
            "interaction answered"
        );
    }
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
    pub async fn public_language(&self, audience: &Audience<'_>) -> Lang {
        let catalog = self.engine.catalog();
        let Some(guild) = audience.guild_id else { return catalog.negotiate(audience.user_locale) };
        let server_locale =
            || audience.guild_locale.and_then(|l| catalog.supports(l)).unwrap_or(catalog.fallback());
        match tokio::time::timeout(SETTINGS_READ_BUDGET, self.settings.language(guild.get())).await {
            Ok(Ok(Some(LanguageSetting::Fixed(tag)))) => catalog.negotiate(&tag),
            Ok(Ok(Some(LanguageSetting::Auto) | None)) => server_locale(),
            Ok(Err(error)) => {
                tracing::warn!(%error, guild = guild.get(), "cannot read the server's language; using its locale");
                server_locale()
            }
            Err(_) => {
                tracing::warn!(
                    guild = guild.get(),
                    "reading the server's language timed out; using its locale"
                );
                server_locale()
            }
        }
    }

    /// The language of an ephemeral reply: the user's Discord locale when we support it, else
    /// the server's language.
    pub async fn private_language(&self, audience: &Audience<'_>) -> Lang {
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
        while self.count.load(Ordering::SeqCst) > 0 {
            let notified = self.idle.notified();
            if self.count.load(Ordering::SeqCst) == 0 {
                break;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                tracing::warn!(
                    left = self.count.load(Ordering::SeqCst),
                    "interactions still in flight at shutdown"
                );
                break;
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
