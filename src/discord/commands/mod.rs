//! The commands, one file each. Each file declares its command for registration (poise derives
//! the options' Discord types from the declaration; `register` words them from `locales/`) and
//! holds its handler: options in, a [`Response`] out. This module routes an interaction to its
//! handler, reads options, and checks what every server command requires (a server, Manage
//! Server) in one place.

pub mod alliance;
pub mod digest;
pub mod language;
pub mod layout;
pub mod pages;
pub mod personal;

use poise::serenity_prelude as serenity;
use serenity::{CommandInteraction, PartialChannel, Permissions, ResolvedOption, ResolvedValue};

use super::call::{Call, Failure, Response};
use crate::content::text::{Arg, Text};

/// Discord shows at most 25 autocomplete choices.
pub const MAX_CHOICES: usize = 25;

/// Runs a slash command.
pub async fn run(call: &Call, command: &CommandInteraction) -> Result<Response, Failure> {
    let options = command.data.options();
    match command.data.name.as_str() {
        "alliance" => {
            let (sub, options) = subcommand(&options)?;
            alliance::run(call, sub, &Options(options)).await
        }
        "language" => {
            let guild = server_command(call, "language")?;
            language::run(call, guild, &Options(&options)).await
        }
        "layout" => {
            let guild = server_command(call, "layout")?;
            layout::run(call, guild, &Options(&options)).await
        }
        "digest" => {
            let guild = server_command(call, "digest")?;
            let (sub, options) = subcommand(&options)?;
            digest::run(call, guild, sub, &Options(options)).await
        }
        "my-digest" => {
            let (sub, options) = subcommand(&options)?;
            personal::run(call, sub, &Options(options)).await
        }
        other => {
            tracing::warn!(command = other, "an interaction for a command this version does not have");
            Err(Failure::outdated())
        }
    }
}

/// Answers an autocomplete: the choices for the option being typed, none for an option that has
/// no suggestions.
pub async fn complete(call: &Call, command: &CommandInteraction) -> Response {
    let Some(focused) = command.data.autocomplete() else { return Response::Choices(Vec::new()) };
    let options = command.data.options();
    let sub = options.first().map(|o| o.name);
    let choices = match (command.data.name.as_str(), sub, focused.name) {
        ("alliance", Some("month"), "month") => alliance::complete_month(call, focused.value).await,
        ("digest", Some("subscribe"), "timezone") | ("my-digest", Some("start"), "timezone") => {
            digest::complete_zone(focused.value)
        }
        _ => Vec::new(),
    };
    Response::Choices(choices)
}

/// Marks an option as autocompleted in a declaration; [`complete`] gives the choices.
async fn no_choices<'a>(
    _ctx: crate::discord::Context<'a>,
    _typed: &'a str,
) -> serenity::CreateAutocompleteResponse {
    serenity::CreateAutocompleteResponse::new()
}

/// The subcommand of a command with subcommands, and its options.
fn subcommand<'a>(options: &'a [ResolvedOption<'a>]) -> Result<(&'a str, &'a [ResolvedOption<'a>]), Failure> {
    match options.first() {
        Some(ResolvedOption { name, value: ResolvedValue::SubCommand(options), .. }) => Ok((*name, options)),
        _ => Err(Failure::outdated()),
    }
}

/// A server command (`/language`, `/layout`, `/digest`): used in a server, by a member who can manage it.
/// Discord hides these commands from other members; this holds for a client that shows them
/// anyway, and for a crafted interaction.
///
/// A server that did not add the bot (its user installed the app for themselves) is refused
/// too: the bot cannot post there, and the server's settings are its admins'.
fn server_command(call: &Call, name: &str) -> Result<u64, Failure> {
    let command = || Arg::Text(Text::new(format!("cmd-{name}")));
    let Some(guild) = call.guild() else {
        if call.in_server_without_bot() {
            let text = Text::new("error-server-without-bot").arg("command", command());
            return Err(Failure::refused("server_without_bot", text));
        }
        return Err(Failure::refused("guild_only", Text::new(format!("error-{name}-dm"))));
    };
    if !call.member_permissions().is_some_and(|p| p.contains(Permissions::MANAGE_GUILD)) {
        tracing::debug!("refused: the member cannot manage the server");
        return Err(Failure::refused(
            "permissions",
            Text::new("error-manage-server").arg("command", command()),
        ));
    }
    Ok(guild)
}

/// A subcommand's options, read by name; a value of another type than registered is refused.
pub struct Options<'a>(pub &'a [ResolvedOption<'a>]);

impl<'a> Options<'a> {
    fn get(&self, name: &str) -> Option<&ResolvedValue<'a>> {
        self.0.iter().find(|o| o.name == name).map(|o| &o.value)
    }

    pub fn string(&self, name: &str, command: &str) -> Result<Option<&'a str>, Failure> {
        match self.get(name) {
            None => Ok(None),
            Some(ResolvedValue::String(value)) => Ok(Some(value)),
            Some(_) => Err(bad_option(command)),
        }
    }

    pub fn integer(&self, name: &str, command: &str) -> Result<Option<i64>, Failure> {
        match self.get(name) {
            None => Ok(None),
            Some(ResolvedValue::Integer(value)) => Ok(Some(*value)),
            Some(_) => Err(bad_option(command)),
        }
    }

    pub fn channel(&self, name: &str, command: &str) -> Result<Option<&'a PartialChannel>, Failure> {
        match self.get(name) {
            None => Ok(None),
            Some(ResolvedValue::Channel(channel)) => Ok(Some(channel)),
            Some(_) => Err(bad_option(command)),
        }
    }

    pub fn boolean(&self, name: &str, command: &str) -> Result<Option<bool>, Failure> {
        match self.get(name) {
            None => Ok(None),
            Some(ResolvedValue::Boolean(value)) => Ok(Some(*value)),
            Some(_) => Err(bad_option(command)),
        }
    }

    pub fn role(&self, name: &str, command: &str) -> Result<Option<&'a serenity::Role>, Failure> {
        match self.get(name) {
            None => Ok(None),
            Some(ResolvedValue::Role(role)) => Ok(Some(role)),
            Some(_) => Err(bad_option(command)),
        }
    }

    /// A choice, sent as its index (poise registers choices as integers 0, 1, …).
    pub fn choice<T: poise::ChoiceParameter>(&self, name: &str, command: &str) -> Result<Option<T>, Failure> {
        match self.integer(name, command)? {
            None => Ok(None),
            Some(index) => usize::try_from(index)
                .ok()
                .and_then(T::from_index)
                .map(Some)
                .ok_or_else(|| bad_option(command)),
        }
    }

    /// A required option: its absence means the command is not the one registered.
    pub fn required<T>(value: Option<T>) -> Result<T, Failure> {
        value.ok_or_else(Failure::outdated)
    }
}

/// A value that does not read as its option's type: the command in the user's language.
fn bad_option(command: &str) -> Failure {
    tracing::warn!(command, "unreadable option");
    let name = Arg::Text(Text::new(format!("cmd-{command}")));
    Failure::refused("bad_option", Text::new("error-bad-option").arg("command", name))
}
