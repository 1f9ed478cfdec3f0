//! Languages: any Discord locale resolves to the best language we have, English last; a new
//! language is nothing but a folder of .ftl files; a message it lacks falls back to English.

mod support;

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
    assert_eq!(tag("es-ES"), "en-US");
    assert_eq!(tag("ja"), "en-US");
    assert_eq!(tag("not a locale!"), "en-US");
    assert!(engine.catalog().supports("ja").is_none(), "ja has no language of its own");
}

/// The repo's locales plus the test-only German folder.
fn with_german() -> Workspace {
    let workspace = Workspace::new();
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
    assert!(out.contains("3 languages (de, en-US, fr)"), "{out}");
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
    assert!(text.contains("Updated 24. November 2026"), "{text}");
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
