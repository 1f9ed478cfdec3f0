//! `alliance-digest ask`: what a user reads, from the bundled data, in French and English.

use crate::support;

use alliance_digest::content::message::Message;
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
    assert!(
        out.contains("soupçons") && out.contains("(allégation non confirmée, relayée par Séoul)"),
        "{out}"
    );
    assert!(out.contains("fin 2024 – printemps 2025"), "{out}");
    assert!(!out.contains("Kursk") && !out.contains("according to"), "English leaked into French: {out}");
}

#[test]
fn military_in_english_says_the_same() {
    let (code, out, _) = ask("en", "/alliance military");
    assert_eq!(code, 0);
    assert!(out.contains("Military cooperation"), "{out}");
    assert!(out.contains("Kursk"), "{out}");
    assert!(out.contains("mutual-defense treaty"), "{out}");
    assert!(out.contains("According to South Korean sources, about 600"), "{out}");
    assert!(out.contains("weapons and ammunition"), "{out}");
    assert!(
        out.contains("suspicions, relayed by Seoul") && out.contains("(alleged, as relayed by Seoul)"),
        "{out}"
    );
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
    // Only months with events dated to them (a span is no event of each of its months), each
    // marked when its year is inferred, with the footnote that says so.
    assert!(
        out.contains(
            "Months with events: April 2025†, July 2025†, August 2025†, September 2025†, and October 2025†."
        ),
        "{out}"
    );
    assert!(out.contains("† The article names the month but not the year"), "{out}");
    let (_, out, _) = ask("fr", "/alliance month janvier 2023");
    assert!(out.contains("Aucun événement enregistré pour janvier 2023."), "{out}");
    assert!(out.contains("avril 2025†, juillet 2025†"), "{out}");
}

#[test]
fn overview_lists_the_key_actions_of_every_domain() {
    let (code, out, _) = ask("en", "/alliance overview");
    assert_eq!(code, 0);
    for label in ["Military:", "Diplomacy:", "Economy:", "Culture:", "Outlook:"] {
        assert!(out.contains(label), "{label} missing: {out}");
    }
    for action in [
        "Mutual-defense pact",
        "Troops sent, notably to the Kursk region",
        "Arms and munitions supplied",
        "Frequent high-level visits",
        "Trilateral summit and parade in Beijing",
        "Growing economic ties",
        "First commercial Moscow–Pyongyang flight in decades",
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
        "**April 2025†**",
        "**July 2025†**",
        "**August 2025†**",
        "**September 2025†**",
        "**October 2025†**",
        "**recently** · Culture",
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
    // By default, what a server that kept Discord's current layout gets: its container.
    let output = run(&["ask", "--json", "--lang", "fr", "/alliance", "military"], &[]);
    assert!(output.status.success());
    let laid_out: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("a payload");
    assert_eq!(laid_out["flags"], 1 << 15, "{laid_out}");
    assert_eq!(laid_out["components"][0]["type"], 17);
    let heading = laid_out["components"][0]["components"][0]["content"].as_str().unwrap_or_default();
    assert!(heading.starts_with("## Coopération militaire\n") && heading.contains("Koursk"), "{heading}");
    // What a server that chose embeds gets.
    let output = run(&["ask", "--json", "--layout", "embeds", "--lang", "fr", "/alliance", "military"], &[]);
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
    assert!(content.contains("April 2025†, July 2025†"), "{content}");
    assert!(
        content.contains("† The article names the month but not the year"),
        "the mark is explained: {content}"
    );
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
fn every_reply_names_only_the_article_and_whom_it_attributes() {
    for (lang, forbidden) in [
        ("en", ["official statements", "the international press", "analysts", "public records"]),
        ("fr", ["déclarations officielles", "presse internationale", "analystes", "données publiques"]),
    ] {
        for line in ["/alliance overview", "/alliance timeline", "/alliance military", "/alliance outlook"] {
            let (code, out, _) = ask(lang, line);
            assert_eq!(code, 0);
            for word in forbidden {
                assert!(!out.to_lowercase().contains(word), "{lang} {line} names {word}: {out}");
            }
            assert!(out.contains("Russie et Corée du Nord"), "the article is the source: {out}");
        }
    }
    let (_, out, _) = ask("en", "/alliance military");
    assert!(out.contains("Source: “Russie et Corée du Nord"), "{out}");
    assert!(out.contains("(International section, in French)"), "{out}");
    assert!(out.contains("Claims attributed by the article to: South Korean sources and Seoul"), "{out}");
}

#[test]
fn the_outlook_reads_as_the_articles_own_assessment() {
    let (_, en, _) = ask("en", "/alliance outlook");
    assert_eq!(en.matches("(the article's own assessment)").count(), 5, "{en}");
    assert!(en.contains("international pressure and internal challenges"), "{en}");
    let (_, fr, _) = ask("fr", "/alliance outlook");
    assert_eq!(fr.matches("(analyse propre à l'article)").count(), 5, "{fr}");
    assert!(!fr.contains("risque de"), "no « Risque … risque de »: {fr}");
}

#[test]
fn the_economic_lead_says_the_ties_are_growing() {
    let (_, en, _) = ask("en", "/alliance economic");
    assert!(en.contains("Growing ties:"), "{en}");
    assert!(en.contains("gaining momentum") && en.contains("strategic route"), "{en}");
    assert!(!en.contains("Modest"), "{en}");
    let (_, fr, _) = ask("fr", "/alliance economic");
    assert!(fr.contains("Des liens qui se développent"), "{fr}");
    assert!(fr.contains("20\u{a0}km"), "a no-break space between a figure and its unit: {fr}");
}

#[test]
fn a_month_inside_the_kursk_span_shows_the_span_apart_and_uncounted() {
    // The span "late 2024 – spring 2025" covers December 2024 but is no event of that month: it
    // is shown as the whole span, ongoing, under its own heading, and not counted; and the
    // casualty total is not that month's toll.
    let (code, out, err) = ask("en", "/alliance month month:2024-12");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("The store has no event for December 2024."), "{out}");
    assert!(!out.contains("2 events in December 2024"), "spans are not counted as the month's events: {out}");
    let (heading, ongoing) = out
        .split_once("Not dated to December 2024 itself, but under way over a longer period that includes it:")
        .expect("the spans under their own heading");
    assert!(!heading.contains("North Korea sent"), "{out}");
    assert!(
        ongoing.contains(
            "**late 2024 – spring 2025, ongoing** · Military — North Korea sent thousands of soldiers"
        ),
        "{out}"
    );
    assert!(
        ongoing.contains(
            "**late 2024 – spring 2025, ongoing** · Military — According to South Korean sources, about 600"
        ),
        "{out}"
    );
    let (code, out, err) = ask("fr", "/alliance month month:mars 2025");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(
            "**fin 2024 – printemps 2025, en cours** · Militaire — La Corée du Nord a envoyé des milliers de soldats épauler"
        ),
        "{out}"
    );
    let (_, out, _) = ask("en", "/alliance month month:2025-06");
    assert!(out.contains("The store has no event for June 2025."), "spring ends in May: {out}");
    assert!(!out.contains("ongoing"), "spring ends in May: {out}");
    let (_, out, _) = ask("en", "/alliance month month:2025-07");
    assert!(out.contains("2 events in July 2025."), "{out}");
    assert!(!out.contains("under way"), "{out}");
}

#[test]
fn the_exhibition_is_recent_and_inferred_years_are_said_once() {
    let (_, out, _) = ask("en", "/alliance cultural");
    assert!(out.contains("**recently** — An exhibition in Moscow"), "{out}");
    assert!(!out.contains("2025"), "no year is invented: {out}");
    assert!(!out.contains('†'), "no inferred year here: {out}");
    let (_, out, _) = ask("en", "/alliance month july");
    assert!(out.contains("**July 2025†** · Diplomacy"), "{out}");
    assert_eq!(out.matches("the year is inferred from its context").count(), 1, "{out}");
    let (_, out, _) = ask("fr", "/alliance timeline");
    let recent = out.find("**récemment** · Culture").expect("the exhibition, as recent");
    let october = out.find("**octobre 2025†**").expect("October");
    assert!(october < recent, "recent facts come after every dated one: {out}");
    assert_eq!(out.matches("celle-ci est déduite du contexte").count(), 1, "{out}");
    let (_, out, _) = ask("en", "/alliance timeline");
    assert!(
        out.contains("9 dated events, oldest first."),
        "the undated exhibition is not counted as dated: {out}"
    );
    assert!(out.contains("One more is recent but undated: it comes last, outside the time order."), "{out}");
    // A month typed without its year: the year taken is marked and said.
    let (_, out, _) = ask("en", "/alliance month july");
    assert!(out.starts_with("The alliance in July 2025†"), "{out}");
    assert!(
        out.contains("You gave no year, so this is 2025: the latest year with events in that month."),
        "{out}"
    );
    let (_, out, _) = ask("en", "/alliance month july 2025");
    assert!(out.starts_with("The alliance in July 2025\n"), "a year the reader gave is not marked: {out}");
}

#[test]
fn french_plain_text_follows_french_typography() {
    let (_, out, _) = ask("fr", "/alliance overview");
    assert!(out.contains("\nMilitaire\u{a0}:\n"), "{out}");
    assert!(out.contains("Source\u{a0}: «\u{a0}Russie"), "{out}");
    let (_, out, _) = ask("en", "/alliance overview");
    assert!(out.contains("\nMilitary:\n"), "{out}");
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
