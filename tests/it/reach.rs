//! The app for anyone who installs it: `/alliance` is registered for user installs too, and a
//! user who installed the app to their account uses it in a DM with the bot, a group DM, or a
//! server that never added the bot. The answer is public, in the user's own language, and asks
//! nothing of the server. `/my-digest` (a personal digest by DM, `personal.rs`) is there too;
//! `/language` and `/digest` stay with the servers that added the bot.

use crate::in_both_modes;
use crate::support;

use serde_json::{json, Value};
use support::bot::{admin, content, is_ephemeral, title, user, Mode, World};
use support::discord::{Elsewhere, StandIn};

/// A server that did not add the bot, French by its Discord locale.
const ELSEWHERE: Elsewhere = Elsewhere::ServerWithoutBot { guild: 4_200_000_000_000_000_042, locale: "fr" };

fn registered<'a>(commands: &'a Value, name: &str) -> &'a Value {
    commands
        .as_array()
        .and_then(|c| c.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("/{name} registered"))
}

async fn alliance_is_registered_for_user_installs_and_the_server_commands_are_not(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let commands = world.standin.wait_commands().await;
    let alliance = registered(&commands, "alliance");
    assert_eq!(alliance["integration_types"], json!([0, 1]), "installed by a server or a user");
    assert_eq!(alliance["contexts"], json!([0, 1, 2]), "in servers, the bot's DMs and group DMs");
    let personal = registered(&commands, "my-digest");
    assert_eq!(personal["integration_types"], json!([0, 1]), "/my-digest: for anyone who installs the app");
    assert_eq!(personal["contexts"], json!([0, 1, 2]));
    for name in ["language", "layout", "digest"] {
        let command = registered(&commands, name);
        assert_eq!(command["integration_types"], json!([0]), "/{name}: a server's install only");
        assert_eq!(command["contexts"], json!([0, 1]), "/{name}: in servers, and in DMs to say so");
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn a_user_install_is_answered_publicly_in_the_users_language_in_a_dm_and_a_group_dm(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let cases =
        [(Elsewhere::Dm, "de", "Militärische Zusammenarbeit"), (Elsewhere::GroupDm, "ja", "軍事協力")];
    for (n, (place, locale, expected)) in cases.into_iter().enumerate() {
        let who = user(300 + n as u64, locale);
        let interaction = world.standin.user_install_command(place, &who, "alliance", Some("military"), &[]);
        let answer = world.standin.interact(interaction).await.message();
        assert_eq!(title(&answer), expected, "{place:?}");
        assert!(!is_ephemeral(&answer), "{place:?}: asked publicly, answered publicly");
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}

/// The requests the bot made since `from`, but for answering interactions.
fn other_requests(standin: &StandIn, from: usize) -> Vec<String> {
    standin
        .requests()
        .into_iter()
        .skip(from)
        .filter(|r| !r.path.starts_with("/interactions/") && !r.path.starts_with("/webhooks/"))
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

async fn in_a_server_without_the_bot_alliance_answers_in_the_users_language_and_asks_nothing_of_it(
    mode: Mode,
) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let standin = &world.standin;
    let from = standin.requests().len();

    // The server is French; the user reads Spanish: the answer is theirs.
    let asked =
        standin.user_install_command(ELSEWHERE, &user(310, "es-ES"), "alliance", Some("military"), &[]);
    let answer = standin.interact(asked).await.message();
    assert_eq!(title(&answer), "Cooperación militar");
    assert!(!is_ephemeral(&answer), "asked publicly, answered publicly");

    // A user whose Discord language the bot does not have: English, not the server's French.
    let asked =
        standin.user_install_command(ELSEWHERE, &user(311, "pt-BR"), "alliance", Some("military"), &[]);
    assert_eq!(title(&standin.interact(asked).await.message()), "Military cooperation");

    // The server's own commands, sent anyway (a crafted interaction): refused, privately, in the
    // user's language, even from someone who can manage that server.
    let value = ("value", "Français");
    let asked = standin.user_install_command(ELSEWHERE, &admin(312, "es-ES"), "language", None, &[value]);
    let refused = standin.interact(asked).await.message();
    assert!(is_ephemeral(&refused));
    assert!(
        content(&refused).contains("solo funciona en los servidores que han añadido el bot"),
        "{}",
        content(&refused)
    );
    let asked =
        standin.user_install_command(ELSEWHERE, &user(313, "es-ES"), "alliance", Some("military"), &[]);
    assert_eq!(title(&standin.interact(asked).await.message()), "Cooperación militar", "nothing was set");

    assert_eq!(other_requests(standin, from), Vec::<String>::new(), "nothing asked of the server");
    world.assert_no_schema_errors();
    bot.stop().await;
}

in_both_modes!(
    alliance_is_registered_for_user_installs_and_the_server_commands_are_not,
    a_user_install_is_answered_publicly_in_the_users_language_in_a_dm_and_a_group_dm,
    in_a_server_without_the_bot_alliance_answers_in_the_users_language_and_asks_nothing_of_it,
);
