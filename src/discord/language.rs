//! `/language value:<fr|en-US|auto>`: a server's reply language. Needs Manage Server (Discord
//! hides the command from others, and the bot checks again); answered privately.

use serenity::all::{CommandDataOptionValue, CommandInteraction, Context, CreateInteractionResponse};

use super::respond::{edit, ephemeral, message, send};
use super::{Audience, Shared};
use crate::digest::{Arg, Text};
use crate::i18n::Lang;
use crate::storage::LanguageSetting;

pub async fn run(ctx: &Context, shared: &Shared, interaction: &CommandInteraction) -> Lang {
    let audience = Audience::of_command(interaction);
    let catalog = shared.engine.catalog();
    let refuse = |lang: Lang, text: Text| async move {
        let reply = ephemeral(shared, lang, &text);
        send(ctx, interaction, CreateInteractionResponse::Message(message(&reply))).await;
        lang
    };
    let Some(guild) = interaction.guild_id else {
        return refuse(catalog.negotiate(&interaction.locale), Text::new("error-language-dm")).await;
    };
    let lang = shared.private_language(&audience).await;
    let permitted = interaction
        .member
        .as_ref()
        .and_then(|m| m.permissions)
        .is_some_and(|p| p.manage_guild() || p.administrator());
    if !permitted {
        tracing::info!(guild = guild.get(), "refused /language: no Manage Server permission");
        return refuse(lang, Text::new("error-language-refused")).await;
    }
    let value = value(interaction);
    let setting = match value.as_str() {
        "auto" => LanguageSetting::Auto,
        tag => match catalog.languages().find(|l| catalog.tag(*l) == tag) {
            Some(_) => LanguageSetting::Fixed(tag.to_owned()),
            None => {
                let tags: Vec<String> =
                    catalog.languages().map(|l| catalog.tag(l)).chain(["auto".into()]).collect();
                let text = Text::new("error-language-unknown")
                    .arg("value", Arg::Word(value.clone()))
                    .arg("languages", Arg::Word(tags.join(", ")));
                return refuse(lang, text).await;
            }
        },
    };
    // Writing may take a while: acknowledge first (Discord allows 3 seconds), then edit.
    if let Err(error) = interaction.defer_ephemeral(&ctx.http).await {
        tracing::warn!(%error, "cannot defer /language");
        return lang;
    }
    let text = match shared.settings.set_language(guild.get(), &setting).await {
        Ok(()) => {
            let locale = Arg::Word(audience.guild_locale.unwrap_or("en-US").to_owned());
            match &setting {
                LanguageSetting::Auto => Text::new("language-set-auto").arg("locale", locale),
                LanguageSetting::Fixed(tag) => {
                    let chosen = catalog.negotiate(tag);
                    let name = catalog.plain(chosen, "language-name").unwrap_or(tag).to_owned();
                    Text::new("language-set").arg("language", Arg::Word(name)).arg("locale", locale)
                }
            }
        }
        Err(error) => {
            tracing::error!(%error, guild = guild.get(), "cannot save the server's language");
            Text::new("error-storage")
        }
    };
    // The confirmation is in the user's language, or in the server's new one.
    let lang = match catalog.supports(audience.user_locale) {
        Some(lang) => lang,
        None => shared.public_language(&audience).await,
    };
    let reply = ephemeral(shared, lang, &text);
    if let Err(error) = interaction.edit_response(&ctx.http, edit(&reply)).await {
        tracing::warn!(%error, "cannot confirm /language");
    }
    lang
}

fn value(interaction: &CommandInteraction) -> String {
    interaction
        .data
        .options
        .iter()
        .find_map(|o| match &o.value {
            CommandDataOptionValue::String(value) if o.name == "value" => Some(value.clone()),
            _ => None,
        })
        .unwrap_or_default()
}
