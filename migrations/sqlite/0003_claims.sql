-- Every instant as a number: a setting's change time becomes unix seconds like the others.
CREATE TABLE guild_settings_new (
    guild_id   BIGINT PRIMARY KEY,
    language   TEXT NOT NULL,
    -- Unix seconds.
    updated_at BIGINT NOT NULL
);
INSERT INTO guild_settings_new (guild_id, language, updated_at)
    SELECT guild_id, language, COALESCE(CAST(strftime('%s', updated_at) AS INTEGER), 0) FROM guild_settings;
DROP TABLE guild_settings;
ALTER TABLE guild_settings_new RENAME TO guild_settings;

-- Who is posting a subscription's due digest, and until when: a claim with a lease. A claim
-- whose lease ran out (its holder died) is taken over; an outcome is recorded only by the
-- holder of the claim's attempt.
ALTER TABLE digest_subscriptions ADD COLUMN claim_holder TEXT;
-- Unix milliseconds.
ALTER TABLE digest_subscriptions ADD COLUMN claim_until BIGINT;
ALTER TABLE digest_subscriptions ADD COLUMN claim_attempt BIGINT NOT NULL DEFAULT 0;
