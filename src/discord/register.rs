//! The slash commands as Discord registers them. Their shape is in the command files; their
//! words come from `locales/`: `cmd-<command>[-<subcommand>][-<option>]` gives a name (for
//! every language but English, whose names are the canonical ones in the code) and a
//! `.description`; choices are labelled by `<option id>-<choice>`. The commands are sent once at
//! start, as one bulk overwrite, globally or in one development server.

use std::borrow::Cow;

use poise::serenity_prelude as serenity;
use poise::CommandParameterChoice;

use super::{alliance, language, Command};
use crate::command::subcommands;
use crate::i18n::{Catalog, Lang};
use crate::Engine;

/// Every locale Discord knows (its `AvailableLocalesEnum`).
pub const DISCORD_LOCALES: [&str; 34] = [
    "ar", "bg", "cs", "da", "de", "el", "en-GB", "en-US", "es-419", "es-ES", "fi", "fr", "he", "hi", "hr",
    "hu", "id", "it", "ja", "ko", "lt", "nl", "no", "pl", "pt-BR", "ro", "ru", "sv-SE", "th", "tr", "uk",
    "vi", "zh-CN", "zh-TW",
];

/// The commands, shaped by the store and worded by the catalog.
pub fn commands(engine: &Engine) -> Vec<Command> {
    let mut alliance = alliance::alliance();
    alliance.subcommands = subcommands(engine.store())
        .into_iter()
        .map(|name| match name {
            "month" => alliance::month(),
            topic => {
                let mut command = alliance::topic();
                command.name = Cow::Borrowed(topic);
                command.identifying_name = Cow::Owned(format!("alliance {topic}"));
                command
            }
        })
        .collect();
    alliance.subcommand_required = true;

    let mut language = language::language();
    let catalog = engine.catalog();
    if let Some(value) = language.parameters.first_mut() {
        // One choice per language folder, each in its own language, then `auto`.
        value.choices = catalog
            .languages()
            .map(|lang| {
                choice(catalog.plain(lang, "language-name").map_or_else(|| catalog.tag(lang), str::to_owned))
            })
            .chain([choice(String::new())])
            .collect();
    }

    let mut commands = vec![alliance, language];
    let words = Words::new(catalog);
    for command in &mut commands {
        words.command(command, &format!("cmd-{}", command.name));
    }
    if let Some(value) = commands[1].parameters.first_mut() {
        if let Some(auto) = value.choices.to_mut().last_mut() {
            auto.name = Cow::Owned(words.base("language-auto"));
            auto.localizations = Cow::Owned(words.localized("language-auto", None));
        }
    }
    commands
}

fn choice(name: String) -> CommandParameterChoice {
    CommandParameterChoice { name: Cow::Owned(name), localizations: Cow::Borrowed(&[]), __non_exhaustive: () }
}

/// Sends the commands to Discord as one bulk overwrite; a failure is logged, and the commands
/// registered before stay.
pub async fn register(ctx: &serenity::Context, commands: &[Command], guild_id: Option<u64>) {
    let payload = poise::builtins::create_application_commands(commands);
    let result = match guild_id {
        Some(guild) => serenity::GuildId::new(guild).set_commands(&ctx.http, payload).await,
        None => serenity::Command::set_global_commands(&ctx.http, payload).await,
    };
    match result {
        Ok(registered) => tracing::info!(count = registered.len(), guild = ?guild_id, "commands registered"),
        Err(error) => tracing::error!(%error, "command registration failed"),
    }
}

/// Looks up command words in the base language and in each Discord locale we translate.
struct Words<'a> {
    catalog: &'a Catalog,
    /// The Discord locales that negotiate to a language other than the base one.
    locales: Vec<(&'static str, Lang)>,
}

type Localizations = Vec<(Cow<'static, str>, Cow<'static, str>)>;

impl<'a> Words<'a> {
    fn new(catalog: &'a Catalog) -> Self {
        let locales = DISCORD_LOCALES
            .iter()
            .filter_map(|locale| catalog.supports(locale).map(|lang| (*locale, lang)))
            .filter(|(_, lang)| *lang != catalog.fallback())
            .collect();
        Self { catalog, locales }
    }

    fn base(&self, id: &str) -> String {
        self.catalog.format(self.catalog.fallback(), id, None, None)
    }

    /// A message (or one of its attributes) in every translated Discord locale.
    fn localized(&self, id: &str, attr: Option<&str>) -> Localizations {
        self.locales
            .iter()
            .filter(|(_, lang)| self.catalog.has_message(*lang, id))
            .map(|(locale, lang)| {
                (Cow::Borrowed(*locale), Cow::Owned(self.catalog.format(*lang, id, attr, None)))
            })
            .collect()
    }

    /// Words a command, its subcommands, options and choices, under the message id `id`.
    fn command(&self, command: &mut Command, id: &str) {
        let fallback = self.catalog.fallback();
        command.description = Some(Cow::Owned(self.catalog.format(fallback, id, Some("description"), None)));
        command.name_localizations = Cow::Owned(self.localized(id, None));
        command.description_localizations = Cow::Owned(self.localized(id, Some("description")));
        for sub in &mut command.subcommands {
            self.command(sub, &format!("{id}-{}", sub.name));
        }
        for parameter in &mut command.parameters {
            let id = format!("{id}-{}", parameter.name);
            parameter.description =
                Some(Cow::Owned(self.catalog.format(fallback, &id, Some("description"), None)));
            parameter.name_localizations = Cow::Owned(self.localized(&id, None));
            parameter.description_localizations = Cow::Owned(self.localized(&id, Some("description")));
            for choice in parameter.choices.to_mut() {
                let choice_id = format!("{id}-{}", choice.name);
                if self.catalog.has_message(fallback, &choice_id) {
                    choice.localizations = Cow::Owned(self.localized(&choice_id, None));
                    choice.name = Cow::Owned(self.base(&choice_id));
                }
            }
        }
    }
}
