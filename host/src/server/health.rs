//! `/healthz` (liveness), `/readyz` (readiness) and the gauges `/metrics` reads at scrape time.

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Response, StatusCode};

use super::text;
use crate::app::App;
use crate::metrics::Gauges;

pub(super) fn gauges(app: &App) -> Gauges {
    Gauges {
        queue_depth: app.store.depth().unwrap_or(-1),
        oldest_waiting_seconds: app
            .store
            .oldest_waiting_ms()
            .ok()
            .flatten()
            .map_or(0.0, |ms| ms as f64 / 1000.0),
        held_backends: app.standing.iter().filter(|h| h.is_held()).count(),
        storage_failing: app.store.write_failure().is_some(),
        storage_write_failures: app.store.write_failures(),
    }
}

/// Liveness: 503 while the queue cannot be written (nothing can be accepted or recorded).
pub(super) fn healthz(app: &App) -> Response<Full<Bytes>> {
    match app.store.write_failure() {
        None => text(StatusCode::OK, "ok"),
        Some(why) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "storage failing: {why} ({} updates waiting to be written again; webhooks are refused)",
                app.store.carried_updates()
            ),
        ),
    }
}

/// Readiness: 503 while the queue cannot be written or a Nextcloud refuses the secret; the
/// body says what waits.
pub(super) fn readyz(app: &App) -> Response<Full<Bytes>> {
    let g = gauges(app);
    let mut problems = Vec::new();
    if let Some(why) = app.store.write_failure() {
        problems.push(format!("storage failing: {why}"));
    }
    let now = crate::store::now_ms().max(0) as u64;
    for (i, h) in app.standing.iter().enumerate() {
        if h.is_held() {
            problems.push(format!(
                "sending to {} stopped after 401s (fix the secret, restart)",
                app.backend_urls[i]
            ));
        }
        if let Some((until, why)) = h.paused(now) {
            problems.push(format!(
                "sending to {} paused for {} s: {why}",
                app.backend_urls[i],
                until.saturating_sub(now).div_ceil(1000)
            ));
        }
    }
    let summary = format!(
        "queue depth {}, oldest waiting {:.0} s, held backends {}",
        g.queue_depth, g.oldest_waiting_seconds, g.held_backends
    );
    if problems.is_empty() {
        text(StatusCode::OK, format!("ready: {summary}"))
    } else {
        text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {}; {summary}", problems.join("; ")),
        )
    }
}
