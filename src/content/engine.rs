//! The core as one value: the store and the catalog, loaded and validated together, answering
//! queries in a language. `ask` and the bot both go through it, so they say the same things.

use std::path::Path;
use std::sync::OnceLock;

use crate::content::check::validate;
use crate::content::parse::{self, UserError};
use chrono::NaiveDate;

use crate::content::facts::{Store, Topics};
use crate::content::i18n::{Catalog, Lang};
use crate::content::message::{limits, Attachment, EmbedImage, Message};
use crate::content::picture::{self, Picture};
use crate::content::problem::{Problem, Problems};
use crate::content::render::{FactLines, Renderer};
use crate::content::reply::{compose, has_news, Query};
use crate::content::text::{Arg, Text};

/// The loaded fact store and locales.
#[derive(Debug)]
pub struct Engine {
    store: Store,
    catalog: Catalog,
    /// Each fact's list line per language, rendered at its first use.
    lines: FactLines,
    /// The timeline picture per language, drawn at its first request (the store never changes
    /// while it is loaded).
    pictures: Vec<OnceLock<Picture>>,
    /// The replies that take no option (the overview, each domain, the timeline), per language,
    /// kept from their first request: a reply depends only on the store and the language.
    replies: Vec<[OnceLock<Vec<Message>>; FIXED_QUERIES]>,
}

/// The queries without options: the overview, the five domains, the timeline.
const FIXED_QUERIES: usize = 7;

/// Where a query without options keeps its reply; `None` for a month or the news.
fn fixed_slot(query: Query) -> Option<usize> {
    match query {
        Query::Overview => Some(0),
        Query::Domain(domain) => Some(1 + domain as usize),
        Query::Timeline => Some(6),
        Query::Topics(_) | Query::Month(..) | Query::News { .. } => None,
    }
}

/// A counted summary of what was loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub facts: usize,
    pub languages: Vec<String>,
    pub messages: usize,
}

impl Engine {
    /// Loads and validates `data` and `locales` together. On success, the warnings.
    pub fn load(data: &Path, locales: &Path) -> Result<(Engine, Vec<Problem>), Problems> {
        // Both sides are read in full and compared even when one has errors, so that one run
        // lists every problem. Neither needs the other to be read: the locales are read on a
        // thread of their own meanwhile (or here, after the store, with no thread to spare).
        let ((store, mut problems), (catalog, catalog_problems)) = std::thread::scope(|scope| {
            let reading = std::thread::Builder::new()
                .name("locales".to_owned())
                .spawn_scoped(scope, || Catalog::read(locales));
            let store = Store::read(data);
            let catalog = match reading {
                Ok(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => Catalog::read(locales),
            };
            (store, catalog)
        });
        problems.extend(catalog_problems);
        if let Some(catalog) = &catalog {
            problems.extend(validate(&store, catalog));
        }
        let warnings = Problems::into_result(problems)?;
        let catalog = catalog.expect("without a catalog there is an error");
        let lines = FactLines::new(&store, &catalog);
        let pictures = catalog.languages().map(|_| OnceLock::new()).collect();
        let replies = catalog.languages().map(|_| Default::default()).collect();
        Ok((Engine { store, catalog, lines, pictures, replies }, warnings))
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn summary(&self) -> Summary {
        let languages: Vec<String> = self.catalog.languages().map(|l| self.catalog.tag(l)).collect();
        let messages = self.catalog.languages().map(|l| self.catalog.message_ids(l).count()).sum();
        Summary { facts: self.store.facts().len(), languages, messages }
    }

    /// The best language we have for a Discord locale.
    pub fn language(&self, locale: &str) -> Lang {
        self.catalog.negotiate(locale)
    }

    /// The pages of the reply to a query. The timeline's first page carries its picture, shown
    /// in its embed.
    pub fn reply(&self, query: Query, lang: Lang) -> Vec<Message> {
        let kept = fixed_slot(query).and_then(|slot| self.replies.get(self.catalog.index(lang))?.get(slot));
        match kept {
            Some(kept) => kept.get_or_init(|| self.compose_reply(query, lang)).clone(),
            None => self.compose_reply(query, lang),
        }
    }

    fn compose_reply(&self, query: Query, lang: Lang) -> Vec<Message> {
        let mut pages = Renderer::new(&self.catalog, lang)
            .with_lines(&self.lines)
            .reply(&self.store, &compose(&self.store, query));
        if query == Query::Timeline {
            if let Some(first) = pages.first_mut() {
                let picture = self.timeline_picture(lang);
                first.attachments.push(Attachment {
                    id: 0,
                    filename: picture::FILENAME.to_owned(),
                    description: Some(picture.alt.clone()),
                    data: picture.png.clone(),
                });
                if let Some(embed) = first.embeds.first_mut() {
                    embed.image = Some(EmbedImage { url: format!("attachment://{}", picture::FILENAME) });
                }
            }
        }
        pages
    }

    /// The timeline as a picture, in a language: drawn once, then reused.
    pub fn timeline_picture(&self, lang: Lang) -> &Picture {
        self.pictures[self.catalog.index(lang)]
            .get_or_init(|| picture::timeline(&self.store, &Renderer::new(&self.catalog, lang)))
    }

    /// Draws the timeline picture afresh (for benchmarks: `timeline_picture` keeps the first).
    pub fn draw_timeline(&self, lang: Lang) -> Picture {
        picture::timeline(&self.store, &Renderer::new(&self.catalog, lang))
    }

    /// The pages of a scheduled digest: a server's first digest is the overview, each later one
    /// what the store gained after the last store change the previous one covered (its
    /// watermark, `Store::updated` then), with a correction for each fact it could have carried
    /// that was revised or withdrawn since. `None` when nothing changed: nothing is posted.
    pub fn digest(&self, watermark: Option<NaiveDate>, topics: Topics, lang: Lang) -> Option<Vec<Message>> {
        let query = match watermark {
            None if topics.is_all() => Query::Overview,
            None => Query::Topics(topics),
            Some(since) if has_news(&self.store, since, topics) => {
                Query::News { since, until: self.store.updated(), topics }
            }
            Some(_) => return None,
        };
        Some(self.reply(query, lang))
    }

    /// A page as plain text, for a terminal: field names end with the language's colon
    /// ("Military:", « Militaire : »).
    pub fn plain_text(&self, page: &Message, lang: Lang) -> String {
        let renderer = Renderer::new(&self.catalog, lang);
        page.to_text_with(|name| {
            renderer.text(&Text::new("plain-field").arg("name", Arg::Word(name.to_owned())))
        })
    }

    /// Answers a slash-command line: the reply's pages, or the ephemeral error the user sees.
    pub fn ask(&self, line: &str, lang: Lang) -> Answer {
        match parse::parse(line, &self.store, &self.catalog) {
            Ok(query) => Answer::Reply(self.reply(query, lang)),
            Err(error) => Answer::Refused { message: self.error(&error, lang), error },
        }
    }

    /// A text in a language.
    pub fn text(&self, text: &Text, lang: Lang) -> String {
        Renderer::new(&self.catalog, lang).text(text)
    }

    /// A plain message of one text, for everyone in a channel (a notice to a server).
    pub fn notice(&self, text: &Text, lang: Lang) -> Message {
        let content = crate::content::message::truncate(&self.text(text, lang), limits::CONTENT);
        Message { content: Some(content), ..Message::default() }
    }

    /// The ephemeral message that tells a user what was wrong with a command. A list of months
    /// that marks inferred years says what the mark means.
    pub fn error(&self, error: &UserError, lang: Lang) -> Message {
        let renderer = Renderer::new(&self.catalog, lang);
        let mut message = renderer.error(&error.text(&self.store));
        if matches!(error, UserError::BadMonth(_)) && self.store.months().values().any(|inferred| *inferred) {
            if let Some(content) = &mut message.content {
                let note = renderer.text(&Text::new("footer-inferred"));
                *content = crate::content::message::truncate(&format!("{content}\n{note}"), limits::CONTENT);
            }
        }
        message
    }
}

/// What a command line gets back.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The pages of the reply; the first is sent, the others are reached by buttons.
    Reply(Vec<Message>),
    /// The command was wrong: the error, and the ephemeral message that says so.
    Refused { error: UserError, message: Message },
}

/// The engine being served. A reload replaces it whole; each user takes the one current when it
/// starts (an interaction, a digest run) and keeps it to the end, so none sees half of two.
#[derive(Debug)]
pub struct Current(std::sync::RwLock<std::sync::Arc<Engine>>);

impl Current {
    pub fn new(engine: Engine) -> Current {
        Current(std::sync::RwLock::new(std::sync::Arc::new(engine)))
    }

    /// The engine now.
    pub fn get(&self) -> std::sync::Arc<Engine> {
        std::sync::Arc::clone(&self.0.read().unwrap_or_else(|e| e.into_inner()))
    }

    /// Serves `engine` from now on.
    pub fn set(&self, engine: Engine) {
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = std::sync::Arc::new(engine);
    }
}
