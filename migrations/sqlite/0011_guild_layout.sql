-- A server's layout of replies and digests (`/layout`): 'components' (Components V2) or
-- 'embeds'; NULL for the default, Components V2.
ALTER TABLE guild_settings ADD COLUMN layout TEXT;
