//! `/alliance` as Discord users meet it: the real bot against the Discord stand-in, in French,
//! English and Chinese servers (a language the bot does not have); month autocomplete; long replies paged with buttons that keep
//! working after a restart.

use crate::in_both_modes;
use crate::support;

use support::bot::{
    admin, buttons, content, description, footer, is_ephemeral, is_v2, picture, title, user, Mode, World,
    EN_GUILD, FR_GUILD, ZH_GUILD,
};
use support::Workspace;

async fn registered_commands_carry_french_names_and_descriptions(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let commands = world.standin.wait_commands().await;
    let commands = commands.as_array().expect("a list of commands");
    let alliance = commands.iter().find(|c| c["name"] == "alliance").expect("/alliance");
    assert_eq!(alliance["description"], "Sourced summaries of the Russia–North Korea alliance");
    assert_eq!(
        alliance["description_localizations"]["fr"],
        "Synthèses sourcées du rapprochement russo-nord-coréen"
    );
    let names: Vec<&str> = alliance["options"]
        .as_array()
        .expect("subcommands")
        .iter()
        .filter_map(|o| o["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["overview", "military", "diplomatic", "economic", "cultural", "outlook", "timeline", "month"]
    );
    let options = alliance["options"].as_array().expect("subcommands");
    let military = options.iter().find(|o| o["name"] == "military").expect("military");
    assert_eq!(military["name_localizations"]["fr"], "militaire");
    let french = military["description_localizations"]["fr"].as_str().expect("a French description");
    assert_eq!(support::bot::plain(french), "Coopération militaire : le pacte, les soldats, les armes");
    let month = options.iter().find(|o| o["name"] == "month").expect("month");
    assert_eq!(month["name_localizations"]["fr"], "mois");
    assert_eq!(month["options"][0]["autocomplete"], true);
    assert_eq!(month["options"][0]["required"], true);
    assert_eq!(month["options"][0]["name_localizations"]["fr"], "mois");
    // Each language names the commands for its Discord locales; English ones keep the canonical
    // names, and a locale we have no language for is not listed.
    let localized = military["name_localizations"].as_object().expect("localizations");
    for locale in ["de", "es-ES", "fr", "ja", "ko", "ru", "uk"] {
        assert!(localized.contains_key(locale), "{locale}: {localized:?}");
    }
    assert!(!localized.contains_key("en-GB") && !localized.contains_key("zh-CN"), "{localized:?}");
    assert_eq!(localized["ru"], "военное");
    assert_eq!(localized["ko"], "군사");
    assert_eq!(alliance["name_localizations"]["ja"], "同盟");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn public_replies_follow_the_server_and_errors_the_user(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let military = ("alliance", Some("military"), &[][..]);

    let fr = world.command(Some(FR_GUILD), &user(10, "en-US"), military).await;
    assert_eq!(title(&fr), "Coopération militaire");
    let text = description(&fr);
    for needle in [
        "Koursk",
        "traité de défense mutuelle",
        "environ 600",
        "Selon des sources sud-coréennes",
        "armes et munitions",
        "allégation non confirmée, relayée par Séoul",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from {text}");
    }
    assert!(!is_ephemeral(&fr), "a summary is public");
    assert!(is_v2(&fr), "Discord's current layout by default");
    assert_eq!(fr["components"][0]["accent_color"], 0xB0_3A_2E);
    assert!(
        footer(&fr).starts_with("Source : « Russie et Corée du Nord : Une Alliance Stratégique en Plein Essor » (rubrique International, en français) · Affirmations attribuées par l'article à : sources sud-coréennes et Séoul"),
        "{}",
        footer(&fr)
    );

    let en = world.command(Some(EN_GUILD), &user(11, "fr"), military).await;
    assert_eq!(title(&en), "Military cooperation", "a public reply never follows the user's own language");
    assert!(description(&en).contains("According to South Korean sources, about 600"));
    let zh = world.command(Some(ZH_GUILD), &user(12, "zh-CN"), military).await;
    assert_eq!(title(&zh), "Military cooperation", "Chinese is not supported: English");

    let smarch = ("alliance", Some("month"), &[("month", "smarch")][..]);
    let error = world.command(Some(EN_GUILD), &user(13, "fr"), smarch).await;
    assert!(is_ephemeral(&error), "a mistake is shown only to its author");
    let content = content(&error);
    assert!(content.starts_with("Je ne reconnais pas le mois « smarch »"), "{content}");
    assert!(
        content.contains("juillet 2025") && content.contains("octobre 2025"),
        "the valid months are named: {content}"
    );
    let in_english = world.command(Some(FR_GUILD), &user(14, "zh-CN"), smarch).await;
    assert!(
        support::bot::content(&in_english).starts_with("Je ne reconnais"),
        "an unsupported user language falls back to the server's: {in_english}"
    );

    let july = world
        .command(Some(EN_GUILD), &user(15, "en-US"), ("alliance", Some("month"), &[("month", "july")]))
        .await;
    assert_eq!(title(&july), "The alliance in July 2025†", "a year the reader did not give is marked");
    let dm = world.command(None, &user(16, "fr"), ("alliance", Some("cultural"), &[])).await;
    assert_eq!(title(&dm), "Initiatives culturelles", "in a DM, the user's language");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn month_autocomplete_offers_at_most_25_months_in_the_users_language(mode: Mode) {
    let workspace = Workspace::new();
    let mut data = String::new();
    let (mut en, mut fr) = (String::new(), String::new());
    for n in 0..40 {
        let when = format!("{}-{:02}", 2020 + n / 12, 1 + n % 12);
        data.push_str(&format!("[[fact]]\nid = \"monthly-{n}\"\ndomain = \"economic\"\nwhen = \"{when}\"\nadded = \"2026-11-24\"\nconfidence = \"confirmed\"\nsource = \"article\"\n\n"));
        en.push_str(&format!("fact-monthly-{n} = Monthly event {n}.\n    .title = Event {n}\n"));
        fr.push_str(&format!("fact-monthly-{n} = Événement mensuel {n}.\n    .title = Événement {n}\n"));
    }
    workspace.write("data/facts/monthly.toml", &data);
    workspace.write_messages("monthly.ftl", &en, &fr);
    let world = World::with_workspace_in(workspace, mode).await;
    let bot = world.start_bot().await;
    let complete = |typed: &str, locale: &str| {
        world.standin.autocomplete(
            Some(EN_GUILD),
            &user(30, locale),
            "alliance",
            Some("month"),
            "month",
            typed,
        )
    };
    let answer = world.standin.interact(complete("", "fr")).await;
    assert_eq!(answer.callback["type"], 8, "autocomplete choices");
    let choices = answer.callback["data"]["choices"].as_array().expect("choices").clone();
    assert_eq!(choices.len(), 25, "Discord takes at most 25 choices");
    assert_eq!(choices.last().expect("a choice")["name"], "octobre 2025");
    assert_eq!(choices.last().expect("a choice")["value"], "2025-10");
    let names = |answer: &support::discord::Answer| -> Vec<String> {
        let choices = answer.callback["data"]["choices"].as_array().expect("choices");
        choices.iter().filter_map(|c| c["name"].as_str().map(str::to_owned)).collect()
    };
    let july = world.standin.interact(complete("juil", "fr")).await;
    assert_eq!(names(&july), ["juillet 2020", "juillet 2021", "juillet 2022", "juillet 2025"]);
    // Only months with events dated to them: the Kursk deployment (late 2024 to spring 2025)
    // is no event of December 2024.
    let december = world.standin.interact(complete("déc", "fr")).await;
    assert_eq!(names(&december), ["décembre 2020", "décembre 2021", "décembre 2022"]);
    // A month typed in another language, in another case, finds its months too.
    let russian = world.standin.interact(complete("июля", "fr")).await;
    assert_eq!(names(&russian), ["juillet 2020", "juillet 2021", "juillet 2022", "juillet 2025"]);
    let chinese = world.standin.interact(complete("jul", "zh-CN")).await;
    assert_eq!(names(&chinese)[0], "July 2020", "an unsupported user language falls back to the server's");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn long_replies_are_paged_and_buttons_survive_a_restart(mode: Mode) {
    let world = World::with_workspace_in(support::large_store(), mode).await;
    let bot = world.start_bot().await;
    let reader = user(40, "en-US");
    let timeline = world.standin.slash_command(Some(EN_GUILD), &reader, "alliance", Some("timeline"), &[]);
    let answer = world.standin.interact(timeline).await;
    let alt = picture_of(&answer);
    assert!(
        alt.contains("The picture shows the latest 40 events; 1,320 earlier ones are not drawn."),
        "{alt}"
    );
    let first = answer.message();
    assert!(description(&first).contains("1,320 earlier ones are not drawn"), "the reply states the cap");
    let pages: usize = footer(&first).rsplit(' ').next().and_then(|n| n.parse().ok()).expect("a page count");
    assert!(pages > 2 && footer(&first).contains(&format!("Page 1 of {pages}")), "{}", footer(&first));
    // Discord's current layout, the default: its buttons say so, and so their pages are too.
    assert!(is_v2(&first), "{first}");
    let shown = buttons(&first);
    assert_eq!(shown[0]["disabled"], true, "no Previous on the first page");
    assert_eq!(shown[1]["label"], "Next");
    assert_eq!(shown[1]["custom_id"], "alliance:timeline:2:v2");

    let click = |who: &support::discord::Invoker, custom_id: &str| {
        world.standin.button_click(Some(EN_GUILD), who, custom_id, Some(40))
    };
    let second = world.standin.interact(click(&reader, "alliance:timeline:2:v2")).await;
    assert_eq!(second.callback["type"], 7, "the invoker's click turns the page in place");
    // Only the first page carries the picture: turning the page removes it, as serenity sends
    // an empty list of attachments, and turning back uploads it again.
    assert!(second.files.is_empty(), "no upload with page 2");
    assert_eq!(second.callback["data"]["attachments"], serde_json::json!([]));
    let second = second.message();
    assert!(is_v2(&second), "a page of a V2 message is laid out the same");
    assert_eq!(picture(&second), None);
    assert!(footer(&second).ends_with(&format!("Page 2 of {pages}")));
    assert_ne!(description(&second), description(&first));
    let back = world.standin.interact(click(&reader, "alliance:timeline:1:v2")).await;
    assert_eq!(back.callback["type"], 7);
    picture_of(&back);
    let back = back.message();
    assert_eq!(description(&back), description(&first), "Previous returns the first page");
    let theirs_first = world.standin.interact(click(&user(42, "fr"), "alliance:timeline:1:v2")).await;
    assert_eq!(theirs_first.callback["type"], 4);
    assert!(is_ephemeral(&theirs_first.message()));
    assert!(picture_of(&theirs_first).starts_with("Graphique de 40 événements"), "in the clicker's language");
    let other = world.standin.interact(click(&user(41, "fr"), "alliance:timeline:2:v2")).await;
    assert_eq!(other.callback["type"], 4, "someone else gets the page as a message of their own");
    let theirs = other.message();
    assert!(is_ephemeral(&theirs), "{theirs}");
    // In their own language, where the same reply may take another number of pages.
    assert!(footer(&theirs).contains("· Page 2 sur "), "{}", footer(&theirs));

    bot.stop().await;
    let bot = world.start_bot().await;
    let third = world.standin.interact(click(&reader, "alliance:timeline:3:v2")).await;
    assert_eq!(third.callback["type"], 7);
    assert!(
        footer(&third.message()).ends_with(&format!("Page 3 of {pages}")),
        "buttons work after a restart"
    );

    // A server that chose embeds: its replies come as embeds, and so do their pages, while a
    // V2 message sent before the change still turns as V2.
    let set = world.standin.slash_command(
        Some(EN_GUILD),
        &admin(43, "en-US"),
        "layout",
        None,
        &[("value", "Embeds, as before")],
    );
    let set = world.standin.interact(set).await.message();
    assert!(content(&set).starts_with("Replies and digests in this server now come as embeds."), "{set}");
    let timeline = world.standin.slash_command(Some(EN_GUILD), &reader, "alliance", Some("timeline"), &[]);
    let answer = world.standin.interact(timeline).await;
    picture_of(&answer);
    let first = answer.message();
    assert!(!is_v2(&first) && title(&first) == "Timeline of the alliance", "{first}");
    assert_eq!(buttons(&first)[1]["custom_id"], "alliance:timeline:2");
    let second = world.standin.interact(click(&reader, "alliance:timeline:2")).await;
    assert_eq!(second.callback["type"], 7);
    assert!(!is_v2(&second.message()) && footer(&second.message()).ends_with(&format!("Page 2 of {pages}")));
    let older = world.standin.interact(click(&reader, "alliance:timeline:2:v2")).await;
    assert!(is_v2(&older.message()), "an older V2 message keeps its layout");
    let gone = world.standin.interact(click(&reader, "alliance:weather:2")).await.message();
    assert!(is_ephemeral(&gone) && content(&gone).contains("no longer available"), "{gone}");
    world.assert_no_schema_errors();
    bot.stop().await;
}

/// The picture an answer uploaded, checked as Discord would show it: one file, `files[0]`,
/// a PNG described by the message's `attachments` with its alt text and shown in the embed or
/// the media gallery through `attachment://`. Returns its alt text.
fn picture_of(answer: &support::discord::Answer) -> String {
    let data = &answer.callback["data"];
    assert_eq!(answer.files.len(), 1, "one upload: {data}");
    let file = &answer.files[0];
    assert_eq!((file.name.as_str(), file.filename.as_deref()), ("files[0]", Some("timeline.png")));
    assert!(file.data.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let decoder = png::Decoder::new(std::io::Cursor::new(&file.data));
    let info = decoder.read_info().expect("a readable PNG").info().clone();
    assert_eq!(info.width, 1200);
    let (url, shown_alt) = picture(data).expect("the picture is shown");
    assert_eq!(url, "attachment://timeline.png");
    let attachments = data["attachments"].as_array().expect("attachments");
    assert_eq!(attachments.len(), 1);
    assert_eq!(attachments[0]["id"], 0);
    assert_eq!(attachments[0]["filename"], "timeline.png");
    let alt = support::bot::plain(attachments[0]["description"].as_str().expect("alt text"));
    if is_v2(data) {
        assert_eq!(shown_alt.as_deref(), Some(alt.as_str()), "the gallery carries the alt text too");
    }
    alt
}

async fn the_timeline_is_uploaded_as_a_picture_shown_with_its_alt_text(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let (engine, _) = alliance_digest::Engine::load(&world.data, &world.locales).expect("the store loads");
    for (guild, alt) in [
        (FR_GUILD, "Graphique de 10 événements de l'alliance sur un axe du temps"),
        (EN_GUILD, "Chart of 10 events of the alliance on a time axis"),
    ] {
        let interaction =
            world.standin.slash_command(Some(guild), &user(50, "zh-CN"), "alliance", Some("timeline"), &[]);
        let answer = world.standin.interact(interaction).await;
        assert_eq!(answer.callback["type"], 4);
        let said = picture_of(&answer);
        assert!(said.starts_with(alt), "in the server's language: {said}");
        let lang = engine.language(if guild == FR_GUILD { "fr" } else { "en-US" });
        assert_eq!(
            answer.files[0].data,
            &engine.timeline_picture(lang).png[..],
            "the picture ask --png writes"
        );
        assert!(!is_ephemeral(&answer.message()));
    }
    let uploads: Vec<_> = world
        .standin
        .requests()
        .into_iter()
        .filter(|r| r.path.ends_with("/callback") && !r.files.is_empty())
        .collect();
    assert_eq!(uploads.len(), 2, "each a multipart upload, held against the OpenAPI description");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn a_development_server_gets_the_commands_at_once_instead_of_everyone(mode: Mode) {
    let world = World::new_in(mode).await;
    let config = world.config(&[("DISCORD_GUILD_ID", &EN_GUILD.to_string())]);
    let bot = world.start_bot_with(config, |bot| bot).await;
    let registrations: Vec<String> =
        world.standin.requests().into_iter().filter(|r| r.method == "PUT").map(|r| r.path).collect();
    assert_eq!(registrations, [format!("/applications/1100000000000000001/guilds/{EN_GUILD}/commands")]);
    let reply = world.command(Some(EN_GUILD), &user(70, "en-US"), ("alliance", Some("overview"), &[])).await;
    assert_eq!(title(&reply), "The Russia–North Korea alliance at a glance");
    world.assert_no_schema_errors();
    bot.stop().await;
}

in_both_modes!(
    registered_commands_carry_french_names_and_descriptions,
    public_replies_follow_the_server_and_errors_the_user,
    month_autocomplete_offers_at_most_25_months_in_the_users_language,
    long_replies_are_paged_and_buttons_survive_a_restart,
    the_timeline_is_uploaded_as_a_picture_shown_with_its_alt_text,
    a_development_server_gets_the_commands_at_once_instead_of_everyone,
);
