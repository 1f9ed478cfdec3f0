//! The bot's configuration, read once from the environment (and a `.env` file): every variable
//! is listed in `.env.example`. A missing or malformed value is refused here, before any
//! network call; the token never appears in a log or a debug print.

use std::fmt;
use std::path::PathBuf;

/// The default database: a file in the working folder, created on first run.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://alliance-digest.db";
/// Discord's global limit: requests per second per bot.
pub const DEFAULT_RATE_LIMIT: u32 = 50;

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
    #[error("DISCORD_API_URL must start with http:// or https://, got {0:?}")]
    BadApiUrl(String),
    #[error("DISCORD_GUILD_ID must be a server id (a number), got {0:?}")]
    BadGuildId(String),
    #[error("DATABASE_URL must be a sqlite:, postgres: or postgresql: URL, got {0:?}")]
    BadDatabaseUrl(String),
    #[error("DISCORD_SHARDS must be <first>-<last>/<total> (or <shard>/<total>) with first ≤ last < total, such as 0-1/4, got {0:?}")]
    BadShards(String),
    #[error("DIGEST_LEASE_SECONDS must be a number of seconds from 1 to 120 (far below Discord's nonce window), got {0:?}")]
    BadLease(String),
    #[error("DISCORD_RATE_LIMIT must be a number of requests per second from 1 to 10000, got {0:?}")]
    BadRateLimit(String),
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
    pub data_dir: PathBuf,
    pub locales_dir: PathBuf,
}

impl Config {
    /// Reads the configuration from a lookup such as `std::env::var`.
    pub fn from_lookup(
        lookup: impl Fn(&str) -> Option<String>,
        data_dir: PathBuf,
        locales_dir: PathBuf,
    ) -> Result<Config, ConfigError> {
        let token = Token::parse(&lookup("DISCORD_TOKEN").unwrap_or_default())?;
        let api_url = match lookup("DISCORD_API_URL").filter(|u| !u.trim().is_empty()) {
            Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                Some(url.trim().trim_end_matches('/').to_owned())
            }
            Some(url) => return Err(ConfigError::BadApiUrl(url)),
            None => None,
        };
        let database_url = lookup("DATABASE_URL")
            .filter(|u| !u.trim().is_empty())
            .unwrap_or(DEFAULT_DATABASE_URL.to_owned());
        if !["sqlite:", "postgres:", "postgresql:"].iter().any(|scheme| database_url.starts_with(scheme)) {
            // Never echo a URL that may carry a password.
            return Err(ConfigError::BadDatabaseUrl(crate::storage::redacted(&database_url)));
        }
        let guild_id = match lookup("DISCORD_GUILD_ID").filter(|g| !g.trim().is_empty()) {
            Some(id) => Some(id.trim().parse().map_err(|_| ConfigError::BadGuildId(id))?),
            None => None,
        };
        let rate_limit = match lookup("DISCORD_RATE_LIMIT").filter(|r| !r.trim().is_empty()) {
            Some(rate) => rate
                .trim()
                .parse()
                .ok()
                .filter(|r| (1..=10_000).contains(r))
                .ok_or(ConfigError::BadRateLimit(rate))?,
            None => DEFAULT_RATE_LIMIT,
        };
        let shards = match lookup("DISCORD_SHARDS").filter(|s| !s.trim().is_empty()) {
            Some(text) => Some(ShardRange::parse(&text).ok_or(ConfigError::BadShards(text))?),
            None => None,
        };
        let lease = match lookup("DIGEST_LEASE_SECONDS").filter(|l| !l.trim().is_empty()) {
            Some(text) => text
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|s| (1..=120).contains(s))
                .map(std::time::Duration::from_secs)
                .ok_or(ConfigError::BadLease(text))?,
            None => crate::scheduler::DEFAULT_LEASE,
        };
        Ok(Config {
            token,
            api_url,
            database_url,
            guild_id,
            rate_limit,
            shards,
            lease,
            data_dir,
            locales_dir,
        })
    }
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
        let ok = config(&[
            ("DISCORD_TOKEN", TOKEN),
            ("DISCORD_API_URL", "http://127.0.0.1:9/"),
            ("DISCORD_GUILD_ID", "42"),
        ])
        .expect("a valid configuration");
        assert_eq!(ok.api_url.as_deref(), Some("http://127.0.0.1:9"));
        assert_eq!(ok.guild_id, Some(42));
        assert_eq!(ok.rate_limit, DEFAULT_RATE_LIMIT);
        assert_eq!((ok.shards, ok.lease), (None, crate::scheduler::DEFAULT_LEASE));
    }

    #[test]
    fn postgres_urls_and_shard_ranges_are_read_and_checked() {
        let pg = config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "postgresql://bot@db/alliance")])
            .expect("a Postgres URL");
        assert_eq!(pg.database_url, "postgresql://bot@db/alliance");
        let refused = config(&[("DISCORD_TOKEN", TOKEN), ("DATABASE_URL", "mysql://bot:hunter2@db/x")]);
        assert_eq!(refused.unwrap_err(), ConfigError::BadDatabaseUrl("mysql://bot:[redacted]@db/x".into()));
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
}
