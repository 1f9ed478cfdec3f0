//! What the command layer is made of, shared by the handler that dispatches and the commands
//! that answer: a [`Call`] in, a [`Response`] out, or a [`Failure`] that the handler settles.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use poise::serenity_prelude as serenity;
use serenity::{Interaction, Permissions, UserId};

use super::{CommandError, Shared};
use crate::content::engine::Engine;
use crate::content::i18n::Lang;
use crate::content::layout::V2_SUFFIX;
use crate::content::message::{Message, EPHEMERAL};
use crate::content::parse::UserError;
use crate::content::render::Renderer;
use crate::content::text::Text;
use crate::error::{StorageError, WriteError};
use crate::languages::{server_layout, Audience, LayoutSetting};

/// An interaction being answered, with what its handler may use.
#[derive(Clone)]
pub struct Call {
    pub shared: Arc<Shared>,
    /// The facts and words this interaction is answered with, from start to end.
    pub engine: Arc<Engine>,
    /// Discord's HTTP API, for what a handler must ask Discord (where a channel belongs, what
    /// the bot may do there).
    pub discord: Arc<serenity::Http>,
    /// The bot's own user.
    pub bot_id: UserId,
    pub interaction: Arc<Interaction>,
    /// How the interaction ended, for the metrics: set by [`settle`](super::handler::settle) to its reason; unset, the
    /// interaction was answered as asked.
    pub outcome: Arc<std::sync::OnceLock<&'static str>>,
}

/// What to answer.
pub enum Response {
    /// A new message (Discord's response type 4): public, or private when its flags say so.
    Message(Message),
    /// The message whose button was clicked, changed (type 7).
    Update(Message),
    /// Autocomplete choices (type 8), as (label, value).
    Choices(Vec<(String, String)>),
    /// An acknowledgement now (type 5, "thinking…"), then the message, as an edit of the
    /// original response: for work that may outlast Discord's 3 seconds.
    Deferred { ephemeral: bool, then: BoxFuture<'static, Result<Message, Failure>> },
}

impl Response {
    /// Acknowledges now; `then` makes the message.
    pub fn deferred(
        ephemeral: bool,
        then: impl std::future::Future<Output = Result<Message, Failure>> + Send + 'static,
    ) -> Response {
        Response::Deferred { ephemeral, then: Box::pin(then) }
    }
}

/// Why a handler did not answer as asked.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A refusal the user can act on: its message, and its reason for the metrics.
    #[error("refused ({reason}): {}", text.id)]
    Refused { reason: &'static str, text: Text },
    /// What the user typed could not be read: they are told what is wrong, and what would do.
    #[error("refused: {0}")]
    Query(UserError),
    /// A setting or schedule that could not be saved: nothing changed, and the user is told so.
    #[error("cannot save: {0}")]
    NotSaved(#[source] Box<StorageError>),
    /// Something the user can do nothing about.
    #[error(transparent)]
    Internal(Box<CommandError>),
}

impl Failure {
    pub fn refused(reason: &'static str, text: Text) -> Failure {
        Failure::Refused { reason, text }
    }

    /// A command, subcommand or interaction kind this version does not have: registered by
    /// another version, or crafted.
    pub fn outdated() -> Failure {
        Failure::refused("outdated_command", Text::new("error-outdated-command"))
    }
}

impl From<WriteError> for Failure {
    /// A write that failed: nothing changed.
    fn from(WriteError(error): WriteError) -> Failure {
        Failure::NotSaved(Box::new(error))
    }
}

impl From<CommandError> for Failure {
    fn from(error: CommandError) -> Failure {
        Failure::Internal(Box::new(error))
    }
}

impl From<StorageError> for Failure {
    fn from(error: StorageError) -> Failure {
        CommandError::from(error).into()
    }
}

impl From<serenity::Error> for Failure {
    fn from(error: serenity::Error) -> Failure {
        CommandError::from(error).into()
    }
}

impl Call {
    pub fn new(
        shared: &Arc<Shared>,
        discord: &Arc<serenity::Http>,
        bot_id: UserId,
        interaction: Interaction,
    ) -> Call {
        let call = Call {
            engine: shared.engine.get(),
            shared: Arc::clone(shared),
            discord: Arc::clone(discord),
            bot_id,
            interaction: Arc::new(interaction),
            outcome: Arc::default(),
        };
        if let (Some(guild), Some(locale)) = (call.guild(), call.audience().guild_locale) {
            // The server's locale as it is now, for its digests: over HTTP, no GUILD_CREATE
            // brings it; on the gateway, it may have changed since.
            shared.locales.set(guild, locale);
        }
        call
    }

    /// Waits for a slot under Discord's global rate limit, which the digests share, before a
    /// request of the handler's own (opening a DM, looking at a channel). The interaction's
    /// answers are not counted by Discord and do not wait.
    pub async fn turn(&self) {
        self.shared.pacer.acquire().await;
    }

    /// How the interaction ended: `answered`, or the reason of its refusal or failure.
    pub fn outcome(&self) -> &'static str {
        self.outcome.get().copied().unwrap_or("answered")
    }

    /// Who is asking, and where. A server that did not add the bot (a user who installed the
    /// app for themselves uses it there) counts as no server: nothing of it is read or kept,
    /// and the answer speaks the user's language.
    pub fn audience(&self) -> Audience<'_> {
        let (guild, guild_locale, user_locale) = match self.interaction.as_ref() {
            Interaction::Command(c) | Interaction::Autocomplete(c) => {
                let guild = added_by(c.guild_id, &c.authorizing_integration_owners);
                (guild, c.guild_locale.as_deref(), c.locale.as_str())
            }
            Interaction::Component(c) => {
                let guild = added_by(c.guild_id, &c.authorizing_integration_owners);
                (guild, c.guild_locale.as_deref(), c.locale.as_str())
            }
            // Discord sends no installation with a modal: one is opened only where a command
            // of the bot's was answered.
            Interaction::Modal(m) => (m.guild_id, m.guild_locale.as_deref(), m.locale.as_str()),
            _ => (None, None, ""),
        };
        let guild_locale = guild.and(guild_locale);
        Audience { guild: guild.map(|g| g.get()), guild_locale, user_locale }
    }

    /// How this answer is laid out: a page turn as the message whose button was clicked (its
    /// custom id says), anything else as the server's `/layout` setting, and Components V2 where
    /// there is no server.
    pub async fn layout(&self) -> LayoutSetting {
        match (self.interaction.as_ref(), self.guild()) {
            (Interaction::Component(c), _) if c.data.custom_id.ends_with(V2_SUFFIX) => {
                LayoutSetting::Components
            }
            (Interaction::Component(_), _) => LayoutSetting::Embeds,
            (_, Some(guild)) => server_layout(self.shared.storage.as_ref(), guild).await,
            (_, None) => LayoutSetting::default(),
        }
    }

    /// The user who sent the interaction.
    pub fn user_id(&self) -> Option<u64> {
        match self.interaction.as_ref() {
            Interaction::Command(c) | Interaction::Autocomplete(c) => Some(c.user.id.get()),
            Interaction::Component(c) => Some(c.user.id.get()),
            Interaction::Modal(m) => Some(m.user.id.get()),
            _ => None,
        }
    }

    /// The server the interaction comes from, when it added the bot; `None` in a DM, a group
    /// DM, or a server where only the user installed the app.
    pub fn guild(&self) -> Option<u64> {
        self.audience().guild
    }

    /// Whether the interaction comes from a server that did not add the bot (the user installed
    /// the app for themselves).
    pub fn in_server_without_bot(&self) -> bool {
        let guild = match self.interaction.as_ref() {
            Interaction::Command(c) | Interaction::Autocomplete(c) => c.guild_id,
            Interaction::Component(c) => c.guild_id,
            _ => None,
        };
        guild.is_some() && self.guild().is_none()
    }

    /// What the invoking member may do in the channel, as Discord computed it.
    pub fn member_permissions(&self) -> Option<Permissions> {
        let member = match self.interaction.as_ref() {
            Interaction::Command(c) | Interaction::Autocomplete(c) => c.member.as_deref(),
            Interaction::Component(c) => c.member.as_ref(),
            _ => None,
        };
        member.and_then(|m| m.permissions)
    }

    /// The language of a public answer, noted in the interaction's span.
    pub async fn public_language(&self) -> Lang {
        let lang = self.audience().public(self.shared.storage.as_ref(), self.engine.catalog()).await;
        self.note_language(lang)
    }

    /// The language of a private answer, noted in the interaction's span.
    pub async fn private_language(&self) -> Lang {
        let lang = self.audience().private(self.shared.storage.as_ref(), self.engine.catalog()).await;
        self.note_language(lang)
    }

    fn note_language(&self, lang: Lang) -> Lang {
        let tag = self.engine.catalog().tag(lang);
        tracing::Span::current().record("language", tracing::field::display(tag));
        lang
    }

    /// A short text only its reader sees, in their language.
    pub async fn tell(&self, text: &Text) -> Message {
        let lang = self.private_language().await;
        Renderer::new(self.engine.catalog(), lang).error(text)
    }

    /// Several lines only their reader sees, in their language.
    pub async fn tell_lines(&self, texts: &[Text]) -> Message {
        use crate::content::message::{limits, truncate};
        let lang = self.private_language().await;
        let renderer = Renderer::new(self.engine.catalog(), lang);
        let lines: Vec<String> = texts.iter().filter_map(|t| renderer.error(t).content).collect();
        let content = truncate(&lines.join("\n"), limits::CONTENT);
        Message { content: Some(content), flags: Some(EPHEMERAL), ..Message::default() }
    }
}

/// The interaction's server, when the bot is installed there: Discord names the installations
/// that authorized the interaction, a server's with its id when used in that server. An
/// interaction naming none (Discord has sent them since 2024) is taken as the server's.
fn added_by(
    guild: Option<serenity::GuildId>,
    owners: &serenity::AuthorizingIntegrationOwners,
) -> Option<serenity::GuildId> {
    use serenity::AuthorizingIntegrationOwner::GuildInstall;
    let guild = guild?;
    let by_server =
        owners.0.is_empty() || owners.0.iter().any(|o| matches!(o, GuildInstall(Some(g)) if *g == guild));
    by_server.then_some(guild)
}
