//! The words model: a message to be formatted (a Fluent id, an attribute, values) and the
//! values it takes. The core speaks in these; `i18n` and `render` turn them into words.

use chrono::NaiveDate;

use crate::content::facts::{Domain, Fact, Value};
use crate::content::when::{When, YearMonth};

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
    /// A list of messages, formatted and joined as the language joins all of a list's items
    /// ("a, b, and c").
    List(Vec<Text>),
    /// A list of messages to choose one from, joined as the language does ("a, b, or c").
    Choices(Vec<Text>),
    When(When),
    Month(YearMonth),
    /// Months, formatted and joined, each marked when its year is inferred.
    Months(Vec<(YearMonth, bool)>),
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
        Self::with_values(fact, &fact.values, attr)
    }

    /// A fact's sentence or title with the values it had on a day.
    pub fn fact_on(fact: &Fact, day: NaiveDate, attr: Option<&'static str>) -> Self {
        Self::with_values(fact, &fact.values_on(day), attr)
    }

    /// A fact's sentence or title with given values (current or older ones).
    pub fn with_values(
        fact: &Fact,
        values: &std::collections::BTreeMap<String, crate::content::facts::Value>,
        attr: Option<&'static str>,
    ) -> Self {
        let args = values
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    Value::Number(n) => Arg::Number(*n),
                    Value::Word(w) => Arg::Word(w.clone()),
                };
                (name.clone(), arg)
            })
            .collect();
        Self { id: fact.message_id(), attr, args }
    }
}
