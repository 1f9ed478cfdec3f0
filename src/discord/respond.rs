//! Turns the core's message payloads into serenity and poise builders. The core decides what a
//! message says and how it is cut into pages; this file only changes its type.

use poise::serenity_prelude as serenity;
use serenity::{
    AutocompleteChoice, Builder, ButtonStyle, CreateActionRow, CreateAttachment, CreateAutocompleteResponse,
    CreateButton, CreateEmbed, CreateEmbedFooter, CreateInteractionResponse,
    CreateInteractionResponseMessage, CreateMessage, EditInteractionResponse,
};

use super::call::{Call, Response};
use super::handler;
use crate::content::layout::{Layout, IS_COMPONENTS_V2};
use crate::content::message::{Message, EPHEMERAL};
use crate::languages::LayoutSetting;

fn is_ephemeral(message: &Message) -> bool {
    message.flags.is_some_and(|f| f & EPHEMERAL != 0)
}

/// Answers an interaction over REST: its callback, and for a deferred response, the edit that
/// completes it. A failure to deliver is logged: there is no one else to tell.
pub async fn send(call: &Call, response: Response) {
    let (id, token) = (call.interaction.id(), call.interaction.token());
    let result = match response {
        Response::Deferred { ephemeral, then } => {
            let defer = CreateInteractionResponse::Defer(
                CreateInteractionResponseMessage::new().ephemeral(ephemeral),
            );
            match defer.execute(&call.discord, (id, token)).await {
                Ok(()) => complete(call, handler::finish(call, then).await).await,
                Err(error) => Err(error),
            }
        }
        Response::Message(message) => match laid_out(call, &message).await {
            Some(layout) => send_v2(call, &message, layout, false).await,
            None => {
                interaction_response(Response::Message(message)).execute(&call.discord, (id, token)).await
            }
        },
        Response::Update(message) => match laid_out(call, &message).await {
            Some(layout) => send_v2(call, &message, layout, true).await,
            None => {
                interaction_response(unlaid_update(call, message).await)
                    .execute(&call.discord, (id, token))
                    .await
            }
        },
        other => interaction_response(other).execute(&call.discord, (id, token)).await,
    };
    if let Err(error) = result {
        tracing::warn!(%error, interaction = id.get(), "cannot answer the interaction");
    }
}

/// A callback laid out with Components V2: serenity has no builder for it, so it goes as JSON
/// through serenity's raw call.
async fn send_v2(
    call: &Call,
    message: &Message,
    layout: Layout,
    update: bool,
) -> Result<(), serenity::Error> {
    let (id, token) = (call.interaction.id(), call.interaction.token());
    let callback = v2_callback(layout, update)?;
    call.discord.create_interaction_response(id, token, &callback, files(message)).await
}

/// Completes a deferred response with its message, over REST: laid out with Components V2
/// where the answer takes it (the edit sets the flag), else with embeds.
pub async fn complete(call: &Call, message: Message) -> Result<(), serenity::Error> {
    let token = call.interaction.token();
    match laid_out(call, &message).await {
        Some(layout) => {
            // An edit may set only this flag: the deferral already said whether it is private.
            let body = serde_json::json!({
                "flags": layout.flags & IS_COMPONENTS_V2,
                "components": layout.components,
                "attachments": layout.attachments,
            });
            call.discord.edit_original_interaction_response(token, &body, files(&message)).await.map(drop)
        }
        None => edit(&message).execute(&call.discord, token).await.map(drop),
    }
}

/// A message laid out with Components V2, when its answer takes that layout
/// ([`Call::layout`]) and it fits; `None`: it goes as it is, with its embeds. serenity's raw
/// calls number every file 0, so a message with several files keeps its embeds.
pub async fn laid_out(call: &Call, message: &Message) -> Option<Layout> {
    if message.attachments.len() > 1 || message.embeds.is_empty() {
        return None;
    }
    match call.layout().await {
        LayoutSetting::Components => Layout::of(message),
        LayoutSetting::Embeds => None,
    }
}

/// A page with embeds for a click: the clicked message updated, unless it is laid out with
/// Components V2 (the page did not fit that layout): Discord never turns such a message back
/// into embeds, so the page comes as a new message.
async fn unlaid_update(call: &Call, message: Message) -> Response {
    match call.layout().await {
        LayoutSetting::Components => Response::Message(message),
        LayoutSetting::Embeds => Response::Update(message),
    }
}

/// The interaction callback of a message laid out with Components V2: a new message (type 4),
/// or the clicked message updated in place (type 7, its earlier picture gone unless it shows
/// one again).
fn v2_callback(layout: Layout, update: bool) -> serde_json::Result<serde_json::Value> {
    let mut data = serde_json::to_value(&layout)?;
    if update {
        data["attachments"] = serde_json::to_value(&layout.attachments)?;
    }
    Ok(serde_json::json!({ "type": if update { 7 } else { 4 }, "data": data }))
}

/// A response that is not deferred, as Discord's interaction callback.
pub fn interaction_response(response: Response) -> CreateInteractionResponse {
    match response {
        Response::Message(message) => CreateInteractionResponse::Message(response_message(&message)),
        Response::Update(message) => CreateInteractionResponse::UpdateMessage(response_message(&message)),
        Response::Choices(choices) => {
            let choices =
                choices.into_iter().map(|(label, value)| AutocompleteChoice::new(label, value)).collect();
            CreateInteractionResponse::Autocomplete(CreateAutocompleteResponse::new().set_choices(choices))
        }
        Response::Deferred { ephemeral, .. } => {
            CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(ephemeral))
        }
    }
}

/// A response that is not deferred, and carries no file, as the JSON body of the HTTP answer to
/// an interaction, laid out with Components V2 where the answer takes it.
pub async fn http_body(call: &Call, response: Response) -> serde_json::Result<Vec<u8>> {
    let (message, update) = match response {
        Response::Message(message) => (message, false),
        Response::Update(message) => (message, true),
        other => return body(&other),
    };
    match laid_out(call, &message).await {
        Some(layout) => serde_json::to_vec(&v2_callback(layout, update)?),
        None if update => body(&unlaid_update(call, message).await),
        None => body(&Response::Message(message)),
    }
}

/// A response that is not deferred, and carries no file, as the JSON body of the HTTP answer to
/// an interaction: the core message is already Discord's message payload, so it is written as
/// it is, with no builder in between (a page turn also says `attachments: []`, so that the
/// picture a previous page showed goes, as serenity's builder says over the gateway).
pub fn body(response: &Response) -> serde_json::Result<Vec<u8>> {
    #[derive(serde::Serialize)]
    struct Update<'a> {
        #[serde(flatten)]
        message: &'a Message,
        attachments: [u8; 0],
    }
    match response {
        Response::Message(message) => serde_json::to_vec(&Callback { kind: 4, data: message }),
        Response::Update(message) => {
            serde_json::to_vec(&Callback { kind: 7, data: Update { message, attachments: [] } })
        }
        Response::Choices(choices) => {
            let choices: Vec<_> = choices
                .iter()
                .map(|(name, value)| serde_json::json!({ "name": name, "value": value }))
                .collect();
            serde_json::to_vec(&Callback { kind: 8, data: serde_json::json!({ "choices": choices }) })
        }
        Response::Deferred { ephemeral, .. } => deferral(*ephemeral),
    }
}

/// The HTTP answer of a deferral: "thinking…", private or not.
pub fn deferral(ephemeral: bool) -> serde_json::Result<Vec<u8>> {
    let flags = if ephemeral { EPHEMERAL } else { 0 };
    serde_json::to_vec(&Callback { kind: 5, data: serde_json::json!({ "flags": flags }) })
}

/// An interaction callback: its type, and its data.
#[derive(serde::Serialize)]
struct Callback<T: serde::Serialize> {
    #[serde(rename = "type")]
    kind: u8,
    data: T,
}

/// A core message as the edit that completes a deferred response.
pub fn edit(message: &Message) -> EditInteractionResponse {
    let mut out = EditInteractionResponse::new().embeds(embeds(message)).components(components(message));
    for file in files(message) {
        out = out.new_attachment(file);
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
