//! Live reload of the facts and the words: on SIGHUP, and when a file under the data or locales
//! folder changes (watched, since editors save by renaming; debounced), the store and locales
//! are loaded and validated exactly as `check` does.
//!
//! - Valid: they are served at once, whole ([`Current`]): an interaction or a digest run that
//!   started keeps the engine it started with, the next ones take the new one, and the next
//!   digests carry the new facts. The commands are registered again only when what Discord
//!   shows of them changed (the registration claim in the store is keyed by their fingerprint).
//! - Invalid: the old ones keep serving, and every problem is logged with its file and line,
//!   once for as long as the folders stay in that state.
//!
//! Several processes each watch their own folders (one deployment gives them the same files):
//! nothing travels between them, and each logs its own outcome.
//!
//! [`Current`]: crate::content::engine::Current

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::{register, Shared};
use crate::content::engine::{Engine, Summary};
use crate::content::files;
use crate::telemetry::names;

/// How long the folders must stay quiet after a change before they are read: an editor's save,
/// or a copy of several files, is one reload.
const DEBOUNCE: Duration = Duration::from_millis(300);

pub(super) struct Reloader {
    pub shared: Arc<Shared>,
    pub discord: Arc<serenity::Http>,
    pub data: PathBuf,
    pub locales: PathBuf,
    /// Whether this process registers the commands (it runs shard 0, or serves HTTP).
    pub registers: bool,
    pub guild_id: Option<u64>,
}

/// What a reload came to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Applied,
    /// Refused, with the problems as logged.
    Refused(String),
}

impl Reloader {
    /// Waits for SIGHUP or a change in the folders, and reloads, until `stop`.
    pub async fn run(self, stop: CancellationToken) {
        let (changed, mut changes) = mpsc::unbounded_channel::<()>();
        // Kept alive as long as this loop: dropping it stops the watching.
        let _watcher = self.watch(changed);
        let mut hangup = hangups();
        let mut last: Option<Outcome> = None;
        loop {
            tokio::select! {
                () = stop.cancelled() => return,
                Some(()) = recv_hangup(&mut hangup) => {
                    tracing::info!("SIGHUP: reloading the facts and locales");
                }
                Some(()) = changes.recv() => {
                    // Until the folders are quiet.
                    while let Ok(Some(())) = tokio::time::timeout(DEBOUNCE, changes.recv()).await {}
                    tracing::debug!("the facts or locales changed: reloading");
                }
            }
            let outcome = self.reload(last.as_ref()).await;
            last = Some(outcome);
        }
    }

    /// Watches the data and locales folders that are on disk (not the bundled copy).
    fn watch(&self, changed: mpsc::UnboundedSender<()>) -> Option<notify::RecommendedWatcher> {
        use notify::{RecursiveMode, Watcher};
        let folders: Vec<&Path> = [self.data.as_path(), self.locales.as_path()]
            .into_iter()
            .filter(|f| !files::is_bundled(f))
            .collect();
        if folders.is_empty() {
            return None;
        }
        let handler = move |event: notify::Result<notify::Event>| {
            if event.is_ok_and(|e| !e.kind.is_access()) {
                let _ = changed.send(());
            }
        };
        let mut watcher = match notify::recommended_watcher(handler) {
            Ok(watcher) => watcher,
            Err(error) => {
                tracing::warn!(%error, "cannot watch the facts and locales folders; SIGHUP still reloads");
                return None;
            }
        };
        for folder in folders {
            if let Err(error) = watcher.watch(folder, RecursiveMode::Recursive) {
                tracing::warn!(%error, folder = %folder.display(), "cannot watch a folder; SIGHUP still reloads");
            }
        }
        Some(watcher)
    }

    /// Loads, validates and, when valid, serves the folders' facts and words.
    async fn reload(&self, last: Option<&Outcome>) -> Outcome {
        let (data, locales) = (self.data.clone(), self.locales.clone());
        let loaded = tokio::task::spawn_blocking(move || Engine::load(&data, &locales)).await;
        let loaded = match loaded {
            Ok(loaded) => loaded,
            Err(join) => {
                tracing::error!(%join, "reloading failed; the previous facts and locales stay");
                metrics::counter!(names::RELOADS, "outcome" => "refused").increment(1);
                return Outcome::Refused(join.to_string());
            }
        };
        match loaded {
            Ok((engine, warnings)) => {
                for warning in warnings {
                    tracing::warn!("{warning}");
                }
                let summary = engine.summary();
                count_loaded(&summary);
                let commands = register::commands(&engine);
                self.shared.engine.set(engine);
                metrics::counter!(names::RELOADS, "outcome" => "applied").increment(1);
                tracing::info!(
                    facts = summary.facts,
                    languages = %summary.languages.join(", "),
                    "reloaded: the new facts and locales are served"
                );
                match self.discord.application_id() {
                    // Registers only when the commands changed: their fingerprint is claimed.
                    Some(application) if self.registers => {
                        let storage = self.shared.storage.as_ref();
                        let (guild, id) = (self.guild_id, application.get());
                        register::register(
                            &self.discord,
                            storage,
                            &commands,
                            guild,
                            id,
                            register::When::Reload,
                        )
                        .await;
                    }
                    // Not connected yet: the registration at start comes next.
                    _ => {}
                }
                Outcome::Applied
            }
            Err(problems) => {
                metrics::counter!(names::RELOADS, "outcome" => "refused").increment(1);
                let text: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
                let outcome = Outcome::Refused(text.join("\n"));
                if last == Some(&outcome) {
                    tracing::debug!("the facts and locales are still refused, for the same problems");
                    return outcome;
                }
                let errors = problems.0.iter().filter(|p| p.is_error()).count();
                for problem in &problems.0 {
                    tracing::error!("{problem}");
                }
                tracing::error!(errors, "reload refused: the previous facts and locales stay");
                outcome
            }
        }
    }
}

/// Sets the gauges of what is loaded.
pub(super) fn count_loaded(summary: &Summary) {
    metrics::gauge!(names::FACTS).set(summary.facts as f64);
    metrics::gauge!(names::LANGUAGES).set(summary.languages.len() as f64);
}

#[cfg(unix)]
type Hangups = Option<tokio::signal::unix::Signal>;
#[cfg(not(unix))]
type Hangups = Option<()>;

#[cfg(unix)]
fn hangups() -> Hangups {
    use tokio::signal::unix::{signal, SignalKind};
    signal(SignalKind::hangup())
        .map_err(|error| tracing::warn!(%error, "cannot listen for SIGHUP; file changes still reload"))
        .ok()
}

#[cfg(not(unix))]
fn hangups() -> Hangups {
    None
}

/// The next SIGHUP; never, without a listener.
async fn recv_hangup(hangup: &mut Hangups) -> Option<()> {
    #[cfg(unix)]
    if let Some(signal) = hangup {
        return signal.recv().await;
    }
    let _ = hangup;
    std::future::pending().await
}
