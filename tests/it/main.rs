//! The integration tests, one binary: each module drives the real bot, binary or core as a user
//! would, against the Discord stand-in in `support` (one build of the support code, one link).

mod support;

mod alliance;
mod ask;
mod backup;
mod check;
mod coverage;
mod digest;
mod editorial;
mod gateway;
mod health;
mod http;
mod install;
mod language;
mod languages;
mod layout;
mod limits;
mod personal;
mod picture;
mod processes;
mod reach;
mod reload;
mod run;
mod standin;
mod storage;
