//! `alliance-digest run`: serenity's gateway client. Interactions arrive as gateway events and
//! are answered over REST; servers' locales arrive with their GUILD_CREATE. The commands are
//! registered once per deployment, by the process that runs shard 0, at its first READY. Each
//! shard runs in a client of its own, started within Discord's identify limit ([`shards`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use poise::serenity_prelude as serenity;
use serenity::gateway::ShardManager;
use serenity::{ClientBuilder, FullEvent, GatewayIntents, HttpBuilder, Interaction, UserId};
use tokio::task::JoinSet;
use tracing::Instrument;

use super::call::Call;
use super::handler;
use super::{record, register, respond, shards, Base, BotError, Command, InFlight, Shared};

/// Connects and answers until `shutdown`, then finishes what is in flight.
pub(super) async fn run(
    base: Base,
    shutdown: impl std::future::Future<Output = ()> + Send,
) -> Result<(), BotError> {
    let config = &base.config;
    // Registration once per deployment: by the process that runs shard 0.
    let registers = config.registers_commands();
    if !registers {
        tracing::info!("commands are registered by the process running shard 0");
    }
    let edge = Arc::new(Edge {
        discord: Arc::clone(&base.discord),
        shared: Arc::clone(&base.shared),
        in_flight: Arc::clone(&base.in_flight),
        commands: register::commands(&base.shared.engine.get()),
        guild_id: config.guild_id,
        registers: AtomicBool::new(registers),
        registers_at_start: registers,
        started: Arc::clone(&base.started),
        bot_id: OnceLock::new(),
    });
    let (first, last, total, max_concurrency) = match plan(&base).await {
        Ok(plan) => plan,
        Err(error) => {
            base.finish().await;
            return Err(error.into());
        }
    };
    // One client per shard: serenity's wait of 5 s between the shards of one client would
    // otherwise space every start, whatever the bucket.
    let mut clients = Vec::new();
    for shard in first..=last {
        // Guilds is the only intent needed: interactions arrive whatever the intents.
        let client = ClientBuilder::new_with_http(http(config), GatewayIntents::GUILDS)
            .framework(ForShard(Arc::clone(&edge)))
            .await;
        match client {
            Ok(client) => clients.push((shard, client)),
            Err(error) => {
                base.finish().await;
                return Err(error.into());
            }
        }
    }
    let managers: Vec<(u32, Arc<ShardManager>)> =
        clients.iter().map(|(shard, client)| (*shard, Arc::clone(&client.shard_manager))).collect();
    base.probe.connecting(managers.clone());
    tracing::info!(
        first,
        last,
        total,
        max_concurrency,
        "starting the shards, one identify per bucket at a time"
    );
    let mut buckets = JoinSet::new();
    for (bucket, shards) in shards::by_bucket(clients, max_concurrency) {
        let storage = Arc::clone(&base.shared.storage);
        let pacer = Arc::clone(&base.shared.pacer);
        buckets.spawn(shards::start_bucket(bucket, shards, total, storage, pacer, base.identify_turn));
    }
    let outcome = tokio::select! {
        () = shutdown => {
            tracing::info!("shutting down: no new interactions or digests, finishing those in flight");
            Ok(())
        }
        Some(ended) = buckets.join_next() => match ended {
            Ok(Ok(())) => Ok(()),
            Ok(Err(error)) => Err(BotError::Client(error)),
            Err(join) => {
                tracing::error!(%join, "the Discord connection task failed");
                Ok(())
            }
        },
    };
    base.probe.stopping();
    // No shard starts from here: then every started one is stopped.
    buckets.abort_all();
    while buckets.join_next().await.is_some() {}
    futures_util::future::join_all(managers.iter().map(|(_, manager)| manager.shutdown_all())).await;
    base.finish().await;
    outcome
}

/// A client of serenity's HTTP API, as configured (through the proxy, or the tests' stand-in).
fn http(config: &crate::config::Config) -> serenity::Http {
    let mut http = HttpBuilder::new(config.token.expose());
    if let Some(url) = &config.api_url {
        http = http.proxy(url.as_str()).ratelimiter_disabled(true);
    }
    http.build()
}

/// This process's shards (`first..=last` of `total`) and the bot's `max_concurrency`, from
/// `GET /gateway/bot`. With a configured range, a failed request is not fatal: one bucket is
/// assumed, the slowest and safe pace.
async fn plan(base: &Base) -> Result<(u32, u32, u32, u32), serenity::Error> {
    let gateway = base.discord.get_bot_gateway().await;
    match (base.config.shards, gateway) {
        (Some(range), Ok(gateway)) => Ok((range.first, range.last, range.total, concurrency(&gateway))),
        (Some(range), Err(error)) => {
            tracing::warn!(%error, "cannot read the bot's max_concurrency; identifying one shard at a time");
            Ok((range.first, range.last, range.total, 1))
        }
        (None, Ok(gateway)) => {
            let total = gateway.shards.max(1);
            Ok((0, total - 1, total, concurrency(&gateway)))
        }
        (None, Err(error)) => Err(error),
    }
}

fn concurrency(gateway: &serenity::BotGateway) -> u32 {
    u32::try_from(gateway.session_start_limit.max_concurrency).unwrap_or(u32::MAX).max(1)
}

/// The one [`Edge`] every shard's client dispatches to.
struct ForShard(Arc<Edge>);

#[serenity::async_trait]
impl serenity::Framework for ForShard {
    async fn dispatch(&self, ctx: serenity::Context, event: FullEvent) {
        self.0.dispatch(ctx, event).await
    }
}

/// The gateway's events, as serenity hands them over.
struct Edge {
    /// The HTTP client the reloads register with: told the application's id at READY.
    discord: Arc<serenity::Http>,
    shared: Arc<Shared>,
    in_flight: Arc<InFlight>,
    commands: Vec<Command>,
    guild_id: Option<u64>,
    /// Set while the commands are still to be registered by this process.
    registers: AtomicBool,
    /// Whether this process registers the commands at start.
    registers_at_start: bool,
    /// Set once this process's start requests are done: at its first READY, after registering.
    started: Arc<tokio::sync::watch::Sender<bool>>,
    bot_id: OnceLock<UserId>,
}

impl Edge {
    async fn dispatch(&self, ctx: serenity::Context, event: FullEvent) {
        match event {
            FullEvent::Ready { data_about_bot } => {
                let guilds = data_about_bot.guilds.len();
                tracing::info!(shard = ?data_about_bot.shard, guilds, "connected to Discord");
                let _ = self.bot_id.set(data_about_bot.user.id);
                self.discord.set_application_id(data_about_bot.application.id);
                let registering = self.registers.swap(false, Ordering::SeqCst);
                if registering {
                    register::register(
                        &ctx.http,
                        self.shared.storage.as_ref(),
                        &self.commands,
                        self.guild_id,
                        data_about_bot.application.id.get(),
                        register::When::Start,
                    )
                    .await;
                }
                if registering || !self.registers_at_start {
                    self.started.send_replace(true);
                }
            }
            FullEvent::GuildCreate { guild, .. } => {
                self.shared.locales.set(guild.id.get(), &guild.preferred_locale)
            }
            FullEvent::GuildUpdate { new_data, .. } => {
                self.shared.locales.set(new_data.id.get(), &new_data.preferred_locale)
            }
            FullEvent::InteractionCreate { interaction } => self.answer(&ctx, interaction).await,
            _ => {}
        }
    }
}

impl Edge {
    /// Answers one interaction over REST, in one span, counted for shutdown and metrics.
    async fn answer(&self, ctx: &serenity::Context, interaction: Interaction) {
        let _busy = self.in_flight.enter();
        let started = Instant::now();
        let what = handler::describe(&interaction);
        let bot_id = self
            .bot_id
            .get()
            .copied()
            .unwrap_or_else(|| UserId::new(ctx.http.application_id().map_or(1, |a| a.get())));
        let call = Call::new(&self.shared, &ctx.http, bot_id, interaction);
        let span = tracing::info_span!(
            "interaction",
            command = %what,
            guild = call.guild(),
            language = tracing::field::Empty,
        );
        async {
            let response = handler::handle(&call).await;
            respond::send(&call, response).await;
            record(what, call.outcome(), started);
        }
        .instrument(span)
        .await;
    }
}
