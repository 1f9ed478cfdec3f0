//! `alliance-digest serve` on loopback, in two measurements, each alternating its contenders in
//! rounds so that whatever else the machine does weighs on both alike:
//!
//! 1. Signed interactions posted straight to `/interactions`: `serve` answering
//!    `/alliance military` (a real reply) against a bare HTTP handler that only verifies the
//!    signature (the same serenity `Verifier`) and returns a fixed reply. Latency from the
//!    request sent to the response read, one at a time; throughput with 32 requests in flight.
//! 2. `run` against `serve` on the same work, through the tests' Discord stand-in: for `run`,
//!    INTERACTION_CREATE on the gateway to the callback over REST; for `serve`, the signed POST
//!    to the response body.
//!
//! Run with `cargo bench --bench serve`.

#[path = "../tests/it/support/discord/mod.rs"]
mod discord;
#[path = "support/figures.rs"]
mod figures;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use alliance_digest::config::Config;
use alliance_digest::discord::Bot;
use alliance_digest::Engine;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use discord::endpoint::{self, Target};
use discord::{permission, Invoker, StandIn};
use figures::{ratio, table, Figures};
use poise::serenity_prelude as serenity;
use serde_json::Value;
use tokio::sync::oneshot;

const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789AB";
const GUILD: u64 = 2_000_000_000_000_000_002;
const WARM_UP: usize = 500;
const ROUNDS: usize = 8;
const SEQUENTIAL: usize = 4_000;
const BURST: usize = 2_000;
const IN_FLIGHT: usize = 32;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (data, locales) = (repo.join("data"), repo.join("locales"));
    let folder = tempfile::tempdir().expect("a temporary folder");

    let serve_standin = standin().await;
    let serve_addr = free_addr();
    let (serve_stop, serve_bot) =
        start(&serve_standin, &data, &locales, &folder, "serve", Some(serve_addr)).await;
    let bare_addr = bare_handler().await;
    serve_standin.deliver_over_http(format!("http://{serve_addr}/interactions"));

    // 1. serve against the bare handler, straight.
    let body = serde_json::to_vec(&military(&serve_standin, 0)).expect("JSON");
    let serve = Target::new(format!("http://{serve_addr}/interactions"));
    let bare = Target::new(format!("http://{bare_addr}/interactions"));
    for _ in 0..WARM_UP {
        assert_eq!(serve.post_signed(body.clone()).await.status, 200);
        assert_eq!(bare.post_signed(body.clone()).await.status, 200);
    }
    let (mut ours, mut base) = (Figures::default(), Figures::default());
    for _ in 0..ROUNDS {
        for (target, figures) in [(&serve, &mut ours), (&bare, &mut base)] {
            for _ in 0..SEQUENTIAL / ROUNDS {
                let started = Instant::now();
                let reply = target.post_signed(body.clone()).await;
                figures.latencies.push(started.elapsed());
                assert_eq!(reply.status, 200);
            }
            figures.per_second.push(burst(target, &body).await);
        }
    }
    let reply: Value = serde_json::from_slice(&serve.post_signed(body.clone()).await.body).expect("JSON");
    assert_eq!(reply["data"]["embeds"][0]["title"], "Military cooperation", "a real reply");
    table(
        &format!("Signed interactions straight to /interactions on loopback ({SEQUENTIAL} one at a time, {ROUNDS} bursts of {BURST} with {IN_FLIGHT} in flight, alternating)"),
        [("serve: /alliance military", &mut ours), ("bare handler: verify, fixed reply", &mut base)],
    );
    println!(
        "serve / bare: throughput {:.2}, p50 {:.2}, p99 {:.2}",
        ours.rate() / base.rate(),
        ratio(ours.quantile(0.5), base.quantile(0.5)),
        ratio(ours.quantile(0.99), base.quantile(0.99)),
    );

    // 2. run against serve, through the stand-in.
    let run_standin = standin().await;
    let (run_stop, run_bot) = start(&run_standin, &data, &locales, &folder, "run", None).await;
    run_standin.wait_ready().await;
    let (mut run, mut served) = (Figures::default(), Figures::default());
    for n in 0..WARM_UP {
        run_standin.interact(military(&run_standin, n)).await;
        serve_standin.interact(military(&serve_standin, n)).await;
    }
    for round in 0..ROUNDS {
        for (standin, figures) in [(&run_standin, &mut run), (&serve_standin, &mut served)] {
            for n in 0..SEQUENTIAL / ROUNDS / 2 {
                figures
                    .latencies
                    .push(standin.interact(military(standin, round * SEQUENTIAL + n)).await.latency);
            }
            let interactions = (0..BURST / 2).map(|n| military(standin, round * BURST + n)).collect();
            let started = Instant::now();
            let answers = standin.interact_all(interactions).await;
            assert_eq!(answers.len(), BURST / 2);
            figures.per_second.push((BURST / 2) as f64 / started.elapsed().as_secs_f64());
        }
    }
    table(
        &format!(
            "run against serve, through the stand-in ({} one at a time, {ROUNDS} bursts of {}, alternating)",
            SEQUENTIAL / 2,
            BURST / 2
        ),
        [("run (gateway)", &mut run), ("serve (HTTP)", &mut served)],
    );

    for (stop, bot) in [(serve_stop, serve_bot), (run_stop, run_bot)] {
        let _ = stop.send(());
        bot.await.expect("the bot task").expect("the bot stops cleanly");
    }
}

async fn standin() -> StandIn {
    let standin = StandIn::start().await;
    // The OpenAPI check would run beside the bots on the same two cores: off here.
    standin.set_schema_checks(false);
    standin.add_guild(GUILD, "en-US");
    standin
}

fn free_addr() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("an address")
}

/// Starts our bot as `run` or `serve` does, on a database of its own, and waits until it has
/// registered its commands (and, for `serve`, until it is ready).
async fn start(
    standin: &StandIn,
    data: &std::path::Path,
    locales: &std::path::Path,
    folder: &tempfile::TempDir,
    mode: &str,
    addr: Option<SocketAddr>,
) -> (oneshot::Sender<()>, tokio::task::JoinHandle<Result<(), alliance_digest::discord::BotError>>) {
    let url = standin.api_url();
    let database_url = format!("sqlite://{}", folder.path().join(format!("{mode}.db")).display());
    let (addr_text, key) = (addr.map(|a| a.to_string()), endpoint::public_key_hex());
    let lookup = |name: &str| match name {
        "DISCORD_TOKEN" => Some(TOKEN.to_owned()),
        "DISCORD_API_URL" => Some(url.clone()),
        "DATABASE_URL" => Some(database_url.clone()),
        "HTTP_ADDR" => addr_text.clone(),
        "DISCORD_PUBLIC_KEY" => Some(key.clone()),
        _ => None,
    };
    let config = Config::from_lookup(lookup, data.to_owned(), locales.to_owned()).expect("a configuration");
    let (engine, _) = Engine::load(data, locales).expect("the store loads");
    let bot = Bot::build(config, engine).await.expect("the bot builds");
    let (stop, stopped) = oneshot::channel::<()>();
    let shutdown = async move {
        let _ = stopped.await;
    };
    let task = match mode {
        "serve" => tokio::spawn(bot.serve_until_stopped(shutdown)),
        _ => tokio::spawn(bot.run_until_stopped(shutdown)),
    };
    while standin.registrations() == 0 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    if let Some(addr) = addr {
        while reqwest::get(format!("http://{addr}/readyz")).await.map_or(true, |r| r.status() != 200) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    (stop, task)
}

/// `/alliance military` as Discord sends it.
fn military(standin: &StandIn, n: usize) -> Value {
    let who =
        Invoker { user_id: 10_000 + n as u64, locale: "en-US".into(), permissions: permission::EVERYONE };
    standin.slash_command(Some(GUILD), &who, "alliance", Some("military"), &[])
}

/// The bare handler: the signature checked as `serve` checks it, then a fixed reply.
async fn bare_handler() -> SocketAddr {
    let key: [u8; 32] = endpoint::signing_key().verifying_key().to_bytes();
    let verifier = Arc::new(serenity::interactions_endpoint::Verifier::try_new(key).expect("a key"));
    let handler = move |headers: HeaderMap, body: Bytes| {
        let verifier = Arc::clone(&verifier);
        async move {
            let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default();
            let timestamp = header("x-signature-timestamp");
            let fresh =
                timestamp.parse::<i64>().is_ok_and(|t| (chrono::Utc::now().timestamp() - t).abs() <= 300);
            if !fresh || verifier.verify(header("x-signature-ed25519"), timestamp, &body).is_err() {
                return StatusCode::UNAUTHORIZED.into_response();
            }
            let reply = br#"{"type":4,"data":{"content":"ok"}}"#;
            ([(axum::http::header::CONTENT_TYPE, "application/json")], &reply[..]).into_response()
        }
    };
    let app = axum::Router::new().route("/interactions", axum::routing::post(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let addr = listener.local_addr().expect("an address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    addr
}

/// Signed interactions per second with [`IN_FLIGHT`] requests in flight.
async fn burst(target: &Target, body: &[u8]) -> f64 {
    let started = Instant::now();
    let workers: Vec<_> = (0..IN_FLIGHT)
        .map(|_| {
            let (target, body) = (target.clone(), body.to_vec());
            tokio::spawn(async move {
                for _ in 0..BURST / IN_FLIGHT {
                    assert_eq!(target.post_signed(body.clone()).await.status, 200);
                }
            })
        })
        .collect();
    for worker in workers {
        worker.await.expect("a worker");
    }
    (BURST / IN_FLIGHT * IN_FLIGHT) as f64 / started.elapsed().as_secs_f64()
}
