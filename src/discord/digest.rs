//! `/digest subscribe | unsubscribe | status | preview`: a server's scheduled digest. Like
//! `/language`, it needs Manage Server (Discord hides it from other members and poise checks
//! again). Every answer is private, in the admin's language; the digests themselves speak the
//! server's language and are posted by the scheduler.

use chrono::{DateTime, Datelike, Utc};
use poise::serenity_prelude as serenity;
use serenity::{ChannelId, ChannelType, CreateAutocompleteResponse, GuildId, Permissions};

use super::respond::{self, ephemeral, reply, tell};
use super::{CommandError, Context};
use crate::digest::{Arg, Text};
use crate::message::{limits, truncate, Message, EPHEMERAL};
use crate::schedule::{Frequency, Schedule, Zone};
use crate::storage::{Outcome, Subscription};

#[poise::command(
    slash_command,
    guild_only,
    // In a DM it is shown anyway, so that it can say that it is for servers.
    interaction_context = "Guild|BotDm",
    default_member_permissions = "MANAGE_GUILD",
    required_permissions = "MANAGE_GUILD",
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
    ctx: Context<'_>,
    #[channel_types("Text", "News")] channel: serenity::PartialChannel,
    frequency: FrequencyChoice,
    time: String,
    #[autocomplete = "complete_zone"] timezone: Option<String>,
    weekday: Option<WeekdayChoice>,
    #[min = 1]
    #[max = 28]
    day: Option<i64>,
) -> Result<(), CommandError> {
    let (Some(guild), Some(interaction)) = (ctx.guild_id(), respond::interaction(ctx)) else { return Ok(()) };
    let shared = ctx.data();
    let schedule =
        match Schedule::new(frequency.into(), &time, timezone.as_deref(), weekday.map(Into::into), day) {
            Ok(schedule) => schedule,
            Err(error) => {
                tracing::debug!(%error, "refused /digest subscribe");
                tell(ctx, &error.text()).await?;
                return Ok(());
            }
        };
    // Looking at the channel takes requests: acknowledge first (Discord allows 3 seconds).
    ctx.defer_ephemeral().await?;
    if let Some(problem) = channel_problem(ctx, guild, channel.id).await? {
        tell(ctx, &problem).await?;
        return Ok(());
    }
    let now = shared.clock.now();
    let next = schedule.next_after(now);
    let subscription = Subscription {
        guild_id: guild.get(),
        channel_id: channel.id.get(),
        schedule,
        guild_locale: interaction.guild_locale.clone(),
        next_run: next.at,
        paused: None,
        watermark: None,
        last: None,
    };
    let texts = match shared.storage.subscribe(&subscription, now).await {
        Ok(replaced) => {
            shared.wake.notify_one();
            let mut texts = vec![Text::new("digest-subscribed")
                .arg("channel", mention(channel.id))
                .arg("cadence", Arg::Text(cadence(&schedule)))
                .arg("next", Arg::Text(when(&schedule, next.at)))
                .arg("timestamp", timestamp(next.at))];
            if replaced {
                texts.push(Text::new("digest-replaced"));
            }
            texts
        }
        Err(error) => {
            tracing::error!(%error, guild = guild.get(), "cannot save the digest schedule");
            vec![Text::new("error-storage")]
        }
    };
    tell_lines(ctx, &texts).await
}

#[poise::command(slash_command)]
pub async fn unsubscribe(ctx: Context<'_>) -> Result<(), CommandError> {
    let Some(guild) = ctx.guild_id() else { return Ok(()) };
    let shared = ctx.data();
    let text = match shared.storage.unsubscribe(guild.get()).await {
        Ok(Some(subscription)) => {
            shared.wake.notify_one();
            Text::new("digest-unsubscribed").arg("channel", mention(ChannelId::new(subscription.channel_id)))
        }
        Ok(None) => Text::new("digest-none"),
        Err(error) => {
            tracing::error!(%error, guild = guild.get(), "cannot end the digest subscription");
            Text::new("error-storage")
        }
    };
    tell(ctx, &text).await?;
    Ok(())
}

#[poise::command(slash_command)]
pub async fn status(ctx: Context<'_>) -> Result<(), CommandError> {
    let Some(guild) = ctx.guild_id() else { return Ok(()) };
    let Some(subscription) = ctx.data().storage.subscription(guild.get()).await? else {
        tell(ctx, &Text::new("digest-none")).await?;
        return Ok(());
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
    tell_lines(ctx, &texts).await
}

#[poise::command(slash_command)]
pub async fn preview(ctx: Context<'_>) -> Result<(), CommandError> {
    let Some(guild) = ctx.guild_id() else { return Ok(()) };
    let shared = ctx.data();
    let Some(subscription) = shared.storage.subscription(guild.get()).await? else {
        tell(ctx, &Text::new("digest-none")).await?;
        return Ok(());
    };
    // The digest in the language it will be posted in; the words around it in the admin's.
    let locale =
        respond::interaction(ctx).and_then(|i| i.guild_locale.clone()).or(subscription.guild_locale.clone());
    let server = shared.server_language(guild.get(), locale.as_deref()).await;
    let Some(pages) = shared.engine.digest(subscription.watermark, server) else {
        tell(ctx, &Text::new("digest-preview-empty")).await?;
        return Ok(());
    };
    let lang = respond::private_language(ctx).await;
    let next = subscription.schedule.next_after(shared.clock.now()).at;
    let intro = Text::new("digest-preview")
        .arg("channel", mention(ChannelId::new(subscription.channel_id)))
        .arg("next", Arg::Text(when(&subscription.schedule, next)))
        .arg("timestamp", timestamp(next));
    let mut message = pages.into_iter().next().expect("a digest has a page");
    message.content = ephemeral(shared, lang, &intro).content;
    message.flags = Some(EPHEMERAL);
    ctx.send(reply(&message)).await?;
    Ok(())
}

/// Time zones matching what was typed, those most servers use first.
async fn complete_zone<'a>(_ctx: Context<'a>, typed: &'a str) -> CreateAutocompleteResponse {
    let choices = Zone::suggest(typed, super::MAX_CHOICES)
        .into_iter()
        .map(|zone| serenity::AutocompleteChoice::new(zone, zone));
    CreateAutocompleteResponse::new().set_choices(choices.collect())
}

/// Why the bot cannot post digests in a channel, if it cannot: the channel must belong to the
/// server running the command (an interaction can carry any id, even another server's channel,
/// and Discord's answer about the channel is the only word on where it belongs), and the bot
/// must see it, send messages and embed links there.
async fn channel_problem(
    ctx: Context<'_>,
    guild: GuildId,
    channel_id: ChannelId,
) -> Result<Option<Text>, CommandError> {
    let http = ctx.http();
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
    let me = http.get_member(guild, ctx.framework().bot_id()).await?;
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

/// Several lines, privately, in the user's language.
async fn tell_lines(ctx: Context<'_>, texts: &[Text]) -> Result<(), CommandError> {
    let shared = ctx.data();
    let lang = respond::private_language(ctx).await;
    let lines: Vec<String> = texts.iter().filter_map(|t| ephemeral(shared, lang, t).content).collect();
    let content = truncate(&lines.join("\n"), limits::CONTENT);
    let message = Message { content: Some(content), flags: Some(EPHEMERAL), ..Message::default() };
    ctx.send(reply(&message)).await?;
    Ok(())
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
