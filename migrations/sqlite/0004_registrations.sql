-- The command registrations done, by the fingerprint of what was registered and where: a
-- registration happens once per version of the commands, whichever process or replica starts
-- first, and again only when the commands change.
CREATE TABLE command_registrations (
    fingerprint   TEXT PRIMARY KEY,
    -- Unix seconds.
    registered_at BIGINT NOT NULL
);
