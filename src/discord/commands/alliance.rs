//! `/alliance <topic>` and `/alliance month month:<month>`: the reply, public, in the server's
//! language, or a mistake, privately, in the user's. The month option autocompletes with the
//! months that have facts.

use super::{Options, MAX_CHOICES};
use crate::content::i18n::fold;
use crate::content::parse;
use crate::content::render::Renderer;
use crate::content::reply::{subcommands, Year};
use crate::discord::call::{Call, Failure, Response};
use crate::discord::{CommandError, Context};

// The declarations, for registration: the parent command, one subcommand per topic (added by
// `register`, under the topic's name) and `month` with its option. (Descriptions come from
// locales/, never from doc comments.) Interactions are answered by `run`, in both modes.
// `/alliance` is installed by a server or by a user for themselves, and used in servers
// (whether they added the bot or not), the bot's DMs and group DMs.
#[poise::command(
    slash_command,
    install_context = "Guild|User",
    interaction_context = "Guild|BotDm|PrivateChannel"
)]
pub async fn alliance(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[poise::command(slash_command)]
pub async fn topic(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[poise::command(slash_command)]
pub async fn month(
    _ctx: Context<'_>,
    #[autocomplete = "super::no_choices"] month: String,
) -> Result<(), CommandError> {
    let _ = month;
    Ok(())
}

/// Answers `/alliance <sub>`.
pub async fn run(call: &Call, sub: &str, options: &Options<'_>) -> Result<Response, Failure> {
    let engine = &call.engine;
    if !subcommands(engine.store()).contains(&sub) {
        tracing::warn!(subcommand = sub, "an /alliance subcommand this version does not have");
        return Err(Failure::outdated());
    }
    let month = options.string(parse::MONTH_OPTION, "alliance")?;
    let query = parse::query(sub, month, engine.store(), engine.catalog()).map_err(Failure::Query)?;
    let lang = call.public_language().await;
    let first = engine.reply(query, lang).into_iter().next();
    Ok(Response::Message(first.unwrap_or_default()))
}

/// The months that have events, labelled in the user's language, filtered by what was typed: a
/// part of the label or of `2025-07`, or a month read as `/alliance month` reads it, in any
/// language (`июля`, `7월`, `julio de 2025`).
pub async fn complete_month(call: &Call, typed: &str) -> Vec<(String, String)> {
    let lang = call.private_language().await;
    let (store, catalog) = (call.engine.store(), call.engine.catalog());
    let read = parse::parse_month(typed, store, catalog);
    let typed = fold(typed);
    let renderer = Renderer::new(catalog, lang);
    let mut matching: Vec<(String, String)> = store
        .months()
        .into_keys()
        .rev()
        .filter(|month| match read {
            Some((asked, Year::Given)) => asked == *month,
            Some((asked, Year::Assumed)) => asked.month() == month.month(),
            None => {
                typed.is_empty()
                    || fold(&renderer.month(*month)).contains(&typed)
                    || month.to_string().starts_with(&typed)
            }
        })
        .map(|month| (renderer.month(month), month.to_string()))
        .take(MAX_CHOICES)
        .collect();
    // The most recent months were kept; show them oldest first.
    matching.reverse();
    matching
}
