//! The slash commands as Discord registers them. Their shape is in the command files; their
//! words come from `locales/`: `cmd-<command>[-<subcommand>][-<option>]` gives a name (for
//! every language but English, whose names are the canonical ones in the code) and a
//! `.description`; `choice-<command>[-<subcommand>]-<option>-<choice>` labels a choice. The commands are sent once at
//! start, as one bulk overwrite, globally or in one development server.

use std::borrow::Cow;

use poise::serenity_prelude as serenity;
use poise::CommandParameterChoice;
use serde_json::Value;

use super::commands::{alliance, digest, language, layout, personal};
use super::Command;
use crate::content::i18n::{Catalog, Lang};
use crate::content::reply::subcommands;
use crate::storage::Storage;
use crate::Engine;

/// Every locale Discord knows (its `AvailableLocalesEnum`).
pub const DISCORD_LOCALES: [&str; 34] = [
    "ar", "bg", "cs", "da", "de", "el", "en-GB", "en-US", "es-419", "es-ES", "fi", "fr", "he", "hi", "hr",
    "hu", "id", "it", "ja", "ko", "lt", "nl", "no", "pl", "pt-BR", "ro", "ru", "sv-SE", "th", "tr", "uk",
    "vi", "zh-CN", "zh-TW",
];

/// The commands, shaped by the store and worded by the catalog.
pub fn commands(engine: &Engine) -> Vec<Command> {
    let catalog = engine.catalog();
    let mut commands = shape(engine);
    let words = Words::new(catalog);
    for command in &mut commands {
        words.command(command, &format!("cmd-{}", command.name));
    }
    if let Some(language) = commands.iter_mut().find(|c| c.name == "language") {
        if let Some(auto) = language.parameters.first_mut().and_then(|v| v.choices.to_mut().last_mut()) {
            auto.name = Cow::Owned(words.base("language-auto"));
            auto.localizations = Cow::Owned(words.localized("language-auto", None));
        }
    }
    commands
}

/// The commands' tree, with canonical names and no words yet: `/alliance` has a subcommand per
/// topic the store has, `/language` a choice per language folder, then `auto`.
fn shape(engine: &Engine) -> Vec<Command> {
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

    vec![alliance, language, layout::layout(), digest::digest(), personal::my_digest()]
}

fn choice(name: String) -> CommandParameterChoice {
    CommandParameterChoice { name: Cow::Owned(name), localizations: Cow::Borrowed(&[]), __non_exhaustive: () }
}

/// When [`register`] is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// At start: when the store says these commands are registered already, Discord is asked
    /// what it has, and they are registered again if it lacks them or has others (commands
    /// deleted on Discord's side, or a database that another application's bot wrote).
    Start,
    /// After a reload: the store's word is enough.
    Reload,
}

/// Sends the commands to Discord as one bulk overwrite, once per version of the commands: the
/// registration is claimed in the store by its fingerprint (what is registered, for which
/// application, and where), so that of several processes or replicas one registers, and a
/// restart with the same commands registers nothing. A failure is logged, the claim given back
/// for the next start, and the commands registered before stay.
pub async fn register(
    http: &serenity::Http,
    storage: &dyn Storage,
    commands: &[Command],
    guild_id: Option<u64>,
    application_id: u64,
    when: When,
) {
    let payload = poise::builtins::create_application_commands(commands);
    let ours = serde_json::to_value(&payload).unwrap_or_default();
    let fingerprint = fingerprint(&ours, application_id, guild_id);
    match storage.claim_registration(&fingerprint, chrono::Utc::now()).await {
        Ok(true) => {}
        Ok(false) if when == When::Reload => {
            tracing::info!(guild = ?guild_id, "commands unchanged since their registration");
            return;
        }
        Ok(false) if being_registered(storage, &fingerprint).await => {
            // Another process or replica claimed them and is sending them: what Discord has
            // would not say yet whether they are there.
            tracing::info!(guild = ?guild_id, "another process is registering the commands");
            return;
        }
        Ok(false) => match registered(http, guild_id).await {
            Ok(theirs) if same_commands(&ours, &theirs) => {
                tracing::info!(guild = ?guild_id, "commands unchanged since their registration");
                return;
            }
            Ok(_) => tracing::info!(
                guild = ?guild_id,
                "Discord lacks the commands the store says are registered, or has others: registering them again"
            ),
            Err(error) => {
                tracing::warn!(%error, "cannot read the commands Discord has; trusting the store's registration");
                return;
            }
        },
        Err(error) => {
            // Registering twice is harmless; not registering a change is not.
            tracing::warn!(%error, "cannot claim the command registration; registering anyway");
        }
    }
    let result = match guild_id {
        Some(guild) => serenity::GuildId::new(guild).set_commands(http, payload).await,
        None => serenity::Command::set_global_commands(http, payload).await,
    };
    match result {
        Ok(registered) => {
            tracing::info!(count = registered.len(), guild = ?guild_id, "commands registered");
            if let Err(error) = storage.confirm_registration(&fingerprint).await {
                tracing::warn!(%error, "cannot record the registration as done");
            }
        }
        Err(error) => {
            tracing::error!(%error, "command registration failed");
            if let Err(error) = storage.release_registration(&fingerprint).await {
                tracing::warn!(%error, "cannot give back the registration claim");
            }
        }
    }
}

/// How long a claimed registration may take: past it, its process is taken for dead.
const REGISTERING: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// Whether another process claimed the registration of `fingerprint` and, within
/// [`REGISTERING`], has not yet heard back from Discord.
async fn being_registered(storage: &dyn Storage, fingerprint: &str) -> bool {
    match storage.registration_pending_since(fingerprint).await {
        Ok(Some(at)) => chrono::Utc::now() - at < REGISTERING,
        Ok(None) => false,
        Err(error) => {
            tracing::warn!(%error, "cannot read when the commands were registered");
            false
        }
    }
}

/// The commands Discord has for this application, globally or in the development server, with
/// their localizations, as JSON.
async fn registered(http: &serenity::Http, guild_id: Option<u64>) -> Result<Value, serenity::Error> {
    let commands = match guild_id {
        Some(guild) => http.get_guild_commands_with_localizations(serenity::GuildId::new(guild)).await?,
        None => http.get_global_commands_with_localizations().await?,
    };
    Ok(serde_json::to_value(commands).unwrap_or_default())
}

/// What is registered, for which application and where, as a SHA-256 in hex, over the
/// commands' canonical JSON: serenity's localization maps are `HashMap`s, whose order changes
/// from one build of the payload to the next.
fn fingerprint(payload: &Value, application_id: u64, guild_id: Option<u64>) -> String {
    use sha2::Digest;
    let mut hasher = sha2::Sha256::new();
    hasher.update(format!("application {application_id}\n"));
    hasher.update(guild_id.map_or("global\n".to_owned(), |g| format!("guild {g}\n")));
    hasher.update(canonical(payload));
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// JSON with every object's keys sorted, recursively: one text for one value.
pub fn canonical(value: &Value) -> String {
    fn write(value: &Value, out: &mut String) {
        match value {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                out.push('{');
                for (n, key) in keys.into_iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(key.clone()).to_string());
                    out.push(':');
                    write(&map[key], out);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (n, item) in items.iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    write(item, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    write(value, &mut out);
    out
}

/// Whether Discord's commands are ours, in what users see of them: names, descriptions,
/// localizations, options, choices and permissions, whatever the order of the commands, and
/// whatever Discord adds (ids, versions) or leaves out when empty.
fn same_commands(ours: &Value, theirs: &Value) -> bool {
    let shape = |list: &Value| {
        let mut commands: Vec<Value> =
            list.as_array().map_or_else(Vec::new, |l| l.iter().map(command).collect());
        commands.sort_by_key(canonical);
        commands
    };
    shape(ours) == shape(theirs)
}

/// A command's [`essence`]; a command without a type is a slash command (type 1).
fn command(value: &Value) -> Value {
    let mut command = value.clone();
    if let Some(object) = command.as_object_mut() {
        object.entry("type").or_insert(Value::from(1));
    }
    essence(&command)
}

/// The fields of a command (or option, or choice) that Discord shows, empty ones left out.
fn essence(value: &Value) -> Value {
    const KEYS: [&str; 17] = [
        "type",
        "name",
        "name_localizations",
        "description",
        "description_localizations",
        "default_member_permissions",
        "options",
        "choices",
        "value",
        "required",
        "autocomplete",
        "channel_types",
        "min_value",
        "max_value",
        "min_length",
        "max_length",
        "nsfw",
    ];
    let Some(object) = value.as_object() else { return value.clone() };
    let mut kept = serde_json::Map::new();
    for key in KEYS {
        let Some(field) = object.get(key) else { continue };
        let field = match (key, field) {
            ("options" | "choices", Value::Array(items)) => Value::Array(items.iter().map(essence).collect()),
            // A bit set: a string in JSON, a number in some models.
            ("default_member_permissions", Value::Number(n)) => Value::String(n.to_string()),
            (_, Value::Number(n)) => n.as_f64().map_or(Value::Number(n.clone()), |f| serde_json::json!(f)),
            (_, field) => field.clone(),
        };
        let empty = match &field {
            Value::Null | Value::Bool(false) => true,
            Value::Array(items) => items.is_empty(),
            Value::Object(map) => map.is_empty(),
            _ => false,
        };
        if !empty {
            kept.insert(key.to_owned(), field);
        }
    }
    Value::Object(kept)
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
        let options_of = options_worded_as(id);
        for parameter in &mut command.parameters {
            let id = format!("{options_of}-{}", parameter.name);
            parameter.description =
                Some(Cow::Owned(self.catalog.format(fallback, &id, Some("description"), None)));
            parameter.name_localizations = Cow::Owned(self.localized(&id, None));
            parameter.description_localizations = Cow::Owned(self.localized(&id, Some("description")));
            // A repeated option (`topic`, `topic-2`, …) shares the first one's choice labels.
            let choices_of = repeated_base(&id);
            for choice in parameter.choices.to_mut() {
                let choice_id = format!("choice-{}-{}", choices_of.trim_start_matches("cmd-"), choice.name);
                if self.catalog.has_message(fallback, &choice_id) {
                    choice.localizations = Cow::Owned(self.localized(&choice_id, None));
                    choice.name = Cow::Owned(self.base(&choice_id));
                }
            }
        }
    }
}

/// The command whose options' words a command's options share: `/my-digest start` has the
/// schedule and topic options of `/digest subscribe`, worded by the same messages.
fn options_worded_as(id: &str) -> &str {
    match id {
        "cmd-my-digest-start" => "cmd-digest-subscribe",
        other => other,
    }
}

/// The option a repeated option (`…-topic-2`) repeats (`…-topic`); any other option itself.
fn repeated_base(id: &str) -> &str {
    match id.rsplit_once('-') {
        Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::args::required_messages;

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let a: Value = serde_json::from_str(r#"{"b":1,"a":[{"y":2,"x":{"d":4,"c":3}}]}"#).expect("JSON");
        assert_eq!(canonical(&a), r#"{"a":[{"x":{"c":3,"d":4},"y":2}],"b":1}"#);
        assert_eq!(fingerprint(&a, 1, None), fingerprint(&a, 1, None));
        assert_ne!(fingerprint(&a, 1, None), fingerprint(&a, 2, None), "another application");
        assert_ne!(fingerprint(&a, 1, None), fingerprint(&a, 1, Some(3)), "another place");
    }

    #[test]
    fn what_discord_adds_or_leaves_empty_does_not_count_as_a_change() {
        let ours = serde_json::json!([{ "name": "language", "description": "Set",
            "name_localizations": { "fr": "langue" }, "default_member_permissions": "32",
            "options": [{ "type": 3, "name": "value", "description": "V", "required": false,
                "choices": [{ "name": "English", "value": "en-US" }] }] }]);
        let theirs = serde_json::json!([{ "id": "9", "version": "9", "name": "language", "type": 1,
            "description": "Set", "name_localizations": { "fr": "langue" }, "nsfw": false,
            "description_localizations": null, "default_member_permissions": "32",
            "options": [{ "type": 3, "name": "value", "description": "V",
                "choices": [{ "name": "English", "value": "en-US", "name_localizations": null }] }] }]);
        assert!(same_commands(&ours, &theirs));
        let mut renamed = theirs.clone();
        renamed[0]["name_localizations"]["fr"] = Value::from("langage");
        assert!(!same_commands(&ours, &renamed));
        assert!(!same_commands(&ours, &serde_json::json!([])));
    }

    /// Every message the registration looks up is one `check` requires, so that a store and
    /// locales that pass `check` register commands with no fallback words.
    #[test]
    fn every_word_of_the_commands_is_checked() {
        let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let (engine, _) = Engine::load(&repo.join("data"), &repo.join("locales")).expect("the store loads");
        let required = required_messages(engine.store());
        fn walk(command: &Command, id: &str, looked_up: &mut Vec<String>) {
            looked_up.push(id.to_owned());
            for parameter in &command.parameters {
                let parameter_id = format!("{}-{}", options_worded_as(id), parameter.name);
                // `/language` labels its choices with each language's own name.
                if command.name != "language" {
                    let key = repeated_base(&parameter_id).trim_start_matches("cmd-");
                    looked_up.extend(parameter.choices.iter().map(|c| format!("choice-{key}-{}", c.name)));
                }
                looked_up.push(parameter_id);
            }
            for sub in &command.subcommands {
                walk(sub, &format!("{id}-{}", sub.name), looked_up);
            }
        }
        let mut looked_up = Vec::new();
        for command in shape(&engine) {
            walk(&command, &format!("cmd-{}", command.name), &mut looked_up);
        }
        assert!(looked_up.len() > 30, "the walk found the commands: {looked_up:?}");
        let missing: Vec<&String> = looked_up.iter().filter(|id| !required.contains(id)).collect();
        assert!(missing.is_empty(), "looked up but not checked: {missing:?}");
    }
}
