//! Languages: any Discord locale resolves to the best language we have, English last; a new
//! language is nothing but a folder of .ftl files; a message it lacks falls back to English.

use crate::support;

use support::{copy_dir, path_str, run, stderr, stdout, Workspace};

#[test]
fn discord_locales_resolve_to_the_best_supported_language_english_last() {
    let repo = support::repo();
    let (engine, _) =
        alliance_digest::Engine::load(&repo.join("data"), &repo.join("locales")).expect("the store loads");
    let tag = |locale: &str| engine.catalog().tag(engine.language(locale));
    assert_eq!(tag("fr"), "fr");
    assert_eq!(tag("fr-FR"), "fr");
    assert_eq!(tag("en-US"), "en-US");
    assert_eq!(tag("en-GB"), "en-US");
    for (locale, language) in
        [("de", "de"), ("es-ES", "es-ES"), ("ru", "ru"), ("uk", "uk"), ("ko", "ko"), ("ja", "ja")]
    {
        assert_eq!(tag(locale), language, "{locale}");
    }
    assert_eq!(tag("zh-CN"), "en-US");
    assert_eq!(tag("not a locale!"), "en-US");
    assert!(engine.catalog().supports("zh-CN").is_none(), "zh-CN has no language of its own");
}

/// The repo's locales with the test-only German folder, a partial one, in place of the repo's.
fn with_german() -> Workspace {
    let workspace = Workspace::new();
    std::fs::remove_dir_all(workspace.path("locales/de")).expect("the repo's German folder");
    copy_dir(&support::repo().join("tests/fixtures/locales/de"), &workspace.path("locales/de"));
    workspace
}

/// The value of a message or attribute line in a fixture file, e.g. `    .title = …`.
fn fixture_value(file: &str, message: &str, attr: Option<&str>) -> String {
    let text = std::fs::read_to_string(support::repo().join("tests/fixtures/locales/de").join(file))
        .expect("a fixture");
    let mut lines = text.lines().skip_while(|l| !l.starts_with(&format!("{message} =")));
    let line = match attr {
        None => lines.next(),
        Some(attr) => lines.find(|l| l.trim_start().starts_with(&format!(".{attr} ="))),
    };
    line.and_then(|l| l.split_once(" = "))
        .map(|(_, v)| v.trim().to_owned())
        .expect("the message is in the fixture")
}

fn ask_in(workspace: &Workspace, lang: &str, line: &str) -> std::process::Output {
    let (data, locales) = (workspace.data(), workspace.locales());
    run(&["ask", "--lang", lang, "--data", path_str(&data), "--locales", path_str(&locales), line], &[])
}

#[test]
fn a_new_language_is_only_a_folder_of_ftl_files() {
    let workspace = with_german();
    let check = workspace.check();
    let out = stdout(&check);
    assert!(check.status.success(), "{out}");
    assert!(out.contains("8 languages (de, en-US, es-ES, fr, ja, ko, ru, uk)"), "{out}");
    assert!(out.contains("message 'footer-updated' is missing from de; en-US will be used"), "{out}");

    let output = ask_in(&workspace, "de", "/alliance military");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with(&fixture_value("labels.ftl", "domain-military", Some("title"))), "{text}");
    assert!(text.contains("Laut südkoreanischen Quellen"), "{text}");
    assert!(text.contains("(berichtet, laut südkoreanischen Quellen)"), "{text}");
    assert!(text.contains("Ende 2024 – Frühjahr 2025"), "{text}");

    // German command names work too, and so does a German month.
    let output = ask_in(&workspace, "de-AT", "/alliance monat monat:juli");
    assert!(stdout(&output).starts_with("Das Bündnis im Juli 2025"), "{}", stdout(&output));
}

#[test]
fn a_message_missing_in_a_language_falls_back_to_english_and_is_logged() {
    let workspace = with_german();
    let output = ask_in(&workspace, "de", "/alliance cultural");
    let text = stdout(&output);
    // footer-updated is missing in German: its English text carries the German date.
    assert!(text.contains("Facts as of 24. November 2026"), "{text}");
    assert!(!text.contains("footer-updated"), "a raw message id never reaches a reader: {text}");
    let log = stderr(&output);
    assert!(log.contains("footer-updated"), "the fallback is logged: {log}");
}

#[test]
fn errors_missing_in_a_language_fall_back_to_english() {
    let workspace = with_german();
    let output = ask_in(&workspace, "de", "/alliance weather");
    assert_eq!(output.status.code(), Some(2));
    let error = stderr(&output);
    assert!(error.contains("“weather” is not a topic of /alliance"), "{error}");
    assert!(error.contains("militär"), "the topics are named as a German client shows them: {error}");
}

/// The bundled store and locales.
fn bundled() -> alliance_digest::Engine {
    let repo = support::repo();
    alliance_digest::Engine::load(&repo.join("data"), &repo.join("locales")).expect("the store loads").0
}

#[test]
fn readers_type_a_month_as_their_language_writes_it() {
    use alliance_digest::content::parse::parse_month;
    use alliance_digest::content::reply::Year;
    let engine = bundled();
    let read = |typed: &str| {
        parse_month(typed, engine.store(), engine.catalog()).map(|(month, year)| (month.to_string(), year))
    };
    let july = |year| Some(("2025-07".to_owned(), year));
    for typed in [
        "июль 2025",
        "июль 2025 г.",
        "июля 2025 года",
        "липень 2025",
        "липня 2025 р.",
        "2025년 7월",
        "2025年7月",
        "Juli 2025",
        "julio de 2025",
        "juillet 2025",
        "July 2025",
    ] {
        assert_eq!(read(typed), july(Year::Given), "{typed}");
    }
    for typed in ["июль", "липня", "7월", "7月", "Juli", "julio", "juillet", "july"] {
        assert_eq!(read(typed), july(Year::Assumed), "{typed}: the latest year with events in July");
    }
    assert_eq!(
        read("Dezember 2025"),
        Some(("2025-12".to_owned(), Year::Given)),
        "'de' inside 'dezember' is no filler"
    );
    assert_eq!(read("смарч"), None);
}

#[test]
fn a_russian_reader_asks_for_a_month_in_russian_and_is_told_the_year_was_assumed() {
    let output = run(&["ask", "--lang", "ru", "/alliance month июль 2025"], &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("июль 2025\u{202f}г."), "the month as CLDR writes it in Russian: {text}");
    let typed_alone = stdout(&run(&["ask", "--lang", "ru", "/альянс месяц июль"], &[]));
    let assumed =
        alliance_digest::Engine::load(&support::repo().join("data"), &support::repo().join("locales"))
            .expect("the store loads")
            .0;
    let ru = assumed.language("ru");
    let said = assumed
        .catalog()
        .try_format(
            ru,
            "reply-month-year-assumed",
            None,
            Some(&{
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("year", "2025");
                args
            }),
        )
        .expect("the message formats");
    assert!(typed_alone.contains(&said), "a month typed alone says which year was taken: {typed_alone}");
    assert!(
        typed_alone.lines().next().is_some_and(|title| title.contains('†')),
        "and its heading marks it: {typed_alone}"
    );
}

#[test]
fn russian_and_ukrainian_counts_take_their_few_and_many_forms() {
    let engine = bundled();
    let lead = |tag: &str, count: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", count);
        engine
            .catalog()
            .try_format(engine.language(tag), "reply-timeline-lead", None, Some(&args))
            .expect("formats")
    };
    assert!(lead("ru", 1).starts_with("1 датированное событие"), "{}", lead("ru", 1));
    assert!(lead("ru", 3).starts_with("3 датированных события"), "{}", lead("ru", 3));
    assert!(lead("ru", 9).starts_with("9 датированных событий"), "{}", lead("ru", 9));
    assert!(lead("ru", 21).starts_with("21 датированное событие"), "{}", lead("ru", 21));
    assert!(lead("uk", 3).starts_with("3 датовані події"), "{}", lead("uk", 3));
    assert!(lead("uk", 9).starts_with("9 датованих подій"), "{}", lead("uk", 9));
    // Figures in sentences, grouped as each language groups them (CLDR).
    assert!(lead("ru", 1320).starts_with("1\u{a0}320 "), "{}", lead("ru", 1320));
    assert!(lead("de", 1320).starts_with("1.320 "), "{}", lead("de", 1320));
}

#[test]
fn check_reports_every_language_complete_and_up_to_date() {
    let output = run(&["check"], &[]);
    let out = stdout(&output);
    assert!(output.status.success(), "{out}");
    assert!(out.contains("8 languages (de, en-US, es-ES, fr, ja, ko, ru, uk)"), "{out}");
    assert!(!out.contains("warning"), "no warning on the bundled store: {out}");
    for tag in ["de", "es-ES", "fr", "ja", "ko", "ru", "uk"] {
        assert!(out.contains(&format!("{tag} 0 missing, 0 outdated")), "{tag}: {out}");
    }
}

#[test]
fn a_changed_english_message_marks_its_translations_outdated_until_they_are_stamped() {
    let workspace = Workspace::new();
    workspace.edit("locales/en-US/replies.ftl", "button-next = Next", "button-next = Next page");
    let out = stdout(&workspace.check());
    assert!(out.contains("'button-next' is outdated"), "{out}");
    assert!(out.contains("de 0 missing, 1 outdated"), "{out}");
    workspace.edit("locales/ja/replies.ftl", "button-previous = 前へ", "");
    let out = stdout(&workspace.check());
    assert!(out.contains("message 'button-previous' is missing from ja; en-US will be used"), "{out}");
    assert!(out.contains("ja 1 missing, 1 outdated"), "{out}");
    // The German translator reviews it and records the review; the other languages still need theirs.
    let locales = workspace.locales();
    let stamped = run(&["--locales", path_str(&locales), "stamp", "de", "button-next"], &[]);
    assert!(stamped.status.success(), "{}", stderr(&stamped));
    assert!(stdout(&stamped).starts_with("1 stamp(s) written"), "{}", stdout(&stamped));
    let out = stdout(&workspace.check());
    assert!(out.contains("de 0 missing, 0 outdated"), "{out}");
    assert!(out.contains("fr 0 missing, 1 outdated"), "{out}");
}
