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

/// The metrics, by name; `/metrics` serves them in Prometheus's text format. Counters count
/// since the process started, so several processes add up.
pub mod names {
    /// Interactions answered, by `command` (`/alliance military`, `page button`, …) and
    /// `outcome` (`answered`, or the reason of a refusal or failure, as below).
    pub const INTERACTIONS: &str = "alliance_interactions_total";
    /// Interactions that ended in an error message, by `command` and `reason` (`internal`,
    /// `storage`, `permissions`, `bad_option`, `outdated_command`, `other`).
    pub const INTERACTION_ERRORS: &str = "alliance_interaction_errors_total";
    /// From an interaction's arrival to its answer sent, in seconds: a histogram, by `command`.
    pub const INTERACTION_SECONDS: &str = "alliance_interaction_duration_seconds";
    /// Scheduled digest runs, by `outcome` (`posted`, `nothing_new`, `failed`, `paused`, …).
    pub const DIGESTS: &str = "alliance_digests_total";
    /// Requests sent to Discord by the digest poster, by `kind` (`digest_post`); its rate is the
    /// requests per second sent. Interaction answers are not counted here (serenity sends them).
    pub const DISCORD_REQUESTS: &str = "alliance_discord_requests_total";
    /// 429 answers met while posting digests, by `global` (`true`, `false`).
    pub const RATE_LIMITED: &str = "alliance_discord_rate_limited_total";
    /// Each shard's last heartbeat round trip, by `shard`, read at each scrape.
    pub const SHARD_LATENCY: &str = "alliance_shard_latency_seconds";
    /// Shards connected to the gateway, and shards started, read at each scrape.
    pub const SHARDS_CONNECTED: &str = "alliance_shards_connected";
    pub const SHARDS: &str = "alliance_shards";
    /// Reloads of the facts and locales, by `outcome` (`applied`, `refused`).
    pub const RELOADS: &str = "alliance_reloads_total";
    /// Facts and languages loaded (at start, then at each reload applied).
    pub const FACTS: &str = "alliance_facts_loaded";
    pub const LANGUAGES: &str = "alliance_languages_loaded";
}

/// The histogram buckets of answer latency, in seconds: Discord wants an answer within 3 s.
const LATENCY_BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

static METRICS: std::sync::OnceLock<metrics_exporter_prometheus::PrometheusHandle> =
    std::sync::OnceLock::new();

/// The process's metrics recorder, installed at the first call: before it, recording a metric
/// costs nothing and keeps nothing (a bot without HTTP_ADDR never installs it).
pub fn metrics() -> &'static metrics_exporter_prometheus::PrometheusHandle {
    METRICS.get_or_init(|| {
        use metrics_exporter_prometheus::{Matcher, PrometheusBuilder};
        PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full(names::INTERACTION_SECONDS.to_owned()), LATENCY_BUCKETS)
            .expect("the buckets are not empty")
            .install_recorder()
            .expect("no other metrics recorder is installed")
    })
}
