//! Interactions delivered over HTTP, as Discord does to an application's "Interactions Endpoint
//! URL" (`alliance-digest serve`): signed with the application's Ed25519 key over the timestamp
//! and the body, posted to the bot's `/interactions`. The response body is the interaction's
//! callback, and is held against Discord's OpenAPI description of a callback, as the gateway
//! mode's REST callbacks are.

use ed25519_dalek::{Signer, SigningKey};

/// The application's secret key in the tests (a fixed seed: nothing here is secret).
pub const SEED: [u8; 32] = [42; 32];

pub fn signing_key() -> SigningKey {
    SigningKey::from_bytes(&SEED)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The application's public key, as the developer portal shows it and `DISCORD_PUBLIC_KEY`
/// takes it.
pub fn public_key_hex() -> String {
    hex(signing_key().verifying_key().as_bytes())
}

/// `X-Signature-Ed25519` for a timestamp and a body, with a key.
pub fn sign(key: &SigningKey, timestamp: &str, body: &[u8]) -> String {
    let message = [timestamp.as_bytes(), body].concat();
    hex(&key.sign(&message).to_bytes())
}

/// Now, as Discord writes `X-Signature-Timestamp`.
pub fn now() -> String {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()).to_string()
}

/// Where the stand-in posts interactions, and how.
#[derive(Clone)]
pub struct Target {
    pub url: String,
    pub client: reqwest::Client,
}

/// What the endpoint answered to one post.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Target {
    pub fn new(url: String) -> Target {
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(64)
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .expect("an HTTP client");
        Target { url, client }
    }

    /// Posts a body with the given headers (a test may leave one out or spoil it).
    pub async fn post_raw(&self, headers: &[(&str, String)], body: Vec<u8>) -> Reply {
        let mut request = self.client.post(&self.url).header("content-type", "application/json");
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let response = request.body(body).send().await.expect("the bot's endpoint answers");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = response.bytes().await.expect("a response body").to_vec();
        Reply { status, content_type, body }
    }

    /// Posts a body signed now with the application's key, as Discord does.
    pub async fn post_signed(&self, body: Vec<u8>) -> Reply {
        let timestamp = now();
        let signature = sign(&signing_key(), &timestamp, &body);
        let headers = [("x-signature-ed25519", signature), ("x-signature-timestamp", timestamp)];
        self.post_raw(&headers, body).await
    }
}
