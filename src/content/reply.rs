//! Composes replies: what a summary says, as a language-neutral model of message ids and
//! values. The renderer (`render`) turns it into words; nothing here knows a language.

use chrono::NaiveDate;

use crate::content::facts::{Confidence, Domain, Fact, Store, Topics, Value};
use crate::content::text::{Arg, Text};
use crate::content::when::{When, YearMonth};

/// What a user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Query {
    Overview,
    /// The overview of some domains only: a filtered subscription's first digest.
    Topics(Topics),
    Domain(Domain),
    Timeline,
    /// A month, and whether the reader gave its year or it was assumed (see `Year`).
    Month(YearMonth, Year),
    /// What the store gained after `since`, up to `until` (the `added` dates), in some domains:
    /// a later digest.
    News {
        since: NaiveDate,
        until: NaiveDate,
        topics: Topics,
    },
}

/// Whose year a month query has: the reader's, or the latest year with events in that month,
/// taken when the reader named the month alone (the reply says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Year {
    Given,
    Assumed,
}

impl Query {
    /// A short, stable key for the query (`military`, `month:2025-07`): it travels in the
    /// custom ids of page buttons, so it must survive a restart.
    pub fn key(&self) -> String {
        match self {
            Query::Overview => "overview".to_owned(),
            Query::Topics(topics) => format!("topics:{}", topics.encode()),
            Query::Domain(d) => d.as_str().to_owned(),
            Query::Timeline => "timeline".to_owned(),
            Query::Month(m, Year::Given) => format!("month:{m}"),
            Query::Month(m, Year::Assumed) => format!("month:{m}:assumed"),
            Query::News { since, until, topics } if topics.is_all() => format!("news:{since}..{until}"),
            Query::News { since, until, topics } => format!("news:{since}..{until}:{}", topics.encode()),
        }
    }

    pub fn from_key(key: &str) -> Option<Query> {
        match key {
            "overview" => Some(Query::Overview),
            "timeline" => Some(Query::Timeline),
            _ => {
                if let Some(month) = key.strip_prefix("month:") {
                    return match month.strip_suffix(":assumed") {
                        Some(month) => YearMonth::parse_iso(month).map(|m| Query::Month(m, Year::Assumed)),
                        None => YearMonth::parse_iso(month).map(|m| Query::Month(m, Year::Given)),
                    };
                }
                if let Some(topics) = key.strip_prefix("topics:") {
                    return Topics::decode(topics).map(Query::Topics);
                }
                if let Some((since, rest)) = key.strip_prefix("news:").and_then(|k| k.split_once("..")) {
                    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
                    let (until, topics) = match rest.split_once(':') {
                        Some((until, topics)) => (until, Topics::decode(topics)?),
                        None => (rest, Topics::ALL),
                    };
                    return Some(Query::News { since: day(since)?, until: day(until)?, topics });
                }
                Domain::parse(key).map(Query::Domain)
            }
        }
    }
}

/// Every subcommand /alliance can have, by its canonical (English) name.
pub const SUBCOMMANDS: [&str; 8] =
    ["overview", "military", "diplomatic", "economic", "cultural", "outlook", "timeline", "month"];

/// A subcommand's name as a language shows it (`cmd-alliance-<name>`).
pub fn name_text(name: &str) -> Text {
    Text::new(format!("cmd-alliance-{name}"))
}

/// The subcommands of /alliance, in menu order: `outlook` only when the store has such facts.
pub fn subcommands(store: &Store) -> Vec<&'static str> {
    let mut names = vec!["overview"];
    names.extend(store.domains().into_iter().map(Domain::as_str));
    names.extend(["timeline", "month"]);
    names
}

/// How a fact is hedged: how its source presents it, and whom the source attributes it to.
/// Not shown for a fact the source states in its own voice as established.
#[derive(Debug, Clone, PartialEq)]
pub struct Hedge {
    pub confidence: Confidence,
    pub attribution: Option<String>,
}

/// How a list line dates its fact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Dated {
    /// At the source's precision; `inferred` when the year comes from context.
    When { when: When, inferred: bool },
    /// A span shown under one of its months: the whole span, ongoing then ("late 2024 –
    /// spring 2025, ongoing").
    Ongoing { when: When, inferred: bool },
    /// Recent as of the source, with no date.
    Recent,
}

/// One fact in a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub text: Text,
    pub dated: Option<Dated>,
    /// Shown when the list mixes domains (timeline, month).
    pub domain: Option<Domain>,
    pub hedge: Option<Hedge>,
    /// The day of the latest revision: a discreet "updated" mark.
    pub revised: Option<NaiveDate>,
}

impl Entry {
    /// Whether the line depends on the query as well as on the fact (and cannot be cached).
    pub fn depends_on_query(&self) -> bool {
        matches!(self.dated, Some(Dated::Ongoing { .. }))
    }

    /// Whether the line shows a year inferred from context.
    pub fn inferred(&self) -> bool {
        matches!(self.dated, Some(Dated::When { inferred: true, .. } | Dated::Ongoing { inferred: true, .. }))
    }
}

/// A domain with the titles of its key actions (the overview), or its facts in full (a digest
/// of what is new).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub domain: Domain,
    pub items: Vec<Text>,
    pub entries: Vec<Entry>,
}

/// A change, in a later digest, to a fact an earlier digest of the same server carried.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// The fact's short title.
    pub title: Text,
    pub change: Change,
    /// Why: the revision or withdrawal note.
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Revised: the figures that changed, from their values in the earlier digest to now.
    Revised {
        figures: Vec<(i64, i64)>,
    },
    Withdrawn,
}

/// A whole reply, before it is put into words.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub query: Query,
    /// The domain whose colour the reply wears, if it is about one.
    pub accent: Option<Domain>,
    pub title: Text,
    /// Paragraphs before the list.
    pub lead: Vec<Text>,
    pub entries: Vec<Entry>,
    /// After the entries of a month: the facts dated only to a longer period that includes it,
    /// shown as that period, apart, and not counted among the month's events.
    pub ongoing: Vec<Entry>,
    pub sections: Vec<Section>,
    /// Corrections to facts earlier digests carried (later digests only).
    pub corrections: Vec<Correction>,
    /// The documents cited, in order of first appearance.
    pub documents: Vec<String>,
    /// Whom those documents attribute the cited facts to, in order of first appearance.
    pub attributions: Vec<String>,
    /// Some date shows a year inferred from context: the footer says so once.
    pub inferred: bool,
    pub updated: NaiveDate,
}

impl Reply {
    fn cite(&mut self, fact: &Fact) {
        push_new(&mut self.documents, &fact.source);
        if let Some(attribution) = &fact.attribution {
            push_new(&mut self.attributions, attribution);
        }
    }

    /// List lines of facts, citing their sources.
    fn list<'a>(&mut self, facts: impl Iterator<Item = &'a Fact>, show_domain: bool) -> Vec<Entry> {
        facts
            .map(|fact| {
                self.cite(fact);
                let entry = entry(fact, show_domain);
                self.inferred |= entry.inferred();
                entry
            })
            .collect()
    }
}

/// Builds the reply to a query from the store.
pub fn compose(store: &Store, query: Query) -> Reply {
    let mut reply = Reply {
        query,
        accent: None,
        title: Text::new("reply-overview-title"),
        lead: Vec::new(),
        entries: Vec::new(),
        ongoing: Vec::new(),
        sections: Vec::new(),
        corrections: Vec::new(),
        documents: Vec::new(),
        attributions: Vec::new(),
        inferred: false,
        updated: store.updated(),
    };
    match query {
        Query::Overview | Query::Topics(_) => {
            let topics = match query {
                Query::Topics(topics) => topics,
                _ => Topics::ALL,
            };
            let subcommands = subcommands(store).into_iter().map(name_text).collect();
            reply.lead = vec![
                Text::new("reply-overview-lead"),
                Text::new("reply-overview-hint").arg("subcommands", Arg::Choices(subcommands)),
            ];
            for domain in store.domains().into_iter().filter(|d| topics.contains(*d)) {
                let mut key: Vec<&Fact> = store.in_domain(domain).filter(|f| f.key).collect();
                if key.is_empty() {
                    key = store.in_domain(domain).take(3).collect();
                }
                for fact in &key {
                    reply.cite(fact);
                }
                let items = key.iter().map(|f| Text::fact(f, Some("title"))).collect();
                reply.sections.push(Section { domain, items, entries: Vec::new() });
            }
        }
        Query::Domain(domain) => {
            reply.accent = Some(domain);
            reply.title = Text::domain(domain, Some("title"));
            reply.lead = vec![Text::domain(domain, Some("lead"))];
            reply.entries = reply.list(store.in_domain(domain), false);
        }
        Query::Timeline => {
            reply.title = Text::new("reply-timeline-title");
            reply.entries = reply.list(store.timeline(), true);
            // Recent facts have no date: they come last, and are not counted as dated events.
            let undated = reply.entries.iter().filter(|e| e.dated == Some(Dated::Recent)).count();
            let dated = (reply.entries.len() - undated) as i64;
            reply.lead = vec![Text::new("reply-timeline-lead").arg("count", Arg::Number(dated))];
            if undated > 0 {
                reply
                    .lead
                    .push(Text::new("reply-timeline-undated").arg("count", Arg::Number(undated as i64)));
            }
            let (hidden, drawn) = not_drawn(store);
            if hidden > 0 {
                reply.lead.push(
                    Text::new("timeline-not-drawn")
                        .arg("drawn", Arg::Number(drawn as i64))
                        .arg("hidden", Arg::Number(hidden as i64)),
                );
            }
        }
        Query::Month(month, year) => {
            let heading = match year {
                Year::Given => Arg::Month(month),
                // The year the reader did not give is marked, and said to be assumed.
                Year::Assumed => Arg::Text(Text::new("when-inferred").arg("when", Arg::Month(month))),
            };
            reply.title = Text::new("reply-month-title").arg("month", heading);
            if year == Year::Assumed {
                reply.inferred = true;
                reply.lead.push(
                    Text::new("reply-month-year-assumed").arg("year", Arg::Word(month.year().to_string())),
                );
            }
            reply.entries = reply.list(store.in_month(month), true);
            reply.ongoing = reply.list(store.ongoing_in(month), true);
            for entry in &mut reply.ongoing {
                if let Some(Dated::When { when, inferred }) = entry.dated {
                    entry.dated = Some(Dated::Ongoing { when, inferred });
                }
            }
            let count = reply.entries.len() as i64;
            if count == 0 {
                let months = store.months();
                reply.inferred |= months.values().any(|inferred| *inferred);
                reply.lead.push(Text::new("reply-month-empty").arg("month", Arg::Month(month)));
                reply.lead.push(
                    Text::new("reply-month-available")
                        .arg("months", Arg::Months(months.into_iter().collect())),
                );
            } else {
                reply.lead.push(
                    Text::new("reply-month-lead")
                        .arg("count", Arg::Number(count))
                        .arg("month", Arg::Month(month)),
                );
            }
        }
        Query::News { since, until, topics } => {
            reply.title = Text::new("reply-news-title");
            let mut count = 0;
            for domain in store.domains().into_iter().filter(|d| topics.contains(*d)) {
                let news = store.in_domain(domain).filter(|f| f.added > since && f.added <= until);
                let entries = reply.list(news, false);
                count += entries.len();
                if !entries.is_empty() {
                    reply.sections.push(Section { domain, items: Vec::new(), entries });
                }
            }
            reply.corrections = corrections(store, since, until, topics);
            if count > 0 {
                reply.lead.push(
                    Text::new("reply-news-lead")
                        .arg("count", Arg::Number(count as i64))
                        .arg("since", Arg::Day(since)),
                );
            }
            if !reply.corrections.is_empty() {
                reply.lead.push(
                    Text::new("reply-corrections-lead")
                        .arg("count", Arg::Number(reply.corrections.len() as i64)),
                );
            }
        }
    }
    reply
}

/// The corrections a server whose digests covered the store up to `since` gets in a digest that
/// covers it up to `until`: every fact it could have received (added on or before `since`) and
/// revised or withdrawn after `since`. A fact added after `since` is news, not a correction.
pub fn corrections(store: &Store, since: NaiveDate, until: NaiveDate, topics: Topics) -> Vec<Correction> {
    let window = |day: NaiveDate| day > since && day <= until;
    store
        .facts()
        .iter()
        .filter(|f| f.added <= since && topics.contains(f.domain))
        .filter_map(|fact| {
            let title = Text::fact(fact, Some("title"));
            if fact.withdrawn.is_some_and(window) {
                let note = Text::new(fact.withdrawal_message_id());
                return Some(Correction { title, change: Change::Withdrawn, note });
            }
            if fact.withdrawn.is_some_and(|d| d <= since) {
                return None;
            }
            let latest = fact.revisions.iter().rev().find(|r| window(r.date))?;
            let before = fact.values_on(since);
            let now = fact.values_on(until);
            let figures = now
                .iter()
                .filter_map(|(name, value)| match (before.get(name), value) {
                    (Some(Value::Number(from)), Value::Number(to)) if from != to => Some((*from, *to)),
                    _ => None,
                })
                .collect();
            let note = Text::new(fact.revision_message_id(latest));
            Some(Correction {
                title: Text::fact_on(fact, until, Some("title")),
                change: Change::Revised { figures },
                note,
            })
        })
        .collect()
}

/// Whether the store changed after a day in some domains (a fact added, revised or
/// withdrawn): a digest with nothing new is not posted.
pub fn has_news(store: &Store, since: NaiveDate, topics: Topics) -> bool {
    store.facts().iter().any(|f| f.changed() > since && topics.contains(f.domain))
}

/// A fact as a line of a list: its sentence, its date, its domain when the list mixes domains,
/// its hedge when it is not stated as established, and its revision mark.
pub fn entry(fact: &Fact, show_domain: bool) -> Entry {
    let inferred = fact.year_from_context;
    let dated = match fact.when {
        Some(when) => Some(Dated::When { when, inferred }),
        None if fact.recent => Some(Dated::Recent),
        None => None,
    };
    let hedged = fact.is_hedged();
    Entry {
        text: Text::fact(fact, None),
        dated,
        domain: show_domain.then_some(fact.domain),
        hedge: hedged.then(|| Hedge { confidence: fact.confidence, attribution: fact.attribution.clone() }),
        revised: fact.revised(),
    }
}

fn push_new(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|s| s == item) {
        list.push(item.to_owned());
    }
}

/// At most this many facts the timeline picture draws, one row each: the latest ones.
pub const MAX_ROWS: usize = 40;

/// How many timeline facts the picture leaves out, and how many it draws.
pub fn not_drawn(store: &Store) -> (usize, usize) {
    let count = store.timeline().count();
    (count.saturating_sub(MAX_ROWS), count.min(MAX_ROWS))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a day")
    }

    /// A store of three facts: one revised, one added and revised after a server's watermark,
    /// one withdrawn.
    fn revised_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("a folder");
        std::fs::create_dir(dir.path().join("facts")).expect("facts/");
        std::fs::write(
            dir.path().join("sources.toml"),
            "[[document]]\nid = \"doc\"\ntitle = \"T\"\nlanguage = \"fr\"\n",
        )
        .expect("sources");
        let fact = |id: &str, added: &str, rest: &str| {
            format!("[[fact]]\nid = \"{id}\"\ndomain = \"military\"\nadded = \"{added}\"\nconfidence = \"confirmed\"\nsource = \"doc\"\n{rest}\n")
        };
        let revision = "values = { killed = 1000 }\n[[fact.revision]]\ndate = \"2026-12-05\"\nprevious = { killed = 600 }\n";
        let facts = [
            fact("old", "2026-11-24", revision),
            fact("new", "2026-12-03", revision),
            fact("gone", "2026-11-24", "withdrawn = \"2026-12-04\""),
        ];
        std::fs::write(dir.path().join("facts/all.toml"), facts.concat()).expect("facts");
        let store = Store::load(dir.path()).expect("the store loads");
        (dir, store)
    }

    #[test]
    fn a_server_gets_a_correction_for_what_it_could_have_received_and_news_for_the_rest() {
        let (_dir, store) = revised_store();
        assert_eq!(store.updated(), day("2026-12-05"), "a revision is a change of the store");
        let corrections = corrections(&store, day("2026-11-30"), store.updated(), Topics::ALL);
        assert_eq!(corrections.len(), 2, "{corrections:?}");
        assert_eq!(corrections[0].title.id, "fact-old");
        assert_eq!(corrections[0].change, Change::Revised { figures: vec![(600, 1000)] });
        assert_eq!(corrections[0].note.id, "revision-old-2026-12-05");
        assert_eq!(
            (corrections[1].title.id.as_str(), &corrections[1].change),
            ("fact-gone", &Change::Withdrawn)
        );
        let news = compose(
            &store,
            Query::News { since: day("2026-11-30"), until: store.updated(), topics: Topics::ALL },
        );
        let added: Vec<&str> =
            news.sections.iter().flat_map(|s| &s.entries).map(|e| e.text.id.as_str()).collect();
        assert_eq!(added, ["fact-new"], "a fact added after the watermark is news, not a correction");
        // Once covered, nothing is said again.
        assert!(corrections_after(&store, store.updated()).is_empty());
        assert!(!has_news(&store, store.updated(), Topics::ALL));
        // Replies no longer show the withdrawn fact, and mark the revised ones.
        let military = compose(&store, Query::Domain(Domain::Military));
        let shown: Vec<(&str, Option<NaiveDate>)> =
            military.entries.iter().map(|e| (e.text.id.as_str(), e.revised)).collect();
        assert_eq!(shown, [("fact-old", Some(day("2026-12-05"))), ("fact-new", Some(day("2026-12-05")))]);
    }

    fn corrections_after(store: &Store, since: NaiveDate) -> Vec<Correction> {
        corrections(store, since, store.updated(), Topics::ALL)
    }

    #[test]
    fn query_keys_round_trip() {
        let month = YearMonth::new(2025, 7).unwrap();
        let since = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let until = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let news = Query::News { since, until, topics: Topics::ALL };
        let some = Topics::of([Domain::Military, Domain::Outlook]);
        let filtered = Query::News { since, until, topics: some };
        for query in [
            Query::Overview,
            Query::Topics(some),
            Query::Timeline,
            Query::Domain(Domain::Cultural),
            Query::Month(month, Year::Given),
            Query::Month(month, Year::Assumed),
            news,
            filtered,
        ] {
            assert_eq!(Query::from_key(&query.key()), Some(query));
        }
        assert_eq!(Query::from_key("month:2025-13"), None);
        assert_eq!(Query::from_key("weather"), None);
        assert_eq!(Query::from_key("topics:military+weather"), None);
    }

    #[test]
    fn a_filtered_digest_covers_its_domains_only() {
        let (_dir, store) = revised_store();
        let since = day("2026-11-30");
        let economic = Topics::of([Domain::Economic]);
        assert!(!has_news(&store, since, economic), "every change is military");
        assert!(corrections(&store, since, store.updated(), economic).is_empty());
        let news = compose(&store, Query::News { since, until: store.updated(), topics: economic });
        assert!(news.sections.is_empty());
        let overview = compose(&store, Query::Topics(economic));
        assert!(overview.sections.iter().all(|s| s.domain == Domain::Economic));
        assert_eq!(Topics::of([]), Topics::ALL, "no topic is every topic");
        assert_eq!(Topics::decode(&economic.encode()), Some(economic));
    }
}
