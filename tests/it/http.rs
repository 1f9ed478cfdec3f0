//! `alliance-digest serve` as Discord meets it: interactions posted to `/interactions`, signed
//! with the application's key. Forged or stale requests are refused before anything is read;
//! PING gets PONG; thousands of interactions at once are each answered once, in time. The
//! stories every mode shares are in `alliance.rs`, `language.rs` and `digest.rs`; the
//! interactions no version of the bot handles are here, in both modes.

use crate::in_both_modes;
use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::bot::{admin, content, is_ephemeral, title, user, Mode, World, EN_GUILD, FR_GUILD};
use support::discord::endpoint::{self, now, sign};

const MILITARY: (&str, Option<&str>, &[(&str, &str)]) = ("alliance", Some("military"), &[]);

/// Headers as sent: name and value.
type Headers = Vec<(&'static str, String)>;

/// The ways a request can fail to be Discord's, each with the headers and body sent.
fn forgeries(body: &[u8]) -> Vec<(&'static str, Headers, Vec<u8>)> {
    let key = endpoint::signing_key();
    let other = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let timestamp = now();
    let signed = |key: &ed25519_dalek::SigningKey, timestamp: &str, body: &[u8]| {
        vec![
            ("x-signature-ed25519", sign(key, timestamp, body)),
            ("x-signature-timestamp", timestamp.to_owned()),
        ]
    };
    let mut tampered = body.to_vec();
    let at = tampered.iter().position(|b| *b == b'1').expect("a digit to change");
    tampered[at] = b'2';
    let later = (timestamp.parse::<u64>().expect("seconds") + 1).to_string();
    let old = (timestamp.parse::<u64>().expect("seconds") - 600).to_string();
    // Timestamps whose distance from now overflows 64-bit arithmetic, each properly signed.
    let seconds = timestamp.parse::<i64>().expect("seconds");
    let absurd = [
        ("a timestamp 2^63 seconds ago", (i128::from(seconds) - (1_i128 << 63)).to_string()),
        ("the smallest 64-bit timestamp", i64::MIN.to_string()),
        ("the largest 64-bit timestamp", i64::MAX.to_string()),
        ("a timestamp past 64 bits", (i128::from(seconds) + (1_i128 << 63)).to_string()),
        ("a negative timestamp", "-1".to_owned()),
    ];
    let mut absurd: Vec<(&'static str, Headers, Vec<u8>)> =
        absurd.into_iter().map(|(what, stamp)| (what, signed(&key, &stamp, body), body.to_vec())).collect();
    let mut all = vec![
        ("a wrong key", signed(&other, &timestamp, body), body.to_vec()),
        ("a tampered body", signed(&key, &timestamp, body), tampered),
        (
            "a tampered timestamp",
            vec![("x-signature-ed25519", sign(&key, &timestamp, body)), ("x-signature-timestamp", later)],
            body.to_vec(),
        ),
        ("an old timestamp", signed(&key, &old, body), body.to_vec()),
        ("no signature", vec![("x-signature-timestamp", timestamp.clone())], body.to_vec()),
        ("no timestamp", vec![("x-signature-ed25519", sign(&key, &timestamp, body))], body.to_vec()),
        (
            "a signature that is not hex",
            vec![("x-signature-ed25519", "zz".repeat(64)), ("x-signature-timestamp", timestamp.clone())],
            body.to_vec(),
        ),
        ("an empty body", signed(&key, &timestamp, b""), Vec::new()),
    ];
    all.append(&mut absurd);
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_or_stale_requests_are_refused_and_nothing_is_done() {
    let world = World::new_in(Mode::Http).await;
    let bot = world.start_bot().await;
    let endpoint = world.standin.endpoint().expect("serve's endpoint");
    // An admin switching the server to French: had any forgery passed, replies would change.
    let set_french = world.standin.slash_command(
        Some(EN_GUILD),
        &admin(60, "en-US"),
        "language",
        None,
        &[("value", "Français")],
    );
    let body = serde_json::to_vec(&set_french).expect("JSON");
    let requests_before = world.standin.requests().len();
    for (what, headers, body) in forgeries(&body) {
        let reply = endpoint.post_raw(&headers, body).await;
        assert_eq!(reply.status, 401, "{what}: refused");
    }
    // A refused interaction leaves no work behind its 401; a command answered after them, in
    // the response body, is the proof that nothing of theirs is still on its way.
    let still = world.command(Some(EN_GUILD), &user(61, "en-US"), MILITARY).await;
    assert_eq!(world.standin.requests().len(), requests_before, "no request reached Discord");
    assert_eq!(title(&still), "Military cooperation", "the server's language did not change");

    let huge = vec![b' '; 300 * 1024];
    let reply = endpoint.post_signed(huge).await;
    assert_eq!(reply.status, 413, "a body over the limit is refused");

    let ping = endpoint.post_signed(serde_json::to_vec(&ping()).expect("JSON")).await;
    assert_eq!(ping.status, 200);
    let pong: Value = serde_json::from_slice(&ping.body).expect("a JSON body");
    assert_eq!(pong, json!({ "type": 1 }), "PING gets PONG");
    world.assert_no_schema_errors();
    bot.stop().await;
}

/// A captured `/language fr`, posted again after an admin chose English: refused, and English
/// stays. Discord never sends an interaction twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_interaction_is_refused_and_changes_nothing() {
    let world = World::new_in(Mode::Http).await;
    let bot = world.start_bot().await;
    let endpoint = world.standin.endpoint().expect("serve's endpoint");
    let language = |value: &str| {
        world.standin.slash_command(
            Some(EN_GUILD),
            &admin(70, "en-US"),
            "language",
            None,
            &[("value", value)],
        )
    };
    let french = language("Français");
    let body = serde_json::to_vec(&french).expect("JSON");
    let timestamp = now();
    let captured: Headers = vec![
        ("x-signature-ed25519", sign(&endpoint::signing_key(), &timestamp, &body)),
        ("x-signature-timestamp", timestamp),
    ];
    // Discord's own delivery (the same body, signed by the stand-in), answered in full.
    world.standin.interact(french).await;
    let reader = user(71, "en-US");
    let military = || world.command(Some(EN_GUILD), &reader, MILITARY);
    assert_eq!(title(&military().await), "Coopération militaire", "French, as asked");
    let english = world.standin.interact(language("English")).await.message();
    assert!(content(&english).starts_with("Replies in this server are now in English."), "{english}");
    assert_eq!(title(&military().await), "Military cooperation");

    let requests_before = world.standin.requests().len();
    let replayed = endpoint.post_raw(&captured, body.clone()).await;
    assert_eq!(replayed.status, 401, "the replay is refused");
    assert_eq!(title(&military().await), "Military cooperation", "English stays");
    assert_eq!(world.standin.requests().len(), requests_before, "nothing reached Discord");
    world.assert_no_schema_errors();
    bot.stop().await;
}

fn ping() -> Value {
    json!({
        "id": "1200000000000000001",
        "application_id": support::discord::payloads::APPLICATION_ID.to_string(),
        "type": 1,
        "token": "ping-token",
        "version": 1,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_interactions_at_once_are_each_answered_once() {
    let _alone = support::HEAVY.lock().await;
    let world = World::new_in(Mode::Http).await;
    // 2,000 connections at once, each with a request: above the default cap, as an operator
    // expecting such bursts sets it.
    let bot = world.start_bot_with(world.config(&[("HTTP_MAX_CONNECTIONS", "4000")]), |bot| bot).await;
    world.standin.set_schema_checks(false);
    let interactions: Vec<Value> = (0..2_000)
        .map(|n| {
            let guild = if n % 2 == 0 { FR_GUILD } else { EN_GUILD };
            world.standin.slash_command(
                Some(guild),
                &user(1_000 + n, "en-US"),
                "alliance",
                Some("military"),
                &[],
            )
        })
        .collect();
    let answers = world.standin.interact_all(interactions).await;
    assert_eq!(answers.len(), 2_000);
    for (n, answer) in answers.iter().enumerate() {
        assert_eq!(world.standin.callbacks_for(answer.id), 1, "answered once");
        assert_eq!(answer.callback["type"], 4);
        let expected = if n % 2 == 0 { "Coopération militaire" } else { "Military cooperation" };
        assert_eq!(title(&answer.message()), expected);
    }
    bot.stop().await;
}

/// Interactions for what this version does not have: each gets the localised "this command has
/// changed", privately, instead of no answer at all.
async fn unknown_commands_are_answered_as_changed(mode: Mode) {
    let world = World::new_in(mode).await;
    let bot = world.start_bot().await;
    let standin = &world.standin;
    let mut nuke = standin.slash_command(Some(EN_GUILD), &user(80, "fr"), "alliance", Some("military"), &[]);
    nuke["data"]["options"][0]["name"] = json!("nuke");
    let mut bare =
        standin.slash_command(Some(EN_GUILD), &user(81, "en-US"), "alliance", Some("military"), &[]);
    bare["data"]["options"] = json!([]);
    let mut weather =
        standin.slash_command(Some(FR_GUILD), &user(82, "zh-CN"), "alliance", Some("military"), &[]);
    weather["data"]["name"] = json!("weather");
    weather["data"]["options"] = json!([]);
    let modal = standin.modal_submit(Some(EN_GUILD), &user(83, "en-US"), "feedback");
    let expected = [
        "Cette commande a changé",
        "This command has changed",
        "Cette commande a changé",
        "This command has changed",
    ];
    for (interaction, expected) in [nuke, bare, weather, modal].into_iter().zip(expected) {
        let answer = standin.interact(interaction).await;
        let message = answer.message();
        assert!(is_ephemeral(&message), "{message}");
        assert!(
            support::bot::plain(&content(&message)).starts_with(expected),
            "{expected:?}: {}",
            content(&message)
        );
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}

in_both_modes!(unknown_commands_are_answered_as_changed);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_needs_the_public_key_and_refuses_a_malformed_one() {
    use alliance_digest::config::{Config, ConfigError};
    let world = World::new_in(Mode::Http).await;
    let lookup = |key: &'static str| {
        move |name: &str| match name {
            "DISCORD_TOKEN" => Some(support::bot::TOKEN.to_owned()),
            "DISCORD_PUBLIC_KEY" => Some(key.to_owned()),
            _ => None,
        }
    };
    for bad in ["abc", "zz", &"g".repeat(64)] {
        let bad: &'static str = Box::leak(bad.to_owned().into_boxed_str());
        let refused = Config::from_lookup(lookup(bad), world.data.clone(), world.locales.clone());
        assert_eq!(refused.unwrap_err(), ConfigError::BadPublicKey, "{bad}");
    }
    bot_without_key(&world).await;
}

/// `serve` without DISCORD_PUBLIC_KEY stops at once, saying what it needs.
async fn bot_without_key(world: &World) {
    let mut config = world.config(&[]);
    config.public_key = None;
    let (engine, _) = alliance_digest::Engine::load(&world.data, &world.locales).expect("the store loads");
    let bot = alliance_digest::discord::Bot::build(config, engine).await.expect("the bot builds");
    let error = bot.serve_until_stopped(std::future::pending()).await.expect_err("serve refuses to start");
    assert!(error.to_string().contains("DISCORD_PUBLIC_KEY"), "{error}");
}

/// 2,000 connections that send part of their headers and then nothing, held open against a
/// `serve` process with the 1,024 open files a systemd unit gets by default: a signed
/// interaction is still answered within a second, `/healthz` answers, and the cap is logged
/// once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_connections_by_the_thousand_do_not_keep_discord_out() {
    use std::process::{Command, Stdio};
    use tokio::io::AsyncWriteExt;

    let _alone = support::HEAVY.lock().await;
    let world = World::new_in(Mode::Http).await;
    let logs = tempfile::tempdir().expect("a temporary folder");
    let log = logs.path().join("serve.log");
    let repo = support::repo();
    let mut child = Command::new("sh")
        .args(["-c", "ulimit -n 1024 && exec \"$0\" serve", env!("CARGO_BIN_EXE_alliance-digest")])
        .current_dir(std::env::temp_dir())
        .env("DISCORD_TOKEN", support::bot::TOKEN)
        .env("DISCORD_API_URL", world.standin.api_url())
        .env("DATABASE_URL", world.database_url())
        .env("HTTP_ADDR", &world.http_addr)
        .env("DISCORD_PUBLIC_KEY", endpoint::public_key_hex())
        .env("ALLIANCE_DATA_DIR", repo.join("data"))
        .env("ALLIANCE_LOCALES_DIR", repo.join("locales"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("a log file"))
        .spawn()
        .expect("serve starts");
    let healthz = format!("http://{}/healthz", world.http_addr);
    let ready = format!("http://{}/readyz", world.http_addr);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while reqwest::get(&ready).await.map_or(true, |r| r.status() != 200) {
        assert!(std::time::Instant::now() < deadline, "serve is not ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    world.standin.wait_commands().await;
    world.standin.deliver_over_http(format!("http://{}/interactions", world.http_addr));

    // Each opens, sends the start of a request, and then nothing: held open by the test.
    let addr = world.http_addr.clone();
    let opening: Vec<_> = (0..2_000)
        .map(|_| {
            let addr = addr.clone();
            tokio::spawn(async move {
                let open = async {
                    let mut socket = tokio::net::TcpStream::connect(&addr).await.ok()?;
                    socket.write_all(b"POST /interactions HTTP/1.1\r\nHost: bot\r\n").await.ok()?;
                    Some(socket)
                };
                tokio::time::timeout(Duration::from_secs(5), open).await.ok().flatten()
            })
        })
        .collect();
    let mut held = Vec::new();
    for opened in opening {
        held.extend(opened.await.ok().flatten());
    }
    assert!(held.len() > 1_024, "the slow connections are open: {}", held.len());

    let started = std::time::Instant::now();
    let military =
        world.standin.slash_command(Some(FR_GUILD), &user(90, "fr"), "alliance", Some("military"), &[]);
    // The slow connections are dropped only at serve's 10-second header timeout: an answer within
    // half of it did not wait for them. (How fast it is, the serve bench measures.)
    let answer = tokio::time::timeout(Duration::from_secs(5), world.standin.interact(military)).await;
    let waited = started.elapsed();
    eprintln!("{} slow connections held; the signed interaction answered in {waited:?}", held.len());
    let answer = answer.expect("the signed interaction is answered without waiting for the slow ones");
    assert_eq!(title(&answer.message()), "Coopération militaire");
    let health = tokio::time::timeout(Duration::from_secs(2), reqwest::get(&healthz)).await;
    assert!(health.is_ok_and(|r| r.is_ok_and(|r| r.status() == 200)), "/healthz answers");
    drop(held);

    let _ = child.kill();
    let _ = child.wait();
    let logged = std::fs::read_to_string(&log).expect("the log");
    assert_eq!(
        logged.matches("HTTP_MAX_CONNECTIONS reached").count(),
        1,
        "the cap is logged once:\n{logged}"
    );
    world.assert_no_schema_errors();
}
