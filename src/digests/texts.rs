//! What `/digest` and the scheduler say about subscriptions and runs, as texts of `locales/`
//! (rendered in the reader's language by the caller): one home for the digests' words.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::content::facts::Topics;
use crate::content::text::{Arg, Text};
use crate::digests::model::{LastRun, Missing, Note, Outcome, Pause, Subscription, Target};
use crate::digests::schedule::Schedule;

/// A channel, as Discord shows it.
pub fn mention(channel: u64) -> Arg {
    Arg::Word(format!("<#{channel}>"))
}

/// A role, as Discord shows it.
fn role(role: u64) -> Arg {
    Arg::Word(format!("<@&{role}>"))
}

/// A Discord timestamp: each reader's client shows it in their own time zone and language.
pub fn timestamp(at: DateTime<Utc>) -> Arg {
    Arg::Word(format!("<t:{}:F>", at.timestamp()))
}

/// "every Monday at 08:00 (Europe/Paris)".
pub fn cadence(schedule: &Schedule) -> Text {
    Text::new("digest-cadence")
        .arg("frequency", Arg::Word(schedule.frequency().as_str().to_owned()))
        .arg("weekday", Arg::Text(weekday(schedule.weekday().unwrap_or(chrono::Weekday::Mon))))
        .arg("day", Arg::Number(schedule.day().map_or(1, i64::from)))
        .arg("time", Arg::Word(schedule.time.to_string()))
        .arg("zone", Arg::Word(schedule.zone.name().to_owned()))
}

/// An instant in the schedule's own zone: "Monday, November 30, 2026, at 08:00 (Europe/Paris)".
pub fn when(schedule: &Schedule, at: DateTime<Utc>) -> Text {
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

/// What subscribing said: the channel, its cadence and its next run, then what it does beyond
/// its schedule.
pub fn subscribed(subscription: &Subscription, replaced: bool) -> Vec<Text> {
    let (schedule, next) = (&subscription.schedule, subscription.next_run);
    let mut texts = vec![Text::new("digest-subscribed")
        .arg("channel", mention(subscription.channel_id))
        .arg("cadence", Arg::Text(cadence(schedule)))
        .arg("next", Arg::Text(when(schedule, next)))
        .arg("timestamp", timestamp(next))];
    texts.extend(extras(subscription));
    if replaced {
        texts.push(Text::new("digest-replaced"));
    }
    texts
}

/// The lines that say what a subscription does beyond its schedule: its topics, its role, its
/// publishing, its threads.
fn extras(subscription: &Subscription) -> Vec<Text> {
    let mut texts = vec![topics(subscription.topics)];
    if let Some(id) = subscription.role_id {
        texts.push(Text::new("digest-role").arg("role", role(id)));
    }
    if subscription.publish {
        texts.push(Text::new("digest-publish"));
    }
    if subscription.thread {
        texts.push(Text::new("digest-thread"));
    }
    if matches!(subscription.target, Target::Forum { .. }) {
        texts.push(Text::new("digest-forum"));
    }
    texts
}

fn topics(topics: Topics) -> Text {
    if topics.is_all() {
        return Text::new("digest-topics-all");
    }
    let names = topics.domains().map(|d| Text::domain(d, None)).collect();
    Text::new("digest-topics").arg("topics", Arg::List(names))
}

/// A subscription as `/digest status` shows it: its channel and cadence, what it does, its
/// next run or why it is paused, and its last run.
pub fn status(subscription: &Subscription) -> Vec<Text> {
    let schedule = &subscription.schedule;
    let channel = mention(subscription.channel_id);
    let mut texts = vec![Text::new("digest-status")
        .arg("channel", channel.clone())
        .arg("cadence", Arg::Text(cadence(schedule)))];
    texts.extend(extras(subscription));
    texts.push(match subscription.paused {
        Some(pause) => Text::new("digest-status-paused")
            .arg("reason", Arg::Word(pause.as_str().into()))
            .arg("missing", missing_list(pause))
            .arg("channel", channel),
        None => next_run(subscription),
    });
    texts.extend(last_run(subscription));
    texts
}

/// "Next one: …".
fn next_run(subscription: &Subscription) -> Text {
    Text::new("digest-status-next")
        .arg("next", Arg::Text(when(&subscription.schedule, subscription.next_run)))
        .arg("timestamp", timestamp(subscription.next_run))
}

/// Where a subscription's messages are, in a message link: its server, or `@me` for a DM.
fn place(subscription: &Subscription) -> String {
    match subscription.target {
        Target::Direct => "@me".to_owned(),
        _ => subscription.guild_id.to_string(),
    }
}

/// A subscription's last run (or that none ran yet), and what went wrong after its post.
fn last_run(subscription: &Subscription) -> Vec<Text> {
    let mut texts = Vec::new();
    match &subscription.last {
        None => texts.push(Text::new("digest-status-never")),
        Some(last) => {
            texts.push(
                Text::new("digest-status-last")
                    .arg("timestamp", timestamp(last.at))
                    .arg("outcome", Arg::Text(outcome(&place(subscription), subscription.channel_id, last))),
            );
            texts.extend(last.notes.iter().map(|n| note(*n)));
        }
    }
    texts
}

/// What starting a personal digest said: its cadence and next run, and its topics.
pub fn personal_started(subscription: &Subscription, replaced: bool) -> Vec<Text> {
    let (schedule, next) = (&subscription.schedule, subscription.next_run);
    let mut texts = vec![Text::new("my-digest-started")
        .arg("cadence", Arg::Text(cadence(schedule)))
        .arg("next", Arg::Text(when(schedule, next)))
        .arg("timestamp", timestamp(next))];
    texts.push(topics(subscription.topics));
    if replaced {
        texts.push(Text::new("my-digest-replaced"));
    }
    texts
}

/// A personal digest as `/my-digest status` shows it: its cadence and topics, its next run or
/// its pause, and its last run.
pub fn personal_status(subscription: &Subscription) -> Vec<Text> {
    let mut texts = vec![
        Text::new("my-digest-status").arg("cadence", Arg::Text(cadence(&subscription.schedule))),
        topics(subscription.topics),
    ];
    texts.push(match subscription.paused {
        Some(_) => Text::new("my-digest-paused"),
        None => next_run(subscription),
    });
    texts.extend(last_run(subscription));
    texts
}

/// A channel's last runs, newest first, as `/digest history` shows them.
pub fn history(guild: u64, channel: u64, runs: &[LastRun]) -> Vec<Text> {
    let mut texts = vec![Text::new("digest-history")
        .arg("channel", mention(channel))
        .arg("count", Arg::Number(runs.len() as i64))];
    for run in runs {
        texts.push(
            Text::new("digest-history-run")
                .arg("timestamp", timestamp(run.at))
                .arg("outcome", Arg::Text(outcome(&guild.to_string(), channel, run))),
        );
        texts.extend(run.notes.iter().map(|n| note(*n)));
    }
    texts
}

/// What came of a run, in words: posted (with a link to the message), nothing new, to be
/// tried again, or paused, and why.
/// `place` is the server's id in a message's link, `@me` for a DM.
fn outcome(place: &str, channel: u64, run: &LastRun) -> Text {
    match run.outcome {
        Outcome::Posted => match run.message_id {
            Some(message) => Text::new("digest-outcome-posted-link")
                .arg("link", Arg::Word(format!("https://discord.com/channels/{place}/{channel}/{message}"))),
            None => Text::new("digest-outcome-posted"),
        },
        Outcome::NothingNew => Text::new("digest-outcome-nothing-new"),
        Outcome::Failed(status) => {
            Text::new("digest-outcome-failed").arg("status", Arg::Number(status.into()))
        }
        Outcome::Paused(Pause::Closed) => Text::new("digest-outcome-dm-refused"),
        Outcome::Paused(pause) => Text::new("digest-outcome-paused-because")
            .arg("reason", Arg::Word(pause.as_str().into()))
            .arg("missing", missing_list(pause))
            .arg("channel", mention(channel)),
    }
}

fn note(note: Note) -> Text {
    match note {
        Note::PublishRefused(status) => {
            Text::new("digest-note-publish-refused").arg("status", Arg::Number(status.into()))
        }
        Note::ThreadRefused(status) => {
            Text::new("digest-note-thread-refused").arg("status", Arg::Number(status.into()))
        }
    }
}

/// The permissions a pause lacks, as a list a message can show (empty unless it is known).
fn missing_list(pause: Pause) -> Arg {
    let missing = match pause {
        Pause::Missing(missing) => missing,
        _ => Missing::default(),
    };
    permissions(missing)
}

fn permissions(missing: Missing) -> Arg {
    Arg::List(missing.message_ids().map(Text::new).collect())
}

/// The notice a server gets, once, in its system channel, when a digest is paused.
pub fn paused_notice(subscription: &Subscription, pause: Pause) -> Text {
    Text::new("digest-paused-notice")
        .arg("channel", mention(subscription.channel_id))
        .arg("reason", Arg::Word(pause.as_str().to_owned()))
        .arg("missing", missing_list(pause))
}

/// Why a channel cannot take digests: the bot lacks these permissions there.
pub fn channel_permissions(channel: u64, missing: Missing) -> Text {
    Text::new("error-digest-channel-permissions")
        .arg("channel", mention(channel))
        .arg("count", Arg::Number(missing.message_ids().count() as i64))
        .arg("missing", permissions(missing))
}

/// A role the bot may not mention.
pub fn role_unmentionable(id: u64) -> Text {
    Text::new("error-digest-role-unmentionable").arg("role", role(id))
}

/// The line above a preview: where and when it will be posted.
pub fn preview(subscription: &Subscription, next: DateTime<Utc>) -> Text {
    Text::new("digest-preview")
        .arg("channel", mention(subscription.channel_id))
        .arg("next", Arg::Text(when(&subscription.schedule, next)))
        .arg("timestamp", timestamp(next))
}

/// The name of a digest's thread or forum post, before it is cut to Discord's length.
pub fn thread_name(title: String, period: NaiveDate) -> Text {
    Text::new("digest-thread-name").arg("title", Arg::Word(title)).arg("date", Arg::Day(period))
}
