//! HTTP ingress: verify through the component, queue durably, then answer 200.
//!
//! `health.rs`: `/healthz`, `/readyz` and the gauges of `/metrics`; `idle.rs`: the connections
//! to shed when every slot is taken.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode, header};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tracing::{debug, error, info, warn};

mod bodies;
mod health;
mod idle;

use crate::app::App;
use crate::protocol::{Admitted, WebhookError};
use crate::store::{Enqueued, NewJob, now_ms};
use bodies::{Bodies, BodyError, FREE_BODY_BYTES};
use health::{gauges, healthz, readyz};
use idle::IdleConnections;

/// Slow clients (headers or body) are cut off after this; Talk itself gives up after 5 s.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// On shutdown, how long connections already accepted are served before idle ones close.
const ACCEPTED_LINGER: Duration = Duration::from_millis(300);
/// Largest header section read (hyper's default is ~400 KB).
const MAX_HEADER_BUFFER: usize = 64 << 10;
/// Connections the kernel queues for `accept` (capped by `net.core.somaxconn`).
const LISTEN_BACKLOG: u32 = 4096;
/// A body arriving this long can be cut when a connection slot is needed and every one is
/// mid-request (Talk's bodies arrive in milliseconds).
const CUT_BODY_AFTER: Duration = Duration::from_secs(1);

fn text(status: StatusCode, body: impl Into<String>) -> Response<Full<Bytes>> {
    let mut body = body.into();
    body.push('\n');
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

/// Which paths a listener serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Webhooks, and health and metrics unless they have their own listener.
    Webhooks { with_admin: bool },
    /// Only `/healthz`, `/readyz` and `/metrics` (`TALKBOT_METRICS_LISTEN`).
    Admin,
}

/// Serve until `shutdown` turns true; then stop accepting and let open requests finish.
///
/// At most `max_connections` connections are served at once. A new connection never waits
/// behind idle ones: when every slot is taken, the oldest connection that has no request in
/// progress (an idle or header-less one, the shape of a connection flood) is closed to make
/// room, or else the slowest body that has been arriving for [`CUT_BODY_AFTER`]; only when
/// every request is mid-way and quick do new connections wait in the kernel's backlog. So a
/// flood of idle or slow connections exhausts neither memory nor file descriptors, nor does it
/// delay Talk's webhook.
pub async fn serve(
    app: Arc<App>,
    listener: TcpListener,
    role: Role,
    max_connections: usize,
    mut shutdown: watch::Receiver<bool>,
) -> Result<()> {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let connections = Arc::new(Semaphore::new(max_connections));
    let idle = Arc::new(std::sync::Mutex::new(IdleConnections::default()));
    let bodies = Bodies::new(app.config.max_buffered_bytes, app.config.max_body_bytes);
    loop {
        let permit = match connections.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                let shed = idle.lock().unwrap_or_else(|p| p.into_inner()).shed_oldest()
                    || bodies.cut_slowest(CUT_BODY_AFTER);
                if shed {
                    app.metrics.connections_shed.inc();
                }
                tokio::select! {
                    permit = connections.clone().acquire_owned() => match permit {
                        Ok(permit) => permit,
                        Err(_) => break,
                    },
                    _ = shutdown.changed() => break,
                }
            }
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // pause and go on (never exit).
                    warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = shutdown.changed() => break,
        };
        let _ = stream.set_nodelay(true);
        let (id, busy, shed) = idle.lock().unwrap_or_else(|p| p.into_inner()).add();
        let app = app.clone();
        let in_request = busy.clone();
        let bodies = bodies.clone();
        let service = service_fn(move |request| {
            let (app, in_request, bodies) = (app.clone(), in_request.clone(), bodies.clone());
            async move {
                // Busy while a request is served: never shed mid-request.
                in_request.store(true, std::sync::atomic::Ordering::Relaxed);
                let response = route(&app, &bodies, role, request, peer).await;
                in_request.store(false, std::sync::atomic::Ordering::Relaxed);
                Ok::<_, Infallible>(response)
            }
        });
        let connection = http1::Builder::new()
            .keep_alive(true)
            .timer(TokioTimer::new())
            .header_read_timeout(READ_TIMEOUT)
            .max_buf_size(MAX_HEADER_BUFFER)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        let idle = idle.clone();
        tokio::spawn(async move {
            tokio::select! {
                ended = connection => if let Err(e) = ended {
                    debug!("connection from {peer}: {e}");
                },
                // Shed for a new connection: dropping it closes the socket.
                _ = shed.notified() => debug!("connection from {peer} closed to make room"),
            }
            idle.lock()
                .unwrap_or_else(|p| p.into_inner())
                .open
                .remove(&id);
            drop(permit);
        });
    }
    info!("no longer accepting connections; waiting for open requests");
    // Connections accepted a moment ago may not have had their request read yet; closing them
    // now would drop a webhook Talk already sent. Serve them a little longer first.
    tokio::time::sleep(ACCEPTED_LINGER).await;
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(Duration::from_secs(10)) => warn!("open requests did not finish within 10 s"),
    }
    Ok(())
}

/// Bind the configured address.
///
/// The backlog is 4,096 (the kernel caps it at `net.core.somaxconn`): when the queue of
/// connections not yet accepted is full, the kernel drops new ones and their senders retry
/// after 1 s, then 3 s, so under a flood of connections a short queue shows as whole seconds
/// of Talk's wait (measured with `bench/flood.sh`).
pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
    let socket = match addr {
        SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4(),
        SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6(),
    }
    .and_then(|socket| {
        socket.set_reuseaddr(true)?;
        socket.bind(addr)?;
        socket.listen(LISTEN_BACKLOG)
    });
    socket.with_context(|| format!("cannot listen on {addr}"))
}

async fn route(
    app: &App,
    bodies: &Arc<Bodies>,
    role: Role,
    request: Request<Incoming>,
    peer: SocketAddr,
) -> Response<Full<Bytes>> {
    let path = request.uri().path().to_string();
    let webhooks = matches!(role, Role::Webhooks { .. });
    // On the webhook port (no TALKBOT_METRICS_LISTEN) `/readyz` and `/metrics` answer only
    // this machine, and not through a proxy (which adds a forwarding header): the webhook
    // port is public, they name the Nextcloud and its troubles. `/healthz` says only ok or not.
    let local = peer.ip().is_loopback()
        && ["forwarded", "x-forwarded-for", "x-real-ip"]
            .iter()
            .all(|h| !request.headers().contains_key(*h));
    let liveness = matches!(role, Role::Admin | Role::Webhooks { with_admin: true });
    let admin = match role {
        Role::Admin => true,
        Role::Webhooks { with_admin } => with_admin && local,
    };
    match (request.method(), path.as_str()) {
        (&Method::POST, p) if webhooks && p == app.config.webhook_path => {
            webhook(app, bodies, request, peer).await
        }
        (_, p) if webhooks && p == app.config.webhook_path => {
            text(StatusCode::METHOD_NOT_ALLOWED, "webhooks are POSTed")
        }
        (&Method::GET, "/healthz") if liveness => healthz(app),
        (&Method::GET, "/readyz") if admin => readyz(app),
        (&Method::GET, "/metrics") if admin => {
            let mut response = text(StatusCode::OK, app.metrics.render(&gauges(app)));
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                header::HeaderValue::from_static(crate::metrics::CONTENT_TYPE),
            );
            response
        }
        (&Method::GET, "/readyz" | "/metrics") if webhooks && liveness => text(
            StatusCode::NOT_FOUND,
            "not served here: /readyz and /metrics answer only requests from this machine on the \
             webhook port; set TALKBOT_METRICS_LISTEN (e.g. 127.0.0.1:9090) to serve them on a port of \
             their own",
        ),
        _ if webhooks => text(
            StatusCode::NOT_FOUND,
            format!(
                "no such path; Talk webhooks go to {}",
                app.config.webhook_path
            ),
        ),
        _ => text(
            StatusCode::NOT_FOUND,
            "no such path; this port serves /healthz, /readyz and /metrics",
        ),
    }
}

/// The `X-Nextcloud-Talk-*` headers, as the component reads them.
fn talk_headers(request: &Request<Incoming>) -> Vec<(String, String)> {
    request
        .headers()
        .iter()
        .filter(|(name, _)| name.as_str().starts_with("x-nextcloud-talk-"))
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect()
}

async fn webhook(
    app: &App,
    bodies: &Arc<Bodies>,
    request: Request<Incoming>,
    peer: SocketAddr,
) -> Response<Full<Bytes>> {
    let start = Instant::now();
    let limit = app.config.max_body_bytes;
    let too_large = || {
        app.metrics.webhooks_too_large.inc();
        text(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("body too large: the limit is {limit} bytes"),
        )
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return too_large();
    }
    let headers = talk_headers(&request);
    // What the headers alone condemn (no random or signature, a malformed one, no secret at
    // all) is refused before a byte of a large body is read: the component checks the headers
    // of an empty body, and only a signature mismatch (which needs the body) lets it through.
    // A small body (Talk's are a few KiB) is read first: it costs less than the extra call.
    if declared.is_none_or(|n| n > FREE_BODY_BYTES as u64) {
        let mut instance = match app.engine.acquire().await {
            Ok(i) => i,
            Err(e) => return unavailable(app, &e),
        };
        match instance.receive(&app.receive_options, &headers, b"") {
            Ok(Err(
                error @ (WebhookError::MissingHeader(_)
                | WebhookError::MalformedRandom(_)
                | WebhookError::MalformedSignature(_)
                | WebhookError::NoSecrets),
            )) => return refuse(app, &mut instance, &error, peer),
            Ok(_) => {}
            Err(e) => {
                error!("the component trapped on webhook headers: {e:#}");
                return text(StatusCode::BAD_REQUEST, "cannot process these headers");
            }
        }
    }
    let (body, _budget) = match bodies
        .read(request.into_body(), peer.ip(), limit, READ_TIMEOUT)
        .await
    {
        Ok(read) => read,
        Err(BodyError::TooLarge) => return too_large(),
        Err(BodyError::Timeout) => {
            return text(
                StatusCode::REQUEST_TIMEOUT,
                "the body did not arrive in time",
            );
        }
        Err(BodyError::Busy) => {
            app.metrics.webhooks_unavailable.inc();
            return text(
                StatusCode::SERVICE_UNAVAILABLE,
                "too many webhook bodies are being read right now; try again",
            );
        }
        Err(BodyError::Cut) => {
            app.metrics.webhooks_unavailable.inc();
            debug!(%peer, "cut a slow body to make room for a faster one");
            return text(
                StatusCode::SERVICE_UNAVAILABLE,
                "the body arrived too slowly while others were waiting; send it at once",
            );
        }
        Err(BodyError::Broken(why)) => {
            return text(
                StatusCode::BAD_REQUEST,
                format!("cannot read the body: {why}"),
            );
        }
    };

    let mut instance = match app.engine.acquire().await {
        Ok(i) => i,
        Err(e) => return unavailable(app, &e),
    };
    let now = now_ms().max(0) as u64;
    let admitted = match instance.ingest_job(&app.bot_config, &headers, &body, now) {
        Ok(Ok(Ok(admitted))) => admitted,
        Ok(Ok(Err(error))) => return refuse(app, &mut instance, &error, peer),
        // Checked when talkbot started: cannot happen with the same configuration.
        Ok(Err(why)) => {
            error!("the engine refused the configuration: {why}");
            app.metrics.webhooks_unavailable.inc();
            return text(StatusCode::SERVICE_UNAVAILABLE, "the bot is misconfigured");
        }
        Err(e) => {
            // Input the component cannot hold (memory limit) or a bug: bad input either way,
            // never a 500.
            warn!(%peer, "the component could not process a webhook of {} bytes: {e:#}", body.len());
            app.metrics.webhooks_malformed.inc();
            return text(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the webhook is too large or too deeply structured to process",
            );
        }
    };
    drop(instance);
    let ticket = match admitted {
        Admitted::Queue(queued) => queued,
        Admitted::Ignore(why) => {
            debug!(%peer, "webhook ignored: {why}");
            app.metrics.webhooks_ignored.inc();
            return text(StatusCode::OK, "ignored");
        }
        Admitted::Stale(why) => {
            app.metrics.webhooks_stale.inc();
            debug!(%peer, "refused a stale webhook: {why}");
            return text(StatusCode::BAD_REQUEST, why);
        }
    };
    let job_token = ticket.token.clone();
    let overtakes = ticket.overtakes;
    let backend_index = ticket.backend_index;
    let job = NewJob {
        dedup_key: ticket.dedup_key,
        backend_index,
        token: ticket.token,
        overtakes: ticket.overtakes,
        machine: ticket.job,
    };
    match app.store.enqueue(job).await {
        Ok(outcome) => {
            app.metrics.ack_latency.observe(start.elapsed());
            match outcome {
                Enqueued::New => {
                    app.metrics.webhooks_queued.inc();
                    // Talk sends webhooks only to bots enabled in the room: jobs that waited
                    // on its 401s (a Leave the bot never got, then re-added) go now. Not for
                    // the Leave itself: it says the bot is gone.
                    let health = &app.standing[backend_index as usize];
                    if !overtakes && health.room_alive(&app.engine, &job_token).await {
                        info!(token = %job_token, "a webhook came from this conversation: the bot is enabled there again, so its jobs that waited on 401s go now");
                        app.store.new_work.notify_one();
                    }
                    text(StatusCode::OK, "queued")
                }
                Enqueued::Duplicate => {
                    debug!(token = %job_token, "duplicate webhook");
                    app.metrics.webhooks_duplicate.inc();
                    text(StatusCode::OK, "duplicate; already queued")
                }
            }
        }
        Err(e) => {
            error!("{e}");
            app.metrics.webhooks_unavailable.inc();
            text(
                StatusCode::SERVICE_UNAVAILABLE,
                "cannot queue the message right now",
            )
        }
    }
}

fn unavailable(app: &App, e: &wasmtime::Error) -> Response<Full<Bytes>> {
    error!("instantiating the component: {e:#}");
    app.metrics.webhooks_unavailable.inc();
    text(StatusCode::SERVICE_UNAVAILABLE, "overloaded; try again")
}

fn refuse(
    app: &App,
    instance: &mut crate::protocol::ProtocolInstance,
    error: &WebhookError,
    peer: SocketAddr,
) -> Response<Full<Bytes>> {
    let status = instance.webhook_error_status(error).unwrap_or(400);
    let message = instance
        .webhook_error_message(error)
        .unwrap_or_else(|_| format!("{error:?}"));
    let counter = match status {
        401 => &app.metrics.webhooks_unauthorized,
        413 => &app.metrics.webhooks_too_large,
        503 => &app.metrics.webhooks_unavailable,
        _ => &app.metrics.webhooks_malformed,
    };
    counter.inc();
    // The message may quote header values: never write control characters into the log.
    warn!(%peer, status, "refused webhook: {}", message.escape_debug());
    text(
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        message,
    )
}
