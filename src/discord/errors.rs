//! What a user sees when a command cannot run: every case poise reports gets a localised,
//! ephemeral message, and the log gets the cause. A raw error never reaches Discord.

use super::respond::tell;
use super::{CommandError, Context, Shared};
use crate::digest::{Arg, Text};
use crate::telemetry::names;
use std::sync::Arc;

pub async fn on_error(error: poise::FrameworkError<'_, Arc<Shared>, CommandError>) {
    use poise::FrameworkError as E;
    match error {
        E::Command { error, ctx, .. } => {
            tracing::error!(error = %error, command = %ctx.command().qualified_name, "command failed");
            let reason = if matches!(error, CommandError::Storage(_)) { "storage" } else { "internal" };
            count(ctx, reason);
            apologise(ctx, Text::new("error-internal")).await;
        }
        E::MissingUserPermissions { ctx, .. } => {
            count(ctx, "permissions");
            tracing::debug!(command = %ctx.command().qualified_name, "refused: the member cannot manage the server");
            let text = Text::new("error-manage-server").arg("command", command(ctx));
            apologise(ctx, text).await;
        }
        E::GuildOnly { ctx, .. } => {
            count(ctx, "guild_only");
            apologise(ctx, Text::new(format!("error-{}-dm", root(ctx)))).await;
        }
        E::ArgumentParse { error, input, ctx, .. } => {
            count(ctx, "bad_option");
            tracing::warn!(%error, ?input, command = %ctx.command().qualified_name, "unreadable option");
            apologise(ctx, Text::new("error-bad-option").arg("command", command(ctx))).await;
        }
        E::CommandStructureMismatch { description, ctx, .. } => {
            // Commands registered by another version of the bot.
            tracing::warn!(description, command = %ctx.command().qualified_name, "command structure mismatch");
            count(poise::Context::Application(ctx), "outdated_command");
            apologise(poise::Context::Application(ctx), Text::new("error-outdated-command")).await;
        }
        E::UnknownInteraction { interaction, .. } => {
            tracing::warn!(command = %interaction.data.name, "an interaction for a command we do not have");
        }
        E::Setup { error, .. } => tracing::error!(%error, "setting up the bot failed"),
        E::EventHandler { error, .. } => tracing::error!(%error, "an event handler failed"),
        other => {
            let ctx = other.ctx();
            tracing::error!(error = %other, "unexpected framework error");
            if let Some(ctx) = ctx {
                count(ctx, "other");
                apologise(ctx, Text::new("error-internal")).await;
            }
        }
    }
}

/// Counts an interaction that ended in an error message, by command (named as the interaction
/// metrics name it) and reason.
fn count(ctx: Context<'_>, reason: &'static str) {
    let command = format!("/{}", ctx.command().qualified_name);
    metrics::counter!(names::INTERACTION_ERRORS, "command" => command, "reason" => reason).increment(1);
}

/// The name of the command a user typed, in their language: `language`, `langue`. Refusals
/// concern the top command (its permissions, its place), so that is the one named.
fn command(ctx: Context<'_>) -> Arg {
    Arg::Text(Text::new(format!("cmd-{}", root(ctx))))
}

/// The top command of a subcommand (`digest` for `/digest status`), or the command itself.
fn root<'a>(ctx: Context<'a>) -> &'a str {
    ctx.parent_commands().first().map_or(&ctx.command().name, |c| &c.name)
}

async fn apologise(ctx: Context<'_>, text: Text) {
    if let Err(error) = tell(ctx, &text).await {
        tracing::warn!(%error, "cannot tell the user what went wrong");
    }
}
