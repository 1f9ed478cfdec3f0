//! `/digest subscribe | unsubscribe | status | history | preview`: a server's scheduled digests,
//! one subscription per channel (up to a configured number a server), each with its schedule,
//! its topics, a role to mention, publishing and threads. Like `/language`, it needs Manage
//! Server (Discord hides it from other members, and `server_command` checks again). Every answer
//! is private, in the admin's language; the digests themselves speak the server's language and
//! are posted by the scheduler.

use poise::serenity_prelude as serenity;
use serenity::{ChannelFlags, ChannelId, ChannelType, GuildId, Permissions};

use super::{Options, MAX_CHOICES};
use crate::content::facts::{Domain, Topics};
use crate::content::message::{Message, EPHEMERAL};
use crate::content::text::{Arg, Text};
use crate::digests::model::{Subscribed, Subscription, Target};
use crate::digests::schedule::{Frequency, Schedule, Zone};
use crate::digests::texts;
use crate::discord::call::{Call, Failure, Response};
use crate::discord::permissions::missing_in;
use crate::discord::{CommandError, Context};
use crate::languages::digest_language;

/// The runs `/digest history` shows.
const HISTORY_SHOWN: u32 = 10;

// The declarations, for registration; interactions are answered by `run`, in both modes.
#[poise::command(
    slash_command,
    // Only where a server added the bot; in its DMs it is shown anyway, so that it can say
    // that it is for servers.
    install_context = "Guild",
    interaction_context = "Guild|BotDm",
    default_member_permissions = "MANAGE_GUILD",
    subcommands("subscribe", "unsubscribe", "status", "history", "preview"),
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

#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum TopicChoice {
    #[name = "military"]
    Military,
    #[name = "diplomatic"]
    Diplomatic,
    #[name = "economic"]
    Economic,
    #[name = "cultural"]
    Cultural,
    #[name = "outlook"]
    Outlook,
}

impl From<TopicChoice> for Domain {
    fn from(choice: TopicChoice) -> Domain {
        Domain::ALL[choice as usize]
    }
}

/// The topic options of `/digest subscribe`: one, repeated (four cover any set but all five,
/// which is the default).
const TOPIC_OPTIONS: [&str; 4] = ["topic", "topic-2", "topic-3", "topic-4"];

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
#[allow(clippy::too_many_arguments)]
pub async fn subscribe(
    _ctx: Context<'_>,
    #[channel_types("Text", "News", "Forum")] channel: serenity::PartialChannel,
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
    role: Option<serenity::Role>,
    publish: Option<bool>,
    thread: Option<bool>,
) -> Result<(), CommandError> {
    let _ = (channel, frequency, time, timezone, weekday, day, topic, topic_2, topic_3, topic_4);
    let _ = (role, publish, thread);
    Ok(())
}

#[poise::command(slash_command)]
pub async fn unsubscribe(
    _ctx: Context<'_>,
    #[channel_types("Text", "News", "Forum")] channel: serenity::PartialChannel,
) -> Result<(), CommandError> {
    let _ = channel;
    Ok(())
}

#[poise::command(slash_command)]
pub async fn status(_ctx: Context<'_>) -> Result<(), CommandError> {
    Ok(())
}

#[poise::command(slash_command)]
pub async fn history(
    _ctx: Context<'_>,
    #[channel_types("Text", "News", "Forum")] channel: serenity::PartialChannel,
) -> Result<(), CommandError> {
    let _ = channel;
    Ok(())
}

#[poise::command(slash_command)]
pub async fn preview(
    _ctx: Context<'_>,
    #[channel_types("Text", "News", "Forum")] channel: Option<serenity::PartialChannel>,
) -> Result<(), CommandError> {
    let _ = channel;
    Ok(())
}

/// Answers `/digest <sub>` in server `guild`.
pub async fn run(call: &Call, guild: u64, sub: &str, options: &Options<'_>) -> Result<Response, Failure> {
    const NAME: &str = "digest";
    match sub {
        "subscribe" => subscribe_to(call, guild, options),
        "unsubscribe" => {
            let channel = Options::required(options.channel("channel", NAME)?)?.id.get();
            Ok(unsubscribe_from(call, guild, channel))
        }
        "status" => status_of(call, guild).await,
        "history" => {
            let channel = Options::required(options.channel("channel", NAME)?)?.id.get();
            history_of(call, guild, channel).await
        }
        "preview" => {
            let channel = options.channel("channel", NAME)?.map(|c| c.id.get());
            // Composing a digest reads the store more than once: acknowledge first.
            let call = call.clone();
            Ok(Response::deferred(true, async move { preview_of(&call, guild, channel).await }))
        }
        other => {
            tracing::warn!(subcommand = other, "a /digest subcommand this version does not have");
            Err(Failure::outdated())
        }
    }
}

/// What a subscriber asked for beyond the schedule.
struct Wishes {
    role: Option<u64>,
    publish: Option<bool>,
    thread: bool,
}

/// The schedule and topics of `/digest subscribe` or `/my-digest start` (command `name`), or
/// the user's error.
pub(super) fn schedule_and_topics(options: &Options<'_>, name: &str) -> Result<(Schedule, Topics), Failure> {
    let frequency = Options::required(options.choice::<FrequencyChoice>("frequency", name)?)?.into();
    let time = Options::required(options.string("time", name)?)?;
    let zone = options.string("timezone", name)?;
    let weekday = options.choice::<WeekdayChoice>("weekday", name)?.map(Into::into);
    let day = options.integer("day", name)?;
    let mut domains = Vec::new();
    for option in TOPIC_OPTIONS {
        if let Some(topic) = options.choice::<TopicChoice>(option, name)? {
            domains.push(Domain::from(topic));
        }
    }
    let schedule = Schedule::new(frequency, time, zone, weekday, day).map_err(|error| {
        tracing::debug!(%error, command = name, "refused a schedule");
        Failure::refused("bad_schedule", error.text())
    })?;
    Ok((schedule, Topics::of(domains)))
}

fn subscribe_to(call: &Call, guild: u64, options: &Options<'_>) -> Result<Response, Failure> {
    const NAME: &str = "digest";
    let channel = Options::required(options.channel("channel", NAME)?)?.id;
    let (schedule, topics) = schedule_and_topics(options, NAME)?;
    let wishes = Wishes {
        role: options.role("role", NAME)?.map(|r| r.id.get()),
        publish: options.boolean("publish", NAME)?,
        thread: options.boolean("thread", NAME)?.unwrap_or(false),
    };
    // Looking at the channel takes requests: acknowledge first (Discord allows 3 seconds).
    let call = call.clone();
    Ok(Response::deferred(true, async move {
        let target = match inspect(&call, GuildId::new(guild), channel, &wishes).await? {
            Ok(target) => target,
            Err(problem) => return Err(Failure::refused("channel", problem)),
        };
        let shared = &call.shared;
        let now = shared.clock.now();
        let next = schedule.next_after(now);
        let subscription = Subscription {
            guild_id: guild,
            channel_id: channel.get(),
            schedule,
            topics,
            role_id: wishes.role,
            target,
            publish: wishes.publish.unwrap_or(target == Target::Announcement),
            thread: wishes.thread && !matches!(target, Target::Forum { .. }),
            guild_locale: call.audience().guild_locale.map(str::to_owned),
            next_run: next.at,
            paused: None,
            pause_noticed: false,
            watermark: None,
            last: None,
        };
        let limit = shared.subscriptions_per_server;
        let subscribed = shared.storage.subscribe(&subscription, limit, now).await?;
        if subscribed == Subscribed::Full {
            let full = Text::new("error-digest-full").arg("limit", Arg::Number(limit.into()));
            return Err(Failure::refused("full", full));
        }
        shared.wake.notify_one();
        let texts = texts::subscribed(&subscription, subscribed == Subscribed::Replaced);
        Ok(call.tell_lines(&texts).await)
    }))
}

fn unsubscribe_from(call: &Call, guild: u64, channel: u64) -> Response {
    let call = call.clone();
    Response::deferred(true, async move {
        let shared = &call.shared;
        let text = match shared.storage.unsubscribe(guild, channel).await? {
            Some(subscription) => {
                shared.wake.notify_one();
                Text::new("digest-unsubscribed").arg("channel", texts::mention(subscription.channel_id))
            }
            None => none_here(channel),
        };
        Ok(call.tell(&text).await)
    })
}

async fn status_of(call: &Call, guild: u64) -> Result<Response, Failure> {
    let subscriptions = call.shared.storage.subscriptions(guild).await?;
    if subscriptions.is_empty() {
        return Ok(Response::Message(call.tell(&Text::new("digest-none")).await));
    }
    let texts: Vec<Text> = subscriptions.iter().flat_map(texts::status).collect();
    Ok(Response::Message(call.tell_lines(&texts).await))
}

async fn history_of(call: &Call, guild: u64, channel: u64) -> Result<Response, Failure> {
    let storage = &call.shared.storage;
    if storage.subscription(guild, channel).await?.is_none() {
        return Ok(Response::Message(call.tell(&none_here(channel)).await));
    }
    let runs = storage.history(guild, channel, HISTORY_SHOWN).await?;
    Ok(Response::Message(call.tell_lines(&texts::history(guild, channel, &runs)).await))
}

/// "No digest is posted in #channel."
fn none_here(channel: u64) -> Text {
    Text::new("digest-none-here").arg("channel", texts::mention(channel))
}

async fn preview_of(call: &Call, guild: u64, channel: Option<u64>) -> Result<Message, Failure> {
    let shared = &call.shared;
    let subscription = match channel {
        Some(channel) => shared.storage.subscription(guild, channel).await?,
        None => {
            let mut all = shared.storage.subscriptions(guild).await?;
            if all.len() > 1 {
                return Ok(call.tell(&Text::new("digest-preview-which")).await);
            }
            all.pop()
        }
    };
    let Some(subscription) = subscription else {
        let text = match channel {
            Some(channel) => none_here(channel),
            None => Text::new("digest-none"),
        };
        return Ok(call.tell(&text).await);
    };
    // The digest in the language it will be posted in; the words around it in the admin's.
    let catalog = call.engine.catalog();
    let subscribed = subscription.guild_locale.as_deref();
    let server = digest_language(shared.storage.as_ref(), catalog, &shared.locales, guild, subscribed).await;
    let Some(pages) = call.engine.digest(subscription.watermark, subscription.topics, server) else {
        return Ok(call.tell(&Text::new("digest-preview-empty")).await);
    };
    let next = subscription.schedule.next_after(shared.clock.now()).at;
    let intro = texts::preview(&subscription, next);
    let mut message = pages.into_iter().next().unwrap_or_default();
    message.content = call.tell(&intro).await.content;
    message.flags = Some(EPHEMERAL);
    Ok(message)
}

/// Time zones matching what was typed, those most servers use first.
pub fn complete_zone(typed: &str) -> Vec<(String, String)> {
    Zone::suggest(typed, MAX_CHOICES).into_iter().map(|zone| (zone.to_owned(), zone.to_owned())).collect()
}

/// Where a subscription would post, or why the bot cannot post digests there as asked: the
/// channel must belong to the server running the command (an interaction can carry any id, even
/// another server's channel, and Discord's answer about the channel is the only word on where
/// it belongs); the bot must see it, send messages and embed links there (and open threads, when
/// asked); a role must be the server's and one the bot may mention; publishing needs an
/// announcement channel; a forum that requires a tag needs one the bot may apply.
async fn inspect(
    call: &Call,
    guild: GuildId,
    channel_id: ChannelId,
    wishes: &Wishes,
) -> Result<Result<Target, Text>, Failure> {
    let http = &call.discord;
    let unseen = || Text::new("error-digest-channel-unseen").arg("channel", texts::mention(channel_id.get()));
    call.turn().await;
    let channel = match http.get_channel(channel_id).await {
        Ok(serenity::Channel::Guild(channel)) if channel.guild_id == guild => {
            if !matches!(channel.kind, ChannelType::Text | ChannelType::News | ChannelType::Forum) {
                return Ok(Err(
                    Text::new("error-digest-channel-kind").arg("channel", texts::mention(channel_id.get()))
                ));
            }
            channel
        }
        Ok(_) => {
            tracing::warn!(
                channel = channel_id.get(),
                guild = guild.get(),
                "refused a channel of no such server"
            );
            return Ok(Err(unseen()));
        }
        Err(serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(response)))
            if matches!(response.status_code.as_u16(), 403 | 404) =>
        {
            return Ok(Err(unseen()));
        }
        Err(error) => return Err(error.into()),
    };
    call.turn().await;
    let server = http.get_guild(guild).await?;
    call.turn().await;
    let me = http.get_member(guild, call.bot_id).await?;
    let allowed = server.user_permissions_in(&channel, &me);
    let forum = channel.kind == ChannelType::Forum;
    let missing = missing_in(allowed, wishes.thread && !forum);
    if !missing.is_empty() {
        tracing::debug!(channel = channel_id.get(), ?allowed, "refused a digest channel");
        return Ok(Err(texts::channel_permissions(channel_id.get(), missing)));
    }
    if let Some(role) = wishes.role {
        // The server's own roles only (a crafted interaction can carry any id), and not
        // @everyone, whose id is the server's.
        let Some(known) = server.roles.get(&serenity::RoleId::new(role)).filter(|_| role != guild.get())
        else {
            return Ok(Err(Text::new("error-digest-role-unknown")));
        };
        if !known.mentionable && !allowed.contains(Permissions::MENTION_EVERYONE) {
            return Ok(Err(texts::role_unmentionable(role)));
        }
    }
    if wishes.publish == Some(true) && channel.kind != ChannelType::News {
        return Ok(Err(
            Text::new("error-digest-publish-kind").arg("channel", texts::mention(channel_id.get()))
        ));
    }
    Ok(Ok(match channel.kind {
        ChannelType::News => Target::Announcement,
        ChannelType::Forum => {
            let tag = if channel.flags.contains(ChannelFlags::REQUIRE_TAG) {
                // A moderated tag needs Manage Threads.
                let may_moderate = allowed.contains(Permissions::MANAGE_THREADS);
                match channel.available_tags.iter().find(|t| !t.moderated || may_moderate) {
                    Some(tag) => Some(tag.id.get()),
                    None => {
                        return Ok(Err(Text::new("error-digest-forum-tag")
                            .arg("channel", texts::mention(channel_id.get()))))
                    }
                }
            } else {
                None
            };
            Target::Forum { tag }
        }
        _ => Target::Text,
    }))
}
