//! alliance-digest: short, sourced summaries of the Russia–North Korea alliance, in the
//! language each reader needs.
//!
//! A tour of the pipeline, from data to words:
//!
//! - [`facts`] loads and validates the language-neutral fact store of `data/` (dates at their
//!   own precision, in [`when`]; the source document each fact is read from and whom it
//!   attributes the fact to; revisions and withdrawals) and answers queries by domain, month and
//!   time.
//! - [`digest`] composes a reply to a [`digest::Query`] as a model of message ids and values,
//!   with the corrections a later scheduled digest owes a server.
//! - [`i18n`] holds the Fluent bundles of `locales/`, negotiates languages and falls back to
//!   English; [`render`] puts a reply model into words and lays it out as Discord
//!   [`message`]s within Discord's limits, paging what does not fit; [`picture`] draws the
//!   timeline as a PNG, with its alt text, in the same words.
//! - [`command`] reads a slash-command line into a query, or into a user error.
//! - [`check`] validates store and locales together; [`engine::Engine`] ties it all up, and is
//!   what both `alliance-digest ask` and the bot call.
//!
//! Beside them: [`schedule`] reads a digest schedule and computes its runs in its own time
//! zone; [`scheduler`] posts the digests that fall due, once per (server, period), even from
//! several processes, by claims under leases, through two traits, a `Poster` (Discord) and a
//! `Clock` (time), paced by [`pacing`]; [`discord`] is the bot (poise on serenity: commands,
//! embeds, interactions, and the poster), the only module that knows Discord's client;
//! [`storage`] keeps settings, subscriptions, claims and deliveries behind a trait (SQLite for
//! one process, PostgreSQL for several); [`config`] reads flags and the environment once and
//! checks every value.
//!
//! For operators: [`files`] serves `data/` and `locales/` from disk or from the copy compiled
//! into the binary; [`telemetry`] sets up logs (text or JSON) and the Prometheus metrics that
//! `discord`'s health server shows on `HTTP_ADDR`; [`backup`] copies the SQLite database while
//! the bot runs.
//!
//! Problems in files are [`problem::Problem`]s that name the file and the line.

pub mod backup;
pub mod check;
pub mod command;
pub mod config;
pub mod digest;
pub mod discord;
pub mod engine;
pub mod facts;
pub mod files;
pub mod i18n;
pub mod message;
pub mod pacing;
pub mod picture;
pub mod problem;
pub mod render;
pub mod schedule;
pub mod scheduler;
pub mod storage;
pub mod telemetry;
pub mod when;

pub use engine::{Answer, Engine};
