//! The bot's configuration, read once at start: each setting is a flag and an environment
//! variable (a `.env` file fills in the environment), both read by clap in [`Settings`], then
//! checked in one place, [`Config::new`]. Every variable is listed in `.env.example` and in
//! `alliance-digest run --help`. A missing or malformed value is refused here, before any
//! network call, with what is allowed; the token never appears in a log, a debug print or
//! `--help`.

use std::fmt;
use std::path::PathBuf;

use crate::error::redact_url;

/// The default database: a file in the working folder, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://alliance-digest.db";
/// Discord's global limit: requests per second per bot.
pub const DEFAULT_RATE_LIMIT: u32 = 50;
/// How many channels of a server may have a digest, unless `DIGEST_SUBSCRIPTIONS_PER_SERVER` says.
pub const DEFAULT_SUBSCRIPTIONS_PER_SERVER: u32 = 10;
/// How many HTTP connections `HTTP_ADDR` keeps open at once, unless `HTTP_MAX_CONNECTIONS`
/// says: well under the 1,024 open files a process gets by default, which the database and
/// Discord's API share.
pub const DEFAULT_MAX_CONNECTIONS: usize = 512;

/// A bot token, shown as `[redacted]` everywhere.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A token of the shape Discord issues: three dot-separated parts.
    pub fn parse(text: &str) -> Result<Token, ConfigError> {
        let text = text.trim();
        let text = text.strip_prefix("Bot ").unwrap_or(text);
        if text.is_empty() {
            return Err(ConfigError::MissingToken);
        }
        // Discord's tokens are base64url in three dot-separated parts. Anything else (a space,
        // a newline, a letter with an accent) could only fail later, at the first HTTP header.
        if let Some(bad) = text.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
        {
            let what = match bad {
                ' ' => "a space",
                '\n' | '\r' => "a line break",
                c if c.is_control() => "a control character",
                c if !c.is_ascii() => "a non-ASCII character",
                _ => "a punctuation mark",
            };
            return Err(ConfigError::TokenCharacter(what));
        }
        serenity::utils::token::validate(text).map_err(|_| ConfigError::MalformedToken)?;
        Ok(Token(text.to_owned()))
    }

    /// The secret itself, for the HTTP client only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token([redacted])")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("DISCORD_TOKEN is not set: put the bot's token in the environment or in .env")]
    MissingToken,
    #[error("DISCORD_TOKEN is malformed: a bot token has three parts separated by dots")]
    MalformedToken,
    #[error(
        "DISCORD_TOKEN is malformed: it contains {0}; a bot token has only letters, digits, '-', '_' and dots"
    )]
    TokenCharacter(&'static str),
    #[error("DISCORD_API_URL must start with http:// or https://, got {:?}", redact_url(.0))]
    BadApiUrl(String),
    #[error("DISCORD_GUILD_ID must be a server id (a number above 0), got {0:?}")]
    BadGuildId(String),
    #[error(
        "DATABASE_URL must be a sqlite:, postgres:// or postgresql:// URL, got {:?}",
        redact_url(.0)
    )]
    BadDatabaseUrl(String),
    #[error(
        "DATABASE_URL must name a database file, such as sqlite://alliance-digest.db, or be a postgres:// or \
         postgresql:// URL; got {:?}, which opens a throwaway in-memory database: it has none of the bot's \
         tables, no other process sees it, and it is lost at exit",
        redact_url(.0)
    )]
    InMemoryDatabase(String),
    #[error("{}{}: {reason}; the settings are not loaded", path.display(), line.map(|l| format!(" line {l}")).unwrap_or_default())]
    DotEnv { path: PathBuf, line: Option<usize>, reason: String },
    #[error("DISCORD_SHARDS must be <first>-<last>/<total> (or <shard>/<total>) with first ≤ last < total, such as 0-1/4, got {0:?}")]
    BadShards(String),
    #[error("DIGEST_LEASE_SECONDS must be a number of seconds from 1 to 120 (far below Discord's nonce window), got {0:?}")]
    BadLease(String),
    #[error("DIGEST_SUBSCRIPTIONS_PER_SERVER must be a number of channels from 1 to 100, got {0:?}")]
    BadSubscriptionLimit(String),
    #[error("HTTP_ADDR must be an address and a port, such as 127.0.0.1:9100 or [::]:9100, got {0:?}")]
    BadHttpAddr(String),
    #[error("DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal digits, from the developer portal")]
    BadPublicKey,
    #[error("DISCORD_RATE_LIMIT must be a number of requests per second from 1 to 10000, got {0:?}")]
    BadRateLimit(String),
    #[error("HTTP_MAX_CONNECTIONS must be a number of connections from 16 to 100000 (keep it under the process's open-file limit, LimitNOFILE), got {0:?}")]
    BadMaxConnections(String),
    #[error("ALLIANCE_MAX_FILE_SIZE must be a size from 1 KiB to 1 GiB, in bytes or with KiB or MiB (such as 4MiB), got {0:?}")]
    BadMaxFileSize(String),
}

/// The largest fact or locale file read, as `ALLIANCE_MAX_FILE_SIZE` (`--max-file-size`) gives
/// it: bytes, or a number of KiB or MiB (`512KiB`, `4MiB`, `4 MiB`), from 1 KiB to 1 GiB.
pub fn max_file_size(text: &str) -> Result<u64, ConfigError> {
    let bad = || ConfigError::BadMaxFileSize(text.to_owned());
    let trimmed = text.trim();
    let digits = trimmed.find(|c: char| !c.is_ascii_digit()).unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at(digits);
    let unit = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1024,
        "m" | "mib" => 1024 * 1024,
        _ => return Err(bad()),
    };
    let bytes = number.parse::<u64>().ok().and_then(|n| n.checked_mul(unit)).ok_or_else(bad)?;
    if (1024..=1024 * 1024 * 1024).contains(&bytes) {
        Ok(bytes)
    } else {
        Err(bad())
    }
}

/// The settings of `run` as given, flag or environment variable (a flag wins), before they are
/// checked. No `Debug`: it holds the token as typed.
#[derive(Clone, Default, clap::Args)]
pub struct Settings {
    /// The bot's token, from the Discord developer portal (required). Prefer the environment
    /// or .env: a flag shows in the process list.
    #[arg(long = "token", env = "DISCORD_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,
    /// The base of every Discord HTTP call, for an HTTP proxy (or a test stand-in); Discord
    /// itself when unset. Behind it, serenity's own rate limiter is off.
    #[arg(long = "api-url", env = "DISCORD_API_URL", hide_env_values = true, value_name = "URL")]
    pub api_url: Option<String>,
    #[command(flatten)]
    pub database: DatabaseSetting,
    /// Requests per second the digests may send, all servers together (1 to 10000).
    #[arg(long = "rate-limit", env = "DISCORD_RATE_LIMIT", default_value = "50", value_name = "N")]
    pub rate_limit: Option<String>,
    /// Register the commands in this one server, at once, for development; globally when unset.
    #[arg(long = "guild-id", env = "DISCORD_GUILD_ID", value_name = "ID")]
    pub guild_id: Option<String>,
    /// The shards this process runs, <first>-<last>/<total> (such as 0-1/4), when several
    /// processes share the bot; every shard Discord recommends when unset.
    #[arg(long = "shards", env = "DISCORD_SHARDS", value_name = "RANGE")]
    pub shards: Option<String>,
    /// How long a claim on a due digest holds without renewal, in seconds (1 to 120).
    #[arg(
        long = "lease-seconds",
        env = "DIGEST_LEASE_SECONDS",
        default_value = "30",
        value_name = "SECONDS"
    )]
    pub lease_seconds: Option<String>,
    /// How many channels of a server may have a digest subscription (1 to 100).
    #[arg(
        long = "subscriptions-per-server",
        env = "DIGEST_SUBSCRIPTIONS_PER_SERVER",
        default_value = "10",
        value_name = "N"
    )]
    pub subscriptions_per_server: Option<String>,
    /// Serve /healthz, /readyz and /metrics (Prometheus) on this address and port, such as
    /// 127.0.0.1:9100; no HTTP server when unset. `serve` adds /interactions there, on
    /// 127.0.0.1:8080 when unset.
    #[arg(long = "http-addr", env = "HTTP_ADDR", value_name = "ADDR:PORT")]
    pub http_addr: Option<String>,
    /// How many connections HTTP_ADDR keeps open at once (16 to 100000, under the open-file
    /// limit); at the cap a new one closes the connection waiting longest without a request.
    #[arg(long = "max-connections", env = "HTTP_MAX_CONNECTIONS", default_value = "512", value_name = "N")]
    pub max_connections: Option<String>,
    /// The application's public key (64 hex digits, from the developer portal), which signs the
    /// interactions Discord posts to `serve` (required by `serve`).
    #[arg(long = "public-key", env = "DISCORD_PUBLIC_KEY", value_name = "HEX")]
    pub public_key: Option<String>,
}

/// The database, for `run` and `backup`.
#[derive(Clone, Default, clap::Args)]
pub struct DatabaseSetting {
    /// Where settings, schedules and deliveries are kept: sqlite://FILE (created on first run),
    /// or postgres://… / postgresql://…
    #[arg(
        long = "database-url",
        env = "DATABASE_URL",
        hide_env_values = true,
        default_value = DEFAULT_DATABASE_URL,
        value_name = "URL"
    )]
    pub database_url: Option<String>,
}

impl DatabaseSetting {
    /// The URL given, else the default.
    pub fn url(&self) -> String {
        given(self.database_url.clone()).unwrap_or(DEFAULT_DATABASE_URL.to_owned())
    }
}

/// The shards one process runs, out of the bot's total: `DISCORD_SHARDS=<first>-<last>/<total>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    /// Included.
    pub last: u32,
    pub total: u32,
}

impl ShardRange {
    /// `0-1/4`, or `2/4` for one shard.
    pub fn parse(text: &str) -> Option<ShardRange> {
        let (range, total) = text.trim().split_once('/')?;
        let (first, last) = range.split_once('-').unwrap_or((range, range));
        let number = |t: &str| t.trim().parse::<u32>().ok();
        let (first, last, total) = (number(first)?, number(last)?, number(total)?);
        (first <= last && last < total).then_some(ShardRange { first, last, total })
    }

    /// Whether this process runs shard 0, the one that registers the commands.
    pub fn has_first_shard(&self) -> bool {
        self.first == 0
    }
}

/// Everything `alliance-digest run` needs.
#[derive(Debug, Clone)]
pub struct Config {
    pub token: Token,
    /// The base of every Discord HTTP call, when not Discord itself (a proxy, a test stand-in).
    pub api_url: Option<String>,
    pub database_url: String,
    /// Register commands in this one server, at once, instead of globally.
    pub guild_id: Option<u64>,
    /// Requests per second the digests may send (Discord's global limit, or a proxy's), all
    /// processes sharing the database together.
    pub rate_limit: u32,
    /// The shards this process runs; `None`: every shard Discord recommends.
    pub shards: Option<ShardRange>,
    /// How long a claim on a due digest holds without renewal.
    pub lease: std::time::Duration,
    /// How many channels of a server may have a digest subscription.
    pub subscriptions_per_server: u32,
    /// Where to serve health checks and metrics, if anywhere (and `serve`'s interactions).
    pub http_addr: Option<std::net::SocketAddr>,
    /// How many HTTP connections are kept open at once.
    pub max_connections: usize,
    /// The application's Ed25519 public key, which signs interactions posted to `serve`.
    pub public_key: Option<[u8; 32]>,
    pub data_dir: PathBuf,
    pub locales_dir: PathBuf,
}

/// A whole number within `range`, when the setting is given; else `bad` with the text given.
fn number_within<T: std::str::FromStr + PartialOrd>(
    setting: Option<String>,
    range: std::ops::RangeInclusive<T>,
    bad: fn(String) -> ConfigError,
) -> Result<Option<T>, ConfigError> {
    match given(setting) {
        Some(text) => match text.trim().parse::<T>() {
            Ok(number) if range.contains(&number) => Ok(Some(number)),
            _ => Err(bad(text)),
        },
        None => Ok(None),
    }
}

/// A setting given but blank counts as not given.
fn given(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

impl Config {
    /// Reads the configuration from a lookup of environment variables such as `std::env::var`.
    pub fn from_lookup(
        lookup: impl Fn(&str) -> Option<String>,
        data_dir: PathBuf,
        locales_dir: PathBuf,
    ) -> Result<Config, ConfigError> {
        let settings = Settings {
            token: lookup("DISCORD_TOKEN"),
            api_url: lookup("DISCORD_API_URL"),
            database: DatabaseSetting { database_url: lookup("DATABASE_URL") },
            rate_limit: lookup("DISCORD_RATE_LIMIT"),
            guild_id: lookup("DISCORD_GUILD_ID"),
            shards: lookup("DISCORD_SHARDS"),
            lease_seconds: lookup("DIGEST_LEASE_SECONDS"),
            subscriptions_per_server: lookup("DIGEST_SUBSCRIPTIONS_PER_SERVER"),
            http_addr: lookup("HTTP_ADDR"),
            max_connections: lookup("HTTP_MAX_CONNECTIONS"),
            public_key: lookup("DISCORD_PUBLIC_KEY"),
        };
        Config::new(settings, data_dir, locales_dir)
    }

    /// Whether this process registers the commands: once per deployment, by the process that
    /// runs shard 0 (every `serve` replica may; the registration is claimed in the store).
    pub fn registers_commands(&self) -> bool {
        self.shards.is_none_or(|shards| shards.has_first_shard())
    }

    /// Checks every setting; the first one wrong is the error, saying what is allowed.
    pub fn new(settings: Settings, data_dir: PathBuf, locales_dir: PathBuf) -> Result<Config, ConfigError> {
        let token = Token::parse(&settings.token.unwrap_or_default())?;
        let api_url = match given(settings.api_url) {
            Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                Some(url.trim().trim_end_matches('/').to_owned())
            }
            Some(url) => return Err(ConfigError::BadApiUrl(url)),
            None => None,
        };
        let database_url = settings.database.url();
        if !["sqlite:", "postgres://", "postgresql://"].iter().any(|scheme| database_url.starts_with(scheme))
        {
            return Err(ConfigError::BadDatabaseUrl(database_url));
        }
        if opens_in_memory(&database_url) {
            return Err(ConfigError::InMemoryDatabase(database_url));
        }
        let guild_id = match given(settings.guild_id) {
            // 0 is no server: serenity's GuildId refuses it (with a panic, at registration).
            Some(id) => Some(id.trim().parse().ok().filter(|&id| id > 0).ok_or(ConfigError::BadGuildId(id))?),
            None => None,
        };
        let rate_limit = number_within(settings.rate_limit, 1..=10_000, ConfigError::BadRateLimit)?
            .unwrap_or(DEFAULT_RATE_LIMIT);
        let http_addr = match given(settings.http_addr) {
            Some(addr) => Some(addr.trim().parse().map_err(|_| ConfigError::BadHttpAddr(addr))?),
            None => None,
        };
        let shards = match given(settings.shards) {
            Some(text) => Some(ShardRange::parse(&text).ok_or(ConfigError::BadShards(text))?),
            None => None,
        };
        let lease = number_within(settings.lease_seconds, 1..=120, ConfigError::BadLease)?
            .map_or(crate::digests::scheduler::DEFAULT_LEASE, std::time::Duration::from_secs);
        let subscriptions_per_server =
            number_within(settings.subscriptions_per_server, 1..=100, ConfigError::BadSubscriptionLimit)?
                .unwrap_or(DEFAULT_SUBSCRIPTIONS_PER_SERVER);
        let max_connections =
            number_within(settings.max_connections, 16..=100_000, ConfigError::BadMaxConnections)?
                .unwrap_or(DEFAULT_MAX_CONNECTIONS);
        let public_key = match given(settings.public_key) {
            Some(text) => Some(public_key(&text).ok_or(ConfigError::BadPublicKey)?),
            None => None,
        };
        Ok(Config {
            public_key,
            token,
            api_url,
            database_url,
            guild_id,
            rate_limit,
            shards,
            lease,
            subscriptions_per_server,
            http_addr,
            max_connections,
            data_dir,
            locales_dir,
        })
    }
}

/// Whether a `sqlite:` URL opens an in-memory database rather than a file: no path
/// (`sqlite://`, `sqlite:`, `sqlite://?…`), SQLite's `:memory:` name (`sqlite::memory:`,
/// `sqlite://:memory:`, `sqlite:file::memory:`), or `mode=memory`.
fn opens_in_memory(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("sqlite:") else { return false };
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let path = path.split('#').next().unwrap_or_default().trim();
    let path = path.strip_prefix("file:").unwrap_or(path);
    let memory_mode = query.split('&').any(|pair| {
        pair.split_once('=').is_some_and(|(name, value)| {
            name.trim().eq_ignore_ascii_case("mode") && value.trim().eq_ignore_ascii_case("memory")
        })
    });
    path.is_empty() || path == ":memory:" || memory_mode
}

/// An Ed25519 public key written in hexadecimal, if it is one.
fn public_key(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut key = [0; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    serenity::interactions_endpoint::Verifier::try_new(key).ok().map(|_| key)
}

/// Fills in from the first `.env` file found in the working folder or its parents what the
/// environment lacks (the environment wins). The whole file is read before anything is set: a
/// line that cannot be read is an error naming its line (never its text, which may hold the
/// token), not the silent loss of everything after it. `None` when there is no `.env`.
pub fn load_dotenv() -> Result<Option<PathBuf>, ConfigError> {
    let Ok(here) = std::env::current_dir() else { return Ok(None) };
    let Some(path) = here.ancestors().map(|dir| dir.join(".env")).find(|path| path.is_file()) else {
        return Ok(None);
    };
    let error = |line, reason: String| ConfigError::DotEnv { path: path.clone(), line, reason };
    let text =
        std::fs::read_to_string(&path).map_err(|e| error(None, format!("cannot read the file: {e}")))?;
    let mut pairs = Vec::new();
    for item in dotenvy::from_read_iter(text.as_bytes()) {
        match item {
            Ok(pair) => pairs.push(pair),
            Err(dotenvy::Error::LineParse(rest, column)) => {
                let line = line_starting(&text, &rest);
                let reason = if column >= rest.len() && rest.contains(['"', '\'']) {
                    "a quote opened on this line is never closed".to_owned()
                } else {
                    format!("cannot read this line (at character {}): expected NAME=value", column + 1)
                };
                return Err(error(line, reason));
            }
            Err(other) => return Err(error(None, other.to_string())),
        }
    }
    for (name, value) in pairs {
        if std::env::var_os(&name).is_none() {
            std::env::set_var(name, value);
        }
    }
    Ok(Some(path))
}

/// The 1-based line of `text` where `rest` starts (dotenvy reports a bad line by its text).
fn line_starting(text: &str, rest: &str) -> Option<usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut start = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if text[start..].starts_with(rest) {
            return Some(index + 1);
        }
        start += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789AB";

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let lookup = |name: &str| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        Config::from_lookup(lookup, "data".into(), "locales".into())
    }

    #[test]
    fn a_missing_or_malformed_token_is_refused() {
        assert_eq!(config(&[]).unwrap_err(), ConfigError::MissingToken);
        assert_eq!(config(&[("DISCORD_TOKEN", "not-a-token")]).unwrap_err(), ConfigError::MalformedToken);
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let config = config(&[("DISCORD_TOKEN", TOKEN)]).expect("a valid configuration");
        assert!(!format!("{config:?}").contains("Gabcde"));
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
    }

    #[test]
    fn optional_values_are_checked() {
        let bad_url = config(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_API_URL", "ftp://x")]);
        assert!(matches!(bad_url, Err(ConfigError::BadApiUrl(_))));
        let bad_guild = config(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_GUILD_ID", "abc")]);
        assert!(matches!(bad_guild, Err(ConfigError::BadGuildId(_))));
        let bad_rate = config(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_RATE_LIMIT", "0")]);
        assert!(matches!(bad_rate, Err(ConfigError::BadRateLimit(_))));
        for bad in ["0", "15", "100001", "many"] {
            let refused = config(&[("DISCORD_TOKEN", TOKEN), ("HTTP_MAX_CONNECTIONS", bad)]);
            assert_eq!(refused.unwrap_err(), ConfigError::BadMaxConnections(bad.into()), "{bad}");
        }
        let capped = config(&[("DISCORD_TOKEN", TOKEN), ("HTTP_MAX_CONNECTIONS", "4000")]);
        assert_eq!(capped.expect("a valid configuration").max_connections, 4000);
        let ok = config(&[
            ("DISCORD_TOKEN", TOKEN),
            ("DISCORD_API_URL", "http://127.0.0.1:9/"),
            ("DISCORD_GUILD_ID", "42"),
        ])
        .expect("a valid configuration");
        assert_eq!(ok.api_url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(ok.guild_id, Some(42));
        assert_eq!(ok.rate_limit, DEFAULT_RATE_LIMIT);
        assert_eq!(ok.max_connections, DEFAULT_MAX_CONNECTIONS);
        assert_eq!((ok.shards, ok.lease), (None, crate::digests::scheduler::DEFAULT_LEASE));
    }

    #[test]
    fn postgres_urls_and_shard_ranges_are_read_and_checked() {
        let pg = config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "postgresql://bot@db/alliance")])
            .expect("a Postgres URL");
        assert_eq!(pg.database_url, "postgresql://bot@db/alliance");
        let refused = config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "mysql://bot:hunter2@db/x")]);
        assert!(!refused.unwrap_err().to_string().contains("hunter2"), "the password never shows");
        let sharded =
            config(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_SHARDS", "2-3/4"), ("DIGEST_LEASE_SECONDS", "5")])
                .expect("a shard range");
        assert_eq!(sharded.shards, Some(ShardRange { first: 2, last: 3, total: 4 }));
        assert_eq!(sharded.lease, std::time::Duration::from_secs(5));
        assert_eq!(ShardRange::parse("1/3"), Some(ShardRange { first: 1, last: 1, total: 3 }));
        for bad in ["3-1/4", "0-4/4", "a/2", "0-1", "1-2-3/4"] {
            let refused = config(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_SHARDS", bad)]);
            assert_eq!(refused.unwrap_err(), ConfigError::BadShards(bad.into()), "{bad}");
        }
        let long = config(&[("DISCORD_TOKEN", TOKEN), ("DIGEST_LEASE_SECONDS", "600")]);
        assert!(matches!(long, Err(ConfigError::BadLease(_))));
    }

    #[test]
    fn the_default_rate_in_help_is_the_default_rate() {
        use clap::Args;
        let command = Settings::augment_args(clap::Command::new("run"));
        let rate = command.get_arguments().find(|a| a.get_id() == "rate_limit").expect("--rate-limit");
        let shown: Vec<_> =
            rate.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        assert_eq!(shown, [DEFAULT_RATE_LIMIT.to_string()]);
    }

    #[test]
    fn postgres_urls_are_accepted_and_other_schemes_refused_with_the_allowed_ones() {
        for url in
            ["postgres://bot@127.0.0.1/alliance", "postgresql://bot@db/alliance", "sqlite://bot.db?mode=rwc"]
        {
            let ok =
                config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", url)]).expect("a valid configuration");
            assert_eq!(ok.database_url, url);
        }
        let error = config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "redis://x")]).unwrap_err();
        assert!(error.to_string().contains("sqlite:, postgres:// or postgresql://"), "{error}");
    }

    #[test]
    fn a_database_url_that_opens_no_file_is_refused_naming_database_url() {
        for url in [
            "sqlite://",
            "sqlite:",
            "sqlite://?mode=memory",
            "sqlite::memory:",
            "sqlite://:memory:",
            "sqlite:file::memory:?cache=shared",
            "sqlite://bot.db?mode=memory",
            "sqlite://bot.db?cache=shared&MODE=Memory",
            "sqlite://?mode=rwc",
            "sqlite:  ",
        ] {
            let refused = config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", url)]);
            assert_eq!(refused.unwrap_err(), ConfigError::InMemoryDatabase(url.to_owned()), "{url}");
        }
        for url in ["sqlite://alliance-digest.db", "sqlite:bot.db", "sqlite:///var/lib/a/bot.db?mode=rwc"] {
            let ok = config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", url)]).expect("a file");
            assert_eq!(ok.database_url, url);
        }
    }

    #[test]
    fn file_size_limits_are_read_in_bytes_kib_or_mib_within_bounds() {
        assert_eq!(max_file_size("4MiB"), Ok(4 * 1024 * 1024));
        assert_eq!(max_file_size(" 512 KiB "), Ok(512 * 1024));
        assert_eq!(max_file_size("2048"), Ok(2048));
        for bad in ["", "0", "12", "4GiB", "2048MiB", "x", "4 MB", "-1", "99999999999999999999"] {
            assert_eq!(max_file_size(bad), Err(ConfigError::BadMaxFileSize(bad.to_owned())), "{bad}");
        }
    }

    #[test]
    fn a_guild_id_of_zero_is_refused_like_any_non_id() {
        for id in ["0", " 0 ", "abc", "-1"] {
            let refused = config(&[("DISCORD_TOKEN", TOKEN), ("DISCORD_GUILD_ID", id)]);
            assert_eq!(refused.unwrap_err(), ConfigError::BadGuildId(id.to_owned()));
        }
    }

    #[test]
    fn a_token_with_a_character_no_token_has_is_refused_without_showing_it() {
        let (head, tail) = TOKEN.split_at(30);
        for (inner, what) in [
            (" ", "a space"),
            ("\n", "a line break"),
            ("é", "a non-ASCII character"),
            ("\u{7}", "a control character"),
        ] {
            let token = format!("{head}{inner}{tail}");
            let error = config(&[("DISCORD_TOKEN", &token)]).unwrap_err();
            assert_eq!(error, ConfigError::TokenCharacter(what), "{token:?}");
            assert!(!error.to_string().contains(tail), "{error}");
        }
    }

    #[test]
    fn credentials_in_urls_are_redacted() {
        let error =
            config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "mysql://root:secretpw@db.example:3306/x")])
                .unwrap_err()
                .to_string();
        assert!(
            !error.contains("secretpw") && error.contains("mysql://root:***@db.example:3306/x"),
            "{error}"
        );
        assert_eq!(
            redact_url("postgres://u:p%40ss@h/db?sslmode=require"),
            "postgres://u:***@h/db?sslmode=require"
        );
        assert_eq!(redact_url("postgres://h/db?user=u&password=pw"), "postgres://h/db?user=u&password=***");
        assert_eq!(redact_url("https://user@proxy.example/api"), "https://user@proxy.example/api");
        assert_eq!(redact_url("sqlite://alliance-digest.db"), "sqlite://alliance-digest.db");
    }
}
