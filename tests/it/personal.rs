//! Personal digests as a user meets them: `/my-digest start`, wherever the app is installed,
//! sends them the digest by direct message at their time in their zone, in the Discord language
//! they last used with the bot; a DM Discord refuses pauses it, and they hear nothing more until
//! they start it again; `stop` ends it.

use crate::in_both_modes;
use crate::support;

use serde_json::Value;
use support::bot::{content, is_ephemeral, user, Mode, World, FR_GUILD};
use support::clock::{at, ManualClock};
use support::discord::payloads::dm_channel_id;
use support::discord::{Elsewhere, Invoker, StandIn};

const OVERVIEW_JA: &str = "ロシア・北朝鮮同盟の概要";
const OVERVIEW_EN: &str = "The Russia–North Korea alliance at a glance";

/// A server that did not add the bot, Korean by its Discord locale.
const ELSEWHERE: Elsewhere = Elsewhere::ServerWithoutBot { guild: 4_200_000_000_000_000_077, locale: "ko" };

/// `/my-digest <sub>` sent by `who` from `place`, as a user who installed the app sends it.
async fn my_digest(
    standin: &StandIn,
    place: Elsewhere,
    who: &Invoker,
    sub: &str,
    options: &[(&str, &str)],
) -> Value {
    let interaction = standin.user_install_command(place, who, "my-digest", Some(sub), options);
    standin.interact(interaction).await.message()
}

/// `/my-digest status` in English until it says `expected`: what the scheduler did shows
/// nowhere else.
async fn status_until(standin: &StandIn, user_id: u64, expected: &str) -> String {
    let deadline = tokio::time::Instant::now() + support::discord::PATIENCE;
    loop {
        let status =
            content(&my_digest(standin, Elsewhere::Dm, &user(user_id, "en-US"), "status", &[]).await);
        if status.contains(expected) || tokio::time::Instant::now() > deadline {
            return status;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The title of a posted digest.
fn posted_title(message: &Value) -> String {
    support::bot::title(message)
}

/// How many times the bot posted in a channel.
fn posts_to(standin: &StandIn, channel: u64) -> usize {
    let path = format!("/channels/{channel}/messages");
    standin.requests().iter().filter(|r| r.method == "POST" && r.path == path).count()
}

async fn a_personal_digest_comes_by_dm_at_its_time_in_the_users_zone_and_language(mode: Mode) {
    let world = World::new_in(mode).await;
    let standin = &world.standin;
    let clock = ManualClock::starting_at("2026-11-23T22:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let who = user(500, "de");
    let dm = dm_channel_id(500);

    // In a DM with the bot, from the user's own install: 09:00 in Tokyo is 00:00 UTC.
    let options = [("frequency", "daily"), ("time", "09:00"), ("timezone", "Asia/Tokyo")];
    let started = my_digest(standin, Elsewhere::Dm, &who, "start", &options).await;
    assert!(is_ephemeral(&started), "only its user sees it");
    let text = content(&started);
    assert!(text.starts_with("Erledigt: Du bekommst täglich um 09:00 Uhr (Asia/Tokyo)"), "in German: {text}");
    assert!(text.contains(&format!("<t:{}:F>", at("2026-11-24T00:00:00Z").timestamp())), "{text}");
    assert_eq!(standin.dm_opened_with(500), Some(dm), "the DM channel was opened over REST");

    // Before it is due, the user switches Discord to Japanese and asks something elsewhere.
    let asked = standin.user_install_command(ELSEWHERE, &user(500, "ja"), "alliance", Some("military"), &[]);
    standin.interact(asked).await.message();

    clock.set("2026-11-23T23:59:00Z");
    clock.settled().await;
    assert_eq!(posts_to(standin, dm), 0, "not before its time");
    clock.set("2026-11-24T00:00:00Z");
    let posted = standin.wait_channel_messages(dm, 1).await;
    assert_eq!(posted_title(&posted[0].message), OVERVIEW_JA, "in the language the user last used");
    assert_eq!(posted[0].message["guild_id"], Value::Null, "a direct message");
    let status = status_until(standin, 500, "posted: https://").await;
    assert!(
        status.starts_with("Your digest by direct message, every day at 09:00 (Asia/Tokyo)."),
        "{status}"
    );
    assert!(status.contains(&format!("posted: https://discord.com/channels/@me/{dm}/")), "{status}");

    // Started again from a server that added the bot: the same DM, one digest, a new schedule.
    let options = [("frequency", "weekly"), ("weekday", "Friday"), ("time", "18:30")];
    let interaction =
        standin.slash_command(Some(FR_GUILD), &user(500, "en-US"), "my-digest", Some("start"), &options);
    let again = content(&standin.interact(interaction).await.message());
    assert!(again.contains("This replaces your earlier schedule."), "{again}");
    let status = status_until(standin, 500, "every Friday").await;
    assert!(status.starts_with("Your digest by direct message, every Friday at 18:30 (UTC)."), "{status}");
    assert_eq!(standin.dm_opened_with(500), Some(dm));

    // Stopped: nothing more.
    let stopped = content(&my_digest(standin, ELSEWHERE, &user(500, "en-US"), "stop", &[]).await);
    assert_eq!(stopped, "Your digest by direct message is stopped: nothing more will be sent to you.");
    let none = content(&my_digest(standin, Elsewhere::Dm, &user(500, "en-US"), "status", &[]).await);
    assert!(none.starts_with("You have no digest by direct message."), "{none}");
    let stopped = content(&my_digest(standin, Elsewhere::Dm, &user(500, "en-US"), "stop", &[]).await);
    assert!(stopped.starts_with("You have no digest by direct message."), "{stopped}");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn a_user_who_closed_their_dms_pauses_their_digest_and_hears_nothing_more(mode: Mode) {
    let world = World::new_in(mode).await;
    let standin = &world.standin;
    let clock = ManualClock::starting_at("2026-11-24T07:00:00Z");
    let bot = world.start_with_clock(&clock, &[]).await;
    let who = user(520, "en-US");
    let dm = dm_channel_id(520);
    let options = [("frequency", "daily"), ("time", "08:00")];
    let started = content(&my_digest(standin, ELSEWHERE, &who, "start", &options).await);
    assert!(
        started.starts_with("Done: a digest will be sent to you by direct message every day at 08:00 (UTC)."),
        "{started}"
    );

    // The user closes their DMs to the bot: Discord refuses the digest with its 50007.
    standin.close_dms(520, true);
    let from = standin.requests().len();
    clock.set("2026-11-24T08:00:00Z");
    let status = status_until(standin, 520, "Paused").await;
    assert!(status.contains("Paused: Discord refused my direct message"), "{status}");
    assert!(status.contains("Last run: "), "{status}");
    assert!(status.contains("Discord refused the direct message."), "{status}");
    // Told nothing more, anywhere: the refused DM is the one thing the bot sent, and it
    // looked at no server.
    let asked: Vec<String> = standin
        .requests()
        .into_iter()
        .skip(from)
        .filter(|r| !r.path.starts_with("/interactions/") && !r.path.starts_with("/webhooks/"))
        .filter(|r| r.method != "GET" || r.path.starts_with("/guilds/") || r.path.starts_with("/channels/"))
        .map(|r| format!("{} {} {}", r.method, r.path, r.status))
        .collect();
    assert_eq!(asked, vec![format!("POST /channels/{dm}/messages 403")]);
    // Paused: the next days are not tried.
    clock.set("2026-11-26T08:00:00Z");
    clock.settled().await;
    assert_eq!(posts_to(standin, dm), 1, "a paused digest is not tried again");

    // Open again and started again: the digest comes.
    standin.close_dms(520, false);
    let again = content(&my_digest(standin, Elsewhere::Dm, &who, "start", &options).await);
    assert!(again.contains("This replaces your earlier schedule."), "{again}");
    let status = status_until(standin, 520, "Next one").await;
    assert!(!status.contains("Paused"), "{status}");
    clock.set("2026-11-27T08:00:00Z");
    let posted = standin.wait_channel_messages(dm, 1).await;
    assert_eq!(posted_title(&posted[0].message), OVERVIEW_EN);
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn a_bad_schedule_is_refused_in_the_users_language_and_nothing_is_opened(mode: Mode) {
    let world = World::new_in(mode).await;
    let standin = &world.standin;
    let bot = world.start_bot().await;
    let options = [("frequency", "daily"), ("time", "25:00")];
    let refused = my_digest(standin, Elsewhere::Dm, &user(530, "fr"), "start", &options).await;
    assert!(is_ephemeral(&refused));
    let text = content(&refused);
    assert!(text.starts_with("Je ne sais pas lire l'heure") && text.contains("25:00"), "{text}");
    assert_eq!(standin.dm_opened_with(530), None, "nothing opened, nothing kept");
    let none = content(&my_digest(standin, Elsewhere::Dm, &user(530, "fr"), "status", &[]).await);
    assert!(none.starts_with("Vous n'avez pas de bulletin en message privé."), "{none}");
    world.assert_no_schema_errors();
    bot.stop().await;
}

async fn users_starting_at_once_have_their_dms_opened_at_the_bots_pace(mode: Mode) {
    let world = World::new_in(mode).await;
    let standin = &world.standin;
    let clock = ManualClock::starting_at("2026-11-23T22:00:00Z");
    // One request a second for the whole bot: opening a DM waits for its slot, as a digest does.
    let bot = world.start_with_clock(&clock, &[("DISCORD_RATE_LIMIT", "1")]).await;
    let options = [("frequency", "daily"), ("time", "09:00")];
    let starts = [540, 541, 542]
        .map(|id| {
            standin.user_install_command(
                Elsewhere::Dm,
                &user(id, "en-US"),
                "my-digest",
                Some("start"),
                &options,
            )
        })
        .to_vec();
    for answer in standin.interact_all(starts).await {
        let text = content(&answer.message());
        assert!(text.starts_with("Done: a digest will be sent to you by direct message every day"), "{text}");
    }
    let mut opened: Vec<_> = standin
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/users/@me/channels")
        .map(|r| r.at)
        .collect();
    opened.sort();
    assert_eq!(opened.len(), 3, "a DM opened for each user");
    for pair in opened.windows(2) {
        let apart = pair[1].duration_since(pair[0]);
        assert!(apart >= std::time::Duration::from_millis(900), "two DMs opened {apart:?} apart");
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}

in_both_modes!(
    a_personal_digest_comes_by_dm_at_its_time_in_the_users_zone_and_language,
    users_starting_at_once_have_their_dms_opened_at_the_bots_pace,
    a_user_who_closed_their_dms_pauses_their_digest_and_hears_nothing_more,
    a_bad_schedule_is_refused_in_the_users_language_and_nothing_is_opened,
);
