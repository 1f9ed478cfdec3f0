-- The interactions answered over HTTP (`serve`), by id, shared by every replica: Discord never
-- sends an interaction twice, so an id seen again, by any replica, is a replay of a captured
-- request, refused. Rows older than the signature's five-minute window are pruned: past it, the
-- timestamp refuses a replay.
CREATE TABLE answered_interactions (
    interaction_id BIGINT PRIMARY KEY,
    answered_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX answered_interactions_by_time ON answered_interactions (answered_at);
