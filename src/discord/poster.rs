//! The scheduler's way into Discord's channels. serenity builds each request (its routes and
//! its message builder), but the answer is read here: serenity keeps neither the status nor the
//! `retry_after` of a 429 once its own rate limiter is off, and pacing is ours.

use poise::serenity_prelude as serenity;
use serde_json::Value;
use serenity::{ChannelId, CreateAllowedMentions, GuildId, LightMethod, MessageId, Request, RoleId, Route};
use std::time::Duration;
use tokio::sync::OnceCell;

use super::permissions::missing_in;
use super::respond;
use crate::config::Token;
use crate::content::layout::Layout;
use crate::content::message::Message;
use crate::digests::model::Missing;
use crate::digests::scheduler::{PostError, Poster};

/// How many messages a history read looks at.
const HISTORY: usize = 50;

pub struct HttpPoster {
    client: reqwest::Client,
    /// `Bot <token>`: for the Authorization header only.
    authorization: String,
    proxy: Option<String>,
    bot_id: OnceCell<u64>,
}

impl HttpPoster {
    pub fn new(token: &Token, proxy: Option<&str>) -> HttpPoster {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        HttpPoster {
            client,
            authorization: format!("Bot {}", token.expose()),
            proxy: proxy.map(str::to_owned),
            bot_id: OnceCell::new(),
        }
    }

    async fn send(&self, request: Request<'_>) -> Result<Value, PostError> {
        let request = request
            .build(&self.client, &self.authorization, self.proxy.as_deref())
            .map_err(|e| PostError::Transport(e.to_string()))?;
        let response = request.send().await.map_err(|e| PostError::Transport(e.without_url().to_string()))?;
        let status = response.status().as_u16();
        let header =
            |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let retry_header = header("retry-after").and_then(|v| v.parse::<f64>().ok());
        let global_header = header("x-ratelimit-global").is_some_and(|v| v == "true");
        let bytes = response.bytes().await.map_err(|e| PostError::Transport(e.without_url().to_string()))?;
        let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        match status {
            200..=299 => Ok(body),
            403 => Err(PostError::Forbidden { code: body["code"].as_u64().unwrap_or(0) }),
            404 => Err(PostError::Gone),
            429 => {
                let seconds = body["retry_after"].as_f64().or(retry_header).unwrap_or(1.0);
                let global = body["global"].as_bool().unwrap_or(false) || global_header;
                Err(PostError::RateLimited { retry_after: Duration::from_secs_f64(seconds.max(0.0)), global })
            }
            status => Err(PostError::Status { status }),
        }
    }

    /// The bot's own user id, asked once.
    async fn bot_id(&self) -> Result<u64, PostError> {
        let id = self
            .bot_id
            .get_or_try_init(|| async {
                let me = self.send(Request::new(Route::UserMe, LightMethod::Get)).await?;
                id_of(&me["id"]).ok_or(PostError::Status { status: 200 })
            })
            .await?;
        Ok(*id)
    }
}

fn id_of(value: &Value) -> Option<u64> {
    value.as_str().and_then(|s| s.parse().ok())
}

/// A digest as a message, laid out with Components V2 (serenity has no builder for it: JSON)
/// or with its embeds: it may mention `role`, and nobody else, whatever its text says (a
/// fact's sentence that reads `@everyone` pings no one).
fn digest_message(message: &Message, layout: Option<&Layout>, role: Option<u64>) -> Result<Value, PostError> {
    let mentions = CreateAllowedMentions::new().roles(role.map(RoleId::new));
    let value = match layout {
        Some(layout) => serde_json::json!({
            "flags": layout.flags,
            "components": layout.components,
            "allowed_mentions": mentions,
        }),
        None => serde_json::to_value(respond::channel_message(message).allowed_mentions(mentions))
            .map_err(|e| PostError::Transport(e.to_string()))?,
    };
    Ok(value)
}

/// A Discord object read into serenity's model type.
fn read<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, PostError> {
    serde_json::from_value(value).map_err(|e| PostError::Transport(e.to_string()))
}

fn json_body(value: &impl serde::Serialize) -> Result<Vec<u8>, PostError> {
    serde_json::to_vec(value).map_err(|e| PostError::Transport(e.to_string()))
}

#[serenity::async_trait]
impl Poster for HttpPoster {
    async fn post(
        &self,
        channel: u64,
        message: &Message,
        layout: Option<&Layout>,
        nonce: &str,
        role: Option<u64>,
    ) -> Result<u64, PostError> {
        let mut create = digest_message(message, layout, role)?;
        create["nonce"] = Value::from(nonce);
        create["enforce_nonce"] = Value::from(true);
        let route = Route::ChannelMessages { channel_id: ChannelId::new(channel) };
        let posted =
            self.send(Request::new(route, LightMethod::Post).body(Some(json_body(&create)?))).await?;
        id_of(&posted["id"]).ok_or(PostError::Status { status: 200 })
    }

    async fn post_in_forum(
        &self,
        forum: u64,
        name: &str,
        message: &Message,
        layout: Option<&Layout>,
        tag: Option<u64>,
        role: Option<u64>,
    ) -> Result<u64, PostError> {
        let mut body = serde_json::json!({ "name": name, "message": digest_message(message, layout, role)? });
        if let Some(tag) = tag {
            body["applied_tags"] = serde_json::json!([tag.to_string()]);
        }
        let route = Route::ChannelForumPosts { channel_id: ChannelId::new(forum) };
        let posted = self.send(Request::new(route, LightMethod::Post).body(Some(json_body(&body)?))).await?;
        id_of(&posted["id"]).ok_or(PostError::Status { status: 200 })
    }

    async fn publish(&self, channel: u64, message: u64) -> Result<(), PostError> {
        let route = Route::ChannelMessageCrosspost {
            channel_id: ChannelId::new(channel),
            message_id: MessageId::new(message),
        };
        self.send(Request::new(route, LightMethod::Post)).await.map(drop)
    }

    async fn open_thread(&self, channel: u64, message: u64, name: &str) -> Result<(), PostError> {
        let route = Route::ChannelMessageThreads {
            channel_id: ChannelId::new(channel),
            message_id: MessageId::new(message),
        };
        let body = json_body(&serde_json::json!({ "name": name }))?;
        self.send(Request::new(route, LightMethod::Post).body(Some(body))).await.map(drop)
    }

    async fn own_forum_posts_after(&self, guild: u64, forum: u64, after: u64) -> Result<Vec<u64>, PostError> {
        let me = self.bot_id().await?;
        let route = Route::GuildThreadsActive { guild_id: GuildId::new(guild) };
        let active = self.send(Request::new(route, LightMethod::Get)).await?;
        let threads = active["threads"].as_array().cloned().unwrap_or_default();
        Ok(threads
            .iter()
            .filter(|t| id_of(&t["parent_id"]) == Some(forum) && id_of(&t["owner_id"]) == Some(me))
            .filter_map(|t| id_of(&t["id"]))
            .filter(|id| *id > after)
            .collect())
    }

    async fn missing_permissions(
        &self,
        guild: u64,
        channel: u64,
        threads: bool,
    ) -> Result<Missing, PostError> {
        use serenity::{GuildChannel, Member, PartialGuild, UserId};
        let me = self.bot_id().await?;
        let channel_route = Route::Channel { channel_id: ChannelId::new(channel) };
        let channel: GuildChannel = read(self.send(Request::new(channel_route, LightMethod::Get)).await?)?;
        let guild_id = GuildId::new(guild);
        let server: PartialGuild =
            read(self.send(Request::new(Route::Guild { guild_id }, LightMethod::Get)).await?)?;
        let member_route = Route::GuildMember { guild_id, user_id: UserId::new(me) };
        let member: Member = read(self.send(Request::new(member_route, LightMethod::Get)).await?)?;
        let allowed = server.user_permissions_in(&channel, &member);
        Ok(missing_in(allowed, threads))
    }

    async fn system_channel(&self, guild: u64) -> Result<Option<u64>, PostError> {
        let route = Route::Guild { guild_id: GuildId::new(guild) };
        let server = self.send(Request::new(route, LightMethod::Get)).await?;
        Ok(id_of(&server["system_channel_id"]))
    }

    async fn notify(&self, channel: u64, message: &Message) -> Result<u64, PostError> {
        let create = respond::channel_message(message).allowed_mentions(CreateAllowedMentions::new());
        let route = Route::ChannelMessages { channel_id: ChannelId::new(channel) };
        let posted =
            self.send(Request::new(route, LightMethod::Post).body(Some(json_body(&create)?))).await?;
        id_of(&posted["id"]).ok_or(PostError::Status { status: 200 })
    }

    async fn warm_up(&self) {
        // Asks who the bot is (history reads need it), on a connection the posts then reuse.
        if let Err(error) = self.bot_id().await {
            tracing::info!(%error, "cannot ask Discord who the bot is yet");
        }
    }

    async fn own_posts_after(&self, channel: u64, after: u64) -> Result<Vec<u64>, PostError> {
        let me = self.bot_id().await?;
        let route = Route::ChannelMessages { channel_id: ChannelId::new(channel) };
        let params = vec![("after", after.to_string()), ("limit", HISTORY.to_string())];
        let listed = self.send(Request::new(route, LightMethod::Get).params(Some(params))).await?;
        let messages = listed.as_array().cloned().unwrap_or_default();
        // Only plain posts (type 0): answers to interactions are the bot's too, but typed 20.
        Ok(messages
            .iter()
            .filter(|m| id_of(&m["author"]["id"]) == Some(me) && m["type"].as_u64() == Some(0))
            .filter_map(|m| id_of(&m["id"]))
            .collect())
    }
}
