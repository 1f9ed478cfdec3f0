//! The SQLite settings store: one file, created on first run, in WAL mode so that reads never
//! wait for a write.

use std::str::FromStr;

use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::SqlitePool;

use super::{LanguageSetting, Storage, StorageError};

pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `url` and applies `migrations/`.
    pub async fn open(url: &str) -> Result<SqliteStore, StorageError> {
        let open_error = |source| StorageError::Open { url: url.to_owned(), source };
        let options = SqliteConnectOptions::from_str(url)
            .map_err(open_error)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(std::time::Duration::from_secs(2));
        let pool =
            SqlitePoolOptions::new().max_connections(4).connect_with(options).await.map_err(open_error)?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(SqliteStore { pool })
    }
}

#[async_trait]
impl Storage for SqliteStore {
    async fn language(&self, guild_id: u64) -> Result<Option<LanguageSetting>, StorageError> {
        let row: Option<(String,)> = sqlx::query_as("SELECT language FROM guild_settings WHERE guild_id = ?")
            .bind(guild_id as i64)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|(language,)| LanguageSetting::parse(&language)))
    }

    async fn set_language(&self, guild_id: u64, setting: &LanguageSetting) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO guild_settings (guild_id, language, updated_at) VALUES (?, ?, datetime('now')) \
             ON CONFLICT (guild_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at",
        )
        .bind(guild_id as i64)
        .bind(setting.as_str())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn settings_survive_reopening_the_database() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let url = format!("sqlite://{}", dir.path().join("settings.db").display());
        let store = SqliteStore::open(&url).await.expect("the database opens");
        assert_eq!(store.language(1).await.expect("a read"), None);
        store.set_language(1, &LanguageSetting::Fixed("fr".into())).await.expect("a write");
        store.set_language(2, &LanguageSetting::Auto).await.expect("a write");
        store.close().await;
        let store = SqliteStore::open(&url).await.expect("the database opens again");
        assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
        assert_eq!(store.language(2).await.expect("a read"), Some(LanguageSetting::Auto));
        store.set_language(1, &LanguageSetting::Auto).await.expect("an update");
        assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Auto));
    }

    #[tokio::test]
    async fn a_write_to_a_read_only_database_fails_and_changes_nothing() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("settings.db");
        let url = format!("sqlite://{}", path.display());
        let store = SqliteStore::open(&url).await.expect("the database opens");
        store.set_language(1, &LanguageSetting::Fixed("fr".into())).await.expect("a write");
        store.close().await;
        let read_only = SqliteStore::open(&format!("{url}?mode=ro")).await.expect("read-only opens");
        assert!(read_only.set_language(1, &LanguageSetting::Auto).await.is_err());
        assert_eq!(read_only.language(1).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
    }
}
