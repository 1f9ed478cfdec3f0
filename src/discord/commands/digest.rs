//! `/digest subscribe | unsubscribe | status | preview`: a server's scheduled digest. Like
//! `/language`, it needs Manage Server (Discord hides it from other members and poise checks
//! again). Every answer is private, in the admin's language; the digests themselves speak the
//! server's language and are posted by the scheduler.

use chrono::{DateTime, Datelike, Utc};
use poise::serenity_prelude as serenity;
use serenity::{ChannelId, ChannelType, GuildId, Permissions};

use super::{Options, MAX_CHOICES};
use crate::content::message::EPHEMERAL;
use crate::content::text::{Arg, Text};
use crate::digests::schedule::{Frequency, Schedule, Zone};
use crate::discord::handler::{Call, Failure, Response};
use crate::discord::{CommandError, Context};
use crate::languages::server_language;
use crate::storage::{Outcome, Subscription};

// The declarations, for registration; interactions are answered by `run`, in both modes.
#[poise::command(
    slash_command,
    // In a DM it is shown anyway, so that it can say that it is for servers.
    interaction_context = "Guild|BotDm",
    default_member_permissions = "MANAGE_GUILD",
    subcommands("subscribe", "unsubscribe", "status", "preview"),
    subcommand_required
)]
pub async fn digest(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum FrequencyChoice {
    #[name = "daily"]
    Daily,
    #[name = "weekly"]
    Weekly,
    #[name = "monthly"]
    Monthly,
}

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum WeekdayChoice {
    #[name = "monday"]
    Monday,
    #[name = "tuesday"]
    Tuesday,
    #[name = "wednesday"]
    Wednesday,
    #[name = "thursday"]
    Thursday,
    #[name = "friday"]
    Friday,
    #[name = "saturday"]
    Saturday,
    #[name = "sunday"]
    Sunday,
}

impl From<FrequencyChoice> for Frequency {
    fn from(choice: FrequencyChoice) -> Frequency {
        match choice {
            FrequencyChoice::Daily => Frequency::Daily,
            FrequencyChoice::Weekly => Frequency::Weekly,
            FrequencyChoice::Monthly => Frequency::Monthly,
        }
    }
}

impl From<WeekdayChoice> for chrono::Weekday {
    fn from(choice: WeekdayChoice) -> chrono::Weekday {
        use chrono::Weekday::*;
        [Mon, Tue, Wed, Thu, Fri, Sat, Sun][choice as usize]
    }
}

// Options in Discord's order: the required ones first.
#[poise::command(slash_command)]
pub async fn subscribe(
    _ctx: Context<'_>,
    #[channel_types("Text", "News")] channel: serenity::PartialChannel,
    frequency: FrequencyChoice,
    time: String,
    #[autocomplete = "super::no_choices"] timezone: Option<String>,
    weekday: Option<WeekdayChoice>,
    #[min = 1]
    #[max = 28]
    day: Option<i64>,
) -> Result<(), CommandError> {
    let _ = (channel, frequency, time, timezone, weekday, day);
    Ok(())
}

#[poise::command(slash_command)]
pub async fn unsubscribe(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[poise::command(slash_command)]
pub async fn status(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[poise::command(slash_command)]
pub async fn preview(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

/// Answers `/digest <sub>` in server `guild`.
pub async fn run(call: &Call, guild: u64, sub: &str, options: &Options<'_>) -> Result<Response, Failure> {
    match sub {
        "subscribe" => subscribe_to(call, guild, options),
        "unsubscribe" => Ok(unsubscribe_from(call, guild)),
        "status" => status_of(call, guild).await,
        "preview" => preview_of(call, guild).await,
        other => {
            tracing::warn!(subcommand = other, "a /digest subcommand this version does not have");
            Err(Failure::outdated())
        }
    }
}

fn subscribe_to(call: &Call, guild: u64, options: &Options<'_>) -> Result<Response, Failure> {
    const NAME: &str = "digest";
    let channel = Options::required(options.channel("channel", NAME)?)?.id;
    let frequency = Options::required(options.choice::<FrequencyChoice>("frequency", NAME)?)?.into();
    let time = Options::required(options.string("time", NAME)?)?;
    let zone = options.string("timezone", NAME)?;
    let weekday = options.choice::<WeekdayChoice>("weekday", NAME)?.map(Into::into);
    let day = options.integer("day", NAME)?;
    let schedule = Schedule::new(frequency, time, zone, weekday, day).map_err(|error| {
        tracing::debug!(%error, "refused /digest subscribe");
        Failure::refused("bad_schedule", error.text())
    })?;
    // Looking at the channel takes requests: acknowledge first (Discord allows 3 seconds).
    let call = call.clone();
    Ok(Response::deferred(true, async move {
        if let Some(problem) = channel_problem(&call, GuildId::new(guild), channel).await? {
            return Err(Failure::refused("channel", problem));
        }
        let shared = &call.shared;
        let now = shared.clock.now();
        let next = schedule.next_after(now);
        let subscription = Subscription {
            guild_id: guild,
            channel_id: channel.get(),
            schedule,
            guild_locale: call.audience().guild_locale.map(str::to_owned),
            next_run: next.at,
            paused: None,
            watermark: None,
            last: None,
        };
        let replaced = shared.storage.subscribe(&subscription, now).await.map_err(Failure::not_saved)?;
        shared.wake.notify_one();
        let mut texts = vec![Text::new("digest-subscribed")
            .arg("channel", mention(channel))
            .arg("cadence", Arg::Text(cadence(&schedule)))
            .arg("next", Arg::Text(when(&schedule, next.at)))
            .arg("timestamp", timestamp(next.at))];
        if replaced {
            texts.push(Text::new("digest-replaced"));
        }
        Ok(call.tell_lines(&texts).await)
    }))
}

fn unsubscribe_from(call: &Call, guild: u64) -> Response {
    let call = call.clone();
    Response::deferred(true, async move {
        let shared = &call.shared;
        let text = match shared.storage.unsubscribe(guild).await.map_err(Failure::not_saved)? {
            Some(subscription) => {
                shared.wake.notify_one();
                Text::new("digest-unsubscribed")
                    .arg("channel", mention(ChannelId::new(subscription.channel_id)))
            }
            None => Text::new("digest-none"),
        };
        Ok(call.tell(&text).await)
    })
}

async fn status_of(call: &Call, guild: u64) -> Result<Response, Failure> {
    let Some(subscription) = call.shared.storage.subscription(guild).await? else {
        return Ok(Response::Message(call.tell(&Text::new("digest-none")).await));
    };
    let schedule = &subscription.schedule;
    let channel = mention(ChannelId::new(subscription.channel_id));
    let mut texts = vec![Text::new("digest-status")
        .arg("channel", channel.clone())
        .arg("cadence", Arg::Text(cadence(schedule)))];
    match subscription.paused {
        Some(pause) => texts.push(
            Text::new("digest-status-paused")
                .arg("reason", Arg::Word(pause.as_str().into()))
                .arg("channel", channel),
        ),
        None => texts.push(
            Text::new("digest-status-next")
                .arg("next", Arg::Text(when(schedule, subscription.next_run)))
                .arg("timestamp", timestamp(subscription.next_run)),
        ),
    }
    texts.push(match &subscription.last {
        None => Text::new("digest-status-never"),
        Some(last) => {
            let outcome = match last.outcome {
                Outcome::Posted => Text::new("digest-outcome-posted"),
                Outcome::NothingNew => Text::new("digest-outcome-nothing-new"),
                Outcome::Failed(status) => {
                    Text::new("digest-outcome-failed").arg("status", Arg::Number(status.into()))
                }
                Outcome::Paused(_) => Text::new("digest-outcome-paused"),
            };
            Text::new("digest-status-last")
                .arg("timestamp", timestamp(last.at))
                .arg("outcome", Arg::Text(outcome))
        }
    });
    Ok(Response::Message(call.tell_lines(&texts).await))
}

async fn preview_of(call: &Call, guild: u64) -> Result<Response, Failure> {
    let shared = &call.shared;
    let Some(subscription) = shared.storage.subscription(guild).await? else {
        return Ok(Response::Message(call.tell(&Text::new("digest-none")).await));
    };
    // The digest in the language it will be posted in; the words around it in the admin's.
    let locale = call.audience().guild_locale.map(str::to_owned).or(subscription.guild_locale.clone());
    let catalog = call.engine.catalog();
    let server = server_language(shared.storage.as_ref(), catalog, guild, locale.as_deref()).await;
    let Some(pages) = call.engine.digest(subscription.watermark, server) else {
        return Ok(Response::Message(call.tell(&Text::new("digest-preview-empty")).await));
    };
    let next = subscription.schedule.next_after(shared.clock.now()).at;
    let intro = Text::new("digest-preview")
        .arg("channel", mention(ChannelId::new(subscription.channel_id)))
        .arg("next", Arg::Text(when(&subscription.schedule, next)))
        .arg("timestamp", timestamp(next));
    let mut message = pages.into_iter().next().unwrap_or_default();
    message.content = call.tell(&intro).await.content;
    message.flags = Some(EPHEMERAL);
    Ok(Response::Message(message))
}

/// Time zones matching what was typed, those most servers use first.
pub fn complete_zone(typed: &str) -> Vec<(String, String)> {
    Zone::suggest(typed, MAX_CHOICES).into_iter().map(|zone| (zone.to_owned(), zone.to_owned())).collect()
}

/// Why the bot cannot post digests in a channel, if it cannot: the channel must belong to the
/// server running the command (an interaction can carry any id, even another server's channel,
/// and Discord's answer about the channel is the only word on where it belongs), and the bot
/// must see it, send messages and embed links there.
async fn channel_problem(
    call: &Call,
    guild: GuildId,
    channel_id: ChannelId,
) -> Result<Option<Text>, Failure> {
    let http = &call.discord;
    let unseen = || Text::new("error-digest-channel-unseen").arg("channel", mention(channel_id));
    let channel = match http.get_channel(channel_id).await {
        Ok(serenity::Channel::Guild(channel)) if channel.guild_id == guild => {
            if !matches!(channel.kind, ChannelType::Text | ChannelType::News) {
                return Ok(Some(Text::new("error-digest-channel-kind").arg("channel", mention(channel_id))));
            }
            channel
        }
        Ok(_) => {
            tracing::warn!(
                channel = channel_id.get(),
                guild = guild.get(),
                "refused a channel of no such server"
            );
            return Ok(Some(unseen()));
        }
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)))
            if matches!(response.status_code.as_u16(), 403 | 404) =>
        {
            return Ok(Some(unseen()));
        }
        Err(error) => return Err(error.into()),
    };
    let server = http.get_guild(guild).await?;
    let me = http.get_member(guild, call.bot_id).await?;
    let allowed = server.user_permissions_in(&channel, &me);
    let needed = [
        (Permissions::VIEW_CHANNEL, "permission-view-channel"),
        (Permissions::SEND_MESSAGES, "permission-send-messages"),
        (Permissions::EMBED_LINKS, "permission-embed-links"),
    ];
    let missing: Vec<Text> =
        needed.iter().filter(|(p, _)| !allowed.contains(*p)).map(|(_, id)| Text::new(*id)).collect();
    if missing.is_empty() {
        return Ok(None);
    }
    tracing::debug!(channel = channel_id.get(), ?allowed, "refused a digest channel");
    Ok(Some(
        Text::new("error-digest-channel-permissions")
            .arg("channel", mention(channel_id))
            .arg("count", Arg::Number(missing.len() as i64))
            .arg("missing", Arg::List(missing)),
    ))
}

fn mention(channel: ChannelId) -> Arg {
    Arg::Word(format!("<#{}>", channel.get()))
}

/// A Discord timestamp: each reader's client shows it in their own time zone and language.
fn timestamp(at: DateTime<Utc>) -> Arg {
    Arg::Word(format!("<t:{}:F>", at.timestamp()))
}

/// "every Monday at 08:00 (Europe/Paris)".
fn cadence(schedule: &Schedule) -> Text {
    Text::new("digest-cadence")
        .arg("frequency", Arg::Word(schedule.frequency().as_str().to_owned()))
        .arg("weekday", Arg::Text(weekday(schedule.weekday().unwrap_or(chrono::Weekday::Mon))))
        .arg("day", Arg::Number(schedule.day().map_or(1, i64::from)))
        .arg("time", Arg::Word(schedule.time.to_string()))
        .arg("zone", Arg::Word(schedule.zone.name().to_owned()))
}

/// An instant in the schedule's own zone: "Monday, November 30, 2026, at 08:00 (Europe/Paris)".
fn when(schedule: &Schedule, at: DateTime<Utc>) -> Text {
    let local = at.with_timezone(&schedule.zone.tz());
    Text::new("digest-when")
        .arg("weekday", Arg::Text(weekday(local.weekday())))
        .arg("date", Arg::Day(local.date_naive()))
        .arg("time", Arg::Word(local.format("%H:%M").to_string()))
        .arg("zone", Arg::Word(schedule.zone.name().to_owned()))
}

fn weekday(day: chrono::Weekday) -> Text {
    Text::new(format!("weekday-{}", day.number_from_monday()))
}
