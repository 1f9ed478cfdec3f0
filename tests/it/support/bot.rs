//! `spawn_bot` for the stories of `tests/`: the real bot, built and run by the same library calls
//! as `alliance-digest run`, against a Discord stand-in of its own, with a database file of its
//! own. Each bot runs on a runtime of its own, so that a test can stop it cleanly or kill it
//! outright, mid-flight, as a crash would.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use alliance_digest::config::Config;
use alliance_digest::discord::{Bot, BotError};
use alliance_digest::Engine;
use serde_json::Value;
use tokio::sync::oneshot;

use super::discord::{endpoint, permission, Invoker, StandIn, PATIENCE};
use super::Workspace;

/// The spacing of the identifies of a bucket in the in-process tests.
pub const IDENTIFY_TURN: Duration = Duration::from_millis(100);
pub const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789AB";
pub const FR_GUILD: u64 = 2_000_000_000_000_000_001;
pub const EN_GUILD: u64 = 2_000_000_000_000_000_002;
pub const ZH_GUILD: u64 = 2_000_000_000_000_000_003;

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

/// How the bot under test meets Discord: `run` (the gateway) or `serve` (the HTTP interactions
/// endpoint, which the stand-in posts signed interactions to).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Gateway,
    Http,
}

/// Runs each story named once in each mode, as `gateway::<story>` and `http::<story>`: the
/// same assertions, so the same replies, languages and errors.
#[macro_export]
macro_rules! in_both_modes {
    ($($story:ident),* $(,)?) => {
        mod gateway {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $story() {
                    super::$story($crate::support::bot::Mode::Gateway).await
                }
            )*
        }
        mod http {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $story() {
                    super::$story($crate::support::bot::Mode::Http).await
                }
            )*
        }
    };
}

/// A stand-in with three servers (French, American English and Japanese Discord locales), a
/// database and the data and locale folders.
pub struct World {
    pub mode: Mode,
    pub standin: StandIn,
    pub database: tempfile::TempDir,
    pub data: PathBuf,
    pub locales: PathBuf,
    _workspace: Option<Workspace>,
    /// Where `serve` listens, in [`Mode::Http`].
    pub http_addr: String,
}

/// A free port of 127.0.0.1 (bound, then let go for the bot to take).
pub fn free_addr() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("a local address").to_string()
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
        World::new_in(Mode::Gateway).await
    }

    /// A world whose bot will run in `mode`.
    pub async fn new_in(mode: Mode) -> World {
        let repo = super::repo();
        World::with_folders(repo.join("data"), repo.join("locales"), None, mode).await
    }

    pub async fn with_workspace(workspace: Workspace) -> World {
        World::with_folders(workspace.data(), workspace.locales(), Some(workspace), Mode::Gateway).await
    }

    pub async fn with_workspace_in(workspace: Workspace, mode: Mode) -> World {
        World::with_folders(workspace.data(), workspace.locales(), Some(workspace), mode).await
    }

    /// Another world (its own stand-in and database) whose bot reads the same folders: a second
    /// process of one deployment.
    pub async fn with_folders_of(other: &World) -> World {
        World::with_folders(other.data.clone(), other.locales.clone(), None, other.mode).await
    }

    async fn with_folders(
        data: PathBuf,
        locales: PathBuf,
        workspace: Option<Workspace>,
        mode: Mode,
    ) -> World {
        let standin = StandIn::start().await;
        standin.add_guild(FR_GUILD, "fr");
        standin.add_guild(EN_GUILD, "en-US");
        standin.add_guild(ZH_GUILD, "zh-CN");
        let database = tempfile::tempdir().expect("a temporary folder");
        World { mode, standin, database, data, locales, _workspace: workspace, http_addr: free_addr() }
    }

    pub fn database_url(&self) -> String {
        format!("sqlite://{}", self.database.path().join("bot.db").display())
    }

    /// The configuration `run` would read from this environment.
    pub fn config(&self, extra: &[(&str, &str)]) -> Config {
        let url = self.standin.api_url();
        let database_url = self.database_url();
        let serving = self.mode == Mode::Http;
        let (http_addr, public_key) = (self.http_addr.clone(), endpoint::public_key_hex());
        let lookup = |name: &str| match name {
            _ if extra.iter().any(|(k, _)| *k == name) => {
                extra.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
            }
            "HTTP_ADDR" if serving => Some(http_addr.clone()),
            "DISCORD_PUBLIC_KEY" if serving => Some(public_key.clone()),
            "DISCORD_TOKEN" => Some(TOKEN.to_owned()),
            "DISCORD_API_URL" => Some(url.clone()),
            "DATABASE_URL" => Some(database_url.clone()),
            _ => extra.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()),
        };
        Config::from_lookup(lookup, self.data.clone(), self.locales.clone()).expect("a valid configuration")
    }

    /// Starts the bot as `run` (or `serve`, in [`Mode::Http`]) does, and waits until it is
    /// connected (serving) and has registered its commands.
    pub async fn start_bot(&self) -> Running {
        self.start_bot_with(self.config(&[]), |bot| bot).await
    }

    /// Starts the bot with a configuration and a last adjustment of the built bot.
    pub async fn start_bot_with(
        &self,
        config: Config,
        adjust: impl FnOnce(Bot) -> Bot + Send + 'static,
    ) -> Running {
        let (engine, _) = Engine::load(&self.data, &self.locales).expect("the store loads");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .thread_name("bot")
            .build()
            .expect("a runtime for the bot");
        let (stop, stopped) = oneshot::channel::<()>();
        let (finished, done) = oneshot::channel();
        let mode = self.mode;
        runtime.spawn(async move {
            let shutdown = async move {
                let _ = stopped.await;
            };
            let result = match Bot::build(config, engine).await {
                // The stand-in has no identify limit: a bot restarted on its database at once
                // need not wait Discord's 5 s for its shard's turn.
                Ok(bot) => match adjust(bot.with_identify_turn(IDENTIFY_TURN)) {
                    bot if mode == Mode::Gateway => bot.run_until_stopped(shutdown).await,
                    bot => bot.serve_until_stopped(shutdown).await,
                },
                Err(error) => Err(error),
            };
            let _ = finished.send(result);
        });
        let running = Running { runtime: Some(runtime), stop: Some(stop), done: Some(done) };
        // The commands are registered once per version: at the first start, not at a restart
        // with the same commands and database.
        match self.mode {
            Mode::Gateway => {
                self.standin.wait_ready().await;
                self.standin.wait_commands().await;
            }
            Mode::Http => {
                let ready = format!("http://{}/readyz", self.http_addr);
                let deadline = tokio::time::Instant::now() + PATIENCE;
                loop {
                    // Ready, or up and saying that its store refuses writes (a read-only store).
                    let answer = match reqwest::get(&ready).await {
                        Ok(response) => {
                            Some((response.status().as_u16(), response.text().await.unwrap_or_default()))
                        }
                        Err(_) => None,
                    };
                    if answer
                        .is_some_and(|(s, body)| s == 200 || (s == 503 && body.contains("refuses writes")))
                    {
                        break;
                    }
                    assert!(tokio::time::Instant::now() < deadline, "serve is not ready in {PATIENCE:?}");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                self.standin.wait_commands().await;
                self.standin.deliver_over_http(format!("http://{}/interactions", self.http_addr));
            }
        }
        // The registration's request is counted once answered, a moment after the stand-in
        // took its commands: a test that counts registrations from here counts from it.
        wait_until(|| self.standin.registrations() >= 1).await;
        running
    }

    /// How many times the commands were registered.
    pub fn registrations(&self) -> usize {
        self.standin.registrations()
    }

    /// Runs a slash command and returns the message its user sees.
    /// Starts the bot with the clock its scheduler goes by, and settings `extra`.
    pub async fn start_with_clock(
        &self,
        clock: &Arc<super::clock::ManualClock>,
        extra: &[(&str, &str)],
    ) -> Running {
        use alliance_digest::digests::scheduler::Clock;
        let clock: Arc<dyn Clock> = Arc::clone(clock) as Arc<dyn Clock>;
        self.start_bot_with(self.config(extra), move |bot| bot.with_clock(clock)).await
    }

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

/// Whether a message is laid out with Components V2 (flag 1 << 15).
pub fn is_v2(message: &Value) -> bool {
    message["flags"].as_u64().is_some_and(|f| f & (1 << 15) != 0)
}

/// The text displays of a Components V2 message's container, in order.
pub fn container_texts(message: &Value) -> Vec<String> {
    let container = message["components"].as_array().and_then(|c| c.iter().find(|c| c["type"] == 17));
    let inside = container.and_then(|c| c["components"].as_array()).cloned().unwrap_or_default();
    inside.iter().filter(|c| c["type"] == 10).filter_map(|c| c["content"].as_str()).map(plain).collect()
}

/// A message's heading and what follows it: its embed's title and description, or the first
/// text display of its Components V2 container (`## title`, then the description).
fn opening(message: &Value) -> (String, String) {
    if !is_v2(message) {
        let text = |key: &str| plain(message["embeds"][0][key].as_str().unwrap_or_default());
        return (text("title"), text("description"));
    }
    let first = container_texts(message).into_iter().next().unwrap_or_default();
    match first.strip_prefix("## ") {
        Some(rest) => {
            let (title, description) = rest.split_once('\n').unwrap_or((rest, ""));
            (title.to_owned(), description.to_owned())
        }
        None => (String::new(), first),
    }
}

/// The title a reader sees: the embed's, or the heading of a Components V2 message.
pub fn title(message: &Value) -> String {
    opening(message).0
}

pub fn description(message: &Value) -> String {
    opening(message).1
}

/// A message's sections, (name, text): its embed's fields, or the `**name**` text displays of a
/// Components V2 message.
pub fn sections(message: &Value) -> Vec<(String, String)> {
    if !is_v2(message) {
        let fields = message["embeds"][0]["fields"].as_array().cloned().unwrap_or_default();
        let text = |f: &Value, key: &str| plain(f[key].as_str().unwrap_or_default());
        return fields.iter().map(|f| (text(f, "name"), text(f, "value"))).collect();
    }
    container_texts(message)
        .iter()
        .filter_map(|t| t.strip_prefix("**"))
        .filter_map(|t| t.split_once("**\n"))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

/// A message's buttons: in its action row, inside its container for Components V2.
pub fn buttons(message: &Value) -> Vec<Value> {
    let rows = if is_v2(message) {
        let container = message["components"].as_array().and_then(|c| c.iter().find(|c| c["type"] == 17));
        container.and_then(|c| c["components"].as_array()).cloned().unwrap_or_default()
    } else {
        message["components"].as_array().cloned().unwrap_or_default()
    };
    let row = rows.iter().find(|c| c["type"] == 1);
    row.and_then(|r| r["components"].as_array()).cloned().unwrap_or_default()
}

/// Where a message shows its picture, and its alt text there: its embed's image, or the media
/// gallery of a Components V2 message (which carries the alt text itself).
pub fn picture(message: &Value) -> Option<(String, Option<String>)> {
    if !is_v2(message) {
        return message["embeds"][0]["image"]["url"].as_str().map(|url| (url.to_owned(), None));
    }
    let container = message["components"].as_array()?.iter().find(|c| c["type"] == 17)?;
    let gallery = container["components"].as_array()?.iter().find(|c| c["type"] == 12)?;
    let item = &gallery["items"][0];
    let url = item["media"]["url"].as_str()?.to_owned();
    Some((url, item["description"].as_str().map(plain)))
}

/// Every word a reader sees of a message's embeds or container, as one text.
pub fn words(message: &Value) -> String {
    if is_v2(message) {
        container_texts(message).join("\n")
    } else {
        plain(&message["embeds"].to_string())
    }
}

/// The source line: the embed's footer, or the small text (`-# `) of a Components V2 message.
pub fn footer(message: &Value) -> String {
    if !is_v2(message) {
        return plain(message["embeds"][0]["footer"]["text"].as_str().unwrap_or_default());
    }
    let texts = container_texts(message);
    texts.iter().rev().find_map(|t| t.strip_prefix("-# ")).unwrap_or_default().to_owned()
}

/// The text above a message's embed or container: its content, or the text displays a
/// Components V2 message has outside its container.
pub fn content(message: &Value) -> String {
    if !is_v2(message) {
        return plain(message["content"].as_str().unwrap_or_default());
    }
    let top = message["components"].as_array().cloned().unwrap_or_default();
    let texts: Vec<String> =
        top.iter().filter(|c| c["type"] == 10).filter_map(|c| c["content"].as_str()).map(plain).collect();
    texts.join("\n")
}

pub fn is_ephemeral(message: &Value) -> bool {
    message["flags"].as_u64().is_some_and(|f| f & 64 != 0)
}
