//! `/language` as server admins meet it: only members who can manage the server may change it,
//! the choice sticks across restarts, and a change that cannot be saved says so and changes
//! nothing.

use crate::in_both_modes;
use crate::support;

use support::bot::{admin, content, is_ephemeral, title, user, Mode, World, EN_GUILD};

const MILITARY: (&str, Option<&str>, &[(&str, &str)]) = ("alliance", Some("military"), &[]);

async fn the_language_command_is_registered_for_server_managers_with_a_choice_per_language(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let commands = world.standin.wait_commands().await;
    let language = commands
        .as_array()
        .and_then(|c| c.iter().find(|c| c["name"] == "language"))
        .cloned()
        .expect("/language");
    assert_eq!(language["default_member_permissions"], "32", "Manage Server");
    assert_eq!(language["name_localizations"]["fr"], "langue");
    let choices = language["options"][0]["choices"].as_array().expect("choices");
    let names: Vec<&str> = choices.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(
        names,
        [
            "Deutsch",
            "English",
            "Español",
            "Français",
            "日本語",
            "한국어",
            "Русский",
            "Українська",
            "Follow Discord (auto)"
        ],
        "each language in its own words, then auto"
    );
    assert_eq!(choices[8]["name_localizations"]["fr"], "Suivre Discord (auto)");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn only_server_managers_set_the_language_and_it_survives_a_restart(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let set_fr = ("language", None, &[("value", "Français")][..]);

    let refused = world.command(Some(EN_GUILD), &user(20, "fr"), set_fr).await;
    assert!(is_ephemeral(&refused));
    assert_eq!(
        content(&refused),
        "Seuls les membres qui peuvent gérer ce serveur peuvent utiliser /langue.",
        "named as a French client shows it"
    );
    let still = world.command(Some(EN_GUILD), &user(21, "en-US"), MILITARY).await;
    assert_eq!(title(&still), "Military cooperation", "a refused change changes nothing");

    let confirmed = world.command(Some(EN_GUILD), &admin(22, "en-US"), set_fr).await;
    assert!(is_ephemeral(&confirmed));
    let text = content(&confirmed);
    assert!(text.starts_with("Replies in this server are now in French."), "{text}");
    assert!(
        text.contains("as en-US: outside Community servers"),
        "the confirmation explains Discord's default: {text}"
    );
    let french = world.command(Some(EN_GUILD), &user(23, "en-US"), MILITARY).await;
    assert_eq!(title(&french), "Coopération militaire", "later replies are French, even to an English user");

    bot.stop().await;
    let bot = world.start_bot().await;
    let after = world.command(Some(EN_GUILD), &user(24, "en-US"), MILITARY).await;
    assert_eq!(title(&after), "Coopération militaire", "the setting survives a restart");

    let auto = world
        .command(
            Some(EN_GUILD),
            &admin(25, "en-US"),
            ("language", None, &[("value", "Follow Discord (auto)")]),
        )
        .await;
    assert!(content(&auto)
        .starts_with("Replies in this server now follow its Discord language, currently en-US."));
    let english = world.command(Some(EN_GUILD), &user(26, "fr"), MILITARY).await;
    assert_eq!(title(&english), "Military cooperation");

    let dm = world.command(None, &admin(27, "fr"), set_fr).await;
    assert!(is_ephemeral(&dm));
    assert!(content(&dm).starts_with("La commande /langue est réservée aux serveurs."), "{dm}");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn a_setting_that_cannot_be_saved_says_so_and_changes_nothing(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    bot.stop().await;
    // The same database, opened read-only: every write fails.
    let read_only = format!("{}?mode=ro", world.database_url());
    let mut config = world.config(&[]);
    config.database_url = read_only;
    let bot = world.start_bot_with(config, |bot| bot).await;
    let answer =
        world.command(Some(EN_GUILD), &admin(30, "fr"), ("language", None, &[("value", "Français")])).await;
    assert!(is_ephemeral(&answer));
    assert!(
        content(&answer).starts_with("Désolé, le réglage n'a pas pu être enregistré et rien n'a changé."),
        "{answer}"
    );
    let unchanged = world.command(Some(EN_GUILD), &user(31, "en-US"), MILITARY).await;
    assert_eq!(title(&unchanged), "Military cooperation");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn a_database_file_deleted_under_the_running_bot_is_noticed_not_confirmed(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let url = world.database_url();
    let file = url.strip_prefix("sqlite://").expect("a sqlite URL");
    std::fs::remove_file(file).expect("the database file is deleted");
    let answer =
        world.command(Some(EN_GUILD), &admin(40, "fr"), ("language", None, &[("value", "Français")])).await;
    assert!(is_ephemeral(&answer));
    assert!(
        content(&answer).starts_with("Désolé, le réglage n'a pas pu être enregistré et rien n'a changé."),
        "a change that would vanish at the next start is not confirmed: {answer}"
    );
    let unchanged = world.command(Some(EN_GUILD), &user(41, "en-US"), MILITARY).await;
    assert_eq!(title(&unchanged), "Military cooperation");
    bot.stop().await;
}

in_both_modes!(
    the_language_command_is_registered_for_server_managers_with_a_choice_per_language,
    only_server_managers_set_the_language_and_it_survives_a_restart,
    a_setting_that_cannot_be_saved_says_so_and_changes_nothing,
    a_database_file_deleted_under_the_running_bot_is_noticed_not_confirmed,
);
