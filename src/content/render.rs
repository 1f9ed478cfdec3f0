//! Puts a reply into words: formats the reply model of `reply` in one language and lays it
//! out as Discord messages, paging what does not fit one message.

use fluent_bundle::{FluentArgs, FluentValue};

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::content::cldr::ListKind;
use crate::content::facts::{Document, Domain, Store};
use crate::content::i18n::{Catalog, Lang};
use crate::content::layout::{PAGE_SECTIONS, PAGE_TEXT};
use crate::content::message::EPHEMERAL;
use crate::content::message::{
    limits, split, truncate, ActionRow, Button, Embed, EmbedField, EmbedFooter, Message,
};
use crate::content::reply::{Change, Correction, Dated, Entry, Query, Reply};
use crate::content::text::{Arg, Text};
use crate::content::when::{Point, When, YearMonth};

/// The prefix of the custom id of every page button: `alliance:<query key>:<page>`.
pub const PAGE_BUTTON_PREFIX: &str = "alliance";

/// Formats reply models in one language.
pub struct Renderer<'a> {
    catalog: &'a Catalog,
    lang: Lang,
    lines: Option<&'a FactLines>,
}

/// The list lines of every fact, per language, each rendered at its first use and kept: a
/// fact's line depends only on the fact, so replies reuse it instead of formatting dates,
/// sentence and hedge again. Rendering them all at load took half the time of loading a large
/// store, for lines most of which no reply may ever need. Shared by every task: a line asked
/// for by two at once is rendered once.
#[derive(Debug, Default)]
pub struct FactLines {
    /// By fact message id: the fact's position in the store.
    positions: HashMap<String, usize>,
    /// Per language (in the catalog's order), then per fact: the line without, then with, the
    /// domain label.
    lines: Vec<Vec<[OnceLock<String>; 2]>>,
}

impl FactLines {
    /// Room for the lines of every fact of the store, in every language; none is rendered yet.
    pub fn new(store: &Store, catalog: &Catalog) -> Self {
        let facts = store.facts();
        let positions = facts.iter().enumerate().map(|(i, fact)| (fact.message_id(), i)).collect();
        let lines = catalog.languages().map(|_| facts.iter().map(|_| Default::default()).collect()).collect();
        Self { positions, lines }
    }

    /// Where a fact's line is kept, in a language, with or without its domain label.
    fn line(&self, lang: usize, id: &str, with_domain: bool) -> Option<&OnceLock<String>> {
        let fact = *self.positions.get(id)?;
        Some(&self.lines.get(lang)?.get(fact)?[usize::from(with_domain)])
    }
}

impl<'a> Renderer<'a> {
    pub fn new(catalog: &'a Catalog, lang: Lang) -> Self {
        Self { catalog, lang, lines: None }
    }

    /// The tag of the language it renders in, such as `fr` or `ko`.
    pub fn language_tag(&self) -> String {
        self.catalog.tag(self.lang)
    }

    /// Reuses the fact lines kept for the catalog's languages, and keeps those it renders.
    pub fn with_lines(mut self, lines: &'a FactLines) -> Self {
        self.lines = Some(lines);
        self
    }

    fn list_line(&self, entry: &Entry) -> String {
        // A fact's own line (`reply::entry`) is the same in every reply; one that depends on
        // the query is not kept.
        if entry.text.attr.is_none() && !entry.depends_on_query() {
            let kept = self.lines.and_then(|lines| {
                lines.line(self.catalog.index(self.lang), &entry.text.id, entry.domain.is_some())
            });
            if let Some(kept) = kept {
                return kept.get_or_init(|| self.entry(entry)).clone();
            }
        }
        self.entry(entry)
    }

    /// Formats one message.
    pub fn text(&self, text: &Text) -> String {
        declared(&text.id, text.args.iter().map(|(name, _)| name.as_str()));
        let mut args = FluentArgs::new();
        for (name, arg) in &text.args {
            args.set(name.as_str(), self.value(arg));
        }
        self.catalog.format(self.lang, &text.id, text.attr, Some(&args))
    }

    fn message(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        declared(id, args.iter().map(|(name, _)| *name));
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.catalog.format(self.lang, id, None, Some(&fluent_args))
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Word(w) => FluentValue::from(w.clone()),
            Arg::Text(t) => FluentValue::from(self.text(t)),
            Arg::List(texts) => FluentValue::from(self.join(texts.iter().map(|t| self.text(t)))),
            Arg::Choices(texts) => {
                let items: Vec<String> = texts.iter().map(|t| self.text(t)).collect();
                FluentValue::from(self.catalog.list(self.lang, ListKind::Or, &items))
            }
            Arg::When(w) => FluentValue::from(self.when(*w)),
            Arg::Month(m) => FluentValue::from(self.month(*m)),
            Arg::Months(months) => FluentValue::from(self.join(months.iter().map(|(month, inferred)| {
                let name = self.month(*month);
                if *inferred {
                    self.message("when-inferred", &[("when", FluentValue::from(name))])
                } else {
                    name
                }
            }))),
            Arg::Day(day) => FluentValue::from(self.catalog.day(self.lang, *day)),
        }
    }

    /// Items joined as the language joins all of a list's items: "a, b, and c".
    pub fn join(&self, items: impl Iterator<Item = String>) -> String {
        self.catalog.list(self.lang, ListKind::And, &items.collect::<Vec<_>>())
    }

    /// "July 2025", « juillet 2025 », as CLDR writes a month of a year in the language.
    pub fn month(&self, month: YearMonth) -> String {
        self.catalog.month(self.lang, month)
    }

    /// A date at its own precision: "2024", "July 2025", "late 2024 – spring 2025".
    pub fn when(&self, when: When) -> String {
        match when {
            When::At(point) => self.point(point),
            When::Span(from, to) => self.message(
                "when-span",
                &[("from", FluentValue::from(self.point(from))), ("to", FluentValue::from(self.point(to)))],
            ),
        }
    }

    fn point(&self, point: Point) -> String {
        // Years go in as strings: as numbers they would be grouped ("2,025").
        match point {
            Point::Year(y) => self.message("when-year", &[("year", FluentValue::from(y.to_string()))]),
            Point::Month(m) => self.month(m),
            Point::Part(y, part) => self.message(
                "when-part",
                &[("part", FluentValue::from(part.as_str())), ("year", FluentValue::from(y.to_string()))],
            ),
            Point::Season(y, season) => self.message(
                "when-season",
                &[("season", FluentValue::from(season.as_str())), ("year", FluentValue::from(y.to_string()))],
            ),
        }
    }

    /// How a list line dates its fact: "July 2025†", "late 2024 – spring 2025, ongoing",
    /// "recently".
    fn dated(&self, dated: Dated) -> String {
        let mark = |text: String, inferred: bool| {
            if inferred {
                self.message("when-inferred", &[("when", FluentValue::from(text))])
            } else {
                text
            }
        };
        match dated {
            Dated::When { when, inferred } => mark(self.when(when), inferred),
            Dated::Ongoing { when, inferred } => {
                let span = mark(self.when(when), inferred);
                self.message("when-ongoing", &[("when", FluentValue::from(span))])
            }
            Dated::Recent => self.message("when-recent", &[]),
        }
    }

    /// `• **July 2025** · Diplomacy — sentence *(reported, according to …)* *(updated …)*`
    fn entry(&self, entry: &Entry) -> String {
        let mut labels = Vec::new();
        if let Some(dated) = entry.dated {
            labels.push(format!("**{}**", self.dated(dated)));
        }
        if let Some(domain) = entry.domain {
            labels.push(self.text(&Text::domain(domain, None)));
        }
        let mut line = String::from("• ");
        if !labels.is_empty() {
            line.push_str(&labels.join(" · "));
            line.push_str(" — ");
        }
        line.push_str(&self.text(&entry.text));
        if let Some(hedge) = &entry.hedge {
            let confidence = self.message(&format!("confidence-{}", hedge.confidence.as_str()), &[]);
            let hedge = match &hedge.attribution {
                Some(attribution) => {
                    let source = self.text(
                        &Text::attr(format!("source-{attribution}"), "cited")
                            .arg("confidence", Arg::Word(hedge.confidence.as_str().to_owned())),
                    );
                    self.message(
                        "fact-hedge",
                        &[
                            ("confidence", FluentValue::from(confidence)),
                            ("source", FluentValue::from(source)),
                        ],
                    )
                }
                None => self.message("fact-hedge-own", &[("confidence", FluentValue::from(confidence))]),
            };
            line.push_str(&format!(" *{hedge}*"));
        }
        if let Some(day) = entry.revised {
            let updated = self.text(&Text::new("fact-updated").arg("date", Arg::Day(day)));
            line.push_str(&format!(" *{updated}*"));
        }
        line
    }

    /// `• **Title** — Revised: why (600 → 1,000)`
    fn correction(&self, correction: &Correction) -> String {
        let note = FluentValue::from(self.text(&correction.note));
        let mut line = format!("• **{}** — ", self.text(&correction.title));
        match &correction.change {
            Change::Revised { figures } => {
                line.push_str(&self.message("correction-revised", &[("note", note)]));
                let figures: Vec<String> = figures
                    .iter()
                    .map(|(from, to)| {
                        self.message(
                            "correction-figure",
                            &[("from", FluentValue::from(*from)), ("to", FluentValue::from(*to))],
                        )
                    })
                    .collect();
                if !figures.is_empty() {
                    line.push_str(&format!(" ({})", figures.join(", ")));
                }
            }
            Change::Withdrawn => line.push_str(&self.message("correction-withdrawn", &[("note", note)])),
        }
        line
    }

    /// A source document as a footer names it: its title, section and language.
    fn document(&self, document: &Document) -> String {
        self.message(
            "source-document",
            &[
                ("title", FluentValue::from(document.title.clone())),
                ("section", FluentValue::from(document.section.clone().unwrap_or_else(|| "none".to_owned()))),
                ("language", FluentValue::from(document.language.clone())),
            ],
        )
    }

    /// Renders a reply as one or more pages, each a message that fits Discord's limits. The
    /// store gives the documents' titles.
    pub fn reply(&self, store: &Store, reply: &Reply) -> Vec<Message> {
        let title = truncate(&self.text(&reply.title), limits::TITLE);
        let lead: Vec<String> = reply.lead.iter().map(|t| self.text(t)).collect();
        let mut blocks = Vec::new();
        if !lead.is_empty() {
            let mut head = lead.join("\n\n");
            if !reply.entries.is_empty() {
                head.push('\n');
            }
            blocks.push(head);
        }
        blocks.extend(reply.entries.iter().map(|e| self.list_line(e)));
        if let (false, Query::Month(month, _)) = (reply.ongoing.is_empty(), reply.query) {
            let heading = self.text(&Text::new("reply-month-ongoing").arg("month", Arg::Month(month)));
            blocks.push(format!("\n{heading}"));
            blocks.extend(reply.ongoing.iter().map(|e| self.list_line(e)));
        }
        let fields: Vec<(String, String)> = reply
            .sections
            .iter()
            .map(|s| {
                let items = s.items.iter().map(|i| format!("• {}", self.text(i)));
                let lines: Vec<String> = items.chain(s.entries.iter().map(|e| self.list_line(e))).collect();
                (self.text(&Text::domain(s.domain, None)), lines.join("\n"))
            })
            .chain((!reply.corrections.is_empty()).then(|| {
                let lines: Vec<String> = reply.corrections.iter().map(|c| self.correction(c)).collect();
                (self.message("correction-heading", &[]), lines.join("\n"))
            }))
            .collect();
        let mut footer = Vec::new();
        if !reply.documents.is_empty() {
            let names = self
                .join(reply.documents.iter().filter_map(|id| store.document(id)).map(|d| self.document(d)));
            footer.push(self.message("footer-sources", &[("documents", FluentValue::from(names))]));
        }
        if !reply.attributions.is_empty() {
            let names =
                self.join(reply.attributions.iter().map(|s| self.message(&format!("source-{s}"), &[])));
            footer.push(self.message("footer-attributions", &[("attributions", FluentValue::from(names))]));
        }
        let updated = self.text(&Text::new("footer-updated").arg("date", Arg::Day(reply.updated)));
        footer.push(updated);
        if reply.inferred {
            footer.push(self.message("footer-inferred", &[]));
        }
        let layout =
            Layout { title, blocks, fields, footer: footer.join(" · "), color: color(reply.accent) };
        self.paginate(layout, reply.query)
    }

    fn page_label(&self, page: usize, pages: usize) -> String {
        self.message("footer-page", &[("page", FluentValue::from(page)), ("pages", FluentValue::from(pages))])
    }

    fn paginate(&self, layout: Layout, query: Query) -> Vec<Message> {
        // Room for " · Page 999 of 999" is kept on every page, so that numbering cannot overflow.
        let label_room = self.page_label(999, 999).chars().count() + 3;
        let footer = truncate(&layout.footer, limits::FOOTER - label_room);
        let fixed = layout.title.chars().count() + footer.chars().count() + label_room;
        // Every page fits both layouts, so that a page has the same number whichever a server
        // chose.
        let room = limits::EMBED_TOTAL.min(PAGE_TEXT) - fixed;
        let description_room = room.min(limits::DESCRIPTION);

        let mut pages = vec![Page::default()];
        for block in &layout.blocks {
            for piece in split(block, description_room) {
                let page = pages.last_mut().expect("there is always a page");
                let needed = piece.chars().count() + usize::from(!page.description.is_empty());
                if page.size + needed > description_room {
                    pages.push(Page::default());
                }
                pages.last_mut().expect("there is always a page").push_line(&piece);
            }
        }
        for (name, value) in &layout.fields {
            let name = truncate(name, limits::FIELD_NAME);
            for piece in split(value, limits::FIELD_VALUE) {
                let size = name.chars().count() + piece.chars().count();
                let page = pages.last_mut().expect("there is always a page");
                if page.fields.len() == limits::FIELDS.min(PAGE_SECTIONS) || page.size + size > room {
                    pages.push(Page::default());
                }
                let page = pages.last_mut().expect("there is always a page");
                page.size += size;
                page.fields.push(EmbedField { name: name.clone(), value: piece, inline: false });
            }
        }

        let count = pages.len();
        pages
            .into_iter()
            .enumerate()
            .map(|(index, page)| {
                let number = index + 1;
                let footer_text = if count > 1 {
                    format!("{footer} · {}", self.page_label(number, count))
                } else {
                    footer.clone()
                };
                let embed = Embed {
                    title: Some(layout.title.clone()),
                    description: (!page.description.is_empty()).then_some(page.description),
                    color: Some(layout.color),
                    fields: page.fields,
                    footer: Some(EmbedFooter { text: footer_text }),
                    image: None,
                };
                let components =
                    if count > 1 { vec![self.page_buttons(query, number, count)] } else { Vec::new() };
                Message { embeds: vec![embed], components, ..Message::default() }
            })
            .collect()
    }

    fn page_buttons(&self, query: Query, page: usize, pages: usize) -> ActionRow {
        let button = |label: &str, target: usize, disabled: bool| Button {
            kind: 2,
            style: 2,
            label: truncate(&self.message(label, &[]), limits::BUTTON_LABEL),
            custom_id: format!("{PAGE_BUTTON_PREFIX}:{}:{target}", query.key()),
            disabled,
        };
        ActionRow {
            kind: 1,
            components: vec![
                button("button-previous", page - 1, page == 1),
                button("button-next", page + 1, page == pages),
            ],
        }
    }

    /// An error only the user who caused it sees.
    pub fn error(&self, text: &Text) -> Message {
        let content = truncate(&self.text(text), limits::CONTENT);
        Message { content: Some(content), flags: Some(EPHEMERAL), ..Message::default() }
    }
}

/// In debug builds (tests), refuses to give a message an argument that `args::MESSAGES` does
/// not list for it: `check` formats messages with those, so the table must say what callers pass.
fn declared<'n>(id: &str, mut names: impl Iterator<Item = &'n str>) {
    if cfg!(debug_assertions) {
        if let Some(args) = crate::content::args::declared_args(id) {
            if let Some(name) = names.find(|name| !args.iter().any(|(known, _)| known == name)) {
                panic!("message '{id}' is given '{name}', which args::MESSAGES does not list");
            }
        }
    }
}

struct Layout {
    title: String,
    blocks: Vec<String>,
    fields: Vec<(String, String)>,
    footer: String,
    color: u32,
}

#[derive(Default)]
struct Page {
    description: String,
    fields: Vec<EmbedField>,
    /// Characters used by the description and fields.
    size: usize,
}

impl Page {
    fn push_line(&mut self, line: &str) {
        if !self.description.is_empty() {
            self.description.push('\n');
            self.size += 1;
        }
        self.description.push_str(line);
        self.size += line.chars().count();
    }
}

/// A colour per domain, so that a reply is recognisable at a glance.
pub fn color(domain: Option<Domain>) -> u32 {
    match domain {
        Some(Domain::Military) => 0xB0_3A_2E,
        Some(Domain::Diplomatic) => 0x2E_6F_B0,
        Some(Domain::Economic) => 0x2E_9C_5A,
        Some(Domain::Cultural) => 0x8E_44_AD,
        Some(Domain::Outlook) => 0xD4_8A_1C,
        None => 0x5D_6D_7E,
    }
}
