//! `spawn_bot` for the stories of `tests/`: the real bot, built and run by the same library calls
//! as `alliance-digest run`, against a Discord stand-in of its own, with a database file of its
//! own. Each bot runs on a runtime of its own, so that a test can stop it cleanly or kill it
//! outright, mid-flight, as a crash would.

use std::path::PathBuf;
use std::time::Duration;

use alliance_digest::config::Config;
use alliance_digest::discord::{Bot, BotError};
use alliance_digest::Engine;
use serde_json::Value;
use tokio::sync::oneshot;

use super::discord::{permission, Invoker, StandIn, PATIENCE};
use super::Workspace;

pub const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789AB";
pub const FR_GUILD: u64 = 2_000_000_000_000_000_001;
pub const EN_GUILD: u64 = 2_000_000_000_000_000_002;
pub const JA_GUILD: u64 = 2_000_000_000_000_000_003;

/// A member with no special permission.
pub fn user(id: u64, locale: &str) -> Invoker {
    Invoker { user_id: id, locale: locale.to_owned(), permissions: permission::EVERYONE }
}

/// A member who can manage the server.
pub fn admin(id: u64, locale: &str) -> Invoker {
    Invoker {
        user_id: id,
        locale: locale.to_owned(),
        permissions: permission::EVERYONE | permission::MANAGE_GUILD,
    }
}

/// A stand-in with three servers (French, American English and Japanese Discord locales), a
/// database and the data and locale folders.
pub struct World {
    pub standin: StandIn,
    pub database: tempfile::TempDir,
    pub data: PathBuf,
    pub locales: PathBuf,
    _workspace: Option<Workspace>,
}

/// A bot running on its own runtime.
pub struct Running {
    runtime: Option<tokio::runtime::Runtime>,
    stop: Option<oneshot::Sender<()>>,
    done: Option<oneshot::Receiver<Result<(), BotError>>>,
}

impl Running {
    /// Stops the bot as SIGTERM does, and checks that it stopped cleanly.
    pub async fn stop(mut self) {
        let _ = self.stop.take().expect("running").send(());
        let done = self.done.take().expect("running");
        let result = tokio::time::timeout(PATIENCE, done).await.expect("the bot stops in time");
        result.expect("the bot reports how it stopped").expect("the bot stops cleanly");
        self.runtime.take().expect("running").shutdown_background();
    }

    /// Kills the bot: every task stops at its next await, nothing is finished or closed.
    pub fn kill(mut self) {
        self.runtime.take().expect("running").shutdown_background();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl World {
    pub async fn new() -> World {
        let repo = super::repo();
        World::with_folders(repo.join("data"), repo.join("locales"), None).await
    }

    pub async fn with_workspace(workspace: Workspace) -> World {
        World::with_folders(workspace.data(), workspace.locales(), Some(workspace)).await
    }

    async fn with_folders(data: PathBuf, locales: PathBuf, workspace: Option<Workspace>) -> World {
        let standin = StandIn::start().await;
        standin.add_guild(FR_GUILD, "fr");
        standin.add_guild(EN_GUILD, "en-US");
        standin.add_guild(JA_GUILD, "ja");
        let database = tempfile::tempdir().expect("a temporary folder");
        World { standin, database, data, locales, _workspace: workspace }
    }

    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self.database.path().join("bot.db").display())
    }

    /// The configuration `run` would read from this environment.
    pub fn config(&self, extra: &[(&str, &str)]) -> Config {
        let url = self.standin.api_url();
        let database_url = self.database_url();
        let lookup = |name: &str| match name {
            "DISCORD_TOKEN" => Some(TOKEN.to_owned()),
            "DISCORD_API_URL" => Some(url.clone()),
            "DATABASE_URL" => Some(database_url.clone()),
            _ => extra.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()),
        };
        Config::from_lookup(lookup, self.data.clone(), self.locales.clone()).expect("a valid configuration")
    }

    /// Starts the bot as `run` does, and waits until it is connected and has registered its
    /// commands.
    pub async fn start_bot(&self) -> Running {
        self.start_bot_with(self.config(&[]), |bot| bot).await
    }

    /// Starts the bot with a configuration and a last adjustment of the built bot.
    pub async fn start_bot_with(
        &self,
        config: Config,
        adjust: impl FnOnce(Bot) -> Bot + Send + 'static,
    ) -> Running {
        let registrations = self.registrations();
        let (engine, _) = Engine::load(&self.data, &self.locales).expect("the store loads");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .thread_name("bot")
            .build()
            .expect("a runtime for the bot");
        let (stop, stopped) = oneshot::channel::<()>();
        let (finished, done) = oneshot::channel();
        runtime.spawn(async move {
            let result = match Bot::build(config, engine).await {
                Ok(bot) => {
                    adjust(bot)
                        .run_until_stopped(async move {
                            let _ = stopped.await;
                        })
                        .await
                }
                Err(error) => Err(error),
            };
            let _ = finished.send(result);
        });
        let running = Running { runtime: Some(runtime), stop: Some(stop), done: Some(done) };
        wait_until(|| self.registrations() > registrations).await;
        self.standin.wait_ready().await;
        running
    }

    /// How many times the commands were registered.
    pub fn registrations(&self) -> usize {
        self.standin.registrations()
    }

    /// Runs a slash command and returns the message its user sees.
    pub async fn command(
        &self,
        guild: Option<u64>,
        who: &Invoker,
        line: (&str, Option<&str>, &[(&str, &str)]),
    ) -> Value {
        let (name, sub, options) = line;
        let interaction = self.standin.slash_command(guild, who, name, sub, options);
        self.standin.interact(interaction).await.message()
    }

    pub fn assert_no_schema_errors(&self) {
        let errors = self.standin.schema_errors();
        assert!(errors.is_empty(), "requests Discord would refuse: {errors:#?}");
    }
}

pub async fn wait_until(condition: impl Fn() -> bool) {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    while !condition() {
        assert!(tokio::time::Instant::now() < deadline, "condition not met in {PATIENCE:?}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A text as a reader sees it: French typography's no-break spaces read as spaces.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

pub fn title(message: &Value) -> String {
    plain(message["embeds"][0]["title"].as_str().unwrap_or_default())
}

pub fn description(message: &Value) -> String {
    plain(message["embeds"][0]["description"].as_str().unwrap_or_default())
}

pub fn footer(message: &Value) -> String {
    plain(message["embeds"][0]["footer"]["text"].as_str().unwrap_or_default())
}

pub fn content(message: &Value) -> String {
    plain(message["content"].as_str().unwrap_or_default())
}

pub fn is_ephemeral(message: &Value) -> bool {
    message["flags"].as_u64().is_some_and(|f| f & 64 != 0)
}
