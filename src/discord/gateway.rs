//! `alliance-digest run`: serenity's gateway client. Interactions arrive as gateway events and
//! are answered over REST; servers' locales arrive with their GUILD_CREATE. The commands are
//! registered once per deployment, by the process that runs shard 0, at its first READY.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use poise::serenity_prelude as serenity;
use serenity::{ClientBuilder, FullEvent, GatewayIntents, HttpBuilder, Interaction, UserId};
use tracing::Instrument;

use super::call::Call;
use super::handler;
use super::{record, register, respond, Base, BotError, Command, InFlight, Shared};

/// Connects and answers until `shutdown`, then finishes what is in flight.
pub(super) async fn run(
    base: Base,
    shutdown: impl std::future::Future<Output = ()> + Send,
) -> Result<(), BotError> {
    let config = &base.config;
    let mut http = HttpBuilder::new(config.token.expose());
    if let Some(url) = &config.api_url {
        http = http.proxy(url.as_str()).ratelimiter_disabled(true);
    }
    // Registration once per deployment: by the process that runs shard 0.
    let registers = config.registers_commands();
    if !registers {
        tracing::info!("commands are registered by the process running shard 0");
    }
    let edge = Edge {
        discord: Arc::clone(&base.discord),
        shared: Arc::clone(&base.shared),
        in_flight: Arc::clone(&base.in_flight),
        commands: register::commands(&base.shared.engine.get()),
        guild_id: config.guild_id,
        registers: AtomicBool::new(registers),
        bot_id: OnceLock::new(),
    };
    // Guilds is the only intent needed: interactions arrive whatever the intents.
    let client = ClientBuilder::new_with_http(http.build(), GatewayIntents::GUILDS).framework(edge).await;
    let mut client = match client {
        Ok(client) => client,
        Err(error) => {
            base.finish().await;
            return Err(error.into());
        }
    };
    let shard_manager = Arc::clone(&client.shard_manager);
    base.probe.connecting(Arc::clone(&shard_manager));
    let shards = config.shards;
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
    base.probe.stopping();
    shard_manager.shutdown_all().await;
    base.finish().await;
    connection.abort();
    outcome
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
    bot_id: OnceLock<UserId>,
}

#[serenity::async_trait]
impl serenity::Framework for Edge {
    async fn dispatch(&self, ctx: serenity::Context, event: FullEvent) {
        match event {
            FullEvent::Ready { data_about_bot } => {
                let guilds = data_about_bot.guilds.len();
                tracing::info!(shard = ?data_about_bot.shard, guilds, "connected to Discord");
                let _ = self.bot_id.set(data_about_bot.user.id);
                self.discord.set_application_id(data_about_bot.application.id);
                if self.registers.swap(false, Ordering::SeqCst) {
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
