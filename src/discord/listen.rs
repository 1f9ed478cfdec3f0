//! The HTTP server of `HTTP_ADDR` (health, metrics and `serve`'s `/interactions`), with the
//! bounds a public endpoint needs: connections that send nothing, or their headers too slowly,
//! are closed, and the number of open connections is capped below the process's file limit, so
//! that a crowd of idle or slow clients can neither starve Discord's requests nor exhaust the
//! process's file descriptors (which the database and Discord's API need too).
//!
//! - **Header-read timeout** ([`HEADER_TIMEOUT`]): once the first byte of a request has arrived,
//!   its headers must be complete within it.
//! - **Idle timeout** ([`IDLE_TIMEOUT`]): a connection on which nothing arrives, between its
//!   opening (or its previous response) and its next request, is closed after it.
//! - **Connection cap** (`HTTP_MAX_CONNECTIONS`): at the cap, each new connection closes the
//!   connection that has waited longest without a request in progress (one that sends nothing,
//!   or its headers only slowly), once it has waited at least [`EVICTABLE_AFTER`]; while every
//!   connection has a request in progress or has just opened, the new one waits for a slot.
//!   Reaching the cap is logged, at most once a minute.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

/// How long a request's headers may take once its first byte has arrived.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a connection may stay open with nothing arriving and no request in progress:
/// above the 60 s idle timeout of the usual load balancers, so that they close first.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(75);
/// How long a connection must have waited without a request before a new one may close it: a
/// client that has just connected, or whose request a loaded process has not read yet, keeps
/// its connection.
const EVICTABLE_AFTER: Duration = Duration::from_millis(50);
/// How often the accept loop looks again for a connection to close, at the cap.
const CAP_RETRY: Duration = Duration::from_millis(25);
/// How often a connection's timeouts are looked at.
const TICK: Duration = Duration::from_millis(250);
/// At most one "cap reached" line in this long.
const CAP_LOG_EVERY: Duration = Duration::from_secs(60);
/// How long shutdown waits for connections to finish their request.
const DRAIN: Duration = Duration::from_secs(10);

/// One open connection, as the accept loop and its own task see it.
struct Connection {
    /// When it was opened: times below are milliseconds since then.
    opened: Instant,
    /// Requests in progress.
    busy: AtomicUsize,
    /// When the connection last became free of requests (opened, or a response given).
    free_since: AtomicU64,
    /// When the first byte after that arrived, if one has (plus one: 0 is none).
    first_byte: AtomicU64,
    /// Set to close it.
    evicted: AtomicBool,
    close: Notify,
}

impl Connection {
    fn new() -> Connection {
        Connection {
            opened: Instant::now(),
            busy: AtomicUsize::new(0),
            free_since: AtomicU64::new(0),
            first_byte: AtomicU64::new(0),
            evicted: AtomicBool::new(false),
            close: Notify::new(),
        }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn received(&self) {
        if self.busy.load(Ordering::Relaxed) == 0 && self.first_byte.load(Ordering::Relaxed) == 0 {
            self.first_byte.store(self.now().saturating_add(1), Ordering::Relaxed);
        }
    }

    fn request_started(&self) {
        self.busy.fetch_add(1, Ordering::SeqCst);
    }

    fn request_finished(&self) {
        self.free_since.store(self.now(), Ordering::Relaxed);
        self.first_byte.store(0, Ordering::Relaxed);
        self.busy.fetch_sub(1, Ordering::SeqCst);
    }

    /// Since when it has waited without a request in progress; `None` while busy.
    fn waiting_since(&self) -> Option<Instant> {
        if self.busy.load(Ordering::SeqCst) > 0 {
            return None;
        }
        let since = self.free_since.load(Ordering::Relaxed);
        Some(self.opened + Duration::from_millis(since))
    }

    /// Why it should close now, if it should.
    fn expired(&self) -> Option<&'static str> {
        if self.busy.load(Ordering::SeqCst) > 0 {
            return None;
        }
        let now = self.now();
        match self.first_byte.load(Ordering::Relaxed) {
            0 => {
                let idle = now.saturating_sub(self.free_since.load(Ordering::Relaxed));
                (idle > millis(IDLE_TIMEOUT)).then_some("idle")
            }
            first => (now.saturating_sub(first - 1) > millis(HEADER_TIMEOUT)).then_some("headers too slow"),
        }
    }

    fn evict(&self) {
        self.evicted.store(true, Ordering::SeqCst);
        self.close.notify_one();
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// The open connections.
#[derive(Default)]
struct Registry {
    open: Mutex<HashMap<u64, Arc<Connection>>>,
    next: AtomicU64,
    /// A connection closed.
    freed: Notify,
    /// When the cap was last logged, in seconds since `started` (plus one: 0 is never).
    logged: AtomicU64,
}

impl Registry {
    fn count(&self) -> usize {
        self.open.lock().map_or(0, |open| open.len())
    }

    fn add(&self, connection: Arc<Connection>) -> u64 {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut open) = self.open.lock() {
            open.insert(id, connection);
        }
        id
    }

    fn remove(&self, id: u64) {
        if let Ok(mut open) = self.open.lock() {
            open.remove(&id);
        }
        self.freed.notify_waiters();
    }

    /// Closes the connection that has waited longest without a request, if one has waited at
    /// least [`EVICTABLE_AFTER`]; `false` when none has.
    fn evict_longest_waiting(&self) -> bool {
        let Ok(open) = self.open.lock() else { return false };
        let victim = open
            .values()
            .filter(|c| !c.evicted.load(Ordering::SeqCst))
            .filter_map(|c| c.waiting_since().map(|since| (since, c)))
            .filter(|(since, _)| since.elapsed() >= EVICTABLE_AFTER)
            .min_by_key(|(since, _)| *since);
        match victim {
            Some((_, connection)) => {
                connection.evict();
                true
            }
            None => false,
        }
    }

    fn log_cap(&self, started: Instant, limit: usize) {
        let now = started.elapsed().as_secs().saturating_add(1);
        let last = self.logged.load(Ordering::Relaxed);
        if last != 0 && now.saturating_sub(last) < CAP_LOG_EVERY.as_secs() {
            return;
        }
        if self.logged.compare_exchange(last, now, Ordering::SeqCst, Ordering::Relaxed).is_ok() {
            tracing::warn!(
                limit,
                "HTTP_MAX_CONNECTIONS reached: each new connection closes the one waiting longest without a request (logged at most once a minute)"
            );
        }
    }
}

/// A socket that tells its connection when bytes arrive.
struct Watched {
    socket: TcpStream,
    connection: Arc<Connection>,
}

impl AsyncRead for Watched {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.socket).poll_read(cx, buf);
        if buf.filled().len() > before {
            this.connection.received();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().socket).poll_write(cx, data)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().socket).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().socket).poll_shutdown(cx)
    }
}

/// How many connections the kernel may queue before they are accepted (it caps this at
/// `net.core.somaxconn`): a burst waits there rather than being refused.
const BACKLOG: u32 = 4096;

/// Binds `addr`, with room in the kernel's queue for a burst of connections.
pub(crate) fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket =
        if addr.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(BACKLOG)
}

/// Serves `app` on `listener` until `stop`, then lets the requests in progress finish (up to
/// [`DRAIN`]).
pub(crate) async fn serve(
    listener: TcpListener,
    app: Router,
    max_connections: usize,
    stop: CancellationToken,
) {
    let registry = Arc::new(Registry::default());
    let started = Instant::now();
    loop {
        let accepted = tokio::select! {
            () = stop.cancelled() => break,
            accepted = listener.accept() => accepted,
        };
        let (socket, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(error) => {
                // Out of file descriptors, most often: the cap is above the process's limit.
                tracing::warn!(%error, "cannot accept an HTTP connection");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        // At the cap: make room, or wait for it (a connection ending, or one waiting long
        // enough to be closed) while every connection has a request or has just opened.
        while registry.count() >= max_connections {
            registry.log_cap(started, max_connections);
            let freed = registry.freed.notified();
            let evicted = registry.evict_longest_waiting();
            if !evicted && registry.count() < max_connections {
                break;
            }
            let retry = if evicted { DRAIN } else { CAP_RETRY };
            tokio::select! {
                () = stop.cancelled() => break,
                () = freed => {}
                () = tokio::time::sleep(retry) => {}
            }
        }
        if stop.is_cancelled() {
            break;
        }
        // Counted from here, before its task runs: a burst cannot overshoot the cap.
        let state = Arc::new(Connection::new());
        let id = registry.add(Arc::clone(&state));
        let registry = Arc::clone(&registry);
        tokio::spawn(connection(socket, peer, app.clone(), state, id, registry, stop.clone()));
    }
    drop(listener);
    let deadline = tokio::time::Instant::now() + DRAIN;
    while registry.count() > 0 {
        let freed = registry.freed.notified();
        if registry.count() == 0 || tokio::time::timeout_at(deadline, freed).await.is_err() {
            break;
        }
    }
}

/// One connection, closed at its timeouts, when evicted, or after its request at shutdown.
async fn connection(
    socket: TcpStream,
    peer: SocketAddr,
    app: Router,
    state: Arc<Connection>,
    id: u64,
    registry: Arc<Registry>,
    stop: CancellationToken,
) {
    let _ = socket.set_nodelay(true);
    let io = hyper_util::rt::TokioIo::new(Watched { socket, connection: Arc::clone(&state) });
    let counted = Arc::clone(&state);
    let service = hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
        use tower_service::Service;
        counted.request_started();
        let answer = app.clone().call(request);
        let counted = Arc::clone(&counted);
        async move {
            let response = answer.await;
            counted.request_finished();
            response
        }
    });
    let served = hyper::server::conn::http1::Builder::new().serve_connection(io, service);
    tokio::pin!(served);
    let mut stopping = false;
    let mut ticks = tokio::time::interval(TICK);
    loop {
        tokio::select! {
            result = served.as_mut() => {
                if let Err(error) = result {
                    tracing::debug!(%error, %peer, "HTTP connection ended with an error");
                }
                break;
            }
            () = state.close.notified() => {
                tracing::debug!(%peer, "HTTP connection closed for a new one (connection cap)");
                break;
            }
            () = stop.cancelled(), if !stopping => {
                stopping = true;
                served.as_mut().graceful_shutdown();
            }
            _ = ticks.tick() => {
                if let Some(why) = state.expired() {
                    tracing::debug!(%peer, why, "HTTP connection closed");
                    break;
                }
            }
        }
    }
    registry.remove(id);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_connection_expires_when_idle_or_its_headers_are_slow_but_never_mid_request() {
        let connection = Connection::new();
        assert_eq!(connection.expired(), None, "just opened");
        // Opened long ago, with nothing received since.
        connection.free_since.store(0, Ordering::Relaxed);
        let connection = Connection { opened: Instant::now() - IDLE_TIMEOUT * 2, ..connection };
        assert_eq!(connection.expired(), Some("idle"));
        connection.received();
        connection.first_byte.store(1, Ordering::Relaxed);
        assert_eq!(connection.expired(), Some("headers too slow"));
        connection.request_started();
        assert_eq!(connection.expired(), None, "a request in progress");
        assert!(connection.waiting_since().is_none());
        connection.request_finished();
        assert_eq!(connection.expired(), None, "a new wait starts at the response");
    }
}
