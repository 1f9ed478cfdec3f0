//! The JSON Discord sends, built as its documentation describes each object. `tests/it/standin.rs`
//! checks every builder here against serenity's own model types: a payload serenity cannot read
//! would become an "unknown event" and the bot would silently never answer.

use serde_json::{json, Value};

/// The bot's application id, which is also its user id.
pub const APPLICATION_ID: u64 = 1_100_000_000_000_000_001;
pub const BOT_NAME: &str = "alliance-digest";

/// Permission bits the stand-in uses (Discord's values).
pub mod permission {
    pub const VIEW_CHANNEL: u64 = 1 << 10;
    pub const SEND_MESSAGES: u64 = 1 << 11;
    pub const EMBED_LINKS: u64 = 1 << 14;
    pub const READ_MESSAGE_HISTORY: u64 = 1 << 16;
    pub const MANAGE_GUILD: u64 = 1 << 5;
    pub const ADMINISTRATOR: u64 = 1 << 3;
    pub const USE_APPLICATION_COMMANDS: u64 = 1 << 31;
    pub const MENTION_EVERYONE: u64 = 1 << 17;
    pub const MANAGE_THREADS: u64 = 1 << 34;
    pub const CREATE_PUBLIC_THREADS: u64 = 1 << 35;
    /// What @everyone may do in a fresh server, as far as the bot cares.
    pub const EVERYONE: u64 = VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | READ_MESSAGE_HISTORY
        | USE_APPLICATION_COMMANDS
        | CREATE_PUBLIC_THREADS;
}

/// Who invokes an interaction.
#[derive(Debug, Clone)]
pub struct Invoker {
    pub user_id: u64,
    /// The user's Discord client language.
    pub locale: String,
    /// The member's permissions in the channel (Discord computes them for each interaction).
    pub permissions: u64,
}

/// A channel of a server, with the permissions its overwrites deny to @everyone.
#[derive(Debug, Clone, Default)]
pub struct ChannelSpec {
    pub id: u64,
    pub name: String,
    pub deny_everyone: u64,
    /// Discord's channel type: 0 text, 5 announcement, 15 forum.
    pub kind: u8,
    /// A forum's tags: id, name, moderated.
    pub tags: Vec<(u64, String, bool)>,
    /// A forum whose posts must carry a tag.
    pub require_tag: bool,
}

/// A role of a server besides @everyone.
#[derive(Debug, Clone, Default)]
pub struct RoleSpec {
    pub id: u64,
    pub name: String,
    pub mentionable: bool,
}

/// A server the bot is in.
#[derive(Debug, Clone, Default)]
pub struct GuildSpec {
    pub id: u64,
    pub locale: String,
    pub channels: Vec<ChannelSpec>,
    pub roles: Vec<RoleSpec>,
    pub system_channel: Option<u64>,
}

impl GuildSpec {
    /// The channel where members type commands.
    pub fn general(&self) -> &ChannelSpec {
        &self.channels[0]
    }

    /// The bot's permissions in a channel: @everyone's, less the channel's denials.
    pub fn bot_permissions(&self, channel: u64) -> u64 {
        let deny = self.channels.iter().find(|c| c.id == channel).map_or(0, |c| c.deny_everyone);
        permission::EVERYONE & !deny
    }
}

pub fn user(id: u64, bot: bool) -> Value {
    let username = if bot { BOT_NAME.to_owned() } else { format!("member{id}") };
    json!({
        "id": id.to_string(),
        "username": username,
        "discriminator": "0",
        "global_name": null,
        "avatar": null,
        "bot": bot,
        "system": false,
        "public_flags": 0,
        "flags": 0,
    })
}

pub fn role(id: u64, name: &str, permissions: u64, mentionable: bool) -> Value {
    json!({
        "id": id.to_string(),
        "name": name,
        "color": 0,
        "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": 0,
        "permissions": permissions.to_string(),
        "managed": false,
        "mentionable": mentionable,
        "flags": 0,
    })
}

pub fn channel(guild: &GuildSpec, spec: &ChannelSpec) -> Value {
    let overwrites = if spec.deny_everyone == 0 {
        json!([])
    } else {
        // The @everyone role has the server's id.
        json!([{ "id": guild.id.to_string(), "type": 0, "allow": "0", "deny": spec.deny_everyone.to_string() }])
    };
    let mut value = json!({
        "id": spec.id.to_string(),
        "type": spec.kind,
        "guild_id": guild.id.to_string(),
        "name": spec.name,
        "position": 0,
        "permission_overwrites": overwrites,
        "topic": null,
        "nsfw": false,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "parent_id": null,
        "flags": if spec.require_tag { 1 << 4 } else { 0 },
    });
    if spec.kind == 15 {
        let tags: Vec<Value> = spec
            .tags
            .iter()
            .map(|(id, name, moderated)| {
                json!({ "id": id.to_string(), "name": name, "moderated": moderated, "emoji_id": null, "emoji_name": "📰" })
            })
            .collect();
        value["available_tags"] = json!(tags);
        value["default_reaction_emoji"] = Value::Null;
        value["default_sort_order"] = Value::Null;
        value["default_forum_layout"] = json!(0);
    }
    value
}

/// A thread the bot opened: on a message (type 11, public) or as a forum post.
pub fn thread(id: u64, guild: u64, parent: u64, name: &str, tags: &[String]) -> Value {
    json!({
        "id": id.to_string(),
        "type": 11,
        "guild_id": guild.to_string(),
        "parent_id": parent.to_string(),
        "owner_id": APPLICATION_ID.to_string(),
        "name": name,
        "last_message_id": null,
        "rate_limit_per_user": 0,
        "message_count": 0,
        "member_count": 1,
        "thread_metadata": {
            "archived": false,
            "auto_archive_duration": 1440,
            "archive_timestamp": "2026-11-24T12:00:00.000000+00:00",
            "locked": false,
        },
        "applied_tags": tags,
        "flags": 0,
    })
}

/// The server as the REST API returns it (`GET /guilds/{id}`).
pub fn guild(spec: &GuildSpec) -> Value {
    json!({
        "id": spec.id.to_string(),
        "name": format!("Server {}", spec.id),
        "icon": null,
        "splash": null,
        "discovery_splash": null,
        "owner_id": "1",
        "afk_channel_id": null,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": std::iter::once(role(spec.id, "@everyone", permission::EVERYONE, false))
            .chain(spec.roles.iter().map(|r| role(r.id, &r.name, 0, r.mentionable)))
            .collect::<Vec<_>>(),
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "application_id": null,
        "system_channel_id": spec.system_channel.map(|c| c.to_string()),
        "system_channel_flags": 0,
        "rules_channel_id": null,
        "vanity_url_code": null,
        "description": null,
        "banner": null,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": spec.locale,
        "public_updates_channel_id": null,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": false,
        "stickers": [],
        "safety_alerts_channel_id": null,
    })
}

/// The GUILD_CREATE event: the server, with the extra fields the gateway adds.
pub fn guild_create(spec: &GuildSpec) -> Value {
    let mut value = guild(spec);
    let extra = json!({
        "joined_at": "2026-01-01T00:00:00.000000+00:00",
        "large": false,
        "unavailable": false,
        "member_count": 2,
        "voice_states": [],
        "members": [member(user(APPLICATION_ID, true), None)],
        "channels": spec.channels.iter().map(|c| channel(spec, c)).collect::<Vec<_>>(),
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    });
    merge(&mut value, extra);
    value
}

pub fn member(user: Value, permissions: Option<u64>) -> Value {
    let mut value = json!({
        "user": user,
        "nick": null,
        "avatar": null,
        "roles": [],
        "joined_at": "2026-01-01T00:00:00.000000+00:00",
        "premium_since": null,
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
    });
    if let Some(permissions) = permissions {
        value["permissions"] = json!(permissions.to_string());
    }
    value
}

pub fn ready(session_id: &str, resume_url: &str, guilds: &[u64], shard: [u32; 2]) -> Value {
    json!({
        "v": 10,
        "user": user(APPLICATION_ID, true),
        "guilds": guilds.iter().map(|id| json!({ "id": id.to_string(), "unavailable": true })).collect::<Vec<_>>(),
        "session_id": session_id,
        "resume_gateway_url": resume_url,
        "shard": shard,
        "application": { "id": APPLICATION_ID.to_string(), "flags": 0 },
    })
}

/// The fields every interaction shares; `kind` is 2 (command), 3 (component) or 4 (autocomplete).
pub fn interaction(
    id: u64,
    token: &str,
    kind: u8,
    guild: Option<&GuildSpec>,
    who: &Invoker,
    data: Value,
) -> Value {
    let mut value = json!({
        "id": id.to_string(),
        "application_id": APPLICATION_ID.to_string(),
        "type": kind,
        "data": data,
        "token": token,
        "version": 1,
        "locale": who.locale,
        "entitlements": [],
        "attachment_size_limit": 10_485_760,
    });
    match guild {
        Some(guild) => {
            let channel = guild.general();
            merge(
                &mut value,
                json!({
                    "guild_id": guild.id.to_string(),
                    "guild": { "id": guild.id.to_string(), "locale": guild.locale, "features": [] },
                    "guild_locale": guild.locale,
                    "channel_id": channel.id.to_string(),
                    "channel": { "id": channel.id.to_string(), "type": 0, "name": channel.name, "guild_id": guild.id.to_string(), "permissions": who.permissions.to_string() },
                    "member": member(user(who.user_id, false), Some(who.permissions)),
                    "app_permissions": guild.bot_permissions(channel.id).to_string(),
                    "authorizing_integration_owners": { "0": guild.id.to_string() },
                    "context": 0,
                }),
            );
        }
        None => {
            // A direct message with the bot: the channel is the DM, there is no member.
            let dm = dm_channel_id(who.user_id);
            merge(
                &mut value,
                json!({
                    "channel_id": dm.to_string(),
                    "channel": { "id": dm.to_string(), "type": 1, "recipients": [user(who.user_id, false)] },
                    "user": user(who.user_id, false),
                    "app_permissions": permission::EVERYONE.to_string(),
                    "authorizing_integration_owners": { "1": who.user_id.to_string() },
                    "context": 1,
                }),
            );
        }
    }
    value
}

/// Where a user who installed the app to their own account uses it.
#[derive(Debug, Clone, Copy)]
pub enum Elsewhere {
    /// A direct message with the bot.
    Dm,
    /// A group DM, or a DM with another user.
    GroupDm,
    /// A server that did not add the bot, with its Discord locale.
    ServerWithoutBot { guild: u64, locale: &'static str },
}

/// Turns a DM interaction into one from a user install `place`: Discord names only the user's
/// installation (`"1"`), and, in a server, sends its id, locale and the member, as for any
/// server interaction, with the app's permissions those of a user install.
pub fn elsewhere(value: &mut Value, place: Elsewhere, who: &Invoker) {
    value["authorizing_integration_owners"] = json!({ "1": who.user_id.to_string() });
    match place {
        Elsewhere::Dm => value["context"] = json!(1),
        Elsewhere::GroupDm => {
            let group = who.user_id + 11;
            value["context"] = json!(2);
            value["channel_id"] = json!(group.to_string());
            value["channel"] = json!({
                "id": group.to_string(),
                "type": 3,
                "recipients": [user(who.user_id, false), user(who.user_id + 1, false)],
            });
        }
        Elsewhere::ServerWithoutBot { guild, locale } => {
            let channel = guild + 1;
            if let Some(object) = value.as_object_mut() {
                object.remove("user");
            }
            merge(
                value,
                json!({
                    "context": 0,
                    "guild_id": guild.to_string(),
                    "guild": { "id": guild.to_string(), "locale": locale, "features": [] },
                    "guild_locale": locale,
                    "channel_id": channel.to_string(),
                    "channel": { "id": channel.to_string(), "type": 0, "name": "general", "guild_id": guild.to_string(), "permissions": who.permissions.to_string() },
                    "member": member(user(who.user_id, false), Some(who.permissions)),
                    "app_permissions": permission::EVERYONE.to_string(),
                }),
            );
        }
    }
}

/// The id of the bot's DM channel with a user, in interactions and when the bot opens it.
pub fn dm_channel_id(user: u64) -> u64 {
    user + 7
}

/// A DM channel as `POST /users/@me/channels` returns it.
pub fn dm_channel(id: u64, recipient: u64) -> Value {
    json!({
        "id": id.to_string(),
        "type": 1,
        "last_message_id": null,
        "flags": 0,
        "recipients": [user(recipient, false)],
    })
}

/// What a message laid out with Components V2 is made of: a container with a heading and a
/// button.
pub fn v2_body(custom_id: &str) -> Value {
    json!({
        "flags": 1 << 15,
        "components": [{
            "type": 17,
            "components": [
                { "type": 10, "content": "## A heading" },
                { "type": 14, "divider": true, "spacing": 1 },
                { "type": 1, "components": [{ "type": 2, "style": 2, "label": "Next", "custom_id": custom_id }] },
            ],
        }],
    })
}

/// A message as Discord returns it: `body` is what the bot sent (content, embeds, components).
pub fn message(
    id: u64,
    channel_id: u64,
    guild_id: Option<u64>,
    kind: u8,
    body: &Value,
    metadata: Option<Value>,
) -> Value {
    let mut value = json!({
        "id": id.to_string(),
        "channel_id": channel_id.to_string(),
        "author": user(APPLICATION_ID, true),
        "content": body.get("content").cloned().unwrap_or(json!("")),
        "timestamp": "2026-11-24T12:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body.get("embeds").cloned().unwrap_or(json!([])),
        "components": body.get("components").cloned().unwrap_or(json!([])),
        "pinned": false,
        "type": kind,
        "flags": body.get("flags").cloned().unwrap_or(json!(0)),
    });
    if let Some(guild) = guild_id {
        value["guild_id"] = json!(guild.to_string());
    }
    if let Some(nonce) = body.get("nonce") {
        value["nonce"] = nonce.clone();
    }
    if let Some(metadata) = metadata {
        value["interaction_metadata"] = metadata;
        value["webhook_id"] = json!(APPLICATION_ID.to_string());
        value["application_id"] = json!(APPLICATION_ID.to_string());
    }
    value
}

/// What a message says of the interaction that made it.
pub fn interaction_metadata(interaction_id: u64, invoker: u64, guild_id: Option<u64>) -> Value {
    let owners = match guild_id {
        Some(guild) => json!({ "0": guild.to_string() }),
        None => json!({ "1": invoker.to_string() }),
    };
    json!({
        "id": interaction_id.to_string(),
        "type": 2,
        "user": user(invoker, false),
        "authorizing_integration_owners": owners,
    })
}

/// A registered command as Discord returns it.
pub fn registered_command(id: u64, guild_id: Option<u64>, body: &Value) -> Value {
    let mut value = body.clone();
    merge(
        &mut value,
        json!({
            "id": id.to_string(),
            "application_id": APPLICATION_ID.to_string(),
            "version": id.to_string(),
            "type": body.get("type").cloned().unwrap_or(json!(1)),
            "nsfw": false,
            "default_member_permissions": body.get("default_member_permissions").cloned().unwrap_or(Value::Null),
        }),
    );
    if let Some(guild) = guild_id {
        value["guild_id"] = json!(guild.to_string());
    }
    value
}

fn merge(into: &mut Value, from: Value) {
    if let (Some(into), Value::Object(from)) = (into.as_object_mut(), from) {
        into.extend(from);
    }
}

/// The application, as `GET /oauth2/applications/@me` answers: `serve` reads its id, and its
/// public key (`verify_key`), which signs the interactions the stand-in posts.
pub fn application() -> Value {
    json!({
        "id": APPLICATION_ID.to_string(),
        "name": BOT_NAME,
        "icon": null,
        "description": "",
        "bot_public": true,
        "bot_require_code_grant": false,
        "owner": user(1_100_000_000_000_000_009, false),
        "verify_key": super::endpoint::public_key_hex(),
        "team": null,
        "flags": 0,
    })
}

/// `GET /gateway/bot`: where to connect, the recommended shard count, and the session start
/// limit, whose `max_concurrency` is how many rate-limit buckets the bot's shards identify in.
pub fn bot_gateway(url: &str, shards: u32, max_concurrency: u64) -> Value {
    json!({
        "url": url,
        "shards": shards,
        "session_start_limit": {
            "total": 1000,
            "remaining": 999,
            "reset_after": 14_400_000,
            "max_concurrency": max_concurrency,
        },
    })
}
