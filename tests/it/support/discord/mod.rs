//! A Discord stand-in for the tests, on 127.0.0.1: an HTTP API (reached through
//! `DISCORD_API_URL`) and a gateway websocket that speaks Discord's opcodes (HELLO, IDENTIFY,
//! READY, GUILD_CREATE, heartbeat and ACK, RESUME, INTERACTION_CREATE). It records every request
//! the bot sends and holds each one against Discord's OpenAPI description; the tests play the
//! Discord users (slash commands, autocomplete, button clicks) and read what the bot answered.
#![allow(dead_code)]

mod api;
pub mod endpoint;
mod gateway;
pub mod multipart;
pub mod openapi;
pub mod payloads;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

#[allow(unused_imports)]
pub use multipart::Upload;
#[allow(unused_imports)]
pub use payloads::{permission, ChannelSpec, Elsewhere, GuildSpec, Invoker, RoleSpec};

/// How long a test waits for the bot before it fails.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// A running stand-in. Dropping it stops the server.
pub struct StandIn {
    hub: Arc<Hub>,
    addr: SocketAddr,
    server: JoinHandle<()>,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// A request the bot sent.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    /// The path after `/api/v10`.
    pub path: String,
    pub query: Option<String>,
    /// The JSON body, or a multipart upload's `payload_json`.
    pub body: Option<Value>,
    /// The files of a multipart upload.
    pub files: Vec<Upload>,
    pub status: u16,
    pub at: Instant,
}

/// What the bot did with an interaction.
#[derive(Debug, Clone)]
pub struct Answer {
    pub id: u64,
    /// The body of the interaction callback (`type` 4 message, 5 deferred, 7 update, 8 choices).
    pub callback: Value,
    /// The files uploaded with the callback (a multipart request).
    pub files: Vec<Upload>,
    /// Follow-up messages, and edits of the original response.
    pub followups: Vec<Value>,
    pub edits: Vec<Value>,
    /// From INTERACTION_CREATE sent to the callback received.
    pub latency: Duration,
}

impl Answer {
    /// The message the user ends up seeing: the callback's, or for a deferred answer, the
    /// message that completed it.
    pub fn message(&self) -> Value {
        match self.callback["type"].as_u64() {
            Some(5 | 6) => match self.edits.last() {
                // The edit completes the original response, which keeps the flags it was
                // deferred with (an ephemeral "thinking…" stays ephemeral).
                Some(edit) => {
                    let mut message = edit.clone();
                    let deferred = self.callback["data"]["flags"].as_u64().unwrap_or(0);
                    let flags = message["flags"].as_u64().unwrap_or(0) | deferred;
                    if flags != 0 {
                        message["flags"] = serde_json::json!(flags);
                    }
                    message
                }
                None => self.followups.first().cloned().expect("a deferred answer is completed"),
            },
            _ => self.callback["data"].clone(),
        }
    }

    /// Whether the user is still waiting for more than the callback.
    fn complete(callbacks: &[Value], followups: &[Value], edits: &[Value]) -> bool {
        match callbacks.first().and_then(|c| c["type"].as_u64()) {
            None => false,
            Some(5 | 6) => !followups.is_empty() || !edits.is_empty(),
            Some(_) => true,
        }
    }
}

/// Misbehaviour the tests ask of the stand-in.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Requests per second over all non-interaction routes; beyond, a global 429.
    pub global_rate: Option<u32>,
    /// Statuses to answer, in turn, to posts in a channel, before behaving again.
    pub channel_statuses: HashMap<u64, Vec<u16>>,
    /// Channel posts are accepted but their answer never comes (the bot dies waiting).
    pub swallow_posts: bool,
    /// How long a message nonce is remembered for `enforce_nonce` (Discord: a few minutes).
    pub nonce_window: Duration,
    /// Statuses to answer, in turn, to publishes (crossposts) in a channel.
    pub publish_statuses: HashMap<u64, Vec<u16>>,
}

/// Who a message pings, as Discord decides it: the mentions in its content that its
/// `allowed_mentions` lets through (embeds ping nobody).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pinged {
    pub everyone: bool,
    pub roles: Vec<u64>,
    pub users: Vec<u64>,
}

impl Pinged {
    pub fn of(body: &Value) -> Pinged {
        // The content, and with Components V2 every text display, at any depth.
        fn texts(component: &Value, out: &mut Vec<String>) {
            if component["type"] == 10 {
                out.extend(component["content"].as_str().map(str::to_owned));
            }
            for inner in component["components"].as_array().into_iter().flatten() {
                texts(inner, out);
            }
        }
        let mut all = vec![body["content"].as_str().unwrap_or_default().to_owned()];
        for component in body["components"].as_array().into_iter().flatten() {
            texts(component, &mut all);
        }
        let content = all.join("\n");
        let content = content.as_str();
        let allowed = &body["allowed_mentions"];
        // Without `allowed_mentions`, every kind of mention in the content pings.
        let parses = |kind: &str| {
            allowed.is_null() || allowed["parse"].as_array().is_some_and(|p| p.iter().any(|v| v == kind))
        };
        let listed = |kind: &str, id: u64| {
            allowed[kind].as_array().is_some_and(|l| l.iter().any(|v| v.as_str() == Some(&id.to_string())))
        };
        let mentioned = |prefix: &str| -> Vec<u64> {
            content.split(prefix).skip(1).filter_map(|rest| rest.split('>').next()?.parse().ok()).collect()
        };
        Pinged {
            everyone: (content.contains("@everyone") || content.contains("@here")) && parses("everyone"),
            roles: mentioned("<@&")
                .into_iter()
                .filter(|id| parses("roles") || listed("roles", *id))
                .collect(),
            users: mentioned("<@").into_iter().filter(|id| parses("users") || listed("users", *id)).collect(),
        }
    }
}

/// A thread the bot opened: on a message, or as a forum post (its first message then in
/// `channels` under the thread's id).
#[derive(Debug, Clone)]
pub struct Thread {
    pub id: u64,
    pub parent: u64,
    /// The message it was opened on; none for a forum post.
    pub message: Option<u64>,
    pub name: String,
    pub tags: Vec<String>,
}

#[derive(Default)]
struct InteractionLog {
    token: String,
    guild_id: Option<u64>,
    sent_at: Option<Instant>,
    answered_at: Option<Instant>,
    callbacks: Vec<Value>,
    callback_files: Vec<Vec<Upload>>,
    followups: Vec<Value>,
    edits: Vec<Value>,
}

/// A message a channel holds.
#[derive(Debug, Clone)]
pub struct Posted {
    pub message: Value,
    pub nonce: Option<String>,
    pub at: Instant,
    pub pinged: Pinged,
}

enum Frame {
    Text(String),
    Close(u16),
}

#[derive(Default)]
struct Gateway {
    session: Option<String>,
    seq: u64,
    /// Every dispatch of the session, for RESUME.
    log: Vec<(u64, String)>,
    connection: Option<(u64, mpsc::UnboundedSender<Frame>)>,
    connections: u64,
    identified: usize,
    resumed: usize,
    ready: bool,
}

/// A shard's connection, when the bot runs several (in one process or several).
struct ShardConnection {
    sender: mpsc::UnboundedSender<Frame>,
    seq: u64,
}

#[derive(Default)]
struct State {
    guilds: Vec<GuildSpec>,
    /// With more than one shard: each shard's connection, and their total. A server's events go
    /// to shard `(server id >> 22) % total`, as Discord sends them.
    shards: HashMap<u32, ShardConnection>,
    shard_total: u32,
    /// Every IDENTIFY received: the shard it named (0 unsharded), when.
    identifies: Vec<(u32, Instant)>,
    /// What `GET /gateway/bot` says: the recommended shards and `max_concurrency` (1 and 1, a
    /// small bot's, when unset).
    gateway_bot: Option<(u32, u64)>,
    last_id: u64,
    gateway: Gateway,
    requests: Vec<Request>,
    schema_errors: Vec<String>,
    /// The last bulk overwrite, as returned.
    commands: Option<Value>,
    /// For which application, and where (a server, or globally), the commands are registered.
    commands_of: Option<(u64, Option<u64>)>,
    /// The application the stand-in says the bot is, when not [`payloads::APPLICATION_ID`].
    application_id: Option<u64>,
    interactions: HashMap<u64, InteractionLog>,
    tokens: HashMap<String, u64>,
    channels: HashMap<u64, Vec<Posted>>,
    /// The DM channels the bot opened, and their users.
    dms: HashMap<u64, u64>,
    /// The users who closed their DMs to the bot (or blocked it): DMs get Discord's 50007.
    closed_dms: std::collections::HashSet<u64>,
    /// Messages published (crossposted) to following servers: (channel, message).
    published: Vec<(u64, u64)>,
    threads: Vec<Thread>,
    /// Requests answered with 401, 403 or 429: Discord bans a bot at 10,000 in 10 minutes.
    invalid_requests: usize,
    /// When each recent rate-limited request was let through.
    window: std::collections::VecDeque<Instant>,
    faults: Faults,
}

struct Hub {
    state: Mutex<State>,
    /// Set when the bot under test serves interactions over HTTP: interactions are posted
    /// there instead of dispatched on the gateway.
    endpoint: Mutex<Option<endpoint::Target>>,
    /// Whether requests are held against the OpenAPI description (benchmarks turn it off).
    checks: std::sync::atomic::AtomicBool,
    changed: watch::Sender<u64>,
    addr: Mutex<Option<SocketAddr>>,
}

impl Hub {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn touch(&self) {
        self.changed.send_modify(|n| *n += 1);
    }

    /// A snowflake: the milliseconds since Discord's epoch, then a counter.
    fn next_id(&self) -> u64 {
        let mut state = self.state();
        let millis = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
        let id = ((millis.saturating_sub(1_420_070_400_000)) << 22).max(state.last_id + 1);
        state.last_id = id;
        id
    }

    /// Records what the bot's HTTP endpoint answered to an interaction as Discord reads it:
    /// a JSON body is the callback (held against the callback's OpenAPI description); 202
    /// means the callback comes over REST; anything else is a failure to answer.
    fn record_http_reply(&self, id: u64, reply: endpoint::Reply) {
        let at = Instant::now();
        let mut problems = Vec::new();
        match reply.status {
            200 if reply.content_type.starts_with("application/json") => {
                match serde_json::from_slice::<Value>(&reply.body) {
                    Ok(body) => {
                        if self.checks.load(std::sync::atomic::Ordering::Relaxed) {
                            let path = format!("/interactions/{id}/token/callback");
                            problems.extend(
                                openapi::shared()
                                    .check("POST", &path, None, Some(&body), "application/json")
                                    .into_iter()
                                    .map(|p| format!("the HTTP response to interaction {id}: {p}")),
                            );
                        }
                        self.record_callback(id, body, Vec::new(), at);
                    }
                    Err(error) => {
                        problems.push(format!("interaction {id}: the response is not JSON: {error}"))
                    }
                }
            }
            202 => {}
            status => problems.push(format!(
                "interaction {id}: the endpoint answered {status} {}",
                String::from_utf8_lossy(&reply.body)
            )),
        }
        self.state().schema_errors.extend(problems);
        self.touch();
    }

    /// Records an interaction's callback (from REST, or from the HTTP response body).
    fn record_callback(&self, id: u64, body: Value, files: Vec<Upload>, at: Instant) -> bool {
        let mut state = self.state();
        match state.interactions.get_mut(&id) {
            Some(log) => {
                log.callbacks.push(body);
                log.callback_files.push(files);
                log.answered_at.get_or_insert(at);
                true
            }
            None => false,
        }
    }

    fn gateway_url(&self) -> String {
        format!("ws://{}/gateway", self.addr.lock().unwrap().expect("the stand-in is listening"))
    }

    /// Sends a dispatch event on the current connection, or keeps it for a RESUME; with
    /// several shards, on the connection of the server's shard, or of `shard` when given.
    fn dispatch(&self, name: &str, data: Value) {
        self.dispatch_to(None, name, data);
    }

    fn dispatch_to(&self, shard: Option<u32>, name: &str, data: Value) {
        let mut state = self.state();
        if state.shard_total > 1 {
            let guild = data["guild_id"].as_str().and_then(|g| g.parse::<u64>().ok()).unwrap_or(0);
            let shard = shard.unwrap_or(shard_of(guild, state.shard_total));
            if let Some(connection) = state.shards.get_mut(&shard) {
                connection.seq += 1;
                let frame = json!({ "op": 0, "t": name, "s": connection.seq, "d": data }).to_string();
                let _ = connection.sender.send(Frame::Text(frame));
            }
            return;
        }
        let gateway = &mut state.gateway;
        gateway.seq += 1;
        let frame = json!({ "op": 0, "t": name, "s": gateway.seq, "d": data }).to_string();
        gateway.log.push((gateway.seq, frame.clone()));
        if let Some((_, connection)) = &gateway.connection {
            let _ = connection.send(Frame::Text(frame));
        }
    }

    /// Waits until `done` holds of the state, or panics after [`PATIENCE`].
    async fn wait<T>(&self, what: &str, mut done: impl FnMut(&State) -> Option<T>) -> T {
        let mut changed = self.changed.subscribe();
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if let Some(value) = done(&self.state()) {
                return value;
            }
            if tokio::time::timeout_at(deadline, changed.changed()).await.is_err() {
                let errors = self.state().schema_errors.clone();
                panic!(
                    "the stand-in waited {PATIENCE:?} for {what}; requests Discord would refuse: {errors:#?}"
                );
            }
        }
    }
}

/// The shard Discord sends a server's events on.
pub fn shard_of(guild: u64, total: u32) -> u32 {
    ((guild >> 22) % u64::from(total.max(1))) as u32
}

impl StandIn {
    /// Starts the stand-in on a free port of 127.0.0.1.
    pub async fn start() -> StandIn {
        let (changed, _) = watch::channel(0);
        let hub = Arc::new(Hub {
            state: Mutex::default(),
            endpoint: Mutex::new(None),
            checks: std::sync::atomic::AtomicBool::new(true),
            changed,
            addr: Mutex::new(None),
        });
        hub.state().faults.nonce_window = Duration::from_secs(600);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let addr = listener.local_addr().expect("a local address");
        *hub.addr.lock().unwrap() = Some(addr);
        let router = api::router(Arc::clone(&hub));
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, router).await;
        });
        StandIn { hub, addr, server }
    }

    /// The base URL to give the bot as `DISCORD_API_URL`.
    pub fn api_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A server the bot is in, with its Discord locale and a `general` channel.
    pub fn add_guild(&self, id: u64, locale: &str) -> GuildSpec {
        let channel =
            ChannelSpec { id: self.hub.next_id(), name: "general".to_owned(), ..Default::default() };
        let guild =
            GuildSpec { id, locale: locale.to_owned(), channels: vec![channel], ..Default::default() };
        self.hub.state().guilds.push(guild.clone());
        guild
    }

    /// Adds a text channel to a server; `deny` is what its overwrites deny to @everyone (and so
    /// to the bot).
    pub fn add_channel(&self, guild: u64, name: &str, deny: u64) -> u64 {
        self.add_channel_spec(
            guild,
            ChannelSpec { name: name.to_owned(), deny_everyone: deny, ..Default::default() },
        )
    }

    /// Adds a channel as `spec` describes it (its id given here); returns the id.
    pub fn add_channel_spec(&self, guild: u64, spec: ChannelSpec) -> u64 {
        let id = self.hub.next_id();
        let mut state = self.hub.state();
        let server = state.guilds.iter_mut().find(|g| g.id == guild).expect("a known server");
        server.channels.push(ChannelSpec { id, ..spec });
        id
    }

    /// Adds a role to a server; returns its id.
    pub fn add_role(&self, guild: u64, name: &str, mentionable: bool) -> u64 {
        let id = self.hub.next_id();
        let mut state = self.hub.state();
        let server = state.guilds.iter_mut().find(|g| g.id == guild).expect("a known server");
        server.roles.push(RoleSpec { id, name: name.to_owned(), mentionable });
        id
    }

    /// Sets the channel where Discord posts a server's system messages.
    /// The DM channel the bot opened with `user`, if it did.
    pub fn dm_opened_with(&self, user: u64) -> Option<u64> {
        self.hub.state().dms.iter().find(|(_, u)| **u == user).map(|(channel, _)| *channel)
    }

    /// The bot's DM channel with `user`, as if the bot had opened it before.
    pub fn dm_with(&self, user: u64) -> u64 {
        let channel = payloads::dm_channel_id(user);
        self.hub.state().dms.insert(channel, user);
        channel
    }

    /// `user` closes their DMs to the bot (`false`: opens them again).
    pub fn close_dms(&self, user: u64, closed: bool) {
        let mut state = self.hub.state();
        if closed {
            state.closed_dms.insert(user);
        } else {
            state.closed_dms.remove(&user);
        }
    }

    pub fn set_system_channel(&self, guild: u64, channel: Option<u64>) {
        let mut state = self.hub.state();
        state.guilds.iter_mut().find(|g| g.id == guild).expect("a known server").system_channel = channel;
    }

    /// The messages published (crossposted) to following servers: (channel, message).
    pub fn published(&self) -> Vec<(u64, u64)> {
        self.hub.state().published.clone()
    }

    /// The threads the bot opened, oldest first.
    pub fn threads(&self) -> Vec<Thread> {
        self.hub.state().threads.clone()
    }

    /// Changes a channel (its permissions, kind…) as a server admin would.
    pub fn change_channel(&self, channel: u64, change: impl FnOnce(&mut ChannelSpec)) {
        let mut state = self.hub.state();
        let spec = state.guilds.iter_mut().flat_map(|g| g.channels.iter_mut()).find(|c| c.id == channel);
        change(spec.expect("a known channel"));
    }

    pub fn guild(&self, id: u64) -> GuildSpec {
        self.hub.state().guilds.iter().find(|g| g.id == id).cloned().expect("a known server")
    }

    /// Says, at `GET /gateway/bot`, that the bot should run `shards` shards and may identify
    /// `max_concurrency` of them at once.
    pub fn set_gateway_bot(&self, shards: u32, max_concurrency: u64) {
        self.hub.state().gateway_bot = Some((shards, max_concurrency));
    }

    /// Every IDENTIFY received, in order: the shard it named, and when.
    pub fn identifies(&self) -> Vec<(u32, Instant)> {
        self.hub.state().identifies.clone()
    }

    pub fn identify_count(&self) -> usize {
        self.hub.state().gateway.identified
    }

    pub fn resume_count(&self) -> usize {
        self.hub.state().gateway.resumed
    }

    /// Waits until `count` shards of a sharded bot have identified.
    pub async fn wait_shards(&self, count: usize) {
        self.hub.wait(&format!("{count} shards"), |s| (s.shards.len() >= count).then_some(())).await;
    }

    /// Sends an interaction on a shard's connection, whichever server it is from (as if that
    /// shard's process now served the server), and waits for its answer.
    pub async fn interact_on_shard(&self, shard: u32, interaction: Value) -> Answer {
        let id = self.log_interaction(&interaction);
        self.hub.dispatch_to(Some(shard), "INTERACTION_CREATE", interaction);
        self.answer(id).await
    }

    /// Waits until a session is ready (after IDENTIFY or RESUME).
    pub async fn wait_ready(&self) {
        self.hub.wait("a ready gateway session", |s| s.gateway.ready.then_some(())).await;
    }

    /// Waits for the bulk overwrite of the commands, and returns it as registered.
    pub async fn wait_commands(&self) -> Value {
        self.hub.wait("the commands to be registered", |s| s.commands.clone()).await
    }

    /// Closes the gateway connection as Discord does when it restarts a node (close code
    /// 4000: try to reconnect). Events sent until the bot resumes are kept for its RESUME.
    pub async fn drop_gateway(&self) {
        let connection = {
            let mut state = self.hub.state();
            state.gateway.ready = false;
            state.gateway.connection.take()
        };
        let (_, connection) = connection.expect("a gateway connection to drop");
        let _ = connection.send(Frame::Close(4000));
    }

    /// Turns the OpenAPI check of every request on or off (it is on unless a benchmark says).
    pub fn set_schema_checks(&self, on: bool) {
        self.hub.checks.store(on, std::sync::atomic::Ordering::Relaxed);
    }

    /// What the stand-in found wrong in the bot's requests.
    pub fn schema_errors(&self) -> Vec<String> {
        self.hub.state().schema_errors.clone()
    }

    pub fn requests(&self) -> Vec<Request> {
        self.hub.state().requests.clone()
    }

    /// How many requests were answered 401, 403 or 429.
    pub fn invalid_requests(&self) -> usize {
        self.hub.state().invalid_requests
    }

    pub fn set_faults(&self, change: impl FnOnce(&mut Faults)) {
        change(&mut self.hub.state().faults);
    }

    /// Deletes the registered commands, as an owner can on the developer portal: Discord then
    /// has none for the application.
    pub fn delete_commands(&self) {
        let mut state = self.hub.state();
        state.commands = None;
        state.commands_of = None;
    }

    /// From now on, the application the bot is (its id in `GET /oauth2/applications/@me`):
    /// another application, using the same database.
    pub fn set_application_id(&self, id: u64) {
        self.hub.state().application_id = Some(id);
    }

    /// How many times the bot's bulk overwrite of its commands was answered.
    pub fn registrations(&self) -> usize {
        let state = self.hub.state();
        state
            .requests
            .iter()
            .filter(|r| r.method == "PUT" && r.path.ends_with("/commands") && r.status == 200)
            .count()
    }

    /// How many channels hold at least one message.
    pub fn channels_with_posts(&self) -> usize {
        self.hub.state().channels.values().filter(|posted| !posted.is_empty()).count()
    }

    /// The messages a channel holds, oldest first.
    pub fn channel_messages(&self, channel: u64) -> Vec<Posted> {
        self.hub.state().channels.get(&channel).cloned().unwrap_or_default()
    }

    /// Waits until a channel holds at least `count` messages.
    pub async fn wait_channel_messages(&self, channel: u64, count: usize) -> Vec<Posted> {
        self.hub
            .wait(&format!("{count} message(s) in channel {channel}"), |s| {
                let posted = s.channels.get(&channel)?;
                (posted.len() >= count).then(|| posted.clone())
            })
            .await
    }

    /// How many callbacks an interaction received.
    pub fn callbacks_for(&self, id: u64) -> usize {
        self.hub.state().interactions.get(&id).map_or(0, |i| i.callbacks.len())
    }

    /// A slash command as a Discord client sends it, typed by `who` in a server (or in a DM).
    /// Options are given as the user picks them: a choice by its label in any language or its
    /// value, a channel by its id; their types come from the registered command.
    pub fn slash_command(
        &self,
        guild: Option<u64>,
        who: &Invoker,
        command: &str,
        subcommand: Option<&str>,
        options: &[(&str, &str)],
    ) -> Value {
        let registered = self.registered(command);
        let (mut leaf_options, definitions) = match subcommand {
            Some(sub) => {
                let definition = find_option(&registered, sub);
                (Vec::new(), definition["options"].clone())
            }
            None => (Vec::new(), registered["options"].clone()),
        };
        let mut resolved_channels = serde_json::Map::new();
        let mut resolved_roles = serde_json::Map::new();
        for (name, given) in options {
            let definition = find_option(&json!({ "options": definitions }), name);
            let kind = definition["type"].as_u64().expect("an option type");
            let value = option_value(&definition, given);
            if kind == 7 {
                let channel_id: u64 = given.parse().expect("a channel option is given by id");
                resolved_channels.insert(channel_id.to_string(), self.resolved_channel(channel_id));
            }
            if kind == 8 {
                let role_id: u64 = given.parse().expect("a role option is given by id");
                resolved_roles.insert(role_id.to_string(), self.resolved_role(role_id));
            }
            leaf_options.push(json!({ "name": name, "type": kind, "value": value }));
        }
        let options = match subcommand {
            Some(sub) => json!([{ "name": sub, "type": 1, "options": leaf_options }]),
            None => json!(leaf_options),
        };
        let mut data = json!({
            "id": registered["id"],
            "name": command,
            "type": 1,
            "options": options,
        });
        if !resolved_channels.is_empty() {
            data["resolved"] = json!({ "channels": resolved_channels });
        }
        if !resolved_roles.is_empty() {
            data["resolved"]["roles"] = json!(resolved_roles);
        }
        self.interaction(2, guild, who, data)
    }

    /// A slash command from a user who installed the app to their own account, used `place`.
    pub fn user_install_command(
        &self,
        place: Elsewhere,
        who: &Invoker,
        command: &str,
        subcommand: Option<&str>,
        options: &[(&str, &str)],
    ) -> Value {
        let mut interaction = self.slash_command(None, who, command, subcommand, options);
        payloads::elsewhere(&mut interaction, place, who);
        interaction
    }

    /// An autocomplete request for an option being typed.
    pub fn autocomplete(
        &self,
        guild: Option<u64>,
        who: &Invoker,
        command: &str,
        subcommand: Option<&str>,
        option: &str,
        typed: &str,
    ) -> Value {
        let registered = self.registered(command);
        let definitions = match subcommand {
            Some(sub) => find_option(&registered, sub)["options"].clone(),
            None => registered["options"].clone(),
        };
        let definition = find_option(&json!({ "options": definitions }), option);
        assert_eq!(definition["autocomplete"], true, "option {option} is registered with autocomplete");
        let focused = json!({ "name": option, "type": definition["type"], "value": typed, "focused": true });
        let options = match subcommand {
            Some(sub) => json!([{ "name": sub, "type": 1, "options": [focused] }]),
            None => json!([focused]),
        };
        let data = json!({ "id": registered["id"], "name": command, "type": 1, "options": options });
        self.interaction(4, guild, who, data)
    }

    /// A click on a button of a message: `invoker` is who ran the command that made the message
    /// (`None`: a message the bot posted itself, such as a digest).
    pub fn button_click(
        &self,
        guild: Option<u64>,
        who: &Invoker,
        custom_id: &str,
        invoker: Option<u64>,
    ) -> Value {
        let channel = guild.map_or(who.user_id + 7, |g| self.guild(g).general().id);
        let metadata = invoker.map(|user| payloads::interaction_metadata(self.hub.next_id(), user, guild));
        let kind = if metadata.is_some() { 20 } else { 0 };
        // The clicked message, laid out as its buttons say.
        let body = if custom_id.ends_with(":v2") { payloads::v2_body(custom_id) } else { json!({}) };
        let message = payloads::message(self.hub.next_id(), channel, guild, kind, &body, metadata);
        let data = json!({ "custom_id": custom_id, "component_type": 2 });
        let mut interaction = self.interaction(3, guild, who, data);
        interaction["message"] = message;
        interaction
    }

    /// A modal submitted (type 5): the bot opens no modals, so this one comes from another
    /// version of it, or is crafted.
    pub fn modal_submit(&self, guild: Option<u64>, who: &Invoker, custom_id: &str) -> Value {
        self.interaction(5, guild, who, json!({ "custom_id": custom_id, "components": [] }))
    }

    fn interaction(&self, kind: u8, guild: Option<u64>, who: &Invoker, data: Value) -> Value {
        let spec = guild.map(|g| self.guild(g));
        let id = self.hub.next_id();
        let token = format!("interaction-token-{id}");
        payloads::interaction(id, &token, kind, spec.as_ref(), who, data)
    }

    fn registered(&self, command: &str) -> Value {
        let commands = self.hub.state().commands.clone().expect("the bot registered its commands");
        commands
            .as_array()
            .and_then(|list| list.iter().find(|c| c["name"] == command))
            .cloned()
            .unwrap_or_else(|| panic!("no registered command /{command}"))
    }

    /// A role as an interaction's resolved data carries it: any server's (a crafted interaction
    /// may carry another server's role).
    fn resolved_role(&self, id: u64) -> Value {
        let state = self.hub.state();
        let role =
            state.guilds.iter().flat_map(|g| g.roles.iter()).find(|r| r.id == id).expect("a known role");
        payloads::role(id, &role.name, 0, role.mentionable)
    }

    fn resolved_channel(&self, id: u64) -> Value {
        let state = self.hub.state();
        let (guild, channel) = state
            .guilds
            .iter()
            .find_map(|g| g.channels.iter().find(|c| c.id == id).map(|c| (g, c)))
            .expect("a known channel");
        json!({
            "id": id.to_string(),
            "name": channel.name,
            "type": channel.kind,
            "permissions": guild.bot_permissions(id).to_string(),
            "guild_id": guild.id.to_string(),
        })
    }

    /// Sends an interaction to the bot and waits until the user has seen its answer.
    pub async fn interact(&self, interaction: Value) -> Answer {
        let id = self.send_interaction(&interaction);
        self.answer(id).await
    }

    /// Sends every interaction at once, then waits for all their answers.
    pub async fn interact_all(&self, interactions: Vec<Value>) -> Vec<Answer> {
        let ids: Vec<u64> = interactions.iter().map(|i| self.send_interaction(i)).collect();
        let mut answers = Vec::with_capacity(ids.len());
        for id in ids {
            answers.push(self.answer(id).await);
        }
        answers
    }

    fn send_interaction(&self, interaction: &Value) -> u64 {
        let id = self.log_interaction(interaction);
        let target = self.hub.endpoint.lock().unwrap().clone();
        match target {
            Some(target) => {
                let hub = Arc::clone(&self.hub);
                let body = serde_json::to_vec(interaction).expect("an interaction serializes");
                tokio::spawn(async move {
                    let reply = target.post_signed(body).await;
                    hub.record_http_reply(id, reply);
                });
            }
            None => self.hub.dispatch("INTERACTION_CREATE", interaction.clone()),
        }
        id
    }

    /// From now on, posts interactions to the bot's HTTP endpoint at `url`, signed.
    pub fn deliver_over_http(&self, url: String) {
        *self.hub.endpoint.lock().unwrap() = Some(endpoint::Target::new(url));
    }

    /// The bot's HTTP endpoint, when it serves one.
    pub fn endpoint(&self) -> Option<endpoint::Target> {
        self.hub.endpoint.lock().unwrap().clone()
    }

    fn log_interaction(&self, interaction: &Value) -> u64 {
        let id: u64 = interaction["id"].as_str().and_then(|s| s.parse().ok()).expect("an interaction id");
        {
            let mut state = self.hub.state();
            let token = interaction["token"].as_str().expect("a token").to_owned();
            state.tokens.insert(token.clone(), id);
            let guild_id = interaction["guild_id"].as_str().and_then(|s| s.parse().ok());
            let log = state.interactions.entry(id).or_default();
            log.token = token;
            log.guild_id = guild_id;
            log.sent_at = Some(Instant::now());
        }
        id
    }

    /// Waits until interaction `id` has been answered completely.
    pub async fn answer(&self, id: u64) -> Answer {
        self.hub
            .wait(&format!("an answer to interaction {id}"), |s| {
                let log = s.interactions.get(&id)?;
                if !Answer::complete(&log.callbacks, &log.followups, &log.edits) {
                    return None;
                }
                let latency = log.answered_at?.saturating_duration_since(log.sent_at?);
                Some(Answer {
                    id,
                    callback: log.callbacks[0].clone(),
                    files: log.callback_files.first().cloned().unwrap_or_default(),
                    followups: log.followups.clone(),
                    edits: log.edits.clone(),
                    latency,
                })
            })
            .await
    }
}

/// A registered option (or subcommand) by name.
fn find_option(parent: &Value, name: &str) -> Value {
    parent["options"]
        .as_array()
        .and_then(|options| options.iter().find(|o| o["name"] == name))
        .cloned()
        .unwrap_or_else(|| panic!("no registered option {name} in {parent}"))
}

/// The value a client sends for what a user picked.
fn option_value(definition: &Value, given: &str) -> Value {
    if let Some(choices) = definition["choices"].as_array().filter(|c| !c.is_empty()) {
        let picked = choices.iter().find(|choice| {
            choice["name"] == given
                || choice["value"].to_string().trim_matches('"') == given
                || choice["name_localizations"].as_object().is_some_and(|l| l.values().any(|n| n == given))
        });
        return picked.unwrap_or_else(|| panic!("{given:?} is not a choice of {definition}"))["value"]
            .clone();
    }
    match definition["type"].as_u64() {
        Some(4) => json!(given.parse::<i64>().expect("an integer option")),
        Some(10) => json!(given.parse::<f64>().expect("a number option")),
        Some(5) => json!(given == "true"),
        _ => json!(given),
    }
}
