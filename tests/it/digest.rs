//! Scheduled digests as server admins and members meet them: `/digest` subscribes a channel,
//! the digest lands at the scheduled minute by a clock the tests move, in the server's
//! language, exactly once per period, through crashes, refusals and rate limits.

use crate::in_both_modes;
use crate::support;

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use support::bot::{
    admin, content, is_ephemeral, title, user, wait_until, Mode, World, EN_GUILD, FR_GUILD, ZH_GUILD,
};
use support::clock::{at, ManualClock};
use support::discord::{permission, ChannelSpec, Elsewhere, Invoker, Pinged, Posted};
use support::Workspace;

const OVERVIEW_FR: &str = "L'alliance Russie–Corée du Nord en bref";
const OVERVIEW_EN: &str = "The Russia–North Korea alliance at a glance";

impl World {
    /// `/digest subscribe` by an admin of `guild`, with options as a user picks them.
    async fn subscribe(&self, guild: u64, channel: u64, options: &[(&str, &str)]) -> Value {
        self.subscribe_as(&admin(900, "en-US"), guild, channel, options).await
    }

    async fn subscribe_as(&self, who: &Invoker, guild: u64, channel: u64, options: &[(&str, &str)]) -> Value {
        let channel = channel.to_string();
        let mut all = vec![("channel", channel.as_str())];
        all.extend_from_slice(options);
        self.command(Some(guild), who, ("digest", Some("subscribe"), &all)).await
    }

    /// Starts the bot at 07:00 on 24 November, subscribes a new channel of `guild` to a digest at
    /// 09:00 (`options` say how often), and waits for the first digest, the overview, to be
    /// posted and recorded.
    async fn first_digest(
        &self,
        clock: &Arc<ManualClock>,
        guild: u64,
        options: &[(&str, &str)],
    ) -> (support::bot::Running, u64) {
        let bot = self.start_with_clock(clock, &[]).await;
        let channel = self.standin.add_channel(guild, "digests", 0);
        let mut all = options.to_vec();
        all.push(("time", "09:00"));
        self.subscribe(guild, channel, &all).await;
        clock.set("2026-11-24T09:00:00Z");
        self.standin.wait_channel_messages(channel, 1).await;
        self.status_until(guild, "en-US", ", posted: https://").await;
        (bot, channel)
    }

    async fn status(&self, guild: u64, locale: &str) -> String {
        content(&self.command(Some(guild), &admin(901, locale), ("digest", Some("status"), &[])).await)
    }

    /// `/digest status` until it says `expected`: what the scheduler did shows nowhere else.
    async fn status_until(&self, guild: u64, locale: &str, expected: &str) -> String {
        let deadline = tokio::time::Instant::now() + support::discord::PATIENCE;
        loop {
            let status = self.status(guild, locale).await;
            if status.contains(expected) || tokio::time::Instant::now() > deadline {
                return status;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// The title of a posted digest.
fn posted_title(posted: &Posted) -> String {
    title(&posted.message)
}

async fn a_subscribed_channel_gets_its_digest_at_the_scheduled_minute(mode: Mode) {
    let world = World::new_in(mode).await;
    let clock = ManualClock::starting_at("2026-11-24T06:58:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let channel = world.standin.add_channel(FR_GUILD, "bulletins", 0);

    let confirmed = world
        .subscribe(
            FR_GUILD,
            channel,
            &[("frequency", "daily"), ("time", "08:00"), ("timezone", "Europe/Paris")],
        )
        .await;
    assert!(is_ephemeral(&confirmed));
    let text = content(&confirmed);
    // 08:00 in Paris on 24 November is 07:00 UTC.
    let next = at("2026-11-24T07:00:00Z").timestamp();
    assert!(
        text.starts_with(&format!(
            "Done: a digest will be posted in <#{channel}> every day at 08:00 (Europe/Paris)."
        )),
        "{text}"
    );
    assert!(text.contains("Next one: Tuesday, November 24, 2026, at 08:00 (Europe/Paris)"), "{text}");
    assert!(text.contains(&format!("<t:{next}:F>")), "a Discord timestamp: {text}");

    clock.set("2026-11-24T06:59:59Z");
    clock.settled().await;
    assert!(world.standin.channel_messages(channel).is_empty(), "not a minute early");
    clock.set("2026-11-24T07:00:00Z");
    let posted = world.standin.wait_channel_messages(channel, 1).await;
    assert_eq!(
        posted_title(&posted[0]),
        OVERVIEW_FR,
        "the first digest is the overview, in the server's language"
    );
    let expected_nonce =
        alliance_digest::digests::scheduler::nonce(channel, at("2026-11-24T07:00:00Z").date_naive());
    assert_eq!(posted[0].nonce.as_deref(), Some(expected_nonce.as_str()), "a nonce from (channel, period)");
    assert!(expected_nonce.len() <= 25 && expected_nonce.ends_with(".20261124"), "{expected_nonce}");

    // The post lands before the bot records it: ask until it has.
    let status = world.status_until(FR_GUILD, "en-US", ", posted: https://").await;
    assert!(
        status.contains(&format!("Digest in <#{channel}>, every day at 08:00 (Europe/Paris).")),
        "{status}"
    );
    let message = posted[0].message["id"].as_str().expect("an id");
    assert!(
        status.contains(&format!(
            "Last run: <t:{next}:F>, posted: https://discord.com/channels/{FR_GUILD}/{channel}/{message}"
        )),
        "{status}"
    );
    assert!(status.contains("Next one: Wednesday, November 25, 2026, at 08:00 (Europe/Paris)"), "{status}");

    // The next day, nothing is new: nothing is posted, and status says so.
    clock.set("2026-11-25T07:00:00Z");
    let status = world.status_until(FR_GUILD, "fr", "rien de nouveau depuis le bulletin précédent").await;
    assert!(status.contains("donc rien n'a été publié"), "{status}");
    assert_eq!(world.standin.channel_messages(channel).len(), 1);
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn mistakes_in_a_subscription_get_localised_errors(mode: Mode) {
    let world = World::new_in(mode).await;
    let clock = ManualClock::starting_at("2026-11-24T06:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let channel = world.standin.add_channel(EN_GUILD, "digests", 0).to_string();
    let try_fr = |options: Vec<(&'static str, String)>| {
        let world = &world;
        let channel = channel.clone();
        async move {
            let mut all = vec![("channel", channel)];
            all.extend(options);
            let all: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let answer =
                world.command(Some(EN_GUILD), &admin(902, "fr"), ("digest", Some("subscribe"), &all)).await;
            assert!(is_ephemeral(&answer), "{answer}");
            content(&answer)
        }
    };
    let daily = |time: &str| vec![("frequency", "daily".to_owned()), ("time", time.to_owned())];

    let bad_time = try_fr(daily("25:00")).await;
    assert!(bad_time.starts_with("Je ne sais pas lire l'heure « 25:00 »"), "{bad_time}");
    let mut zone = daily("08:00");
    zone.push(("timezone", "Mars/Olympus".into()));
    assert!(try_fr(zone).await.starts_with("Je ne connais pas le fuseau horaire « Mars/Olympus »"));
    let mut weekday_on_daily = daily("08:00");
    weekday_on_daily.push(("weekday", "lundi".into()));
    let text = try_fr(weekday_on_daily).await;
    assert_eq!(text, "Le jour de la semaine ne vaut que pour un bulletin hebdomadaire : retirez-le d'un bulletin quotidien.");
    let weekly = vec![("frequency", "weekly".to_owned()), ("time", "08:00".to_owned())];
    assert!(try_fr(weekly).await.starts_with("Un bulletin hebdomadaire a besoin d'un jour de la semaine"));

    let daily_at_8 = [("frequency", "daily"), ("time", "08:00")];
    let locked =
        world.standin.add_channel(EN_GUILD, "locked", permission::SEND_MESSAGES | permission::EMBED_LINKS);
    let refused = world.subscribe_as(&admin(903, "en-US"), EN_GUILD, locked, &daily_at_8).await;
    assert_eq!(
        content(&refused),
        format!("I cannot post digests in <#{locked}>: I lack Send Messages and Embed Links. Grant them to me there, or choose another channel.")
    );
    let hidden = world.standin.add_channel(EN_GUILD, "hidden", permission::VIEW_CHANNEL);
    let unseen = world.subscribe_as(&admin(904, "en-US"), EN_GUILD, hidden, &daily_at_8).await;
    assert_eq!(
        content(&unseen),
        format!("I cannot see <#{hidden}>. Let me view it, or choose another channel.")
    );
    let general: u64 = channel.parse().expect("a channel id");
    let member = world.subscribe_as(&user(905, "fr"), EN_GUILD, general, &daily_at_8).await;
    assert_eq!(
        content(&member),
        "Seuls les membres qui peuvent gérer ce serveur peuvent utiliser /bulletin."
    );
    let dm = world.command(None, &admin(906, "en-US"), ("digest", Some("status"), &[])).await;
    assert!(content(&dm).starts_with("/digest is for servers"), "{dm}");
    assert!(
        world.status(EN_GUILD, "en-US").await.starts_with("This server has no digest."),
        "nothing was saved"
    );

    let zones = world
        .standin
        .interact(world.standin.autocomplete(
            Some(EN_GUILD),
            &admin(907, "en-US"),
            "digest",
            Some("subscribe"),
            "timezone",
            "paris",
        ))
        .await;
    let names: Vec<&str> = zones.callback["data"]["choices"]
        .as_array()
        .expect("choices")
        .iter()
        .filter_map(|c| c["value"].as_str())
        .collect();
    assert_eq!(names, ["Europe/Paris"]);
    let all = world
        .standin
        .interact(world.standin.autocomplete(
            Some(EN_GUILD),
            &admin(907, "en-US"),
            "digest",
            Some("subscribe"),
            "timezone",
            "",
        ))
        .await;
    assert_eq!(all.callback["data"]["choices"].as_array().map(Vec::len), Some(25));
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_killed_between_recording_and_confirming_a_post_leaves_one_digest() {
    let world = World::new().await;
    let clock = ManualClock::starting_at("2026-11-24T07:59:00Z");
    // A short lease: the next life takes the dead one's claims over once it has run out.
    let lease = [("DIGEST_LEASE_SECONDS", "2")];
    let bot = world.start_with_clock(&clock, &lease).await;
    let history = world.standin.add_channel(EN_GUILD, "with-history", 0);
    let no_history = world.standin.add_channel(FR_GUILD, "no-history", permission::READ_MESSAGE_HISTORY);
    // A forum post carries no nonce: only the server's active threads can tell it was posted.
    let forum = world
        .standin
        .add_channel_spec(ZH_GUILD, ChannelSpec { name: "forum".into(), kind: 15, ..ChannelSpec::default() });
    for (guild, channel) in [(EN_GUILD, history), (FR_GUILD, no_history), (ZH_GUILD, forum)] {
        world.subscribe(guild, channel, &[("frequency", "daily"), ("time", "08:00")]).await;
    }
    // And a user's personal digest, by DM.
    let options = [("frequency", "daily"), ("time", "08:00")];
    let start = world.standin.user_install_command(
        Elsewhere::Dm,
        &user(950, "en-US"),
        "my-digest",
        Some("start"),
        &options,
    );
    world.standin.interact(start).await;
    let dm = world.standin.dm_opened_with(950).expect("the DM was opened");
    // Discord takes the posts, but the bot dies before it hears back.
    world.standin.set_faults(|f| f.swallow_posts = true);
    clock.set("2026-11-24T08:00:00Z");
    world.standin.wait_channel_messages(history, 1).await;
    world.standin.wait_channel_messages(no_history, 1).await;
    world.standin.wait_channel_messages(dm, 1).await;
    wait_until(|| world.standin.threads().iter().any(|t| t.parent == forum)).await;
    bot.kill();

    world.standin.set_faults(|f| f.swallow_posts = false);
    let bot = world.start_with_clock(&clock, &lease).await;
    let posts_to = |channel: u64| {
        let path = format!("/channels/{channel}/messages");
        world.standin.requests().iter().filter(|r| r.method == "POST" && r.path == path).count()
    };
    // Where the bot can read the channel, it finds its post there and posts nothing more;
    // where it cannot, it posts again with the same nonce and Discord keeps the first.
    wait_until(|| posts_to(no_history) == 2).await;
    wait_until(|| {
        world
            .standin
            .requests()
            .iter()
            .any(|r| r.method == "GET" && r.path == format!("/channels/{history}/messages"))
    })
    .await;
    let looked_at = |channel: u64| {
        let path = format!("/channels/{channel}/messages");
        world.standin.requests().iter().any(|r| r.method == "GET" && r.path == path)
    };
    wait_until(|| looked_at(dm)).await;
    clock.settled().await;
    assert_eq!(posts_to(history), 1, "found in the channel's history: not posted again");
    assert_eq!(posts_to(dm), 1, "found in the DM's history: not sent again");
    assert_eq!(world.standin.channel_messages(dm).len(), 1);
    assert_eq!(world.standin.channel_messages(history).len(), 1);
    assert_eq!(world.standin.channel_messages(no_history).len(), 1, "the enforced nonce kept one message");
    for guild in [EN_GUILD, FR_GUILD, ZH_GUILD] {
        let status = world.status_until(guild, "en-US", ", posted: https://").await;
        assert!(status.contains(", posted: https://"), "{status}");
    }
    // Recorded as posted only once the new life looked: a second post would be in by then.
    let forum_path = format!("/channels/{forum}/threads");
    let forum_posts =
        || world.standin.requests().iter().filter(|r| r.method == "POST" && r.path == forum_path).count();
    assert_eq!(forum_posts(), 1, "found among the active threads: not posted again");
    assert_eq!(world.standin.threads().len(), 1);
    let active = format!("/guilds/{ZH_GUILD}/threads/active");
    assert!(world.standin.requests().iter().any(|r| r.path == active), "it looked");
    // And the next day is not affected.
    clock.set("2026-11-25T08:00:00Z");
    clock.settled().await;
    assert_eq!(world.standin.channel_messages(history).len(), 1, "nothing new: nothing posted");
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_pause_a_schedule_and_rate_limits_are_waited_out() {
    let world = World::new().await;
    let (gone_guild, healthy_guild) = (2_000_000_000_000_000_004, 2_000_000_000_000_000_005);
    world.standin.add_guild(gone_guild, "fr");
    world.standin.add_guild(healthy_guild, "en-GB");
    let clock = ManualClock::starting_at("2026-11-24T07:59:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let forbidden = world.standin.add_channel(EN_GUILD, "forbidden", 0);
    let limited = world.standin.add_channel(FR_GUILD, "limited", 0);
    let flaky = world.standin.add_channel(ZH_GUILD, "flaky", 0);
    let gone = world.standin.add_channel(gone_guild, "deleted-later", 0);
    let healthy = world.standin.add_channel(healthy_guild, "fine", 0);
    let servers = [
        (EN_GUILD, forbidden),
        (FR_GUILD, limited),
        (ZH_GUILD, flaky),
        (gone_guild, gone),
        (healthy_guild, healthy),
    ];
    for (guild, channel) in servers {
        world.subscribe(guild, channel, &[("frequency", "daily"), ("time", "08:00")]).await;
    }
    world.standin.set_faults(|f| {
        f.channel_statuses.insert(forbidden, vec![403]);
        f.channel_statuses.insert(limited, vec![429]);
        f.channel_statuses.insert(flaky, vec![502, 503]);
        f.channel_statuses.insert(gone, vec![404]);
    });
    clock.set("2026-11-24T08:00:00Z");
    let posted = world.standin.wait_channel_messages(limited, 1).await;
    assert_eq!(posted_title(&posted[0]), OVERVIEW_FR);
    let flaky_posts = world.standin.wait_channel_messages(flaky, 1).await;
    assert_eq!(posted_title(&flaky_posts[0]), OVERVIEW_EN, "Chinese servers read English");
    wait_until(|| world.standin.requests().iter().any(|r| r.status == 403)).await;

    let tries = |channel: u64| -> Vec<(u16, std::time::Instant)> {
        let path = format!("/channels/{channel}/messages");
        world
            .standin
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path == path)
            .map(|r| (r.status, r.at))
            .collect()
    };
    let statuses = |channel: u64| tries(channel).iter().map(|t| t.0).collect::<Vec<_>>();
    // A request is recorded as it arrives, with status 0 until it is answered.
    wait_until(|| statuses(limited) == [429, 200] && statuses(flaky) == [502, 503, 200]).await;
    let limited_tries = tries(limited);
    assert!(
        limited_tries[1].1 - limited_tries[0].1 >= Duration::from_millis(250),
        "retry_after was honoured"
    );
    assert_eq!(
        tries(flaky).iter().map(|t| t.0).collect::<Vec<_>>(),
        [502, 503, 200],
        "5xx retried with backoff"
    );
    assert_eq!(tries(forbidden).iter().map(|t| t.0).collect::<Vec<_>>(), [403], "a 403 is not tried again");
    assert!(world.standin.channel_messages(forbidden).is_empty());
    let status = world.status_until(EN_GUILD, "en-US", "Paused").await;
    assert!(
        status.contains(&format!("Paused: I am no longer allowed to post in <#{forbidden}>.")),
        "{status}"
    );
    assert!(
        status.contains(&format!("posting stopped: I lost a permission I need in <#{forbidden}>.")),
        "{status}"
    );
    let status = world.status_until(gone_guild, "fr", "En pause").await;
    assert!(status.contains(&format!("En pause : <#{gone}> n'existe plus.")), "{status}");
    // The others' troubles held nobody up: the healthy server's digest went out before the
    // retried ones.
    let healthy_at = tries(healthy).first().map(|t| t.1).expect("the healthy server was served");
    assert!(healthy_at < tries(limited)[1].1 && healthy_at < tries(flaky)[2].1);

    // Paused: the next day brings no try. Subscribing again lifts the pause.
    clock.set("2026-11-25T08:00:00Z");
    clock.settled().await;
    assert_eq!(tries(forbidden).len(), 1);
    world.subscribe(EN_GUILD, forbidden, &[("frequency", "daily"), ("time", "09:00")]).await;
    clock.set("2026-11-25T09:00:00Z");
    let back = world.standin.wait_channel_messages(forbidden, 1).await;
    assert_eq!(posted_title(&back[0]), OVERVIEW_EN, "the first digest it actually posts is the overview");
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_downtime_the_last_missed_period_is_posted_once() {
    let world = World::new().await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let channel = world.standin.add_channel(EN_GUILD, "digests", 0);
    world.subscribe(EN_GUILD, channel, &[("frequency", "daily"), ("time", "08:00")]).await;
    bot.stop().await;
    // Three days pass with the bot down.
    clock.set("2026-11-27T10:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let posted = world.standin.wait_channel_messages(channel, 1).await;
    clock.settled().await;
    assert_eq!(world.standin.channel_messages(channel).len(), 1, "once, not once per missed day");
    assert_eq!(posted[0].nonce.as_deref().map(|n| n.ends_with(".20261127")), Some(true), "the latest period");
    let status = world.status_until(EN_GUILD, "en-US", "Saturday").await;
    assert!(status.contains("Next one: Saturday, November 28, 2026, at 08:00 (UTC)"), "{status}");
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn later_digests_bring_only_what_the_store_gained_grouped_by_domain() {
    let workspace = Workspace::new();
    let world = World::with_workspace(workspace).await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let channel = world.standin.add_channel(FR_GUILD, "bulletins", 0);
    world
        .subscribe(FR_GUILD, channel, &[("frequency", "weekly"), ("time", "09:00"), ("weekday", "Tuesday")])
        .await;
    let preview = world.command(Some(FR_GUILD), &admin(910, "en-US"), ("digest", Some("preview"), &[])).await;
    assert!(is_ephemeral(&preview));
    assert!(
        content(&preview).starts_with(&format!("Here is what the next digest would post in <#{channel}>")),
        "{preview}"
    );
    assert_eq!(title(&preview), OVERVIEW_FR, "the preview is in the server's language");
    clock.set("2026-11-24T09:00:00Z");
    world.standin.wait_channel_messages(channel, 1).await;
    bot.stop().await;

    // An editor adds a fact a week later; the bot restarts with it.
    support::add_rail_fact(world.data.parent().expect("a workspace"));
    let bot = world.start_with_clock(&clock, &[]).await;
    clock.set("2026-12-01T09:00:00Z");
    let posted = world.standin.wait_channel_messages(channel, 2).await;
    let news = &posted[1].message;
    assert_eq!(title(news), "Du nouveau sur l'alliance");
    let description = support::bot::description(news);
    assert_eq!(description, "Un fait ajouté depuis le 24 novembre 2026, par domaine.");
    let fields = support::bot::sections(news);
    assert_eq!(fields.len(), 1, "only the domain that gained something");
    assert_eq!(fields[0].0, "Économie");
    let line = fields[0].1.clone();
    assert!(
        line.contains("liaison ferroviaire") && line.contains("rapporté, selon des sources sud-coréennes"),
        "{line}"
    );
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shutdown_in_the_middle_of_a_fan_out_loses_nothing() {
    let world = World::new().await;
    let servers: Vec<(u64, u64)> = (0..40)
        .map(|n| {
            let guild = 3_000_000_000_000_000_000 + n;
            world.standin.add_guild(guild, "en-US");
            (guild, world.standin.add_channel(guild, "digests", 0))
        })
        .collect();
    let clock = ManualClock::starting_at("2026-11-24T07:59:00Z");
    // Slow pacing: the fan-out takes a few seconds.
    let bot = world.start_with_clock(&clock, &[("DISCORD_RATE_LIMIT", "10")]).await;
    for (guild, channel) in &servers {
        world.subscribe(*guild, *channel, &[("frequency", "daily"), ("time", "08:00")]).await;
    }
    clock.set("2026-11-24T08:00:00Z");
    let delivered = || servers.iter().filter(|(_, c)| !world.standin.channel_messages(*c).is_empty()).count();
    wait_until(|| delivered() >= 5).await;
    bot.stop().await;
    let before = delivered();
    assert!(before < servers.len(), "stopped mid fan-out ({before} delivered)");

    let bot = world.start_with_clock(&clock, &[("DISCORD_RATE_LIMIT", "50")]).await;
    wait_until(|| delivered() == servers.len()).await;
    clock.settled().await;
    for (_, channel) in &servers {
        assert_eq!(world.standin.channel_messages(*channel).len(), 1, "each server once");
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}

/// Reads a digest's nonce back into the server it was for.
fn channel_of_nonce(nonce: &str) -> Option<u64> {
    u64::from_str_radix(nonce.split_once('.')?.0, 36).ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_servers_each_get_their_digest_once_in_their_language() {
    use alliance_digest::digests::model::Subscription;
    use alliance_digest::digests::ports::DigestStore;
    use alliance_digest::digests::schedule::{Frequency, Schedule};
    use alliance_digest::languages::{LanguageSetting, LanguageStore};
    use alliance_digest::storage::{SqliteStore, Storage};

    let _alone = support::HEAVY.lock().await;
    let world = World::new().await;
    let locales = ["fr", "en-US", "zh-CN", "pt-BR"];
    let servers: Vec<(u64, u64, &str)> = (0..1000u64)
        .map(|n| {
            let guild = 4_000_000_000_000_000_000 + n;
            let locale = locales[n as usize % locales.len()];
            world.standin.add_guild(guild, locale);
            (guild, world.standin.add_channel(guild, "digests", 0), locale)
        })
        .collect();
    // A thousand earlier `/digest subscribe`, and a `/language fr` in every tenth server, as
    // the database keeps them.
    let storage = SqliteStore::open(&world.database_url()).await.expect("the database opens");
    let schedule = Schedule::new(Frequency::Daily, "08:00", None, None, None).expect("a schedule");
    for (n, (guild, channel, locale)) in servers.iter().enumerate() {
        let subscription = Subscription {
            guild_locale: Some((*locale).to_owned()),
            ..Subscription::new(*guild, *channel, schedule, at("2026-11-24T08:00:00Z"))
        };
        storage.subscribe(&subscription, 10, at("2026-11-23T12:00:00Z")).await.expect("subscribed");
        if n % 10 == 0 {
            storage
                .set_language(*guild, &LanguageSetting::Fixed("fr".into()), at("2026-11-23T12:00:00Z"))
                .await
                .expect("a setting");
        }
    }
    storage.close().await;

    world.standin.set_faults(|f| f.global_rate = Some(250));
    let clock = ManualClock::starting_at("2026-11-24T07:59:00Z");
    let bot = world.start_with_clock(&clock, &[("DISCORD_RATE_LIMIT", "250")]).await;
    clock.set("2026-11-24T08:00:00Z");
    let delivered =
        || servers.iter().filter(|(_, c, _)| !world.standin.channel_messages(*c).is_empty()).count();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
    while delivered() < servers.len() {
        assert!(tokio::time::Instant::now() < deadline, "{} of 1000 delivered", delivered());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    clock.settled().await;
    for (n, (_, channel, locale)) in servers.iter().enumerate() {
        let posted = world.standin.channel_messages(*channel);
        assert_eq!(posted.len(), 1, "server {n}: once");
        let nonce = posted[0].nonce.as_deref().expect("a nonce");
        assert_eq!(channel_of_nonce(nonce), Some(*channel), "server {n}: its own channel");
        let french = n % 10 == 0 || *locale == "fr";
        let expected = if french { OVERVIEW_FR } else { OVERVIEW_EN };
        assert_eq!(posted_title(&posted[0]), expected, "server {n} ({locale}): its language");
    }
    let refused = world.standin.invalid_requests();
    assert!(refused <= 20, "paced under the limit, not discovering it: {refused} requests refused");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn an_unsubscribed_server_gets_nothing_more(mode: Mode) {
    let world = World::new_in(mode).await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let channel = world.standin.add_channel(EN_GUILD, "digests", 0);
    world.subscribe(EN_GUILD, channel, &[("frequency", "monthly"), ("time", "08:00"), ("day", "24")]).await;
    let which = channel.to_string();
    let stopped = world
        .command(Some(EN_GUILD), &admin(920, "fr"), ("digest", Some("unsubscribe"), &[("channel", &which)]))
        .await;
    assert!(is_ephemeral(&stopped));
    assert_eq!(
        content(&stopped),
        format!("Le bulletin de <#{channel}> est arrêté : plus rien n'y sera publié.")
    );
    // A server still subscribed at the same minute shows when the scheduler has acted.
    let control = world.standin.add_channel(FR_GUILD, "control", 0);
    world.subscribe(FR_GUILD, control, &[("frequency", "daily"), ("time", "08:00")]).await;
    clock.set("2026-11-24T08:00:00Z");
    world.standin.wait_channel_messages(control, 1).await;
    clock.settled().await;
    assert!(world.standin.channel_messages(channel).is_empty(), "nothing posted after unsubscribing");
    assert_eq!(
        world.status(EN_GUILD, "en-US").await,
        "This server has no digest. Start one with /digest subscribe."
    );
    let again = world
        .command(
            Some(EN_GUILD),
            &admin(921, "en-US"),
            ("digest", Some("unsubscribe"), &[("channel", &which)]),
        )
        .await;
    assert_eq!(
        content(&again),
        format!("No digest is posted in <#{channel}>. Start one with /digest subscribe.")
    );
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreadable_schedule_gets_an_apology_and_holds_up_no_other_server() {
    let world = World::new().await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let fine = world.standin.add_channel(FR_GUILD, "fine", 0);
    let broken = world.standin.add_channel(EN_GUILD, "broken", 0);
    for (guild, channel) in [(FR_GUILD, fine), (EN_GUILD, broken)] {
        world.subscribe(guild, channel, &[("frequency", "daily"), ("time", "08:00")]).await;
    }
    // A row no version of the bot wrote: an hourly digest.
    let pool = sqlx::SqlitePool::connect(&world.database_url()).await.expect("the database");
    sqlx::query("UPDATE digest_subscriptions SET frequency = 'hourly' WHERE guild_id = ?")
        .bind(EN_GUILD as i64)
        .execute(&pool)
        .await
        .expect("an update");
    pool.close().await;

    let status = world.command(Some(EN_GUILD), &admin(930, "fr"), ("digest", Some("status"), &[])).await;
    assert!(is_ephemeral(&status));
    assert!(content(&status).starts_with("Désolé, un problème est survenu de notre côté."), "{status}");
    clock.set("2026-11-24T08:00:00Z");
    let posted = world.standin.wait_channel_messages(fine, 1).await;
    assert_eq!(posted_title(&posted[0]), OVERVIEW_FR);
    assert!(world.standin.channel_messages(broken).is_empty());
    world.assert_no_schema_errors();
    bot.stop().await;
}

/// The casualties fact as the store first had it: 600 killed, added on 30 November.
fn casualties_fact(added: &str, extra: &str) -> String {
    format!(
        "[[fact]]\nid = \"kursk-casualties\"\ndomain = \"military\"\nwhen = \"2024-late/2025-spring\"\nadded = \"{added}\"\nconfidence = \"reported\"\nsource = \"article\"\nattribution = \"south-korean-sources\"\n{extra}\n"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revised_fact_a_server_received_brings_one_correction_once_in_its_language() {
    let workspace = Workspace::new();
    // The store starts without the casualties fact: the first digest is the overview.
    let military = workspace.read("data/facts/military.toml");
    let start = military.find("[[fact]]\nid = \"kursk-casualties\"").expect("the casualties fact");
    let end = start
        + military[start..].find("tags = [\"kursk\", \"ukraine-war\", \"casualties\"]\n").expect("its end");
    let end = end + military[end..].find('\n').expect("a line end") + 1;
    workspace.write("data/facts/military.toml", &format!("{}{}", &military[..start], &military[end..]));
    let world = World::with_workspace(workspace).await;
    let facts = world.data.join("facts");
    let locales = world.data.parent().expect("a workspace").join("locales");
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let weekly = [("frequency", "weekly"), ("weekday", "Tuesday")];
    let (bot, channel) = world.first_digest(&clock, FR_GUILD, &weekly).await;
    bot.stop().await;

    // An editor adds the casualties fact: the next digest carries it, with 600 killed.
    std::fs::write(
        facts.join("casualties.toml"),
        casualties_fact("2026-11-30", "values = { killed = 600, wounded = \"thousands\" }"),
    )
    .expect("the fact");
    let bot = world.start_with_clock(&clock, &[]).await;
    clock.set("2026-12-01T09:00:00Z");
    let posted = world.standin.wait_channel_messages(channel, 2).await;
    let news = support::bot::words(&posted[1].message);
    assert!(news.contains("environ 600 soldats"), "{news}");
    world.status_until(FR_GUILD, "fr", "bulletin publié").await;
    bot.stop().await;

    // South Korean sources revise the figure: the store keeps the old one and says why.
    std::fs::write(
        facts.join("casualties.toml"),
        casualties_fact(
            "2026-11-30",
            "values = { killed = 1000, wounded = \"thousands\" }\n\n[[fact.revision]]\ndate = \"2026-12-05\"\nprevious = { killed = 600 }",
        ),
    )
    .expect("the revision");
    support::write_messages_in(
        locales.parent().expect("a workspace"),
        "revisions.ftl",
        "revision-kursk-casualties-2026-12-05 = South Korean sources now put the death toll higher.\n",
        "revision-kursk-casualties-2026-12-05 = Les sources sud-coréennes avancent désormais un bilan plus lourd.\n",
    );
    let bot = world.start_with_clock(&clock, &[]).await;
    clock.set("2026-12-08T09:00:00Z");
    let posted = world.standin.wait_channel_messages(channel, 3).await;
    let news = &posted[2].message;
    assert_eq!(title(news), "Du nouveau sur l'alliance");
    assert_eq!(
        support::bot::description(news),
        "Un fait donné dans un bulletin précédent a changé depuis : voir le rectificatif ci-dessous."
    );
    let fields = support::bot::sections(news);
    assert_eq!(fields.len(), 1, "the correction only: nothing was added {fields:?}");
    assert_eq!(fields[0].0, "Rectificatif");
    assert_eq!(
        fields[0].1,
        "• **Pertes autour de Koursk** — révisé : Les sources sud-coréennes avancent désormais un bilan plus lourd. (600 → 1 000)"
    );
    world.status_until(FR_GUILD, "fr", "bulletin publié").await;

    // Replies show the current version, with a discreet mark.
    let reply = world.command(Some(FR_GUILD), &user(920, "fr"), ("alliance", Some("military"), &[])).await;
    let text = support::bot::description(&reply);
    assert!(text.contains("environ 1 000 soldats") && !text.contains("environ 600"), "{text}");
    assert!(text.contains("*(mis à jour le 5 décembre 2026)*"), "{text}");

    // The week after, nothing changed: no second correction, nothing posted.
    clock.set("2026-12-15T09:00:00Z");
    let status = world.status_until(FR_GUILD, "fr", "rien de nouveau depuis le bulletin précédent").await;
    assert!(status.contains("rien de nouveau"), "{status}");
    assert_eq!(world.standin.channel_messages(channel).len(), 3, "the correction came once");
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawn_fact_is_said_withdrawn_once_and_replies_stop_showing_it() {
    // A copy of data/ and locales/: this story edits them.
    let world = World::with_workspace(Workspace::new()).await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let (bot, channel) = world.first_digest(&clock, EN_GUILD, &[("frequency", "daily")]).await;
    bot.stop().await;

    let facts = world.data.join("facts/cultural.toml");
    let text = std::fs::read_to_string(&facts).expect("the cultural facts");
    let edited = text.replacen("recent = true\n", "recent = true\nwithdrawn = \"2026-11-25\"\n", 1);
    std::fs::write(&facts, edited).expect("the withdrawal");
    support::write_messages_in(
        world.data.parent().expect("a workspace"),
        "withdrawals.ftl",
        "withdrawal-moscow-painting-exhibition = A test withdrawal.\n",
        "withdrawal-moscow-painting-exhibition = Un retrait d'essai.\n",
    );
    let bot = world.start_with_clock(&clock, &[]).await;
    clock.set("2026-11-25T09:00:00Z");
    let posted = world.standin.wait_channel_messages(channel, 2).await;
    let fields = support::bot::sections(&posted[1].message);
    assert_eq!(fields.len(), 1, "{fields:?}");
    assert_eq!(fields[0].0, "Correction");
    assert_eq!(fields[0].1, "• **Painting exhibition in Moscow** — withdrawn: A test withdrawal.");
    let reply = world.command(Some(EN_GUILD), &user(921, "en-US"), ("alliance", Some("cultural"), &[])).await;
    assert!(!support::bot::description(&reply).contains("exhibition"), "{reply}");
    clock.set("2026-11-26T09:00:00Z");
    world.status_until(EN_GUILD, "en-US", "nothing was new").await;
    assert_eq!(world.standin.channel_messages(channel).len(), 2, "said once");
    bot.stop().await;
}

async fn a_channel_of_another_server_or_of_none_is_refused_and_nothing_is_stored(mode: Mode) {
    let world = World::new_in(mode).await;
    let clock = ManualClock::starting_at("2026-11-24T06:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let daily = [("frequency", "daily"), ("time", "08:00")];

    // A crafted interaction in the English server carries a channel of the French one (its
    // resolved data says so, as Discord's would).
    let foreign = world.standin.add_channel(FR_GUILD, "elsewhere", 0);
    let refused = world.subscribe_as(&admin(910, "en-US"), EN_GUILD, foreign, &daily).await;
    assert!(is_ephemeral(&refused));
    assert_eq!(
        content(&refused),
        format!("I cannot see <#{foreign}>. Let me view it, or choose another channel.")
    );
    let refused = world.subscribe_as(&admin(911, "fr"), EN_GUILD, foreign, &daily).await;
    assert_eq!(
        content(&refused),
        format!("Je ne vois pas <#{foreign}>. Autorisez-moi à le voir, ou choisissez un autre salon.")
    );

    // And one whose channel id no server has, claimed as the English server's.
    let general = world.standin.guild(EN_GUILD).general().id.to_string();
    let mut options = vec![("channel", general.as_str())];
    options.extend_from_slice(&daily);
    let mut crafted = world.standin.slash_command(
        Some(EN_GUILD),
        &admin(912, "en-US"),
        "digest",
        Some("subscribe"),
        &options,
    );
    let nowhere = "1234567890123456789";
    let leaf = &mut crafted["data"]["options"][0]["options"];
    for option in leaf.as_array_mut().expect("options") {
        if option["name"] == "channel" {
            option["value"] = Value::from(nowhere);
        }
    }
    let mut resolved = crafted["data"]["resolved"]["channels"][&general].take();
    resolved["id"] = Value::from(nowhere);
    crafted["data"]["resolved"]["channels"] = serde_json::json!({ nowhere: resolved });
    let refused = world.standin.interact(crafted).await.message();
    assert_eq!(
        content(&refused),
        format!("I cannot see <#{nowhere}>. Let me view it, or choose another channel.")
    );

    assert!(
        world.status(EN_GUILD, "en-US").await.starts_with("This server has no digest."),
        "nothing was stored"
    );
    clock.set("2026-11-24T08:00:00Z");
    clock.settled().await;
    assert!(world.standin.channel_messages(foreign).is_empty(), "nothing is posted in the other server");
    world.assert_no_schema_errors();
    bot.stop().await;
}

/// An editor's fact of `domain`, added on `added`, with its sentence (and title) in both
/// languages.
fn add_fact(world: &World, id: &str, domain: &str, added: &str, en: &str, fr: &str) {
    let root = world.data.parent().expect("a workspace");
    let write = |relative: String, text: String| std::fs::write(root.join(relative), text).expect("written");
    support::write_messages_in(
        root,
        &format!("{id}.ftl"),
        &format!("fact-{id} = {en}\n    .title = {en}\n"),
        &format!("fact-{id} = {fr}\n    .title = {fr}\n"),
    );
    write(
        format!("data/facts/{id}.toml"),
        format!(
            "[[fact]]\nid = \"{id}\"\ndomain = \"{domain}\"\nwhen = \"2026-11\"\nadded = \"{added}\"\n\
             confidence = \"confirmed\"\nsource = \"article\"\n"
        ),
    );
}

/// The names of a posted digest's fields: its domains.
fn domains_of(posted: &Posted) -> Vec<String> {
    support::bot::sections(&posted.message).into_iter().map(|(name, _)| name).collect()
}

fn text_of(posted: &Posted) -> String {
    support::bot::words(&posted.message)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_channels_of_one_server_get_their_own_topics_on_their_own_schedules() {
    let world = World::with_workspace(Workspace::new()).await;
    let clock = ManualClock::starting_at("2026-11-24T06:58:00Z");
    let limit = [("DIGEST_SUBSCRIPTIONS_PER_SERVER", "2")];
    let bot = world.start_with_clock(&clock, &limit).await;
    let military = world.standin.add_channel(EN_GUILD, "military-watch", 0);
    let weekly = world.standin.add_channel(EN_GUILD, "weekly-roundup", 0);
    let confirmed = world
        .subscribe(
            EN_GUILD,
            military,
            &[("frequency", "daily"), ("time", "08:00"), ("timezone", "Europe/Paris"), ("topic", "military")],
        )
        .await;
    assert!(content(&confirmed).contains("Topics: Military."), "{}", content(&confirmed));
    let confirmed = world
        .subscribe(
            EN_GUILD,
            weekly,
            &[
                ("frequency", "weekly"),
                ("weekday", "Monday"),
                ("time", "18:00"),
                ("timezone", "America/New_York"),
            ],
        )
        .await;
    assert!(content(&confirmed).contains("Topics: every domain."), "{}", content(&confirmed));
    assert!(!content(&confirmed).contains("replaces"), "a second channel replaces nothing");
    let third = world.standin.add_channel(EN_GUILD, "one-too-many", 0);
    let refused = world.subscribe(EN_GUILD, third, &[("frequency", "daily"), ("time", "08:00")]).await;
    assert_eq!(
        content(&refused),
        "This server already has 2 digests, as many as it may have. Stop one with /digest unsubscribe first."
    );
    let preview = world.command(Some(EN_GUILD), &admin(935, "en-US"), ("digest", Some("preview"), &[])).await;
    assert_eq!(content(&preview), "This server has several digests: say which with the channel option.");
    let which = military.to_string();
    let preview = world
        .command(Some(EN_GUILD), &admin(935, "en-US"), ("digest", Some("preview"), &[("channel", &which)]))
        .await;
    assert_eq!(title(&preview), OVERVIEW_EN);
    assert_eq!(support::bot::sections(&preview).len(), 1, "the preview of its topics only: {preview}");

    // 08:00 in Paris: the military channel's overview, of its domain only.
    clock.set("2026-11-24T07:00:00Z");
    let posted = world.standin.wait_channel_messages(military, 1).await;
    assert_eq!(posted_title(&posted[0]), OVERVIEW_EN);
    assert_eq!(domains_of(&posted[0]), ["Military"]);
    assert!(world.standin.channel_messages(weekly).is_empty(), "the weekly one waits for Monday");

    // Monday 18:00 in New York: the weekly channel's overview, of every domain.
    clock.set("2026-11-30T23:00:00Z");
    let posted = world.standin.wait_channel_messages(weekly, 1).await;
    assert_eq!(domains_of(&posted[0]), ["Military", "Diplomacy", "Economy", "Culture", "Outlook"]);
    let status = world.status_until(EN_GUILD, "en-US", "nothing was new").await;
    assert!(
        status.contains(&format!("Digest in <#{military}>, every day at 08:00 (Europe/Paris).")),
        "{status}"
    );
    assert!(
        status.contains(&format!("Digest in <#{weekly}>, every Monday at 18:00 (America/New_York).")),
        "{status}"
    );
    bot.stop().await;

    // An editor adds a military fact and an economic one.
    add_fact(
        &world,
        "drill-seen",
        "military",
        "2026-11-30",
        "A joint drill was observed.",
        "Un exercice conjoint a été observé.",
    );
    support::add_rail_fact(world.data.parent().expect("a workspace"));
    let bot = world.start_with_clock(&clock, &[]).await;
    clock.set("2026-12-01T07:00:00Z");
    let posted = world.standin.wait_channel_messages(military, 2).await;
    assert_eq!(domains_of(&posted[1]), ["Military"], "the military news only");
    assert!(text_of(&posted[1]).contains("A joint drill was observed."));
    assert!(!text_of(&posted[1]).contains("rail link"));
    clock.set("2026-12-07T23:00:00Z");
    let posted = world.standin.wait_channel_messages(weekly, 2).await;
    assert!(world.standin.channel_messages(third).is_empty(), "the refused one stored nothing");
    assert_eq!(domains_of(&posted[1]), ["Military", "Economy"], "everything new, by domain");
    clock.settled().await;
    assert_eq!(world.standin.channel_messages(military).len(), 2, "each once: nothing new since");
    assert_eq!(world.standin.channel_messages(weekly).len(), 2);
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_role_ping_mentions_that_role_only_and_a_hostile_sentence_pings_nobody() {
    let world = World::with_workspace(Workspace::new()).await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let pinged = world.standin.add_channel(EN_GUILD, "alerts", 0);
    let quiet = world.standin.add_channel(EN_GUILD, "quiet", 0);
    let role = world.standin.add_role(EN_GUILD, "alliance-news", true).to_string();
    let locked = world.standin.add_role(EN_GUILD, "moderators", false).to_string();
    let foreign = world.standin.add_role(FR_GUILD, "ailleurs", true).to_string();
    let daily = |role: &'static str| vec![("frequency", "daily"), ("time", "08:00"), ("role", role)];
    let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };

    let refused = world.subscribe(EN_GUILD, pinged, &daily(leak(&locked))).await;
    assert_eq!(
        content(&refused),
        format!(
            "I may not mention <@&{locked}>: make it mentionable in the server's settings, or give me \
             Mention @everyone, @here and All Roles."
        )
    );
    let refused = world.subscribe_as(&admin(930, "fr"), EN_GUILD, pinged, &daily(leak(&foreign))).await;
    assert_eq!(
        content(&refused),
        "Ce rôle n'est pas un rôle de ce serveur que je peux mentionner : choisissez-en un autre."
    );
    let confirmed = world.subscribe(EN_GUILD, pinged, &daily(leak(&role))).await;
    assert!(content(&confirmed).contains(&format!("Each digest mentions <@&{role}>, and nobody else.")));
    world.subscribe(EN_GUILD, quiet, &[("frequency", "daily"), ("time", "08:00")]).await;

    clock.set("2026-11-24T08:00:00Z");
    let first = world.standin.wait_channel_messages(pinged, 1).await;
    let role_id: u64 = role.parse().expect("an id");
    assert_eq!(content(&first[0].message), format!("<@&{role}>"), "the mention on top");
    assert_eq!(first[0].pinged, Pinged { roles: vec![role_id], ..Pinged::default() });
    world.standin.wait_channel_messages(quiet, 1).await;
    bot.stop().await;

    // A hostile sentence in the store: a digest carries it, and it pings nobody.
    add_fact(&world, "hostile", "military", "2026-11-30", "@everyone read this now", "@everyone lisez ceci");
    let bot = world.start_with_clock(&clock, &[]).await;
    clock.set("2026-11-25T08:00:00Z");
    let news = world.standin.wait_channel_messages(pinged, 2).await;
    assert!(text_of(&news[1]).contains("@everyone read this now"), "the digest carries the sentence");
    assert_eq!(news[1].pinged, Pinged { roles: vec![role_id], ..Pinged::default() }, "that role only");
    let quiet_news = world.standin.wait_channel_messages(quiet, 2).await;
    assert!(text_of(&quiet_news[1]).contains("@everyone read this now"));
    assert_eq!(quiet_news[1].pinged, Pinged::default(), "nobody");
    let sent: Vec<Value> = world
        .standin
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == format!("/channels/{pinged}/messages"))
        .filter_map(|r| r.body.clone())
        .collect();
    assert_eq!(sent.len(), 2);
    for body in sent {
        assert_eq!(
            body["allowed_mentions"],
            serde_json::json!({ "parse": [], "users": [], "roles": [role] }),
            "exactly that role, never @everyone"
        );
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn digests_are_published_threaded_and_posted_in_forums_as_asked() {
    let world = World::new().await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let announcement = |name: &str| ChannelSpec { name: name.to_owned(), kind: 5, ..ChannelSpec::default() };
    let published = world.standin.add_channel_spec(EN_GUILD, announcement("announcements"));
    let refused = world.standin.add_channel_spec(EN_GUILD, announcement("press"));
    let limited = world.standin.add_channel_spec(EN_GUILD, announcement("busy"));
    let threaded = world.standin.add_channel(EN_GUILD, "discussion", 0);
    let tag = 4_000_000_000_000_000_001;
    let forum = world.standin.add_channel_spec(
        EN_GUILD,
        ChannelSpec {
            name: "digests".into(),
            kind: 15,
            tags: vec![(tag, "digest".into(), false)],
            require_tag: true,
            ..ChannelSpec::default()
        },
    );
    let strict = world.standin.add_channel_spec(
        EN_GUILD,
        ChannelSpec {
            name: "staff-only".into(),
            kind: 15,
            tags: vec![(tag + 1, "staff".into(), true)],
            require_tag: true,
            ..ChannelSpec::default()
        },
    );
    let daily = [("frequency", "daily"), ("time", "08:00")];
    let with = |extra: (&'static str, &'static str)| {
        let mut options = daily.to_vec();
        options.push(extra);
        options
    };

    let refusal = world.subscribe(EN_GUILD, threaded, &with(("publish", "true"))).await;
    assert_eq!(
        content(&refusal),
        format!(
            "Only the posts of an announcement channel can be published, and <#{threaded}> is not one: leave out \
             the publish option, or choose an announcement channel."
        )
    );
    let refusal = world.subscribe(EN_GUILD, strict, &daily).await;
    assert_eq!(
        content(&refusal),
        format!(
            "The forum <#{strict}> requires a tag on each post, and I may apply none of its tags: add a tag that \
             is not moderated, or give me Manage Threads."
        )
    );
    let confirmed = world.subscribe(EN_GUILD, published, &daily).await;
    assert!(
        content(&confirmed).contains("published to the servers that follow the channel"),
        "on by default"
    );
    world.subscribe(EN_GUILD, refused, &daily).await;
    world.subscribe(EN_GUILD, limited, &daily).await;
    let confirmed = world.subscribe(EN_GUILD, threaded, &with(("thread", "true"))).await;
    assert!(content(&confirmed).contains("A thread is opened on each digest"));
    let confirmed = world.subscribe(EN_GUILD, forum, &daily).await;
    assert!(content(&confirmed).contains("Each digest is a new post of the forum."));
    world.standin.set_faults(|f| {
        f.publish_statuses.insert(refused, vec![403]);
        // Publishing's hourly limit, met through other publishers: an hour to wait.
        f.publish_statuses.insert(limited, vec![429]);
    });

    clock.set("2026-11-24T08:00:00Z");
    let posted = world.standin.wait_channel_messages(published, 1).await;
    let id = |p: &Posted| p.message["id"].as_str().and_then(|i| i.parse::<u64>().ok()).expect("an id");
    wait_until(|| world.standin.published().contains(&(published, id(&posted[0])))).await;
    let press = world.standin.wait_channel_messages(refused, 1).await;
    let status = world.status_until(EN_GUILD, "en-US", "servers (error 403)").await;
    assert!(
        status.contains(
            "Discord did not publish it to the following servers (error 403); the digest itself stays posted."
        ),
        "{status}"
    );
    assert!(!world.standin.published().iter().any(|(c, _)| *c == refused));
    let status = world.status_until(EN_GUILD, "en-US", "(error 429)").await;
    assert!(status.contains("Discord did not publish it to the following servers (error 429)"), "{status}");
    assert_eq!(world.standin.channel_messages(limited).len(), 1, "posted once, not held for an hour");
    let history = content(
        &world
            .command(
                Some(EN_GUILD),
                &admin(931, "fr"),
                ("digest", Some("history"), &[("channel", &refused.to_string())]),
            )
            .await,
    );
    assert!(
        history.contains("Discord ne l'a pas diffusé aux serveurs abonnés (erreur 403) ; le bulletin lui-même reste publié."),
        "{history}"
    );
    let link = format!("https://discord.com/channels/{EN_GUILD}/{refused}/{}", id(&press[0]));
    assert!(history.contains(&link), "a link to the post: {history}");

    let discussed = world.standin.wait_channel_messages(threaded, 1).await;
    wait_until(|| world.standin.threads().iter().any(|t| t.message == Some(id(&discussed[0])))).await;
    let thread = world.standin.threads().into_iter().find(|t| t.parent == threaded).expect("a thread");
    assert_eq!(support::bot::plain(&thread.name), format!("{OVERVIEW_EN} – November 24, 2026"));

    wait_until(|| world.standin.threads().iter().any(|t| t.parent == forum)).await;
    let post = world.standin.threads().into_iter().find(|t| t.parent == forum).expect("a forum post");
    assert_eq!(post.tags, [tag.to_string()], "the tag the forum requires");
    assert_eq!(support::bot::plain(&post.name), format!("{OVERVIEW_EN} – November 24, 2026"));
    let inside = world.standin.channel_messages(post.id);
    assert_eq!(inside.len(), 1);
    assert_eq!(posted_title(&inside[0]), OVERVIEW_EN);

    // The next day has nothing new: nothing is posted again, not even where publishing failed.
    clock.set("2026-11-25T08:00:00Z");
    world.status_until(EN_GUILD, "en-US", "nothing was new").await;
    clock.settled().await;
    assert_eq!(world.standin.channel_messages(refused).len(), 1);
    assert_eq!(world.standin.channel_messages(limited).len(), 1);
    assert_eq!(world.standin.published().len(), 1);
    assert_eq!(world.standin.threads().len(), 2);
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_pauses_one_subscription_and_tells_the_server_once() {
    let world = World::new().await;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let general = world.standin.guild(EN_GUILD).general().id;
    world.standin.set_system_channel(EN_GUILD, Some(general));
    let lost = world.standin.add_channel(EN_GUILD, "lost", 0);
    let kept = world.standin.add_channel(EN_GUILD, "kept", 0);
    let gone = world.standin.add_channel(FR_GUILD, "gone", 0);
    for (guild, channel) in [(EN_GUILD, lost), (EN_GUILD, kept), (FR_GUILD, gone)] {
        world.subscribe(guild, channel, &[("frequency", "daily"), ("time", "08:00")]).await;
    }
    // An admin takes Send Messages away from the bot in one channel; another channel is deleted.
    world.standin.change_channel(lost, |c| c.deny_everyone = permission::SEND_MESSAGES);
    world.standin.set_faults(|f| {
        f.channel_statuses.insert(gone, vec![404]);
    });

    clock.set("2026-11-24T08:00:00Z");
    world.standin.wait_channel_messages(kept, 1).await;
    let notice = world.standin.wait_channel_messages(general, 1).await;
    assert_eq!(
        content(&notice[0].message),
        format!(
            "The digest in <#{lost}> is paused: I lost Send Messages there. An admin can resume it with \
             /digest subscribe."
        )
    );
    assert_eq!(notice[0].pinged, Pinged::default());
    let history = content(
        &world
            .command(
                Some(EN_GUILD),
                &admin(932, "en-US"),
                ("digest", Some("history"), &[("channel", &lost.to_string())]),
            )
            .await,
    );
    assert!(history.starts_with(&format!("The last run in <#{lost}>:")), "{history}");
    assert!(history.contains(&format!("posting stopped: I lost Send Messages in <#{lost}>.")), "{history}");
    let status = world.status(EN_GUILD, "fr").await;
    assert!(
        status.contains(&format!("En pause : il me manque désormais Envoyer des messages dans <#{lost}>.")),
        "{status}"
    );
    let status = world.status_until(FR_GUILD, "fr", "En pause").await;
    assert!(status.contains(&format!("<#{gone}> n'existe plus.")), "{status}");

    // The next days: the other subscription keeps running; the server was told once.
    for day in ["2026-11-25T08:00:00Z", "2026-11-26T08:00:00Z"] {
        clock.set(day);
        let ran = format!("Last run: <t:{}:F>, nothing was new", at(day).timestamp());
        let status = world.status_until(EN_GUILD, "en-US", &ran).await;
        assert!(status.contains(&ran), "{status}");
    }
    let history = content(
        &world
            .command(
                Some(EN_GUILD),
                &admin(933, "en-US"),
                ("digest", Some("history"), &[("channel", &kept.to_string())]),
            )
            .await,
    );
    assert!(history.starts_with(&format!("The last 3 runs in <#{kept}>, newest first:")), "{history}");
    assert_eq!(world.standin.channel_messages(general).len(), 1, "told once");
    let fr_general = world.standin.guild(FR_GUILD).general().id;
    assert!(
        world.standin.channel_messages(fr_general).is_empty(),
        "no system channel: /digest status tells it"
    );
    let none = content(
        &world
            .command(
                Some(EN_GUILD),
                &admin(934, "en-US"),
                ("digest", Some("history"), &[("channel", &general.to_string())]),
            )
            .await,
    );
    assert_eq!(none, format!("No digest is posted in <#{general}>. Start one with /digest subscribe."));

    // Given back the permission, subscribing again resumes it.
    world.standin.change_channel(lost, |c| c.deny_everyone = 0);
    world.subscribe(EN_GUILD, lost, &[("frequency", "daily"), ("time", "09:00")]).await;
    clock.set("2026-11-26T09:00:00Z");
    world.standin.wait_channel_messages(lost, 1).await;
    world.assert_no_schema_errors();
    bot.stop().await;
}

in_both_modes!(
    a_subscribed_channel_gets_its_digest_at_the_scheduled_minute,
    mistakes_in_a_subscription_get_localised_errors,
    an_unsubscribed_server_gets_nothing_more,
    a_channel_of_another_server_or_of_none_is_refused_and_nothing_is_stored,
);

/// The start's own requests (the gateway, the application, the commands' registration) are not
/// paced: a digest due when the bot starts goes out after them, and a second after the
/// registration, so that the two never share a second of Discord's rate limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_digest_due_at_start_leaves_the_starts_requests_their_second() {
    use alliance_digest::digests::model::Subscription;
    use alliance_digest::digests::ports::DigestStore;
    use alliance_digest::digests::schedule::{Frequency, Schedule};
    use alliance_digest::storage::{SqliteStore, Storage};

    let world = World::new().await;
    let channel = world.standin.add_channel(EN_GUILD, "digests", 0);
    let storage = SqliteStore::open(&world.database_url()).await.expect("the database opens");
    let schedule = Schedule::new(Frequency::Daily, "08:00", None, None, None).expect("a schedule");
    let subscription = Subscription::new(EN_GUILD, channel, schedule, at("2026-11-24T08:00:00Z"));
    storage.subscribe(&subscription, 10, at("2026-11-23T12:00:00Z")).await.expect("subscribed");
    storage.close().await;

    let clock = ManualClock::starting_at("2026-11-24T08:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let posted = world.standin.wait_channel_messages(channel, 1).await;
    let registered = world
        .standin
        .requests()
        .into_iter()
        .filter(|r| r.method == "PUT" && r.path.ends_with("/commands"))
        .map(|r| r.at)
        .max()
        .expect("the commands were registered");
    let gap = posted[0].at.saturating_duration_since(registered);
    assert!(gap >= Duration::from_secs(1), "the digest went out {gap:?} after the registration");
    assert_eq!(posted_title(&posted[0]), OVERVIEW_EN);
    bot.stop().await;
}
