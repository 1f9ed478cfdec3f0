//! Reads a slash-command line as a Discord user types it (`/alliance month month:july`, or
//! positionally `/alliance month july`) into a query, or into the error the user should see.
//! The bot gets the same queries from interactions; `ask` gets them from this parser.

use crate::content::facts::{Domain, Store};
use crate::content::i18n::{fold, Catalog};
use crate::content::reply::{name_text, subcommands, Query, Year};
use crate::content::text::{Arg, Text};
use crate::content::when::YearMonth;

/// A mistake in what the user typed: each has a message in every language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserError {
    #[error("empty command line")]
    Empty,
    #[error("unknown command '{0}'")]
    UnknownCommand(String),
    #[error("/alliance without a subcommand")]
    MissingSubcommand,
    #[error("unknown subcommand '{0}'")]
    UnknownSubcommand(String),
    #[error("/alliance {subcommand} has no option '{option}'")]
    UnknownOption { subcommand: String, option: String },
    #[error("/alliance {subcommand} takes no value, got '{value}'")]
    UnexpectedValue { subcommand: String, value: String },
    #[error("/alliance {subcommand} needs a value for '{option}'")]
    MissingOption { subcommand: String, option: String },
    #[error("unreadable month '{0}'")]
    BadMonth(String),
}

impl UserError {
    /// The localisable message for this error.
    pub fn text(&self, store: &Store) -> Text {
        let word = |s: &str| Arg::Word(s.to_owned());
        let name = |s: &str| Arg::Text(name_text(s));
        let subcommands = || Arg::Choices(subcommands(store).into_iter().map(name_text).collect());
        match self {
            UserError::Empty => Text::new("error-empty"),
            UserError::UnknownCommand(command) => {
                Text::new("error-unknown-command").arg("command", word(command))
            }
            UserError::MissingSubcommand => {
                Text::new("error-missing-subcommand").arg("subcommands", subcommands())
            }
            UserError::UnknownSubcommand(given) => Text::new("error-unknown-subcommand")
                .arg("subcommand", word(given))
                .arg("subcommands", subcommands()),
            UserError::UnknownOption { subcommand, option } => Text::new("error-unknown-option")
                .arg("subcommand", name(subcommand))
                .arg("option", word(option)),
            UserError::UnexpectedValue { subcommand, value } => Text::new("error-unexpected-value")
                .arg("subcommand", name(subcommand))
                .arg("value", word(value)),
            UserError::MissingOption { subcommand, option } => Text::new("error-missing-option")
                .arg("subcommand", name(subcommand))
                .arg("option", Arg::Text(Text::new(format!("cmd-alliance-{subcommand}-{option}")))),
            UserError::BadMonth(input) => Text::new("error-bad-month")
                .arg("input", word(input))
                .arg("months", Arg::Months(store.months().into_iter().collect())),
        }
    }
}

/// The name of the month option of `/alliance month`.
pub const MONTH_OPTION: &str = "month";

/// Reads a whole command line into a query.
pub fn parse(line: &str, store: &Store, catalog: &Catalog) -> Result<Query, UserError> {
    let tokens = tokenize(line);
    let Some((command, rest)) = tokens.split_first() else { return Err(UserError::Empty) };
    // `/alliance`, or its name in any language (`/allianz`, `/동맹`), as a Discord client shows it.
    let command_name = fold(command.trim_start_matches('/'));
    let localized = catalog
        .languages()
        .any(|lang| catalog.plain(lang, "cmd-alliance").is_some_and(|n| fold(n) == command_name));
    if command_name != "alliance" && !localized {
        return Err(UserError::UnknownCommand(command.clone()));
    }
    let Some((given, rest)) = rest.split_first() else { return Err(UserError::MissingSubcommand) };
    let subcommand = resolve_subcommand(given, store, catalog)
        .ok_or_else(|| UserError::UnknownSubcommand(given.clone()))?;
    let (mut options, positional) = group_options(rest);
    for (name, _) in &mut options {
        if subcommand == "month" && names(catalog, &format!("month-{MONTH_OPTION}"), name) {
            *name = MONTH_OPTION.to_owned();
        }
    }
    let unexpected =
        || UserError::UnexpectedValue { subcommand: subcommand.to_owned(), value: positional.join(" ") };
    if let Some((option, _)) = options.iter().find(|(name, _)| subcommand != "month" || name != MONTH_OPTION)
    {
        return Err(UserError::UnknownOption { subcommand: subcommand.to_owned(), option: option.clone() });
    }
    let month = match (options.first(), positional.is_empty()) {
        (Some(_), false) => return Err(unexpected()),
        (Some((_, value)), true) => Some(value.clone()),
        (None, false) if subcommand == "month" => Some(positional.join(" ")),
        (None, false) => return Err(unexpected()),
        (None, true) => None,
    };
    query(subcommand, month.as_deref(), store, catalog)
}

/// The canonical name of a subcommand given in any language (`militaire` → `military`).
pub fn resolve_subcommand(given: &str, store: &Store, catalog: &Catalog) -> Option<&'static str> {
    subcommands(store).into_iter().find(|name| names(catalog, name, given))
}

/// The query of a subcommand (by canonical name) and, for `month`, the month typed.
pub fn query(
    subcommand: &str,
    month: Option<&str>,
    store: &Store,
    catalog: &Catalog,
) -> Result<Query, UserError> {
    match subcommand {
        "overview" => Ok(Query::Overview),
        "timeline" => Ok(Query::Timeline),
        "month" => {
            let value = month.unwrap_or_default().trim();
            if value.is_empty() {
                return Err(UserError::MissingOption {
                    subcommand: subcommand.to_owned(),
                    option: MONTH_OPTION.to_owned(),
                });
            }
            let (month, year) =
                parse_month(value, store, catalog).ok_or_else(|| UserError::BadMonth(value.to_owned()))?;
            Ok(Query::Month(month, year))
        }
        other => match Domain::parse(other) {
            Some(domain) if store.domains().contains(&domain) => Ok(Query::Domain(domain)),
            _ => Err(UserError::UnknownSubcommand(other.to_owned())),
        },
    }
}

/// Whether `given` is the canonical name of `cmd-alliance-<name>`, or its name in any language.
fn names(catalog: &Catalog, name: &str, given: &str) -> bool {
    let given = fold(given);
    let canonical = name.rsplit('-').next().unwrap_or(name);
    if given == canonical {
        return true;
    }
    let id = format!("cmd-alliance-{name}");
    catalog.languages().any(|lang| catalog.plain(lang, &id).is_some_and(|n| fold(n) == given))
}

/// Reads a month as users write it, in any language the catalog has: `2025-07`, `07/2025`,
/// `july`, `Juillet`, `July 2025`, `juillet 2025`, `julio de 2025`, `июль 2025 г.`, `липня`,
/// `7월`, `2025年7月`, or a prefix such as `sept`. A month named without a year is taken in the
/// latest year that has events in that month, else in the store's latest year, and said to be
/// assumed.
pub fn parse_month(input: &str, store: &Store, catalog: &Catalog) -> Option<(YearMonth, Year)> {
    let text = fold(input);
    if let Some(month) = YearMonth::parse_iso(&text) {
        return Some((month, Year::Given));
    }
    if let Some((m, y)) = text.split_once('/').or_else(|| text.split_once('-')) {
        if let (Ok(m), Ok(y)) = (m.parse::<u32>(), y.parse::<i32>()) {
            return YearMonth::new(y, m).map(|month| (month, Year::Given));
        }
    }
    let words = month_words(&text, catalog);
    match words.as_slice() {
        [name] => {
            let number = catalog.month_number(name)?;
            Some((default_year(number, store)?, Year::Assumed))
        }
        [name, year] | [year, name] if is_year(year) => {
            YearMonth::new(year.parse().ok()?, catalog.month_number(name)?).map(|month| (month, Year::Given))
        }
        _ => None,
    }
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
}

/// The words of a typed month, with the year apart from what it is glued to (`2025年7月` is
/// `2025` and `7月`) and without what readers write between a month and its year (`de`, `г.`,
/// `年`: each language's `month-filler`).
fn month_words(text: &str, catalog: &Catalog) -> Vec<String> {
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let mut rest = word;
        // A year glued before or after the month's name.
        while !rest.is_empty() {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let (piece, after) = if digits == 4 {
                rest.split_at(4)
            } else {
                match rest.char_indices().find(|(i, _)| is_year(rest.get(*i..i + 4).unwrap_or_default())) {
                    Some((i, _)) if i > 0 => rest.split_at(i),
                    _ => (rest, ""),
                }
            };
            words.push(piece.to_owned());
            rest = after;
        }
    }
    words
        .into_iter()
        .map(|word| strip_fillers(word.trim_matches(|c: char| c == '.' || c == ','), catalog).to_owned())
        .filter(|word| !word.is_empty() && !catalog.is_month_filler(word))
        .collect()
}

/// A word without a filler glued to its start or end (`年7月` is `7月`). Only fillers of
/// scripts without case (Han, Hangul) are written glued; `de` inside `dezember` is no filler.
fn strip_fillers<'w>(word: &'w str, catalog: &Catalog) -> &'w str {
    let mut word = word;
    let glued =
        |filler: &str| filler.chars().all(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase());
    for filler in catalog.month_fillers().filter(|filler| glued(filler)) {
        if word.len() > filler.len() {
            if let Some(rest) = word.strip_prefix(filler) {
                word = rest;
            }
            if let Some(rest) = word.strip_suffix(filler) {
                word = rest;
            }
        }
    }
    word
}

fn default_year(number: u32, store: &Store) -> Option<YearMonth> {
    let months = store.months();
    let year = months
        .keys()
        .rev()
        .find(|m| m.month() == number)
        .or_else(|| months.keys().next_back())
        .map(|m| m.year())
        .unwrap_or_else(|| chrono::Datelike::year(&store.updated()));
    YearMonth::new(year, number)
}

/// Splits on white space, keeping "quoted words" together.
fn tokenize(line: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in line.trim().chars() {
        match c {
            '"' | '“' | '”' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    tokens
}

/// Splits the words after the subcommand into `name:value` options (a value runs until the
/// next `name:`) and positional words.
fn group_options(tokens: &[String]) -> (Vec<(String, String)>, Vec<String>) {
    let mut options: Vec<(String, String)> = Vec::new();
    let mut positional = Vec::new();
    for token in tokens {
        let option = token.split_once(':').filter(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_alphabetic() || c == '_' || c == '-')
        });
        match (option, options.last_mut()) {
            (Some((name, value)), _) => options.push((name.to_lowercase(), value.to_owned())),
            (None, Some((_, value))) => {
                if !value.is_empty() {
                    value.push(' ');
                }
                value.push_str(token);
            }
            (None, None) => positional.push(token.clone()),
        }
    }
    (options, positional)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_run_until_the_next_option() {
        let tokens: Vec<String> = ["month:July", "2025", "x:1"].iter().map(|s| s.to_string()).collect();
        let (options, positional) = group_options(&tokens);
        assert_eq!(options, [("month".to_owned(), "July 2025".to_owned()), ("x".to_owned(), "1".to_owned())]);
        assert!(positional.is_empty());
    }

    #[test]
    fn quotes_keep_words_together() {
        assert_eq!(
            tokenize(r#"/alliance month month:"juillet 2025""#),
            ["/alliance", "month", "month:juillet 2025"]
        );
    }
}
