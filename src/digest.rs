//! Composes replies: what a summary says, as a language-neutral model of message ids and
//! values. The renderer (`render`) turns it into words; nothing here knows a language.

use chrono::NaiveDate;

use crate::facts::{Confidence, Domain, Fact, Store};
use crate::when::{When, YearMonth};

/// What a user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Query {
    Overview,
    Domain(Domain),
    Timeline,
    Month(YearMonth),
    /// What the store gained after `since`, up to `until` (the `added` dates): a later digest.
    News {
        since: NaiveDate,
        until: NaiveDate,
    },
}

impl Query {
    /// A short, stable key for the query (`military`, `month:2025-07`): it travels in the
    /// custom ids of page buttons, so it must survive a restart.
    pub fn key(&self) -> String {
        match self {
            Query::Overview => "overview".to_owned(),
            Query::Domain(d) => d.as_str().to_owned(),
            Query::Timeline => "timeline".to_owned(),
            Query::Month(m) => format!("month:{m}"),
            Query::News { since, until } => format!("news:{since}..{until}"),
        }
    }

    pub fn from_key(key: &str) -> Option<Query> {
        match key {
            "overview" => Some(Query::Overview),
            "timeline" => Some(Query::Timeline),
            _ => {
                if let Some(month) = key.strip_prefix("month:") {
                    return YearMonth::parse_iso(month).map(Query::Month);
                }
                if let Some((since, until)) = key.strip_prefix("news:").and_then(|k| k.split_once("..")) {
                    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
                    return Some(Query::News { since: day(since)?, until: day(until)? });
                }
                Domain::parse(key).map(Query::Domain)
            }
        }
    }
}

/// A message to be formatted: a Fluent id, optionally one of its attributes, and its values.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub id: String,
    pub attr: Option<&'static str>,
    pub args: Vec<(String, Arg)>,
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(i64),
    /// A word the message selects on, passed as is.
    Word(String),
    /// Another message, formatted first.
    Text(Text),
    /// A list of messages, formatted and joined.
    List(Vec<Text>),
    When(When),
    Month(YearMonth),
    /// Months, formatted and joined.
    Months(Vec<YearMonth>),
    Day(NaiveDate),
}

impl Text {
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), attr: None, args: Vec::new() }
    }

    pub fn attr(id: impl Into<String>, attr: &'static str) -> Self {
        Self { id: id.into(), attr: Some(attr), args: Vec::new() }
    }

    pub fn arg(mut self, name: &str, value: Arg) -> Self {
        self.args.push((name.to_owned(), value));
        self
    }

    /// A domain's label (`attr` None), title or lead.
    pub fn domain(domain: Domain, attr: Option<&'static str>) -> Self {
        Self { id: format!("domain-{domain}"), attr, args: Vec::new() }
    }

    /// A fact's sentence (`attr` None) or its short title, with the fact's own values.
    pub fn fact(fact: &Fact, attr: Option<&'static str>) -> Self {
        let args = fact
            .values
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    crate::facts::Value::Number(n) => Arg::Number(*n),
                    crate::facts::Value::Word(w) => Arg::Word(w.clone()),
                };
                (name.clone(), arg)
            })
            .collect();
        Self { id: fact.message_id(), attr, args }
    }
}

/// The confidence and source shown beside a fact that is not confirmed.
#[derive(Debug, Clone, PartialEq)]
pub struct Hedge {
    pub confidence: Confidence,
    pub source: String,
}

/// One fact in a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub text: Text,
    pub when: Option<When>,
    /// Shown when the list mixes domains (timeline, month).
    pub domain: Option<Domain>,
    pub hedge: Option<Hedge>,
}

/// A domain with the titles of its key actions (the overview), or its facts in full (a digest
/// of what is new).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub domain: Domain,
    pub items: Vec<Text>,
    pub entries: Vec<Entry>,
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
    pub sections: Vec<Section>,
    /// The sources cited, in order of first appearance.
    pub sources: Vec<String>,
    pub updated: NaiveDate,
}

/// Builds the reply to a query from the store.
pub fn compose(store: &Store, query: Query) -> Reply {
    let mut reply = Reply {
        query,
        accent: None,
        title: Text::new("reply-overview-title"),
        lead: Vec::new(),
        entries: Vec::new(),
        sections: Vec::new(),
        sources: Vec::new(),
        updated: store.updated(),
    };
    match query {
        Query::Overview => {
            let subcommands =
                crate::command::subcommands(store).into_iter().map(crate::command::name_text).collect();
            reply.lead = vec![
                Text::new("reply-overview-lead"),
                Text::new("reply-overview-hint").arg("subcommands", Arg::List(subcommands)),
            ];
            for domain in store.domains() {
                let mut key: Vec<&Fact> = store.in_domain(domain).filter(|f| f.key).collect();
                if key.is_empty() {
                    key = store.in_domain(domain).take(3).collect();
                }
                for fact in &key {
                    cite(&mut reply.sources, &fact.source);
                }
                let items = key.iter().map(|f| Text::fact(f, Some("title"))).collect();
                reply.sections.push(Section { domain, items, entries: Vec::new() });
            }
        }
        Query::Domain(domain) => {
            reply.accent = Some(domain);
            reply.title = Text::domain(domain, Some("title"));
            reply.lead = vec![Text::domain(domain, Some("lead"))];
            reply.entries = list(store.in_domain(domain), false, &mut reply.sources);
        }
        Query::Timeline => {
            reply.title = Text::new("reply-timeline-title");
            reply.entries = list(store.timeline(), true, &mut reply.sources);
            let count = reply.entries.len() as i64;
            reply.lead = vec![Text::new("reply-timeline-lead").arg("count", Arg::Number(count))];
        }
        Query::Month(month) => {
            reply.title = Text::new("reply-month-title").arg("month", Arg::Month(month));
            reply.entries = list(store.in_month(month), true, &mut reply.sources);
            let count = reply.entries.len() as i64;
            reply.lead = if count == 0 {
                vec![
                    Text::new("reply-month-empty").arg("month", Arg::Month(month)),
                    Text::new("reply-month-available")
                        .arg("months", Arg::Months(store.months().into_iter().collect())),
                ]
            } else {
                vec![Text::new("reply-month-lead")
                    .arg("count", Arg::Number(count))
                    .arg("month", Arg::Month(month))]
            };
        }
        Query::News { since, until } => {
            reply.title = Text::new("reply-news-title");
            let mut count = 0;
            for domain in store.domains() {
                let news = store.in_domain(domain).filter(|f| f.added > since && f.added <= until);
                let entries = list(news, false, &mut reply.sources);
                count += entries.len();
                if !entries.is_empty() {
                    reply.sections.push(Section { domain, items: Vec::new(), entries });
                }
            }
            reply.lead = vec![Text::new("reply-news-lead")
                .arg("count", Arg::Number(count as i64))
                .arg("since", Arg::Day(since))];
        }
    }
    reply
}

/// Whether the store gained anything after a day: a digest with nothing new is not posted.
pub fn has_news(store: &Store, since: NaiveDate) -> bool {
    store.facts().iter().any(|f| f.added > since)
}

fn list<'a>(
    facts: impl Iterator<Item = &'a Fact>,
    show_domain: bool,
    sources: &mut Vec<String>,
) -> Vec<Entry> {
    facts
        .map(|fact| {
            cite(sources, &fact.source);
            entry(fact, show_domain)
        })
        .collect()
}

/// A fact as a line of a list: its sentence, its date, its domain when the list mixes domains,
/// and its hedge when it is not confirmed.
pub fn entry(fact: &Fact, show_domain: bool) -> Entry {
    Entry {
        text: Text::fact(fact, None),
        when: fact.when,
        domain: show_domain.then_some(fact.domain),
        hedge: (fact.confidence != Confidence::Confirmed)
            .then(|| Hedge { confidence: fact.confidence, source: fact.source.clone() }),
    }
}

fn cite(sources: &mut Vec<String>, source: &str) {
    if !sources.iter().any(|s| s == source) {
        sources.push(source.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_keys_round_trip() {
        let month = YearMonth::new(2025, 7).unwrap();
        let since = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        let news = Query::News { since, until: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap() };
        for query in
            [Query::Overview, Query::Timeline, Query::Domain(Domain::Cultural), Query::Month(month), news]
        {
            assert_eq!(Query::from_key(&query.key()), Some(query));
        }
        assert_eq!(Query::from_key("month:2025-13"), None);
        assert_eq!(Query::from_key("weather"), None);
    }
}
