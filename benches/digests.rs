//! Fan-out of due digests against the tests' Discord stand-in, which enforces a global rate
//! limit: posts per second achieved (all processes together) as a fraction of that limit, 429s,
//! duplicates, and each process's CPU time and peak memory. The bot is the real
//! `alliance-digest run`, in processes of their own (so that CPU and memory are their own),
//! with every digest due when they start.
//!
//! Run with `cargo bench --bench digests` (BENCH_DIGESTS, default 10000; BENCH_RATE, default 50;
//! BENCH_STORE, `sqlite` (default) or `postgres`; BENCH_PROCESSES, default 1, each running its
//! share of the shards (a shard per 2,500 servers, as Discord requires), on Postgres only;
//! BENCH_LEASE, the processes' DIGEST_LEASE_SECONDS, default 30; BENCH_BOT_LOG, the bots'
//! RUST_LOG, default `error`; BENCH_WRAP, a profiler to start each bot under, e.g.
//! `heaptrack -o /tmp/digests`; BENCH_SHOW_WINDOW, every request of the second before each 429).
//!
//! With BENCH_FREEZE_SECONDS (several processes on Postgres), the second process is frozen
//! (SIGSTOP) for that long once a third of the digests are posted and it holds claims, then
//! resumed; the stand-in forgets nonces after 2 s instead of minutes, so that only the claims'
//! fence keeps a resumed process from posting what the others took over. The benchmark then
//! also says how long the take-over took and how many digests were posted twice.

#[path = "../tests/it/support/discord/mod.rs"]
mod discord;
#[path = "../tests/it/support/postgres.rs"]
mod postgres;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use alliance_digest::digests::model::Subscription;
use alliance_digest::digests::schedule::{Frequency, Schedule};
use alliance_digest::storage;
use chrono::{Timelike, Utc};
use discord::StandIn;

const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789AB";

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// User and system CPU time of a process, from /proc (in clock ticks of 1/100 s).
fn cpu(pid: u32) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// A field of /proc/<pid>/status, in kB.
fn memory(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The bot's process, killed if the benchmark stops early.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The most servers Discord lets one shard hold.
const SERVERS_PER_SHARD: u32 = 2_500;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let count = setting("BENCH_DIGESTS", 10_000) as usize;
    let rate = setting("BENCH_RATE", 50) as u32;
    let on_postgres = std::env::var("BENCH_STORE").is_ok_and(|s| s == "postgres");
    let processes = if on_postgres { setting("BENCH_PROCESSES", 1).max(1) as u32 } else { 1 };
    let lease = setting("BENCH_LEASE", 30);
    let freeze = Duration::from_secs(if processes > 1 { setting("BENCH_FREEZE_SECONDS", 0) } else { 0 });
    let standin = StandIn::start().await;
    if !freeze.is_zero() {
        standin.set_faults(|f| f.nonce_window = Duration::from_secs(2));
    }
    let channels: Vec<(u64, u64)> = (0..count as u64)
        .map(|n| {
            // Snowflakes a shard apart: servers spread over the shards as Discord's are.
            let guild = 5_000_000_000_000_000_000 + (n << 22);
            standin.add_guild(guild, if n % 2 == 0 { "fr" } else { "en-US" });
            (guild, standin.add_channel(guild, "digests", 0))
        })
        .collect();

    // Every server subscribed, daily at the minute just gone: all due at start.
    let folder = tempfile::tempdir().expect("a temporary folder");
    let pg = if on_postgres { Some(postgres::TestDatabase::create().await) } else { None };
    let database = match &pg {
        Some(db) => db.url(),
        None => format!("sqlite://{}", folder.path().join("bench.db").display()),
    };
    let storage = storage::open(&database).await.expect("the database opens");
    let now = Utc::now();
    let due = now - chrono::Duration::minutes(1);
    let time = format!("{:02}:{:02}", due.hour(), due.minute());
    let schedule = Schedule::new(Frequency::Daily, &time, None, None, None).expect("a schedule");
    for (guild, channel) in &channels {
        let subscription = Subscription::new(*guild, *channel, schedule, due);
        storage.subscribe(&subscription, 10, now).await.expect("subscribed");
    }
    storage.close().await;

    // Discord requires a shard per 2,500 servers at most, and identifies one shard every 5 s
    // (max_concurrency 1): so many shards, shared evenly by the processes.
    let per_process = (count as u32).div_ceil(SERVERS_PER_SHARD).div_ceil(processes).max(1);
    let total_shards = per_process * processes;
    standin.set_gateway_bot(total_shards, 1);
    standin.set_faults(|f| f.global_rate = Some(rate));
    // The stand-in's checks against Discord's OpenAPI description compile a schema at a route's
    // first request, on the stand-in's own threads: requests arriving meanwhile would be
    // stamped late, together, and counted against the limit as a burst that the bot never
    // sent. The tests hold every request against the description; this measures the pacing.
    standin.set_schema_checks(false);
    let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bots: Vec<Child> = (0..processes)
        .map(|shard| {
            let binary = env!("CARGO_BIN_EXE_alliance-digest");
            // A profiler to start the bot under (`BENCH_WRAP="heaptrack -o /tmp/digests"`): its
            // own figures then; the RSS column is the profiler's.
            let wrap = std::env::var("BENCH_WRAP").unwrap_or_default();
            let mut words = wrap.split_whitespace();
            let mut command = match words.next() {
                Some(profiler) => {
                    let mut command = Command::new(profiler);
                    command.args(words).arg(binary);
                    command
                }
                None => Command::new(binary),
            };
            command
                .arg("run")
                .env("DISCORD_TOKEN", TOKEN)
                .env("DISCORD_API_URL", standin.api_url())
                .env("DATABASE_URL", &database)
                .env("DISCORD_RATE_LIMIT", rate.to_string())
                .env("DIGEST_LEASE_SECONDS", lease.to_string())
                .env("ALLIANCE_DATA_DIR", repo.join("data"))
                .env("ALLIANCE_LOCALES_DIR", repo.join("locales"))
                .env("RUST_LOG", std::env::var("BENCH_BOT_LOG").unwrap_or_else(|_| "error".to_owned()))
                .stdout(Stdio::null())
                .stderr(Stdio::inherit());
            let (first, last) = (shard * per_process, (shard + 1) * per_process - 1);
            command.env("DISCORD_SHARDS", format!("{first}-{last}/{total_shards}"));
            command.spawn().map(Child).expect("the bot starts")
        })
        .collect();
    let pids: Vec<u32> = bots.iter().map(|b| b.0.id()).collect();
    let started = Instant::now();

    let posted = || standin.channels_with_posts();
    let mut first: Option<Vec<Duration>> = None;
    let mut peaks = vec![0u64; pids.len()];
    let pool = match &pg {
        Some(db) if !freeze.is_zero() => Some(sqlx::PgPool::connect(&db.url()).await.expect("the database")),
        _ => None,
    };
    // The frozen process: when it was frozen, when its claims were all taken over, when resumed.
    let victim = pids.get(1).copied().unwrap_or_default();
    let (mut frozen_at, mut taken_over, mut resumed) = (None::<Instant>, None::<Duration>, false);
    let mut frozen_claims = 0;
    while posted() < count || frozen_at.is_some_and(|at| !resumed || at.elapsed() < freeze) {
        if let Some(pool) = &pool {
            let held = claims_of(pool, victim).await;
            match frozen_at {
                None if posted() >= count / 3 && held > 0 => {
                    let _ = Command::new("kill").args(["-STOP", &victim.to_string()]).status();
                    frozen_at = Some(Instant::now());
                    frozen_claims = held;
                }
                Some(at) if taken_over.is_none() && held == 0 => taken_over = Some(at.elapsed()),
                Some(at) if !resumed && at.elapsed() >= freeze => {
                    let _ = Command::new("kill").args(["-CONT", &victim.to_string()]).status();
                    resumed = true;
                }
                _ => {}
            }
        }
        if first.is_none() && posted() > 0 {
            first = Some(pids.iter().map(|p| cpu(*p)).collect());
        }
        for (peak, pid) in peaks.iter_mut().zip(&pids) {
            *peak = (*peak).max(memory(*pid, "VmHWM:"));
        }
        assert!(
            started.elapsed() < Duration::from_secs(3 * count as u64 / rate as u64 + 120),
            "the fan-out stalled"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    if resumed {
        // Time for the resumed process to renew, take a slot and post, were it still allowed to.
        tokio::time::sleep(Duration::from_secs(2 * lease + 2)).await;
    }
    let cpu_end: Vec<Duration> = pids.iter().map(|p| cpu(*p)).collect();
    for (peak, pid) in peaks.iter_mut().zip(&pids) {
        *peak = (*peak).max(memory(*pid, "VmHWM:"));
    }
    for pid in &pids {
        let _ = Command::new("kill").args(["-TERM", &pid.to_string()]).status();
    }
    drop(bots);

    let times: Vec<Instant> =
        channels.iter().flat_map(|(_, c)| standin.channel_messages(*c)).map(|p| p.at).collect();
    let (start, end) =
        (times.iter().min().copied().expect("posts"), times.iter().max().copied().expect("posts"));
    let span = end.duration_since(start).as_secs_f64();
    let achieved = (count - 1) as f64 / span;
    let twice = channels.iter().filter(|(_, c)| standin.channel_messages(*c).len() > 1).count();
    let first = first.unwrap_or_else(|| vec![Duration::ZERO; pids.len()]);
    let fan_out_cpu: Duration =
        cpu_end.iter().zip(&first).map(|(end, start)| end.saturating_sub(*start)).sum();
    let whole_cpu: Duration = cpu_end.iter().sum();
    let store = if on_postgres { "Postgres" } else { "SQLite" };
    println!("\nFan-out of {count} due digests by {processes} process(es) on {store}, at a global limit of {rate} requests per second:");
    println!("| store | processes | posts | first to last post | achieved | of the limit | 429s | posted twice | CPU, all processes (fan-out / whole run) | peak RSS per process |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let peaks: Vec<String> = peaks.iter().map(|kb| format!("{:.1} MiB", *kb as f64 / 1024.0)).collect();
    println!(
        "| {store} | {processes} | {count} | {span:.1} s | {achieved:.2}/s | {:.1}% | {} | {twice} | {:.2} s / {:.2} s ({:.0} µs per post) | {} |",
        100.0 * achieved / f64::from(rate),
        standin.invalid_requests(),
        fan_out_cpu.as_secs_f64(),
        whole_cpu.as_secs_f64(),
        fan_out_cpu.as_secs_f64() * 1e6 / count as f64,
        peaks.join(", "),
    );
    // Each 429: when, for what, and what the stand-in had counted in the second before it.
    let requests = standin.requests();
    for refused in requests.iter().filter(|r| r.status == 429) {
        let window = requests
            .iter()
            .filter(|r| {
                r.status != 429
                    && r.at <= refused.at
                    && refused.at.duration_since(r.at) < Duration::from_secs(1)
            })
            .filter(|r| !r.path.starts_with("/interactions/") && !r.path.starts_with("/webhooks/"))
            .count();
        println!(
            "429 at {:.3} s: {} {} ({window} requests in the second before)",
            refused.at.saturating_duration_since(started).as_secs_f64(),
            refused.method,
            refused.path
        );
        if std::env::var("BENCH_SHOW_WINDOW").is_ok() {
            for r in requests
                .iter()
                .filter(|r| r.at <= refused.at && refused.at.duration_since(r.at) < Duration::from_secs(1))
            {
                println!(
                    "    {:.3} s {} {} {}",
                    r.at.saturating_duration_since(started).as_secs_f64(),
                    r.status,
                    r.method,
                    r.path
                );
            }
        }
    }
    if let Some(at) = frozen_at {
        let messages: usize = channels.iter().map(|(_, c)| standin.channel_messages(*c).len()).sum();
        let taken = taken_over.map_or("not seen".to_owned(), |t| format!("{:.1} s", t.as_secs_f64()));
        println!("\nOne process of {processes} frozen (SIGSTOP) for {:.0} s with {frozen_claims} claim(s) in hand, lease {lease} s, nonces kept 2 s:", freeze.as_secs_f64());
        println!("| digests | messages posted | posted twice | claims in hand when frozen | all taken over after | frozen at |");
        println!("|---|---|---|---|---|---|");
        println!(
            "| {count} | {messages} | {twice} | {frozen_claims} | {taken} | {:.1} s into the run |",
            at.duration_since(started).as_secs_f64()
        );
    }
    drop(pool);
    drop(pg);
}

/// How many claims a process holds, by its pid in the holder's name.
async fn claims_of(pool: &sqlx::PgPool, pid: u32) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM digest_subscriptions WHERE claim_holder LIKE $1")
        .bind(format!("%:{pid}:%"))
        .fetch_one(pool)
        .await
        .unwrap_or(0)
}
