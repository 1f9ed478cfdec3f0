//! Replies always fit Discord's limits, even from a generated store a hundred times larger than
//! the article's, with long lines and characters of several bytes; long replies are paged.

use crate::support;

use alliance_digest::content::facts::Domain;
use alliance_digest::content::message::Message;
use alliance_digest::content::reply::{Query, Year};
use alliance_digest::content::when::YearMonth;
use alliance_digest::Engine;
use support::{large_store, GENERATED};

fn assert_fits(pages: &[Message], what: &str) {
    assert!(!pages.is_empty());
    for (index, page) in pages.iter().enumerate() {
        let violations = page.limit_violations();
        assert!(violations.is_empty(), "{what}, page {}: {violations:?}", index + 1);
        if pages.len() > 1 {
            let footer = &page.embeds[0].footer.as_ref().expect("a footer").text;
            // "Page 1 of 2", « Page 1 sur 2 », „Seite 1 von 2“, 「2ページ中1ページ目」…
            let numbers: Vec<&str> = footer
                .rsplit(" · ")
                .next()
                .unwrap_or_default()
                .matches(|c: char| c.is_ascii_digit())
                .collect();
            assert_eq!(
                numbers.concat().len(),
                (index + 1).to_string().len() + pages.len().to_string().len(),
                "{what}: {footer}"
            );
            let buttons = &page.components[0].components;
            assert_eq!(buttons[0].disabled, index == 0);
            assert_eq!(buttons[1].disabled, index + 1 == pages.len());
        }
    }
}

fn page_text(pages: &[Message]) -> String {
    pages.iter().map(Message::to_text).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_reply_from_a_large_store_fits_discord_and_loses_nothing() {
    let ws = large_store();
    let (engine, warnings) = Engine::load(&ws.data(), &ws.locales()).expect("the generated store loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        engine.store().facts().len(),
        GENERATED + 21,
        "the 21 facts of the article, and the generated ones"
    );
    let busy_month = YearMonth::new(2019, 1).expect("a month");
    let mut queries = vec![Query::Overview, Query::Timeline, Query::Month(busy_month, Year::Given)];
    queries.extend(Domain::ALL.map(Query::Domain));
    for lang in ["en-US", "fr", "de", "es-ES", "ru", "uk", "ko", "ja"] {
        let lang_id = engine.language(lang);
        for query in &queries {
            let pages = engine.reply(*query, lang_id);
            assert_fits(&pages, &format!("{} in {lang}", query.key()));
            assert!(pages.len() > 1, "{} should need pages", query.key());
        }
        // Each generated dated fact is in the timeline once, in order, whatever page it is on.
        let timeline = page_text(&engine.reply(Query::Timeline, lang_id));
        let mut last = 0;
        for fact in engine.store().timeline().filter(|f| f.id.starts_with("gen-")) {
            let marker = format!("⟦g{}⟧", &fact.id[4..]);
            let at = timeline.find(&marker).unwrap_or_else(|| panic!("{marker} missing in {lang}"));
            assert_eq!(timeline.matches(&marker).count(), 1, "{marker} twice");
            assert!(at > last, "{marker} out of order");
            last = at;
        }
    }
}

#[test]
fn numbers_are_grouped_as_each_language_writes_them() {
    let ws = large_store();
    let (engine, _) = Engine::load(&ws.data(), &ws.locales()).expect("the generated store loads");
    let en = page_text(&engine.reply(Query::Domain(Domain::Military), engine.language("en-US")));
    let fr = page_text(&engine.reply(Query::Domain(Domain::Military), engine.language("fr")));
    assert!(en.contains("⟦g0⟧ counted 10,000"), "{}", &en[..500]);
    assert!(fr.contains("⟦g0⟧ compté 10\u{202f}000"), "{}", &fr[..500]);
}

#[test]
fn page_buttons_carry_the_query_and_the_target_page() {
    let ws = large_store();
    let (engine, _) = Engine::load(&ws.data(), &ws.locales()).expect("the generated store loads");
    let pages = engine.reply(Query::Timeline, engine.language("fr"));
    let buttons = &pages[1].components[0].components;
    assert_eq!(buttons[0].label, "Précédent");
    assert_eq!(buttons[0].custom_id, "alliance:timeline:1");
    assert_eq!(buttons[1].label, "Suivant");
    assert_eq!(buttons[1].custom_id, "alliance:timeline:3");
}
