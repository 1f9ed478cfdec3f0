//! `alliance-digest serve`: Discord posts each interaction to `POST /interactions`, signed with
//! the application's key (its "Interactions Endpoint URL"). No gateway connection: every
//! interaction carries the server's and the user's locale, and digests are REST calls, so
//! replicas behind any load balancer share one Postgres and nothing else.
//!
//! The signature (`X-Signature-Ed25519` over `X-Signature-Timestamp` and the body) is checked
//! before anything else is read, and a timestamp more than five minutes from now is refused:
//! 401 either way, and nothing is done (the window in checked arithmetic: an absurd timestamp
//! cannot wrap into it). A body over [`BODY_LIMIT`] is refused with 413. An interaction id
//! already answered, by this process or another sharing the store, is a replay (Discord never
//! sends one twice): 401, and nothing is done.
//!
//! Answers go in the HTTP response body (a message, a page update, autocomplete choices, or a
//! deferral whose message then comes as an edit over REST). A message with files (the
//! timeline's picture) is answered 202 and sent through the interaction callback over REST, as
//! a multipart upload.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response as HttpResponse};
use axum::routing::post;
use axum::Router;
use poise::serenity_prelude as serenity;
use serenity::interactions_endpoint::Verifier;
use serenity::{Interaction, UserId};
use tracing::Instrument;

use super::call::{Call, Response};
use super::handler;
use super::{record, register, respond, Base, BotError, InFlight, Shared};

/// `serve`'s address when `HTTP_ADDR` is not set.
pub const DEFAULT_ADDR: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 8080));
/// The largest body read: Discord's interactions are a few kilobytes.
pub const BODY_LIMIT: usize = 256 * 1024;
/// How far a signature's timestamp may be from now, in seconds.
const CLOCK_SKEW: i64 = 5 * 60;

/// The application's key, and who the bot is once Discord has said.
pub struct Endpoint {
    key: [u8; 32],
    verifier: Verifier,
    bot_id: OnceLock<UserId>,
}

impl Endpoint {
    /// `None` for bytes that are not an Ed25519 public key.
    pub fn new(key: [u8; 32]) -> Option<Endpoint> {
        let verifier = Verifier::try_new(key).ok()?;
        Some(Endpoint { key, verifier, bot_id: OnceLock::new() })
    }

    /// Whether a request is signed by Discord, and recent.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8], now: i64) -> bool {
        if body.is_empty() {
            // No interaction is empty, signed or not.
            return false;
        }
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let (Some(signature), Some(timestamp)) =
            (header("x-signature-ed25519"), header("x-signature-timestamp"))
        else {
            return false;
        };
        let Ok(seconds) = timestamp.parse::<i64>() else { return false };
        // Checked: `now - seconds` overflows for a timestamp near i64::MIN or i64::MAX, and
        // a wrapped difference would pass the window.
        if !within_window(now, seconds) {
            return false;
        }
        self.verifier.verify(signature, timestamp, body).is_ok()
    }
}

/// Whether `seconds` is within [`CLOCK_SKEW`] of `now`, in arithmetic that cannot overflow.
fn within_window(now: i64, seconds: i64) -> bool {
    now.checked_sub(seconds).and_then(i64::checked_abs).is_some_and(|skew| skew <= CLOCK_SKEW)
}

struct Server {
    endpoint: Arc<Endpoint>,
    shared: Arc<Shared>,
    discord: Arc<serenity::Http>,
    in_flight: Arc<InFlight>,
}

/// The `/interactions` route.
pub(super) fn router(
    endpoint: Arc<Endpoint>,
    shared: Arc<Shared>,
    discord: Arc<serenity::Http>,
    in_flight: Arc<InFlight>,
) -> Router {
    let server = Arc::new(Server { endpoint, shared, discord, in_flight });
    Router::new()
        .route("/interactions", post(interactions))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(server)
}

async fn interactions(State(server): State<Arc<Server>>, headers: HeaderMap, body: Bytes) -> HttpResponse {
    let started = Instant::now();
    if !server.endpoint.verify(&headers, &body, chrono::Utc::now().timestamp()) {
        tracing::debug!("refused an interaction without a valid signature");
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let interaction = match read(&body) {
        Ok(interaction) => interaction,
        Err(error) => {
            tracing::warn!(%error, "a signed interaction that cannot be read");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    if matches!(interaction, Interaction::Ping(_)) {
        return json(&serde_json::json!({ "type": 1 }));
    }
    let Some(bot_id) = server.endpoint.bot_id.get().copied() else {
        // Still starting: Discord shows the user that the application did not respond.
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    if !first_answer(&server.shared, interaction_id(&interaction)).await {
        // Discord never sends an interaction twice: this is a captured request posted again.
        tracing::warn!("refused an interaction already answered (a replay)");
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let busy = server.in_flight.enter();
    let what = handler::describe(&interaction);
    let call = Call::new(&server.shared, &server.discord, bot_id, interaction);
    let span = tracing::info_span!("interaction", command = %what, guild = call.guild(), language = tracing::field::Empty);
    async move {
        match handler::handle(&call).await {
            Response::Deferred { ephemeral, then } => {
                // The message comes later, as an edit of this response.
                let span = tracing::Span::current();
                tokio::spawn(
                    async move {
                        let message = handler::finish(&call, then).await;
                        if let Err(error) = respond::complete(&call, message).await {
                            tracing::warn!(%error, "cannot complete the deferred answer");
                        }
                        record(what, call.outcome(), started);
                        drop(busy);
                    }
                    .instrument(span),
                );
                json_body(respond::deferral(ephemeral))
            }
            response @ (Response::Message(_) | Response::Update(_)) if has_files(&response) => {
                // Files cannot ride in this body: 202 now, the callback over REST.
                tokio::spawn(
                    async move {
                        respond::send(&call, response).await;
                        record(what, call.outcome(), started);
                        drop(busy);
                    }
                    .instrument(tracing::Span::current()),
                );
                StatusCode::ACCEPTED.into_response()
            }
            response => {
                let body = respond::http_body(&call, response).await;
                record(what, call.outcome(), started);
                drop(busy);
                json_body(body)
            }
        }
    }
    .instrument(span)
    .await
}

/// Reads an interaction as serenity models it. serenity's own `Interaction` reads the body into
/// a JSON tree, then the tree into the interaction's type; reading the type first, then the
/// body straight into that type, is the same result without the tree (a third of the work of
/// answering `/alliance military`).
fn read(body: &[u8]) -> serde_json::Result<Interaction> {
    #[derive(serde::Deserialize)]
    struct Kind {
        #[serde(rename = "type")]
        kind: u8,
    }
    let Kind { kind } = serde_json::from_slice(body)?;
    Ok(match kind {
        1 => Interaction::Ping(serde_json::from_slice(body)?),
        2 => Interaction::Command(serde_json::from_slice(body)?),
        3 => Interaction::Component(serde_json::from_slice(body)?),
        4 => Interaction::Autocomplete(serde_json::from_slice(body)?),
        5 => Interaction::Modal(serde_json::from_slice(body)?),
        _ => serde_json::from_slice(body)?,
    })
}

/// The id Discord gave the interaction.
fn interaction_id(interaction: &Interaction) -> Option<u64> {
    Some(match interaction {
        Interaction::Ping(i) => i.id.get(),
        Interaction::Command(i) | Interaction::Autocomplete(i) => i.id.get(),
        Interaction::Component(i) => i.id.get(),
        Interaction::Modal(i) => i.id.get(),
        _ => return None,
    })
}

/// Whether this is the first time an interaction id is answered, by this process or any other
/// sharing the store. A store that cannot say lets it through (logged): the commands that
/// change something need the store anyway, and refusing every interaction while it is away
/// would take the bot down with it.
async fn first_answer(shared: &Shared, id: Option<u64>) -> bool {
    let Some(id) = id else { return true };
    let now = chrono::Utc::now();
    let forget_before = now - chrono::Duration::seconds(2 * CLOCK_SKEW);
    match shared.storage.first_answer(id, now, forget_before).await {
        Ok(first) => first,
        Err(error) => {
            tracing::warn!(%error, "cannot record the interaction as answered; answering it anyway");
            true
        }
    }
}

fn has_files(response: &Response) -> bool {
    matches!(response, Response::Message(m) | Response::Update(m) if !m.attachments.is_empty())
}

fn json(value: &impl serde::Serialize) -> HttpResponse {
    json_body(serde_json::to_vec(value))
}

fn json_body(body: serde_json::Result<Vec<u8>>) -> HttpResponse {
    match body {
        Ok(body) => ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot write an interaction response");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Learns who the bot is, registers the commands, and serves until `shutdown`.
pub(super) async fn run(
    base: Base,
    endpoint: Arc<Endpoint>,
    shutdown: impl std::future::Future<Output = ()> + Send,
) -> Result<(), BotError> {
    let discord = Arc::clone(&base.discord);
    let known = async {
        let application = discord.get_current_application_info().await?;
        discord.set_application_id(application.id);
        let me = discord.get_current_user().await?;
        Ok::<_, serenity::Error>((application, me.id))
    };
    let (application, bot_id) = match known.await {
        Ok(known) => known,
        Err(error) => {
            base.finish().await;
            return Err(error.into());
        }
    };
    if !application.verify_key.eq_ignore_ascii_case(&hex(endpoint.key)) {
        tracing::warn!(
            "DISCORD_PUBLIC_KEY is not this application's public key: Discord's requests will be refused"
        );
    }
    let _ = endpoint.bot_id.set(bot_id);
    tracing::info!(application = application.id.get(), "serving interactions over HTTP");
    let commands = register::commands(&base.shared.engine.get());
    let storage = base.shared.storage.as_ref();
    let (guild, id) = (base.config.guild_id, application.id.get());
    register::register(&discord, storage, &commands, guild, id, register::When::Start).await;
    base.started();
    base.probe.serving();
    shutdown.await;
    tracing::info!("shutting down: no new interactions or digests, finishing those in flight");
    base.finish().await;
    Ok(())
}

fn hex(bytes: [u8; 32]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
