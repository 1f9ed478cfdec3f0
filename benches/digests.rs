//! Fan-out of due digests against the tests' Discord stand-in, which enforces a global rate
//! limit: posts per second achieved as a fraction of that limit, with the bot's CPU time and
//! peak memory. The bot is the real `alliance-digest run`, in a process of its own (so that its
//! CPU and memory are its own), with every digest due when it starts.
//!
//! Run with `cargo bench --bench digests` (BENCH_DIGESTS, default 10000; BENCH_RATE, default 50).

#[path = "../tests/support/discord/mod.rs"]
mod discord;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use alliance_digest::schedule::{Frequency, Schedule};
use alliance_digest::storage::{SqliteStore, Storage, Subscription};
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

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let count = setting("BENCH_DIGESTS", 10_000) as usize;
    let rate = setting("BENCH_RATE", 50) as u32;
    let standin = StandIn::start().await;
    let channels: Vec<(u64, u64)> = (0..count as u64)
        .map(|n| {
            let guild = 5_000_000_000_000_000_000 + n;
            standin.add_guild(guild, if n % 2 == 0 { "fr" } else { "en-US" });
            (guild, standin.add_channel(guild, "digests", 0))
        })
        .collect();

    // Every server subscribed, daily at the minute just gone: all due at start.
    let folder = tempfile::tempdir().expect("a temporary folder");
    let database = format!("sqlite://{}", folder.path().join("bench.db").display());
    let storage = SqliteStore::open(&database).await.expect("the database opens");
    let now = Utc::now();
    let due = now - chrono::Duration::minutes(1);
    let time = format!("{:02}:{:02}", due.hour(), due.minute());
    let schedule = Schedule::new(Frequency::Daily, &time, None, None, None).expect("a schedule");
    for (guild, channel) in &channels {
        let subscription = Subscription {
            guild_id: *guild,
            channel_id: *channel,
            schedule,
            guild_locale: None,
            next_run: due,
            paused: None,
            watermark: None,
            last: None,
        };
        storage.subscribe(&subscription, now).await.expect("subscribed");
    }
    storage.close().await;

    standin.set_faults(|f| f.global_rate = Some(rate));
    let repo = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bot = Command::new(env!("CARGO_BIN_EXE_alliance-digest"))
        .arg("run")
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", standin.api_url())
        .env("DATABASE_URL", &database)
        .env("DISCORD_RATE_LIMIT", rate.to_string())
        .env("ALLIANCE_DATA_DIR", repo.join("data"))
        .env("ALLIANCE_LOCALES_DIR", repo.join("locales"))
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .map(Child)
        .expect("the bot starts");
    let pid = bot.0.id();
    let started = Instant::now();

    let posted = || standin.channels_with_posts();
    let mut first: Option<(Instant, Duration)> = None;
    while posted() < count {
        if first.is_none() && posted() > 0 {
            first = Some((Instant::now(), cpu(pid)));
        }
        assert!(
            started.elapsed() < Duration::from_secs(3 * count as u64 / rate as u64 + 120),
            "the fan-out stalled"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (cpu_end, peak_kb, rss_kb) = (cpu(pid), memory(pid, "VmHWM:"), memory(pid, "VmRSS:"));
    let _ = Command::new("kill").args(["-TERM", &pid.to_string()]).status();
    drop(bot);

    let times: Vec<Instant> =
        channels.iter().flat_map(|(_, c)| standin.channel_messages(*c)).map(|p| p.at).collect();
    let (start, end) =
        (times.iter().min().copied().expect("posts"), times.iter().max().copied().expect("posts"));
    let span = end.duration_since(start).as_secs_f64();
    let achieved = (count - 1) as f64 / span;
    let twice = channels.iter().filter(|(_, c)| standin.channel_messages(*c).len() > 1).count();
    let fan_out_cpu = cpu_end.saturating_sub(first.map_or(Duration::ZERO, |(_, cpu)| cpu));
    println!("\nFan-out of {count} due digests at a global limit of {rate} requests per second:");
    println!("| posts | first to last post | achieved | of the limit | 429s | posted twice | bot CPU (fan-out / whole run) | bot peak RSS |");
    println!("|---|---|---|---|---|---|---|---|");
    println!(
        "| {count} | {span:.1} s | {achieved:.2}/s | {:.1}% | {} | {twice} | {:.2} s / {:.2} s ({:.0} µs per post) | {:.1} MiB (now {:.1} MiB) |",
        100.0 * achieved / f64::from(rate),
        standin.invalid_requests(),
        fan_out_cpu.as_secs_f64(),
        cpu_end.as_secs_f64(),
        fan_out_cpu.as_secs_f64() * 1e6 / count as f64,
        peak_kb as f64 / 1024.0,
        rss_kb as f64 / 1024.0,
    );
}
