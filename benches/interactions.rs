//! The bot end to end, through the tests' Discord stand-in on loopback: interactions answered
//! per second, and latency from INTERACTION_CREATE sent to the interaction callback received.
//! Our bot and a do-nothing serenity bot (which answers every interaction with a fixed message)
//! are measured in the same run, so that the cost of our own code shows as a ratio.
//!
//! Run with `cargo bench --bench interactions`.

#[path = "../tests/support/discord/mod.rs"]
mod discord;

use std::sync::Arc;
use std::time::{Duration, Instant};

use alliance_digest::config::Config;
use alliance_digest::discord::Bot;
use alliance_digest::Engine;
use discord::{permission, Invoker, StandIn};
use poise::serenity_prelude as serenity;
use tokio::sync::oneshot;

const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789AB";
const GUILD: u64 = 2_000_000_000_000_000_002;
const WARM_UP: usize = 300;
const SEQUENTIAL: usize = 3_000;
const BURSTS: usize = 5;
const BURST: usize = 1_000;

struct Figures {
    per_second: f64,
    p50: Duration,
    p99: Duration,
    max: Duration,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let standin = StandIn::start().await;
    // The OpenAPI check runs beside the bot on the same two cores: it is off here, so that
    // the figures are the bot's. The tests keep it on.
    standin.set_schema_checks(false);
    standin.add_guild(GUILD, "en-US");
    let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (data, locales) = (repo.join("data"), repo.join("locales"));
    let database = tempfile::tempdir().expect("a temporary folder");

    // Our bot, by the same calls as `alliance-digest run`.
    let url = standin.api_url();
    let database_url = format!("sqlite://{}", database.path().join("bench.db").display());
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
    let ours = tokio::spawn(bot.run_until_stopped(async move {
        let _ = stopped.await;
    }));
    wait_for_commands(&standin, 1).await;
    let military = |standin: &StandIn, n: usize| {
        let who =
            Invoker { user_id: 10_000 + n as u64, locale: "en-US".into(), permissions: permission::EVERYONE };
        standin.slash_command(Some(GUILD), &who, "alliance", Some("military"), &[])
    };
    let our_figures = measure(&standin, military).await;
    let _ = stop.send(());
    ours.await.expect("the bot task").expect("the bot stops cleanly");

    // The do-nothing bot: serenity alone, answering with a fixed message.
    let http = serenity::HttpBuilder::new(TOKEN).proxy(standin.api_url()).ratelimiter_disabled(true).build();
    let mut client = serenity::ClientBuilder::new_with_http(http, serenity::GatewayIntents::GUILDS)
        .event_handler(DoNothing)
        .await
        .expect("a client");
    let shard_manager = Arc::clone(&client.shard_manager);
    let identified = standin.identify_count();
    let baseline = tokio::spawn(async move { client.start_autosharded().await });
    while standin.identify_count() == identified {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    standin.wait_ready().await;
    let base_figures = measure(&standin, military).await;
    shard_manager.shutdown_all().await;
    baseline.abort();

    println!("\nEnd to end through the stand-in on loopback ({SEQUENTIAL} sequential, {BURSTS} bursts of {BURST}):");
    println!("| handler | answered per second | p50 | p99 | max |");
    println!("|---|---|---|---|---|");
    for (name, f) in
        [("ours: /alliance military", &our_figures), ("do-nothing serenity handler", &base_figures)]
    {
        println!("| {name} | {:.0} | {:?} | {:?} | {:?} |", f.per_second, f.p50, f.p99, f.max);
    }
    println!(
        "ratio ours / do-nothing: p50 {:.2}, p99 {:.2}, throughput {:.2}",
        ratio(our_figures.p50, base_figures.p50),
        ratio(our_figures.p99, base_figures.p99),
        base_figures.per_second / our_figures.per_second,
    );
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

async fn wait_for_commands(standin: &StandIn, count: usize) {
    while standin.registrations() < count {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    standin.wait_ready().await;
}

/// Latency one interaction at a time, then throughput in bursts.
async fn measure(standin: &StandIn, make: impl Fn(&StandIn, usize) -> serde_json::Value) -> Figures {
    for n in 0..WARM_UP {
        standin.interact(make(standin, n)).await;
    }
    let mut latencies = Vec::with_capacity(SEQUENTIAL);
    for n in 0..SEQUENTIAL {
        latencies.push(standin.interact(make(standin, n)).await.latency);
    }
    latencies.sort();
    let quantile = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    let mut per_second = Vec::new();
    for burst in 0..BURSTS {
        let interactions = (0..BURST).map(|n| make(standin, burst * BURST + n)).collect();
        let started = Instant::now();
        let answers = standin.interact_all(interactions).await;
        assert_eq!(answers.len(), BURST);
        per_second.push(BURST as f64 / started.elapsed().as_secs_f64());
    }
    per_second.sort_by(f64::total_cmp);
    Figures {
        per_second: per_second[per_second.len() / 2],
        p50: quantile(0.50),
        p99: quantile(0.99),
        max: *latencies.last().expect("latencies"),
    }
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
