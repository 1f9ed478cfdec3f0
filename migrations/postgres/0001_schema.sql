-- The PostgreSQL schema: the same tables as SQLite's (migrations/sqlite/), with instants as
-- TIMESTAMPTZ, local dates as DATE and Discord ids as BIGINT.

-- Per-server settings. One row per server that changed something; no row means defaults.
CREATE TABLE guild_settings (
    guild_id   BIGINT PRIMARY KEY,
    -- 'auto' (follow Discord's server locale) or a language tag of locales/, such as 'fr'.
    language   TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- Scheduled digests: at most one subscription per server.
CREATE TABLE digest_subscriptions (
    guild_id      BIGINT PRIMARY KEY,
    channel_id    BIGINT NOT NULL,
    -- 'daily', 'weekly' or 'monthly'; `weekday` (1 Monday to 7 Sunday) for weekly ones, `day`
    -- (1 to 28) for monthly ones.
    frequency     TEXT NOT NULL,
    weekday       INTEGER,
    day           INTEGER,
    -- The local time (HH:MM) in the IANA time zone `zone`.
    local_time    TEXT NOT NULL,
    zone          TEXT NOT NULL,
    -- The server's Discord locale when it subscribed, for the digest's language.
    guild_locale  TEXT,
    next_run      TIMESTAMPTZ NOT NULL,
    -- NULL, or why posting stopped: 'forbidden' (403) or 'gone' (404).
    paused        TEXT,
    -- The newest `added` date the last digest covered; NULL until the first one (the overview).
    watermark     DATE,
    -- The last run: when, its period (local date) and what came of it: 'posted',
    -- 'nothing-new', 'failed:<status>' or 'paused:<reason>'.
    last_run      TIMESTAMPTZ,
    last_period   DATE,
    last_outcome  TEXT,
    -- Who is posting the due digest, until when, and which attempt: a claim with a lease, taken
    -- over once expired; an outcome is recorded only by the holder of the attempt.
    claim_holder  TEXT,
    claim_until   TIMESTAMPTZ,
    claim_attempt BIGINT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX digest_subscriptions_due ON digest_subscriptions (next_run) WHERE paused IS NULL;

-- One row per (server, period) that was, or is being, posted: the intent is recorded before the
-- post, so that a holder that dies between the two leaves a row its successor settles.
CREATE TABLE digest_deliveries (
    guild_id     BIGINT NOT NULL,
    period       DATE NOT NULL,
    channel_id   BIGINT NOT NULL,
    -- Sent with the post (with enforce_nonce), derived from (server, period).
    nonce        TEXT NOT NULL,
    -- 'pending' (recorded, not confirmed), 'sent' or 'failed' (to be tried again).
    state        TEXT NOT NULL,
    message_id   BIGINT,
    -- What the subscription's watermark becomes once this is sent.
    watermark    DATE NOT NULL,
    -- Wall-clock time of the intent: message ids after it are looked at on a take-over.
    recorded_at  TIMESTAMPTZ NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (guild_id, period)
);
CREATE INDEX digest_deliveries_state ON digest_deliveries (state);

-- The digests' share of Discord's global rate limit, for every process together: the next free
-- request slot (a global 429 moves it to the end of its retry_after, for everyone).
CREATE TABLE rate_limit (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    next_slot TIMESTAMPTZ NOT NULL
);
INSERT INTO rate_limit (id, next_slot) VALUES (1, now());
