//! Every message the code formats, with the arguments its callers give: the table `check`
//! formats each language with, and the renderer holds its callers to (in debug builds).

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::content::facts::{Confidence, Domain, Store};
use crate::content::{parse, reply};

/// A value a caller gives a message argument, for `check` to format the message with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sample {
    Number(i64),
    Word(&'static str),
}

use Sample::{Number as N, Word as W};

type Args = &'static [(&'static str, &'static [Sample])];

/// Every message the code formats besides those derived from the store (facts, domains,
/// confidences, sources, months, weekdays, commands), with the arguments its callers give and
/// sample values. A selector argument lists every value callers pass, so that each variant is
/// formatted. `check` formats each message of each language with these (see `sample_args`),
/// and the renderer refuses, in debug builds, to give a message an argument not listed here.
pub const MESSAGES: &[(&str, Args)] = &[
    ("fact-hedge", &[("confidence", &[W("reported")]), ("source", &[W("Seoul")])]),
    ("fact-hedge-own", &[("confidence", &[W("assessment")])]),
    ("fact-updated", &[("date", &[W("December 5, 2026")])]),
    ("when-year", &[("year", &[W("2025")])]),
    ("when-part", &[("part", &[W("early"), W("mid"), W("late")]), ("year", &[W("2024")])]),
    (
        "when-season",
        &[("season", &[W("spring"), W("summer"), W("autumn"), W("winter")]), ("year", &[W("2025")])],
    ),
    ("when-span", &[("from", &[W("late 2024")]), ("to", &[W("spring 2025")])]),
    ("when-ongoing", &[("when", &[W("late 2024 – spring 2025")])]),
    ("when-inferred", &[("when", &[W("July 2025")])]),
    ("when-recent", &[]),
    ("reply-overview-title", &[]),
    ("reply-overview-lead", &[]),
    ("reply-overview-hint", &[("subcommands", &[W("military, diplomatic")])]),
    ("reply-timeline-title", &[]),
    ("reply-timeline-lead", &[("count", &[N(1), N(7)])]),
    ("reply-timeline-undated", &[("count", &[N(1), N(3)])]),
    ("timeline-legend-hedged", &[]),
    ("timeline-legend-span", &[]),
    ("timeline-legend-rough", &[]),
    ("timeline-undated", &[]),
    (
        "timeline-attributed",
        &[("title", &[W("Losses around Kursk")]), ("source", &[W("South Korean sources")])],
    ),
    ("timeline-not-drawn", &[("drawn", &[N(40)]), ("hidden", &[N(1), N(1781)])]),
    (
        "timeline-alt",
        &[
            ("count", &[N(1), N(10)]),
            ("period", &[W("2024 – October 2025")]),
            ("domains", &[W("Military, Diplomacy")]),
            ("hedged", &[N(0), N(1), N(3)]),
        ],
    ),
    ("reply-month-title", &[("month", &[W("July 2025")])]),
    ("reply-month-lead", &[("count", &[N(1), N(3)]), ("month", &[W("July 2025")])]),
    ("reply-month-empty", &[("month", &[W("July 2025")])]),
    ("reply-month-year-assumed", &[("year", &[W("2025")])]),
    ("reply-month-ongoing", &[("month", &[W("September 2024")])]),
    ("reply-month-available", &[("months", &[W("April 2025, July 2025")])]),
    ("reply-news-title", &[]),
    ("reply-news-lead", &[("count", &[N(1), N(2)]), ("since", &[W("November 24, 2026")])]),
    ("reply-corrections-lead", &[("count", &[N(1), N(2)])]),
    ("correction-heading", &[]),
    ("correction-revised", &[("note", &[W("A new estimate.")])]),
    ("correction-withdrawn", &[("note", &[W("Not borne out.")])]),
    ("correction-figure", &[("from", &[N(600)]), ("to", &[N(1000)])]),
    (
        "source-document",
        &[
            ("title", &[W("Title")]),
            ("section", &[W("International"), W("none")]),
            ("language", &[W("fr"), W("en"), W("de")]),
        ],
    ),
    ("footer-sources", &[("documents", &[W("“Title” (International, in French)")])]),
    ("footer-attributions", &[("attributions", &[W("Seoul")])]),
    ("footer-updated", &[("date", &[W("November 24, 2026")])]),
    ("footer-page", &[("page", &[N(1)]), ("pages", &[N(2)])]),
    ("footer-inferred", &[]),
    ("plain-field", &[("name", &[W("Military")])]),
    ("button-previous", &[]),
    ("button-next", &[]),
    ("error-empty", &[]),
    ("error-unknown-command", &[("command", &[W("/weather")])]),
    ("error-missing-subcommand", &[("subcommands", &[W("military, diplomatic")])]),
    (
        "error-unknown-subcommand",
        &[("subcommand", &[W("weather")]), ("subcommands", &[W("military, diplomatic")])],
    ),
    ("error-unknown-option", &[("subcommand", &[W("month")]), ("option", &[W("colour")])]),
    ("error-unexpected-value", &[("subcommand", &[W("military")]), ("value", &[W("extra")])]),
    ("error-missing-option", &[("subcommand", &[W("month")]), ("option", &[W("month")])]),
    ("error-bad-month", &[("input", &[W("smarch")]), ("months", &[W("April 2025, July 2025")])]),
    ("error-internal", &[]),
    ("error-manage-server", &[("command", &[W("digest")])]),
    ("error-bad-option", &[("command", &[W("digest")])]),
    ("error-outdated-command", &[]),
    ("error-language-dm", &[]),
    ("error-layout-dm", &[]),
    ("error-digest-dm", &[]),
    ("error-server-without-bot", &[("command", &[W("digest")])]),
    ("error-digest-time", &[("input", &[W("25:00")])]),
    ("error-digest-zone", &[("input", &[W("Mars/Olympus")])]),
    ("error-digest-missing-weekday", &[]),
    ("error-digest-missing-day", &[]),
    ("error-digest-unexpected-weekday", &[("frequency", &[W("daily"), W("monthly")])]),
    ("error-digest-unexpected-day", &[("frequency", &[W("daily"), W("weekly")])]),
    ("error-digest-day", &[("day", &[N(31)])]),
    ("error-digest-channel-kind", &[("channel", &[W("<#1>")])]),
    ("error-digest-full", &[("limit", &[N(10)])]),
    ("error-digest-role-unknown", &[]),
    ("error-digest-role-unmentionable", &[("role", &[W("<@&1>")])]),
    ("error-digest-publish-kind", &[("channel", &[W("<#1>")])]),
    ("error-digest-forum-tag", &[("channel", &[W("<#1>")])]),
    ("error-digest-channel-unseen", &[("channel", &[W("<#1>")])]),
    (
        "error-digest-channel-permissions",
        &[("channel", &[W("<#1>")]), ("missing", &[W("Send Messages")]), ("count", &[N(1), N(2)])],
    ),
    ("error-language-unknown", &[("value", &[W("xx")]), ("languages", &[W("English, Français")])]),
    ("error-storage", &[]),
    ("error-page-gone", &[]),
    ("permission-view-channel", &[]),
    ("permission-send-messages", &[]),
    ("permission-embed-links", &[]),
    ("permission-create-threads", &[]),
    (
        "digest-cadence",
        &[
            ("frequency", &[W("daily"), W("weekly"), W("monthly"), W("monthly")]),
            ("weekday", &[W("Monday")]),
            ("day", &[N(2), N(15), N(28), N(1)]),
            ("time", &[W("08:00")]),
            ("zone", &[W("Europe/Paris")]),
        ],
    ),
    (
        "digest-when",
        &[
            ("weekday", &[W("Monday")]),
            ("date", &[W("1 July")]),
            ("time", &[W("08:00")]),
            ("zone", &[W("UTC")]),
        ],
    ),
    (
        "digest-subscribed",
        &[
            ("channel", &[W("<#1>")]),
            ("cadence", &[W("every day")]),
            ("next", &[W("Monday")]),
            ("timestamp", &[W("<t:0:F>")]),
        ],
    ),
    ("digest-replaced", &[]),
    ("digest-unsubscribed", &[("channel", &[W("<#1>")])]),
    ("digest-none", &[]),
    ("digest-status", &[("channel", &[W("<#1>")]), ("cadence", &[W("every day")])]),
    ("digest-status-next", &[("next", &[W("Monday")]), ("timestamp", &[W("<t:0:F>")])]),
    (
        "digest-status-paused",
        &[
            ("reason", &[W("forbidden"), W("gone"), W("missing")]),
            ("missing", &[W("Send Messages")]),
            ("channel", &[W("<#1>")]),
        ],
    ),
    ("digest-status-never", &[]),
    ("digest-status-last", &[("timestamp", &[W("<t:0:F>")]), ("outcome", &[W("posted.")])]),
    ("digest-outcome-posted", &[]),
    ("digest-outcome-nothing-new", &[]),
    ("digest-outcome-failed", &[("status", &[N(0), N(500)])]),
    ("digest-outcome-paused", &[]),
    ("digest-outcome-posted-link", &[("link", &[W("https://discord.com/channels/1/2/3")])]),
    (
        "digest-outcome-paused-because",
        &[
            ("reason", &[W("forbidden"), W("gone"), W("missing")]),
            ("missing", &[W("Send Messages")]),
            ("channel", &[W("<#1>")]),
        ],
    ),
    ("digest-none-here", &[("channel", &[W("<#1>")])]),
    ("digest-topics-all", &[]),
    ("digest-topics", &[("topics", &[W("Military, Economic")])]),
    ("digest-role", &[("role", &[W("<@&1>")])]),
    ("digest-publish", &[]),
    ("digest-thread", &[]),
    ("digest-forum", &[]),
    ("digest-note-publish-refused", &[("status", &[N(0), N(403)])]),
    ("digest-note-thread-refused", &[("status", &[N(0), N(403)])]),
    ("digest-history", &[("channel", &[W("<#1>")]), ("count", &[N(0), N(1), N(10)])]),
    ("digest-history-run", &[("timestamp", &[W("<t:0:F>")]), ("outcome", &[W("posted.")])]),
    ("digest-preview-which", &[]),
    (
        "digest-paused-notice",
        &[
            ("channel", &[W("<#1>")]),
            ("reason", &[W("forbidden"), W("gone"), W("missing")]),
            ("missing", &[W("Send Messages")]),
        ],
    ),
    ("digest-thread-name", &[("title", &[W("What is new")]), ("date", &[W("1 July")])]),
    (
        "digest-preview",
        &[("channel", &[W("<#1>")]), ("next", &[W("Monday")]), ("timestamp", &[W("<t:0:F>")])],
    ),
    ("digest-preview-empty", &[]),
    ("digest-outcome-dm-refused", &[]),
    (
        "my-digest-started",
        &[("cadence", &[W("every day")]), ("next", &[W("Monday")]), ("timestamp", &[W("<t:0:F>")])],
    ),
    ("my-digest-replaced", &[]),
    ("my-digest-status", &[("cadence", &[W("every day")])]),
    ("my-digest-paused", &[]),
    ("my-digest-stopped", &[]),
    ("my-digest-none", &[]),
    ("my-digest-busy", &[]),
    ("language-name", &[]),
    ("language-auto", &[]),
    (
        "language-set",
        &[
            ("language", &[W("en-US"), W("fr"), W("de")]),
            ("name", &[W("Deutsch")]),
            ("locale", &[W("en-US")]),
        ],
    ),
    ("language-set-auto", &[("locale", &[W("en-US")])]),
    ("layout-set-components", &[]),
    ("layout-set-embeds", &[]),
    ("cmd-language", &[]),
    ("cmd-language-value", &[]),
];

/// The arguments callers give a message (by id, attribute aside): `None` for a message the table
/// does not list.
pub fn declared_args(id: &str) -> Option<Args> {
    if id.starts_with("source-") && id != "source-document" {
        // An attribution's `.cited` gets the confidence it hedges.
        return Some(&[("confidence", &[W("confirmed"), W("reported"), W("alleged"), W("assessment")])]);
    }
    // Asked for every message of every language, facts included: looked up, not searched.
    static BY_ID: LazyLock<HashMap<&str, Args>> = LazyLock::new(|| {
        let mut by_id = HashMap::new();
        for (id, args) in MESSAGES {
            by_id.entry(*id).or_insert(*args);
        }
        by_id
    });
    BY_ID.get(id).copied()
}

/// The sets of sample arguments to format a message with: row `i` takes the `i`-th sample of
/// each argument (the last one when it has fewer), so that every listed value is used once.
pub fn sample_args(args: Args) -> Vec<FluentArgs<'static>> {
    let rows = args.iter().map(|(_, samples)| samples.len()).max().unwrap_or(0).max(1);
    (0..rows)
        .map(|row| {
            let mut fluent = FluentArgs::new();
            for (name, samples) in args {
                if let Some(sample) = samples.get(row).or(samples.last()) {
                    match sample {
                        Sample::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                        Sample::Word(w) => fluent.set(*name, FluentValue::from(*w)),
                    }
                }
            }
            fluent
        })
        .collect()
}

/// The messages that word `/digest`: `cmd-*` for its names and descriptions, `choice-*` for
/// the labels of its choices.
pub const DIGEST_COMMAND_MESSAGES: &[&str] = &[
    "cmd-digest",
    "cmd-digest-subscribe",
    "cmd-digest-subscribe-channel",
    "cmd-digest-subscribe-frequency",
    "choice-digest-subscribe-frequency-daily",
    "choice-digest-subscribe-frequency-weekly",
    "choice-digest-subscribe-frequency-monthly",
    "cmd-digest-subscribe-time",
    "cmd-digest-subscribe-timezone",
    "cmd-digest-subscribe-weekday",
    "choice-digest-subscribe-weekday-monday",
    "choice-digest-subscribe-weekday-tuesday",
    "choice-digest-subscribe-weekday-wednesday",
    "choice-digest-subscribe-weekday-thursday",
    "choice-digest-subscribe-weekday-friday",
    "choice-digest-subscribe-weekday-saturday",
    "choice-digest-subscribe-weekday-sunday",
    "cmd-digest-subscribe-day",
    "cmd-digest-subscribe-topic",
    "cmd-digest-subscribe-topic-2",
    "cmd-digest-subscribe-topic-3",
    "cmd-digest-subscribe-topic-4",
    "choice-digest-subscribe-topic-military",
    "choice-digest-subscribe-topic-diplomatic",
    "choice-digest-subscribe-topic-economic",
    "choice-digest-subscribe-topic-cultural",
    "choice-digest-subscribe-topic-outlook",
    "cmd-digest-subscribe-role",
    "cmd-digest-subscribe-publish",
    "cmd-digest-subscribe-thread",
    "cmd-digest-unsubscribe",
    "cmd-digest-unsubscribe-channel",
    "cmd-digest-status",
    "cmd-digest-history",
    "cmd-digest-history-channel",
    "cmd-digest-preview",
    "cmd-digest-preview-channel",
    "cmd-layout",
    "cmd-layout-value",
    "choice-layout-value-components",
    "choice-layout-value-embeds",
    "cmd-my-digest",
    "cmd-my-digest-start",
    "cmd-my-digest-status",
    "cmd-my-digest-stop",
];

/// Every message id a language needs for this store, facts aside.
pub fn required_messages(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = MESSAGES.iter().map(|(id, _)| (*id).to_owned()).collect();
    for domain in Domain::ALL {
        ids.push(format!("domain-{domain}"));
    }
    ids.extend(DIGEST_COMMAND_MESSAGES.iter().map(|s| (*s).to_owned()));
    ids.extend((1..=7).map(|n| format!("weekday-{n}")));
    ids.extend(Confidence::ALL.iter().map(|c| format!("confidence-{}", c.as_str())));
    ids.extend(store.attributions().iter().map(|a| format!("source-{}", a.id)));
    ids.extend((1..=12).map(|n| format!("month-{n}")));
    ids.push("cmd-alliance".to_owned());
    ids.extend(reply::SUBCOMMANDS.iter().map(|name| format!("cmd-alliance-{name}")));
    ids.push(format!("cmd-alliance-month-{}", parse::MONTH_OPTION));
    ids
}
