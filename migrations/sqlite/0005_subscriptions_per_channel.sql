-- A subscription per channel: a server may subscribe several channels, each with its own
-- schedule, topics, role, publishing and threads, and its own watermark. Every row of the
-- previous schema (one per server) is carried over unchanged, keyed by its channel.
CREATE TABLE digest_subscriptions_new (
    channel_id    BIGINT PRIMARY KEY,
    guild_id      BIGINT NOT NULL,
    frequency     TEXT NOT NULL,
    weekday       INTEGER,
    day           INTEGER,
    local_time    TEXT NOT NULL,
    zone          TEXT NOT NULL,
    guild_locale  TEXT,
    next_run      BIGINT NOT NULL,
    paused        TEXT,
    watermark     TEXT,
    last_run      BIGINT,
    last_period   TEXT,
    last_outcome  TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    claim_holder  TEXT,
    claim_until   BIGINT,
    claim_attempt BIGINT NOT NULL DEFAULT 0,
    -- The domains covered, 'military+economic'; NULL for every domain.
    topics        TEXT,
    -- The role mentioned at the top of each digest.
    role_id       BIGINT,
    -- 'text', 'announcement' or 'forum' (then `forum_tag`, the tag its posts carry, if the forum
    -- requires one).
    target        TEXT NOT NULL DEFAULT 'text',
    forum_tag     BIGINT,
    -- 1: each digest is published to the servers following the channel.
    publish       INTEGER NOT NULL DEFAULT 0,
    -- 1: a thread is opened on each digest.
    thread        INTEGER NOT NULL DEFAULT 0,
    -- Unix seconds: when the server was told of the pause (once per pause).
    pause_noticed BIGINT,
    -- What went wrong after the last run's post: 'publish-refused:<status>', ...
    last_notes    TEXT,
    last_message  BIGINT
);
INSERT INTO digest_subscriptions_new (channel_id, guild_id, frequency, weekday, day, local_time, zone,
    guild_locale, next_run, paused, watermark, last_run, last_period, last_outcome, created_at, updated_at,
    claim_holder, claim_until, claim_attempt)
    SELECT channel_id, guild_id, frequency, weekday, day, local_time, zone, guild_locale, next_run, paused,
        watermark, last_run, last_period, last_outcome, created_at, updated_at, claim_holder, claim_until,
        claim_attempt
    FROM digest_subscriptions;
DROP TABLE digest_subscriptions;
ALTER TABLE digest_subscriptions_new RENAME TO digest_subscriptions;
CREATE INDEX digest_subscriptions_due ON digest_subscriptions (next_run) WHERE paused IS NULL;
CREATE INDEX digest_subscriptions_guild ON digest_subscriptions (guild_id);

-- Deliveries by (channel, period). A delivery of the previous schema keeps its nonce.
CREATE TABLE digest_deliveries_new (
    channel_id   BIGINT NOT NULL,
    period       TEXT NOT NULL,
    guild_id     BIGINT NOT NULL,
    nonce        TEXT NOT NULL,
    state        TEXT NOT NULL,
    message_id   BIGINT,
    watermark    TEXT NOT NULL,
    recorded_at  BIGINT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (channel_id, period)
);
INSERT INTO digest_deliveries_new (channel_id, period, guild_id, nonce, state, message_id, watermark,
    recorded_at, attempts)
    SELECT channel_id, period, guild_id, nonce, state, message_id, watermark, recorded_at, attempts
    FROM digest_deliveries;
DROP TABLE digest_deliveries;
ALTER TABLE digest_deliveries_new RENAME TO digest_deliveries;
CREATE INDEX digest_deliveries_state ON digest_deliveries (state);

-- Each subscription's delivery log: its last runs (at most 50 kept), for /digest history.
CREATE TABLE digest_runs (
    channel_id  BIGINT NOT NULL,
    guild_id    BIGINT NOT NULL,
    -- Unix milliseconds.
    at          BIGINT NOT NULL,
    period      TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    message_id  BIGINT,
    notes       TEXT
);
CREATE INDEX digest_runs_channel ON digest_runs (channel_id, at);
-- The last run of each carried subscription starts its log.
INSERT INTO digest_runs (channel_id, guild_id, at, period, outcome)
    SELECT channel_id, guild_id, last_run * 1000, last_period, last_outcome FROM digest_subscriptions
    WHERE last_run IS NOT NULL AND last_period IS NOT NULL AND last_outcome IS NOT NULL;
