-- Discord lets a bot IDENTIFY once per rate-limit bucket (shard id % max_concurrency) every
-- 5 seconds, across all its processes. One row per bucket holds its last identify, by the
-- database's clock (so that the hosts' clocks need not agree): a process takes a turn with a
-- conditional upsert, granted only when the spacing has passed since the last one.
CREATE TABLE identify_buckets (
    bucket        INTEGER PRIMARY KEY,
    last_identify TIMESTAMPTZ NOT NULL
);
