//! The gateway websocket: HELLO on connect, READY and GUILD_CREATE after IDENTIFY, the missed
//! events and RESUMED after RESUME, an ACK for every heartbeat.

use std::sync::Arc;

use axum::extract::ws::{CloseFrame, Message, WebSocket};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use super::{payloads, Frame, Hub};

const HEARTBEAT_INTERVAL_MS: u64 = 41_250;

pub(super) async fn session(socket: WebSocket, hub: Arc<Hub>) {
    let (mut sink, mut stream) = socket.split();
    let (sender, mut outbound) = mpsc::unbounded_channel::<Frame>();
    let connection = {
        let mut state = hub.state();
        state.gateway.connections += 1;
        state.gateway.connections
    };
    let hello =
        json!({ "op": 10, "d": { "heartbeat_interval": HEARTBEAT_INTERVAL_MS }, "s": null, "t": null });
    let _ = sender.send(Frame::Text(hello.to_string()));
    loop {
        tokio::select! {
            frame = outbound.recv() => match frame {
                Some(Frame::Text(text)) => {
                    if sink.send(Message::Text(text.into())).await.is_err() {
                        break;
                    }
                }
                Some(Frame::Close(code)) => {
                    let close = CloseFrame { code, reason: "the stand-in dropped the connection".into() };
                    let _ = sink.send(Message::Close(Some(close))).await;
                    break;
                }
                None => break,
            },
            message = stream.next() => match message {
                Some(Ok(Message::Text(text))) => {
                    if let Ok(payload) = serde_json::from_str::<Value>(&text) {
                        receive(&hub, connection, &sender, &payload);
                    }
                }
                Some(Ok(Message::Close(frame))) => {
                    // Answer the close, as a websocket server must.
                    let _ = sink.send(Message::Close(frame)).await;
                    break;
                }
                None | Some(Err(_)) => break,
                Some(Ok(_)) => {}
            },
        }
    }
    let mut state = hub.state();
    if state.gateway.connection.as_ref().is_some_and(|(id, _)| *id == connection) {
        state.gateway.connection = None;
        state.gateway.ready = false;
    }
}

/// Answers one payload from the bot.
fn receive(hub: &Hub, connection: u64, sender: &mpsc::UnboundedSender<Frame>, payload: &Value) {
    match payload["op"].as_u64() {
        Some(1) => {
            let _ =
                sender.send(Frame::Text(json!({ "op": 11, "d": null, "s": null, "t": null }).to_string()));
        }
        Some(2) => {
            let shard = &payload["d"]["shard"];
            let id = shard[0].as_u64().unwrap_or(0) as u32;
            hub.state().identifies.push((id, std::time::Instant::now()));
            match (shard[0].as_u64(), shard[1].as_u64()) {
                (Some(id), Some(total)) if total > 1 => identify_shard(hub, sender, id as u32, total as u32),
                _ => identify(hub, connection, sender),
            }
        }
        Some(6) => resume(hub, connection, sender, &payload["d"]),
        _ => {}
    }
}

fn identify(hub: &Hub, connection: u64, sender: &mpsc::UnboundedSender<Frame>) {
    let session = format!("session-{}", hub.next_id());
    let guilds = {
        let mut state = hub.state();
        let gateway = &mut state.gateway;
        gateway.identified += 1;
        gateway.session = Some(session.clone());
        gateway.seq = 0;
        gateway.log.clear();
        gateway.connection = Some((connection, sender.clone()));
        state.guilds.clone()
    };
    let ids: Vec<u64> = guilds.iter().map(|g| g.id).collect();
    hub.dispatch("READY", payloads::ready(&session, &hub.gateway_url(), &ids, [0, 1]));
    for guild in &guilds {
        hub.dispatch("GUILD_CREATE", payloads::guild_create(guild));
    }
    hub.state().gateway.ready = true;
    hub.touch();
}

/// One shard of several identifies: READY and GUILD_CREATE for its own servers.
fn identify_shard(hub: &Hub, sender: &mpsc::UnboundedSender<Frame>, shard: u32, total: u32) {
    let session = format!("session-{}", hub.next_id());
    let url = hub.gateway_url();
    let mut state = hub.state();
    state.gateway.identified += 1;
    state.shard_total = total;
    let guilds: Vec<_> =
        state.guilds.iter().filter(|g| super::shard_of(g.id, total) == shard).cloned().collect();
    let ids: Vec<u64> = guilds.iter().map(|g| g.id).collect();
    let mut seq = 0;
    let mut send = |name: &str, data: Value| {
        seq += 1;
        let frame = json!({ "op": 0, "t": name, "s": seq, "d": data }).to_string();
        let _ = sender.send(Frame::Text(frame));
    };
    send("READY", payloads::ready(&session, &url, &ids, [shard, total]));
    for guild in &guilds {
        send("GUILD_CREATE", payloads::guild_create(guild));
    }
    state.shards.insert(shard, super::ShardConnection { sender: sender.clone(), seq });
    drop(state);
    hub.touch();
}

fn resume(hub: &Hub, connection: u64, sender: &mpsc::UnboundedSender<Frame>, data: &Value) {
    let resumed = {
        let mut state = hub.state();
        let gateway = &mut state.gateway;
        gateway.resumed += 1;
        let known = gateway.session.as_deref().is_some_and(|s| data["session_id"] == s);
        if known {
            let seen = data["seq"].as_u64().unwrap_or(0);
            for (_, frame) in gateway.log.iter().filter(|(seq, _)| *seq > seen) {
                let _ = sender.send(Frame::Text(frame.clone()));
            }
            gateway.connection = Some((connection, sender.clone()));
        }
        known
    };
    if resumed {
        hub.dispatch("RESUMED", json!({}));
        hub.state().gateway.ready = true;
    } else {
        // An unknown session cannot be resumed: the bot must identify again.
        let _ = sender.send(Frame::Text(json!({ "op": 9, "d": false, "s": null, "t": null }).to_string()));
    }
    hub.touch();
}
