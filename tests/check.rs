//! `alliance-digest check`: an editor or a translator breaks something, and is told which file,
//! which line and what is wrong; the store is refused whole.

mod support;

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
    assert!(out.starts_with("ok: 21 facts, 2 languages (en-US, fr), "), "{out}");
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
