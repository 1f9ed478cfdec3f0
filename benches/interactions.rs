//! The bot end to end, through the tests' Discord stand-in on loopback: interactions answered
//! per second, and latency from INTERACTION_CREATE sent to the interaction callback received.
//! Our bot and a do-nothing serenity bot (which answers every interaction with a fixed message)
//! are measured in the same run, so that the cost of our own code shows as a ratio.
//!
//! Run with `cargo bench --bench interactions` (`BENCH_STORE=postgres`: our bot on a fresh
//! PostgreSQL database, which it reads at every interaction, rather than SQLite).

#[path = "../tests/it/support/discord/mod.rs"]
mod discord;
#[path = "support/figures.rs"]
mod figures;
#[path = "../tests/it/support/postgres.rs"]
mod postgres;

use std::sync::Arc;
use std::time::{Duration, Instant};

use alliance_digest::config::Config;
use alliance_digest::discord::Bot;
use alliance_digest::Engine;
use discord::{permission, Invoker, StandIn};
use figures::{ratio, table, Figures};
use poise::serenity_prelude as serenity;
use tokio::sync::oneshot;

const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789AB";
const GUILD: u64 = 2_000_000_000_000_000_002;
const WARM_UP: usize = 300;
const SEQUENTIAL: usize = 4_000;
const ROUNDS: usize = 8;
const BURST: usize = 1_000;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // One stand-in per bot, both running at once; the measurements alternate between them in
    // rounds, so that whatever else the machine does weighs on both alike.
    let ours_standin = StandIn::start().await;
    let base_standin = StandIn::start().await;
    for standin in [&ours_standin, &base_standin] {
        // The OpenAPI check runs beside the bots on the same two cores: it is off here, so
        // that the figures are the bots'. The tests keep it on.
        standin.set_schema_checks(false);
        standin.add_guild(GUILD, "en-US");
    }
    let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (data, locales) = (repo.join("data"), repo.join("locales"));
    let database = tempfile::tempdir().expect("a temporary folder");

    // Our bot, by the same calls as `alliance-digest run`.
    let url = ours_standin.api_url();
    let pg = match std::env::var("BENCH_STORE").as_deref() {
        Ok("postgres") => Some(postgres::TestDatabase::create().await),
        _ => None,
    };
    let database_url = match &pg {
        Some(db) => db.url(),
        None => format!("sqlite://{}", database.path().join("bench.db").display()),
    };
    let lookup = |name: &str| match name {
        "DISCORD_TOKEN" => Some(TOKEN.to_owned()),
        "DISCORD_API_URL" => Some(url.clone()),
        "DATABASE_URL" => Some(database_url.clone()),
        _ => None,
    };
    let config = Config::from_lookup(lookup, data.clone(), locales.clone()).expect("a configuration");
    let (engine, _) = Engine::load(&data, &locales).expect("the store loads");
    let bot = Bot::build(config, engine).await.expect("the bot builds");
    let (stop, stopped) = oneshot::channel::<()>();
    let our_bot = tokio::spawn(bot.run_until_stopped(async move {
        let _ = stopped.await;
    }));
    while ours_standin.registrations() == 0 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    ours_standin.wait_ready().await;

    // The do-nothing bot: serenity alone, answering with a fixed message.
    let http =
        serenity::HttpBuilder::new(TOKEN).proxy(base_standin.api_url()).ratelimiter_disabled(true).build();
    let mut client = serenity::ClientBuilder::new_with_http(http, serenity::GatewayIntents::GUILDS)
        .event_handler(DoNothing)
        .await
        .expect("a client");
    let shard_manager = Arc::clone(&client.shard_manager);
    let baseline = tokio::spawn(async move { client.start_autosharded().await });
    while base_standin.identify_count() == 0 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    base_standin.wait_ready().await;

    // Both get the same interaction: `/alliance military` as Discord sends it.
    let military = |n: usize| {
        let who =
            Invoker { user_id: 10_000 + n as u64, locale: "en-US".into(), permissions: permission::EVERYONE };
        ours_standin.slash_command(Some(GUILD), &who, "alliance", Some("military"), &[])
    };
    let (mut ours, mut base) = (Figures::default(), Figures::default());
    for n in 0..WARM_UP {
        ours_standin.interact(military(n)).await;
        base_standin.interact(military(n)).await;
    }
    for round in 0..ROUNDS {
        for (standin, figures) in [(&ours_standin, &mut ours), (&base_standin, &mut base)] {
            for n in 0..SEQUENTIAL / ROUNDS {
                figures.latencies.push(standin.interact(military(round * SEQUENTIAL + n)).await.latency);
            }
            let interactions = (0..BURST).map(|n| military(round * BURST + n)).collect();
            let started = Instant::now();
            let answers = standin.interact_all(interactions).await;
            assert_eq!(answers.len(), BURST);
            figures.per_second.push(BURST as f64 / started.elapsed().as_secs_f64());
        }
    }
    let _ = stop.send(());
    our_bot.await.expect("the bot task").expect("the bot stops cleanly");
    shard_manager.shutdown_all().await;
    baseline.abort();

    table(
        &format!("End to end through the stand-in on loopback ({SEQUENTIAL} one at a time, {ROUNDS} bursts of {BURST}, alternating)"),
        [("ours: /alliance military", &mut ours), ("do-nothing serenity handler", &mut base)],
    );
    println!(
        "ratio ours / do-nothing: p50 {:.2}, p99 {:.2}, throughput {:.2}",
        ratio(ours.quantile(0.5), base.quantile(0.5)),
        ratio(ours.quantile(0.99), base.quantile(0.99)),
        base.rate() / ours.rate(),
    );
}

struct DoNothing;

#[serenity::async_trait]
impl serenity::EventHandler for DoNothing {
    async fn interaction_create(&self, ctx: serenity::Context, interaction: serenity::Interaction) {
        if let serenity::Interaction::Command(command) = interaction {
            let message = serenity::CreateInteractionResponseMessage::new().content("ok");
            let _ = command
                .create_response(&ctx.http, serenity::CreateInteractionResponse::Message(message))
                .await;
        }
    }
}
