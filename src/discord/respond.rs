//! Turns the core's message payloads into serenity and poise builders. The core decides what a
//! message says and how it is cut into pages; this file only changes its type.

use poise::serenity_prelude as serenity;
use poise::CreateReply;
use serenity::{
    ButtonStyle, CreateActionRow, CreateAttachment, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInteractionResponseMessage, CreateMessage,
};

use super::{Audience, Context, Shared};
use crate::digest::Text;
use crate::i18n::Lang;
use crate::message::{Message, EPHEMERAL};
use crate::render::Renderer;

fn is_ephemeral(message: &Message) -> bool {
    message.flags.is_some_and(|f| f & EPHEMERAL != 0)
}

/// A core message as poise's reply to a slash command.
pub fn reply(message: &Message) -> CreateReply {
    let mut out = CreateReply::default().components(components(message)).ephemeral(is_ephemeral(message));
    for embed in embeds(message) {
        out = out.embed(embed);
    }
    for file in files(message) {
        out = out.attachment(file);
    }
    if let Some(content) = &message.content {
        out = out.content(content);
    }
    out
}

/// A core message as the response to a button click. serenity always sends its `attachments`:
/// a page without a picture removes the one a previous page showed.
pub fn response_message(message: &Message) -> CreateInteractionResponseMessage {
    let mut out = CreateInteractionResponseMessage::new()
        .embeds(embeds(message))
        .files(files(message))
        .components(components(message))
        .ephemeral(is_ephemeral(message));
    if let Some(content) = &message.content {
        out = out.content(content);
    }
    out
}

/// A core message as a post in a channel.
pub fn channel_message(message: &Message) -> CreateMessage {
    // Digests carry no files: the poster sends this as JSON.
    let mut out = CreateMessage::new().embeds(embeds(message)).components(components(message));
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
            if let Some(image) = &embed.image {
                out = out.image(&image.url);
            }
            out
        })
        .collect()
}

/// The files uploaded with a message, with their alt text.
fn files(message: &Message) -> Vec<CreateAttachment> {
    message
        .attachments
        .iter()
        .map(|attachment| {
            let file = CreateAttachment::bytes(attachment.data.to_vec(), attachment.filename.clone());
            match &attachment.description {
                Some(alt) => file.description(alt),
                None => file,
            }
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

/// A short text only its reader sees, in a language.
pub fn ephemeral(shared: &Shared, lang: Lang, text: &Text) -> Message {
    Renderer::new(shared.engine.catalog(), lang).error(text)
}

/// Tells the invoking user something privately, in their language.
pub async fn tell(ctx: Context<'_>, text: &Text) -> Result<Lang, serenity::Error> {
    let shared = ctx.data();
    let lang = private_language(ctx).await;
    ctx.send(reply(&ephemeral(shared, lang, text))).await?;
    Ok(lang)
}

/// The language of an ephemeral reply to this command.
pub async fn private_language(ctx: Context<'_>) -> Lang {
    language(ctx, false).await
}

/// The language of a public reply to this command.
pub async fn public_language(ctx: Context<'_>) -> Lang {
    language(ctx, true).await
}

async fn language(ctx: Context<'_>, public: bool) -> Lang {
    let shared = ctx.data();
    let lang = match interaction(ctx).map(Audience::of_command) {
        Some(audience) if public => shared.public_language(&audience).await,
        Some(audience) => shared.private_language(&audience).await,
        None => shared.engine.catalog().fallback(),
    };
    super::record_language(shared, lang);
    lang
}

/// The interaction behind a slash command's context.
pub fn interaction<'a>(ctx: Context<'a>) -> Option<&'a serenity::CommandInteraction> {
    match ctx {
        poise::Context::Application(app) => Some(app.interaction),
        poise::Context::Prefix(_) => None,
    }
}
