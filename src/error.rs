//! The error every store returns, whatever feature asked: declared here, apart from both the
//! features that declare what they need kept (their ports) and the stores that keep it; and
//! how a URL is shown in an error or a log, without its password.

/// Why the storage could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("cannot open the database {}: {source}", redact_url(url))]
    Open { url: String, source: sqlx::Error },
    #[error("cannot apply the migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
    #[error(
        "the database file {} was deleted or replaced while the bot runs: writes are refused; \
         restore it from a backup, or restart the bot to start a new one",
        .0.display()
    )]
    FileGone(std::path::PathBuf),
    #[error("the database holds a value this version cannot read: {0}")]
    Corrupt(String),
}

/// A write a user asked for (a setting, a subscription) that failed: nothing changed. A command
/// that lets it through `?` answers with the "not saved" apology, without saying so itself.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct WriteError(#[from] pub StorageError);

impl From<sqlx::Error> for WriteError {
    fn from(error: sqlx::Error) -> WriteError {
        WriteError(error.into())
    }
}

/// A URL as it may be printed or logged: a password in it (`scheme://user:password@host`, or a
/// `password=` parameter) is replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let mut text = url.to_owned();
    if let Some(scheme_end) = text.find("://") {
        let authority_start = scheme_end + 3;
        let authority_end =
            text[authority_start..].find(['/', '?', '#']).map_or(text.len(), |i| authority_start + i);
        if let Some(at) = text[authority_start..authority_end].rfind('@') {
            let userinfo = &text[authority_start..authority_start + at];
            if let Some(colon) = userinfo.find(':') {
                text.replace_range(authority_start + colon + 1..authority_start + at, "***");
            }
        }
    }
    if let Some(query_start) = text.find('?') {
        let (base, query) = text.split_at(query_start + 1);
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((name, _)) if name.to_ascii_lowercase().contains("password") => format!("{name}=***"),
                _ => pair.to_owned(),
            })
            .collect();
        text = format!("{base}{}", pairs.join("&"));
    }
    text
}
