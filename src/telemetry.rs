//! Logs: human-readable lines by default, or one JSON object per line for a log store
//! (`LOG_FORMAT=json`), on stderr. The default filter shows what an operator needs without
//! `RUST_LOG`: connected, shards ready, commands registered, each digest run's summary; the line
//! per interaction is at debug. Never message content, never the token.

/// What is logged when `RUST_LOG` is not set: warnings from every crate, and the bot's own
/// operator lines.
pub const DEFAULT_FILTER: &str = "warn,alliance_digest=info";

/// How log lines are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// One human-readable line per event (colours on a terminal only).
    #[default]
    Text,
    /// One JSON object per line: timestamp, level, target, fields, spans.
    Json,
}

/// The log settings, flags or environment variables, for every subcommand.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct LogSettings {
    /// What to log: a tracing filter (error, warn, info, debug, trace, or per module such as
    /// alliance_digest=debug).
    #[arg(long = "log", env = "RUST_LOG", global = true, default_value = DEFAULT_FILTER, value_name = "FILTER")]
    pub filter: Option<String>,
    /// The shape of log lines on stderr.
    #[arg(long = "log-format", env = "LOG_FORMAT", global = true, value_enum, default_value_t = LogFormat::Text)]
    pub format: LogFormat,
}

#[derive(Debug, thiserror::Error)]
#[error("RUST_LOG is not a filter tracing can read ({0}); examples: warn, info, warn,alliance_digest=debug")]
pub struct BadFilter(String);

/// Installs the global subscriber; a filter that cannot be read is refused.
pub fn init(settings: &LogSettings) -> Result<(), BadFilter> {
    let text = settings.filter.as_deref().filter(|f| !f.trim().is_empty()).unwrap_or(DEFAULT_FILTER);
    let filter =
        tracing_subscriber::EnvFilter::builder().parse(text).map_err(|error| BadFilter(error.to_string()))?;
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match settings.format {
        // Colours for a terminal only: a log file or journal gets plain text.
        LogFormat::Text => builder.with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr())).init(),
        LogFormat::Json => builder.json().with_current_span(true).with_span_list(false).init(),
    }
    Ok(())
}
