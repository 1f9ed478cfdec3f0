//! Month autocomplete for `/alliance month`: the months that have facts, labelled in the user's
//! language, filtered by what was typed, at most 25 (Discord's limit).

use serenity::all::{
    AutocompleteChoice, CommandInteraction, Context, CreateAutocompleteResponse, CreateInteractionResponse,
};

use super::respond::send;
use super::{Audience, Shared};
use crate::i18n::{fold, Lang};
use crate::render::Renderer;

/// Discord shows at most 25 choices.
const MAX_CHOICES: usize = 25;

pub async fn run(ctx: &Context, shared: &Shared, interaction: &CommandInteraction) -> Lang {
    let lang = shared.private_language(&Audience::of_command(interaction)).await;
    let typed = fold(interaction.data.autocomplete().map(|o| o.value).unwrap_or_default());
    let renderer = Renderer::new(shared.engine.catalog(), lang);
    let matching: Vec<AutocompleteChoice> = shared
        .engine
        .store()
        .months()
        .into_iter()
        .rev()
        .map(|month| (renderer.month(month), month.to_string()))
        .filter(|(label, iso)| typed.is_empty() || fold(label).contains(&typed) || iso.starts_with(&typed))
        .take(MAX_CHOICES)
        .map(|(label, iso)| AutocompleteChoice::new(label, iso))
        .collect();
    // Most recent first were kept; show them oldest first.
    let choices = matching.into_iter().rev().collect();
    let response = CreateAutocompleteResponse::new().set_choices(choices);
    send(ctx, interaction, CreateInteractionResponse::Autocomplete(response)).await;
    lang
}
