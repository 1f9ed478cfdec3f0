//! The Components V2 layout of replies (issue 20, not yet sent by the bot): every reply of the
//! bundled store, in every language, laid out within Discord's limits, every word of its embed
//! kept, and held against Discord's OpenAPI description of a message; a reply too large for the
//! layout has none, and keeps its embeds.

use crate::support;

use alliance_digest::content::facts::Domain;
use alliance_digest::content::layout::{Layout, IS_COMPONENTS_V2, MAX_COMPONENTS, MAX_TEXT};
use alliance_digest::content::message::Message;
use alliance_digest::content::reply::{Query, Year};
use alliance_digest::content::when::YearMonth;
use alliance_digest::Engine;
use support::discord::openapi;

const LANGUAGES: [&str; 8] = ["en-US", "fr", "de", "es-ES", "ru", "uk", "ko", "ja"];

/// Every piece of text an embed shows.
fn embed_words(page: &Message) -> Vec<String> {
    let embed = &page.embeds[0];
    let mut words: Vec<String> = embed.title.iter().chain(&embed.description).cloned().collect();
    for field in &embed.fields {
        words.push(field.name.clone());
        words.push(field.value.clone());
    }
    words.extend(embed.footer.iter().map(|f| f.text.clone()));
    words
}

#[test]
fn every_reply_is_laid_out_within_discords_limits_and_keeps_every_word() {
    let repo = support::repo();
    let (engine, _) = Engine::load(&repo.join("data"), &repo.join("locales")).expect("the bundled store");
    let july = YearMonth::new(2025, 7).expect("a month");
    let mut queries = vec![Query::Overview, Query::Timeline, Query::Month(july, Year::Given)];
    queries.extend(Domain::ALL.map(Query::Domain));
    for lang in LANGUAGES {
        for query in &queries {
            let pages = engine.reply(*query, engine.language(lang));
            for (n, page) in pages.iter().enumerate() {
                let what = format!("{} in {lang}, page {}", query.key(), n + 1);
                let layout = Layout::of(page).unwrap_or_else(|| panic!("{what}: no layout"));
                assert!(layout.count() <= MAX_COMPONENTS, "{what}: {} components", layout.count());
                assert!(layout.text_len() <= MAX_TEXT, "{what}: {} characters", layout.text_len());
                assert_eq!(layout.flags & IS_COMPONENTS_V2, IS_COMPONENTS_V2);
                let body = serde_json::to_value(&layout).expect("JSON");
                let problems = openapi::shared().check(
                    "POST",
                    "/channels/1100000000000000100/messages",
                    None,
                    Some(&body),
                    "application/json",
                );
                assert_eq!(problems, Vec::<String>::new(), "{what}");
                let shown = body.to_string();
                for words in embed_words(page) {
                    let json = serde_json::to_string(&words).expect("JSON");
                    assert!(shown.contains(json.trim_matches('"')), "{what}: {words:?} lost");
                }
                let has_picture = page.embeds[0].image.is_some();
                assert_eq!(shown.contains("\"type\":12"), has_picture, "{what}: the picture in a gallery");
            }
        }
    }
}

#[test]
fn a_reply_too_large_for_the_layout_keeps_its_embeds() {
    let repo = support::repo();
    let (engine, _) = Engine::load(&repo.join("data"), &repo.join("locales")).expect("the bundled store");
    let mut page = engine.reply(Query::Overview, engine.language("en-US")).remove(0);
    let field = page.embeds[0].fields[0].clone();
    // Twenty more sections: each a separator and a text, past 40 components.
    page.embeds[0].fields.extend(std::iter::repeat_n(field, 20));
    assert_eq!(Layout::of(&page), None);
    let errors = Message { content: Some("An error".into()), ..Message::default() };
    assert_eq!(Layout::of(&errors), None, "text alone stays as it is");
}
