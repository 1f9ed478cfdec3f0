//! The Discord stand-in itself: what it sends must be what serenity reads (an event it cannot
//! read becomes an "unknown event" and the bot never answers), and what it refuses must be what
//! Discord's OpenAPI description refuses.

use crate::support;

use poise::serenity_prelude as serenity;
use serde_json::{json, Value};
use serenity::model::event::{Event, GatewayEvent};
use support::bot::{admin, user, EN_GUILD, FR_GUILD, TOKEN};
use support::discord::payloads::{self, ChannelSpec, GuildSpec, RoleSpec};
use support::discord::StandIn;
use support::discord::{multipart, openapi};

const JSON: &str = "application/json";
const MULTIPART: &str = "multipart/form-data";

fn frame(name: &str, data: Value) -> String {
    json!({ "op": 0, "t": name, "s": 1, "d": data }).to_string()
}

/// What serenity makes of a dispatch frame, as its gateway reads it.
fn read(name: &str, data: Value) -> Event {
    let text = frame(name, data);
    match serde_json::from_str::<GatewayEvent>(&text) {
        Ok(GatewayEvent::Dispatch(_, event)) => event,
        Ok(other) => panic!("{name} is not read as a dispatch: {other:?}"),
        Err(error) => panic!("serenity cannot read {name}: {error}\n{text}"),
    }
}

fn guild_spec() -> GuildSpec {
    let channels = vec![
        ChannelSpec { id: 3_000_000_000_000_000_001, name: "general".into(), ..Default::default() },
        ChannelSpec {
            id: 3_000_000_000_000_000_002,
            name: "locked".into(),
            deny_everyone: 1 << 11,
            ..Default::default()
        },
        ChannelSpec { id: 3_000_000_000_000_000_003, name: "news".into(), kind: 5, ..Default::default() },
        ChannelSpec {
            id: 3_000_000_000_000_000_004,
            name: "forum".into(),
            kind: 15,
            tags: vec![(3_000_000_000_000_000_005, "digest".into(), false)],
            require_tag: true,
            ..Default::default()
        },
    ];
    let roles = vec![RoleSpec { id: 3_000_000_000_000_000_006, name: "news".into(), mentionable: true }];
    GuildSpec { id: FR_GUILD, locale: "fr".into(), channels, roles, system_channel: None }
}

#[test]
fn ready_and_guild_create_are_read_as_serenity_events() {
    let spec = guild_spec();
    match read("READY", payloads::ready("session-1", "ws://127.0.0.1:1/gateway", &[FR_GUILD], [0, 1])) {
        Event::Ready(ready) => {
            assert_eq!(ready.ready.application.id.get(), payloads::APPLICATION_ID);
            assert_eq!(ready.ready.session_id, "session-1");
        }
        other => panic!("READY read as {other:?}"),
    }
    match read("GUILD_CREATE", payloads::guild_create(&spec)) {
        Event::GuildCreate(create) => {
            assert_eq!(create.guild.preferred_locale, "fr");
            assert_eq!(create.guild.channels.len(), 4);
            let forum = &create.guild.channels[&serenity::ChannelId::new(3_000_000_000_000_000_004)];
            assert_eq!(forum.kind, serenity::ChannelType::Forum);
            assert_eq!(forum.available_tags.len(), 1);
            assert!(forum.flags.contains(serenity::ChannelFlags::REQUIRE_TAG));
            let news = &create.guild.roles[&serenity::RoleId::new(3_000_000_000_000_000_006)];
            assert!(news.mentionable);
            let locked = &create.guild.channels[&serenity::ChannelId::new(3_000_000_000_000_000_002)];
            assert_eq!(locked.permission_overwrites.len(), 1);
        }
        other => panic!("GUILD_CREATE read as {other:?}"),
    }
    assert!(matches!(read("RESUMED", json!({})), Event::Resumed(_)));
}

/// Every kind of interaction the tests send, built through a stand-in that has the commands of
/// `/alliance month` registered with serenity's own HTTP client.
#[tokio::test]
async fn every_interaction_is_read_as_serenity_interactions() {
    let standin = StandIn::start().await;
    standin.add_guild(EN_GUILD, "en-US");
    let http = serenity::HttpBuilder::new(TOKEN).proxy(standin.api_url()).ratelimiter_disabled(true).build();
    http.set_application_id(serenity::ApplicationId::new(payloads::APPLICATION_ID));
    let month = serenity::CreateCommandOption::new(serenity::CommandOptionType::String, "month", "A month")
        .set_autocomplete(true)
        .required(true);
    let sub =
        serenity::CreateCommandOption::new(serenity::CommandOptionType::SubCommand, "month", "By month")
            .add_sub_option(month);
    let channel =
        serenity::CreateCommandOption::new(serenity::CommandOptionType::Channel, "channel", "Where");
    let commands = vec![
        serenity::CreateCommand::new("alliance").description("Summaries").add_option(sub),
        serenity::CreateCommand::new("digest").description("Digests").add_option(channel),
    ];
    let registered =
        serenity::Command::set_global_commands(&http, commands).await.expect("serenity reads the answer");
    assert_eq!(registered.len(), 2);
    assert_eq!(
        standin.schema_errors(),
        Vec::<String>::new(),
        "serenity's registration fits Discord's description"
    );

    let member = user(5, "fr");
    let general = standin.guild(EN_GUILD).general().id;
    let cases = [
        standin.slash_command(Some(EN_GUILD), &member, "alliance", Some("month"), &[("month", "july")]),
        standin.slash_command(None, &admin(6, "en-GB"), "alliance", Some("month"), &[("month", "2025-07")]),
        standin.slash_command(
            Some(EN_GUILD),
            &admin(7, "en-US"),
            "digest",
            None,
            &[("channel", &general.to_string())],
        ),
        standin.autocomplete(Some(EN_GUILD), &member, "alliance", Some("month"), "month", "ju"),
        standin.button_click(Some(EN_GUILD), &member, "alliance:timeline:2", Some(5)),
        standin.button_click(Some(EN_GUILD), &member, "alliance:timeline:2", None),
    ];
    for interaction in cases {
        let kind = interaction["type"].as_u64();
        match read("INTERACTION_CREATE", interaction) {
            Event::InteractionCreate(create) => match (kind, create.interaction) {
                (Some(2), serenity::Interaction::Command(command)) => {
                    assert!(!command.locale.is_empty());
                    if let Some(guild) = command.guild_id {
                        assert_eq!(guild.get(), EN_GUILD);
                        assert!(
                            command.member.and_then(|m| m.permissions).is_some(),
                            "poise needs the permissions"
                        );
                        assert!(command.app_permissions.is_some());
                    }
                }
                (Some(4), serenity::Interaction::Autocomplete(auto)) => {
                    assert_eq!(auto.data.autocomplete().map(|o| o.value), Some("ju"));
                }
                (Some(3), serenity::Interaction::Component(component)) => {
                    assert_eq!(component.data.custom_id, "alliance:timeline:2");
                }
                (kind, other) => panic!("type {kind:?} read as {other:?}"),
            },
            other => panic!("INTERACTION_CREATE read as {other:?}"),
        }
    }
}

/// The interactions of a user who installed the app for themselves, in a DM, a group DM and a
/// server without the bot: serenity reads the user's installation and the context.
#[tokio::test]
async fn user_install_interactions_are_read_with_their_installation_and_context() {
    use payloads::Elsewhere;
    let standin = StandIn::start().await;
    let http = serenity::HttpBuilder::new(TOKEN).proxy(standin.api_url()).ratelimiter_disabled(true).build();
    http.set_application_id(serenity::ApplicationId::new(payloads::APPLICATION_ID));
    let sub = serenity::CreateCommandOption::new(serenity::CommandOptionType::SubCommand, "military", "M");
    let alliance = serenity::CreateCommand::new("alliance")
        .description("Summaries")
        .add_option(sub)
        .integration_types(vec![serenity::InstallationContext::Guild, serenity::InstallationContext::User])
        .contexts(vec![
            serenity::InteractionContext::Guild,
            serenity::InteractionContext::BotDm,
            serenity::InteractionContext::PrivateChannel,
        ]);
    serenity::Command::set_global_commands(&http, vec![alliance]).await.expect("serenity reads the answer");
    assert_eq!(
        standin.schema_errors(),
        Vec::<String>::new(),
        "the installation fields fit Discord's description"
    );
    let who = user(5, "de");
    let places = [
        (Elsewhere::Dm, serenity::InteractionContext::BotDm, None),
        (Elsewhere::GroupDm, serenity::InteractionContext::PrivateChannel, None),
        (
            Elsewhere::ServerWithoutBot { guild: 42, locale: "fr" },
            serenity::InteractionContext::Guild,
            Some(42),
        ),
    ];
    for (place, context, guild) in places {
        let interaction = standin.user_install_command(place, &who, "alliance", Some("military"), &[]);
        let Event::InteractionCreate(create) = read("INTERACTION_CREATE", interaction) else {
            panic!("{place:?}: not an interaction")
        };
        let serenity::Interaction::Command(command) = create.interaction else {
            panic!("{place:?}: not a command")
        };
        assert_eq!(command.context, Some(context), "{place:?}");
        assert_eq!(command.guild_id.map(|g| g.get()), guild, "{place:?}");
        assert!(
            matches!(
                command.authorizing_integration_owners.0.as_slice(),
                [serenity::AuthorizingIntegrationOwner::UserInstall(id)] if id.get() == 5
            ),
            "{place:?}: {:?}",
            command.authorizing_integration_owners
        );
        assert_eq!(command.locale, "de");
    }
}

#[test]
fn rest_objects_are_read_as_serenity_models() {
    let spec = guild_spec();
    let body = json!({ "content": "hello", "embeds": [{ "title": "t" }], "nonce": "n1" });
    let metadata = payloads::interaction_metadata(9, 5, Some(FR_GUILD));
    let message = payloads::message(8, spec.general().id, Some(FR_GUILD), 0, &body, None);
    let reply = payloads::message(10, spec.general().id, Some(FR_GUILD), 20, &body, Some(metadata));
    for value in [message, reply] {
        let message: serenity::Message =
            serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value}"));
        assert_eq!(message.author.id.get(), payloads::APPLICATION_ID);
    }
    let channel: serenity::GuildChannel =
        serde_json::from_value(payloads::channel(&spec, &spec.channels[1])).expect("a channel");
    let guild: serenity::PartialGuild = serde_json::from_value(payloads::guild(&spec)).expect("a server");
    let member: serenity::Member =
        serde_json::from_value(payloads::member(payloads::user(payloads::APPLICATION_ID, true), None))
            .expect("a member");
    let permissions = guild.user_permissions_in(&channel, &member);
    assert!(permissions.view_channel() && !permissions.send_messages(), "the channel's overwrite is read");
    assert!(guild.roles[&serenity::RoleId::new(3_000_000_000_000_000_006)].mentionable);
    for kind in [5, 15] {
        let spec_channel = spec.channels.iter().find(|c| c.kind == kind).expect("a channel of that kind");
        let channel: serenity::GuildChannel = serde_json::from_value(payloads::channel(&spec, spec_channel))
            .expect("an announcement or forum channel");
        assert_eq!(u8::from(channel.kind), kind);
    }
    let thread: serenity::GuildChannel =
        serde_json::from_value(payloads::thread(11, FR_GUILD, 3_000_000_000_000_000_004, "a post", &[]))
            .expect("a thread");
    assert_eq!(thread.kind, serenity::ChannelType::PublicThread);
    let dm: serenity::PrivateChannel =
        serde_json::from_value(payloads::dm_channel(12, 5)).expect("a DM channel");
    assert_eq!((dm.id.get(), dm.recipient.id.get(), dm.kind), (12, 5, serenity::ChannelType::Private));
    let message = payloads::message(13, 12, None, 0, &body, None);
    let message: serenity::Message = serde_json::from_value(message).expect("a direct message");
    assert_eq!(message.guild_id, None);
    // A Components V2 message, as a click on one carries it: serenity reads it, leaving out the
    // component types it does not know (the bot reads the layout from the button's id).
    let v2 = payloads::message(14, 12, None, 0, &payloads::v2_body("alliance:timeline:2:v2"), None);
    let v2: serenity::Message = serde_json::from_value(v2.clone()).unwrap_or_else(|e| panic!("{e}: {v2}"));
    assert!(v2.components.is_empty(), "{:?}", v2.components);
}

#[test]
fn the_gateway_bot_answer_is_read_as_serenitys_bot_gateway() {
    let value = payloads::bot_gateway("ws://127.0.0.1:1/gateway", 4, 2);
    let gateway: serenity::BotGateway =
        serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value}"));
    assert_eq!((gateway.shards, gateway.session_start_limit.max_concurrency), (4, 2));
}

#[test]
fn the_openapi_check_refuses_what_discord_refuses() {
    let spec = openapi::shared();
    let good = json!({ "type": 4, "data": { "content": "hi", "flags": 64 } });
    assert_eq!(
        spec.check("POST", "/interactions/123/abc/callback", None, Some(&good), JSON),
        Vec::<String>::new()
    );
    let bad_type = json!({ "type": 99, "data": { "content": "hi" } });
    assert!(!spec.check("POST", "/interactions/123/abc/callback", None, Some(&bad_type), JSON).is_empty());
    let long_title = json!({ "embeds": [{ "title": "x".repeat(300) }] });
    assert!(!spec.check("POST", "/channels/1/messages", None, Some(&long_title), JSON).is_empty());
    let bad_name = json!([{ "name": "n".repeat(33), "description": "d", "type": 1 }]);
    assert!(!spec.check("PUT", "/applications/1/commands", None, Some(&bad_name), JSON).is_empty());
    assert!(!spec
        .check("POST", "/channels/not-a-snowflake/messages", None, Some(&json!({"content": "x"})), JSON)
        .is_empty());
    assert!(!spec.check("GET", "/channels/1/messages", Some("sideways=3"), None, JSON).is_empty());
    assert!(spec.check("GET", "/channels/1/messages", Some("after=5&limit=50"), None, JSON).is_empty());
    assert!(!spec.check("POST", "/nowhere", None, None, JSON).is_empty());
    assert!(spec
        .check("PATCH", "/webhooks/1/tok/messages/@original", None, Some(&json!({"content": "x"})), JSON)
        .is_empty());
}

/// A multipart body as reqwest writes it for serenity.
fn form(boundary: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, filename, data) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let file = filename.map(|f| format!("; filename=\"{f}\"")).unwrap_or_default();
        body.extend_from_slice(
            format!("Content-Disposition: form-data; name=\"{name}\"{file}\r\n").as_bytes(),
        );
        if filename.is_some() {
            body.extend_from_slice(b"Content-Type: image/png\r\n");
        }
        body.extend_from_slice(b"\r\n");
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    body
}

#[test]
fn uploads_are_read_and_held_against_the_description_like_json_bodies() {
    let boundary = multipart::boundary("multipart/form-data; boundary=abc123").expect("a boundary");
    assert_eq!(boundary, "abc123");
    assert_eq!(multipart::boundary("application/json"), None);
    let payload = json!({ "type": 4, "data": {
        "embeds": [{ "title": "t", "image": { "url": "attachment://timeline.png" } }],
        "attachments": [{ "id": 0, "filename": "timeline.png", "description": "alt" }],
    } });
    let png: &[u8] = b"\x89PNG\r\n\x1a\n--abc12 not a boundary\r\n";
    let payload_text = payload.to_string();
    let body = form(
        &boundary,
        &[("payload_json", None, payload_text.as_bytes()), ("files[0]", Some("timeline.png"), png)],
    );
    let parts = multipart::parse(&body, &boundary).expect("a readable body");
    let (json, files, problems) = multipart::payload(parts);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(json.as_ref(), Some(&payload));
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].data, png, "the file's bytes, whole");
    assert_eq!(files[0].filename.as_deref(), Some("timeline.png"));

    let spec = openapi::shared();
    let callback = "/interactions/123/abc/callback";
    assert_eq!(spec.check("POST", callback, None, json.as_ref(), MULTIPART), Vec::<String>::new());
    let too_long =
        json!({ "type": 4, "data": { "attachments": [{ "id": 0, "description": "x".repeat(1025) }] } });
    assert!(!spec.check("POST", callback, None, Some(&too_long), MULTIPART).is_empty());
    assert!(!spec.check("PUT", "/applications/1/commands", None, Some(&json!([])), MULTIPART).is_empty());

    // A file the payload does not describe, and a stray field, are refused.
    let undescribed = json!({ "type": 4, "data": { "content": "x" } }).to_string();
    let body = form(
        &boundary,
        &[
            ("payload_json", None, undescribed.as_bytes()),
            ("files[0]", Some("a.png"), png),
            ("stray", None, b"1"),
        ],
    );
    let (_, _, problems) = multipart::payload(multipart::parse(&body, &boundary).expect("a readable body"));
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(multipart::parse(b"no boundary here", &boundary).is_err());
}

#[test]
fn the_application_is_read_as_serenitys_application_info_with_the_test_public_key() {
    let info: serenity::CurrentApplicationInfo =
        serde_json::from_value(payloads::application()).expect("serenity reads the application");
    assert_eq!(info.id.get(), payloads::APPLICATION_ID);
    assert_eq!(info.verify_key, support::discord::endpoint::public_key_hex());
    assert_eq!(info.verify_key.len(), 64);
}

#[tokio::test]
async fn a_modal_submit_is_read_as_serenitys_modal_interaction() {
    let standin = StandIn::start().await;
    standin.add_guild(EN_GUILD, "en-US");
    let modal = standin.modal_submit(Some(EN_GUILD), &user(1, "en-US"), "feedback");
    let interaction: serenity::Interaction = serde_json::from_value(modal).expect("serenity reads the modal");
    assert!(matches!(interaction, serenity::Interaction::Modal(m) if m.data.custom_id == "feedback"));
}
