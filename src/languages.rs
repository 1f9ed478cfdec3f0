//! The one place that decides which language an answer speaks.
//!
//! - A public answer (a reply everyone in the channel sees, a digest) speaks the server's
//!   language: its `/language` setting, else its Discord locale when we have that language,
//!   else English. It never depends on who asked. In a DM there is no server: the user's
//!   language is used.
//! - A private answer (an ephemeral reply, an autocomplete, an error) speaks the user's Discord
//!   locale when we have that language, else the server's language as above.

use std::collections::HashMap;
use std::sync::RwLock;

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use crate::content::i18n::{Catalog, Lang};
use crate::error::{StorageError, WriteError};

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

/// How a server's replies and digests are laid out (`/layout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LayoutSetting {
    /// Discord's Components V2 (a container of text displays), the default; a message that
    /// would not fit it goes as embeds.
    #[default]
    Components,
    /// Embeds, as before Components V2.
    Embeds,
}

impl LayoutSetting {
    pub fn as_str(self) -> &'static str {
        match self {
            LayoutSetting::Components => "components",
            LayoutSetting::Embeds => "embeds",
        }
    }

    pub fn parse(text: &str) -> Option<LayoutSetting> {
        [LayoutSetting::Components, LayoutSetting::Embeds].into_iter().find(|l| l.as_str() == text)
    }
}

/// A server's settings as kept: `None` for what it never chose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerSettings {
    pub language: Option<LanguageSetting>,
    pub layout: Option<LayoutSetting>,
}

/// Servers' settings, declared here and implemented by both stores.
#[async_trait]
pub trait LanguageStore: Send + Sync {
    /// A server's settings (all `None` when it never chose any).
    async fn settings(&self, guild_id: u64) -> Result<ServerSettings, StorageError>;
    /// A server's language setting, `None` when it never chose one.
    async fn language(&self, guild_id: u64) -> Result<Option<LanguageSetting>, StorageError> {
        Ok(self.settings(guild_id).await?.language)
    }
    /// Records a server's language setting; on error nothing has changed.
    async fn set_language(
        &self,
        guild_id: u64,
        setting: &LanguageSetting,
        now: DateTime<Utc>,
    ) -> Result<(), WriteError>;
    /// Records a server's layout setting; on error nothing has changed.
    async fn set_layout(
        &self,
        guild_id: u64,
        layout: LayoutSetting,
        now: DateTime<Utc>,
    ) -> Result<(), WriteError>;
}

/// The layout of a server's replies and digests: its `/layout` setting, else Components V2. A
/// store that cannot answer in time counts as no setting.
pub async fn server_layout(storage: &dyn LanguageStore, guild: u64) -> LayoutSetting {
    match tokio::time::timeout(SETTINGS_READ_BUDGET, storage.settings(guild)).await {
        Ok(Ok(settings)) => settings.layout.unwrap_or_default(),
        Ok(Err(error)) => {
            tracing::warn!(%error, guild, "cannot read the server's layout; using the default");
            LayoutSetting::default()
        }
        Err(_) => {
            tracing::warn!(guild, "reading the server's layout timed out; using the default");
            LayoutSetting::default()
        }
    }
}

/// Servers' Discord locales as they were last reported (by the gateway, or with an
/// interaction), for the language of what is posted when nobody asks: the digests.
#[derive(Default)]
pub struct GuildLocales(RwLock<HashMap<u64, String>>);

impl GuildLocales {
    /// Notes a server's locale. Every interaction over HTTP brings it: the write lock is taken
    /// only when it changed.
    pub fn set(&self, guild: u64, locale: &str) {
        let known = self.0.read().unwrap_or_else(|e| e.into_inner()).get(&guild).is_some_and(|l| l == locale);
        if !known {
            self.0.write().unwrap_or_else(|e| e.into_inner()).insert(guild, locale.to_owned());
        }
    }

    pub fn get(&self, guild: u64) -> Option<String> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).get(&guild).cloned()
    }
}

/// The language a server's digest speaks: as [`server_language`], with the server's locale as
/// last reported, else as it was when the channel subscribed. The scheduler and `/digest
/// preview` both ask here.
pub async fn digest_language(
    storage: &dyn LanguageStore,
    catalog: &Catalog,
    locales: &GuildLocales,
    guild: u64,
    subscribed_locale: Option<&str>,
) -> Lang {
    let locale = locales.get(guild);
    server_language(storage, catalog, guild, locale.as_deref().or(subscribed_locale)).await
}

/// The language a user's personal digest speaks: their Discord language as of their last
/// interaction with the bot, as a DM answer to them would (English for a language we lack).
pub fn personal_language(catalog: &Catalog, user_locale: Option<&str>) -> Lang {
    user_locale.map_or(catalog.fallback(), |locale| catalog.negotiate(locale))
}

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
    pub async fn public(&self, storage: &dyn LanguageStore, catalog: &Catalog) -> Lang {
        match self.guild {
            Some(guild) => server_language(storage, catalog, guild, self.guild_locale).await,
            None => catalog.negotiate(self.user_locale),
        }
    }

    /// The language of a private answer.
    pub async fn private(&self, storage: &dyn LanguageStore, catalog: &Catalog) -> Lang {
        match catalog.supports(self.user_locale) {
            Some(lang) => lang,
            None => self.public(storage, catalog).await,
        }
    }
}

/// A server's language: its `/language` setting, else its Discord locale when we have that
/// language, else English. A store that cannot answer in time counts as no setting.
pub async fn server_language(
    storage: &dyn LanguageStore,
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
