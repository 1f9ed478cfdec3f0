//! The `alliance-digest` command line: `ask` answers a slash command as the bot would, `check`
//! validates the fact store and the locales (and says which translations need review), `stamp`
//! marks translations as reviewed, `backup` copies the database, `run` runs the bot on the
//! gateway, `serve` answers interactions over HTTP.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use alliance_digest::config::{Config, DatabaseSetting, Settings};
use alliance_digest::content::{files, translations};
use alliance_digest::discord::Bot;
use alliance_digest::telemetry::{self, LogSettings};
use alliance_digest::{Answer, Engine};
use anyhow::Context;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "alliance-digest",
    version,
    about = "Sourced summaries of the Russia–North Korea alliance, in the language of each server"
)]
struct Cli {
    /// The fact store folder; the copy compiled into the binary when unset.
    #[arg(long, global = true, env = "ALLIANCE_DATA_DIR", value_name = "DIR")]
    data: Option<PathBuf>,
    /// The locales folder (one sub-folder of .ftl files per language); the copy compiled into
    /// the binary when unset.
    #[arg(long, global = true, env = "ALLIANCE_LOCALES_DIR", value_name = "DIR")]
    locales: Option<PathBuf>,
    /// The largest fact or locale file read, in bytes or with KiB or MiB (1 KiB to 1 GiB); a
    /// larger one is refused with its name. Also for live reloads.
    #[arg(long, global = true, env = "ALLIANCE_MAX_FILE_SIZE", value_name = "SIZE", default_value = "4MiB")]
    max_file_size: String,
    #[command(flatten)]
    logs: LogSettings,
    #[command(subcommand)]
    command: Command,
}

/// The layouts `/layout` offers, for `ask --json`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum AskLayout {
    Components,
    Embeds,
}

#[derive(Subcommand)]
enum Command {
    /// Print the reply to a slash command, as the bot would send it.
    Ask {
        /// The language of the reply: fr, en, or any Discord locale (English when unsupported).
        #[arg(long, default_value = "en-US")]
        lang: String,
        /// Print the Discord message payload as JSON.
        #[arg(long)]
        json: bool,
        /// With --json, the layout a server chose with /layout: Discord's current one
        /// (Components V2, as the bot sends by default; embeds when a page would not fit it) or
        /// embeds.
        #[arg(long, value_enum, default_value_t = AskLayout::Components)]
        layout: AskLayout,
        /// With --json, which page of a long reply to print.
        #[arg(long, default_value_t = 1)]
        page: usize,
        /// Also write the reply's picture (the timeline's) to this PNG file.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
        /// The command, as typed in Discord: "/alliance military", "/alliance month month:july".
        #[arg(required = true, num_args = 1.., value_name = "COMMAND")]
        line: Vec<String>,
    },
    /// Validate the fact store and the locales, and list every problem; for translators, each
    /// language's missing and outdated messages.
    Check,
    /// Record that a language's translations were reviewed against the English messages as they
    /// are now (the `# en-US <hash>` line above each message), in the locales folder (--locales,
    /// else ./locales).
    Stamp {
        /// The language folder, such as de or es-ES.
        #[arg(value_name = "LANGUAGE")]
        language: String,
        /// The messages reviewed (every message of the language when none is given).
        #[arg(value_name = "MESSAGE")]
        messages: Vec<String>,
    },
    /// Write a consistent copy of the SQLite database to FILE, even while the bot runs.
    Backup {
        #[command(flatten)]
        database: DatabaseSetting,
        /// Where to write the copy (a new file).
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Run the Discord bot over the gateway: each setting is a flag or an environment variable
    /// (or a line of .env).
    Run(Settings),
    /// Run the Discord bot as an HTTP interactions endpoint (POST /interactions on HTTP_ADDR,
    /// 127.0.0.1:8080 by default), with no gateway connection: replicas behind a load balancer
    /// share one Postgres. Needs DISCORD_PUBLIC_KEY.
    Serve(Settings),
}

fn main() -> ExitCode {
    // A .env file in the working folder (or a parent) fills in what the environment lacks; one
    // that cannot be read stops everything, rather than leaving settings silently unread.
    if let Err(error) = alliance_digest::config::load_dotenv() {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    let cli = Cli::parse();
    if let Err(error) = telemetry::init(&cli.logs) {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    match run(cli) {
        Ok(code) => code,
        // The reader went away (`ask … | head`): nothing left to say, and no one to say it to.
        Err(error) if is_closed_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {}", describe(&error));
            ExitCode::FAILURE
        }
    }
}

fn is_closed_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints a line on stdout; unlike `println!`, a closed pipe is an error to return, not a panic.
fn say(text: impl std::fmt::Display) -> std::io::Result<()> {
    writeln!(std::io::stdout().lock(), "{text}")
}

/// The folder given by flag or environment, else the copy compiled into the binary: an
/// installed binary works from any folder.
fn folder(given: Option<PathBuf>, name: &str) -> PathBuf {
    given.filter(|path| !path.as_os_str().is_empty()).unwrap_or_else(|| files::bundled(name))
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if !cli.max_file_size.trim().is_empty() {
        files::set_max_file_bytes(alliance_digest::config::max_file_size(&cli.max_file_size)?);
    }
    let data = folder(cli.data, "data");
    let given_locales = cli.locales.clone();
    let locales = folder(cli.locales, "locales");
    match cli.command {
        Command::Stamp { language, messages } => {
            // Stamps are written into files: a folder on disk, never the copy in the binary.
            let dir = given_locales
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or_else(|| PathBuf::from("locales"));
            let (catalog, _) = alliance_digest::content::i18n::Catalog::load(&dir)
                .map_err(anyhow::Error::new)
                .with_context(|| format!("cannot load {}", dir.display()))?;
            let written = translations::stamp(&catalog, &language, &messages)?;
            say(format_args!("{written} stamp(s) written in {}", dir.join(&language).display()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Run(settings) => bot(settings, data, locales, Mode::Gateway),
        Command::Serve(settings) => bot(settings, data, locales, Mode::Http),
        Command::Backup { database, file } => {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            let bytes = runtime.block_on(alliance_digest::backup::backup(&database.url(), &file))?;
            say(format_args!("backup written: {} ({bytes} bytes)", file.display()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => match Engine::load(&data, &locales) {
            Ok((engine, warnings)) => {
                for warning in &warnings {
                    say(warning)?;
                }
                let statuses = translations::status(engine.catalog());
                for problem in statuses.iter().flat_map(translations::Status::problems) {
                    say(problem)?;
                }
                let summary = engine.summary();
                say(format_args!(
                    "ok: {} facts, {} languages ({}), {} messages",
                    summary.facts,
                    summary.languages.len(),
                    summary.languages.join(", "),
                    summary.messages
                ))?;
                let per_language: Vec<String> = statuses
                    .iter()
                    .map(|s| {
                        format!(
                            "{} {} missing, {} outdated",
                            s.tag,
                            s.missing.len(),
                            s.outdated.len() + s.unstamped.len()
                        )
                    })
                    .collect();
                say(format_args!("translations: {}", per_language.join("; ")))?;

                Ok(ExitCode::SUCCESS)
            }
            Err(problems) => {
                for problem in &problems.0 {
                    say(problem)?;
                }
                let errors = problems.0.iter().filter(|p| p.is_error()).count();
                say(format_args!("{errors} error(s): the store and locales are refused"))?;
                Ok(ExitCode::FAILURE)
            }
        },
        Command::Ask { lang, json, layout, page, png, line } => {
            let (engine, warnings) = Engine::load(&data, &locales)
                .map_err(anyhow::Error::new)
                .with_context(|| format!("cannot load {} and {}", data.display(), locales.display()))?;
            for warning in warnings {
                tracing::warn!("{warning}");
            }
            let lang = engine.language(&lang);
            match engine.ask(&line.join(" "), lang) {
                Answer::Reply(pages) => {
                    if let Some(file) = png {
                        let picture = pages
                            .first()
                            .and_then(|p| p.attachments.first())
                            .context("this reply has no picture: --png is for /alliance timeline")?;
                        std::fs::write(&file, &picture.data)
                            .with_context(|| format!("cannot write {}", file.display()))?;
                    }
                    if json {
                        let count = pages.len();
                        let message = pages
                            .get(page.wrapping_sub(1))
                            .with_context(|| format!("page {page} does not exist: the reply has {count}"))?;
                        let laid_out = match layout {
                            AskLayout::Components => alliance_digest::content::layout::Layout::of(message),
                            AskLayout::Embeds => None,
                        };
                        match laid_out {
                            Some(laid_out) => say(serde_json::to_string_pretty(&laid_out)?)?,
                            None => say(serde_json::to_string_pretty(message)?)?,
                        }
                    } else {
                        let texts: Vec<String> = pages.iter().map(|p| engine.plain_text(p, lang)).collect();
                        say(texts.join("\n\n"))?;
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Answer::Refused { error, message } => {
                    tracing::debug!(%error, "user error");
                    if json {
                        say(serde_json::to_string_pretty(&message)?)?;
                    } else {
                        eprintln!("{}", message.content.unwrap_or_default());
                    }
                    Ok(ExitCode::from(2))
                }
            }
        }
    }
}

/// How the bot meets Discord.
enum Mode {
    /// `run`: the gateway.
    Gateway,
    /// `serve`: the HTTP interactions endpoint.
    Http,
}

/// `run` and `serve`: checks the settings, loads the store, runs until SIGINT or SIGTERM.
fn bot(settings: Settings, data: PathBuf, locales: PathBuf, mode: Mode) -> anyhow::Result<ExitCode> {
    let config = Config::new(settings, data.clone(), locales.clone())?;
    let (engine, warnings) = Engine::load(&data, &locales)
        .map_err(anyhow::Error::new)
        .with_context(|| format!("cannot load {} and {}", data.display(), locales.display()))?;
    for warning in warnings {
        tracing::warn!("{warning}");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        let bot = Bot::build(config, engine).await?;
        match mode {
            Mode::Gateway => bot.run_until_stopped(stop_signal()).await,
            Mode::Http => bot.serve_until_stopped(stop_signal()).await,
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
async fn stop_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(signal) => signal,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM; only Ctrl-C stops the bot");
                let _ = interrupt.await;
                return;
            }
        };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

/// An error and its causes on one line, each said once: our errors often repeat their cause in
/// their own message, and anyhow's `{:#}` would then print it twice.
fn describe(error: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in error.chain() {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&cause);
        }
    }
    text
}
