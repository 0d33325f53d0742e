//! Delivery: sending a reply's chunks, what each answer of Talk's means for the job, backoff,
//! status reactions and giving up.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tracing::{error, info, warn};

use super::JobError;
use super::health::Refusal;
use crate::app::App;
use crate::config::DeliveryConfig;
use crate::delivery::Outcome;
use crate::protocol::{BotRequest, SendOptions};
use crate::store::{Job, JobState, now_ms};

pub(super) const WORKING: &str = "👀";
pub(super) const FAILED: &str = "⚠️";

/// Longest pause between retries of a conversation that answered 401 (it may have removed
/// the bot: a Leave will drop the job; each 401 counts toward Talk's brute-force protection).
const MAX_UNAUTHORIZED_BACKOFF: Duration = Duration::from_secs(600);

/// Backoff before attempt `attempts + 1`: exponential from `initial_backoff`, capped at
/// `max_backoff`, scaled by `jitter` (0.5 to 1.0), and at least `after` (Retry-After).
pub fn backoff(
    d: &DeliveryConfig,
    attempts: u32,
    after: Option<Duration>,
    jitter: f64,
) -> Duration {
    let exp = d
        .initial_backoff
        .saturating_mul(1u32 << attempts.min(20))
        .min(d.max_backoff);
    exp.mul_f64(jitter.clamp(0.5, 1.0))
        .max(after.unwrap_or_default())
}

/// Send one request, counting it and keeping the backend's standing.
pub(super) async fn send(app: &App, backend: usize, token: &str, request: &BotRequest) -> Outcome {
    let start = Instant::now();
    let outcome = app.deliverer.send(request).await;
    app.metrics.delivery_latency.observe(start.elapsed());
    let counter = match &outcome {
        Outcome::Delivered(_) => &app.metrics.deliveries_ok,
        Outcome::Retry { .. } => &app.metrics.deliveries_retry,
        Outcome::Unauthorized => &app.metrics.deliveries_unauthorized,
        Outcome::TooLarge => &app.metrics.deliveries_too_large,
        Outcome::Rejected { .. } => &app.metrics.deliveries_rejected,
    };
    counter.fetch_add(1, Ordering::Relaxed);
    let health = &app.health[backend];
    match outcome {
        Outcome::Unauthorized => {
            match health.unauthorized(token, app.config.delivery.unauthorized_limit) {
                Refusal::Room { refusing } => warn!(
                    backend = %app.backend_urls[backend],
                    token = %token,
                    "this conversation answered 401: the bot is not enabled in it (or was just removed), so its \
                     job is retried later and the other conversations go on ({refusing} conversation(s) refusing \
                     since the last accepted request; if every conversation refuses, the secret is wrong)"
                ),
                Refusal::Backend { newly: true } => {
                    error!(
                        backend = %app.backend_urls[backend],
                        "stopped sending to this Nextcloud: {} different conversations answered 401 with none \
                         accepting in between{}, so the secret is wrong, before Nextcloud's brute-force protection \
                         locks this address out. Either NEXTCLOUD_TALK_BOT_SECRET differs from the secret given to \
                         `occ talk:bot:install`, or the bot was installed without the response feature (install \
                         with `-f webhook -f response`, or `occ talk:bot:state <id> 1 -f webhook -f response`). \
                         Fix it and restart talkbot: held messages are then delivered.",
                        health.refusing(),
                        if health.ever_accepted() { "" } else { " (or the first request after a restart was refused)" },
                    );
                    if let Err(e) = app.store.hold_backend(backend as u32) {
                        error!("holding jobs: {e}");
                    }
                }
                Refusal::Backend { newly: false } => {}
            }
        }
        Outcome::Delivered(_) => health.accepted(),
        _ => {}
    }
    outcome
}

/// Best-effort reaction (status indicators must never block a reply).
pub(super) async fn react(
    app: &App,
    job: &Job,
    message_id: &str,
    emoji: &str,
    remove: bool,
) -> bool {
    let Ok(message_id) = message_id.parse::<u64>() else {
        return false;
    };
    let backend = job.backend_index as usize;
    if app.health[backend].is_held() {
        return false;
    }
    let (base, secret) = (
        &app.backend_urls[backend],
        app.config.backends[backend].secrets[0].expose(),
    );
    let Ok(mut instance) = app.engine.acquire().await else {
        return false;
    };
    let request = if remove {
        instance.remove_reaction(base, secret, &job.token, message_id, emoji)
    } else {
        instance.react(base, secret, &job.token, message_id, emoji)
    };
    drop(instance);
    match request {
        Ok(Ok(request)) => matches!(
            send(app, backend, &job.token, &request).await,
            Outcome::Delivered(_)
        ),
        Ok(Err(e)) => {
            warn!("cannot build a reaction: {e:?}");
            false
        }
        Err(e) => {
            warn!("component trapped building a reaction: {e:#}");
            false
        }
    }
}

/// Give up on a job: ⚠️ on the message, 👀 removed.
pub(super) async fn give_up(app: &App, job: &Job, message_id: Option<&str>, reason: &str) {
    warn!(job = job.id, token = %job.token, "giving up: {reason}");
    if let (true, Some(message_id)) = (app.config.status_reactions, message_id) {
        react(app, job, message_id, FAILED, false).await;
        if job.reacted {
            react(app, job, message_id, WORKING, true).await;
        }
    }
    app.metrics.jobs_failed.fetch_add(1, Ordering::Relaxed);
    if let Err(e) = app.store.finish(job.id, JobState::Failed, Some(reason)) {
        error!(job = job.id, "recording the failure: {e}");
    }
}

/// Retry later, or give up once the answer is no longer worth delivering (`retry_for` after
/// the webhook arrived) or `max_attempts` is reached.
pub(super) async fn retry_or_give_up(
    app: &App,
    job: &Job,
    message_id: Option<&str>,
    reason: &str,
    delay: Duration,
) {
    let d = &app.config.delivery;
    let now = now_ms();
    let at = now + delay.as_millis() as i64;
    let deadline = job
        .received_at
        .saturating_add(d.retry_for.as_millis() as i64);
    let attempts = job.attempts + 1;
    if d.max_attempts.is_some_and(|max| attempts >= max) || at > deadline {
        let waited = Duration::from_millis((now - job.received_at).max(0) as u64);
        give_up(
            app,
            job,
            message_id,
            &format!(
                "{reason} (after {attempts} attempts over {:.0} s)",
                waited.as_secs_f64()
            ),
        )
        .await;
    } else {
        info!(job = job.id, "will retry in {delay:?}: {reason}");
        if let Err(e) = app.store.retry_at(job.id, at, reason) {
            error!(job = job.id, "scheduling the retry: {e}");
        }
    }
}

/// The pause before retrying a conversation that answered 401.
pub(super) fn unauthorized_backoff(d: &DeliveryConfig, attempts: u32, jitter: f64) -> Duration {
    let slower = DeliveryConfig {
        max_backoff: MAX_UNAUTHORIZED_BACKOFF.max(d.max_backoff),
        ..d.clone()
    };
    backoff(&slower, attempts.saturating_add(4), None, jitter)
}

/// Whether the job goes on (Delivered) or what stopped it.
pub(super) enum Chunks {
    Delivered,
    Stopped,
}

/// Send the reply's chunks from the first undelivered one; handle what Talk answers.
pub(super) async fn deliver(
    app: &App,
    job: &mut Job,
    requests: &[BotRequest],
    message_id: Option<&str>,
    secret: &str,
) -> Result<Chunks, JobError> {
    let backend = job.backend_index as usize;
    for (index, request) in requests
        .iter()
        .enumerate()
        .skip(job.delivered_chunks as usize)
    {
        let index = index as u32;
        if app.is_stopping() {
            return Ok(Chunks::Stopped);
        }
        if job.sending_chunk == Some(index) {
            // Sent before, outcome unknown (talkbot was killed while waiting for Talk's answer).
            app.metrics
                .deliveries_resent
                .fetch_add(1, Ordering::Relaxed);
            warn!(
                job = job.id,
                token = %job.token,
                "chunk {index} was being sent when talkbot stopped; sending it again (if Talk had stored it, \
                 it now appears twice: the bot API has no idempotency key)"
            );
        }
        // Recorded before the request leaves: after a crash the re-send is known and counted.
        app.store
            .sending(job.id, index)
            .map_err(JobError::storage)?;
        app.store.flush().await.map_err(JobError::storage)?;
        // The bot left the conversation while this job was thinking: its Leave dropped it.
        if !app.store.is_waiting(job.id).map_err(JobError::storage)? {
            info!(job = job.id, token = %job.token, "dropped by a Leave; not sending");
            return Ok(Chunks::Stopped);
        }
        job.sending_chunk = Some(index);
        let outcome = match send(app, backend, &job.token, request).await {
            Outcome::TooLarge => {
                send_smaller(app, job, secret, request, app.config.max_message_length / 2).await
            }
            other => other,
        };
        match outcome {
            Outcome::Delivered(_) => {
                job.delivered_chunks = index + 1;
                job.sending_chunk = None;
                app.store
                    .chunk_delivered(job.id, job.delivered_chunks)
                    .map_err(JobError::storage)?;
            }
            Outcome::Retry { reason, after } => {
                let delay = backoff(&app.config.delivery, job.attempts, after, super::jitter());
                retry_or_give_up(app, job, message_id, &reason, delay).await;
                return Ok(Chunks::Stopped);
            }
            Outcome::Unauthorized => {
                if app.health[backend].is_held() {
                    if let Err(e) = app.store.finish(
                        job.id,
                        JobState::Held,
                        Some("401: sending to this Nextcloud stopped"),
                    ) {
                        error!(job = job.id, "holding the job: {e}");
                    }
                    if let Err(e) = app.store.hold_backend(backend as u32) {
                        error!("holding jobs: {e}");
                    }
                } else {
                    let delay =
                        unauthorized_backoff(&app.config.delivery, job.attempts, super::jitter());
                    retry_or_give_up(
                        app,
                        job,
                        message_id,
                        "HTTP 401 from this conversation",
                        delay,
                    )
                    .await;
                }
                return Ok(Chunks::Stopped);
            }
            Outcome::TooLarge => {
                give_up(app, job, message_id, "HTTP 413 even for short chunks").await;
                return Ok(Chunks::Stopped);
            }
            Outcome::Rejected { reason, .. } => {
                give_up(app, job, message_id, &reason).await;
                return Ok(Chunks::Stopped);
            }
        }
    }
    Ok(Chunks::Delivered)
}

/// After a 413: split this chunk again at `max` characters and send the parts in order.
async fn send_smaller(
    app: &App,
    job: &Job,
    secret: &str,
    request: &BotRequest,
    max: u32,
) -> Outcome {
    let backend = job.backend_index as usize;
    let body: serde_json::Value = match serde_json::from_str(&request.body) {
        Ok(v) => v,
        Err(e) => {
            return Outcome::Rejected {
                status: 413,
                reason: format!("cannot re-split: {e}"),
            };
        }
    };
    let text = body["message"].as_str().unwrap_or_default();
    if max < 64 {
        return Outcome::TooLarge;
    }
    let options = SendOptions {
        reply_to: body["replyTo"].as_u64(),
        reference_id: body["referenceId"].as_str().map(str::to_string),
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: Some(max),
    };
    let built = match app.engine.acquire().await {
        Ok(mut instance) => instance.send_message(
            &app.backend_urls[backend],
            secret,
            &job.token,
            text,
            &options,
        ),
        Err(e) => Err(e),
    };
    let parts = match built {
        Ok(Ok(parts)) => parts,
        _ => {
            return Outcome::Rejected {
                status: 413,
                reason: "cannot re-split the message".into(),
            };
        }
    };
    for part in &parts {
        let outcome = match send(app, backend, &job.token, part).await {
            Outcome::TooLarge => Box::pin(send_smaller(app, job, secret, part, max / 2)).await,
            other => other,
        };
        if !matches!(outcome, Outcome::Delivered(_)) {
            return outcome;
        }
    }
    Outcome::Delivered(201)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_caps_jitters_and_honours_retry_after() {
        let d = DeliveryConfig {
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(60),
            ..DeliveryConfig::default()
        };
        assert_eq!(backoff(&d, 0, None, 1.0), Duration::from_millis(500));
        assert_eq!(backoff(&d, 3, None, 1.0), Duration::from_secs(4));
        assert_eq!(backoff(&d, 3, None, 0.5), Duration::from_secs(2));
        assert_eq!(backoff(&d, 30, None, 1.0), Duration::from_secs(60));
        assert_eq!(backoff(&d, 0, None, 0.0), Duration::from_millis(250));
        assert_eq!(
            backoff(&d, 0, Some(Duration::from_secs(120)), 1.0),
            Duration::from_secs(120)
        );
        // 401s: slower (×16 from the start), up to 10 minutes.
        assert_eq!(unauthorized_backoff(&d, 0, 1.0), Duration::from_secs(8));
        assert_eq!(unauthorized_backoff(&d, 20, 1.0), Duration::from_secs(600));
    }
}
