//! Several `alliance-digest run` processes (the real binary) on one PostgreSQL database, each
//! running its own shards, against one Discord stand-in that enforces a global rate limit and
//! holds every request against Discord's OpenAPI description.

use crate::support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use alliance_digest::digests::model::{Subscription, Target, PERSONAL_PER_USER};
use alliance_digest::digests::schedule::{Frequency, Schedule};
use alliance_digest::languages::LanguageSetting;
use alliance_digest::storage::{self, Storage};
use chrono::{Timelike, Utc};
use serde_json::Value;
use support::bot::{admin, plain, user, TOKEN};
use support::discord::{shard_of, StandIn};
use support::postgres::TestDatabase;

const OVERVIEW_FR: &str = "L'alliance Russie–Corée du Nord en bref";
const OVERVIEW_EN: &str = "The Russia–North Korea alliance at a glance";
/// The stand-in's global limit.
const RATE: u32 = 25;
/// The processes' `DISCORD_RATE_LIMIT`, all together: three requests a second of headroom under the
/// stand-in's limit, for the jitter of a loaded 2-core machine between a slot and its request
/// reaching the stand-in (as an operator leaves headroom under Discord's).
const BOT_RATE: u32 = 22;
/// The claims' lease in these tests: short, so that a take-over shows soon.
const LEASE_SECONDS: u64 = 3;

/// A `run` process, killed when dropped.
struct Process {
    child: Child,
    shard: u32,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(standin: &StandIn, database: &str, shards: &str, log: &std::path::Path) -> Child {
    let mut command = bot("run", standin, database, log);
    command.env("DISCORD_SHARDS", shards).spawn().expect("the bot starts")
}

/// A `serve` replica on `addr`: no gateway, interactions posted to it.
fn start_replica(standin: &StandIn, database: &str, addr: &str, log: &std::path::Path) -> Child {
    let mut command = bot("serve", standin, database, log);
    command.env("HTTP_ADDR", addr).env("DISCORD_PUBLIC_KEY", support::discord::endpoint::public_key_hex());
    command.spawn().expect("the replica starts")
}

/// Two `serve` replicas, each logging to `replica-<n>.log`; returns once both are ready.
async fn start_replicas(
    standin: &StandIn,
    database: &str,
    logs: &std::path::Path,
) -> ([String; 2], Vec<Process>) {
    let addrs = [support::bot::free_addr(), support::bot::free_addr()];
    let replicas = addrs
        .iter()
        .enumerate()
        .map(|(n, addr)| {
            let log = logs.join(format!("replica-{n}.log"));
            Process { child: start_replica(standin, database, addr, &log), shard: n as u32 }
        })
        .collect();
    for addr in &addrs {
        wait_ready(addr).await;
    }
    (addrs, replicas)
}

/// Waits until a process's `/readyz` answers 200.
async fn wait_ready(addr: &str) {
    let ready = format!("http://{addr}/readyz");
    let deadline = Instant::now() + Duration::from_secs(20);
    while reqwest::get(&ready).await.map_or(true, |r| r.status() != 200) {
        assert!(Instant::now() < deadline, "{addr} not ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn bot(mode: &str, standin: &StandIn, database: &str, log: &std::path::Path) -> Command {
    let repo = support::repo();
    let mut command = Command::new(env!("CARGO_BIN_EXE_alliance-digest"));
    command
        .arg(mode)
        .current_dir(std::env::temp_dir())
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", standin.api_url())
        .env("DATABASE_URL", database)
        .env("DISCORD_RATE_LIMIT", BOT_RATE.to_string())
        .env("DIGEST_LEASE_SECONDS", LEASE_SECONDS.to_string())
        .env("ALLIANCE_DATA_DIR", repo.join("data"))
        .env("ALLIANCE_LOCALES_DIR", repo.join("locales"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).expect("a log file"));
    command
}

/// `count` processes, shards `0/count` to `count-1/count`, each logging to `<shard>.log`;
/// returns once every shard is connected and the commands are registered.
async fn start_all(standin: &StandIn, database: &str, count: u32, logs: &std::path::Path) -> Vec<Process> {
    // A bot whose shards may all identify at once (one bucket each): these tests are about the
    // digests, not the identify turns (see the test of those below).
    standin.set_gateway_bot(count, u64::from(count));
    let processes = (0..count)
        .map(|shard| {
            let log = logs.join(format!("{shard}.log"));
            Process { child: start(standin, database, &format!("{shard}/{count}"), &log), shard }
        })
        .collect();
    standin.wait_shards(count as usize).await;
    wait_for("the commands registered", Duration::from_secs(15), || standin.registrations() >= 1).await;
    processes
}

/// Servers spread over three shards, each with a digest channel; every tenth chose French.
fn servers(standin: &StandIn, count: u64) -> Vec<(u64, u64, bool)> {
    (0..count)
        .map(|n| {
            let guild = (1_000_000 + n) << 22 | 7;
            let locale = if n % 2 == 0 { "fr" } else { "en-US" };
            standin.add_guild(guild, locale);
            (guild, standin.add_channel(guild, "digests", 0), n % 2 == 0 || n % 10 == 1)
        })
        .collect()
}

/// Subscribes every server, daily at the minute just gone: all due at once.
async fn subscribe_all(store: &dyn Storage, servers: &[(u64, u64, bool)]) {
    let now = Utc::now();
    let due = now - chrono::Duration::minutes(1);
    let time = format!("{:02}:{:02}", due.hour(), due.minute());
    let schedule = Schedule::new(Frequency::Daily, &time, None, None, None).expect("a schedule");
    for (n, (guild, channel, _)) in servers.iter().enumerate() {
        if n % 10 == 1 {
            store.set_language(*guild, &LanguageSetting::Fixed("fr".into()), now).await.expect("a setting");
        }
        let subscription = Subscription {
            guild_locale: Some(if n % 2 == 0 { "fr" } else { "en-US" }.to_owned()),
            ..Subscription::new(*guild, *channel, schedule, due)
        };
        store.subscribe(&subscription, 10, now).await.expect("subscribed");
    }
}

/// Users with a personal digest, due at the minute just gone, every third reading French;
/// (user, DM channel, French).
async fn personal_all(standin: &StandIn, store: &dyn Storage, count: u64) -> Vec<(u64, u64, bool)> {
    let now = Utc::now();
    let due = now - chrono::Duration::minutes(1);
    let time = format!("{:02}:{:02}", due.hour(), due.minute());
    let schedule = Schedule::new(Frequency::Daily, &time, None, None, None).expect("a schedule");
    let mut users = Vec::new();
    for n in 0..count {
        let user = (2_000_000 + n) << 22 | 9;
        let dm = standin.dm_with(user);
        let french = n % 3 == 0;
        let locale = if french { "fr" } else { "en-US" };
        let personal = Subscription::personal(user, dm, schedule, locale, due);
        store.subscribe(&personal, PERSONAL_PER_USER, now).await.expect("subscribed");
        users.push((user, dm, french));
    }
    users
}

/// Every server got its digest exactly once, in its own channel and language (and every user
/// theirs, in their DM).
fn assert_each_once(standin: &StandIn, servers: &[(u64, u64, bool)]) {
    for (n, (_, channel, french)) in servers.iter().enumerate() {
        let posted = standin.channel_messages(*channel);
        assert_eq!(posted.len(), 1, "server {n}: once, not {}", posted.len());
        let nonce = posted[0].nonce.as_deref().expect("a nonce");
        let of = nonce.split_once('.').and_then(|(id, _)| u64::from_str_radix(id, 36).ok());
        assert_eq!(of, Some(*channel), "server {n}: its own digest in its channel");
        let title = support::bot::title(&posted[0].message);
        assert_eq!(title, if *french { OVERVIEW_FR } else { OVERVIEW_EN }, "server {n}: its language");
    }
}

/// The most requests the stand-in received in any one second since `since`, interaction
/// answers aside (as Discord counts them).
fn busiest_second(standin: &StandIn, since: Instant) -> usize {
    let times: Vec<Instant> = standin
        .requests()
        .iter()
        .filter(|r| r.at >= since)
        .filter(|r| !r.path.starts_with("/interactions/") && !r.path.starts_with("/webhooks/"))
        .map(|r| r.at)
        .collect();
    let mut sorted = times;
    sorted.sort();
    let mut busiest = 0;
    let mut first = 0;
    for last in 0..sorted.len() {
        while sorted[last].duration_since(sorted[first]) >= Duration::from_secs(1) {
            first += 1;
        }
        busiest = busiest.max(last - first + 1);
    }
    busiest
}

/// No second since `since` saw more requests than the stand-in's limit; else every request of
/// the window is printed, to see whose they were.
fn assert_within_rate(standin: &StandIn, since: Instant) {
    let busiest = busiest_second(standin, since);
    if busiest > RATE as usize {
        let requests = standin.requests();
        let mut window: Vec<_> = requests.iter().filter(|r| r.at >= since).collect();
        window.sort_by_key(|r| r.at);
        for r in &window {
            eprintln!(
                "{:>8.3} {} {} {}",
                r.at.duration_since(since).as_secs_f64(),
                r.method,
                r.path,
                r.status
            );
        }
    }
    assert!(busiest <= RATE as usize, "{busiest} requests in one second, over the limit of {RATE}");
}

async fn wait_for(what: &str, within: Duration, condition: impl Fn() -> bool) {
    let deadline = Instant::now() + within;
    while !condition() {
        assert!(Instant::now() < deadline, "{what}: not within {within:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn claims_of(pool: &sqlx::PgPool, pid: u32) -> Vec<i64> {
    sqlx::query_scalar("SELECT guild_id FROM digest_subscriptions WHERE claim_holder LIKE $1")
        .bind(format!("%:{pid}:%"))
        .fetch_all(pool)
        .await
        .expect("a read")
}

/// Discord's identify limit: shard `i` is in bucket `i % max_concurrency`, and a bucket may
/// IDENTIFY once per 5 seconds across every process of the bot. Four shards in two buckets,
/// split over two processes so that each bucket has a shard in each process: the processes
/// take turns through Postgres, and the two buckets go at the same time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_identify_once_per_bucket_every_five_seconds_and_the_buckets_together() {
    let _alone = support::HEAVY.lock().await;
    let database = TestDatabase::create().await;
    let standin = StandIn::start().await;
    standin.set_gateway_bot(4, 2);
    let logs = tempfile::tempdir().expect("a temporary folder");
    let _processes = [("0-1/4", 0), ("2-3/4", 2)].map(|(range, first)| {
        let log = logs.path().join(format!("{first}.log"));
        Process { child: start(&standin, &database.url(), range, &log), shard: first }
    });
    standin.wait_shards(4).await;
    let identifies = standin.identifies();
    let t0 = identifies.iter().map(|(_, at)| *at).min().unwrap();
    eprintln!(
        "FIGURES {:?}",
        identifies.iter().map(|(s, at)| (*s, (*at - t0).as_millis())).collect::<Vec<_>>()
    );
    let mut shards: Vec<u32> = identifies.iter().map(|(shard, _)| *shard).collect();
    shards.sort_unstable();
    assert_eq!(shards, [0, 1, 2, 3], "each shard identified once: {identifies:?}");
    // Discord's own rule (5 s): the turns are 5.5 s apart, the margin being for the time between
    // a turn taken and its IDENTIFY arriving.
    let limit = Duration::from_secs(5);
    let mut firsts = Vec::new();
    for bucket in 0..2 {
        let mut times: Vec<Instant> =
            identifies.iter().filter(|(shard, _)| shard % 2 == bucket).map(|(_, at)| *at).collect();
        times.sort_unstable();
        for pair in times.windows(2) {
            let apart = pair[1] - pair[0];
            assert!(apart >= limit, "bucket {bucket} identified twice {apart:?} apart: {identifies:?}");
        }
        firsts.push(times[0]);
    }
    let between = if firsts[0] > firsts[1] { firsts[0] - firsts[1] } else { firsts[1] - firsts[0] };
    assert!(between < limit, "the buckets' first identifies {between:?} apart: not concurrent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_processes_share_the_fan_out_and_take_over_a_killed_ones_claims() {
    let _alone = support::HEAVY.lock().await;
    let database = TestDatabase::create().await;
    let standin = StandIn::start().await;
    let servers = servers(&standin, 300);
    let logs = tempfile::tempdir().expect("a temporary folder");
    let mut processes = start_all(&standin, &database.url(), 3, logs.path()).await;

    // From here on, the digests' requests only (the starts' own requests are behind us).
    let fan_out = Instant::now();
    standin.set_faults(|f| f.global_rate = Some(RATE));
    let store = storage::open(&database.url()).await.expect("the database opens");
    subscribe_all(store.as_ref(), &servers).await;
    let users = personal_all(&standin, store.as_ref(), 30).await;
    let delivered = || servers.iter().filter(|(_, c, _)| !standin.channel_messages(*c).is_empty()).count();

    // Mid fan-out, shard 1's process dies with claims in hand.
    let pool = sqlx::PgPool::connect(&database.url()).await.expect("the database");
    let victim = processes.iter().position(|p| p.shard == 1).expect("shard 1");
    let pid = processes[victim].child.id();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(Instant::now() < deadline, "shard 1's process never held claims mid fan-out");
        if delivered() >= 60 && !claims_of(&pool, pid).await.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
    let killed_at = Instant::now();
    let _ = processes.remove(victim);
    let orphans = claims_of(&pool, pid).await;
    assert!(!orphans.is_empty() && delivered() < servers.len(), "killed mid fan-out");
    // Its claims are taken over once their lease has run out (plus a look every lease/3).
    loop {
        if claims_of(&pool, pid).await.is_empty() {
            break;
        }
        assert!(
            killed_at.elapsed() < Duration::from_secs(LEASE_SECONDS + 3),
            "the dead process's claims were not taken over within the lease"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    wait_for("every digest posted", Duration::from_secs(60), || delivered() == servers.len()).await;
    let sent = || users.iter().filter(|(_, dm, _)| !standin.channel_messages(*dm).is_empty()).count();
    wait_for("every personal digest sent", Duration::from_secs(60), || sent() == users.len()).await;
    tokio::time::sleep(Duration::from_secs(LEASE_SECONDS)).await;
    assert_each_once(&standin, &servers);
    assert_each_once(&standin, &users);
    assert_within_rate(&standin, fan_out);
    assert_eq!(standin.invalid_requests(), 0, "no request refused");

    // /language set through one process, a reply through another speaks the new language.
    let (guild, _, _) =
        *servers.iter().find(|(g, _, french)| !french && shard_of(*g, 3) == 2).expect("a server");
    let military = |who| standin.slash_command(Some(guild), &who, "alliance", Some("military"), &[]);
    let before = standin.interact_on_shard(0, military(user(11, "en-US"))).await.message();
    assert_eq!(title(&before), "Military cooperation");
    let set =
        standin.slash_command(Some(guild), &admin(12, "en-US"), "language", None, &[("value", "Français")]);
    let set = standin.interact_on_shard(2, set).await.message();
    assert!(plain(set["content"].as_str().unwrap_or_default()).contains("French"), "{set}");
    let after = standin.interact_on_shard(0, military(user(11, "en-US"))).await.message();
    assert_eq!(title(&after), "Coopération militaire", "the other process reads the new setting");

    let errors = standin.schema_errors();
    assert!(errors.is_empty(), "requests Discord would refuse: {errors:#?}");
    store.close().await;
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_serve_replicas_post_each_digest_once_and_share_the_settings() {
    let _alone = support::HEAVY.lock().await;
    let database = TestDatabase::create().await;
    let standin = StandIn::start().await;
    let servers = servers(&standin, 100);
    let logs = tempfile::tempdir().expect("a temporary folder");
    let (addrs, _replicas) = start_replicas(&standin, &database.url(), logs.path()).await;
    assert_eq!(standin.registrations(), 1, "one replica registered the commands");

    // The shared pacing is the three `run` processes' test; here, each digest once.
    let store = storage::open(&database.url()).await.expect("the database opens");
    subscribe_all(store.as_ref(), &servers).await;
    let users = personal_all(&standin, store.as_ref(), 30).await;
    let delivered = || servers.iter().filter(|(_, c, _)| !standin.channel_messages(*c).is_empty()).count();
    wait_for("every digest posted", Duration::from_secs(60), || delivered() == servers.len()).await;
    let sent = || users.iter().filter(|(_, dm, _)| !standin.channel_messages(*dm).is_empty()).count();
    wait_for("every personal digest sent", Duration::from_secs(60), || sent() == users.len()).await;
    tokio::time::sleep(Duration::from_secs(LEASE_SECONDS)).await;
    assert_each_once(&standin, &servers);
    assert_each_once(&standin, &users);

    // Behind a load balancer: /language through one replica, a reply through the other.
    let (guild, _, _) = *servers.iter().find(|(_, _, french)| !french).expect("an English server");
    let at = |addr: &str| format!("http://{addr}/interactions");
    let military = |who| standin.slash_command(Some(guild), &who, "alliance", Some("military"), &[]);
    standin.deliver_over_http(at(&addrs[0]));
    let set =
        standin.slash_command(Some(guild), &admin(12, "en-US"), "language", None, &[("value", "Français")]);
    // Captured as Discord sent it: the same body, validly signed.
    let captured_body = serde_json::to_vec(&set).expect("JSON");
    let timestamp = support::discord::endpoint::now();
    let signature = support::discord::endpoint::sign(
        &support::discord::endpoint::signing_key(),
        &timestamp,
        &captured_body,
    );
    let captured = [("x-signature-ed25519", signature), ("x-signature-timestamp", timestamp)];
    let set = standin.interact(set).await.message();
    assert!(plain(set["content"].as_str().unwrap_or_default()).contains("French"), "{set}");
    standin.deliver_over_http(at(&addrs[1]));
    let after = standin.interact(military(user(11, "en-US"))).await.message();
    assert_eq!(title(&after), "Coopération militaire", "the other replica reads the new setting");
    // An admin goes back to English; the captured `/language fr` replayed to the other replica
    // is refused, through the ids the replicas share in Postgres.
    let english =
        standin.slash_command(Some(guild), &admin(12, "en-US"), "language", None, &[("value", "English")]);
    standin.interact(english).await;
    let replica = support::discord::endpoint::Target::new(at(&addrs[1]));
    let replayed = replica.post_raw(&captured, captured_body).await;
    assert_eq!(replayed.status, 401, "the replay is refused by the replica that never saw it");
    let after = standin.interact(military(user(13, "en-US"))).await.message();
    assert_eq!(title(&after), "Military cooperation", "English stays");
    assert_eq!(standin.identify_count(), 0, "serve opens no gateway connection");
    let errors = standin.schema_errors();
    assert!(errors.is_empty(), "requests Discord would refuse: {errors:#?}");
    store.close().await;
}

fn title(message: &Value) -> String {
    support::bot::title(message)
}

/// A TCP proxy between the bots and PostgreSQL that the test cuts (every connection dropped,
/// new ones refused) and restores, as a Postgres restart looks from the bots.
struct Proxy {
    port: u16,
    down: std::sync::Arc<std::sync::atomic::AtomicBool>,
    connections: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
    server: tokio::task::JoinHandle<()>,
}

impl Proxy {
    async fn start() -> Proxy {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let port = listener.local_addr().expect("an address").port();
        let down = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let connections = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (is_down, tracked) = (down.clone(), connections.clone());
        let server = tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if is_down.load(std::sync::atomic::Ordering::SeqCst) {
                    continue;
                }
                let task = tokio::spawn(async move {
                    if let Ok(mut server) = tokio::net::TcpStream::connect("127.0.0.1:5432").await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                tracked.lock().expect("the list").push(task.abort_handle());
            }
        });
        Proxy { port, down, connections, server }
    }

    /// Postgres "stops": every connection through the proxy is dropped, and the server ends
    /// its side too (pg_terminate_backend); new connections are refused until `restore`.
    async fn cut(&self, database: &TestDatabase) {
        self.down.store(true, std::sync::atomic::Ordering::SeqCst);
        for task in self.connections.lock().expect("the list").drain(..) {
            task.abort();
        }
        let admin = sqlx::PgPool::connect(support::postgres::SERVER).await.expect("the server");
        sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
            .bind(&database.name)
            .execute(&admin)
            .await
            .expect("backends ended");
        admin.close().await;
    }

    fn restore(&self) {
        self.down.store(false, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.server.abort();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_restarting_mid_fan_out_loses_and_doubles_nothing() {
    let _alone = support::HEAVY.lock().await;
    let database = TestDatabase::create().await;
    let proxy = Proxy::start().await;
    let standin = StandIn::start().await;
    let servers = servers(&standin, 150);
    let logs = tempfile::tempdir().expect("a temporary folder");
    let through_proxy = database.url_via(proxy.port);
    // The schema first, straight to the server.
    let store = storage::open(&database.url()).await.expect("the database opens");
    let _processes = start_all(&standin, &through_proxy, 2, logs.path()).await;
    standin.set_faults(|f| f.global_rate = Some(RATE));
    subscribe_all(store.as_ref(), &servers).await;
    let delivered = || servers.iter().filter(|(_, c, _)| !standin.channel_messages(*c).is_empty()).count();
    wait_for("a third of the fan-out", Duration::from_secs(30), || delivered() >= 50).await;

    proxy.cut(&database).await;
    // Meanwhile, what needs the store gets the apology, in the user's language.
    let (guild, _, _) = servers[0];
    let status = standin.slash_command(Some(guild), &admin(13, "fr"), "digest", Some("status"), &[]);
    let answer = standin.interact(status).await.message();
    let text = plain(answer["content"].as_str().unwrap_or_default());
    assert!(text.starts_with("Désolé, un problème est survenu de notre côté."), "{text}");
    let during = delivered();
    tokio::time::sleep(Duration::from_secs(3)).await;
    proxy.restore();
    assert!(during < servers.len(), "the cut came mid fan-out");

    wait_for("every digest posted", Duration::from_secs(60), || delivered() == servers.len()).await;
    // Long enough for a claim left unrecorded to be taken over and settled.
    tokio::time::sleep(Duration::from_secs(LEASE_SECONDS * 2)).await;
    assert_each_once(&standin, &servers);
    let unsettled: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM digest_subscriptions WHERE last_outcome IS DISTINCT FROM 'posted'",
    )
    .fetch_one(&sqlx::PgPool::connect(&database.url()).await.expect("the database"))
    .await
    .expect("a count");
    assert_eq!(unsettled, 0, "every run recorded as posted once Postgres was back");
    let status = standin.slash_command(Some(guild), &admin(13, "en-US"), "digest", Some("status"), &[]);
    let answer = standin.interact(status).await.message();
    assert!(plain(answer["content"].as_str().unwrap_or_default()).contains(", posted: https://"), "{answer}");
    let errors = standin.schema_errors();
    assert!(errors.is_empty(), "requests Discord would refuse: {errors:#?}");
    store.close().await;
}

#[test]
fn a_postgres_that_cannot_be_reached_stops_run_with_a_clear_error() {
    let standin_url = "http://127.0.0.1:9";
    let repo = support::repo();
    let output = Command::new(env!("CARGO_BIN_EXE_alliance-digest"))
        .arg("run")
        .current_dir(std::env::temp_dir())
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", standin_url)
        .env("DATABASE_URL", "postgres://bot:hunter2@127.0.0.1:9/alliance")
        .env("ALLIANCE_DATA_DIR", repo.join("data"))
        .env("ALLIANCE_LOCALES_DIR", repo.join("locales"))
        .env_remove("RUST_LOG")
        .output()
        .expect("the binary runs");
    assert!(!output.status.success());
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("cannot open the database postgres://bot:***@127.0.0.1:9/alliance"), "{text}");
    assert!(!text.contains("hunter2"), "no password in the error: {text}");
}

/// What a subscription posts: a plain message, a message with its thread, a forum post.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Post,
    Thread,
    Forum,
}

/// Sends a signal to a process (`STOP`, `CONT`) with the system's `kill`.
fn signal(pid: u32, name: &str) {
    let sent = Command::new("kill").args([&format!("-{name}"), &pid.to_string()]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -{name} {pid}");
}

/// Resumes a frozen process when dropped, so that a failing test still ends it.
struct Frozen(u32);

impl Drop for Frozen {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-CONT", &self.0.to_string()]).status();
    }
}

/// Issue 17, item 1: a process frozen (SIGSTOP) past its lease, whose claims another process
/// took over and posted, sends nothing once it resumes: every Discord write of a digest is
/// fenced by its claim. The stand-in forgets nonces after 2 s (Discord: minutes), so that only
/// the fence, not the nonce, can keep a second post out; a forum post has no nonce at all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_frozen_past_its_lease_sends_nothing_for_the_claims_taken_over() {
    let _alone = support::HEAVY.lock().await;
    let database = TestDatabase::create().await;
    let standin = StandIn::start().await;
    standin.set_faults(|f| f.nonce_window = Duration::from_secs(2));
    let logs = tempfile::tempdir().expect("a temporary folder");
    let store = storage::open(&database.url()).await.expect("the database opens");
    let pool = sqlx::PgPool::connect(&database.url()).await.expect("the database");

    // Two `serve` replicas, ready: their digest workers are looking for due digests.
    let (_, replicas) = start_replicas(&standin, &database.url(), logs.path()).await;
    // Discord holds every request for 8 s (a global rate limit, in the shared pacer): the
    // replicas claim the digests falling due now and wait for their slot with them in hand.
    sqlx::query("UPDATE rate_limit SET next_slot = clock_timestamp() + interval '8 seconds' WHERE id = 1")
        .execute(&pool)
        .await
        .expect("the pacer held");
    let now = Utc::now();
    let due = now - chrono::Duration::minutes(1);
    let time = format!("{:02}:{:02}", due.hour(), due.minute());
    let schedule = Schedule::new(Frequency::Daily, &time, None, None, None).expect("a schedule");
    let mut digests = Vec::new();
    for n in 0..6u64 {
        let guild = (2_000_000 + n) << 22 | 7;
        standin.add_guild(guild, "en-US");
        let kind = [Kind::Post, Kind::Thread, Kind::Forum][n as usize % 3];
        let channel = match kind {
            Kind::Forum => standin.add_channel_spec(
                guild,
                support::discord::ChannelSpec { name: "forum".into(), kind: 15, ..Default::default() },
            ),
            _ => standin.add_channel(guild, "digests", 0),
        };
        let subscription = Subscription {
            guild_locale: Some("en-US".to_owned()),
            thread: kind == Kind::Thread,
            target: if kind == Kind::Forum { Target::Forum { tag: None } } else { Target::Text },
            ..Subscription::new(guild, channel, schedule, due)
        };
        store.subscribe(&subscription, 10, now).await.expect("subscribed");
        digests.push((channel, kind));
    }

    // Every digest claimed by a replica, its intent recorded: freeze both replicas.
    let pids: Vec<u32> = replicas.iter().map(|p| p.child.id()).collect();
    let deadline = Instant::now() + Duration::from_secs(6);
    loop {
        let (claimed, pending): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM digest_subscriptions WHERE claim_holder LIKE $1 OR claim_holder LIKE $2), \
             (SELECT count(*) FROM digest_deliveries WHERE state = 'pending')",
        )
        .bind(format!("%:{}:%", pids[0]))
        .bind(format!("%:{}:%", pids[1]))
        .fetch_one(&pool)
        .await
        .expect("a read");
        if claimed == 6 && pending == 6 {
            break;
        }
        assert!(Instant::now() < deadline, "the replicas did not claim every digest ({claimed}, {pending})");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let frozen: Vec<Frozen> = pids
        .iter()
        .map(|pid| {
            signal(*pid, "STOP");
            Frozen(*pid)
        })
        .collect();
    let writes = |standin: &StandIn| {
        standin
            .requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path.starts_with("/channels/"))
            .count()
    };
    assert_eq!(writes(&standin), 0, "frozen before any post (the held pacer kept them waiting)");
    // The `run` process starts now, with every digest claimed by a frozen replica; its first slot
    // comes after the hold.
    let run_log = logs.path().join("run.log");
    let _run =
        Process { child: bot("run", &standin, &database.url(), &run_log).spawn().expect("run"), shard: 9 };

    // Past the lease, the `run` process takes every claim over and posts.
    let posted = |standin: &StandIn| {
        digests
            .iter()
            .filter(|(channel, kind)| match kind {
                Kind::Forum => standin.threads().iter().any(|t| t.parent == *channel),
                _ => !standin.channel_messages(*channel).is_empty(),
            })
            .count()
    };
    wait_for("every digest posted by the run process", Duration::from_secs(30), || posted(&standin) == 6)
        .await;
    // Past the nonce window, the replicas wake up with their old claims in hand.
    tokio::time::sleep(Duration::from_secs(3)).await;
    drop(frozen);
    for pid in &pids {
        signal(*pid, "CONT");
    }
    // Long enough to renew, take a slot and post, had they still been allowed to.
    tokio::time::sleep(Duration::from_secs(LEASE_SECONDS * 2)).await;

    for (channel, kind) in &digests {
        let messages = standin.channel_messages(*channel).len();
        let threads = standin.threads().iter().filter(|t| t.parent == *channel).count();
        let sent = standin
            .requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path.starts_with(&format!("/channels/{channel}/")))
            .count();
        match kind {
            Kind::Post => assert_eq!((messages, threads, sent), (1, 0, 1), "{kind:?} {channel}: one post"),
            // The post, then its thread.
            Kind::Thread => {
                assert_eq!((messages, threads, sent), (1, 1, 2), "{kind:?} {channel}: one of each")
            }
            Kind::Forum => assert_eq!((threads, sent), (1, 1), "{kind:?} {channel}: one forum post"),
        }
    }
    let unsettled: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM digest_subscriptions WHERE last_outcome IS DISTINCT FROM 'posted'",
    )
    .fetch_one(&pool)
    .await
    .expect("a count");
    assert_eq!(unsettled, 0, "every run recorded as posted, once");
    let said: String = (0..2)
        .map(|n| std::fs::read_to_string(logs.path().join(format!("replica-{n}.log"))).unwrap_or_default())
        .collect();
    assert!(said.contains("nothing more"), "the resumed replicas say they sent nothing: {said}");
    let errors = standin.schema_errors();
    assert!(errors.is_empty(), "requests Discord would refuse: {errors:#?}");
    store.close().await;
    pool.close().await;
}

/// Sets whether every new session of a test database is read-only, and ends its sessions, so
/// that the bots' pools reconnect under the new setting (a failover onto a read-only replica).
async fn set_read_only(database: &TestDatabase, read_only: bool) {
    let admin = sqlx::PgPool::connect(support::postgres::SERVER).await.expect("the server");
    let value = if read_only { "on" } else { "off" };
    let alter = format!("ALTER DATABASE {} SET default_transaction_read_only = {value}", database.name);
    sqlx::query(&alter).execute(&admin).await.expect("the setting changed");
    sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
        .bind(&database.name)
        .execute(&admin)
        .await
        .expect("sessions ended");
    admin.close().await;
}

/// `/readyz`'s status and body.
async fn readyz(addr: &str) -> Option<(u16, String)> {
    let response = reqwest::get(format!("http://{addr}/readyz")).await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.ok()?))
}

/// Issue 17, item 4: a store that answers reads and refuses writes (a database turned
/// read-only) makes `/readyz` say so, and ready again once it takes writes; the digest workers'
/// failing claims are logged once, with their cause, not by each worker at each look.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_that_refuses_writes_is_not_ready_and_logged_once_a_minute() {
    let _alone = support::HEAVY.lock().await;
    let database = TestDatabase::create().await;
    let standin = StandIn::start().await;
    let logs = tempfile::tempdir().expect("a temporary folder");
    let addr = support::bot::free_addr();
    let log = logs.path().join("replica.log");
    let _replica = Process { child: start_replica(&standin, &database.url(), &addr, &log), shard: 0 };
    wait_ready(&addr).await;
    let before = std::fs::read_to_string(&log).unwrap_or_default().len();

    set_read_only(&database, true).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let answer = loop {
        let answer = readyz(&addr).await;
        if answer.as_ref().is_some_and(|(status, _)| *status == 503) || Instant::now() > deadline {
            break answer;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(answer, Some((503, "not ready: the store refuses writes\n".to_owned())));
    // Eight workers look every second (a third of the 3 s lease): for 5 s, one line.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let said = std::fs::read_to_string(&log).unwrap_or_default()[before..].to_owned();
    let lines: Vec<&str> = said.lines().filter(|l| l.contains("cannot claim the due digests")).collect();
    assert_eq!(lines.len(), 1, "once, not per worker and look: {said}");
    assert!(lines[0].contains("read-only transaction"), "with its cause: {said}");
    assert_eq!(readyz(&addr).await.map(|(status, _)| status), Some(503), "still refusing");

    set_read_only(&database, false).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while readyz(&addr).await.map(|(status, _)| status) != Some(200) {
        assert!(Instant::now() < deadline, "ready again once the store takes writes");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let said = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(said.contains("the store takes writes again"), "{said}");
}
