//! Health checks and metrics on HTTP_ADDR, as an orchestrator and Prometheus see them: /healthz
//! answers as soon as the process runs, /readyz is 503 until every shard of the process is
//! connected and 200 after, 503 again from the start of shutdown; /metrics parses as Prometheus text and its counters move with the traffic sent.

use crate::support;

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;
use std::time::Duration;

use alliance_digest::digests::scheduler::Clock;
use alliance_digest::Engine;
use prometheus_parse::{Sample, Scrape, Value};
use support::bot::{admin, user, World, EN_GUILD, FR_GUILD, TOKEN};
use support::clock::ManualClock;

const MILITARY: (&str, Option<&str>, &[(&str, &str)]) = ("alliance", Some("military"), &[]);

/// A port nothing listens on yet.
fn free_address() -> SocketAddr {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port")
}

async fn get(url: &str) -> Option<(u16, String)> {
    let response = reqwest::get(url).await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.ok()?))
}

/// Asks `url` every 20 ms, for up to 5 s, until it answers `status`; the last answer.
async fn poll(url: &str, status: u16) -> Option<(u16, String)> {
    let mut last = None;
    for _ in 0..250 {
        last = get(url).await;
        if last.as_ref().is_some_and(|(got, _)| *got == status) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    last
}

async fn scrape(addr: SocketAddr) -> Scrape {
    let (status, text) = get(&format!("http://{addr}/metrics")).await.expect("/metrics answers");
    assert_eq!(status, 200);
    Scrape::parse(text.lines().map(|line| Ok(line.to_owned()))).expect("Prometheus text")
}

/// The samples of a metric that carry these labels.
fn samples<'a>(
    scrape: &'a Scrape,
    metric: &'a str,
    labels: &'a [(&str, &str)],
) -> impl Iterator<Item = &'a Sample> {
    scrape
        .samples
        .iter()
        .filter(move |s| s.metric == metric && labels.iter().all(|(k, v)| s.labels.get(k) == Some(*v)))
}

/// The value of a counter or gauge with these labels, 0 when absent.
fn value(scrape: &Scrape, metric: &str, labels: &[(&str, &str)]) -> f64 {
    samples(scrape, metric, labels)
        .map(|s| match &s.value {
            Value::Counter(v) | Value::Gauge(v) | Value::Untyped(v) => *v,
            other => panic!("{metric} is not a counter or gauge: {other:?}"),
        })
        .sum()
}

/// How many observations a histogram with these labels holds (its +Inf bucket), 0 when absent.
fn observations(scrape: &Scrape, metric: &str, labels: &[(&str, &str)]) -> f64 {
    samples(scrape, metric, labels)
        .map(|s| match &s.value {
            Value::Histogram(buckets) => {
                assert!(buckets.len() > 5, "a histogram with buckets: {buckets:?}");
                buckets.iter().find(|b| b.less_than.is_infinite()).map_or(0.0, |b| b.count)
            }
            other => panic!("{metric} is not a histogram: {other:?}"),
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_is_503_while_the_gateway_is_not_reached_though_healthz_answers() {
    // A Discord API that accepts connections and never answers: the bot stays starting.
    let silent = TcpListener::bind("127.0.0.1:0").expect("a listener");
    let api = format!("http://{}", silent.local_addr().expect("an address"));
    let addr = free_address();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = format!("sqlite://{}", folder.path().join("bot.db").display());
    let mut child = spawn_run(
        &api,
        folder.path(),
        &[("DATABASE_URL", database.as_str()), ("HTTP_ADDR", &addr.to_string())],
    );
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let health = loop {
        if let Some(answer) = get(&format!("http://{addr}/healthz")).await {
            break answer;
        }
        assert!(std::time::Instant::now() < deadline, "/healthz never answered");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let ready = get(&format!("http://{addr}/readyz")).await;
    let metrics = get(&format!("http://{addr}/metrics")).await;
    let _ = child.kill();
    let _ = child.wait();
    drop(silent);
    assert_eq!(health, (200, "ok\n".to_owned()));
    assert_eq!(ready, Some((503, "not ready: starting\n".to_owned())));
    let metrics = metrics.expect("/metrics answers").1;
    let scrape = Scrape::parse(metrics.lines().map(|l| Ok(l.to_owned()))).expect("Prometheus text");
    let repo = support::repo();
    let (engine, _) = Engine::load(&repo.join("data"), &repo.join("locales")).expect("the bundled store");
    let summary = engine.summary();
    assert_eq!(value(&scrape, "alliance_facts_loaded", &[]), summary.facts as f64, "{metrics}");
    assert_eq!(value(&scrape, "alliance_languages_loaded", &[]), summary.languages.len() as f64, "{metrics}");
}

/// The metrics are the process's own (one recorder per process, as Prometheus scrapes one
/// process): the bot runs as its own process here, so that the bots of the other tests running
/// meanwhile in this test binary do not move its counters.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_is_200_once_connected_and_metrics_count_the_traffic() {
    let world = World::new().await;
    let addr = free_address();
    let database = world.database_url();
    let child = spawn_run(
        &world.standin.api_url(),
        world.database.path(),
        &[("DATABASE_URL", database.as_str()), ("HTTP_ADDR", &addr.to_string())],
    );
    let mut bot = Killed(child);
    world.standin.wait_ready().await;
    world.standin.wait_commands().await;
    let ready = format!("http://{addr}/readyz");
    assert_eq!(poll(&ready, 200).await, Some((200, "ready\n".to_owned())));

    let before = scrape(addr).await;
    let labels = [("command", "/alliance military"), ("outcome", "answered")];
    for n in 0..5 {
        world.command(Some(FR_GUILD), &user(70 + n, "fr"), MILITARY).await;
    }
    let dm = ("language", None, &[("value", "Français")][..]);
    world.command(None, &user(80, "fr"), dm).await;
    // The counters move when the answer is sent, a moment after the user sees it.
    let moved = || async {
        let after = scrape(addr).await;
        value(&after, "alliance_interactions_total", &labels)
            - value(&before, "alliance_interactions_total", &labels)
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while moved().await < 5.0 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let after = scrape(addr).await;
    let delta = |metric| value(&after, metric, &labels) - value(&before, metric, &labels);
    assert_eq!(delta("alliance_interactions_total"), 5.0);
    let latency = "alliance_interaction_duration_seconds";
    let command = &labels[..1];
    assert_eq!(observations(&after, latency, command) - observations(&before, latency, command), 5.0);
    let refused = [("command", "/language"), ("reason", "guild_only")];
    assert!(
        value(&after, "alliance_interaction_errors_total", &refused)
            > value(&before, "alliance_interaction_errors_total", &refused),
        "a /language in a DM counts as refused"
    );
    let by_outcome = [("command", "/language"), ("outcome", "guild_only")];
    assert!(
        value(&after, "alliance_interactions_total", &by_outcome)
            > value(&before, "alliance_interactions_total", &by_outcome),
        "and its outcome says why"
    );
    assert_eq!(value(&after, "alliance_shards_connected", &[]), value(&after, "alliance_shards", &[]));
    assert!(value(&after, "alliance_shards", &[]) >= 1.0);

    bot.stop();
    assert_eq!(get(&ready).await, None, "the server is closed once the bot has stopped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_is_503_from_the_start_of_shutdown_while_work_in_flight_drains() {
    let world = World::new().await;
    let addr = free_address();
    let clock = ManualClock::starting_at("2026-11-24T07:59:00Z");
    let config = world.config(&[("HTTP_ADDR", &addr.to_string())]);
    let bot = {
        let clock: Arc<dyn Clock> = Arc::clone(&clock) as Arc<dyn Clock>;
        world.start_bot_with(config, move |bot| bot.with_clock(clock)).await
    };
    let channel = world.standin.add_channel(EN_GUILD, "digests", 0);
    let channel_option = channel.to_string();
    let options = [("channel", channel_option.as_str()), ("frequency", "daily"), ("time", "08:00")];
    world.command(Some(EN_GUILD), &admin(90, "en-US"), ("digest", Some("subscribe"), &options)).await;
    let ready = format!("http://{addr}/readyz");
    // A digest Discord takes but never confirms: the bot has work in flight when it is stopped.
    world.standin.set_faults(|f| f.swallow_posts = true);
    clock.set("2026-11-24T08:00:00Z");
    world.standin.wait_channel_messages(channel, 1).await;
    assert_eq!(get(&ready).await.map(|(status, _)| status), Some(200));
    let sent = [("kind", "digest_post")];
    assert!(
        value(&scrape(addr).await, "alliance_discord_requests_total", &sent) >= 1.0,
        "the post is counted"
    );

    let stopping = tokio::spawn(bot.stop());
    assert_eq!(poll(&ready, 503).await, Some((503, "not ready: stopping\n".to_owned())));
    stopping.await.expect("the bot stops");
    assert_eq!(get(&ready).await, None);
}

/// A process whose two shards share one identify bucket (`max_concurrency` 1) starts the second
/// 5.5 s after the first: meanwhile it is not ready, though its first shard is connected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_waits_for_every_shard_of_the_process_including_one_waiting_for_its_identify_turn() {
    let standin = support::discord::StandIn::start().await;
    standin.add_guild(FR_GUILD, "fr");
    standin.set_gateway_bot(2, 1);
    let addr = free_address();
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = format!("sqlite://{}", folder.path().join("bot.db").display());
    let child = spawn_run(
        &standin.api_url(),
        folder.path(),
        &[("DATABASE_URL", database.as_str()), ("HTTP_ADDR", &addr.to_string()), ("DISCORD_SHARDS", "0-1/2")],
    );
    let _killed = Killed(child);
    let ready = format!("http://{addr}/readyz");
    standin.wait_shards(1).await;
    let waiting = get(&ready).await;
    standin.wait_shards(2).await;
    assert_eq!(waiting, Some((503, "not ready: a shard is not connected\n".to_owned())));
    assert_eq!(poll(&ready, 200).await, Some((200, "ready\n".to_owned())));
    let identifies = standin.identifies();
    assert_eq!(identifies.len(), 2);
    let apart = identifies[1].1 - identifies[0].1;
    assert!(apart >= Duration::from_secs(5), "one bucket: identifies {apart:?} apart");
}

/// `alliance-digest run` against `api`, in `folder`, on the bundled facts and languages, its
/// log dropped; `settings` add to (or replace) the token and the API's address.
fn spawn_run(api: &str, folder: &std::path::Path, settings: &[(&str, &str)]) -> std::process::Child {
    let repo = support::repo();
    std::process::Command::new(env!("CARGO_BIN_EXE_alliance-digest"))
        .arg("run")
        .current_dir(folder)
        .env_remove("RUST_LOG")
        .envs([("DISCORD_TOKEN", TOKEN), ("DISCORD_API_URL", api)])
        .envs(settings.iter().copied())
        .env("ALLIANCE_DATA_DIR", repo.join("data"))
        .env("ALLIANCE_LOCALES_DIR", repo.join("locales"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the binary starts")
}

/// A child process, killed when the test ends, however it ends.
struct Killed(std::process::Child);

impl Killed {
    /// Asks the process to stop, as an orchestrator does (SIGTERM), and waits until it has.
    fn stop(&mut self) {
        let term = std::process::Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        assert!(term.is_ok_and(|s| s.success()), "SIGTERM sent");
        let status = self.0.wait().expect("the bot stops");
        assert!(status.success(), "the bot stops cleanly on SIGTERM: {status}");
    }
}

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
