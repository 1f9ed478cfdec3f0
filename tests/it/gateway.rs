//! The connection to Discord under stress: a gateway dropped by Discord is resumed without
//! losing the interactions sent meanwhile, and a burst of interactions is answered in full,
//! each exactly once.

use crate::support;

use serde_json::Value;
use support::bot::{title, user, World, EN_GUILD, FR_GUILD, ZH_GUILD};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_gateway_is_resumed_and_interactions_sent_meanwhile_are_answered() {
    let world = World::new().await;
    let bot = world.start_bot().await;
    world.standin.drop_gateway().await;
    // Sent while the bot is disconnected: Discord replays it on RESUME.
    let answer = world.command(Some(FR_GUILD), &user(50, "fr"), ("alliance", Some("cultural"), &[])).await;
    assert_eq!(title(&answer), "Initiatives culturelles");
    assert_eq!(world.standin.resume_count(), 1, "the session was resumed");
    assert_eq!(world.standin.identify_count(), 1, "not identified anew");
    let later = world.command(Some(EN_GUILD), &user(51, "en-US"), ("alliance", Some("economic"), &[])).await;
    assert_eq!(title(&later), "Economic ties");
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_interactions_at_once_are_all_answered_once() {
    let world = World::new().await;
    let bot = world.start_bot().await;
    let topics = ["overview", "military", "diplomatic", "economic", "cultural", "outlook", "timeline"];
    let servers = [
        (FR_GUILD, "Coopération militaire"),
        (EN_GUILD, "Military cooperation"),
        (ZH_GUILD, "Military cooperation"),
    ];
    let interactions: Vec<Value> = (0..200)
        .map(|n| {
            let (guild, _) = servers[n % 3];
            let topic = topics[n % topics.len()];
            world.standin.slash_command(
                Some(guild),
                &user(1000 + n as u64, "en-US"),
                "alliance",
                Some(topic),
                &[],
            )
        })
        .collect();
    let answers = world.standin.interact_all(interactions.clone()).await;
    assert_eq!(answers.len(), 200);
    for (n, (interaction, answer)) in interactions.iter().zip(&answers).enumerate() {
        assert_eq!(answer.callback["type"], 4, "a message, at once");
        let topic = topics[n % topics.len()];
        if topic == "military" {
            assert_eq!(title(&answer.message()), servers[n % 3].1, "each in its server's language");
        }
        assert!(!title(&answer.message()).is_empty());
        let id = interaction["id"].as_str().and_then(|s| s.parse().ok()).expect("an id");
        assert_eq!(world.standin.callbacks_for(id), 1, "interaction {id} answered once");
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}
