//! Keeping the bot honest with its one source, the article in `../shared/seed/`: no message copies
//! it, in any language; every attribution is the article's own and its hedges are said in every
//! language; and the words follow each language's rules (French typography, German quotation
//! marks, Spanish ¿ and ¡, Japanese full-width punctuation, the French names of commands,
//! American English).

use crate::support;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use alliance_digest::content::render::Renderer;
use alliance_digest::content::text::Text;
use alliance_digest::Engine;
use fluent_bundle::{FluentArgs, FluentValue};

/// Where CI puts a copy of `shared/` beside the clone.
const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed");

/// A run of this many words of the article, or more, is a copy.
const COPIED_RUN: usize = 8;

/// The article, every `.txt` of the seed folder; a missing folder fails loudly.
fn article() -> String {
    let dir = Path::new(SEED);
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!("the article must be in {} (a copy of shared/ beside the clone): {e}", dir.display())
    });
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .txt article in {}", dir.display());
    let text: String = files.iter().map(|f| std::fs::read_to_string(f).expect("the article reads")).collect();
    assert!(text.split_whitespace().count() > 500, "the article in {} looks truncated", dir.display());
    text
}

/// `\w+` runs, lowercased: apostrophes, hyphens and spaces of any kind separate words.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The same text with typographic apostrophes and spaces made plain, for finding quotes.
fn normalized(text: &str) -> String {
    let text = text.replace(['’', '\u{2bc}'], "'").replace(['\u{a0}', '\u{202f}'], " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One piece of text a `.ftl` file gives a reader: a message's value, an attribute or a variant,
/// with its placeables replaced by `\u{fffc}` (which is no word, so it breaks a run).
struct Segment {
    file: PathBuf,
    line: usize,
    id: String,
    text: String,
}

/// Every text segment of every `.ftl` of a language folder, attributes and variants included.
fn segments(dir: &Path) -> Vec<Segment> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the language folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("the file reads");
        let mut id = String::new();
        for (index, line) in source.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let text = if !line.starts_with(' ') {
                let (name, value) = line.split_once('=').expect("a message line");
                id = name.trim().to_owned();
                value
            } else if let Some(attribute) = trimmed.strip_prefix('.') {
                let (name, value) = attribute.split_once('=').expect("an attribute line");
                id = format!("{}.{}", id.split('.').next().unwrap_or_default(), name.trim());
                value
            } else if trimmed.starts_with('[') || trimmed.starts_with("*[") {
                trimmed.split_once(']').map_or("", |(_, text)| text)
            } else {
                line
            };
            out.push(Segment {
                file: file.clone(),
                line: index + 1,
                id: id.clone(),
                text: placeables_out(text),
            });
        }
    }
    out
}

/// Replaces each `{ … }` (nested or not) by `\u{fffc}`, and a selector's `->` tail by nothing.
fn placeables_out(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push('\u{fffc}');
                }
                depth += 1;
            }
            '}' => depth = (depth - 1).max(0),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

fn locales() -> PathBuf {
    support::repo().join("locales")
}

/// Every language folder of the bundled locales.
fn languages() -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(locales())
        .expect("the locales folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    tags
}

fn engine() -> Engine {
    let repo = support::repo();
    Engine::load(&repo.join("data"), &repo.join("locales")).expect("the bundled store loads").0
}

#[test]
fn no_message_copies_eight_words_in_a_row_of_the_article() {
    let article = words(&article());
    let runs: HashSet<&[String]> = article.windows(COPIED_RUN).collect();
    let mut copies = Vec::new();
    let mut check = |where_: String, text: &str| {
        for run in words(text).windows(COPIED_RUN) {
            if runs.contains(run) {
                copies.push(format!("{where_}: “{}”", run.join(" ")));
            }
        }
    };
    let languages = languages();
    assert_eq!(languages.len(), 8, "{languages:?}");
    for lang in &languages {
        for segment in segments(&locales().join(lang)) {
            check(format!("{}:{} ({})", segment.file.display(), segment.line, segment.id), &segment.text);
        }
    }
    // Placeables break runs in the files: the facts are read again as a reader sees them.
    let engine = engine();
    for lang in &languages {
        let renderer = Renderer::new(engine.catalog(), engine.language(lang));
        for fact in engine.store().facts() {
            check(format!("{} ({lang})", fact.id), &renderer.text(&Text::fact(fact, None)));
        }
    }
    assert!(copies.is_empty(), "runs of {COPIED_RUN} words copied from the article:\n{}", copies.join("\n"));
}

#[test]
fn the_copy_check_would_catch_a_copied_sentence() {
    // The check above cannot pass by accident: a sentence of the article is caught by it.
    let article = words(&article());
    let runs: HashSet<&[String]> = article.windows(COPIED_RUN).collect();
    let copied = "Selon des sources sud-coréennes, environ 600 soldats nord-coréens ont perdu la vie.";
    assert!(words(copied).windows(COPIED_RUN).any(|run| runs.contains(run)));
}

/// The documents and attributions of a store that the article does not bear out: a title or a
/// section it does not have, an attribution whose quote is not its words.
fn unattested(store: &alliance_digest::content::facts::Store, article: &str) -> Vec<String> {
    let article = normalized(article);
    let mut problems = Vec::new();
    for document in store.documents() {
        if !article.contains(&normalized(&document.title)) {
            problems.push(format!("the title of '{}' is not the article's", document.id));
        }
        if document.section.as_ref().is_some_and(|s| !article.starts_with(s.as_str())) {
            problems.push(format!("the section of '{}' is not the article's", document.id));
        }
    }
    let used: HashSet<&str> = store.facts().iter().filter_map(|f| f.attribution.as_deref()).collect();
    for id in used {
        let attribution = store.attributions().iter().find(|a| a.id == id).expect("a known attribution");
        if !article.contains(&normalized(&attribution.quote)) {
            problems.push(format!("'{id}' quotes words the article does not have: “{}”", attribution.quote));
        }
    }
    problems
}

#[test]
fn every_attribution_is_in_the_articles_own_words() {
    let engine = engine();
    let store = engine.store();
    let attributed = store.facts().iter().filter(|f| f.attribution.is_some()).count();
    assert!(attributed >= 2, "the article attributes the losses and the suspicions: the store must say so");
    let problems = unattested(store, &article());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_invented_attribution_fails() {
    let ws = support::Workspace::new();
    ws.write(
        "data/sources.toml",
        &format!(
            "{}\n[[attribution]]\nid = \"analysts\"\ndocument = \"article\"\nquote = \"selon les analystes\"\n",
            ws.read("data/sources.toml")
        ),
    );
    ws.edit(
        "data/facts/outlook.toml",
        "confidence = \"assessment\"",
        "confidence = \"assessment\"\nattribution = \"analysts\"",
    );
    ws.write_messages(
        "analysts.ftl",
        "source-analysts = analysts\n    .cited = according to analysts\n",
        "source-analysts = analystes\n    .cited = selon les analystes\n",
    );
    // `check` cannot know the article; this test does.
    let (engine, _) = Engine::load(&ws.data(), &ws.locales()).expect("the store itself is well formed");
    let problems = unattested(engine.store(), &article());
    assert_eq!(problems, ["'analysts' quotes words the article does not have: “selon les analystes”"]);
}

/// A no-break space may stand before `: ; ! ?` and `»`, after `«`, and between a figure and its
/// unit (`20 km`); nowhere else. Each of those places needs one.
fn typography_problems(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    let is_word = |c: char| c.is_alphanumeric() || c == '\u{fffc}';
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        match c {
            '\u{202f}' => problems.push("a narrow no-break space: this project uses U+00A0".to_owned()),
            ':' if before.is_some_and(is_word) && after.is_some_and(|a| !a.is_whitespace()) => {
                // Syntax, not punctuation: 08:00, mois:juillet.
            }
            ':' | ';' | '!' | '?' | '»' if before != Some('\u{a0}') => {
                problems.push(format!("no no-break space before '{c}'"));
            }
            '«' if after != Some('\u{a0}') => problems.push("no no-break space after '«'".to_owned()),
            '\u{a0}' => {
                let rest: String = chars[i + 1..].iter().take(3).collect();
                let punctuation = after.is_some_and(|a| matches!(a, ':' | ';' | '!' | '?' | '»'));
                let unit = before.is_some_and(|b| b.is_ascii_digit() || b == '\u{fffc}')
                    && (rest.starts_with("km") || rest.starts_with('%'));
                if !(punctuation || before == Some('«') || unit) {
                    problems.push("a no-break space where none belongs".to_owned());
                }
            }
            ' ' if before.is_some_and(|b| b.is_ascii_digit() || b == '\u{fffc}')
                && chars[i + 1..].iter().take(2).collect::<String>() == "km" =>
            {
                problems.push("a breaking space between a figure and 'km'".to_owned());
            }
            _ => {}
        }
    }
    problems
}

#[test]
fn every_french_message_follows_french_typography() {
    let mut problems = Vec::new();
    for segment in segments(&locales().join("fr")) {
        for problem in typography_problems(&segment.text) {
            problems.push(format!("{}:{} ({}): {problem}", segment.file.display(), segment.line, segment.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_typography_check_catches_each_kind_of_mistake() {
    for wrong in
        ["Militaire :", "Militaire:", "« guillemets »", "20 km", "un\u{a0}mot", "Quoi ?", "x\u{202f}:"]
    {
        assert!(!typography_problems(wrong).is_empty(), "{wrong:?} should be refused");
    }
    for right in
        ["Militaire\u{a0}:", "«\u{a0}guillemets\u{a0}»", "20\u{a0}km", "08:00", "mois:juillet", "Quoi\u{a0}?"]
    {
        assert!(typography_problems(right).is_empty(), "{right:?} is right");
    }
}

fn format(engine: &Engine, lang: &str, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    engine.catalog().try_format(engine.language(lang), id, None, Some(&fluent)).expect("the message formats")
}

#[test]
fn french_words_follow_french_usage() {
    let engine = engine();
    let monthly = |lang: &str, day: i64| {
        let day = FluentValue::from(day);
        let words = |w: &str| FluentValue::from(w.to_owned());
        format(
            &engine,
            lang,
            "digest-cadence",
            &[
                ("frequency", words("monthly")),
                ("day", day),
                ("time", words("08:00")),
                ("zone", words("UTC")),
            ],
        )
    };
    assert!(monthly("fr", 1).starts_with("le 1er de chaque mois"), "{}", monthly("fr", 1));
    assert!(monthly("fr", 15).starts_with("le 15 de chaque mois"), "{}", monthly("fr", 15));
    let permissions = |lang: &str, count: i64| {
        let words = |w: &str| FluentValue::from(w.to_owned());
        format(
            &engine,
            lang,
            "error-digest-channel-permissions",
            &[("channel", words("#x")), ("missing", words("…")), ("count", FluentValue::from(count))],
        )
    };
    assert!(permissions("fr", 1).contains("Accordez-la-moi"), "{}", permissions("fr", 1));
    assert!(permissions("fr", 2).contains("Accordez-les-moi"), "{}", permissions("fr", 2));
    assert!(permissions("en-US", 1).contains("Grant it to me"), "{}", permissions("en-US", 1));
    assert!(permissions("en-US", 2).contains("Grant them to me"), "{}", permissions("en-US", 2));
    let set = |lang: &str, tag: &str| {
        let words = |w: &str| FluentValue::from(w.to_owned());
        format(
            &engine,
            lang,
            "language-set",
            &[("language", words(tag)), ("name", words("?")), ("locale", words("en-US"))],
        )
    };
    assert!(set("fr", "fr").contains("désormais en français."), "{}", set("fr", "fr"));
    assert!(set("en-US", "fr").contains("now in French."), "{}", set("en-US", "fr"));

    for segment in segments(&locales().join("fr")) {
        let lower = segment.text.to_lowercase();
        let at = format!("{}:{} ({})", segment.file.display(), segment.line, segment.id);
        assert!(words(&lower).iter().filter(|w| *w == "risque").count() <= 1, "{at}: « risque » twice");
        assert!(!lower.contains("est venu"), "{at}: a visit to Pyongyang is « s'est rendu »");
    }
}

#[test]
fn french_replies_and_errors_name_the_commands_as_a_french_client_shows_them() {
    let engine = engine();
    let catalog = engine.catalog();
    let (fr, en) = (engine.language("fr"), engine.language("en-US"));
    let command_ids: Vec<String> =
        catalog.message_ids(en).filter(|id| id.starts_with("cmd-")).map(str::to_owned).collect();
    let mut english_only = Vec::new();
    for id in &command_ids {
        let (Some(english), Some(french)) = (catalog.plain(en, id), catalog.plain(fr, id)) else { continue };
        if english != french {
            english_only.push(english.to_owned());
        }
    }
    assert!(english_only.contains(&"language".to_owned()), "{english_only:?}");
    for segment in segments(&locales().join("fr")) {
        if segment.file.ends_with("commands.ftl") {
            continue;
        }
        for english in &english_only {
            for form in
                [format!("/{english}"), format!("/alliance {english}"), format!("/bulletin {english}")]
            {
                let found = segment.text.match_indices(&form).any(|(i, _)| {
                    !segment.text[i + form.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
                });
                assert!(!found, "{}:{} ({}) names {form}", segment.file.display(), segment.line, segment.id);
            }
        }
    }
    let message = engine.error(&alliance_digest::content::parse::UserError::Empty, fr);
    assert_eq!(message.content.as_deref(), Some("Tapez une commande, par exemple /alliance aperçu."));
}

#[test]
fn american_english_is_american() {
    let british = [
        "defence",
        "travelled",
        "autumn",
        "colour",
        "honour",
        "legitimise",
        "recognise",
        "organise",
        "apologise",
        "centre",
    ];
    for segment in segments(&locales().join("en-US")) {
        for word in words(&segment.text) {
            assert!(
                !british.contains(&word.as_str()),
                "{}:{} ({}): '{word}' is British spelling",
                segment.file.display(),
                segment.line,
                segment.id
            );
        }
    }
}

/// What keeps the article's hedges visible in each language: the words of the casualties
/// sentence that say who counted them (South Korean sources), and those of the suspected
/// technology transfer that say it is only suspected and relayed by Seoul. A new language adds
/// its own line here.
const HEDGES: &[(&str, &[&str], &[&str])] = &[
    ("de", &["Südkoreanischen Quellen zufolge"], &["Verdacht", "unbestätigte", "Seoul"]),
    ("en-US", &["According to South Korean sources"], &["suspicions", "unconfirmed", "Seoul"]),
    ("es-ES", &["Según fuentes surcoreanas"], &["sospechas", "sin confirmar", "Seúl"]),
    ("fr", &["Selon des sources sud-coréennes", "auraient"], &["soupçons", "à confirmer", "Séoul"]),
    ("ja", &["韓国筋によると"], &["疑われている", "疑惑", "確認はされて"]),
    ("ko", &["한국 측 소식통에 따르면"], &["의심된다", "의혹", "서울"]),
    ("ru", &["По данным южнокорейских источников"], &["подозрения", "Сеул"]),
    ("uk", &["За даними південнокорейських джерел"], &["підозри", "Сеул"]),
];

#[test]
fn every_language_keeps_the_articles_hedges_in_the_sentence_and_after_it() {
    let engine = engine();
    let store = engine.store();
    let tags: Vec<&str> = HEDGES.iter().map(|(tag, _, _)| *tag).collect();
    assert_eq!(tags, languages(), "each language needs its hedge words here");
    let mut problems = Vec::new();
    for (tag, casualties, transfer) in HEDGES {
        let lang = engine.language(tag);
        let reply = engine.plain_text(
            &engine.reply(
                alliance_digest::content::reply::Query::Domain(
                    alliance_digest::content::facts::Domain::Military,
                ),
                lang,
            )[0],
            lang,
        );
        let renderer = Renderer::new(engine.catalog(), lang);
        for (fact, words) in [("kursk-casualties", casualties), ("technology-transfer-suspected", transfer)] {
            let fact = store.get(fact).expect("a fact of the store");
            let sentence = renderer.text(&Text::fact(fact, None));
            for word in *words {
                if !sentence.contains(word) {
                    problems.push(format!("{tag}: {} does not say “{word}”: {sentence}", fact.id));
                }
            }
            // The hedge after the sentence: how sure, and who says so.
            let confidence = engine
                .catalog()
                .plain(lang, &format!("confidence-{}", fact.confidence.as_str()))
                .expect("a label");
            let line = reply.lines().find(|l| l.contains(&sentence)).unwrap_or_default();
            if !line.contains(confidence) {
                problems
                    .push(format!("{tag}: the reply does not hedge {} as “{confidence}”: {line}", fact.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// German quotation marks are „…“: never straight quotes, never English ones.
fn german_quote_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if text.contains('"') || text.contains('”') {
        problems.push("straight or English quotation marks: German writes „…“".to_owned());
    }
    let (opened, closed) = (text.matches('„').count(), text.matches('“').count());
    if opened != closed {
        problems.push(format!("{opened} „ for {closed} “"));
    }
    problems
}

/// Spanish opens a question with ¿ and an exclamation with ¡.
fn spanish_punctuation_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (close, open) in [('?', '¿'), ('!', '¡')] {
        if text.matches(close).count() > text.matches(open).count() {
            problems.push(format!("'{close}' without its '{open}'"));
        }
    }
    problems
}

/// Japanese punctuation beside Japanese text is full-width: 、。（）：！？, never , . ( ) : ! ?
fn japanese_punctuation_problems(text: &str) -> Vec<String> {
    let japanese =
        |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}');
    let chars: Vec<char> = text.chars().collect();
    let mut problems = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, ',' | '.' | '(' | ')' | ':' | '!' | '?') {
            continue;
        }
        let before = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let after = chars.get(i + 1).copied();
        if before.is_some_and(japanese) || after.is_some_and(japanese) {
            problems.push(format!("half-width '{c}' beside Japanese text"));
        }
    }
    problems
}

/// Russian and Ukrainian quote with «…», never with straight or English quotation marks.
fn cyrillic_quote_problems(text: &str) -> Vec<String> {
    if text.contains('"') || text.contains('“') || text.contains('”') {
        vec!["quotation marks other than «…»".to_owned()]
    } else {
        Vec::new()
    }
}

#[test]
fn every_language_follows_its_own_typography() {
    type Rule = fn(&str) -> Vec<String>;
    let rules: &[(&str, Rule)] = &[
        ("de", german_quote_problems),
        ("es-ES", spanish_punctuation_problems),
        ("ja", japanese_punctuation_problems),
        ("ru", cyrillic_quote_problems),
        ("uk", cyrillic_quote_problems),
    ];
    let mut problems = Vec::new();
    for (lang, rule) in rules {
        for segment in segments(&locales().join(lang)) {
            for problem in rule(&segment.text) {
                problems.push(format!(
                    "{}:{} ({}): {problem}",
                    segment.file.display(),
                    segment.line,
                    segment.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_typography_checks_of_each_language_catch_their_mistakes() {
    assert!(!german_quote_problems("das \"Bündnis\"").is_empty());
    assert!(!german_quote_problems("das “Bündnis”").is_empty());
    assert!(german_quote_problems("das „Bündnis“").is_empty());
    assert!(!spanish_punctuation_problems("Qué pasa?").is_empty());
    assert!(spanish_punctuation_problems("¿Qué pasa?").is_empty());
    assert!(!japanese_punctuation_problems("同盟の年表(2025)").is_empty());
    assert!(!japanese_punctuation_problems("軍事, 外交").is_empty());
    assert!(japanese_punctuation_problems("軍事、外交（2025年）。08:00").is_empty());
    assert!(!cyrillic_quote_problems("\"Альянс\"").is_empty());
    assert!(cyrillic_quote_problems("«Альянс»").is_empty());
}
