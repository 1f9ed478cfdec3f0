//! Every claim of the article is in the store, with its figures and hedges, and reachable
//! through some `/alliance` command in both languages.

mod support;

use alliance_digest::digest::{Query, Text};
use alliance_digest::facts::{Confidence, Domain, Value};
use alliance_digest::render::Renderer;
use alliance_digest::when::When;
use alliance_digest::Engine;

fn engine() -> Engine {
    let repo = support::repo();
    let (engine, warnings) =
        Engine::load(&repo.join("data"), &repo.join("locales")).expect("the bundled store loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    engine
}

fn text_of(engine: &Engine, query: Query, lang: &str) -> String {
    let pages = engine.reply(query, engine.language(lang));
    pages.iter().map(|p| p.to_text()).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_article_claims_are_in_the_store_with_their_figures_and_hedges() {
    let engine = engine();
    let store = engine.store();
    let fact = |id: &str| store.get(id).unwrap_or_else(|| panic!("no fact {id}"));
    let when = |id: &str| fact(id).when.map(|w| w.to_string());
    assert_eq!(when("mutual-defence-pact"), Some("2024".into()));
    assert_eq!(when("troops-to-kursk"), Some("2024-late/2025-spring".into()));
    let casualties = fact("kursk-casualties");
    assert_eq!(casualties.values.get("killed"), Some(&Value::Number(600)));
    assert_eq!(casualties.values.get("wounded"), Some(&Value::Word("thousands".into())));
    assert_eq!(
        (casualties.confidence, casualties.source.as_str()),
        (Confidence::Reported, "south-korean-sources")
    );
    let transfer = fact("technology-transfer-suspected");
    assert_eq!((transfer.confidence, transfer.source.as_str()), (Confidence::Alleged, "seoul"));
    assert_eq!(fact("arms-and-munitions").domain, Domain::Military);
    for (id, month) in [
        ("foreign-minister-visit", "2025-07"),
        ("duma-chairman-visit", "2025-08"),
        ("beijing-summit-parade", "2025-09"),
        ("party-anniversary-parade", "2025-10"),
        ("first-moscow-pyongyang-flight", "2025-07"),
        ("road-bridge-construction", "2025-04"),
    ] {
        assert_eq!(when(id).as_deref(), Some(month), "{id}");
        assert!(fact(id).year_from_context, "{id}: the article gives no year, the record must say so");
    }
    assert_eq!(fact("party-anniversary-parade").values.get("anniversary"), Some(&Value::Number(80)));
    assert_eq!(fact("shared-land-border").values.get("border_km"), Some(&Value::Number(20)));
    assert_eq!(fact("moscow-painting-exhibition").domain, Domain::Cultural);
    for id in ["russia-gains-reliable-ally", "north-korea-gains", "risk-regional-reactions", "risk-isolation"]
    {
        assert_eq!(fact(id).domain, Domain::Outlook, "{id}");
    }
}

#[test]
fn every_fact_is_reachable_in_both_languages_and_says_different_words_in_each() {
    let engine = engine();
    for fact in engine.store().facts() {
        let mut sentences = Vec::new();
        for lang in ["fr", "en-US"] {
            let sentence =
                Renderer::new(engine.catalog(), engine.language(lang)).text(&Text::fact(fact, None));
            assert!(!sentence.contains("fact-"), "{sentence}");
            let domain = text_of(&engine, Query::Domain(fact.domain), lang);
            assert!(domain.contains(&sentence), "{} not in /alliance {} ({lang})", fact.id, fact.domain);
            if fact.when.is_some() {
                assert!(text_of(&engine, Query::Timeline, lang).contains(&sentence), "{} ({lang})", fact.id);
            }
            for month in fact.when.map(When::months).unwrap_or_default() {
                assert!(
                    text_of(&engine, Query::Month(month), lang).contains(&sentence),
                    "{} ({lang})",
                    fact.id
                );
            }
            sentences.push(sentence);
        }
        assert_ne!(sentences[0], sentences[1], "{} is not translated", fact.id);
    }
}

#[test]
fn hedges_stay_visible_in_both_languages() {
    let engine = engine();
    let fr = text_of(&engine, Query::Domain(Domain::Military), "fr");
    let en = text_of(&engine, Query::Domain(Domain::Military), "en-US");
    assert!(fr.contains("(rapporté, selon des sources sud-coréennes)"), "{fr}");
    assert!(fr.contains("(allégation non confirmée, selon Séoul)"), "{fr}");
    assert!(en.contains("(reported, according to South Korean sources)"), "{en}");
    assert!(en.contains("(alleged, according to Seoul)"), "{en}");
    // A confirmed fact carries no hedge.
    let pact = en.lines().find(|l| l.contains("mutual-defence treaty")).expect("the pact");
    assert!(!pact.contains("according to"), "{pact}");
}
