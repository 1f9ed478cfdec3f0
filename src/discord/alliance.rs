//! `/alliance <topic> [month]`: reads the options, asks the core, sends the first page publicly
//! in the server's language, or a mistake privately in the user's.

use serenity::all::{CommandDataOptionValue, CommandInteraction, Context, CreateInteractionResponse};

use super::respond::{message, send};
use super::{Audience, Shared};
use crate::command::{self, MONTH_OPTION};
use crate::i18n::Lang;

pub async fn run(ctx: &Context, shared: &Shared, interaction: &CommandInteraction) -> Lang {
    let engine = &shared.engine;
    let audience = Audience::of_command(interaction);
    let (subcommand, month) = options(interaction);
    match command::query(&subcommand, month.as_deref(), engine.store(), engine.catalog()) {
        Ok(query) => {
            let lang = shared.public_language(&audience).await;
            let pages = engine.reply(query, lang);
            let first = pages.first().expect("a reply has at least one page");
            send(ctx, interaction, CreateInteractionResponse::Message(message(first))).await;
            lang
        }
        Err(error) => {
            let lang = shared.private_language(&audience).await;
            tracing::info!(%error, "refused /alliance");
            let reply = engine.error(&error, lang);
            send(ctx, interaction, CreateInteractionResponse::Message(message(&reply))).await;
            lang
        }
    }
}

/// The subcommand's name and, for `month`, the month typed.
fn options(interaction: &CommandInteraction) -> (String, Option<String>) {
    let Some(option) = interaction.data.options.first() else { return (String::new(), None) };
    let month = match &option.value {
        CommandDataOptionValue::SubCommand(options) => options.iter().find_map(|o| match &o.value {
            CommandDataOptionValue::String(value) if o.name == MONTH_OPTION => Some(value.clone()),
            _ => None,
        }),
        _ => None,
    };
    (option.name.clone(), month)
}
