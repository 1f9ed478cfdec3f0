//! The fact store: every claim the bot can make, with no words in any language, read from
//! `data/sources.toml` and `data/facts/*.toml`, validated as a whole, and queried by domain, by
//! month and in time order. A store with any error is refused whole, never half-loaded.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::problem::{line_of, LineIndex, Problem, Problems};
use crate::when::{When, YearMonth};

/// The subjects a fact can be about, in the order replies list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domain {
    Military,
    Diplomatic,
    Economic,
    Cultural,
    Outlook,
}

impl Domain {
    pub const ALL: [Domain; 5] =
        [Domain::Military, Domain::Diplomatic, Domain::Economic, Domain::Cultural, Domain::Outlook];

    pub fn as_str(self) -> &'static str {
        match self {
            Domain::Military => "military",
            Domain::Diplomatic => "diplomatic",
            Domain::Economic => "economic",
            Domain::Cultural => "cultural",
            Domain::Outlook => "outlook",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == text)
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure the source is of a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Confidence {
    Confirmed,
    Reported,
    Alleged,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Confirmed, Confidence::Reported, Confidence::Alleged];

    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::Reported => "reported",
            Confidence::Alleged => "alleged",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// A figure a fact's sentence needs: a number, or a word the sentence selects on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Number(i64),
    Word(String),
}

/// Where a fact was read from, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: PathBuf,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// One validated claim.
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub domain: Domain,
    pub when: Option<When>,
    /// The source names a month but not its year; the year comes from context (see the record's note).
    pub year_from_context: bool,
    pub added: NaiveDate,
    pub confidence: Confidence,
    pub source: String,
    /// Listed in the overview as one of its domain's key actions.
    pub key: bool,
    pub values: BTreeMap<String, Value>,
    pub tags: Vec<String>,
    pub origin: Origin,
}

impl Fact {
    /// The Fluent message that says this fact.
    pub fn message_id(&self) -> String {
        format!("fact-{}", self.id)
    }
}

/// All facts, in time order (undated facts last), with the sources they may cite.
#[derive(Debug, Clone)]
pub struct Store {
    facts: Vec<Fact>,
    sources: Vec<String>,
    sources_file: PathBuf,
    /// Every id read, valid fact or not, so that a refused fact's messages are not called stale.
    ids_read: BTreeSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSources {
    sources: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    fact: Vec<Spanned<RawFact>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: Spanned<String>,
    domain: Spanned<String>,
    when: Option<Spanned<String>>,
    #[serde(default)]
    year_from_context: bool,
    #[allow(dead_code)] // for editors; read so that a typo in its name is caught
    note: Option<String>,
    added: Spanned<String>,
    confidence: Spanned<String>,
    source: Spanned<String>,
    #[serde(default)]
    key: bool,
    #[serde(default)]
    values: BTreeMap<String, Value>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
}

impl Store {
    /// Loads and validates `dir/sources.toml` and every `dir/facts/*.toml`; any error refuses
    /// the whole store.
    pub fn load(dir: &Path) -> Result<Store, Problems> {
        let (store, problems) = Self::read(dir);
        Problems::into_result(problems)?;
        Ok(store)
    }

    /// Reads what it can: the valid facts, and every problem found. For `check`, which goes on
    /// to compare the valid facts with the locales; anything else should `load`.
    pub fn read(dir: &Path) -> (Store, Vec<Problem>) {
        let mut problems = Vec::new();
        let sources_file = dir.join("sources.toml");
        let sources = read_sources(&sources_file, &mut problems);
        let mut facts = Vec::new();
        let mut ids = Vec::new();
        for file in fact_files(&dir.join("facts"), &mut problems) {
            read_facts(&file, &sources, &mut facts, &mut ids, &mut problems);
        }
        check_unique_ids(&ids, &mut problems);
        if facts.is_empty() && problems.is_empty() {
            problems.push(Problem::error(&dir.join("facts"), None, "the store has no fact"));
        }
        // Stable sort: facts with the same date keep the order of their files.
        facts.sort_by_key(|f| (f.when.is_none(), f.when.map(When::sort_key)));
        let ids_read = ids.into_iter().map(|(id, _)| id).collect();
        (Store { facts, sources, sources_file, ids_read }, problems)
    }

    /// Every fact, dated ones in time order first, then undated ones.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// Whether a fact with this id was read, even one refused for an error.
    pub fn was_read(&self, id: &str) -> bool {
        self.ids_read.contains(id)
    }

    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The ids of the sources facts may cite.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    pub fn sources_file(&self) -> &Path {
        &self.sources_file
    }

    /// A domain's facts, dated ones in time order, then undated ones.
    pub fn in_domain(&self, domain: Domain) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(move |f| f.domain == domain)
    }

    /// The domains that have at least one fact, in their usual order.
    pub fn domains(&self) -> Vec<Domain> {
        Domain::ALL.into_iter().filter(|d| self.in_domain(*d).next().is_some()).collect()
    }

    /// Every dated fact, oldest first.
    pub fn timeline(&self) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(|f| f.when.is_some())
    }

    /// The facts dated to a given month.
    pub fn in_month(&self, month: YearMonth) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(move |f| f.when.is_some_and(|w| w.covers_month(month)))
    }

    /// The months that have at least one fact, oldest first.
    pub fn months(&self) -> BTreeSet<YearMonth> {
        self.facts.iter().filter_map(|f| f.when).flat_map(When::months).collect()
    }

    /// The day the newest fact entered the store.
    pub fn updated(&self) -> NaiveDate {
        self.facts.iter().map(|f| f.added).max().unwrap_or_default()
    }
}

fn read_text(file: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    match crate::files::read_to_string(file) {
        Ok(text) => Some(text),
        Err(e) => {
            problems.push(Problem::error(file, None, format!("cannot read the file: {e}")));
            None
        }
    }
}

fn toml_problem(file: &Path, text: &str, error: &toml::de::Error) -> Problem {
    let line = error.span().map(|span| line_of(text, span.start));
    Problem::error(file, line, format!("malformed TOML: {}", error.message()))
}

fn read_sources(file: &Path, problems: &mut Vec<Problem>) -> Vec<String> {
    let Some(text) = read_text(file, problems) else { return Vec::new() };
    let raw: RawSources = match toml::from_str(&text) {
        Ok(raw) => raw,
        Err(e) => {
            problems.push(toml_problem(file, &text, &e));
            return Vec::new();
        }
    };
    let mut seen = HashMap::new();
    let mut sources = Vec::new();
    let index = LineIndex::new(&text);
    for source in raw.sources {
        let line = index.line_of(source.span().start);
        let id = source.into_inner();
        if !is_kebab(&id) {
            problems.push(Problem::error(file, Some(line), format!("source id '{id}' is not kebab-case")));
        } else if let Some(first) = seen.insert(id.clone(), line) {
            problems.push(Problem::error(
                file,
                Some(line),
                format!("duplicate source id '{id}' (first at line {first})"),
            ));
        } else {
            sources.push(id);
        }
    }
    sources
}

fn fact_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let entries = match crate::files::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(Problem::error(dir, None, format!("cannot read the facts folder: {e}")));
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> =
        entries.into_iter().filter(|path| path.extension().is_some_and(|ext| ext == "toml")).collect();
    files.sort();
    files
}

fn read_facts(
    file: &Path,
    sources: &[String],
    facts: &mut Vec<Fact>,
    ids: &mut Vec<(String, Origin)>,
    problems: &mut Vec<Problem>,
) {
    let Some(text) = read_text(file, problems) else { return };
    let raw: RawFile = match toml::from_str(&text) {
        Ok(raw) => raw,
        Err(e) => {
            problems.push(toml_problem(file, &text, &e));
            return;
        }
    };
    let index = LineIndex::new(&text);
    for raw_fact in raw.fact {
        let line = index.line_of(raw_fact.span().start);
        let raw_fact = raw_fact.into_inner();
        let mut at = |spanned_start: usize, message: String| {
            problems.push(Problem::error(file, Some(index.line_of(spanned_start)), message));
        };
        let id = raw_fact.id.get_ref().clone();
        ids.push((id.clone(), Origin { file: file.to_path_buf(), line }));
        if !is_kebab(&id) {
            at(
                raw_fact.id.span().start,
                format!("fact id '{id}' is not kebab-case (like 'road-bridge-construction')"),
            );
        }
        let domain = Domain::parse(raw_fact.domain.get_ref());
        if domain.is_none() {
            at(
                raw_fact.domain.span().start,
                format!(
                    "unknown domain '{}' in fact '{id}' (known: military, diplomatic, economic, cultural, outlook)",
                    raw_fact.domain.get_ref()
                ),
            );
        }
        let confidence = Confidence::parse(raw_fact.confidence.get_ref());
        if confidence.is_none() {
            at(
                raw_fact.confidence.span().start,
                format!(
                    "unknown confidence '{}' in fact '{id}' (known: confirmed, reported, alleged)",
                    raw_fact.confidence.get_ref()
                ),
            );
        }
        let source = raw_fact.source.get_ref().clone();
        if !sources.contains(&source) {
            at(
                raw_fact.source.span().start,
                format!("unknown source '{source}' in fact '{id}' (known: {})", sources.join(", ")),
            );
        }
        let when = match &raw_fact.when {
            None => Ok(None),
            Some(when) => When::parse(when.get_ref()).map(Some).map_err(|reason| {
                at(when.span().start, format!("bad date '{}' in fact '{id}': {reason}", when.get_ref()))
            }),
        };
        if raw_fact.year_from_context && matches!(when, Ok(None)) {
            at(raw_fact.id.span().start, format!("fact '{id}' has year_from_context but no date"));
        }
        let added = NaiveDate::parse_from_str(raw_fact.added.get_ref(), "%Y-%m-%d").map_err(|_| {
            at(
                raw_fact.added.span().start,
                format!(
                    "bad date '{}' for added in fact '{id}': expected YYYY-MM-DD",
                    raw_fact.added.get_ref()
                ),
            )
        });
        for tag in &raw_fact.tags {
            if !is_kebab(tag.get_ref()) {
                at(tag.span().start, format!("tag '{}' in fact '{id}' is not kebab-case", tag.get_ref()));
            }
        }
        if let (Some(domain), Some(confidence), Ok(when), Ok(added)) = (domain, confidence, when, added) {
            facts.push(Fact {
                id,
                domain,
                when,
                year_from_context: raw_fact.year_from_context,
                added,
                confidence,
                source,
                key: raw_fact.key,
                values: raw_fact.values,
                tags: raw_fact.tags.into_iter().map(Spanned::into_inner).collect(),
                origin: Origin { file: file.to_path_buf(), line },
            });
        }
    }
}

fn check_unique_ids(ids: &[(String, Origin)], problems: &mut Vec<Problem>) {
    let mut first: HashMap<&str, &Origin> = HashMap::new();
    for (id, origin) in ids {
        match first.get(id.as_str()) {
            Some(earlier) => problems.push(Problem::error(
                &origin.file,
                Some(origin.line),
                format!("duplicate fact id '{id}' (first defined at {earlier})"),
            )),
            None => {
                first.insert(id, origin);
            }
        }
    }
}

/// `lower-case-words-with-dashes`.
fn is_kebab(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
