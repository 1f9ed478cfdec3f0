//! The HTTP API under `/api/v10`: each request is recorded and held against Discord's OpenAPI
//! description, then answered as Discord would, within the faults the test asked for.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{State, WebSocketUpgrade};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::payloads::{self, permission};
use super::{gateway, multipart, openapi, Hub, Posted, Request, Upload};

pub(super) fn router(hub: Arc<Hub>) -> Router {
    Router::new()
        .route(
            "/gateway",
            get(|ws: WebSocketUpgrade, State(hub): State<Arc<Hub>>| async move {
                ws.on_upgrade(move |socket| gateway::session(socket, hub))
            }),
        )
        .fallback(api)
        .with_state(hub)
}

async fn api(
    State(hub): State<Arc<Hub>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let at = Instant::now();
    let Some(path) = uri.path().strip_prefix("/api/v10") else {
        return error(StatusCode::NOT_FOUND, 0, "404: Not Found");
    };
    let path = path.to_owned();
    let query = uri.query().map(str::to_owned);
    let mut problems = Vec::new();
    let content_type = headers.get("content-type").and_then(|h| h.to_str().ok()).unwrap_or_default();
    let (body, files, media) = match multipart::boundary(content_type) {
        Some(boundary) => match multipart::parse(&body, &boundary) {
            Ok(parts) => {
                let (body, files, found) = multipart::payload(parts);
                problems.extend(found.into_iter().map(|p| format!("{method} {path}: {p}")));
                (body, files, "multipart/form-data")
            }
            Err(e) => {
                problems.push(format!("{method} {path}: unreadable multipart body: {e}"));
                (None, Vec::new(), "multipart/form-data")
            }
        },
        None if body.is_empty() => (None, Vec::new(), "application/json"),
        None => match serde_json::from_slice(&body) {
            Ok(value) => (Some(value), Vec::new(), "application/json"),
            Err(e) => {
                problems.push(format!("{method} {path}: the body is not JSON: {e}"));
                (None, Vec::new(), "application/json")
            }
        },
    };
    let authorized = headers
        .get("authorization")
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.strip_prefix("Bot ").is_some_and(|t| t.split('.').count() == 3));
    if !authorized {
        problems.push(format!("{method} {path}: no bot token in the Authorization header"));
    }
    if hub.checks.load(std::sync::atomic::Ordering::Relaxed) {
        problems.extend(openapi::shared().check(
            method.as_str(),
            &path,
            query.as_deref(),
            body.as_ref(),
            media,
        ));
    }

    // Recorded before it is answered, with status 0 until then: an answer may never come.
    let index = {
        let mut state = hub.state();
        state.schema_errors.append(&mut problems);
        let request = Request {
            method: method.to_string(),
            path: path.clone(),
            query: query.clone(),
            body: body.clone(),
            files: files.clone(),
            status: 0,
            at,
        };
        state.requests.push(request);
        state.requests.len() - 1
    };
    hub.touch();
    let answered = if !authorized {
        Some(error(StatusCode::UNAUTHORIZED, 0, "401: Unauthorized"))
    } else {
        match rate_limited(&hub, &path, at) {
            Some(response) => Some(response),
            None => route(&hub, &method, &path, query.as_deref(), body.as_ref(), &files, at).await,
        }
    };
    let response = match answered {
        Some(response) => response,
        None => {
            problems.push(format!("{method} {path}: the stand-in has no answer for this request"));
            error(StatusCode::NOT_FOUND, 0, "404: Not Found")
        }
    };
    let status = response.status().as_u16();
    {
        let mut state = hub.state();
        if matches!(status, 401 | 403 | 429) {
            state.invalid_requests += 1;
        }
        state.schema_errors.extend(problems);
        state.requests[index].status = status;
    }
    hub.touch();
    response
}

/// The global limit over every route but interaction responses, which Discord does not count.
fn rate_limited(hub: &Hub, path: &str, at: Instant) -> Option<Response> {
    if path.starts_with("/interactions/") || path.starts_with("/webhooks/") {
        return None;
    }
    let mut state = hub.state();
    let rate = state.faults.global_rate?;
    let second = Duration::from_secs(1);
    while state.window.front().is_some_and(|t| at.duration_since(*t) >= second) {
        state.window.pop_front();
    }
    if state.window.len() < rate as usize {
        state.window.push_back(at);
        return None;
    }
    let oldest = *state.window.front().expect("a full window has an oldest request");
    let retry_after = (second - at.duration_since(oldest)).as_secs_f64().max(0.001);
    Some(too_many(retry_after, true))
}

fn too_many(retry_after: f64, global: bool) -> Response {
    let body =
        json!({ "message": "You are being rate limited.", "retry_after": retry_after, "global": global });
    let mut response = (StatusCode::TOO_MANY_REQUESTS, Json(body)).into_response();
    let headers = response.headers_mut();
    headers.insert("retry-after", HeaderValue::from_str(&format!("{}", retry_after.ceil() as u64)).unwrap());
    headers.insert("x-ratelimit-scope", HeaderValue::from_static(if global { "global" } else { "user" }));
    if global {
        headers.insert("x-ratelimit-global", HeaderValue::from_static("true"));
    }
    response
}

fn error(status: StatusCode, code: u32, message: &str) -> Response {
    (status, Json(json!({ "message": message, "code": code }))).into_response()
}

fn ok(value: Value) -> Response {
    (StatusCode::OK, Json(value)).into_response()
}

/// Discord's answer to a request, or `None` when the stand-in does not serve the route.
async fn route(
    hub: &Hub,
    method: &Method,
    path: &str,
    query: Option<&str>,
    body: Option<&Value>,
    files: &[Upload],
    at: Instant,
) -> Option<Response> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let empty = json!({});
    let body = body.unwrap_or(&empty);
    let response = match (method.as_str(), segments.as_slice()) {
        ("GET", ["gateway"]) => ok(json!({ "url": hub.gateway_url() })),
        ("GET", ["gateway", "bot"]) => {
            let (shards, max_concurrency) = hub.state().gateway_bot.unwrap_or((1, 1));
            ok(payloads::bot_gateway(&hub.gateway_url(), shards, max_concurrency))
        }
        ("POST", ["users", "@me", "channels"]) => open_dm(hub, body),
        ("GET", ["users", "@me"]) => ok(payloads::user(payloads::APPLICATION_ID, true)),
        ("PUT", ["applications", app, "commands"]) => register(hub, app, None, body),
        ("PUT", ["applications", app, "guilds", guild, "commands"]) => {
            register(hub, app, guild.parse().ok(), body)
        }
        ("GET", ["applications", app, "commands"]) => ok(registered(hub, app, None)),
        ("GET", ["applications", app, "guilds", guild, "commands"]) => {
            ok(registered(hub, app, guild.parse().ok()))
        }
        ("POST", ["interactions", id, _token, "callback"]) => {
            match id.parse::<u64>().is_ok_and(|id| hub.record_callback(id, body.clone(), files.to_vec(), at))
            {
                true => StatusCode::NO_CONTENT.into_response(),
                false => error(StatusCode::NOT_FOUND, 10062, "Unknown interaction"),
            }
        }
        ("GET", ["oauth2", "applications", "@me"]) => {
            let mut application = payloads::application();
            if let Some(id) = hub.state().application_id {
                application["id"] = json!(id.to_string());
            }
            ok(application)
        }
        ("POST", ["webhooks", _, token]) => webhook(hub, token, body, false),
        ("PATCH", ["webhooks", _, token, "messages", "@original"]) => webhook(hub, token, body, true),
        ("GET", ["channels", channel]) => match find_channel(hub, channel) {
            Some((guild, spec)) if guild.bot_permissions(spec.id) & permission::VIEW_CHANNEL == 0 => {
                error(StatusCode::FORBIDDEN, 50001, "Missing Access")
            }
            Some((guild, spec)) => ok(payloads::channel(&guild, &spec)),
            None => error(StatusCode::NOT_FOUND, 10003, "Unknown Channel"),
        },
        ("POST", ["channels", channel, "messages"]) => post(hub, channel, body, at).await,
        ("GET", ["channels", channel, "messages"]) => history(hub, channel, query),
        ("POST", ["channels", channel, "messages", message, "crosspost"]) => crosspost(hub, channel, message),
        ("POST", ["channels", channel, "messages", message, "threads"]) => {
            open_thread(hub, channel, message, body)
        }
        ("POST", ["channels", channel, "threads"]) => forum_post(hub, channel, body, at).await,
        ("GET", ["guilds", guild, "threads", "active"]) => {
            let guild: u64 = guild.parse().unwrap_or(0);
            let state = hub.state();
            let threads: Vec<Value> = state
                .threads
                .iter()
                .filter(|t| {
                    state.guilds.iter().any(|g| g.id == guild && g.channels.iter().any(|c| c.id == t.parent))
                })
                .map(|t| payloads::thread(t.id, guild, t.parent, &t.name, &t.tags))
                .collect();
            ok(json!({ "threads": threads, "members": [] }))
        }
        ("GET", ["guilds", guild]) => match guild.parse::<u64>().ok().and_then(|g| find_guild(hub, g)) {
            Some(spec) => ok(payloads::guild(&spec)),
            None => error(StatusCode::NOT_FOUND, 10004, "Unknown Guild"),
        },
        ("GET", ["guilds", guild, "members", user]) => {
            match (guild.parse::<u64>().ok().and_then(|g| find_guild(hub, g)), user.parse::<u64>()) {
                (Some(_), Ok(user)) => {
                    ok(payloads::member(payloads::user(user, user == payloads::APPLICATION_ID), None))
                }
                _ => error(StatusCode::NOT_FOUND, 10007, "Unknown Member"),
            }
        }
        _ => return None,
    };
    Some(response)
}

fn register(hub: &Hub, application: &str, guild: Option<u64>, body: &Value) -> Response {
    let commands: Vec<Value> = body
        .as_array()
        .map(|list| list.iter().map(|c| payloads::registered_command(hub.next_id(), guild, c)).collect())
        .unwrap_or_default();
    let mut state = hub.state();
    state.commands = Some(json!(commands));
    state.commands_of = application.parse().ok().map(|application| (application, guild));
    ok(json!(commands))
}

/// The commands an application has, globally or in a server: what its last bulk overwrite
/// there registered, or none.
fn registered(hub: &Hub, application: &str, guild: Option<u64>) -> Value {
    let state = hub.state();
    let here = application.parse().ok().map(|application| (application, guild));
    match &state.commands {
        Some(commands) if here.is_some() && state.commands_of == here => commands.clone(),
        _ => json!([]),
    }
}

/// A follow-up message, or an edit of the original response, of an interaction.
fn webhook(hub: &Hub, token: &str, body: &Value, edit: bool) -> Response {
    let id = hub.next_id();
    let mut state = hub.state();
    let Some(&interaction) = state.tokens.get(token) else {
        return error(StatusCode::NOT_FOUND, 10015, "Unknown Webhook");
    };
    let guild = state.interactions.get(&interaction).and_then(|l| l.guild_id);
    let channel = guild.and_then(|g| state.guilds.iter().find(|s| s.id == g)).map_or(0, |g| g.general().id);
    let log = state.interactions.get_mut(&interaction).expect("a token of a known interaction");
    if edit {
        log.edits.push(body.clone());
    } else {
        log.followups.push(body.clone());
    }
    ok(payloads::message(id, channel, guild, 20, body, None))
}

fn find_guild(hub: &Hub, id: u64) -> Option<payloads::GuildSpec> {
    hub.state().guilds.iter().find(|g| g.id == id).cloned()
}

fn find_channel(hub: &Hub, id: &str) -> Option<(payloads::GuildSpec, payloads::ChannelSpec)> {
    let id: u64 = id.parse().ok()?;
    let state = hub.state();
    state.guilds.iter().find_map(|g| g.channels.iter().find(|c| c.id == id).map(|c| (g.clone(), c.clone())))
}

/// A post in a channel: injected statuses first, then permissions, then `enforce_nonce`.
async fn post(hub: &Hub, channel: &str, body: &Value, at: Instant) -> Response {
    if let Some((dm, user)) = find_dm(hub, channel) {
        return post_dm(hub, dm, user, body, at).await;
    }
    let Some((guild, spec)) = find_channel(hub, channel) else {
        return error(StatusCode::NOT_FOUND, 10003, "Unknown Channel");
    };
    let injected = {
        let mut state = hub.state();
        let queue = state.faults.channel_statuses.entry(spec.id).or_default();
        (!queue.is_empty()).then(|| queue.remove(0))
    };
    match injected {
        Some(403) => return error(StatusCode::FORBIDDEN, 50013, "Missing Permissions"),
        Some(404) => return error(StatusCode::NOT_FOUND, 10003, "Unknown Channel"),
        Some(429) => return too_many(0.25, false),
        Some(status) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return error(status, 0, "injected failure");
        }
        None => {}
    }
    let allowed = guild.bot_permissions(spec.id);
    if allowed & permission::VIEW_CHANNEL == 0 {
        return error(StatusCode::FORBIDDEN, 50001, "Missing Access");
    }
    if allowed & permission::SEND_MESSAGES == 0 {
        return error(StatusCode::FORBIDDEN, 50013, "Missing Permissions");
    }
    keep_post(hub, spec.id, Some(guild.id), body, at).await
}

/// The DM channel `id` names, and its user, if the bot opened it.
fn find_dm(hub: &Hub, id: &str) -> Option<(u64, u64)> {
    let id: u64 = id.parse().ok()?;
    hub.state().dms.get(&id).map(|user| (id, *user))
}

/// `POST /users/@me/channels`: the bot's DM channel with a user, opened (Discord returns the
/// one there is when it was opened before).
fn open_dm(hub: &Hub, body: &Value) -> Response {
    let recipient = match &body["recipient_id"] {
        Value::String(id) => id.parse::<u64>().ok(),
        other => other.as_u64(),
    };
    let Some(user) = recipient else {
        return error(StatusCode::BAD_REQUEST, 50035, "Invalid Form Body");
    };
    let channel = payloads::dm_channel_id(user);
    hub.state().dms.insert(channel, user);
    ok(payloads::dm_channel(channel, user))
}

/// A direct message: refused with Discord's 50007 when the user closed their DMs to the bot.
async fn post_dm(hub: &Hub, channel: u64, user: u64, body: &Value, at: Instant) -> Response {
    if hub.state().closed_dms.contains(&user) {
        return error(StatusCode::FORBIDDEN, 50007, "Cannot send messages to this user");
    }
    keep_post(hub, channel, None, body, at).await
}

/// A post taken: kept, unless `enforce_nonce` finds it posted in the nonce window.
async fn keep_post(hub: &Hub, channel: u64, guild: Option<u64>, body: &Value, at: Instant) -> Response {
    let nonce = body.get("nonce").map(|n| n.to_string().trim_matches('"').to_owned());
    let enforce = body["enforce_nonce"] == true;
    let id = hub.next_id();
    let (message, swallow) = {
        let mut state = hub.state();
        let window = state.faults.nonce_window;
        let swallow = state.faults.swallow_posts;
        let posted = state.channels.entry(channel).or_default();
        let earlier = posted
            .iter()
            .find(|p| enforce && nonce.is_some() && p.nonce == nonce && at.duration_since(p.at) < window);
        match earlier {
            // Discord answers with the message it already has.
            Some(earlier) => (earlier.message.clone(), false),
            None => {
                let message = payloads::message(id, channel, guild, 0, body, None);
                posted.push(Posted { message: message.clone(), nonce, at, pinged: super::Pinged::of(body) });
                (message, swallow)
            }
        }
    };
    if swallow {
        hub.touch();
        // Accepted, but the answer never leaves: the bot is killed while it waits.
        std::future::pending::<()>().await;
    }
    ok(message)
}

/// `POST /channels/{id}/messages/{id}/crosspost`: an announcement channel's message published to
/// the servers following it.
fn crosspost(hub: &Hub, channel: &str, message: &str) -> Response {
    let Some((_, spec)) = find_channel(hub, channel) else {
        return error(StatusCode::NOT_FOUND, 10003, "Unknown Channel");
    };
    let message: u64 = message.parse().unwrap_or(0);
    let mut state = hub.state();
    let injected =
        state.faults.publish_statuses.get_mut(&spec.id).filter(|q| !q.is_empty()).map(|q| q.remove(0));
    match injected {
        Some(403) => return error(StatusCode::FORBIDDEN, 50013, "Missing Permissions"),
        Some(429) => return too_many(3600.0, false),
        Some(status) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return error(status, 0, "injected failure");
        }
        None => {}
    }
    if spec.kind != 5 {
        return error(StatusCode::BAD_REQUEST, 50024, "Cannot execute action on this channel type");
    }
    let Some(posted) = state.channels.get(&spec.id).and_then(|p| {
        p.iter().find(|p| p.message["id"].as_str().and_then(|i| i.parse::<u64>().ok()) == Some(message))
    }) else {
        return error(StatusCode::NOT_FOUND, 10008, "Unknown Message");
    };
    let mut published = posted.message.clone();
    published["flags"] = json!(1);
    state.published.push((spec.id, message));
    ok(published)
}

/// `POST /channels/{id}/messages/{id}/threads`: a public thread on a message.
fn open_thread(hub: &Hub, channel: &str, message: &str, body: &Value) -> Response {
    let Some((guild, spec)) = find_channel(hub, channel) else {
        return error(StatusCode::NOT_FOUND, 10003, "Unknown Channel");
    };
    if guild.bot_permissions(spec.id) & permission::CREATE_PUBLIC_THREADS == 0 {
        return error(StatusCode::FORBIDDEN, 50013, "Missing Permissions");
    }
    let message: u64 = message.parse().unwrap_or(0);
    let name = body["name"].as_str().unwrap_or_default().to_owned();
    let mut state = hub.state();
    // A thread on a message has the message's id.
    let thread =
        super::Thread { id: message, parent: spec.id, message: Some(message), name, tags: Vec::new() };
    let value = payloads::thread(thread.id, guild.id, spec.id, &thread.name, &[]);
    state.threads.push(thread);
    ok(value)
}

/// `POST /channels/{id}/threads` on a forum: a new post, its first message inside.
async fn forum_post(hub: &Hub, channel: &str, body: &Value, at: Instant) -> Response {
    let Some((guild, spec)) = find_channel(hub, channel) else {
        return error(StatusCode::NOT_FOUND, 10003, "Unknown Channel");
    };
    if spec.kind != 15 {
        return error(StatusCode::BAD_REQUEST, 50024, "Cannot execute action on this channel type");
    }
    if guild.bot_permissions(spec.id) & permission::SEND_MESSAGES == 0 {
        return error(StatusCode::FORBIDDEN, 50013, "Missing Permissions");
    }
    let tags: Vec<String> = body["applied_tags"]
        .as_array()
        .map(|t| t.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_default();
    let known = |tag: &String| spec.tags.iter().any(|(id, _, _)| id.to_string() == *tag);
    if (spec.require_tag && tags.is_empty()) || !tags.iter().all(known) {
        return error(
            StatusCode::BAD_REQUEST,
            40067,
            "A tag is required to create a forum post in this channel",
        );
    }
    let id = hub.next_id();
    let name = body["name"].as_str().unwrap_or_default().to_owned();
    let first = &body["message"];
    let message = payloads::message(id, id, Some(guild.id), 0, first, None);
    let swallow = {
        let mut state = hub.state();
        state.channels.entry(id).or_default().push(Posted {
            message: message.clone(),
            nonce: None,
            at,
            pinged: super::Pinged::of(first),
        });
        let thread =
            super::Thread { id, parent: spec.id, message: None, name: name.clone(), tags: tags.clone() };
        state.threads.push(thread);
        state.faults.swallow_posts
    };
    if swallow {
        hub.touch();
        // Accepted, but the answer never leaves: the bot is killed while it waits.
        std::future::pending::<()>().await;
    }
    let mut value = payloads::thread(id, guild.id, spec.id, &name, &tags);
    value["message"] = message;
    ok(value)
}

/// `GET /channels/{id}/messages`: newest first, optionally after a message id.
fn history(hub: &Hub, channel: &str, query: Option<&str>) -> Response {
    let channel = match (find_dm(hub, channel), find_channel(hub, channel)) {
        // The bot reads its DMs' history freely.
        (Some((dm, _)), _) => dm,
        (None, Some((guild, spec))) => {
            let allowed = guild.bot_permissions(spec.id);
            if allowed & permission::VIEW_CHANNEL == 0 || allowed & permission::READ_MESSAGE_HISTORY == 0 {
                return error(StatusCode::FORBIDDEN, 50001, "Missing Access");
            }
            spec.id
        }
        (None, None) => return error(StatusCode::NOT_FOUND, 10003, "Unknown Channel"),
    };
    let param = |name: &str| {
        query
            .unwrap_or_default()
            .split('&')
            .find_map(|p| p.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let after = param("after").unwrap_or(0);
    let limit = param("limit").unwrap_or(50).min(100) as usize;
    let state = hub.state();
    let messages: Vec<Value> = state
        .channels
        .get(&channel)
        .map(|posted| {
            posted
                .iter()
                .rev()
                .filter(|p| {
                    p.message["id"].as_str().and_then(|i| i.parse::<u64>().ok()).is_some_and(|i| i > after)
                })
                .take(limit)
                .map(|p| {
                    // Discord does not return nonces when listing messages.
                    let mut message = p.message.clone();
                    message.as_object_mut().map(|m| m.remove("nonce"));
                    message
                })
                .collect()
        })
        .unwrap_or_default();
    ok(json!(messages))
}
