//! `alliance-digest check`: an editor or a translator breaks something, and is told which file,
//! which line and what is wrong; the store is refused whole.

use crate::support;

use support::{line_of, stdout, Workspace};

/// Runs `check` and returns its output, asserting that it failed.
fn refused(workspace: &Workspace) -> String {
    let output = workspace.check();
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "check should refuse:\n{out}");
    assert!(out.contains("the store and locales are refused"), "{out}");
    out
}

fn location(workspace: &Workspace, relative: &str, line: usize) -> String {
    format!("{}:{line}: error: ", workspace.path(relative).display())
}

#[test]
fn the_bundled_store_and_locales_pass() {
    let output = Workspace::new().check();
    let out = stdout(&output);
    assert!(output.status.success(), "{out}");
    assert!(out.contains("ok: 21 facts, 8 languages (de, en-US, es-ES, fr, ja, ko, ru, uk), "), "{out}");
    assert!(!out.contains("warning"), "{out}");
}

#[test]
fn a_duplicate_id_is_refused_where_it_is_repeated() {
    let ws = Workspace::new();
    let file = "data/facts/outlook.toml";
    let original = ws.read(file);
    ws.write(file, &format!("{original}\n[[fact]]\nid = \"road-bridge-construction\"\ndomain = \"outlook\"\nadded = \"2026-11-24\"\nconfidence = \"assessment\"\nsource = \"article\"\n"));
    let line = original.lines().count() + 2;
    let out = refused(&ws);
    let expected = format!(
        "{}duplicate fact id 'road-bridge-construction' (first defined at {}:",
        location(&ws, file, line),
        ws.path("data/facts/economic.toml").display()
    );
    assert!(out.contains(&expected), "expected {expected}\n{out}");
}

#[test]
fn an_unknown_domain_is_refused() {
    let ws = Workspace::new();
    let file = "data/facts/cultural.toml";
    ws.edit(file, "domain = \"cultural\"", "domain = \"sport\"");
    let line = line_of(&ws.read(file), "domain = \"sport\"");
    let out = refused(&ws);
    assert!(out.contains(&format!("{}unknown domain 'sport'", location(&ws, file, line))), "{out}");
}

#[test]
fn a_bad_date_is_refused() {
    let ws = Workspace::new();
    let file = "data/facts/economic.toml";
    ws.edit(file, "when = \"2025-04\"", "when = \"2025-04-31\"");
    let line = line_of(&ws.read(file), "2025-04-31");
    let out = refused(&ws);
    assert!(out.contains(&format!("{}bad date '2025-04-31'", location(&ws, file, line))), "{out}");
}

#[test]
fn a_fact_with_no_french_message_is_refused_at_the_fact() {
    let ws = Workspace::new();
    let ftl = "locales/fr/facts.ftl";
    let text = ws.read(ftl);
    let start = text.find("fact-duma-chairman-visit =").expect("the message");
    let end = text.find("fact-beijing-summit-parade =").expect("the next message");
    ws.write(ftl, &format!("{}{}", &text[..start], &text[end..]));
    let data = "data/facts/diplomatic.toml";
    // A fact is located by its `[[fact]]` header, the line before its id.
    let line = line_of(&ws.read(data), "id = \"duma-chairman-visit\"") - 1;
    let out = refused(&ws);
    let expected = format!(
        "{}fact 'duma-chairman-visit' has no message 'fact-duma-chairman-visit' in fr",
        location(&ws, data, line)
    );
    assert!(out.contains(&expected), "{out}");
}

#[test]
fn a_message_that_needs_a_value_its_fact_lacks_is_refused() {
    let ws = Workspace::new();
    let ftl = "locales/fr/facts.ftl";
    ws.edit(ftl, "environ { $killed } soldats", "environ { $dead } soldats");
    let line = line_of(&ws.read(ftl), "fact-kursk-casualties =");
    let out = refused(&ws);
    let expected =
        format!("{}message 'fact-kursk-casualties' needs a value its fact lacks", location(&ws, ftl, line));
    assert!(out.contains(&expected), "{out}");
    assert!(out.contains("$dead"), "{out}");
}

#[test]
fn a_malformed_ftl_file_is_refused_at_the_broken_line() {
    let ws = Workspace::new();
    let ftl = "locales/en-US/replies.ftl";
    ws.edit(ftl, "button-next = Next", "button-next = { Next");
    let line = line_of(&ws.read(ftl), "button-next =");
    let out = refused(&ws);
    assert!(out.contains(&format!("{}malformed Fluent", location(&ws, ftl, line))), "{out}");
}

#[test]
fn every_problem_is_listed_in_one_run() {
    let ws = Workspace::new();
    ws.edit("data/facts/cultural.toml", "domain = \"cultural\"", "domain = \"sport\"");
    ws.edit("data/facts/economic.toml", "when = \"2025-04\"", "when = \"2025-4\"");
    ws.edit("locales/fr/errors.ftl", "error-empty =", "error-empty = {");
    let out = refused(&ws);
    assert!(out.contains("unknown domain 'sport'"), "{out}");
    assert!(out.contains("bad date '2025-4'"), "{out}");
    assert!(out.contains("malformed Fluent"), "{out}");
    assert!(out.contains("3 error(s)"), "{out}");
}

#[test]
fn ask_refuses_to_answer_from_an_invalid_store() {
    let ws = Workspace::new();
    ws.edit("data/facts/cultural.toml", "confidence = \"confirmed\"", "confidence = \"rumoured\"");
    let (data, locales) = (ws.data(), ws.locales());
    let output = support::run(
        &["ask", "/alliance cultural"],
        &[("ALLIANCE_DATA_DIR", &data), ("ALLIANCE_LOCALES_DIR", &locales)],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(support::stderr(&output).contains("unknown confidence 'rumoured'"));
    assert!(stdout(&output).is_empty(), "nothing is answered from a half-loaded store");
}

#[test]
fn a_command_name_discord_would_refuse_is_refused() {
    let ws = Workspace::new();
    let ftl = "locales/fr/commands.ftl";
    ws.edit(ftl, "cmd-alliance-military = militaire", "cmd-alliance-military = Affaires militaires");
    let line = line_of(&ws.read(ftl), "cmd-alliance-military =");
    let out = refused(&ws);
    let expected =
        format!("{}command name 'Affaires militaires' (cmd-alliance-military)", location(&ws, ftl, line));
    assert!(out.contains(&expected), "{out}");
}

#[test]
fn a_fact_without_a_source_document_or_with_an_unknown_attribution_is_refused() {
    let ws = Workspace::new();
    let file = "data/facts/military.toml";
    ws.edit(file, "attribution = \"seoul\"", "attribution = \"pyongyang-insiders\"");
    ws.edit(file, "id = \"arms-and-munitions\"", "id = \"arms-and-munitions\"\nsource = \"press\"");
    // The second `source` of a fact is malformed TOML: remove the first.
    let text = ws.read(file);
    let at = text.find("id = \"arms-and-munitions\"").expect("the fact");
    let first_source = at + text[at..].find("source = \"article\"\n").expect("its source");
    ws.write(
        file,
        &format!("{}{}", &text[..first_source], &text[first_source + "source = \"article\"\n".len()..]),
    );
    let text = ws.read(file);
    let out = refused(&ws);
    let press = line_of(&text, "source = \"press\"");
    assert!(
        out.contains(&format!(
            "{}source 'press' of fact 'arms-and-munitions' is not a document (known: article)",
            location(&ws, file, press)
        )),
        "{out}"
    );
    let insiders = line_of(&text, "pyongyang-insiders");
    assert!(
        out.contains(&format!("{}attribution 'pyongyang-insiders' of fact 'technology-transfer-suspected' names no known source (known: south-korean-sources, seoul)", location(&ws, file, insiders))),
        "{out}"
    );
}

#[test]
fn a_revised_fact_without_its_note_in_every_language_is_refused() {
    let ws = Workspace::new();
    let file = "data/facts/military.toml";
    ws.edit(
        file,
        "values = { killed = 600, wounded = \"thousands\" }",
        "values = { killed = 1000, wounded = \"thousands\" }",
    );
    ws.edit(
        file,
        "tags = [\"kursk\", \"ukraine-war\", \"casualties\"]",
        "tags = [\"kursk\", \"ukraine-war\", \"casualties\"]\n\n[[fact.revision]]\ndate = \"2026-12-05\"\nprevious = { killed = 600 }",
    );
    ws.write(
        "locales/en-US/revisions.ftl",
        "revision-kursk-casualties-2026-12-05 = South Korean sources raised their estimate.\n",
    );
    let header = line_of(&ws.read(file), "id = \"kursk-casualties\"") - 1;
    let out = refused(&ws);
    let expected = format!(
        "{}the revision 2026-12-05 of fact 'kursk-casualties' has no note 'revision-kursk-casualties-2026-12-05' in fr",
        location(&ws, file, header)
    );
    assert!(out.contains(&expected), "{out}");
    assert!(!out.contains("in en-US"), "English has its note: {out}");

    // With the French note too, the store loads.
    ws.write_messages(
        "revisions.ftl",
        "revision-kursk-casualties-2026-12-05 = South Korean sources raised their estimate.\n",
        "revision-kursk-casualties-2026-12-05 = Les sources sud-coréennes ont relevé leur estimation.\n",
    );
    assert!(ws.check().status.success(), "{}", stdout(&ws.check()));
}

#[test]
fn a_revision_must_keep_what_it_changed_and_come_after_the_fact() {
    let ws = Workspace::new();
    let file = "data/facts/military.toml";
    ws.edit(
        file,
        "tags = [\"kursk\", \"ukraine-war\", \"casualties\"]",
        "tags = [\"kursk\", \"ukraine-war\", \"casualties\"]\n\n[[fact.revision]]\ndate = \"2026-11-01\"\nprevious = { dead = 500 }",
    );
    let line = line_of(&ws.read(file), "date = \"2026-11-01\"");
    let out = refused(&ws);
    let at = location(&ws, file, line);
    assert!(
        out.contains(&format!(
            "{at}revision 2026-11-01 of fact 'kursk-casualties' must come after 2026-11-24"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("{at}revision 2026-11-01 of fact 'kursk-casualties' changes 'dead'")),
        "{out}"
    );
}

#[test]
fn a_message_that_cannot_be_formatted_is_refused_at_its_line() {
    let ws = Workspace::new();
    let ftl = "locales/fr/errors.ftl";
    ws.edit(ftl, "error-page-gone = Cette page", "error-page-gone = { -ghost } Cette page");
    ws.edit(ftl, "error-storage = Désolé,", "error-storage = Désolé { $user },");
    ws.write(
        "locales/fr/cycle.ftl",
        "reply-cycle-a = { reply-cycle-b }\nreply-cycle-b = { reply-cycle-a }\n",
    );
    let text = ws.read(ftl);
    let out = refused(&ws);
    let ghost = location(&ws, ftl, line_of(&text, "error-page-gone ="));
    assert!(out.contains(&format!("{ghost}message 'error-page-gone' cannot be formatted")), "{out}");
    assert!(out.contains("-ghost"), "{out}");
    let user = location(&ws, ftl, line_of(&text, "error-storage ="));
    assert!(out.contains(&format!("{user}message 'error-storage' cannot be formatted")), "{out}");
    assert!(out.contains("$user") || out.contains("user"), "{out}");
    let cycle = location(&ws, "locales/fr/cycle.ftl", 1);
    assert!(out.contains(&format!("{cycle}message 'reply-cycle-a' cannot be formatted")), "{out}");
}

#[test]
fn two_folders_for_one_language_are_refused() {
    let ws = Workspace::new();
    support::copy_dir(&ws.locales().join("en-US"), &ws.locales().join("en-us"));
    let out = refused(&ws);
    let expected =
        format!("{}: error: 'en-us' names the same language as", ws.path("locales/en-us").display());
    assert!(out.contains(&expected), "{out}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_by_name_before_it_is_read() {
    let ws = Workspace::new();
    // 5 MiB of comments: valid Fluent, only too large.
    let file = "locales/fr/huge.ftl";
    ws.write(file, &"# un commentaire qui ne dit rien de plus que les autres, pour grossir\n".repeat(76_000));
    let out = refused(&ws);
    let expected = format!("{}: error: ", ws.path(file).display());
    assert!(out.contains(&expected) && out.contains("over the size limit of 4 MiB"), "{out}");
    assert!(out.contains("ALLIANCE_MAX_FILE_SIZE"), "the error says how to raise the limit: {out}");

    // Raised, the same file passes; lowered, a fact file is refused by name.
    let (data, locales) = (ws.data(), ws.locales());
    let args = ["check", "--data", support::path_str(&data), "--locales", support::path_str(&locales)];
    let raised = support::run(&[&args[..], &["--max-file-size", "8MiB"]].concat(), &[]);
    assert!(raised.status.success(), "{}", stdout(&raised));
    let lowered = support::run(&[&args[..], &["--max-file-size", "1KiB"]].concat(), &[]);
    let out = stdout(&lowered);
    assert_eq!(lowered.status.code(), Some(1), "{out}");
    let fact_file = format!("{}: error: ", ws.path("data/facts/military.toml").display());
    assert!(out.contains(&fact_file) && out.contains("over the size limit of 1 KiB"), "{out}");

    // A limit that is not a size stops `check` before anything is read.
    let bad = support::run(&[&args[..], &["--max-file-size", "lots"]].concat(), &[]);
    assert_eq!(bad.status.code(), Some(1));
    let error = support::stderr(&bad);
    assert!(error.contains("ALLIANCE_MAX_FILE_SIZE must be a size"), "{error}");
}
