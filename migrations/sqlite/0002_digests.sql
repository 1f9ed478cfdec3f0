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
    -- When the next run is due, in unix seconds.
    next_run      BIGINT NOT NULL,
    -- NULL, or why posting stopped: 'forbidden' (403) or 'gone' (404).
    paused        TEXT,
    -- The newest `added` date (YYYY-MM-DD) the last digest covered; NULL until the first one,
    -- which is the overview.
    watermark     TEXT,
    -- The last run: when (unix seconds), its period (local date) and what came of it: 'posted',
    -- 'nothing-new', 'failed:<status>' or 'paused:<reason>'.
    last_run      BIGINT,
    last_period   TEXT,
    last_outcome  TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX digest_subscriptions_due ON digest_subscriptions (next_run) WHERE paused IS NULL;

-- One row per (server, period) that was, or is being, posted: the intent is recorded before the
-- post, so that a crash between the two leaves a row that the next start reconciles.
CREATE TABLE digest_deliveries (
    guild_id     BIGINT NOT NULL,
    -- The run's local date.
    period       TEXT NOT NULL,
    channel_id   BIGINT NOT NULL,
    -- Sent with the post (with enforce_nonce), derived from (server, period).
    nonce        TEXT NOT NULL,
    -- 'pending' (recorded, not confirmed), 'sent' or 'failed' (to be tried again).
    state        TEXT NOT NULL,
    message_id   BIGINT,
    -- What the subscription's watermark becomes once this is sent.
    watermark    TEXT NOT NULL,
    -- Wall-clock unix milliseconds of the intent: message ids after it are looked at on reconcile.
    recorded_at  BIGINT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (guild_id, period)
);
CREATE INDEX digest_deliveries_state ON digest_deliveries (state);
