//! `/my-digest start | status | stop`: a user's own digest, sent to them by direct message on
//! their schedule, with their topics, in the Discord language they last used with the bot. Any
//! user may have one, wherever they use the command (a server, the bot's DMs, a group DM, from
//! a server's install or their own). Every answer is private. The DM channel is opened over
//! REST once, when the digest starts, and kept; the scheduler sends the digests, exactly once
//! across processes as a channel's. A DM Discord refuses (the user closed their DMs or blocked
//! the bot) pauses the digest, and the user is told nothing more until they start it again.

use serde_json::json;

use super::digest::schedule_and_topics;
use super::digest::{FrequencyChoice, TopicChoice, WeekdayChoice};
use super::Options;
use crate::content::text::Text;
use crate::digests::model::{Subscribed, Subscription, PERSONAL_PER_USER};
use crate::digests::texts;
use crate::discord::call::{Call, Failure, Response};
use crate::discord::{CommandError, Context};

// The declarations, for registration; interactions are answered by `run`, in both modes.
#[poise::command(
    slash_command,
    rename = "my-digest",
    // Wherever the app is installed, by a server or by the user.
    install_context = "Guild|User",
    interaction_context = "Guild|BotDm|PrivateChannel",
    subcommands("start", "status", "stop"),
    subcommand_required
)]
pub async fn my_digest(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

// The options of `/digest subscribe` that a DM has a use for, worded by the same messages.
#[poise::command(slash_command)]
#[allow(clippy::too_many_arguments)]
pub async fn start(
    _ctx: Context<'_>,
    frequency: FrequencyChoice,
    time: String,
    #[autocomplete = "super::no_choices"] timezone: Option<String>,
    weekday: Option<WeekdayChoice>,
    #[min = 1]
    #[max = 28]
    day: Option<i64>,
    topic: Option<TopicChoice>,
    #[rename = "topic-2"] topic_2: Option<TopicChoice>,
    #[rename = "topic-3"] topic_3: Option<TopicChoice>,
    #[rename = "topic-4"] topic_4: Option<TopicChoice>,
) -> Result<(), CommandError> {
    let _ = (frequency, time, timezone, weekday, day, topic, topic_2, topic_3, topic_4);
    Ok(())
}

#[poise::command(slash_command)]
pub async fn status(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[poise::command(slash_command)]
pub async fn stop(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// The name the options' errors give the command.
const NAME: &str = "my-digest";

/// Answers `/my-digest <sub>` for the user who sent it.
pub async fn run(call: &Call, sub: &str, options: &Options<'_>) -> Result<Response, Failure> {
    let user = call.user_id().ok_or_else(Failure::outdated)?;
    match sub {
        "start" => start_for(call, user, options),
        "status" => status_of(call, user).await,
        "stop" => Ok(stop_for(call, user)),
        other => {
            tracing::warn!(subcommand = other, "a /my-digest subcommand this version does not have");
            Err(Failure::outdated())
        }
    }
}

fn start_for(call: &Call, user: u64, options: &Options<'_>) -> Result<Response, Failure> {
    let (schedule, topics) = schedule_and_topics(options, NAME)?;
    let locale = call.audience().user_locale.to_owned();
    // Opening the DM channel is a request: acknowledge first (Discord allows 3 seconds).
    let call = call.clone();
    Ok(Response::deferred(true, async move {
        let shared = &call.shared;
        let dm = open_dm(&call, user).await?;
        // The one personal digest a user has lives in their DM channel, which Discord keeps
        // for good; one kept under another channel id is replaced.
        for earlier in shared.storage.subscriptions(user).await? {
            if earlier.channel_id != dm {
                shared.storage.unsubscribe(user, earlier.channel_id).await?;
            }
        }
        let now = shared.clock.now();
        let next = schedule.next_after(now).at;
        let subscription =
            Subscription { topics, ..Subscription::personal(user, dm, schedule, &locale, next) };
        let subscribed = shared.storage.subscribe(&subscription, PERSONAL_PER_USER, now).await?;
        if subscribed == Subscribed::Full {
            // Only if another start of this user's slipped in between: theirs stands.
            return Err(Failure::refused("full", Text::new("my-digest-busy")));
        }
        shared.wake.notify_one();
        let texts = texts::personal_started(&subscription, subscribed == Subscribed::Replaced);
        Ok(call.tell_lines(&texts).await)
    }))
}

/// The user's DM channel with the bot, opened (or found: Discord returns the one there is).
async fn open_dm(call: &Call, user: u64) -> Result<u64, Failure> {
    call.turn().await;
    let channel = call.discord.create_private_channel(&json!({ "recipient_id": user.to_string() })).await?;
    Ok(channel.id.get())
}

async fn status_of(call: &Call, user: u64) -> Result<Response, Failure> {
    let subscriptions = call.shared.storage.subscriptions(user).await?;
    let texts = match subscriptions.first() {
        Some(subscription) => texts::personal_status(subscription),
        None => vec![Text::new("my-digest-none")],
    };
    Ok(Response::Message(call.tell_lines(&texts).await))
}

fn stop_for(call: &Call, user: u64) -> Response {
    let call = call.clone();
    Response::deferred(true, async move {
        let storage = &call.shared.storage;
        let mut stopped = false;
        for subscription in storage.subscriptions(user).await? {
            stopped |= storage.unsubscribe(user, subscription.channel_id).await?.is_some();
        }
        if stopped {
            call.shared.wake.notify_one();
        }
        let text = Text::new(if stopped { "my-digest-stopped" } else { "my-digest-none" });
        Ok(call.tell(&text).await)
    })
}
