//! Scheduled digests: [`schedule`] reads a server's schedule and computes its runs in its own
//! time zone; [`scheduler`] posts the digests that fall due, once per (server, period), even
//! from several processes, by claims under leases, through two traits, a `Poster` (Discord) and
//! a `Clock` (time), paced by [`pacing`] under Discord's rate limit.

pub mod pacing;
pub mod schedule;
pub mod scheduler;
