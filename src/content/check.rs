//! Validates the store and the locales together: every fact says itself in every language, with
//! its own values, and every message a reply needs exists. `check` prints what this finds;
//! `Engine::load` refuses to start on any error.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::content::args::{declared_args, required_messages, sample_args};
use crate::content::facts::{Domain, Fact, Store, Value};
use crate::content::i18n::{Catalog, FormatError, Lang, FALLBACK};
use crate::content::problem::Problem;

/// Every problem between a loaded store and loaded locales.
pub fn validate(store: &Store, catalog: &Catalog) -> Vec<Problem> {
    let required = required_messages(store);
    let fact_ids: Vec<String> = store.facts().iter().map(Fact::message_id).collect();
    // Each language is checked on a thread of its own; their problems are then listed as if
    // checked one after the other.
    let languages: Vec<Lang> = catalog.languages().collect();
    let found = crate::content::par::map(&languages, |lang| {
        validate_language(store, catalog, *lang, &required, &fact_ids)
    });
    let mut problems: Vec<Problem> = found.into_iter().flatten().collect();
    problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| seen.insert((p.file.clone(), p.line, p.message.clone())));
    problems
}

/// Every problem of one language with the store, unsorted; `fact_ids` are the facts' message ids.
fn validate_language(
    store: &Store,
    catalog: &Catalog,
    lang: Lang,
    required: &[String],
    fact_ids: &[String],
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for id in required {
        if catalog.has_message(lang, id) {
            continue;
        }
        let dir = catalog.dir(lang);
        if lang == catalog.fallback() {
            problems.push(Problem::error(dir, None, format!("message '{id}' is missing from {FALLBACK}")));
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
    for attribution in store.attributions() {
        let id = format!("source-{}", attribution.id);
        for args in sample_args(declared_args(&id).unwrap_or(&[])) {
            check_format(catalog, lang, &id, Some("cited"), Some(&args), &mut problems);
        }
    }
    check_every_message(catalog, lang, &mut problems);
    let commands: Vec<&str> = catalog.message_ids(lang).filter(|id| id.starts_with("cmd-")).collect();
    for id in commands {
        check_command_words(catalog, lang, id, &mut problems);
    }
    let choices: Vec<_> = catalog.messages_at(lang).filter(|(id, _, _)| id.starts_with("choice-")).collect();
    for (id, file, line) in choices {
        match catalog.try_format(lang, id, None, None) {
            Ok(label) if (1..=100).contains(&label.chars().count()) => {}
            _ => {
                let message = format!("choice label {id} must be 1 to 100 characters");
                problems.push(Problem::error(file, Some(line), message));
            }
        }
    }
    let language = format!("{} ({})", catalog.tag(lang), catalog.dir(lang).display());
    for (fact, id) in store.facts().iter().zip(fact_ids) {
        let at_fact = |message: String| Problem::error(&fact.origin.file, Some(fact.origin.line), message);
        if !catalog.has_message(lang, id) {
            problems.push(at_fact(format!("fact '{}' has no message '{id}' in {language}", fact.id)));
            continue;
        }
        // The current values, and those before each revision: older versions stay readable.
        let mut versions = vec![Cow::Borrowed(&fact.values)];
        versions.extend(
            fact.revisions.iter().filter_map(|r| r.date.pred_opt()).map(|d| Cow::Owned(fact.values_on(d))),
        );
        for values in &versions {
            let mut args = FluentArgs::new();
            for (name, value) in values.iter() {
                match value {
                    Value::Number(n) => args.set(name.as_str(), FluentValue::from(*n)),
                    Value::Word(w) => args.set(name.as_str(), FluentValue::from(w.clone())),
                }
            }
            for attr in [None, Some("title")] {
                check_format(catalog, lang, id, attr, Some(&args), &mut problems);
            }
        }
        let notes = fact
            .revisions
            .iter()
            .map(|r| (fact.revision_message_id(r), format!("revision {}", r.date)))
            .chain(fact.withdrawn.map(|d| (fact.withdrawal_message_id(), format!("withdrawal {d}"))));
        for (note, what) in notes {
            if !catalog.has_message(lang, &note) {
                problems.push(at_fact(format!(
                    "the {what} of fact '{}' has no note '{note}' in {language}: say why, in every language",
                    fact.id
                )));
            }
        }
    }
    for (id, file, line) in catalog.messages_at(lang) {
        if let Some(fact_id) = id.strip_prefix("fact-") {
            if declared_args(id).is_none() && !store.was_read(fact_id) {
                problems.push(Problem::warning(file, Some(line), format!("message '{id}' matches no fact")));
            }
        }
    }
    problems
}

/// Formats every message and attribute a language defines, with the arguments its callers
/// give (`MESSAGES`), and refuses what cannot be formatted: a missing term or message, a
/// reference cycle, a variable no caller passes. Facts are formatted with their own values
/// elsewhere.
fn check_every_message(catalog: &Catalog, lang: Lang, problems: &mut Vec<Problem>) {
    // Facts are formatted with their own values (or are stale, and warned about).
    let is_fact = |id: &str| id.starts_with("fact-") && declared_args(id).is_none();
    let mut messages: Vec<_> = catalog.messages_at(lang).filter(|(id, _, _)| !is_fact(id)).collect();
    messages.sort_unstable_by_key(|(id, _, _)| *id);
    for (id, file, line) in messages {
        for args in sample_args(declared_args(id).unwrap_or(&[])) {
            for attr in catalog.attribute_names(lang, id) {
                if let Err(error) = catalog.try_format(lang, id, attr.as_deref(), Some(&args)) {
                    if matches!(error, FormatError::NoValue(_)) {
                        continue;
                    }
                    let message = match &error {
                        FormatError::Resolve { errors, .. } => {
                            let what =
                                attr.as_ref().map(|a| format!("{id}.{a}")).unwrap_or_else(|| id.to_owned());
                            format!("message '{what}' cannot be formatted with the values its callers give: {errors}")
                        }
                        other => other.to_string(),
                    };
                    problems.push(Problem::error(file, Some(line), message));
                }
            }
        }
    }
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
    let Err(error) = catalog.try_resolve(lang, id, attr, args) else { return };
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
