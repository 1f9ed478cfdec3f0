//! `/language value:<language|auto>`: a server's reply language. It needs Manage Server
//! (checked for every server command in `commands`). Answered privately.

use poise::serenity_prelude as serenity;
use poise::SlashArgError;
use serenity::{CommandInteraction, CommandOptionType, CreateCommandOption, ResolvedValue};

use super::Options;
use crate::content::text::{Arg, Text};
use crate::discord::call::{Call, Failure, Response};
use crate::discord::{CommandError, Context};
use crate::languages::LanguageSetting;

// The declaration, for registration; interactions are answered by `run`, in both modes.
#[poise::command(
    slash_command,
    // Only where a server added the bot; in its DMs it is shown anyway, so that it can say
    // that it is for servers.
    install_context = "Guild",
    interaction_context = "Guild|BotDm",
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn language(_ctx: Context<'_>, value: Choice) -> Result<(), CommandError> {
    let _ = value;
    Ok(())
}

/// Answers `/language value:<choice>` in server `guild`.
pub async fn run(call: &Call, guild: u64, options: &Options<'_>) -> Result<Response, Failure> {
    let catalog = call.engine.catalog();
    let index = Options::required(options.integer("value", "language")?)?;
    let languages: Vec<_> = catalog.languages().collect();
    let setting = match usize::try_from(index).ok().map(|i| (i, languages.get(i))) {
        Some((_, Some(lang))) => LanguageSetting::Fixed(catalog.tag(*lang)),
        Some((i, None)) if i == languages.len() => LanguageSetting::Auto,
        _ => {
            // A choice registered by an earlier start, with more languages than now.
            let tags: Vec<String> =
                languages.iter().map(|l| catalog.tag(*l)).chain(["auto".into()]).collect();
            let text = Text::new("error-language-unknown")
                .arg("value", Arg::Word(index.to_string()))
                .arg("languages", Arg::Word(tags.join(", ")));
            return Err(Failure::refused("unknown_language", text));
        }
    };
    // Writing may take a while: acknowledge first (Discord allows 3 seconds), then answer.
    let call = call.clone();
    Ok(Response::deferred(true, async move {
        let shared = &call.shared;
        shared.storage.set_language(guild, &setting, chrono::Utc::now()).await?;
        // The confirmation is in the user's language, or else in the server's new one.
        let text = confirmation(&call, &setting);
        Ok(call.tell(&text).await)
    }))
}

fn confirmation(call: &Call, setting: &LanguageSetting) -> Text {
    let catalog = call.engine.catalog();
    // The locale `auto` follows: the server's, as Discord sent it, else the language of last
    // resort's.
    let locale = call.audience().guild_locale.map_or_else(|| catalog.tag(catalog.fallback()), str::to_owned);
    let locale = Arg::Word(locale);
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
