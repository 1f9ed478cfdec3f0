//! `alliance-digest backup FILE`: a consistent copy of the SQLite database, safe to take while the
//! bot runs. SQLite's `VACUUM INTO` copies one snapshot of the database (a read transaction), and
//! in WAL mode the bot goes on writing meanwhile; what it commits after the snapshot is not in
//! the copy. PostgreSQL databases are backed up with `pg_dump`.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};

use crate::error::redact_url;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists: a backup never overwrites a file")]
    Exists(PathBuf),
    #[error(
        "a PostgreSQL database is backed up with pg_dump: pg_dump --format=custom --file=FILE \"$DATABASE_URL\""
    )]
    Postgres,
    #[error("DATABASE_URL must be a sqlite: URL to back up, got {:?}", redact_url(.0))]
    NotSqlite(String),
    #[error("cannot open the database {}: {source}", redact_url(url))]
    Open { url: String, source: sqlx::Error },
    #[error("the copy to {file} failed: {source}")]
    Copy { file: PathBuf, source: sqlx::Error },
    #[error("cannot move the finished copy to {file}: {source}")]
    Rename { file: PathBuf, source: std::io::Error },
}

/// Writes a copy of the database at `url` to `file` (which must not exist); returns its size in
/// bytes. The copy is written beside `file` under a `.partial` name and renamed once complete,
/// so `file` is never half a backup.
pub async fn backup(url: &str, file: &Path) -> Result<u64, BackupError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Err(BackupError::Postgres);
    }
    if !url.starts_with("sqlite:") {
        return Err(BackupError::NotSqlite(url.to_owned()));
    }
    if file.exists() {
        return Err(BackupError::Exists(file.to_path_buf()));
    }
    let open_error = |source| BackupError::Open { url: url.to_owned(), source };
    // Never create: a backup of a database that does not exist is a mistake to report.
    let options = SqliteConnectOptions::from_str(url)
        .map_err(open_error)?
        .create_if_missing(false)
        .busy_timeout(std::time::Duration::from_secs(10));
    let mut connection = options.connect().await.map_err(open_error)?;
    let mut partial = file.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let _ = std::fs::remove_file(&partial);
    let copied = sqlx::query("VACUUM INTO ?")
        .bind(partial.to_string_lossy().into_owned())
        .execute(&mut connection)
        .await
        .map_err(|source| BackupError::Copy { file: file.to_path_buf(), source });
    let _ = connection.close().await;
    if let Err(error) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    std::fs::rename(&partial, file)
        .map_err(|source| BackupError::Rename { file: file.to_path_buf(), source })?;
    Ok(std::fs::metadata(file).map(|m| m.len()).unwrap_or(0))
}
