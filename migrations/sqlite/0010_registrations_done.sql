-- A registration claim is done once Discord has taken the commands: until then another process
-- starting beside the one registering would find Discord without them and register them twice.
-- Registrations recorded before this column were done.
ALTER TABLE command_registrations ADD COLUMN done INTEGER NOT NULL DEFAULT 1;
