-- A subscription per channel: a server may subscribe several channels, each with its own
-- schedule, topics, role, publishing and threads, and its own watermark. Every row of the
-- previous schema (one per server) is carried over unchanged, keyed by its channel.
ALTER TABLE digest_subscriptions DROP CONSTRAINT digest_subscriptions_pkey;
ALTER TABLE digest_subscriptions ADD PRIMARY KEY (channel_id);
CREATE INDEX digest_subscriptions_guild ON digest_subscriptions (guild_id);
-- The domains covered, 'military+economic'; NULL for every domain.
ALTER TABLE digest_subscriptions ADD COLUMN topics TEXT;
-- The role mentioned at the top of each digest.
ALTER TABLE digest_subscriptions ADD COLUMN role_id BIGINT;
-- 'text', 'announcement' or 'forum' (then `forum_tag`, the tag its posts carry, if the forum
-- requires one).
ALTER TABLE digest_subscriptions ADD COLUMN target TEXT NOT NULL DEFAULT 'text';
ALTER TABLE digest_subscriptions ADD COLUMN forum_tag BIGINT;
ALTER TABLE digest_subscriptions ADD COLUMN publish BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE digest_subscriptions ADD COLUMN thread BOOLEAN NOT NULL DEFAULT FALSE;
-- When the server was told of the pause (once per pause).
ALTER TABLE digest_subscriptions ADD COLUMN pause_noticed TIMESTAMPTZ;
-- What went wrong after the last run's post: 'publish-refused:<status>', ...
ALTER TABLE digest_subscriptions ADD COLUMN last_notes TEXT;
ALTER TABLE digest_subscriptions ADD COLUMN last_message BIGINT;

-- Deliveries by (channel, period). A delivery of the previous schema keeps its nonce.
ALTER TABLE digest_deliveries DROP CONSTRAINT digest_deliveries_pkey;
ALTER TABLE digest_deliveries ADD PRIMARY KEY (channel_id, period);

-- Each subscription's delivery log: its last runs (at most 50 kept), for /digest history.
CREATE TABLE digest_runs (
    channel_id  BIGINT NOT NULL,
    guild_id    BIGINT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    period      DATE NOT NULL,
    outcome     TEXT NOT NULL,
    message_id  BIGINT,
    notes       TEXT
);
CREATE INDEX digest_runs_channel ON digest_runs (channel_id, at);
-- The last run of each carried subscription starts its log.
INSERT INTO digest_runs (channel_id, guild_id, at, period, outcome)
    SELECT channel_id, guild_id, last_run, last_period, last_outcome FROM digest_subscriptions
    WHERE last_run IS NOT NULL AND last_period IS NOT NULL AND last_outcome IS NOT NULL;
