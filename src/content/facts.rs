//! The fact store: every claim the bot can make, with no words in any language, read from
//! `data/sources.toml` and `data/facts/*.toml`, validated as a whole, and queried by domain, by
//! month and in time order. A store with any error is refused whole, never half-loaded.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use crate::content::problem::{line_of, LineIndex, Problem, Problems};
use crate::content::when::{When, YearMonth};

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

/// The domains a digest covers: a subscription's topic filter, every domain by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Topics(u8);

impl Topics {
    pub const ALL: Topics = Topics((1 << Domain::ALL.len()) - 1);

    /// These domains; every domain when none is given.
    pub fn of(domains: impl IntoIterator<Item = Domain>) -> Topics {
        let bits = domains.into_iter().fold(0, |bits, d| bits | 1 << d as u8);
        if bits == 0 {
            Topics::ALL
        } else {
            Topics(bits)
        }
    }

    pub fn contains(self, domain: Domain) -> bool {
        self.0 & 1 << domain as u8 != 0
    }

    pub fn is_all(self) -> bool {
        self == Topics::ALL
    }

    /// Its domains, in their usual order.
    pub fn domains(self) -> impl Iterator<Item = Domain> {
        Domain::ALL.into_iter().filter(move |d| self.contains(*d))
    }

    /// `military+economic`: how keys and the database keep it.
    pub fn encode(self) -> String {
        self.domains().map(Domain::as_str).collect::<Vec<_>>().join("+")
    }

    pub fn decode(text: &str) -> Option<Topics> {
        let domains: Option<Vec<Domain>> = text.split('+').map(Domain::parse).collect();
        Some(Topics::of(domains?))
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the source presents a fact: as established, as reported by someone, as an unconfirmed
/// allegation, or as its own assessment of what may come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Confidence {
    Confirmed,
    Reported,
    Alleged,
    Assessment,
}

impl Confidence {
    pub const ALL: [Confidence; 4] =
        [Confidence::Confirmed, Confidence::Reported, Confidence::Alleged, Confidence::Assessment];

    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::Reported => "reported",
            Confidence::Alleged => "alleged",
            Confidence::Assessment => "assessment",
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

/// A document facts are read from, such as the article: what a reader needs to find it. Nothing
/// the document does not give (a date, an address) is recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub section: Option<String>,
    /// The language tag of the document, such as `fr`.
    pub language: String,
}

/// Someone a document names as the origin of a claim ("according to South Korean sources"),
/// with the document's own words that say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub id: String,
    pub document: String,
    pub quote: String,
}

/// A change to a fact after it entered the store: when, and the values it had before. Why is
/// said in every language by the message `revision-<fact id>-<date>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub date: NaiveDate,
    /// The values this revision replaced (only those it changed).
    pub previous: BTreeMap<String, Value>,
}

/// One validated claim.
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    pub domain: Domain,
    pub when: Option<When>,
    /// Undated, but recent as of the source: said "recently", never given a year.
    pub recent: bool,
    /// The source names a month but not its year; the year comes from context (see the record's note).
    pub year_from_context: bool,
    pub added: NaiveDate,
    pub confidence: Confidence,
    /// The document the fact is read from.
    pub source: String,
    /// Whom that document attributes the claim to, when it does not state it in its own voice.
    pub attribution: Option<String>,
    /// Listed in the overview as one of its domain's key actions.
    pub key: bool,
    /// The current values.
    pub values: BTreeMap<String, Value>,
    /// Oldest first.
    pub revisions: Vec<Revision>,
    /// The day the fact was withdrawn: replies no longer show it; digests say so once.
    pub withdrawn: Option<NaiveDate>,
    pub tags: Vec<String>,
    pub origin: Origin,
}

impl Fact {
    /// The Fluent message that says this fact.
    pub fn message_id(&self) -> String {
        // Asked for each fact at load: put together directly, without the formatting machinery.
        let mut id = String::with_capacity("fact-".len() + self.id.len());
        id.push_str("fact-");
        id.push_str(&self.id);
        id
    }

    /// The message that says why a revision was made.
    pub fn revision_message_id(&self, revision: &Revision) -> String {
        format!("revision-{}-{}", self.id, revision.date)
    }

    /// The message that says why the fact was withdrawn.
    pub fn withdrawal_message_id(&self) -> String {
        format!("withdrawal-{}", self.id)
    }

    /// The day of the latest revision.
    pub fn revised(&self) -> Option<NaiveDate> {
        self.revisions.last().map(|r| r.date)
    }

    /// The last day anything happened to this fact in the store: added, revised or withdrawn.
    pub fn changed(&self) -> NaiveDate {
        [Some(self.added), self.revised(), self.withdrawn].into_iter().flatten().max().unwrap_or(self.added)
    }

    /// The values the fact had on a day (its current values before `added`).
    pub fn values_on(&self, day: NaiveDate) -> BTreeMap<String, Value> {
        let mut values = self.values.clone();
        for revision in self.revisions.iter().rev().take_while(|r| r.date > day) {
            values.extend(revision.previous.clone());
        }
        values
    }

    /// Whether replies hedge the fact: the source attributes it to someone, or does not present
    /// it as established.
    pub fn is_hedged(&self) -> bool {
        self.confidence != Confidence::Confirmed || self.attribution.is_some()
    }

    /// Whether replies still show the fact.
    pub fn is_live(&self) -> bool {
        self.withdrawn.is_none()
    }
}

/// All facts, in time order (recent, then undated facts last), with the documents and
/// attributions they may cite.
#[derive(Debug, Clone)]
pub struct Store {
    facts: Vec<Fact>,
    documents: Vec<Document>,
    attributions: Vec<Attribution>,
    sources_file: PathBuf,
    /// Every id read, valid fact or not, so that a refused fact's messages are not called stale.
    ids_read: HashSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSources {
    #[serde(default)]
    document: Vec<Spanned<RawDocument>>,
    #[serde(default)]
    attribution: Vec<Spanned<RawAttribution>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: String,
    title: String,
    section: Option<String>,
    language: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttribution {
    id: String,
    document: String,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRevision {
    date: Spanned<String>,
    #[serde(default)]
    previous: BTreeMap<String, Value>,
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
    recent: bool,
    #[serde(default)]
    year_from_context: bool,
    #[allow(dead_code)] // for editors; read so that a typo in its name is caught
    note: Option<String>,
    added: Spanned<String>,
    confidence: Spanned<String>,
    source: Spanned<String>,
    attribution: Option<Spanned<String>>,
    #[serde(default)]
    key: bool,
    #[serde(default)]
    values: BTreeMap<String, Value>,
    #[serde(default)]
    revision: Vec<RawRevision>,
    withdrawn: Option<Spanned<String>>,
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
        let (documents, attributions) = read_sources(&sources_file, &mut problems);
        let sources = Sources { documents: &documents, attributions: &attributions };
        let mut facts = Vec::new();
        let mut ids = Vec::new();
        let files = fact_files(&dir.join("facts"), &mut problems);
        for (index, file) in files.iter().enumerate() {
            read_facts(file, index, &sources, &mut facts, &mut ids, &mut problems);
        }
        check_unique_ids(&ids, &files, &mut problems);
        if facts.is_empty() && problems.is_empty() {
            problems.push(Problem::error(&dir.join("facts"), None, "the store has no fact"));
        }
        // Stable sort: facts with the same date keep the order of their files. Recent facts
        // come after every dated one, undated ones last. The keys are sorted, then the facts
        // moved once: moving whole facts at each step of the sort was slow for a large store.
        facts.sort_by_cached_key(|f| (f.when.is_none(), !f.recent, f.when.map(When::sort_key)));
        let ids_read = ids.into_iter().map(|(id, _)| id).collect();
        (Store { facts, documents, attributions, sources_file, ids_read }, problems)
    }

    /// Every fact, withdrawn ones included: dated ones in time order first, then recent ones,
    /// then undated ones.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// The facts replies show: all but the withdrawn ones.
    pub fn live(&self) -> impl Iterator<Item = &Fact> {
        self.facts.iter().filter(|f| f.is_live())
    }

    /// Whether a fact with this id was read, even one refused for an error.
    pub fn was_read(&self, id: &str) -> bool {
        self.ids_read.contains(id)
    }

    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The documents facts are read from.
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Whom documents attribute claims to; each needs a `source-<id>` message in every language.
    pub fn attributions(&self) -> &[Attribution] {
        &self.attributions
    }

    pub fn sources_file(&self) -> &Path {
        &self.sources_file
    }

    /// A domain's live facts, dated ones in time order, then recent, then undated ones.
    pub fn in_domain(&self, domain: Domain) -> impl Iterator<Item = &Fact> {
        self.live().filter(move |f| f.domain == domain)
    }

    /// The domains that have at least one fact, in their usual order.
    pub fn domains(&self) -> Vec<Domain> {
        Domain::ALL.into_iter().filter(|d| self.in_domain(*d).next().is_some()).collect()
    }

    /// Every dated live fact, oldest first, then the recent ones.
    pub fn timeline(&self) -> impl Iterator<Item = &Fact> {
        self.live().filter(|f| f.when.is_some() || f.recent)
    }

    /// The live facts dated to a given month: its events.
    pub fn in_month(&self, month: YearMonth) -> impl Iterator<Item = &Fact> {
        self.live().filter(move |f| f.when.and_then(When::month) == Some(month))
    }

    /// The live facts dated only to a longer period that covers a month (`late 2024 – spring
    /// 2025` covers September 2024): under way then, but not events of that month.
    pub fn ongoing_in(&self, month: YearMonth) -> impl Iterator<Item = &Fact> {
        self.live().filter(move |f| f.when.is_some_and(|w| w.is_span() && w.covers_month(month)))
    }

    /// The months that have at least one event (a live fact dated to that month), oldest first,
    /// each with whether its year is inferred: every event of that month has its year from
    /// context.
    pub fn months(&self) -> BTreeMap<YearMonth, bool> {
        let mut months = BTreeMap::new();
        for fact in self.live() {
            if let Some(month) = fact.when.and_then(When::month) {
                let inferred = months.entry(month).or_insert(true);
                *inferred &= fact.year_from_context;
            }
        }
        months
    }

    /// The last day the store changed: a fact added, revised or withdrawn. A digest covers the
    /// store up to this day (its watermark).
    pub fn updated(&self) -> NaiveDate {
        self.facts.iter().map(Fact::changed).max().unwrap_or_default()
    }
}

fn read_text(file: &Path, problems: &mut Vec<Problem>) -> Option<String> {
    match crate::content::files::read_to_string(file) {
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

/// The documents and attributions of `sources.toml`.
struct Sources<'a> {
    documents: &'a [Document],
    attributions: &'a [Attribution],
}

fn read_sources(file: &Path, problems: &mut Vec<Problem>) -> (Vec<Document>, Vec<Attribution>) {
    let Some(text) = read_text(file, problems) else { return Default::default() };
    let raw: RawSources = match toml::from_str(&text) {
        Ok(raw) => raw,
        Err(e) => {
            problems.push(toml_problem(file, &text, &e));
            return Default::default();
        }
    };
    let index = LineIndex::new(&text);
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut fresh_id = |id: &str, line: usize, problems: &mut Vec<Problem>| {
        if !is_kebab(id) {
            problems.push(Problem::error(file, Some(line), format!("source id '{id}' is not kebab-case")));
            false
        } else if let Some(first) = seen.insert(id.to_owned(), line) {
            problems.push(Problem::error(
                file,
                Some(line),
                format!("duplicate source id '{id}' (first at line {first})"),
            ));
            false
        } else {
            true
        }
    };
    let mut documents = Vec::new();
    for raw_document in raw.document {
        let line = index.line_of(raw_document.span().start);
        let RawDocument { id, title, section, language } = raw_document.into_inner();
        if title.trim().is_empty() || language.parse::<unic_langid::LanguageIdentifier>().is_err() {
            problems.push(Problem::error(
                file,
                Some(line),
                format!("document '{id}' needs a title and a language tag (like fr)"),
            ));
        } else if fresh_id(&id, line, problems) {
            documents.push(Document { id, title, section, language });
        }
    }
    let mut attributions = Vec::new();
    for raw_attribution in raw.attribution {
        let line = index.line_of(raw_attribution.span().start);
        let RawAttribution { id, document, quote } = raw_attribution.into_inner();
        if !documents.iter().any(|d| d.id == document) {
            problems.push(Problem::error(
                file,
                Some(line),
                format!("attribution '{id}' names no known document ('{document}')"),
            ));
        } else if quote.trim().is_empty() {
            problems.push(Problem::error(
                file,
                Some(line),
                format!("attribution '{id}' needs the quote: the document's own words that attribute"),
            ));
        } else if fresh_id(&id, line, problems) {
            attributions.push(Attribution { id, document, quote });
        }
    }
    if documents.is_empty() {
        problems.push(Problem::error(file, None, "there is no [[document]]: every fact needs one"));
    }
    (documents, attributions)
}

fn fact_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let entries = match crate::content::files::read_dir(dir) {
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

/// Reads the facts of a file, the `file_index`-th of the store: each id read goes to `ids`
/// with where it was read (the file's index and the line).
fn read_facts(
    file: &Path,
    file_index: usize,
    sources: &Sources,
    facts: &mut Vec<Fact>,
    ids: &mut Vec<(String, (usize, usize))>,
    problems: &mut Vec<Problem>,
) {
    let Some(text) = read_text(file, problems) else { return };
    let raw = match toml::from_str::<RawFile>(&text) {
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
        ids.push((id.clone(), (file_index, line)));
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
        let source_ok = sources.documents.iter().any(|d| d.id == source);
        if !source_ok {
            let documents: Vec<&str> = sources.documents.iter().map(|d| d.id.as_str()).collect();
            at(
                raw_fact.source.span().start,
                format!(
                    "source '{source}' of fact '{id}' is not a document (known: {})",
                    documents.join(", ")
                ),
            );
        }
        let attribution = raw_fact.attribution.as_ref().map(|a| a.get_ref().clone());
        let mut attribution_ok = true;
        if let Some(spanned) = &raw_fact.attribution {
            let name = spanned.get_ref();
            match sources.attributions.iter().find(|a| &a.id == name) {
                Some(known) if known.document == source => {}
                Some(known) => {
                    attribution_ok = false;
                    at(
                        spanned.span().start,
                        format!(
                            "attribution '{name}' of fact '{id}' belongs to document '{}', not '{source}'",
                            known.document
                        ),
                    );
                }
                None => {
                    attribution_ok = false;
                    let known: Vec<&str> = sources.attributions.iter().map(|a| a.id.as_str()).collect();
                    at(
                        spanned.span().start,
                        format!(
                            "attribution '{name}' of fact '{id}' names no known source (known: {})",
                            known.join(", ")
                        ),
                    );
                }
            }
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
        if raw_fact.recent && matches!(when, Ok(Some(_))) {
            at(
                raw_fact.id.span().start,
                format!(
                    "fact '{id}' is both recent and dated: keep one (recent when the source gives no date)"
                ),
            );
        }
        let mut day = |spanned: &Spanned<String>, what: &str| {
            parse_day(spanned.get_ref()).map_err(|_| {
                at(
                    spanned.span().start,
                    format!(
                        "bad date '{}' for {what} in fact '{id}': expected YYYY-MM-DD",
                        spanned.get_ref()
                    ),
                )
            })
        };
        let added = day(&raw_fact.added, "added");
        let mut revisions = Vec::new();
        let mut revisions_ok = true;
        for raw_revision in &raw_fact.revision {
            let Ok(date) = day(&raw_revision.date, "a revision") else {
                revisions_ok = false;
                continue;
            };
            revisions.push((
                raw_revision.date.span().start,
                Revision { date, previous: raw_revision.previous.clone() },
            ));
        }
        let withdrawn = raw_fact.withdrawn.as_ref().map(|w| day(w, "withdrawn")).transpose();
        if let Ok(added) = added {
            let mut last = added;
            for (start, revision) in &revisions {
                if revision.date <= last {
                    revisions_ok = false;
                    at(
                        *start,
                        format!(
                            "revision {} of fact '{id}' must come after {last} (added, or the revision before)",
                            revision.date
                        ),
                    );
                }
                last = last.max(revision.date);
                for name in revision.previous.keys() {
                    if !raw_fact.values.contains_key(name) {
                        revisions_ok = false;
                        at(*start, format!("revision {} of fact '{id}' changes '{name}', which the fact has no value for", revision.date));
                    }
                }
                if revision.previous.is_empty() {
                    revisions_ok = false;
                    at(
                        *start,
                        format!(
                            "revision {} of fact '{id}' keeps no previous value: say what it changed",
                            revision.date
                        ),
                    );
                }
            }
            if let (Ok(Some(withdrawn)), Some(spanned)) = (&withdrawn, &raw_fact.withdrawn) {
                if *withdrawn < last {
                    revisions_ok = false;
                    at(spanned.span().start, format!("fact '{id}' is withdrawn ({withdrawn}) before {last}"));
                }
            }
        }
        for tag in &raw_fact.tags {
            if !is_kebab(tag.get_ref()) {
                at(tag.span().start, format!("tag '{}' in fact '{id}' is not kebab-case", tag.get_ref()));
            }
        }
        let references_ok = source_ok && attribution_ok && revisions_ok;
        if let (Some(domain), Some(confidence), Ok(when), Ok(added), Ok(withdrawn), true) =
            (domain, confidence, when, added, withdrawn, references_ok)
        {
            facts.push(Fact {
                id,
                domain,
                when,
                recent: raw_fact.recent,
                year_from_context: raw_fact.year_from_context,
                added,
                confidence,
                source,
                attribution,
                key: raw_fact.key,
                values: raw_fact.values,
                revisions: revisions.into_iter().map(|(_, r)| r).collect(),
                withdrawn,
                tags: raw_fact.tags.into_iter().map(Spanned::into_inner).collect(),
                origin: Origin { file: file.to_path_buf(), line },
            });
        }
    }
}

fn check_unique_ids(ids: &[(String, (usize, usize))], files: &[PathBuf], problems: &mut Vec<Problem>) {
    let mut first: HashMap<&str, (usize, usize)> = HashMap::new();
    for (id, (file, line)) in ids {
        match first.get(id.as_str()) {
            Some(&(earlier_file, earlier_line)) => {
                let earlier = Origin { file: files[earlier_file].clone(), line: earlier_line };
                problems.push(Problem::error(
                    &files[*file],
                    Some(*line),
                    format!("duplicate fact id '{id}' (first defined at {earlier})"),
                ))
            }
            None => {
                first.insert(id, (*file, *line));
            }
        }
    }
}

/// A `YYYY-MM-DD` day. The usual form, four, two and two digits, is read directly; anything
/// else goes to chrono's parser, which decides.
fn parse_day(text: &str) -> chrono::ParseResult<NaiveDate> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) {
            if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
                return Ok(date);
            }
        }
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
}

/// `lower-case-words-with-dashes`.
fn is_kebab(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_days_as_chrono_does() {
        for text in [
            "2026-11-24",
            "2024-02-29",
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-11-31",
            "0000-01-01",
            "2026-1-24",
            "2026-11-2",
            "26-11-24",
            "2026/11/24",
            "2026-11-24 ",
            " 2026-11-24",
            "+2026-11-24",
            "2026-1a-24",
            "",
            "2026-11-24x",
        ] {
            let expected = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
            assert_eq!(parse_day(text).ok(), expected, "{text:?}");
        }
    }
}
