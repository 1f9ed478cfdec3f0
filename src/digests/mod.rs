//! Scheduled digests, the whole feature in one home:
//!
//! - [`model`]: subscriptions, claims under leases, deliveries, and how each run ends;
//! - [`ports`]: what the feature needs kept ([`ports::DigestStore`]), implemented by both stores;
//! - [`schedule`]: a subscription's schedule and its runs in its own time zone;
//! - [`scheduler`]: posts the digests that fall due, once per (channel, period), even from
//!   several processes, through two traits of its own, a `Poster` (Discord) and a `Clock`
//!   (time), paced by [`pacing`] under Discord's rate limit;
//! - [`texts`]: what `/digest` and the scheduler say, as texts of `locales/`;
//! - [`health`]: whether the store takes the digests' writes, for `/readyz`.
//!
//! `/digest` itself, which must ask Discord about channels and roles, is in
//! `discord::commands::digest`.

pub mod health;
pub mod model;
pub mod pacing;
pub mod ports;
pub mod schedule;
pub mod scheduler;
pub mod texts;
