//! The slash commands as Discord registers them: names, descriptions and choices come from
//! `locales/` (`cmd-*` messages), the English ones as the base and every other language as
//! Discord name and description localizations.

use serenity::all::{CommandOptionType, CreateCommand, CreateCommandOption, InteractionContext, Permissions};

use crate::command::{self, MONTH_OPTION};
use crate::i18n::{Catalog, Lang};
use crate::Engine;

/// Every locale Discord knows (its `AvailableLocalesEnum`).
pub const DISCORD_LOCALES: [&str; 34] = [
    "ar", "bg", "cs", "da", "de", "el", "en-GB", "en-US", "es-419", "es-ES", "fi", "fr", "he", "hi", "hr",
    "hu", "id", "it", "ja", "ko", "lt", "nl", "no", "pl", "pt-BR", "ro", "ru", "sv-SE", "th", "tr", "uk",
    "vi", "zh-CN", "zh-TW",
];

/// The commands to bulk-overwrite at start.
pub fn commands(engine: &Engine) -> Vec<CreateCommand> {
    let words = Words::new(engine.catalog());
    let contexts = vec![InteractionContext::Guild, InteractionContext::BotDm];

    let mut alliance = words.command("alliance", "cmd-alliance").contexts(contexts.clone());
    for name in command::subcommands(engine.store()) {
        let id = format!("cmd-alliance-{name}");
        let mut sub = words.option(CommandOptionType::SubCommand, name, &id);
        if name == "month" {
            let option_id = format!("cmd-alliance-month-{MONTH_OPTION}");
            let month = words.option(CommandOptionType::String, MONTH_OPTION, &option_id);
            sub = sub.add_sub_option(month.required(true).set_autocomplete(true));
        }
        alliance = alliance.add_option(sub);
    }

    let mut value = words.option(CommandOptionType::String, "value", "cmd-language-value").required(true);
    let catalog = engine.catalog();
    for lang in catalog.languages() {
        let tag = catalog.tag(lang);
        let name = catalog.plain(lang, "language-name").map_or_else(|| tag.clone(), str::to_owned);
        value = value.add_string_choice(name, tag);
    }
    let auto = words.localized("language-auto");
    value = value.add_string_choice_localized(words.base("language-auto"), "auto", auto);
    let language = words
        .command("language", "cmd-language")
        .contexts(contexts)
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .add_option(value);

    vec![alliance, language]
}

/// Looks up command words in the base language and in each Discord locale we translate.
struct Words<'a> {
    catalog: &'a Catalog,
    /// The Discord locales that negotiate to a language other than the base one.
    locales: Vec<(&'static str, Lang)>,
}

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

    fn description(&self, lang: Lang, id: &str) -> String {
        self.catalog.format(lang, id, Some("description"), None)
    }

    /// A message in every translated Discord locale.
    fn localized(&self, id: &str) -> Vec<(&'static str, String)> {
        self.locales
            .iter()
            .filter(|(_, lang)| self.catalog.has_message(*lang, id))
            .map(|(locale, lang)| (*locale, self.catalog.format(*lang, id, None, None)))
            .collect()
    }

    /// The canonical name is the one interactions carry; the translations only change display.
    fn command(&self, name: &str, id: &str) -> CreateCommand {
        let mut command = CreateCommand::new(name).description(self.description(self.catalog.fallback(), id));
        for (locale, lang) in &self.locales {
            if self.catalog.has_message(*lang, id) {
                command = command
                    .name_localized(*locale, self.catalog.format(*lang, id, None, None))
                    .description_localized(*locale, self.description(*lang, id));
            }
        }
        command
    }

    fn option(&self, kind: CommandOptionType, name: &str, id: &str) -> CreateCommandOption {
        let description = self.description(self.catalog.fallback(), id);
        let mut option = CreateCommandOption::new(kind, name, description);
        for (locale, lang) in &self.locales {
            if self.catalog.has_message(*lang, id) {
                option = option
                    .name_localized(*locale, self.catalog.format(*lang, id, None, None))
                    .description_localized(*locale, self.description(*lang, id));
            }
        }
        option
    }
}
