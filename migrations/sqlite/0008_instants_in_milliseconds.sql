-- Every instant in one unit, unix milliseconds, as the lease (`claim_until`), a delivery's
-- intent (`recorded_at`) and the delivery log (`digest_runs.at`) already were: the columns
-- below held unix seconds. From here on every instant column of every table is milliseconds.
UPDATE guild_settings SET updated_at = updated_at * 1000;
UPDATE digest_subscriptions SET
    next_run = next_run * 1000,
    last_run = last_run * 1000,
    created_at = created_at * 1000,
    updated_at = updated_at * 1000,
    pause_noticed = pause_noticed * 1000;
UPDATE command_registrations SET registered_at = registered_at * 1000;
UPDATE answered_interactions SET answered_at = answered_at * 1000;
