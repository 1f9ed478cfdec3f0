//! `/language value:<language|auto>`: a server's reply language. It needs Manage Server:
//! Discord hides the command from other members, and poise checks the invoker's permissions
//! again (a refusal is answered in `errors`). Answered privately.

use poise::serenity_prelude as serenity;
use poise::SlashArgError;
use serenity::{CommandInteraction, CommandOptionType, CreateCommandOption, ResolvedValue};

use super::respond::{self, ephemeral, reply};
use super::{Audience, CommandError, Context};
use crate::digest::{Arg, Text};
use crate::storage::LanguageSetting;

#[poise::command(
    slash_command,
    guild_only,
    // In a DM it is shown anyway, so that it can say that it is for servers.
    interaction_context = "Guild|BotDm",
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD"
)]
pub async fn language(ctx: Context<'_>, value: Choice) -> Result<(), CommandError> {
    let shared = ctx.data();
    let catalog = shared.engine.catalog();
    let (Some(interaction), Some(guild)) = (respond::interaction(ctx), ctx.guild_id()) else {
        return Ok(());
    };
    let languages: Vec<_> = catalog.languages().collect();
    let setting = match languages.get(value.0) {
        Some(lang) => LanguageSetting::Fixed(catalog.tag(*lang)),
        None if value.0 == languages.len() => LanguageSetting::Auto,
        None => {
            // A choice registered by an earlier start, with more languages than now.
            let tags: Vec<String> =
                languages.iter().map(|l| catalog.tag(*l)).chain(["auto".into()]).collect();
            let text = Text::new("error-language-unknown")
                .arg("value", Arg::Word(value.0.to_string()))
                .arg("languages", Arg::Word(tags.join(", ")));
            respond::tell(ctx, &text).await?;
            return Ok(());
        }
    };
    // Writing may take a while: acknowledge first (Discord allows 3 seconds), then answer.
    ctx.defer_ephemeral().await?;
    let audience = Audience::of_command(interaction);
    let text = match shared.storage.set_language(guild.get(), &setting, chrono::Utc::now()).await {
        Ok(()) => confirmation(ctx, &setting, audience.guild_locale),
        Err(error) => {
            tracing::error!(%error, guild = guild.get(), "cannot save the server's language");
            Text::new("error-storage")
        }
    };
    // The confirmation is in the user's language, or else in the server's new one.
    let lang = match catalog.supports(audience.user_locale) {
        Some(lang) => lang,
        None => shared.public_language(&audience).await,
    };
    super::record_language(shared, lang);
    ctx.send(reply(&ephemeral(shared, lang, &text))).await?;
    Ok(())
}

fn confirmation(ctx: Context<'_>, setting: &LanguageSetting, guild_locale: Option<&str>) -> Text {
    let catalog = ctx.data().engine.catalog();
    let locale = Arg::Word(guild_locale.unwrap_or("en-US").to_owned());
    match setting {
        LanguageSetting::Auto => Text::new("language-set-auto").arg("locale", locale),
        LanguageSetting::Fixed(tag) => {
            let chosen = catalog.negotiate(tag);
            // The reply names the language in its own words where it can ("French", « en
            // français »), by its tag; its own name (its autonym) otherwise.
            let name = catalog.plain(chosen, "language-name").unwrap_or(tag).to_owned();
            Text::new("language-set")
                .arg("language", Arg::Word(catalog.tag(chosen)))
                .arg("name", Arg::Word(name))
                .arg("locale", locale)
        }
    }
}

/// A `/language` choice: the position of a language in the catalog, or one past the last for
/// `auto`. The choices themselves are made at start from `locales/` (see `register`), so a new
/// language folder is a new choice with no code.
pub struct Choice(pub usize);

#[serenity::async_trait]
impl poise::SlashArgument for Choice {
    async fn extract(
        _: &serenity::Context,
        _: &CommandInteraction,
        value: &ResolvedValue<'_>,
    ) -> Result<Self, SlashArgError> {
        match *value {
            ResolvedValue::Integer(index) if index >= 0 => Ok(Choice(index as usize)),
            _ => {
                Err(SlashArgError::new_command_structure_mismatch("expected the index of a language choice"))
            }
        }
    }

    fn create(builder: CreateCommandOption) -> CreateCommandOption {
        builder.kind(CommandOptionType::Integer)
    }
}
