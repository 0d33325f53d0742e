//! HTTP ingress: verify through the component, queue durably, then answer 200.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode, header};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tracing::{debug, error, info, warn};

use crate::app::App;
use crate::protocol::{EventKind, WebhookError};
use crate::store::{Enqueued, NewJob};

/// Slow clients (headers or body) are cut off after this; Talk itself gives up after 5 s.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

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

/// Serve until `shutdown` turns true; then stop accepting and let open requests finish.
pub async fn serve(
    app: Arc<App>,
    listener: TcpListener,
    mut shutdown: watch::Receiver<bool>,
) -> Result<()> {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = shutdown.changed() => break,
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = service_fn(move |request| {
            let app = app.clone();
            async move { Ok::<_, Infallible>(route(&app, request, peer).await) }
        });
        let connection = http1::Builder::new()
            .keep_alive(true)
            .timer(TokioTimer::new())
            .header_read_timeout(READ_TIMEOUT)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                debug!("connection from {peer}: {e}");
            }
        });
    }
    info!("no longer accepting connections; waiting for open requests");
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(Duration::from_secs(10)) => warn!("open requests did not finish within 10 s"),
    }
    Ok(())
}

/// Bind the configured address.
pub async fn bind(addr: SocketAddr) -> Result<TcpListener> {
    TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr} (TALKBOT_LISTEN)"))
}

async fn route(app: &App, request: Request<Incoming>, peer: SocketAddr) -> Response<Full<Bytes>> {
    let path = request.uri().path().to_string();
    match (request.method(), path.as_str()) {
        (&Method::POST, p) if p == app.config.webhook_path => webhook(app, request, peer).await,
        (_, p) if p == app.config.webhook_path => {
            text(StatusCode::METHOD_NOT_ALLOWED, "webhooks are POSTed")
        }
        (&Method::GET, "/healthz") => text(StatusCode::OK, "ok"),
        (&Method::GET, "/metrics") => {
            let depth = app.store.depth().unwrap_or(-1);
            let mut response = text(StatusCode::OK, app.metrics.render(depth));
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                header::HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
            );
            response
        }
        _ => text(
            StatusCode::NOT_FOUND,
            format!(
                "no such path; Talk webhooks go to {}",
                app.config.webhook_path
            ),
        ),
    }
}

async fn webhook(app: &App, request: Request<Incoming>, peer: SocketAddr) -> Response<Full<Bytes>> {
    let start = Instant::now();
    let limit = app.config.max_body_bytes;
    let too_large = || {
        app.metrics
            .webhooks_too_large
            .fetch_add(1, Ordering::Relaxed);
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
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .filter(|(name, _)| name.as_str().starts_with("x-nextcloud-talk-"))
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect();
    let read = tokio::time::timeout(
        READ_TIMEOUT,
        Limited::new(request.into_body(), limit as usize).collect(),
    );
    let Ok(read) = read.await else {
        return text(
            StatusCode::REQUEST_TIMEOUT,
            "the body did not arrive in time",
        );
    };
    let body = match read {
        Ok(body) => body.to_bytes(),
        Err(e)
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some() =>
        {
            return too_large();
        }
        Err(e) => {
            return text(
                StatusCode::BAD_REQUEST,
                format!("cannot read the body: {e}"),
            );
        }
    };

    let mut instance = match app.engine.acquire().await {
        Ok(i) => i,
        Err(e) => {
            error!("instantiating the component: {e:#}");
            app.metrics
                .webhooks_unavailable
                .fetch_add(1, Ordering::Relaxed);
            return text(StatusCode::SERVICE_UNAVAILABLE, "overloaded; try again");
        }
    };
    let received = match instance.receive(&app.receive_options, &headers, &body) {
        Ok(Ok(received)) => received,
        Ok(Err(error)) => return refuse(app, &mut instance, &error, peer),
        Err(e) => {
            error!("the component trapped on a webhook: {e:#}");
            return text(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
        }
    };
    let event = &received.event;
    let ignored = match &event.kind {
        EventKind::Like(_) | EventKind::Undo(_) => true,
        EventKind::Activity => !app.config.answer_activity,
        _ => false,
    };
    if ignored {
        app.metrics.webhooks_ignored.fetch_add(1, Ordering::Relaxed);
        return text(StatusCode::OK, "ignored");
    }
    let token = event.conversation.token.clone();
    let dedup_key = match (&event.kind, &event.message) {
        (EventKind::Create(_) | EventKind::Activity, Some(m)) => {
            format!("{}|{token}|{}", received.backend_index, m.id)
        }
        _ => {
            let signature = headers
                .iter()
                .find(|(k, _)| k == "x-nextcloud-talk-signature")
                .map(|(_, v)| v.to_ascii_lowercase());
            format!(
                "{}|sig|{}",
                received.backend_index,
                signature.unwrap_or_default()
            )
        }
    };
    let job = NewJob {
        dedup_key,
        backend_index: received.backend_index,
        token,
        body: body.to_vec(),
    };
    match app.store.enqueue(job).await {
        Ok(outcome) => {
            app.metrics.ack_latency.observe(start.elapsed());
            match outcome {
                Enqueued::New => {
                    app.metrics.webhooks_queued.fetch_add(1, Ordering::Relaxed);
                    text(StatusCode::OK, "queued")
                }
                Enqueued::Duplicate => {
                    app.metrics
                        .webhooks_duplicate
                        .fetch_add(1, Ordering::Relaxed);
                    text(StatusCode::OK, "duplicate; already queued")
                }
            }
        }
        Err(e) => {
            error!("{e}");
            app.metrics
                .webhooks_unavailable
                .fetch_add(1, Ordering::Relaxed);
            text(
                StatusCode::SERVICE_UNAVAILABLE,
                "cannot queue the message right now",
            )
        }
    }
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
    counter.fetch_add(1, Ordering::Relaxed);
    warn!(%peer, status, "refused webhook: {message}");
    text(
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        message,
    )
}
