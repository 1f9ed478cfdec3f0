//! Every claim of the article is in the store, with its figures and hedges, and reachable
//! through some `/alliance` command in both languages.

use crate::support;

use alliance_digest::content::facts::{Confidence, Domain, Value};
use alliance_digest::content::render::Renderer;
use alliance_digest::content::reply::{Query, Year};
use alliance_digest::content::text::Text;
use alliance_digest::content::when::When;
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
        (casualties.confidence, casualties.attribution.as_deref()),
        (Confidence::Reported, Some("south-korean-sources"))
    );
    let transfer = fact("technology-transfer-suspected");
    assert_eq!((transfer.confidence, transfer.attribution.as_deref()), (Confidence::Alleged, Some("seoul")));
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
    // "For more than a year" and "recent": the article gives no date, so none is invented.
    assert_eq!(when("frequent-high-level-visits"), None);
    let exhibition = fact("moscow-painting-exhibition");
    assert!(exhibition.recent && exhibition.when.is_none());
    assert_eq!(fact("party-anniversary-parade").values.get("anniversary"), Some(&Value::Number(80)));
    assert_eq!(fact("shared-land-border").values.get("border_km"), Some(&Value::Number(20)));
    assert_eq!(exhibition.domain, Domain::Cultural);
    for id in [
        "russia-gains-reliable-ally",
        "north-korea-gains",
        "risk-regional-reactions",
        "risk-isolation",
        "major-development",
    ] {
        assert_eq!((fact(id).domain, fact(id).confidence), (Domain::Outlook, Confidence::Assessment), "{id}");
    }
    assert_eq!(fact("economic-ties-growing").domain, Domain::Economic);
    // Every fact cites the article; only the losses and the transfer are attributed by it.
    for fact in store.facts() {
        assert_eq!(fact.source, "article", "{}", fact.id);
    }
    let attributed: Vec<&str> =
        store.facts().iter().filter(|f| f.attribution.is_some()).map(|f| f.id.as_str()).collect();
    assert_eq!(attributed, ["kursk-casualties", "technology-transfer-suspected"]);
}

/// The claims of the article, each in both languages: (fact, English words, French words).
const CLAIMS: &[(&str, &str, &str)] = &[
    ("mutual-defence-pact", "a turning point", "un tournant"),
    ("troops-to-kursk", "notably in the Kursk region", "notamment été engagés dans la région de Koursk"),
    ("kursk-casualties", "about 600 North Korean soldiers", "environ 600 soldats nord-coréens"),
    ("arms-and-munitions", "weapons and ammunition", "armes et munitions"),
    ("technology-transfer-suspected", "only suspicions, relayed by Seoul", "des soupçons, relayés par Séoul"),
    ("frequent-high-level-visits", "For more than a year", "Depuis plus d'un an"),
    ("beijing-summit-parade", "trilateral summit", "sommet à trois"),
    ("beijing-summit-parade", "converging interests", "convergence de leurs intérêts"),
    ("economic-ties-growing", "gaining momentum", "prennent eux aussi de l'ampleur"),
    ("road-bridge-construction", "strategic route", "axe stratégique"),
    (
        "major-development",
        "international pressure and internal challenges",
        "pressions internationales et aux difficultés internes",
    ),
];

#[test]
fn each_claim_and_its_nuance_reads_in_both_languages() {
    let engine = engine();
    for (id, en, fr) in CLAIMS {
        let fact = engine.store().get(id).unwrap_or_else(|| panic!("no fact {id}"));
        for (lang, words) in [("en-US", en), ("fr", fr)] {
            let text = text_of(&engine, Query::Domain(fact.domain), lang).replace('\u{a0}', " ");
            assert!(text.contains(words), "{id} ({lang}) should say {words:?}: {text}");
        }
    }
    let en = text_of(&engine, Query::Domain(Domain::Military), "en-US");
    assert!(!en.contains("formal alliance") && !en.contains("Russian region of Kursk"), "{en}");
    let fr = text_of(&engine, Query::Domain(Domain::Military), "fr");
    assert!(!fr.contains("en bonne et due forme") && !fr.contains("région russe de Koursk"), "{fr}");
}

#[test]
fn every_fact_is_reachable_in_both_languages_and_says_different_words_in_each() {
    let engine = engine();
    for fact in engine.store().facts() {
        let mut sentences = Vec::new();
        for lang in ["fr", "en-US", "de", "es-ES", "ru", "uk", "ko", "ja"] {
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
                    text_of(&engine, Query::Month(month, Year::Given), lang).contains(&sentence),
                    "{} ({lang})",
                    fact.id
                );
            }
            sentences.push(sentence);
        }
        for (i, sentence) in sentences.iter().enumerate().skip(1) {
            assert!(!sentences[..i].contains(sentence), "{} is not translated", fact.id);
        }
    }
}

#[test]
fn hedges_stay_visible_in_both_languages() {
    let engine = engine();
    let fr = text_of(&engine, Query::Domain(Domain::Military), "fr");
    let en = text_of(&engine, Query::Domain(Domain::Military), "en-US");
    assert!(fr.contains("(rapporté, selon des sources sud-coréennes)"), "{fr}");
    assert!(fr.contains("(allégation non confirmée, relayée par Séoul)"), "{fr}");
    assert!(en.contains("(reported, according to South Korean sources)"), "{en}");
    assert!(en.contains("(alleged, as relayed by Seoul)"), "{en}");
    // Seoul relays the suspicions; it does not itself allege.
    assert!(!en.contains("Seoul alleges") && !fr.contains("Séoul soupçonne"), "{en}\n{fr}");
    // A fact the article states in its own voice carries no hedge.
    let pact = en.lines().find(|l| l.contains("mutual-defense treaty")).expect("the pact");
    assert!(!pact.contains('('), "{pact}");
    let fr_outlook = text_of(&engine, Query::Domain(Domain::Outlook), "fr");
    let en_outlook = text_of(&engine, Query::Domain(Domain::Outlook), "en-US");
    for line in fr_outlook.lines().filter(|l| l.starts_with('•')) {
        assert!(line.ends_with("*(analyse propre à l'article)*"), "{line}");
    }
    for line in en_outlook.lines().filter(|l| l.starts_with('•')) {
        assert!(line.ends_with("*(the article's own assessment)*"), "{line}");
    }
}
