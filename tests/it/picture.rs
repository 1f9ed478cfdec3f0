//! The timeline as a picture: a PNG of the dated facts, in the reader's language, with alt text
//! for screen readers; readable even from a store a hundred times the article's.

use crate::support;

use alliance_digest::content::picture::{Label, Picture};
use alliance_digest::content::reply::Query;
use alliance_digest::content::reply::MAX_ROWS;
use alliance_digest::Engine;
use support::{large_store, path_str, repo, run, GENERATED};

fn engine() -> Engine {
    Engine::load(&repo().join("data"), &repo().join("locales")).expect("the bundled store loads").0
}

/// Decodes a PNG, and returns its width, height and pixels (RGB or RGBA).
fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "the PNG signature");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a readable PNG header");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a sane size")];
    let info = reader.next_frame(&mut pixels).expect("a readable PNG frame");
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

fn texts(picture: &Picture) -> Vec<String> {
    picture.labels.iter().map(|l| support::bot::plain(&l.text)).collect()
}

fn assert_readable(picture: &Picture) {
    let labels: &[Label] = &picture.labels;
    for (i, a) in labels.iter().enumerate() {
        assert!(
            a.left >= 0.0
                && a.top >= 0.0
                && a.right <= picture.width as f32
                && a.bottom <= picture.height as f32,
            "{a:?} is outside the picture"
        );
        for b in &labels[i + 1..] {
            assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn the_timeline_picture_is_a_png_in_the_readers_language() {
    let engine = engine();
    for (lang, title, legend, recent) in [
        ("en-US", "Timeline of the alliance", "Diplomacy", "recent, undated"),
        ("fr", "Chronologie de l'alliance", "Diplomatie", "récent, non daté"),
    ] {
        let picture = engine.timeline_picture(engine.language(lang));
        let (width, height, pixels) = decode(&picture.png);
        assert_eq!((width, height), (picture.width, picture.height));
        assert_eq!(width, 1200);
        assert!((300..1200).contains(&height), "{height}");
        assert!(picture.png.len() < 150_000, "{} bytes", picture.png.len());
        // Not a blank page: the domains' colours are there (military's red, diplomacy's blue).
        let has = |rgb: [u8; 3]| pixels.chunks(3).any(|p| p == rgb);
        assert!(has([0xB0, 0x3A, 0x2E]) && has([0x2E, 0x6F, 0xB0]), "domain colours in {lang}");

        let words = texts(picture);
        assert_eq!(words[0], title);
        for needle in [legend, recent, "2024", "2025"] {
            assert!(words.iter().any(|w| w == needle), "{needle:?} not on the {lang} picture: {words:?}");
        }
        assert_eq!((picture.drawn, picture.not_drawn), (10, 0), "nine dated facts and a recent one");
        assert_readable(picture);
    }
    let en = texts(engine.timeline_picture(engine.language("en-US")));
    assert!(en.iter().any(|w| w == "Mutual-defense pact"), "{en:?}");
    assert!(en.iter().any(|w| w == "Foreign minister in Pyongyang†"), "an inferred year is marked: {en:?}");
    assert!(en.iter().any(|w| w.starts_with("hollow: hedged")), "{en:?}");
    assert!(
        en.iter().any(|w| w == "Losses around Kursk (South Korean sources)"),
        "the casualty row says whose figures they are: {en:?}"
    );
    let fr = texts(engine.timeline_picture(engine.language("fr")));
    assert!(fr.iter().any(|w| w == "Pacte de défense mutuelle"), "{fr:?}");
    assert!(fr.iter().any(|w| w.starts_with("creux : avec réserve")), "{fr:?}");
}

#[test]
fn the_alt_text_says_what_the_picture_shows_in_both_languages() {
    let engine = engine();
    let en = &engine.timeline_picture(engine.language("en-US")).alt;
    assert_eq!(
        en,
        "Chart of 10 events of the alliance on a time axis, 2024 – October 2025†, one row each, \
         colored by domain (Military, Diplomacy, Economy, and Culture). One is hedged, drawn hollow. \
         † The article names the month but not the year; the year is inferred from its context."
    );
    let fr = support::bot::plain(&engine.timeline_picture(engine.language("fr")).alt);
    assert_eq!(
        fr,
        "Graphique de 10 événements de l'alliance sur un axe du temps, 2024 – octobre 2025†, une \
         ligne chacun, en couleur selon le domaine (Militaire, Diplomatie, Économie et Culture). Un est \
         rapporté avec réserve, dessiné creux. † L'article nomme le mois sans l'année ; celle-ci est \
         déduite du contexte."
    );
}

#[test]
fn every_language_draws_its_picture_with_a_glyph_for_every_character() {
    let engine = engine();
    for lang in engine.catalog().languages() {
        let tag = engine.catalog().tag(lang);
        let picture = engine.timeline_picture(lang);
        assert!(
            picture.missing_glyphs.is_empty(),
            "{tag}: no glyph for {:?}: run scripts/subset-cjk-fonts.py and commit assets/fonts/",
            picture.missing_glyphs
        );
        assert_readable(picture);
    }
    // Korean and Japanese are drawn in their own scripts (the unit tests of `picture` show that
    // the Latin font would leave them as missing glyphs).
    let ko = texts(engine.timeline_picture(engine.language("ko")));
    assert!(
        ko.iter().any(|w| w.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))),
        "Hangul is drawn: {ko:?}"
    );
    let ja = texts(engine.timeline_picture(engine.language("ja")));
    assert!(
        ja.iter().any(|w| w.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))),
        "kanji are drawn: {ja:?}"
    );
}

#[test]
fn the_timeline_reply_shows_its_picture_in_its_embed_on_the_first_page_only() {
    let engine = engine();
    let pages = engine.reply(Query::Timeline, engine.language("fr"));
    let first = &pages[0];
    assert_eq!(first.attachments.len(), 1);
    let attachment = &first.attachments[0];
    assert_eq!(attachment.filename, "timeline.png");
    assert_eq!(
        attachment.description.as_deref(),
        Some(engine.timeline_picture(engine.language("fr")).alt.as_str())
    );
    assert_eq!(decode(&attachment.data).0, 1200);
    assert_eq!(first.embeds[0].image.as_ref().map(|i| i.url.as_str()), Some("attachment://timeline.png"));
    let json = serde_json::to_value(first).expect("a payload");
    assert_eq!(json["attachments"][0]["filename"], "timeline.png");
    assert_eq!(json["attachments"][0]["id"], 0);
    assert!(first.limit_violations().is_empty());
    let military =
        engine.reply(Query::Domain(alliance_digest::content::facts::Domain::Military), engine.language("fr"));
    assert!(military[0].attachments.is_empty() && military[0].embeds[0].image.is_none());
}

#[test]
fn a_hundred_times_the_facts_stays_readable_and_the_reply_counts_what_is_not_drawn() {
    let ws = large_store();
    let (engine, _) = Engine::load(&ws.data(), &ws.locales()).expect("the generated store loads");
    let dated = engine.store().timeline().count();
    assert!(dated > GENERATED / 2, "{dated} dated facts");
    let hidden = dated - MAX_ROWS;
    for (lang, note) in [
        ("en-US", format!("The picture shows the latest {MAX_ROWS} events; {} earlier ones are not drawn.", group(hidden, ","))),
        ("fr", format!("L'image montre les {MAX_ROWS} événements les plus récents ; {} plus anciens n'y figurent pas.", group(hidden, " "))),
    ] {
        let lang_id = engine.language(lang);
        let picture = engine.timeline_picture(lang_id);
        assert_eq!((picture.drawn, picture.not_drawn), (MAX_ROWS, hidden));
        assert_readable(picture);
        let (_, height, _) = decode(&picture.png);
        assert!(height < 1600, "{height}");
        // Most generated rows are attributed, and say to whom: longer labels than the article's.
        assert!(picture.png.len() < 200_000, "{} bytes", picture.png.len());
        let words = texts(picture);
        assert!(words.contains(&note), "the picture counts what it leaves out: {note:?} in {words:?}");
        assert!(support::bot::plain(&picture.alt).contains(&note), "{}", picture.alt);
        // The rows are the latest facts, each labelled once.
        let latest = engine.store().timeline().filter(|f| f.id.starts_with("gen-")).last().expect("a fact");
        let marker = format!("⟦g{}⟧", &latest.id[4..]);
        assert_eq!(words.iter().filter(|w| w.contains(&marker)).count(), 1, "{marker} in {words:?}");
        let pages = engine.reply(Query::Timeline, lang_id);
        let lead = support::bot::plain(pages[0].embeds[0].description.as_deref().unwrap_or_default());
        assert!(lead.contains(&note), "the reply states the cap: {}", &lead[..300]);
    }
}

/// 1781 → "1,781" (or "1 781").
fn group(n: usize, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[test]
fn ask_writes_the_same_picture() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("timeline.png");
    let output = run(&["ask", "--lang", "fr", "--png", path_str(&file), "/alliance chronologie"], &[]);
    assert!(output.status.success(), "{}", support::stderr(&output));
    let written = std::fs::read(&file).expect("the picture is written");
    let engine = engine();
    assert_eq!(written, &engine.timeline_picture(engine.language("fr")).png[..]);
    let refused = run(&["ask", "--png", path_str(&file), "/alliance military"], &[]);
    assert!(!refused.status.success());
    assert!(
        support::stderr(&refused).contains("--png is for /alliance timeline"),
        "{}",
        support::stderr(&refused)
    );
}
