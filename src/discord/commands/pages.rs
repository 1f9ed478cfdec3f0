//! Previous and Next buttons of a paged reply. The page to show is in the button's custom id
//! (`alliance:<query>:<page>`), not in memory, so buttons keep working after a restart. The
//! invoker's click turns the page in place; anyone else gets the page privately.

use poise::serenity_prelude as serenity;
use serenity::{ComponentInteraction, MessageFlags, MessageInteractionMetadata, UserId};

use crate::content::layout::V2_SUFFIX;
use crate::content::message::EPHEMERAL;
use crate::content::render::PAGE_BUTTON_PREFIX;
use crate::content::reply::Query;
use crate::content::text::Text;
use crate::discord::call::{Call, Failure, Response};

/// Answers a click on a page button.
pub async fn run(call: &Call, interaction: &ComponentInteraction) -> Result<Response, Failure> {
    let Some((query, page)) = parse(&interaction.data.custom_id) else {
        tracing::warn!(custom_id = %interaction.data.custom_id, "unreadable page button");
        return Err(Failure::refused("page_gone", Text::new("error-page-gone")));
    };
    let private = interaction.message.flags.is_some_and(|f| f.contains(MessageFlags::EPHEMERAL));
    let is_invoker = original_invoker(interaction) == Some(interaction.user.id);
    let lang =
        if is_invoker && !private { call.public_language().await } else { call.private_language().await };
    let pages = call.engine.reply(query, lang);
    let index = page.clamp(1, pages.len().max(1)) - 1;
    let mut page = pages.into_iter().nth(index).unwrap_or_default();
    if is_invoker {
        Ok(Response::Update(page))
    } else {
        page.flags = Some(EPHEMERAL);
        Ok(Response::Message(page))
    }
}

/// `alliance:month:2025-07:2` → (the month query, page 2); a button of a Components V2 message
/// ends with [`V2_SUFFIX`] (its page is laid out the same, see `Call::layout`).
fn parse(custom_id: &str) -> Option<(Query, usize)> {
    let custom_id = custom_id.strip_suffix(V2_SUFFIX).unwrap_or(custom_id);
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
    use crate::content::when::YearMonth;

    #[test]
    fn reads_the_query_and_page_of_a_button() {
        let month =
            Query::Month(YearMonth::new(2025, 7).expect("a month"), crate::content::reply::Year::Given);
        assert_eq!(parse("alliance:month:2025-07:2"), Some((month, 2)));
        assert_eq!(parse("alliance:timeline:3"), Some((Query::Timeline, 3)));
        assert_eq!(parse("alliance:timeline:3:v2"), Some((Query::Timeline, 3)));
        assert_eq!(parse("alliance:weather:1"), None);
        assert_eq!(parse("other:timeline:1"), None);
    }
}
