//! `alliance-digest run` as operators meet it: a missing or malformed token is a clear error
//! before any network call; against the Discord stand-in it connects, registers its commands,
//! answers, and on SIGTERM stops cleanly with status 0, having never logged its token.

use crate::support;

use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::bot::{title, user, wait_until, World, FR_GUILD, TOKEN};
use support::discord::PATIENCE;
use support::{stderr, Workspace};

/// A child process killed when the test ends, even when it fails.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn run_binary(envs: &[(&str, &str)]) -> Command {
    binary("run", envs)
}

/// The binary with a subcommand (`run`, `serve`), from a neutral folder, with only `envs` of
/// the bot's settings.
fn binary(mode: &str, envs: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_alliance-digest"));
    command.arg(mode).current_dir(std::env::temp_dir());
    for name in [
        "DISCORD_TOKEN",
        "DISCORD_API_URL",
        "DATABASE_URL",
        "DISCORD_GUILD_ID",
        "DISCORD_RATE_LIMIT",
        "DIGEST_SUBSCRIPTIONS_PER_SERVER",
        "RUST_LOG",
        "LOG_FORMAT",
        "HTTP_ADDR",
        "DISCORD_PUBLIC_KEY",
    ] {
        command.env_remove(name);
    }
    let repo = support::repo();
    command.env("ALLIANCE_DATA_DIR", repo.join("data")).env("ALLIANCE_LOCALES_DIR", repo.join("locales"));
    command.envs(envs.iter().copied());
    command
}

#[test]
fn a_missing_or_malformed_token_stops_run_before_any_network_call() {
    // An API address nothing listens on: reaching for it would fail differently.
    let missing = run_binary(&[("DISCORD_API_URL", "http://127.0.0.1:9")]).output().expect("the binary runs");
    assert!(!missing.status.success());
    assert!(stderr(&missing).contains("DISCORD_TOKEN is not set"), "{}", stderr(&missing));
    let malformed = run_binary(&[("DISCORD_TOKEN", "hunter2")]).output().expect("the binary runs");
    assert!(!malformed.status.success());
    let text = stderr(&malformed);
    assert!(text.contains("DISCORD_TOKEN is malformed") && !text.contains("hunter2"), "{text}");
}

#[test]
fn a_guild_id_of_zero_or_a_token_with_a_stray_character_stops_run_before_any_network_call() {
    let zero = run_binary(&[
        ("DISCORD_TOKEN", TOKEN),
        ("DISCORD_GUILD_ID", "0"),
        ("DISCORD_API_URL", "http://127.0.0.1:9"),
    ])
    .output()
    .expect("the binary runs");
    assert!(!zero.status.success());
    assert!(
        stderr(&zero).contains("DISCORD_GUILD_ID must be a server id (a number above 0), got \"0\""),
        "{}",
        stderr(&zero)
    );
    let (head, tail) = TOKEN.split_at(30);
    let broken = format!("{head}\n{tail}");
    let newline = run_binary(&[("DISCORD_TOKEN", &broken)]).output().expect("the binary runs");
    assert!(!newline.status.success());
    let text = stderr(&newline);
    assert!(
        text.contains("DISCORD_TOKEN is malformed: it contains a line break") && !text.contains(tail),
        "{text}"
    );
}

#[test]
fn help_lists_every_setting_with_its_variable_and_default_but_never_the_token() {
    let output = run_binary(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "postgres://bot:secretpw@db/x")])
        .arg("--help")
        .output()
        .expect("the binary runs");
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).expect("UTF-8 help");
    for variable in [
        "DISCORD_TOKEN",
        "DISCORD_API_URL",
        "DATABASE_URL",
        "DISCORD_RATE_LIMIT",
        "DISCORD_GUILD_ID",
        "ALLIANCE_DATA_DIR",
        "ALLIANCE_LOCALES_DIR",
        "RUST_LOG",
        "LOG_FORMAT",
        "HTTP_ADDR",
        "DIGEST_SUBSCRIPTIONS_PER_SERVER",
        "HTTP_MAX_CONNECTIONS",
        "ALLIANCE_MAX_FILE_SIZE",
    ] {
        assert!(help.contains(&format!("[env: {variable}")), "{variable} missing from help: {help}");
    }
    for default in [
        "[default: sqlite://alliance-digest.db]",
        "[default: 50]",
        "[default: warn,alliance_digest=info]",
        "[default: 512]",
        "[default: 4MiB]",
    ] {
        assert!(help.contains(default), "{default} missing from help: {help}");
    }
    for secret in [TOKEN, "Gabcde", "secretpw"] {
        assert!(!help.contains(secret), "help shows a secret: {help}");
    }
}

#[test]
fn every_bad_setting_stops_run_with_what_is_allowed_and_never_shows_the_token() {
    /// Environment, flags, and what the error must say.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);
    let cases: &[Case] = &[
        (
            &[("DISCORD_RATE_LIMIT", "0")],
            &[],
            "DISCORD_RATE_LIMIT must be a number of requests per second from 1 to 10000, got \"0\"",
        ),
        (
            &[],
            &["--rate-limit", "fast"],
            "DISCORD_RATE_LIMIT must be a number of requests per second from 1 to 10000, got \"fast\"",
        ),
        (
            &[("DISCORD_GUILD_ID", "abc")],
            &[],
            "DISCORD_GUILD_ID must be a server id (a number above 0), got \"abc\"",
        ),
        (&[], &["--guild-id", "0"], "DISCORD_GUILD_ID must be a server id (a number above 0), got \"0\""),
        (
            &[("DATABASE_URL", "redis://cache/0")],
            &[],
            "DATABASE_URL must be a sqlite:, postgres:// or postgresql:// URL, got \"redis://cache/0\"",
        ),
        (
            &[("DISCORD_API_URL", "discord.example")],
            &[],
            "DISCORD_API_URL must start with http:// or https://",
        ),
        (&[("LOG_FORMAT", "xml")], &[], "invalid value 'xml'"),
        (&[("RUST_LOG", "alliance_digest=loud")], &[], "RUST_LOG is not a filter tracing can read"),
        (&[("HTTP_ADDR", "9100")], &[], "HTTP_ADDR must be an address and a port, such as 127.0.0.1:9100"),
        (
            &[("DIGEST_SUBSCRIPTIONS_PER_SERVER", "0")],
            &[],
            "DIGEST_SUBSCRIPTIONS_PER_SERVER must be a number of channels from 1 to 100, got \"0\"",
        ),
        (
            &[],
            &["--subscriptions-per-server", "many"],
            "DIGEST_SUBSCRIPTIONS_PER_SERVER must be a number of channels from 1 to 100, got \"many\"",
        ),
        (
            &[("HTTP_MAX_CONNECTIONS", "8")],
            &[],
            "HTTP_MAX_CONNECTIONS must be a number of connections from 16 to 100000",
        ),
        (&[], &["--max-file-size", "4GiB"], "ALLIANCE_MAX_FILE_SIZE must be a size from 1 KiB to 1 GiB"),
    ];
    for (envs, flags, expected) in cases {
        let mut envs = envs.to_vec();
        envs.push(("DISCORD_TOKEN", TOKEN));
        let output = run_binary(&envs).args(*flags).output().expect("the binary runs");
        assert!(!output.status.success(), "{envs:?} {flags:?} accepted");
        let text = stderr(&output);
        assert!(text.contains(expected), "{envs:?} {flags:?}: {text}");
        assert!(
            !text.contains("Gabcde") && !String::from_utf8_lossy(&output.stdout).contains("Gabcde"),
            "{text}"
        );
    }
    // The flag wins over the environment.
    let output = run_binary(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_GUILD_ID", "42")])
        .args(["--guild-id", "x"])
        .output()
        .expect("the binary runs");
    assert!(stderr(&output).contains("got \"x\""), "{}", stderr(&output));
}

#[test]
fn a_dotenv_line_that_cannot_be_read_is_an_error_naming_its_line_not_its_text() {
    let workspace = Workspace::new();
    let secret = TOKEN.split_at(30).1;
    let cases = [
        (
            format!("# settings\nDISCORD_GUILD_ID=42\nDISCORD TOKEN={TOKEN}\nDATABASE_URL=sqlite://x.db\n"),
            ".env line 3: cannot read this line",
        ),
        (
            format!("DISCORD_GUILD_ID=42\n\nDISCORD_TOKEN=\"{TOKEN}\nDATABASE_URL=sqlite://x.db\n"),
            ".env line 3: a quote opened on this line is never closed",
        ),
    ];
    for (dotenv, expected) in cases {
        workspace.write(".env", &dotenv);
        let output = run_binary(&[]).current_dir(workspace.dir.path()).output().expect("the binary runs");
        assert!(!output.status.success());
        let text = stderr(&output);
        assert!(text.contains(expected), "{text}");
        assert!(!text.contains("DISCORD_TOKEN is not set") && !text.contains(secret), "{text}");
    }
    // A well-formed .env is read: its (bad) guild id is what stops the bot.
    workspace.write(".env", &format!("DISCORD_TOKEN={TOKEN}\nDISCORD_GUILD_ID='abc'\n"));
    let output = run_binary(&[]).current_dir(workspace.dir.path()).output().expect("the binary runs");
    assert!(stderr(&output).contains("DISCORD_GUILD_ID must be a server id"), "{}", stderr(&output));
}

#[test]
fn a_database_url_with_a_password_is_refused_without_printing_it() {
    let output =
        run_binary(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "mysql://root:secretpw@db.example/x")])
            .output()
            .expect("the binary runs");
    assert!(!output.status.success());
    let text = stderr(&output);
    assert!(text.contains("mysql://root:***@db.example/x") && !text.contains("secretpw"), "{text}");
}

/// Issue 17, item 4: a DATABASE_URL that names no file would start the bot on a throwaway
/// in-memory database without its tables; `run` and `serve` refuse it at start, naming
/// DATABASE_URL and what is allowed.
#[test]
fn a_database_url_that_opens_no_file_stops_the_bot_at_start_naming_database_url() {
    for (mode, url) in [
        ("run", "sqlite://"),
        ("run", "sqlite:"),
        ("run", "sqlite://?mode=memory"),
        ("run", "sqlite::memory:"),
        ("serve", "sqlite://"),
    ] {
        let addr = support::bot::free_addr();
        let key = support::discord::endpoint::public_key_hex();
        let mut command = binary(
            mode,
            &[
                ("DISCORD_TOKEN", TOKEN),
                ("DATABASE_URL", url),
                ("DISCORD_API_URL", "http://127.0.0.1:9"),
                ("HTTP_ADDR", &addr),
                ("DISCORD_PUBLIC_KEY", &key),
            ],
        );
        let mut child =
            Child(command.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("the binary runs"));
        // Refused at once; a bot that started instead is stopped after a while.
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        let status = loop {
            if let Some(status) = child.0.try_wait().expect("a status") {
                break Some(status);
            }
            if std::time::Instant::now() > deadline {
                let _ = child.0.kill();
                break None;
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut text = String::new();
        if let Some(mut err) = child.0.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut err, &mut text);
        }
        assert!(status.is_some_and(|s| !s.success()), "{mode} {url:?} started: {text}");
        assert!(
            text.contains(&format!("DATABASE_URL must name a database file, such as sqlite://alliance-digest.db, or be a postgres:// or postgresql:// URL; got {url:?}")),
            "{mode} {url:?}: {text}"
        );
        assert!(text.contains("in-memory database"), "{text}");
    }
}

/// The binary running `run` against the stand-in, its logs drained as they come (or a full pipe
/// would block it).
struct Running {
    child: Child,
    /// Every log line so far, as the process writes them.
    logs: Arc<Mutex<String>>,
    reader: std::thread::JoinHandle<()>,
}

impl Running {
    fn start(world: &World, workspace: &Workspace, envs: &[(&str, &str)]) -> Running {
        let database = format!("sqlite://{}", workspace.path("bot.db").display());
        let api = world.standin.api_url();
        let mut envs = envs.to_vec();
        envs.extend([("DISCORD_TOKEN", TOKEN), ("DISCORD_API_URL", &api), ("DATABASE_URL", &database)]);
        let mut child = run_binary(&envs)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map(Child)
            .expect("the binary starts");
        let mut pipe = child.0.stderr.take().expect("a stderr pipe");
        let logs = Arc::new(Mutex::new(String::new()));
        let written = Arc::clone(&logs);
        let reader = std::thread::spawn(move || {
            for line in std::io::BufRead::lines(std::io::BufReader::new(&mut pipe)) {
                let line = line.expect("UTF-8 logs");
                let mut logs = written.lock().expect("the logs");
                logs.push_str(&line);
                logs.push('\n');
            }
        });
        Running { child, logs, reader }
    }

    /// Waits until the process has logged `needle` `times` times.
    async fn logged(&self, needle: &str, times: usize) {
        let deadline = std::time::Instant::now() + PATIENCE;
        while self.logs.lock().expect("the logs").matches(needle).count() < times {
            assert!(std::time::Instant::now() < deadline, "{needle:?} not logged {times} times");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn pid(&self) -> u32 {
        self.child.0.id()
    }

    /// SIGTERM, then the exit status and every log line.
    async fn stop(mut self) -> (std::process::ExitStatus, String) {
        let status =
            Command::new("kill").args(["-TERM", &self.pid().to_string()]).status().expect("kill runs");
        assert!(status.success());
        let deadline = std::time::Instant::now() + Duration::from_secs(15);
        let exit = loop {
            if let Some(exit) = self.child.0.try_wait().expect("the child can be waited for") {
                break exit;
            }
            assert!(std::time::Instant::now() < deadline, "the bot did not stop after SIGTERM");
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        self.reader.join().expect("the logs are read to their end");
        let logs = std::mem::take(&mut *self.logs.lock().expect("the logs"));
        (exit, logs)
    }
}

fn assert_no_token(logs: &str) {
    for secret in [TOKEN, "Gabcde", "abcdefghijklmnopqrstuvwxyz0123456789AB"] {
        assert!(!logs.contains(secret), "the token leaked into the logs");
    }
}

/// Starts `run`, has it answer one command, stops it with SIGTERM: it exits 0 and its logs,
/// returned, never hold the token.
async fn answer_once_and_stop(envs: &[(&str, &str)]) -> String {
    let world = World::new().await;
    let workspace = Workspace::new();
    let bot = Running::start(&world, &workspace, envs);
    wait_until(|| world.registrations() > 0).await;
    world.standin.wait_ready().await;
    let answer = world.command(Some(FR_GUILD), &user(60, "fr"), ("alliance", Some("military"), &[])).await;
    assert_eq!(title(&answer), "Coopération militaire");
    let (exit, logs) = bot.stop().await;
    assert!(exit.success(), "exit status {exit}: {logs}");
    assert_no_token(&logs);
    world.assert_no_schema_errors();
    logs
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_answers_and_stops_cleanly_on_sigterm_without_logging_its_token() {
    let logs = answer_once_and_stop(&[("RUST_LOG", "debug")]).await;
    assert!(logs.contains("interaction answered"), "one line per interaction at debug: {logs}");
    assert!(logs.contains("command=/alliance military") && logs.contains("language=fr"), "{logs}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_are_one_object_per_line_with_what_an_operator_needs_by_default() {
    let logs = answer_once_and_stop(&[("LOG_FORMAT", "json")]).await;
    let lines: Vec<serde_json::Value> = logs
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON object ({e}): {line}")))
        .collect();
    let messages: Vec<(&str, &str)> = lines
        .iter()
        .map(|line| {
            let level = line["level"].as_str().expect("a level");
            (level, line["fields"]["message"].as_str().expect("a message"))
        })
        .collect();
    // Without RUST_LOG: the operator's lines, not one per interaction.
    for expected in ["connected to Discord", "commands registered", "shutting down"] {
        assert!(
            messages.iter().any(|(level, message)| *level == "INFO" && message.starts_with(expected)),
            "no {expected:?} line in {messages:?}"
        );
    }
    assert!(!messages.iter().any(|(_, message)| *message == "interaction answered"), "{messages:?}");
    assert!(lines.iter().all(|line| line["timestamp"].is_string() && line["target"].is_string()));
}

/// `run` on folders of its own, which it watches, with `settings`; connected.
async fn watching_its_folders(settings: &[(&str, &str)]) -> (World, Workspace, Running) {
    let world = World::new().await;
    let workspace = Workspace::new();
    let (data, locales) = (workspace.data(), workspace.locales());
    let mut envs = vec![
        ("ALLIANCE_DATA_DIR", data.to_str().expect("UTF-8")),
        ("ALLIANCE_LOCALES_DIR", locales.to_str().expect("UTF-8")),
    ];
    envs.extend_from_slice(settings);
    let bot = Running::start(&world, &workspace, &envs);
    wait_until(|| world.registrations() > 0).await;
    world.standin.wait_ready().await;
    (world, workspace, bot)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_fact_file_keeps_the_old_store_serving_and_is_logged_once_with_its_line() {
    // The reloader's debug lines say when a reload refused for the same problems is done.
    let (world, workspace, bot) =
        watching_its_folders(&[("RUST_LOG", "info,alliance_digest::discord::reload=debug")]).await;
    let military = ("alliance", Some("military"), &[][..]);

    // A fact whose domain does not exist, on line 3; saved, then saved again unchanged.
    let broken = "[[fact]]\nid = \"storm\"\ndomain = \"weather\"\nadded = \"2026-11-30\"\nconfidence = \"reported\"\nsource = \"article\"\n";
    workspace.write("data/facts/broken.toml", broken);
    bot.logged("reload refused", 1).await;
    workspace.write("data/facts/broken.toml", broken);
    bot.logged("still refused, for the same problems", 1).await;
    let answer = world.command(Some(FR_GUILD), &user(61, "fr"), military).await;
    assert_eq!(title(&answer), "Coopération militaire", "the old store keeps serving");

    // Fixed, then SIGHUP: served.
    std::fs::remove_file(workspace.path("data/facts/broken.toml")).expect("removed");
    let hup = Command::new("kill").args(["-HUP", &bot.pid().to_string()]).status().expect("kill runs");
    assert!(hup.success());
    bot.logged("reloaded: the new facts and locales are served", 1).await;
    let answer = world.command(Some(FR_GUILD), &user(62, "fr"), military).await;
    assert_eq!(title(&answer), "Coopération militaire");
    let (exit, logs) = bot.stop().await;
    assert!(exit.success(), "SIGHUP does not stop the bot: {exit}: {logs}");
    let file = format!("{}:3: error", workspace.path("data/facts/broken.toml").display());
    assert_eq!(logs.matches(&file).count(), 1, "the problem, with its file and line, logged once: {logs}");
    assert!(logs.contains("reload refused: the previous facts and locales stay"), "{logs}");
    assert!(logs.contains("SIGHUP: reloading the facts and locales"), "{logs}");
    assert!(logs.contains("reloaded: the new facts and locales are served"), "{logs}");
    assert_no_token(&logs);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_over_the_size_limit_is_refused_on_reload_by_name_and_the_old_store_serves() {
    let (world, workspace, bot) = watching_its_folders(&[("ALLIANCE_MAX_FILE_SIZE", "64KiB")]).await;
    // 100 KiB of comments: valid TOML, only too large.
    workspace.write("data/facts/huge.toml", &"# nothing but a comment, again and again\n".repeat(2_500));
    bot.logged("reload refused", 1).await;
    let answer = world.command(Some(FR_GUILD), &user(63, "fr"), ("alliance", Some("military"), &[])).await;
    assert_eq!(title(&answer), "Coopération militaire", "the old store keeps serving");
    let (exit, logs) = bot.stop().await;
    assert!(exit.success(), "{exit}: {logs}");
    let file = format!(
        "{}: error: cannot read the file: the file is over the size limit of 64 KiB",
        workspace.path("data/facts/huge.toml").display()
    );
    assert!(logs.contains(&file), "{logs}");
    assert!(logs.contains("reload refused: the previous facts and locales stay"), "{logs}");
}
