//! The pure core: what the bot knows and how it says it. Nothing here knows Discord's client, a
//! database or the clock.
//!
//! - [`facts`] loads and validates the language-neutral fact store of `data/` (dates at their
//!   own precision, in [`when`]; the source document each fact is read from and whom it
//!   attributes the fact to; revisions and withdrawals) and answers queries by domain, month and
//!   time; [`files`] reads `data/` and `locales/` from disk or from the copy compiled into the
//!   binary.
//! - [`reply`] composes the answer to a [`reply::Query`] as a model of [`text::Text`]s (message
//!   ids and values), with the corrections a later scheduled digest owes a server.
//! - [`i18n`] holds the Fluent bundles of `locales/`, negotiates languages and falls back to
//!   English; [`render`] puts a reply into words and lays it out as [`message`]s within
//!   Discord's limits, paging what does not fit; [`picture`] draws the timeline as a PNG, with
//!   its alt text, in the same words.
//! - [`parse`] reads a slash-command line as a user types it into a query, or into a user
//!   error; the bot reads the same queries from interactions.
//! - [`check`] validates store and locales together; [`engine::Engine`] ties it all up, and is
//!   what both `alliance-digest ask` and the bot call. Problems in files are
//!   [`problem::Problem`]s that name the file and the line.

pub mod args;
pub mod check;
pub mod cldr;
pub mod engine;
pub mod facts;
pub mod files;
pub mod i18n;
pub mod layout;
pub mod message;
mod par;
pub mod parse;
pub mod picture;
pub mod problem;
pub mod render;
pub mod reply;
pub mod text;
pub mod translations;
pub mod when;
