//! Turns the core's message payloads into serenity responses, and sends them: every failure to
//! answer is logged with its cause.

use serenity::all::{
    ButtonStyle, CommandInteraction, Context, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponse, CreateInteractionResponseMessage, EditInteractionResponse,
};

use super::{Audience, Shared};
use crate::digest::Text;
use crate::i18n::Lang;
use crate::message::{Message, EPHEMERAL};
use crate::render::Renderer;

/// A core message as a serenity interaction response message.
pub fn message(message: &Message) -> CreateInteractionResponseMessage {
    let mut out = CreateInteractionResponseMessage::new()
        .embeds(embeds(message))
        .components(components(message))
        .ephemeral(message.flags.is_some_and(|f| f & EPHEMERAL != 0));
    if let Some(content) = &message.content {
        out = out.content(content);
    }
    out
}

/// A core message as an edit of a deferred response.
pub fn edit(message: &Message) -> EditInteractionResponse {
    let mut out = EditInteractionResponse::new().embeds(embeds(message)).components(components(message));
    if let Some(content) = &message.content {
        out = out.content(content);
    }
    out
}

fn embeds(message: &Message) -> Vec<CreateEmbed> {
    message
        .embeds
        .iter()
        .map(|embed| {
            let mut out = CreateEmbed::new();
            if let Some(title) = &embed.title {
                out = out.title(title);
            }
            if let Some(description) = &embed.description {
                out = out.description(description);
            }
            if let Some(color) = embed.color {
                out = out.color(color);
            }
            for field in &embed.fields {
                out = out.field(&field.name, &field.value, field.inline);
            }
            if let Some(footer) = &embed.footer {
                out = out.footer(CreateEmbedFooter::new(&footer.text));
            }
            out
        })
        .collect()
}

fn components(message: &Message) -> Vec<CreateActionRow> {
    message
        .components
        .iter()
        .map(|row| {
            let buttons = row
                .components
                .iter()
                .map(|b| {
                    let style = if b.style == 1 { ButtonStyle::Primary } else { ButtonStyle::Secondary };
                    CreateButton::new(&b.custom_id).label(&b.label).style(style).disabled(b.disabled)
                })
                .collect();
            CreateActionRow::Buttons(buttons)
        })
        .collect()
}

/// An ephemeral text in a language.
pub fn ephemeral(shared: &Shared, lang: Lang, text: &Text) -> Message {
    Renderer::new(shared.engine.catalog(), lang).error(text)
}

/// Sends a response, logging a failure with its cause.
pub async fn send(ctx: &Context, command: &CommandInteraction, response: CreateInteractionResponse) {
    if let Err(error) = command.create_response(&ctx.http, response).await {
        tracing::warn!(%error, interaction = command.id.get(), "cannot answer the interaction");
    }
}

/// The apology for a failure the user can do nothing about, in their language.
pub async fn apology(ctx: &Context, shared: &Shared, command: &CommandInteraction) -> Lang {
    let lang = shared.private_language(&Audience::of_command(command)).await;
    let reply = ephemeral(shared, lang, &Text::new("error-internal"));
    send(ctx, command, CreateInteractionResponse::Message(message(&reply))).await;
    lang
}
