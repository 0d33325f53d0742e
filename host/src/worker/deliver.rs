//! Delivery: sending a reply's chunks in order, acting on the engine's reading of each answer
//! (`engine.classify`: delivered, retry at, split again, unauthorized, rejected), status
//! reactions and giving up. The decisions are the engine's; this is the I/O and the record.

use std::time::Instant;

use tracing::{error, info, warn};

use super::JobError;
use crate::app::App;
use crate::protocol::{
    BotRequest, Clearance, JobClock, Outcome, ProtocolInstance, Refusal, Retry, TalkAnswer,
};
use crate::store::{Job, JobState, now_ms};

pub(super) const WORKING: &str = "👀";
pub(super) const FAILED: &str = "⚠️";

/// The job's instance: the one it holds, else a fresh one that it then keeps.
pub(super) async fn held<'a>(
    app: &App,
    held: &'a mut Option<ProtocolInstance>,
) -> Result<&'a mut ProtocolInstance, JobError> {
    if held.is_none() {
        *held = Some(app.engine.acquire().await.map_err(JobError::instantiate)?);
    }
    Ok(held.as_mut().expect("set above"))
}

/// The engine's reading of Talk's answer to one request.
pub(super) struct Answered {
    pub outcome: Outcome,
    /// No answer came after the request was sent: Talk may have stored it.
    pub outcome_unknown: bool,
}

/// Send one request of at most `max_length` characters; the engine's reading of the answer
/// (on the job's instance), counted, with the backend's standing kept. The wait for the answer
/// grows with the job's requests whose outcome was unknown.
pub(super) async fn send(
    app: &App,
    job: &Job,
    request: &BotRequest,
    max_length: u32,
    instance: &mut Option<ProtocolInstance>,
) -> Result<Answered, JobError> {
    let backend = job.backend_index as usize;
    let start = Instant::now();
    let sent = app.deliverer.send_after(request, job.unknown_sends).await;
    let (answer, outcome_unknown) = (sent.answer, sent.outcome_unknown);
    app.metrics.delivery_latency.observe(start.elapsed());
    let clock = JobClock {
        attempts: job.attempts,
        received_at: job.received_at.max(0) as u64,
    };
    let now = now_ms().max(0) as u64;
    let outcome = held(app, instance)
        .await?
        .classify(&answer, max_length, clock, app.retry_policy(), now)
        .map_err(JobError::trap)?;
    let counter = match &outcome {
        Outcome::Delivered => &app.metrics.deliveries_ok,
        Outcome::Retry(_) => &app.metrics.deliveries_retry,
        Outcome::Unauthorized(_) => &app.metrics.deliveries_unauthorized,
        Outcome::SplitAgain(_) => &app.metrics.deliveries_too_large,
        Outcome::Rejected(_) => match answer {
            TalkAnswer::Status((401, _)) => &app.metrics.deliveries_unauthorized,
            _ => &app.metrics.deliveries_rejected,
        },
    };
    counter.inc();
    let health = &app.health[backend];
    if health.throttled(&app.engine, &answer, now).await
        && let Some((until, why)) = health.paused(now)
    {
        error!(
            backend = %app.backend_urls[backend],
            "{why} (for {} s). The secret is not the problem if other conversations were answered \
             before; a conversation the bot was removed from while talkbot could not hear its Leave \
             answers 401 until it is given up",
            until.saturating_sub(now) / 1000
        );
    }
    match &outcome {
        Outcome::Delivered => health.accepted(&app.engine, &job.token).await,
        Outcome::Unauthorized(_) => {
            let limit = app.config.delivery.unauthorized_limit;
            match health
                .unauthorized(&app.engine, &job.token, limit, now)
                .await
            {
                Refusal::Room(refusing) => warn!(
                    backend = %app.backend_urls[backend],
                    token = %job.token,
                    "this conversation answered 401: the bot is not enabled in it (or was just removed), so its \
                     job is tried once more, later, and the other conversations go on ({refusing} conversation(s) \
                     refusing since the last accepted request; if every conversation refuses, the secret is wrong)"
                ),
                Refusal::RoomDisabled => {
                    warn!(
                        backend = %app.backend_urls[backend],
                        token = %job.token,
                        job = job.id,
                        "this conversation answered 401 twice{}: the bot is not enabled there (it was removed while \
                         talkbot could not hear the Leave). Its reply is given up; its other jobs wait, without \
                         spending Talk's brute-force allowance, until the bot is added back there (its Join) or a \
                         message comes from it",
                        if health.ever_accepted() {
                            " while this Nextcloud accepts the bot elsewhere"
                        } else {
                            " (no request was accepted since talkbot started: if every conversation refuses, the \
                             secret is wrong)"
                        }
                    );
                    return Ok(Answered {
                        outcome: Outcome::Rejected(format!(
                            "conversation {} answered 401 twice: the bot is not enabled there",
                            job.token
                        )),
                        outcome_unknown,
                    });
                }
                Refusal::Backend(true) => {
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
                Refusal::Backend(false) => {}
            }
        }
        _ => {}
    }
    Ok(Answered {
        outcome,
        outcome_unknown,
    })
}

/// Best-effort reaction (status indicators must never block a reply).
pub(super) async fn react(
    app: &App,
    job: &Job,
    message_id: u64,
    emoji: &str,
    remove: bool,
) -> bool {
    let backend = job.backend_index as usize;
    let (base, secret) = (
        &app.backend_urls[backend],
        app.config.backends[backend].secrets[0].expose(),
    );
    let Ok(mut instance) = app.engine.acquire().await else {
        return false;
    };
    // A reaction is never worth a 401, nor a request during a lock.
    let now = now_ms().max(0) as u64;
    let Ok(_in_flight) = app.health[backend].admit(&mut instance, &job.token, now) else {
        return false;
    };
    let request = if remove {
        instance.remove_reaction(base, secret, &job.token, message_id, emoji)
    } else {
        instance.react(base, secret, &job.token, message_id, emoji)
    };
    let mut instance = Some(instance);
    match request {
        Ok(Ok(request)) => matches!(
            send(
                app,
                job,
                &request,
                app.config.max_message_length,
                &mut instance
            )
            .await,
            Ok(Answered {
                outcome: Outcome::Delivered,
                ..
            })
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
pub(super) async fn give_up(app: &App, job: &Job, message_id: Option<u64>, reason: &str) {
    warn!(job = job.id, token = %job.token, "giving up: {reason}");
    if let (true, Some(message_id)) = (app.config.status_reactions, message_id) {
        react(app, job, message_id, FAILED, false).await;
        if job.reacted {
            react(app, job, message_id, WORKING, true).await;
        }
    }
    app.metrics.jobs_failed.inc();
    if let Err(e) = app.store.finish(job.id, JobState::Failed, Some(reason)) {
        error!(job = job.id, "recording the failure: {e}");
    }
}

/// Sending to the job's Nextcloud stopped (the secret is wrong): the job and the backend's
/// other jobs are held until a restart.
fn hold(app: &App, job: &Job, backend: usize) {
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
}

/// Record the engine's retry time for the job.
fn schedule_retry(app: &App, job: &Job, retry: &Retry) {
    info!(
        job = job.id,
        "will retry in {} ms: {}",
        retry.at as i64 - now_ms(),
        retry.reason
    );
    if let Err(e) = app.store.retry_at(job.id, retry.at as i64, &retry.reason) {
        error!(job = job.id, "scheduling the retry: {e}");
    }
}

/// Whether the job goes on (Delivered) or what stopped it.
pub(super) enum Chunks {
    Delivered,
    Stopped,
}

/// What sending one chunk (and any parts it was split into after 413s) came to.
enum Sent {
    Delivered,
    /// Stopped with the engine's outcome for the part that did not go out.
    Stopped {
        outcome: Outcome,
        /// Talk may have stored that part although it did not answer.
        outcome_unknown: bool,
        /// Parts of this chunk (after a 413) that Talk stored before: a retry sends the whole
        /// chunk again, so they will appear twice.
        parts_delivered: usize,
    },
}

impl Sent {
    fn stopped(outcome: Outcome) -> Sent {
        Sent::Stopped {
            outcome,
            outcome_unknown: false,
            parts_delivered: 0,
        }
    }
}

/// Send `request` of at most `max_length` characters; after a 413, split it again (keeping
/// every option: the engine's `split-again`) and send the parts in order.
async fn send_chunk(
    app: &App,
    job: &Job,
    secret: &str,
    request: &BotRequest,
    max_length: u32,
    instance: &mut Option<ProtocolInstance>,
) -> Result<Sent, JobError> {
    let answered = send(app, job, request, max_length, instance).await?;
    match answered.outcome {
        Outcome::Delivered => Ok(Sent::Delivered),
        Outcome::SplitAgain(max) => {
            let base = &app.backend_urls[job.backend_index as usize];
            let parts = held(app, instance)
                .await?
                .split_again(base, secret, &job.token, request, max)
                .map_err(JobError::trap)?;
            let parts = match parts {
                Ok(parts) => parts,
                Err(e) => {
                    return Ok(Sent::stopped(Outcome::Rejected(format!(
                        "HTTP 413, and the chunk cannot be split again: {e:?}"
                    ))));
                }
            };
            info!(
                job = job.id,
                "HTTP 413: sending the chunk again as {} parts of at most {max} characters",
                parts.len()
            );
            for (delivered, part) in parts.iter().enumerate() {
                match Box::pin(send_chunk(app, job, secret, part, max, instance)).await? {
                    Sent::Delivered => {}
                    Sent::Stopped {
                        outcome,
                        outcome_unknown,
                        parts_delivered,
                    } => {
                        return Ok(Sent::Stopped {
                            outcome,
                            outcome_unknown,
                            parts_delivered: parts_delivered + delivered,
                        });
                    }
                }
            }
            Ok(Sent::Delivered)
        }
        outcome => Ok(Sent::Stopped {
            outcome,
            outcome_unknown: answered.outcome_unknown,
            parts_delivered: 0,
        }),
    }
}

/// Send the reply's chunks from the first undelivered one; act on what Talk answers.
pub(super) async fn deliver(
    app: &App,
    job: &mut Job,
    requests: &[BotRequest],
    message_id: Option<u64>,
    secret: &str,
    instance: &mut Option<ProtocolInstance>,
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
        let clock = JobClock {
            attempts: job.attempts,
            received_at: job.received_at.max(0) as u64,
        };
        let expired = held(app, instance)
            .await?
            .expired(clock, app.retry_policy(), now_ms().max(0) as u64)
            .map_err(JobError::trap)?;
        if let Some(reason) = expired {
            // The window closes on a waiting retry: say what it was waiting out.
            let reason = match &job.last_error {
                Some(last) => format!("{reason}; it was waiting on: {last}"),
                None => reason,
            };
            give_up(app, job, message_id, &reason).await;
            return Ok(Chunks::Stopped);
        }
        let now = now_ms().max(0) as u64;
        let health = &app.health[backend];
        // Counted in flight until this chunk's answers are in (the budget holds with them).
        let _in_flight = match health.admit(held(app, instance).await?, &job.token, now) {
            Ok(in_flight) => in_flight,
            Err(Clearance::Send) => unreachable!("admit returns Send as Ok"),
            Err(Clearance::WaitUntil(at)) => {
                let reason = app.health[backend]
                    .paused(now)
                    .map(|(_, why)| why)
                    .unwrap_or_else(|| "sending to this Nextcloud is paused".into());
                schedule_retry(app, job, &Retry { at, reason });
                return Ok(Chunks::Stopped);
            }
            Err(Clearance::Hold(reason)) => {
                if app.health[backend].is_held() {
                    hold(app, job, backend);
                } else {
                    // The room refuses the bot: its jobs wait for a sign of life (the scheduler
                    // runs them as soon as one comes); this retry time is only a backstop.
                    let at = now + 600_000;
                    schedule_retry(app, job, &Retry { at, reason });
                }
                return Ok(Chunks::Stopped);
            }
        };
        if job.sending_chunk == Some(index) {
            // Sent before, outcome unknown: talkbot stopped while waiting for Talk's answer, or
            // Talk did not answer in time.
            app.metrics.deliveries_resent.inc();
            warn!(
                job = job.id,
                token = %job.token,
                "chunk {index} was sent before and Talk's answer never came (talkbot stopped, or Talk was \
                 slower than the request timeout); sending it again, waiting up to {:?} (if Talk had \
                 stored it, it now appears twice: the bot API has no idempotency key)",
                crate::delivery::request_timeout(app.config.delivery.request_timeout, job.unknown_sends)
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
        let outcome = match send_chunk(
            app,
            job,
            secret,
            request,
            app.config.max_message_length,
            instance,
        )
        .await?
        {
            Sent::Delivered => {
                job.delivered_chunks = index + 1;
                job.sending_chunk = None;
                app.store
                    .chunk_delivered(job.id, job.delivered_chunks)
                    .map_err(JobError::storage)?;
                continue;
            }
            Sent::Stopped {
                outcome,
                outcome_unknown,
                parts_delivered,
            } => {
                if parts_delivered > 0
                    && matches!(outcome, Outcome::Retry(_) | Outcome::Unauthorized(_))
                {
                    // The retry sends the whole chunk: its first parts are stored already.
                    app.metrics.deliveries_resent.inc_by(parts_delivered as u64);
                    warn!(
                        job = job.id,
                        token = %job.token,
                        "chunk {index} was split after a 413 and {parts_delivered} of its parts were stored \
                         before one failed; the retry sends the whole chunk again, so those appear twice"
                    );
                }
                if outcome_unknown && let Outcome::Retry(retry) = &outcome {
                    // Still "being sent": the re-send is counted, and waits longer for Talk.
                    info!(
                        job = job.id,
                        "no answer from Talk; will retry in {} ms: {}",
                        retry.at as i64 - now_ms(),
                        retry.reason
                    );
                    if let Err(e) = app
                        .store
                        .retry_unknown(job.id, retry.at as i64, &retry.reason)
                    {
                        error!(job = job.id, "scheduling the retry: {e}");
                    }
                    return Ok(Chunks::Stopped);
                }
                outcome
            }
        };
        match outcome {
            Outcome::Delivered | Outcome::SplitAgain(_) => {
                unreachable!("send_chunk resolves these")
            }
            Outcome::Retry(retry) => schedule_retry(app, job, &retry),
            Outcome::Unauthorized(retry) => {
                if app.health[backend].is_held() {
                    hold(app, job, backend);
                } else {
                    schedule_retry(app, job, &retry);
                }
            }
            Outcome::Rejected(reason) => give_up(app, job, message_id, &reason).await,
        }
        return Ok(Chunks::Stopped);
    }
    Ok(Chunks::Delivered)
}
