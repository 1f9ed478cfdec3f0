-- Discord lets a bot IDENTIFY once per rate-limit bucket (shard id % max_concurrency) every
-- 5 seconds, across all its processes. One row per bucket holds its last identify: a process
-- takes a turn with a conditional upsert, granted only when the spacing has passed since the
-- last one.
CREATE TABLE identify_buckets (
    bucket        INTEGER PRIMARY KEY,
    -- Unix milliseconds.
    last_identify INTEGER NOT NULL
);
