//! Where server settings live, behind one small trait: SQLite (embedded, the default) today, a
//! Postgres implementation when several processes share the work. Commands see only the trait.

mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;

pub use sqlite::SqliteStore;

/// A server's choice of reply language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageSetting {
    /// Follow the server's Discord locale.
    Auto,
    /// A language tag of `locales/`, such as `fr` or `en-US`.
    Fixed(String),
}

impl LanguageSetting {
    pub fn as_str(&self) -> &str {
        match self {
            LanguageSetting::Auto => "auto",
            LanguageSetting::Fixed(tag) => tag,
        }
    }

    pub fn parse(text: &str) -> LanguageSetting {
        match text {
            "auto" => LanguageSetting::Auto,
            tag => LanguageSetting::Fixed(tag.to_owned()),
        }
    }
}

/// Why the settings could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("cannot open the database {url}: {source}")]
    Open { url: String, source: sqlx::Error },
    #[error("cannot apply the migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
}

/// Everything the bot keeps: what every command and the scheduler use.
#[async_trait]
pub trait Storage: Send + Sync {
    /// A server's language setting, `None` when it never chose one.
    async fn language(&self, guild_id: u64) -> Result<Option<LanguageSetting>, StorageError>;
    /// Records a server's language setting; on error nothing has changed.
    async fn set_language(&self, guild_id: u64, setting: &LanguageSetting) -> Result<(), StorageError>;
    /// Closes the connections once in-flight work is done.
    async fn close(&self);
}

/// Opens the store a `DATABASE_URL` names (`sqlite:` URLs), applying the migrations.
pub async fn open(url: &str) -> Result<Arc<dyn Storage>, StorageError> {
    Ok(Arc::new(SqliteStore::open(url).await?))
}
