//! alliance-digest: short, sourced summaries of the Russia–North Korea alliance, in the
//! language each reader needs.
//!
//! The map, from data to Discord:
//!
//! - [`content`] is the pure core: the fact store of `data/`, the reply model, the words of
//!   `locales/`, rendering into messages and pictures, the command-line reader, and
//!   [`Engine`], which ties them up. `alliance-digest ask` and the bot both call it, so they
//!   say the same things.
//! - [`digests`] is the scheduled digests: schedules in their own time zones, and the scheduler
//!   that posts each digest once, even from several processes.
//! - [`storage`] keeps settings, subscriptions, claims and deliveries behind a trait (SQLite
//!   for one process, PostgreSQL for several).
//! - [`languages`] decides the language of every answer, public or private, and of every
//!   digest.
//! - [`discord`] is the only module that knows Discord: one handler per command, called by
//!   both transports, the gateway (`run`, poise on serenity) and the HTTP interactions
//!   endpoint (`serve`); the digest poster; command registration; health and metrics.
//!
//! For operators: [`config`] reads flags and the environment once and checks every value;
//! [`telemetry`] sets up logs (text or JSON) and the Prometheus metrics; [`backup`] copies the
//! SQLite database while the bot runs.

pub mod backup;
pub mod config;
pub mod content;
pub mod digests;
pub mod discord;
pub mod error;
pub mod languages;
pub mod storage;
pub mod telemetry;

pub use content::engine::{Answer, Engine};
