//! `alliance-digest ask`: what a user reads, from the bundled data, in French and English.

mod support;

use alliance_digest::message::Message;
use support::{run, stderr, stdout};

fn ask(lang: &str, line: &str) -> (i32, String, String) {
    let output = run(&["ask", "--lang", lang, line], &[]);
    (output.status.code().expect("an exit code"), stdout(&output), stderr(&output))
}

#[test]
fn military_in_french_names_kursk_the_pact_the_losses_the_arms_and_the_alleged_transfer() {
    let (code, out, _) = ask("fr", "/alliance military");
    assert_eq!(code, 0);
    assert!(out.contains("Coopération militaire"), "{out}");
    assert!(out.contains("Koursk"), "{out}");
    assert!(out.contains("traité de défense mutuelle"), "{out}");
    assert!(out.contains("Selon des sources sud-coréennes") && out.contains("environ 600 soldats"), "{out}");
    assert!(out.contains("armes et munitions"), "{out}");
    assert!(out.contains("soupçonne") && out.contains("allégation non confirmée, selon Séoul"), "{out}");
    assert!(out.contains("fin 2024 – printemps 2025"), "{out}");
    assert!(!out.contains("Kursk") && !out.contains("according to"), "English leaked into French: {out}");
}

#[test]
fn military_in_english_says_the_same() {
    let (code, out, _) = ask("en", "/alliance military");
    assert_eq!(code, 0);
    assert!(out.contains("Military cooperation"), "{out}");
    assert!(out.contains("Kursk"), "{out}");
    assert!(out.contains("mutual-defence treaty"), "{out}");
    assert!(out.contains("According to South Korean sources, about 600"), "{out}");
    assert!(out.contains("weapons and ammunition"), "{out}");
    assert!(out.contains("Seoul alleges") && out.contains("(alleged, according to Seoul)"), "{out}");
    assert!(out.contains("late 2024 – spring 2025"), "{out}");
}

#[test]
fn every_way_of_writing_july_reaches_the_same_month() {
    for line in [
        "/alliance month month:july",
        "/alliance month july",
        "/alliance month 2025-07",
        "/alliance month juillet",
        "/alliance month July 2025",
        "/alliance month month:juillet 2025",
        r#"/alliance month month:"juillet 2025""#,
        "/alliance mois mois:Juillet",
    ] {
        let (code, out, err) = ask("en", line);
        assert_eq!(code, 0, "{line}: {err}");
        assert!(out.starts_with("The alliance in July 2025"), "{line}: {out}");
        assert!(out.contains("2 events in July 2025."), "{line}: {out}");
        assert!(out.contains("foreign minister") && out.contains("commercial flight"), "{line}: {out}");
    }
    let (_, out, _) = ask("fr", "/alliance month july");
    assert!(out.starts_with("L'alliance en juillet 2025"), "{out}");
}

#[test]
fn a_month_without_facts_says_so_and_lists_the_months_that_have_some() {
    let (code, out, _) = ask("en", "/alliance month 2023-01");
    assert_eq!(code, 0);
    assert!(out.contains("The store has no event for January 2023."), "{out}");
    assert!(
        out.contains("Months with events: April 2025, July 2025, August 2025, September 2025, October 2025.")
    );
    let (_, out, _) = ask("fr", "/alliance month janvier 2023");
    assert!(out.contains("Aucun événement enregistré pour janvier 2023."), "{out}");
    assert!(out.contains("avril 2025, juillet 2025, août 2025, septembre 2025, octobre 2025"), "{out}");
}

#[test]
fn overview_lists_the_key_actions_of_every_domain() {
    let (code, out, _) = ask("en", "/alliance overview");
    assert_eq!(code, 0);
    for label in ["Military:", "Diplomacy:", "Economy:", "Culture:", "Outlook:"] {
        assert!(out.contains(label), "{label} missing: {out}");
    }
    for action in [
        "Mutual-defence pact",
        "Troops sent to the Kursk region",
        "Arms and munitions supplied",
        "Frequent high-level visits",
        "Beijing summit and parade",
        "First Moscow–Pyongyang flight in decades",
        "Road bridge under construction",
        "Painting exhibition in Moscow",
    ] {
        assert!(out.contains(action), "{action} missing: {out}");
    }
}

#[test]
fn the_timeline_runs_in_time_order() {
    let (_, out, _) = ask("en", "/alliance timeline");
    let order = [
        "**2024** ·",
        "**late 2024 – spring 2025**",
        "**April 2025**",
        "**July 2025**",
        "**August 2025**",
        "**September 2025**",
        "**October 2025**",
    ];
    let positions: Vec<usize> =
        order.iter().map(|o| out.find(o).unwrap_or_else(|| panic!("{o}: {out}"))).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{out}");
    assert!(out.contains("80th anniversary"), "{out}");
    let (_, out, _) = ask("fr", "/alliance timeline");
    assert!(out.contains("80e anniversaire"), "{out}");
}

#[test]
fn json_is_the_discord_payload_within_limits() {
    let output = run(&["ask", "--json", "--lang", "fr", "/alliance", "military"], &[]);
    assert!(output.status.success());
    let message: Message = serde_json::from_str(&stdout(&output)).expect("a message payload");
    assert_eq!(message.embeds.len(), 1);
    let embed = &message.embeds[0];
    assert_eq!(embed.title.as_deref(), Some("Coopération militaire"));
    assert!(embed.description.as_deref().is_some_and(|d| d.contains("Koursk")));
    assert!(embed.footer.as_ref().is_some_and(|f| f.text.contains("sources sud-coréennes")));
    assert_eq!(embed.color, Some(0xB03A2E));
    assert!(message.limit_violations().is_empty());
    assert!(message.flags.is_none(), "a reply is public");
}

#[test]
fn an_unknown_command_gets_the_users_localised_error_and_status_2() {
    let (code, out, err) = ask("fr", "/alliance weather");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("«\u{a0}weather\u{a0}» n'est pas un sujet de /alliance"), "{err}");
    assert!(err.contains("militaire, diplomatie, économie"), "{err}");
    let (code, _, err) = ask("en-GB", "/weather");
    assert_eq!(code, 2);
    assert!(err.contains("There is no command “/weather”"), "{err}");
    let (code, _, err) = ask("en", "/alliance military extra");
    assert_eq!(code, 2);
    assert!(err.contains("takes no value, but got “extra”"), "{err}");
    let (code, _, err) = ask("en", "/alliance month colour:red");
    assert_eq!(code, 2);
    assert!(err.contains("has no option “colour”"), "{err}");
    let (code, _, err) = ask("fr", "/alliance month");
    assert_eq!(code, 2);
    assert!(err.contains("attend une valeur pour «\u{a0}mois\u{a0}»"), "{err}");
}

#[test]
fn an_unreadable_month_is_refused_with_the_valid_months() {
    let output = run(&["ask", "--json", "--lang", "en", "/alliance month month:smarch"], &[]);
    assert_eq!(output.status.code(), Some(2));
    let message: Message = serde_json::from_str(&stdout(&output)).expect("a message payload");
    assert_eq!(message.flags, Some(64), "errors are ephemeral");
    let content = message.content.expect("the error text");
    assert!(content.contains("“smarch” is not a month I can read"), "{content}");
    assert!(content.contains("April 2025, July 2025"), "{content}");
}

#[test]
fn an_installed_binary_finds_data_and_locales_through_the_environment() {
    let repo = support::repo();
    let (data, locales) = (repo.join("data"), repo.join("locales"));
    let output = run(
        &["ask", "/alliance cultural"],
        &[("ALLIANCE_DATA_DIR", data.as_path()), ("ALLIANCE_LOCALES_DIR", locales.as_path())],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("kimchi"));
}

#[test]
fn help_describes_the_commands() {
    let output = run(&["--help"], &[]);
    let out = stdout(&output);
    assert!(out.contains("ask") && out.contains("check"), "{out}");
    let output = run(&["ask", "--help"], &[]);
    assert!(stdout(&output).contains("--json"));
}

#[test]
fn a_reader_that_goes_away_ends_ask_quietly() {
    // `ask … | head`: the reader closes the pipe before the reply is written.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_alliance-digest"))
        .args(["ask", "/alliance timeline"])
        .current_dir(std::env::temp_dir())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the binary ends");
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}: {text}", output.status);
    assert!(!text.contains("panicked") && text.is_empty(), "{text}");
}
