//! The one place that decides which language an answer speaks.
//!
//! - A public answer (a reply everyone in the channel sees, a digest) speaks the server's
//!   language: its `/language` setting, else its Discord locale when we have that language,
//!   else English. It never depends on who asked. In a DM there is no server: the user's
//!   language is used.
//! - A private answer (an ephemeral reply, an autocomplete, an error) speaks the user's Discord
//!   locale when we have that language, else the server's language as above.

use crate::content::i18n::{Catalog, Lang};
use crate::storage::{LanguageSetting, Storage};

/// How long a settings read may take before an answer goes on without it: Discord wants an
/// answer to an interaction within 3 seconds.
const SETTINGS_READ_BUDGET: std::time::Duration = std::time::Duration::from_millis(1500);

/// Who is asking, and where: all that the language of an answer depends on.
#[derive(Debug, Clone, Copy)]
pub struct Audience<'a> {
    /// The server, or `None` in a DM.
    pub guild: Option<u64>,
    /// The server's Discord locale, when Discord sent it.
    pub guild_locale: Option<&'a str>,
    /// The user's Discord locale.
    pub user_locale: &'a str,
}

impl Audience<'_> {
    /// The language of a public answer.
    pub async fn public(&self, storage: &dyn Storage, catalog: &Catalog) -> Lang {
        match self.guild {
            Some(guild) => server_language(storage, catalog, guild, self.guild_locale).await,
            None => catalog.negotiate(self.user_locale),
        }
    }

    /// The language of a private answer.
    pub async fn private(&self, storage: &dyn Storage, catalog: &Catalog) -> Lang {
        match catalog.supports(self.user_locale) {
            Some(lang) => lang,
            None => self.public(storage, catalog).await,
        }
    }
}

/// A server's language: its `/language` setting, else its Discord locale when we have that
/// language, else English. A store that cannot answer in time counts as no setting.
pub async fn server_language(
    storage: &dyn Storage,
    catalog: &Catalog,
    guild: u64,
    guild_locale: Option<&str>,
) -> Lang {
    let server_locale = || guild_locale.and_then(|l| catalog.supports(l)).unwrap_or(catalog.fallback());
    match tokio::time::timeout(SETTINGS_READ_BUDGET, storage.language(guild)).await {
        Ok(Ok(Some(LanguageSetting::Fixed(tag)))) => catalog.negotiate(&tag),
        Ok(Ok(Some(LanguageSetting::Auto) | None)) => server_locale(),
        Ok(Err(error)) => {
            tracing::warn!(%error, guild, "cannot read the server's language; using its locale");
            server_locale()
        }
        Err(_) => {
            tracing::warn!(guild, "reading the server's language timed out; using its locale");
            server_locale()
        }
    }
}
