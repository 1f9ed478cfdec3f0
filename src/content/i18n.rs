//! Every word a user reads: the Fluent bundles of `locales/<language>/*.ftl`, one per language
//! folder, behind one `Catalog` that negotiates a Discord locale down to a language we have,
//! formats numbers and dates the way that language writes them (CLDR's rules, in `cldr`), and
//! falls back to English, with a logged warning, rather than ever showing a raw message id.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::content::cldr::Cldr;
use crate::content::problem::{line_of, Problem, Problems};
use crate::content::when::YearMonth;

/// The language every other one falls back to; its folder must be complete.
pub const FALLBACK: &str = "en-US";

/// A language the catalog has: only the catalog makes one, so it is always valid there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

/// Why a message could not be formatted in one language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("no message '{0}'")]
    MissingMessage(String),
    #[error("message '{0}' has no value")]
    NoValue(String),
    #[error("message '{id}' has no attribute '.{attr}'")]
    MissingAttribute { id: String, attr: String },
    #[error("message '{id}': {errors}")]
    Resolve { id: String, errors: String },
}

struct Locale {
    id: LanguageIdentifier,
    dir: PathBuf,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// The files read, each with its parsed resource (the bundle shares them): for translators'
    /// tools, which read the comments beside messages.
    resources: Vec<(Arc<Path>, Arc<FluentResource>)>,
    /// Where each message is defined, for problems that name a line (the file shared by its
    /// messages).
    lines: HashMap<String, (Arc<Path>, usize)>,
    /// Messages and attributes that take no value (labels, month names), formatted once at load:
    /// keyed `id` or `id.attr`.
    plain: HashMap<String, String>,
    /// Months of a year and days, as CLDR writes them in this language.
    cldr: Cldr,
}

/// All languages, loaded once at start.
pub struct Catalog {
    locales: Vec<Locale>,
    fallback: Lang,
    ids: Vec<LanguageIdentifier>,
    /// Month names of every language, as readers type them (the name and its `.typed` forms),
    /// folded (lowercase, no accents), with their number.
    month_names: Vec<(String, u32)>,
    /// What readers of any language write between a month and its year (`de`, `г.`, `年`),
    /// folded: ignored when reading a month (`month-filler`).
    month_fillers: Vec<String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.ids).finish()
    }
}

impl Catalog {
    /// Loads every `dir/<language>/*.ftl`. Syntax errors, duplicate messages, a folder that is not
    /// a language tag and a missing English folder are errors; the result carries the warnings.
    pub fn load(dir: &Path) -> Result<(Catalog, Vec<Problem>), Problems> {
        let (catalog, problems) = Self::read(dir);
        let warnings = Problems::into_result(problems)?;
        Ok((catalog.expect("a catalog is read whenever there is no error"), warnings))
    }

    /// Reads what it can, with every problem found; `None` when there is no usable language.
    pub fn read(dir: &Path) -> (Option<Catalog>, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut locales = Vec::new();
        let entries = match crate::content::files::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                problems.push(Problem::error(dir, None, format!("cannot read the locales folder: {e}")));
                return (None, problems);
            }
        };
        let mut dirs: Vec<PathBuf> =
            entries.into_iter().filter(|p| crate::content::files::is_dir(p)).collect();
        dirs.sort();
        // Each folder is either refused, or a language to read; the languages are read at once,
        // each on a thread of its own, and their problems listed in folder order.
        let mut folders: Vec<Result<(LanguageIdentifier, PathBuf), Problem>> = Vec::new();
        for locale_dir in dirs {
            let name = locale_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            match name.parse::<LanguageIdentifier>() {
                Ok(id) => match folders.iter().flatten().find(|(known, _)| *known == id) {
                    Some((_, first)) => folders.push(Err(Problem::error(
                        &locale_dir,
                        None,
                        format!(
                            "'{name}' names the same language as {} ({id}): keep one folder per language",
                            first.display()
                        ),
                    ))),
                    None => folders.push(Ok((id, locale_dir))),
                },
                Err(_) => folders.push(Err(Problem::error(
                    &locale_dir,
                    None,
                    format!("'{name}' is not a language tag (like fr or en-US)"),
                ))),
            }
        }
        let read = crate::content::par::map(&folders, |folder| match folder {
            Ok((id, dir)) => {
                let mut found = Vec::new();
                let mut locale = load_locale(id.clone(), dir, &mut found);
                locale.plain = plain_messages(&locale);
                (Some(locale), found)
            }
            Err(problem) => (None, vec![problem.clone()]),
        });
        for (locale, found) in read {
            problems.extend(found);
            locales.extend(locale);
        }
        let fallback_id: LanguageIdentifier = FALLBACK.parse().expect("FALLBACK is a valid language tag");
        let fallback = locales.iter().position(|l| l.id == fallback_id);
        if fallback.is_none() {
            problems.push(Problem::error(
                dir,
                None,
                format!(
                    "there is no {FALLBACK} folder: English is the fallback language and must be present"
                ),
            ));
        }
        let Some(fallback) = fallback else { return (None, problems) };
        let ids = locales.iter().map(|l| l.id.clone()).collect();
        let mut catalog = Catalog {
            locales,
            fallback: Lang(fallback),
            ids,
            month_names: Vec::new(),
            month_fillers: Vec::new(),
        };
        catalog.month_names = catalog.collect_month_names();
        catalog.month_fillers = catalog.collect_month_fillers();
        (Some(catalog), problems)
    }

    /// The languages, in folder order.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        (0..self.locales.len()).map(Lang)
    }

    /// The position of a language in `languages()`.
    pub fn index(&self, lang: Lang) -> usize {
        lang.0
    }

    pub fn fallback(&self) -> Lang {
        self.fallback
    }

    /// The language tag, such as `fr` or `en-US`.
    pub fn tag(&self, lang: Lang) -> String {
        self.locales[lang.0].id.to_string()
    }

    /// The folder a language was read from.
    pub fn dir(&self, lang: Lang) -> &Path {
        &self.locales[lang.0].dir
    }

    /// The best language we have for a requested locale (a Discord locale such as `fr`,
    /// `en-GB` or `ja`), English when nothing matches or the tag is unreadable.
    pub fn negotiate(&self, requested: &str) -> Lang {
        let Ok(requested) = requested.trim().parse::<LanguageIdentifier>() else {
            return self.fallback;
        };
        self.best_of(&[requested]).unwrap_or(self.fallback)
    }

    /// The best language for a requested locale, or `None` when only the fallback would do.
    pub fn supports(&self, requested: &str) -> Option<Lang> {
        let requested = requested.trim().parse::<LanguageIdentifier>().ok()?;
        self.best_of(&[requested])
    }

    fn best_of(&self, requested: &[LanguageIdentifier]) -> Option<Lang> {
        let found = negotiate_languages(requested, &self.ids, None, NegotiationStrategy::Lookup);
        let best = found.first()?;
        self.ids.iter().position(|id| &id == best).map(Lang)
    }

    /// Whether a language defines a message.
    pub fn has_message(&self, lang: Lang, id: &str) -> bool {
        self.locales[lang.0].bundle.has_message(id)
    }

    /// The file and line where a language defines a message.
    pub fn message_location(&self, lang: Lang, id: &str) -> Option<(&Path, usize)> {
        self.locales[lang.0].lines.get(id).map(|(file, line)| (&**file, *line))
    }

    /// The files a language was read from, with their parsed Fluent (comments included).
    pub fn resources(&self, lang: Lang) -> impl Iterator<Item = (&Path, &FluentResource)> {
        self.locales[lang.0].resources.iter().map(|(file, resource)| (&**file, &**resource))
    }

    /// Every message a language defines, with where: its id, file and line.
    pub fn messages_at(&self, lang: Lang) -> impl Iterator<Item = (&str, &Path, usize)> {
        self.locales[lang.0].lines.iter().map(|(id, (file, line))| (id.as_str(), &**file, *line))
    }

    /// The ids of every message a language defines.
    pub fn message_ids(&self, lang: Lang) -> impl Iterator<Item = &str> {
        self.locales[lang.0].lines.keys().map(String::as_str)
    }

    /// The value (`None`) and the attributes of a message, in order.
    pub fn attribute_names(&self, lang: Lang, id: &str) -> Vec<Option<String>> {
        let Some(message) = self.locales[lang.0].bundle.get_message(id) else { return Vec::new() };
        std::iter::once(None).chain(message.attributes().map(|a| Some(a.id().to_owned()))).collect()
    }

    /// A message that takes no value, as formatted at load, with no fallback.
    pub fn plain(&self, lang: Lang, id: &str) -> Option<&str> {
        self.locales[lang.0].plain.get(id).map(String::as_str)
    }

    /// Formats a message (or one of its attributes) in one language, with no fallback.
    pub fn try_format(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<String, FormatError> {
        format_in(&self.locales[lang.0].bundle, id, attr, args)
    }

    /// Whether a message (or one of its attributes) formats in one language, with no fallback:
    /// the errors `try_format` would give, without keeping the text (for `check`, which
    /// formats every message of every language, and needs only the errors).
    pub fn try_resolve(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<(), FormatError> {
        /// Takes the text and keeps nothing.
        struct Discard;
        impl std::fmt::Write for Discard {
            fn write_str(&mut self, _: &str) -> std::fmt::Result {
                Ok(())
            }
        }
        let bundle = &self.locales[lang.0].bundle;
        let pattern = pattern_of(bundle, id, attr)?;
        let mut errors = Vec::new();
        // The same resolution as `format_pattern`, which writes into a string.
        let _ = bundle.write_pattern(&mut Discard, pattern, args, &mut errors);
        resolved(id, (), errors)
    }

    /// Formats a message in `lang`, falling back to English with a logged warning; never returns
    /// a message id. Should English fail too, the apology `error-internal` stands in.
    pub fn format(&self, lang: Lang, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> String {
        if args.is_none_or(|a| a.iter().next().is_none()) {
            let plain = &self.locales[lang.0].plain;
            let found = match attr {
                None => plain.get(id),
                Some(attr) => plain.get(&format!("{id}.{attr}")),
            };
            if let Some(text) = found {
                return text.clone();
            }
        }
        match self.try_format(lang, id, attr, args) {
            Ok(text) => return text,
            Err(error) if lang != self.fallback => {
                tracing::warn!(language = %self.tag(lang), %error, "translation failed; using {FALLBACK}");
            }
            Err(error) => tracing::error!(%error, "message failed in the fallback language"),
        }
        if lang != self.fallback {
            if let Ok(text) = self.try_format(self.fallback, id, attr, args) {
                return text;
            }
            tracing::error!(id, "message failed in the fallback language too");
        }
        self.try_format(lang, "error-internal", None, None)
            .or_else(|_| self.try_format(self.fallback, "error-internal", None, None))
            .unwrap_or_else(|_| "…".to_owned())
    }

    /// A month of a year as the language names it on its own: "July 2025", « juillet 2025 ».
    pub fn month(&self, lang: Lang, month: YearMonth) -> String {
        self.locales[lang.0].cldr.month(month)
    }

    /// Items joined as the language joins them (see `Cldr::list`).
    pub fn list(&self, lang: Lang, kind: crate::content::cldr::ListKind, items: &[String]) -> String {
        self.locales[lang.0].cldr.list(kind, items)
    }

    /// A day, in full, as the language writes it: "December 5, 2026", « 5 décembre 2026 ».
    pub fn day(&self, lang: Lang, day: chrono::NaiveDate) -> String {
        self.locales[lang.0].cldr.day(day)
    }

    /// The month number of a name in any language (`july`, `Juillet`, `aout`, `июля`, `7월`),
    /// or of a prefix of at least three letters that names one month only (`sept`, `juil`).
    pub fn month_number(&self, name: &str) -> Option<u32> {
        let name = fold(name);
        if let Some((_, n)) = self.month_names.iter().find(|(m, _)| *m == name) {
            return Some(*n);
        }
        if name.chars().count() < 3 {
            return None;
        }
        let mut found = self.month_names.iter().filter(|(m, _)| m.starts_with(&name)).map(|(_, n)| *n);
        let first = found.next()?;
        found.all(|n| n == first).then_some(first)
    }

    /// Whether a word is only what readers write between a month and its year (`de`, `г.`).
    pub fn is_month_filler(&self, word: &str) -> bool {
        let word = fold(word);
        self.month_fillers.contains(&word)
    }

    /// The fillers of every language (`年`, `년`…), for words they are glued to (`2025年`).
    pub fn month_fillers(&self) -> impl Iterator<Item = &str> {
        self.month_fillers.iter().map(String::as_str)
    }

    fn collect_month_names(&self) -> Vec<(String, u32)> {
        let mut names = Vec::new();
        for lang in self.languages() {
            for n in 1..=12 {
                let id = format!("month-{n}");
                if let Ok(name) = self.try_format(lang, &id, None, None) {
                    names.push((fold(&name), n));
                }
                if let Ok(typed) = self.try_format(lang, &id, Some("typed"), None) {
                    names.extend(list_items(&typed).map(|form| (fold(form), n)));
                }
            }
        }
        names
    }

    fn collect_month_fillers(&self) -> Vec<String> {
        let mut fillers: Vec<String> = self
            .languages()
            .filter_map(|lang| self.try_format(lang, "month-filler", None, None).ok())
            .flat_map(|list| list_items(&list).map(fold).collect::<Vec<_>>())
            .collect();
        fillers.sort();
        fillers.dedup();
        fillers
    }
}

/// The items of a comma-separated list a translator wrote (`июля, июле, июл`), trimmed.
fn list_items(list: &str) -> impl Iterator<Item = &str> {
    list.split([',', '、', '，']).map(str::trim).filter(|item| !item.is_empty())
}

/// Formats a message (or one of its attributes) of a bundle.
fn format_in(
    bundle: &FluentBundle<Arc<FluentResource>>,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Result<String, FormatError> {
    let pattern = pattern_of(bundle, id, attr)?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    resolved(id, text, errors).map(std::borrow::Cow::into_owned)
}

/// The pattern of a message, or of one of its attributes.
fn pattern_of<'b>(
    bundle: &'b FluentBundle<Arc<FluentResource>>,
    id: &str,
    attr: Option<&str>,
) -> Result<&'b ast::Pattern<&'b str>, FormatError> {
    let message = bundle.get_message(id).ok_or_else(|| FormatError::MissingMessage(id.to_owned()))?;
    match attr {
        None => message.value().ok_or_else(|| FormatError::NoValue(id.to_owned())),
        Some(attr) => Ok(message
            .get_attribute(attr)
            .ok_or_else(|| FormatError::MissingAttribute { id: id.to_owned(), attr: attr.to_owned() })?
            .value()),
    }
}

/// What was formatted, unless resolving it gave errors.
fn resolved<T>(id: &str, formatted: T, errors: Vec<fluent_bundle::FluentError>) -> Result<T, FormatError> {
    if errors.is_empty() {
        Ok(formatted)
    } else {
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        Err(FormatError::Resolve { id: id.to_owned(), errors: errors.join("; ") })
    }
}

/// A language's table of messages and attributes that format without any value.
fn plain_messages(locale: &Locale) -> HashMap<String, String> {
    let mut plain = HashMap::with_capacity(locale.lines.len() * 2);
    for id in locale.lines.keys() {
        let Some(message) = locale.bundle.get_message(id) else { continue };
        if message.value().is_some_and(|value| !needs_arguments(value)) {
            if let Ok(text) = format_in(&locale.bundle, id, None, None) {
                plain.insert(id.clone(), text);
            }
        }
        for attr in message.attributes().filter(|attr| !needs_arguments(attr.value())) {
            if let Ok(text) = format_in(&locale.bundle, id, Some(attr.id()), None) {
                let mut key = String::with_capacity(id.len() + 1 + attr.id().len());
                key.push_str(id);
                key.push('.');
                key.push_str(attr.id());
                plain.insert(key, text);
            }
        }
    }
    plain
}

/// Whether a pattern cannot be formatted without arguments: it shows a variable, or selects on
/// one, outside any selection, which then always fails. The table of plain messages skips
/// these without formatting them (most fact sentences are such): formatting each only to
/// discard its error took a tenth of loading a large store.
fn needs_arguments(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().any(|element| {
        matches!(
            element,
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { .. })
                    | ast::Expression::Select {
                        selector: ast::InlineExpression::VariableReference { .. },
                        ..
                    },
            }
        )
    })
}

fn load_locale(id: LanguageIdentifier, dir: &Path, problems: &mut Vec<Problem>) -> Locale {
    let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
    // Discord shows text as is: the invisible isolation marks around placeables would only add noise.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(crate::content::cldr::format_value));
    bundle.add_builtins().expect("a fresh bundle has no functions yet");
    let mut lines = HashMap::new();
    let mut resources = Vec::new();
    let mut files: Vec<PathBuf> = crate::content::files::read_dir(dir).unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|ext| ext == "ftl"));
    files.sort();
    if files.is_empty() {
        problems.push(Problem::error(dir, None, "the language folder has no .ftl file"));
    }
    for file in files {
        let source = match crate::content::files::read_to_string(&file) {
            Ok(source) => source,
            Err(e) => {
                problems.push(Problem::error(&file, None, format!("cannot read the file: {e}")));
                continue;
            }
        };
        let defined = message_lines(&source);
        let shared: Arc<Path> = Arc::from(file.as_path());
        let resource = match FluentResource::try_new(source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let line = broken_entry_line(resource.source(), error.slice.unwrap_or(error.pos).start);
                    problems.push(Problem::error(
                        &file,
                        Some(line),
                        format!("malformed Fluent: {}", error.kind),
                    ));
                }
                resource
            }
        };
        for (message, line) in defined {
            match lines.entry(message) {
                Entry::Occupied(first) => {
                    let (first_file, first_line): &(Arc<Path>, usize) = first.get();
                    problems.push(Problem::error(
                        &file,
                        Some(line),
                        format!(
                            "message '{}' is defined twice (first at {}:{first_line})",
                            first.key(),
                            first_file.display()
                        ),
                    ));
                }
                Entry::Vacant(vacant) => {
                    vacant.insert((Arc::clone(&shared), line));
                }
            }
        }
        // Duplicates were reported above with their lines; the bundle keeps the first definition.
        let resource = Arc::new(resource);
        let _ = bundle.add_resource(Arc::clone(&resource));
        resources.push((shared, resource));
    }
    let cldr = Cldr::new(&id);
    Locale { id, dir: dir.to_path_buf(), bundle, resources, lines, plain: HashMap::new(), cldr }
}

/// The line where a broken entry starts: the first line at or after `offset` that is neither
/// blank nor a comment (the parser's slice starts where the last good entry ended).
fn broken_entry_line(source: &str, offset: usize) -> usize {
    let mut line = line_of(source, offset);
    for text in source[offset.min(source.len())..].lines() {
        if !text.trim().is_empty() && !text.trim_start().starts_with('#') {
            break;
        }
        line += 1;
    }
    line
}

/// The messages a .ftl source defines, with their lines: lines that start with an identifier
/// followed by `=` (terms start with `-` and are not messages).
fn message_lines(source: &str) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    for (index, line) in source.lines().enumerate() {
        if let Some(name) = message_id(line) {
            found.push((name.to_owned(), index + 1));
        }
    }
    found
}

/// The id of the message a line starts, if it starts one (`fact-x = …`; terms start with `-`).
pub(crate) fn message_id(line: &str) -> Option<&str> {
    let (name, _) = line.split_once('=')?;
    let name = name.trim_end();
    let mut chars = name.chars();
    let starts_well = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (starts_well && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')).then_some(name)
}

/// Lowercase, without the accents of Latin letters, for matching what users type.
pub fn fold(text: &str) -> String {
    text.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_message_lines_but_not_attributes_or_terms() {
        let source = "# comment\nfact-a = A\n    .title = T\n-term = x\nb=B\n";
        assert_eq!(message_lines(source), vec![("fact-a".to_owned(), 2), ("b".to_owned(), 5)]);
    }

    #[test]
    fn skips_formatting_only_what_cannot_format_without_arguments() {
        let source = "shown = { $n } left\nselects = { $n ->\n    [one] one\n   *[other] many\n}\n\
                      label = A label\nnested = { NUMBER(2) ->\n    [one] { $n }\n   *[other] two\n}\n\
                      other = See { label }\n";
        let resource = FluentResource::try_new(source.to_owned()).expect("the source parses");
        let mut bundle = FluentBundle::new_concurrent(vec![FALLBACK.parse().expect("a tag")]);
        bundle.add_resource(Arc::new(resource)).expect("no duplicate");
        for (id, needs) in
            [("shown", true), ("selects", true), ("label", false), ("nested", false), ("other", false)]
        {
            let pattern = bundle.get_message(id).and_then(|m| m.value()).expect("the message has a value");
            assert_eq!(needs_arguments(pattern), needs, "{id}");
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, None, &mut errors);
            assert_eq!(!errors.is_empty(), needs, "{id} formats without arguments: {errors:?}");
        }
    }

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(fold(" Août "), "aout");
        assert_eq!(fold("DÉCEMBRE"), "decembre");
    }
}
