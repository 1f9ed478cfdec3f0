//! Previous and Next buttons of a paged reply. The page to show is in the button's custom id
//! (`alliance:<query>:<page>`), not in memory, so buttons keep working after a restart. The
//! invoker's click turns the page in place; anyone else gets the page privately.

use poise::serenity_prelude as serenity;
use serenity::{
    ComponentInteraction, Context, CreateInteractionResponse, MessageFlags, MessageInteractionMetadata,
    UserId,
};

use super::respond::{ephemeral, response_message};
use super::{Audience, Shared};
use crate::digest::{Query, Text};
use crate::message::EPHEMERAL;
use crate::render::PAGE_BUTTON_PREFIX;

pub async fn run(ctx: &Context, shared: &Shared, interaction: &ComponentInteraction) {
    let audience = Audience::of_component(interaction);
    let target = parse(&interaction.data.custom_id);
    let private = interaction.message.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
    let invoker = original_invoker(interaction);
    let is_invoker = invoker == Some(interaction.user.id);
    let lang = if is_invoker && !private {
        shared.public_language(&audience).await
    } else {
        shared.private_language(&audience).await
    };
    super::record_language(shared, lang);
    let response = match target {
        None => {
            tracing::warn!(custom_id = %interaction.data.custom_id, "unreadable page button");
            let reply = ephemeral(shared, lang, &Text::new("error-page-gone"));
            CreateInteractionResponse::Message(response_message(&reply))
        }
        Some((query, page)) => {
            let pages = shared.engine.reply(query, lang);
            let index = page.clamp(1, pages.len()) - 1;
            let mut page = pages[index].clone();
            if is_invoker {
                CreateInteractionResponse::UpdateMessage(response_message(&page))
            } else {
                page.flags = Some(EPHEMERAL);
                CreateInteractionResponse::Message(response_message(&page))
            }
        }
    };
    if let Err(error) = interaction.create_response(&ctx.http, response).await {
        tracing::warn!(%error, interaction = interaction.id.get(), "cannot answer the page button");
    }
}

/// `alliance:month:2025-07:2` → (the month query, page 2).
fn parse(custom_id: &str) -> Option<(Query, usize)> {
    let rest = custom_id.strip_prefix(PAGE_BUTTON_PREFIX)?.strip_prefix(':')?;
    let (key, page) = rest.rsplit_once(':')?;
    Some((Query::from_key(key)?, page.parse().ok()?))
}

fn original_invoker(interaction: &ComponentInteraction) -> Option<UserId> {
    match interaction.message.interaction_metadata.as_deref()? {
        MessageInteractionMetadata::Command(metadata) => Some(metadata.user.id),
        MessageInteractionMetadata::Component(metadata) => Some(metadata.user.id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::when::YearMonth;

    #[test]
    fn reads_the_query_and_page_of_a_button() {
        let month = Query::Month(YearMonth::new(2025, 7).expect("a month"));
        assert_eq!(parse("alliance:month:2025-07:2"), Some((month, 2)));
        assert_eq!(parse("alliance:timeline:3"), Some((Query::Timeline, 3)));
        assert_eq!(parse("alliance:weather:1"), None);
        assert_eq!(parse("other:timeline:1"), None);
    }
}
