//! The one command layer, whichever transport brought the interaction: a [`Call`] in, a
//! [`Response`] out. The gateway (`run`) and the HTTP endpoint (`serve`) both call [`handle`],
//! then deliver its response their own way; no handler sends anything itself.
//!
//! Errors become answers here and only here ([`settle`]): a refusal carries its message and is
//! answered privately in the user's language; anything else is logged with its cause and
//! answered with the localised apology. Every interaction gets an answer, even one for a
//! command or subcommand this version does not have, or a kind it does not handle.

use futures_util::future::BoxFuture;
use poise::serenity_prelude as serenity;
use serenity::Interaction;

use super::call::{Call, Failure, Response};
use super::{commands, CommandError};
use crate::content::message::Message;
use crate::content::text::Text;
use crate::telemetry::names;

/// The command (with its subcommand) or component an interaction is about, for logs and
/// metrics: `/alliance military`, `/alliance month (autocomplete)`, `page button`.
pub fn describe(interaction: &Interaction) -> String {
    use serenity::{CommandDataOptionValue as Value, CommandInteraction};
    let command_name = |command: &CommandInteraction| {
        let sub = command
            .data
            .options
            .first()
            .filter(|o| matches!(o.value, Value::SubCommand(_) | Value::SubCommandGroup(_)));
        match sub {
            Some(sub) => format!("/{} {}", command.data.name, sub.name),
            None => format!("/{}", command.data.name),
        }
    };
    match interaction {
        Interaction::Command(command) => command_name(command),
        Interaction::Autocomplete(command) => format!("{} (autocomplete)", command_name(command)),
        Interaction::Component(_) => "page button".to_owned(),
        Interaction::Modal(_) => "modal".to_owned(),
        Interaction::Ping(_) => "ping".to_owned(),
        _ => "other interaction".to_owned(),
    }
}

/// Answers an interaction: runs its handler and turns a failure into its answer.
pub async fn handle(call: &Call) -> Response {
    let result = match call.interaction.as_ref() {
        Interaction::Command(command) => {
            follow_locale(call).await;
            commands::run(call, command).await
        }
        Interaction::Autocomplete(command) => Ok(commands::complete(call, command).await),
        Interaction::Component(component) => commands::pages::run(call, component).await,
        _ => Err(Failure::outdated()),
    };
    match result {
        Ok(response) => response,
        Err(failure) => Response::Message(settle(call, failure).await),
    }
}

/// Keeps the Discord language the user just used for their personal digest, if they have one:
/// it speaks their language as of their last command. A store that cannot keep it holds up
/// no answer.
async fn follow_locale(call: &Call) {
    let (Some(user), locale) = (call.user_id(), call.audience().user_locale) else { return };
    if locale.is_empty() {
        return;
    }
    if let Err(error) = call.shared.storage.follow_locale(user, locale).await {
        tracing::warn!(%error, "cannot keep the user's language for their personal digest");
    }
}

/// The message a deferred response ends with: its handler's, or its failure's.
pub async fn finish(call: &Call, then: BoxFuture<'static, Result<Message, Failure>>) -> Message {
    match then.await {
        Ok(message) => message,
        Err(failure) => settle(call, failure).await,
    }
}

/// The one place a failure becomes an answer: private, in the user's language; counted, and
/// logged with its cause.
pub async fn settle(call: &Call, failure: Failure) -> Message {
    let command = describe(&call.interaction);
    let (reason, text) = match failure {
        Failure::Refused { reason, text } => {
            tracing::debug!(reason, message = %text.id, "refused");
            (reason, text)
        }
        Failure::Query(error) => {
            tracing::debug!(%error, "refused what was typed");
            count(call, command, "bad_query");
            let lang = call.private_language().await;
            return call.engine.error(&error, lang);
        }
        Failure::NotSaved(error) => {
            tracing::error!(%error, "cannot save");
            ("storage", Text::new("error-storage"))
        }
        Failure::Internal(error) => {
            tracing::error!(%error, "command failed");
            let reason = if matches!(*error, CommandError::Storage(_)) { "storage" } else { "internal" };
            (reason, Text::new("error-internal"))
        }
    };
    count(call, command, reason);
    call.tell(&text).await
}

/// Counts a failure, and notes its reason as the interaction's outcome.
fn count(call: &Call, command: String, reason: &'static str) {
    metrics::counter!(names::INTERACTION_ERRORS, "command" => command, "reason" => reason).increment(1);
    let _ = call.outcome.set(reason);
}
