//! Live reload as editors and translators meet it: files dropped into the folders of a running
//! bot are served without a restart, and reach the next digest; the commands are registered
//! again only when they changed (a new language). Each process watches its own folders. (A
//! broken file, which keeps the old store serving, and SIGHUP are in `run.rs`, where the
//! binary's logs can be read.)

use crate::support;

use std::sync::Arc;
use std::time::Duration;

use alliance_digest::digests::scheduler::Clock;
use support::bot::{admin, description, title, user, Mode, World, EN_GUILD, FR_GUILD};
use support::clock::ManualClock;
use support::discord::PATIENCE;
use support::Workspace;

/// Asks `/alliance economic` in the English server until its reply contains `needle`.
async fn economic_until(world: &World, needle: &str) -> String {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let reply =
            world.command(Some(EN_GUILD), &user(70, "en-US"), ("alliance", Some("economic"), &[])).await;
        let text = description(&reply);
        if text.contains(needle) {
            return text;
        }
        assert!(tokio::time::Instant::now() < deadline, "{needle:?} never served: {text}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_fact_file_is_answered_and_digested_without_a_restart_or_a_second_registration() {
    let world = World::with_workspace(Workspace::new()).await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let moved: Arc<dyn Clock> = Arc::clone(&clock) as Arc<dyn Clock>;
    let bot = world.start_bot_with(world.config(&[]), move |bot| bot.with_clock(moved)).await;
    let channel = world.standin.add_channel(FR_GUILD, "bulletins", 0);
    let weekly = [
        ("channel", channel.to_string()),
        ("frequency", "weekly".into()),
        ("time", "09:00".into()),
        ("weekday", "Tuesday".into()),
    ];
    let options: Vec<(&str, &str)> = weekly.iter().map(|(k, v)| (*k, v.as_str())).collect();
    world.command(Some(FR_GUILD), &admin(71, "en-US"), ("digest", Some("subscribe"), &options)).await;
    clock.set("2026-11-24T09:00:00Z");
    world.standin.wait_channel_messages(channel, 1).await;
    let registrations = world.registrations();
    let before = economic_until(&world, "").await;
    assert!(!before.contains("rail link"));

    support::add_rail_fact(world.data.parent().expect("a workspace"));
    let after = economic_until(&world, "The two governments discussed a rail link").await;
    assert!(after.contains("reported, according to South Korean sources"), "{after}");
    clock.set("2026-12-01T09:00:00Z");
    let posted = world.standin.wait_channel_messages(channel, 2).await;
    let news = support::bot::sections(&posted[1].message).first().map(|f| f.1.clone()).unwrap_or_default();
    assert!(news.contains("liaison ferroviaire"), "the next digest carries the new fact: {news}");
    assert_eq!(world.registrations(), registrations, "the commands did not change: not registered again");
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_language_folder_adds_its_command_names_with_one_registration() {
    let workspace = Workspace::new();
    let world = World::with_workspace(workspace).await;
    let bot = world.start_bot().await;
    let registrations = world.registrations();
    // A translator copies English to start Portuguese, and names the military summary in Portuguese.
    let root = world.locales.clone();
    let staging = root.parent().expect("a workspace").join("pt-staging");
    support::copy_dir(&root.join("en-US"), &staging);
    let commands = std::fs::read_to_string(staging.join("commands.ftl")).expect("the command words");
    assert!(commands.contains("cmd-alliance-military = military"), "{commands}");
    let portuguese = commands.replace("cmd-alliance-military = military", "cmd-alliance-military = militar");
    std::fs::write(staging.join("commands.ftl"), portuguese).expect("written");
    // Saved as editors do: the whole folder moved into place at once.
    std::fs::rename(&staging, root.join("pt-BR")).expect("moved into place");

    support::bot::wait_until(|| world.registrations() > registrations).await;
    // Reloads run one after another: once a later edit is served, every reload the move caused
    // is done, its registration (or none) included.
    support::add_rail_fact(root.parent().expect("a workspace"));
    economic_until(&world, "rail link").await;
    assert_eq!(world.registrations(), registrations + 1, "one registration for the new language");
    let commands = world.standin.wait_commands().await;
    let alliance =
        commands.as_array().and_then(|c| c.iter().find(|c| c["name"] == "alliance")).expect("/alliance");
    let military = alliance["options"]
        .as_array()
        .and_then(|o| o.iter().find(|o| o["name"] == "military"))
        .expect("military");
    assert_eq!(military["name_localizations"]["pt-BR"], "militar");
    assert_eq!(military["name_localizations"]["fr"], "militaire");
    let portuguese = world
        .command(Some(EN_GUILD), &user(72, "pt-BR"), ("alliance", Some("month"), &[("month", "smarch")]))
        .await;
    assert!(
        support::bot::content(&portuguese).contains("smarch"),
        "a private answer in the new language's words"
    );
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_process_watching_the_same_folders_serves_the_change() {
    let workspace = Workspace::new();
    let root = workspace.dir.path().to_path_buf();
    let first = World::with_workspace(workspace).await;
    let second = World::with_folders_of(&first).await;
    let (a, b) = (first.start_bot().await, second.start_bot().await);
    support::add_rail_fact(&root);
    for world in [&first, &second] {
        economic_until(world, "rail link").await;
        let fr = world.command(Some(FR_GUILD), &user(73, "fr"), ("alliance", Some("economic"), &[])).await;
        assert_eq!(title(&fr), "Liens économiques");
    }
    a.stop().await;
    b.stop().await;
}

/// A Portuguese folder copied from English and moved into place, as a translator starts one.
fn add_a_language(world: &World) {
    let root = world.locales.clone();
    let staging = root.parent().expect("a workspace").join("pt-staging");
    support::copy_dir(&root.join("en-US"), &staging);
    std::fs::rename(&staging, root.join("pt-BR")).expect("moved into place");
}

/// The command registrations of one deployment, over HTTP (`serve` is ready once it has decided
/// whether to register): once for a new language, none for a later reload of the same commands
/// (three languages: the localization maps' order changes between builds) or a restart, and
/// again at start when Discord lacks them or the application is another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_once_per_change_and_again_when_discord_lacks_them() {
    let world = World::with_workspace_in(Workspace::new(), Mode::Http).await;
    let bot = world.start_bot().await;
    assert_eq!(world.registrations(), 1);
    add_a_language(&world);
    support::bot::wait_until(|| world.registrations() == 2).await;

    // Another reload, of the same commands: a fact with its words in the three languages.
    let german =
        "fact-rail-link-talks = Die Regierungen sprachen über eine Bahnverbindung.\n    .title = Bahn\n";
    std::fs::write(world.locales.join("de/later.ftl"), german).expect("written");
    support::add_rail_fact(world.data.parent().expect("a workspace"));
    economic_until(&world, "rail link").await;
    // Reloads run one after another: once a later edit is served, the reload that served the rail
    // link is done, its registration (or none) included.
    let english = world.locales.join("en-US/later.ftl");
    let sentence = std::fs::read_to_string(&english).expect("the rail link's English words");
    std::fs::write(&english, sentence.replace("a rail link.", "a rail link again.")).expect("written");
    economic_until(&world, "rail link again").await;
    assert_eq!(world.registrations(), 2, "the same commands are not registered again on reload");
    bot.stop().await;

    let bot = world.start_bot().await;
    assert_eq!(world.registrations(), 2, "nor at a restart");
    let asked = world
        .standin
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path.ends_with("/commands"))
        .count();
    assert_eq!(asked, 1, "the restart asked Discord which commands it has");
    bot.stop().await;

    world.standin.delete_commands();
    let bot = world.start_bot().await;
    assert_eq!(world.registrations(), 3, "deleted on Discord's side: registered again at start");
    let commands = world.standin.wait_commands().await;
    let alliance = commands.as_array().and_then(|c| c.iter().find(|c| c["name"] == "alliance")).cloned();
    assert!(alliance.is_some_and(|a| a["name_localizations"]["pt-BR"].is_string()), "with every language");
    bot.stop().await;

    let other = 1_100_000_000_000_000_777_u64;
    world.standin.set_application_id(other);
    let bot = world.start_bot().await;
    assert_eq!(world.registrations(), 4, "the database reused by another application: registered for it");
    let last =
        world.standin.requests().into_iter().rev().find(|r| r.method == "PUT").expect("a registration");
    assert!(last.path.contains(&other.to_string()), "{}", last.path);
    world.assert_no_schema_errors();
    bot.stop().await;
}
