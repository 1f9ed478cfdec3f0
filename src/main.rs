//! The `alliance-digest` command line: `ask` answers a slash command as the bot would, `check`
//! validates the fact store and the locales.

use std::path::PathBuf;
use std::process::ExitCode;

use alliance_digest::config::Config;
use alliance_digest::discord::Bot;
use alliance_digest::{Answer, Engine};
use anyhow::Context;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "alliance-digest",
    version,
    about = "Sourced summaries of the Russia–North Korea alliance, in French or English"
)]
struct Cli {
    /// The fact store folder.
    #[arg(long, global = true, env = "ALLIANCE_DATA_DIR", value_name = "DIR")]
    data: Option<PathBuf>,
    /// The locales folder (one sub-folder of .ftl files per language).
    #[arg(long, global = true, env = "ALLIANCE_LOCALES_DIR", value_name = "DIR")]
    locales: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the reply to a slash command, as the bot would send it.
    Ask {
        /// The language of the reply: fr, en, or any Discord locale (English when unsupported).
        #[arg(long, default_value = "en-US")]
        lang: String,
        /// Print the Discord message payload (content, embeds, buttons) as JSON.
        #[arg(long)]
        json: bool,
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
    /// Validate the fact store and the locales, and list every problem.
    Check,
    /// Run the Discord bot (reads DISCORD_TOKEN and the rest from the environment or .env).
    Run,
}

fn main() -> ExitCode {
    // A .env file beside the binary's working folder fills in what the environment lacks.
    let _ = dotenvy::dotenv();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        // Colours for a terminal only: a log file or journal gets plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The folder given by flag or environment, else `./<name>` when it exists, else the one
/// beside this crate's sources.
fn folder(given: Option<PathBuf>, name: &str) -> PathBuf {
    given.unwrap_or_else(|| {
        let local = PathBuf::from(name);
        if local.is_dir() {
            local
        } else {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name)
        }
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let data = folder(cli.data, "data");
    let locales = folder(cli.locales, "locales");
    match cli.command {
        Command::Run => {
            let config = Config::from_lookup(|name| std::env::var(name).ok(), data.clone(), locales.clone())?;
            let (engine, warnings) = Engine::load(&data, &locales)
                .map_err(anyhow::Error::new)
                .with_context(|| format!("cannot load {} and {}", data.display(), locales.display()))?;
            for warning in warnings {
                tracing::warn!("{warning}");
            }
            let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
            runtime.block_on(async {
                let bot = Bot::build(config, engine).await?;
                bot.run_until_stopped(stop_signal()).await
            })?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => match Engine::load(&data, &locales) {
            Ok((engine, warnings)) => {
                for warning in &warnings {
                    println!("{warning}");
                }
                let summary = engine.summary();
                println!(
                    "ok: {} facts, {} languages ({}), {} messages",
                    summary.facts,
                    summary.languages.len(),
                    summary.languages.join(", "),
                    summary.messages
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(problems) => {
                for problem in &problems.0 {
                    println!("{problem}");
                }
                let errors = problems.0.iter().filter(|p| p.is_error()).count();
                println!("{errors} error(s): the store and locales are refused");
                Ok(ExitCode::FAILURE)
            }
        },
        Command::Ask { lang, json, page, png, line } => {
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
                        println!("{}", serde_json::to_string_pretty(message)?);
                    } else {
                        let texts: Vec<String> = pages.iter().map(|p| engine.plain_text(p, lang)).collect();
                        println!("{}", texts.join("\n\n"));
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Answer::Refused { error, message } => {
                    tracing::info!(%error, "user error");
                    if json {
                        println!("{}", serde_json::to_string_pretty(&message)?);
                    } else {
                        eprintln!("{}", message.content.unwrap_or_default());
                    }
                    Ok(ExitCode::from(2))
                }
            }
        }
    }
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
