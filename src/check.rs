//! Validates the store and the locales together: every fact says itself in every language, with
//! its own values, and every message a reply needs exists. `check` prints what this finds;
//! `Engine::load` refuses to start on any error.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::command;
use crate::facts::{Confidence, Domain, Store, Value};
use crate::i18n::{Catalog, FormatError, Lang, FALLBACK};
use crate::problem::Problem;

/// The messages replies and errors are built from, besides those of facts, domains, confidences,
/// sources and months, which are derived from the store.
pub const UI_MESSAGES: &[&str] = &[
    "fact-hedge",
    "when-year",
    "when-month",
    "when-part",
    "when-season",
    "when-span",
    "date-day",
    "reply-overview-title",
    "reply-overview-lead",
    "reply-overview-hint",
    "reply-timeline-title",
    "reply-timeline-lead",
    "reply-month-title",
    "reply-month-lead",
    "reply-month-empty",
    "reply-month-available",
    "footer-sources",
    "footer-updated",
    "footer-page",
    "button-previous",
    "button-next",
    "error-empty",
    "error-unknown-command",
    "error-missing-subcommand",
    "error-unknown-subcommand",
    "error-unknown-option",
    "error-unexpected-value",
    "error-missing-option",
    "error-bad-month",
    "error-internal",
    "error-manage-server",
    "error-bad-option",
    "error-outdated-command",
    "error-language-dm",
    "error-digest-dm",
    "error-digest-time",
    "error-digest-zone",
    "error-digest-missing-weekday",
    "error-digest-missing-day",
    "error-digest-unexpected-weekday",
    "error-digest-unexpected-day",
    "error-digest-day",
    "error-digest-channel-kind",
    "error-digest-channel-unseen",
    "error-digest-channel-permissions",
    "permission-view-channel",
    "permission-send-messages",
    "permission-embed-links",
    "reply-news-title",
    "reply-news-lead",
    "digest-cadence",
    "digest-when",
    "digest-subscribed",
    "digest-replaced",
    "digest-unsubscribed",
    "digest-none",
    "digest-status",
    "digest-status-next",
    "digest-status-paused",
    "digest-status-never",
    "digest-status-last",
    "digest-outcome-posted",
    "digest-outcome-nothing-new",
    "digest-outcome-failed",
    "digest-outcome-paused",
    "digest-preview",
    "digest-preview-empty",
    "error-language-unknown",
    "error-storage",
    "error-page-gone",
    "language-name",
    "language-auto",
    "language-set",
    "language-set-auto",
    "cmd-language",
    "cmd-language-value",
];

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
    "cmd-digest-unsubscribe",
    "cmd-digest-status",
    "cmd-digest-preview",
];

/// Every message id a language needs for this store, facts aside.
pub fn required_messages(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = UI_MESSAGES.iter().map(|s| (*s).to_owned()).collect();
    for domain in Domain::ALL {
        ids.push(format!("domain-{domain}"));
    }
    ids.extend(DIGEST_COMMAND_MESSAGES.iter().map(|s| (*s).to_owned()));
    ids.extend((1..=7).map(|n| format!("weekday-{n}")));
    ids.extend(Confidence::ALL.iter().map(|c| format!("confidence-{}", c.as_str())));
    ids.extend(store.sources().iter().map(|s| format!("source-{s}")));
    ids.extend((1..=12).map(|n| format!("month-{n}")));
    ids.push("cmd-alliance".to_owned());
    ids.extend(command::SUBCOMMANDS.iter().map(|name| format!("cmd-alliance-{name}")));
    ids.push(format!("cmd-alliance-month-{}", command::MONTH_OPTION));
    ids
}

/// Every problem between a loaded store and loaded locales.
pub fn validate(store: &Store, catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    let required = required_messages(store);
    for lang in catalog.languages() {
        for id in &required {
            if catalog.has_message(lang, id) {
                continue;
            }
            let dir = catalog.dir(lang);
            if lang == catalog.fallback() {
                problems.push(Problem::error(
                    dir,
                    None,
                    format!("message '{id}' is missing from {FALLBACK}"),
                ));
            } else {
                let tag = catalog.tag(lang);
                problems.push(Problem::warning(
                    dir,
                    None,
                    format!("message '{id}' is missing from {tag}; {FALLBACK} will be used"),
                ));
            }
        }
        for domain in Domain::ALL {
            for attr in ["title", "lead"] {
                check_format(catalog, lang, &format!("domain-{domain}"), Some(attr), None, &mut problems);
            }
        }
        for source in store.sources() {
            check_format(catalog, lang, &format!("source-{source}"), Some("cited"), None, &mut problems);
        }
        let commands: Vec<&str> = catalog.message_ids(lang).filter(|id| id.starts_with("cmd-")).collect();
        for id in commands {
            check_command_words(catalog, lang, id, &mut problems);
        }
        let choices: Vec<&str> = catalog.message_ids(lang).filter(|id| id.starts_with("choice-")).collect();
        for id in choices {
            match catalog.try_format(lang, id, None, None) {
                Ok(label) if (1..=100).contains(&label.chars().count()) => {}
                _ => {
                    let (file, line) =
                        catalog.message_location(lang, id).expect("the id comes from the catalog");
                    let message = format!("choice label {id} must be 1 to 100 characters");
                    problems.push(Problem::error(file, Some(line), message));
                }
            }
        }
        for fact in store.facts() {
            let id = fact.message_id();
            if !catalog.has_message(lang, &id) {
                problems.push(Problem::error(
                    &fact.origin.file,
                    Some(fact.origin.line),
                    format!(
                        "fact '{}' has no message '{id}' in {} ({})",
                        fact.id,
                        catalog.tag(lang),
                        catalog.dir(lang).display()
                    ),
                ));
                continue;
            }
            let mut args = FluentArgs::new();
            for (name, value) in &fact.values {
                match value {
                    Value::Number(n) => args.set(name.as_str(), FluentValue::from(*n)),
                    Value::Word(w) => args.set(name.as_str(), FluentValue::from(w.as_str())),
                }
            }
            for attr in [None, Some("title")] {
                check_format(catalog, lang, &id, attr, Some(&args), &mut problems);
            }
        }
        for id in catalog.message_ids(lang) {
            if let Some(fact_id) = id.strip_prefix("fact-") {
                if id != "fact-hedge" && !store.was_read(fact_id) {
                    let (file, line) =
                        catalog.message_location(lang, id).expect("the id comes from the catalog");
                    problems.push(Problem::warning(
                        file,
                        Some(line),
                        format!("message '{id}' matches no fact"),
                    ));
                }
            }
        }
    }
    problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    problems
}

/// Discord refuses a whole command registration if one name or description breaks its rules:
/// names are 1 to 32 lowercase letters, digits, `-` or `_`; descriptions 1 to 100 characters.
fn check_command_words(catalog: &Catalog, lang: Lang, id: &str, problems: &mut Vec<Problem>) {
    let (file, line) = match catalog.message_location(lang, id) {
        Some((file, line)) => (file.to_path_buf(), Some(line)),
        None => (catalog.dir(lang).to_path_buf(), None),
    };
    if let Ok(name) = catalog.try_format(lang, id, None, None) {
        let allowed =
            |c: char| c == '-' || c == '_' || c.is_numeric() || (c.is_alphabetic() && !c.is_uppercase());
        if !(1..=32).contains(&name.chars().count()) || !name.chars().all(allowed) {
            problems.push(Problem::error(
                &file,
                line,
                format!("command name '{name}' ({id}) must be 1 to 32 lowercase letters, digits, '-' or '_'"),
            ));
        }
    }
    match catalog.try_format(lang, id, Some("description"), None) {
        Ok(text) if (1..=100).contains(&text.chars().count()) => {}
        Ok(text) => problems.push(Problem::error(
            &file,
            line,
            format!(
                "the description of {id} has {} characters; Discord takes 1 to 100",
                text.chars().count()
            ),
        )),
        Err(error) => problems.push(Problem::error(&file, line, error.to_string())),
    }
}

fn check_format(
    catalog: &Catalog,
    lang: Lang,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
    problems: &mut Vec<Problem>,
) {
    let Err(error) = catalog.try_format(lang, id, attr, args) else { return };
    let (file, line) = match catalog.message_location(lang, id) {
        Some((file, line)) => (file.to_path_buf(), Some(line)),
        None => (catalog.dir(lang).to_path_buf(), None),
    };
    let message = match &error {
        FormatError::Resolve { errors, .. } if errors.contains("Unknown variable") => {
            format!("message '{id}' needs a value its fact lacks: {errors}")
        }
        FormatError::MissingMessage(_) if lang != catalog.fallback() => return,
        other => other.to_string(),
    };
    problems.push(Problem::error(&file, line, message));
}
