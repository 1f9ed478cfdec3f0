-- Per-server settings. One row per server that changed something; no row means defaults.
CREATE TABLE guild_settings (
    guild_id   BIGINT PRIMARY KEY,
    -- 'auto' (follow Discord's server locale) or a language tag of locales/, such as 'fr'.
    language   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
