//! `/alliance <topic>` and `/alliance month month:<month>`: reads the options, asks the core,
//! sends the first page publicly in the server's language, or a mistake privately in the
//! user's. The month option autocompletes with the months that have facts.

use poise::serenity_prelude as serenity;
use serenity::{AutocompleteChoice, CreateAutocompleteResponse};

use super::respond::{self, reply};
use super::{CommandError, Context};
use crate::command;
use crate::i18n::fold;
use crate::render::Renderer;

// The parent command; Discord only ever invokes its subcommands, which `register` adds.
// (Command descriptions come from locales/, never from doc comments.)
#[poise::command(slash_command, interaction_context = "Guild|BotDm")]
pub async fn alliance(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

// A topic without options: `overview`, `timeline` or a domain. Registered once per topic, under
// the topic's name (see `register`), so this reads which one it is from its own name.
#[poise::command(slash_command)]
pub async fn topic(ctx: Context<'_>) -> Result<(), CommandError> {
    answer(ctx, &ctx.command().name, None).await
}

// `/alliance month month:<month>`.
#[poise::command(slash_command)]
pub async fn month(
    ctx: Context<'_>,
    #[autocomplete = "complete_month"] month: String,
) -> Result<(), CommandError> {
    answer(ctx, command::MONTH_OPTION, Some(&month)).await
}

async fn answer(ctx: Context<'_>, subcommand: &str, month: Option<&str>) -> Result<(), CommandError> {
    let engine = &ctx.data().engine;
    match command::query(subcommand, month, engine.store(), engine.catalog()) {
        Ok(query) => {
            let lang = respond::public_language(ctx).await;
            let pages = engine.reply(query, lang);
            if let Some(first) = pages.first() {
                ctx.send(reply(first)).await?;
            }
        }
        Err(error) => {
            tracing::debug!(%error, "refused /alliance");
            let lang = respond::private_language(ctx).await;
            ctx.send(reply(&engine.error(&error, lang))).await?;
        }
    }
    Ok(())
}

/// The months that have facts, labelled in the user's language, filtered by what was typed.
async fn complete_month<'a>(ctx: Context<'a>, typed: &'a str) -> CreateAutocompleteResponse {
    let shared = ctx.data();
    let lang = respond::private_language(ctx).await;
    let typed = fold(typed);
    let renderer = Renderer::new(shared.engine.catalog(), lang);
    let mut matching: Vec<AutocompleteChoice> = shared
        .engine
        .store()
        .months()
        .into_iter()
        .rev()
        .map(|month| (renderer.month(month), month.to_string()))
        .filter(|(label, iso)| typed.is_empty() || fold(label).contains(&typed) || iso.starts_with(&typed))
        .take(super::MAX_CHOICES)
        .map(|(label, iso)| AutocompleteChoice::new(label, iso))
        .collect();
    // The most recent months were kept; show them oldest first.
    matching.reverse();
    CreateAutocompleteResponse::new().set_choices(matching)
}
