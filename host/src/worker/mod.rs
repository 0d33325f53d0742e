//! Working off the queue: policy, responder, delivery with retries, status reactions.
//!
//! A job's reply is stored before delivery, so a retry or a restart never asks the responder
//! twice; the chunk about to be sent is recorded (and committed) before its request leaves,
//! and delivered chunks are counted, so a retry never sends a chunk twice and a crash between
//! sending and recording is counted as a possible re-send; every request carries a
//! deterministic `referenceId`.
//!
//! - `scheduler.rs`: which job runs when (per-conversation order, Leave overtaking, drain);
//! - `policy.rs`: what to do with an event;
//! - `answer.rs`: asking the responder chain;
//! - `deliver.rs`: sending, Talk's answers, backoff, giving up;
//! - `health.rs`: "this room refuses us" versus "the secret is wrong".

mod answer;
mod deliver;
pub mod health;
mod policy;
mod scheduler;

use tracing::{debug, error, info};

pub use scheduler::run;

use crate::app::App;
use crate::protocol::{EventKind, Post, SendOptions};
use crate::store::{Job, JobState, StoreError, now_ms};
use answer::Answer;
use deliver::{Chunks, WORKING, give_up, react};
use policy::Action;

/// Why a job could not go on.
#[derive(Debug)]
pub(crate) struct JobError {
    reason: String,
}

impl JobError {
    fn trap(e: wasmtime::Error) -> Self {
        JobError {
            reason: format!("component trapped: {e:#}"),
        }
    }

    fn instantiate(e: wasmtime::Error) -> Self {
        JobError {
            reason: format!("instantiating the component: {e:#}"),
        }
    }

    fn storage(e: StoreError) -> Self {
        JobError {
            reason: e.to_string(),
        }
    }

    fn other(reason: impl Into<String>) -> Self {
        JobError {
            reason: reason.into(),
        }
    }
}

/// How a run of a job ended.
enum Ran {
    /// Done with its reply delivered: what else it changed (settings, memory) was committed
    /// with its "sending" record, before its request left; only its own end is not yet.
    Done,
    /// Anything else: still pending, failed, ignored, silent, or a Leave.
    Other,
}

/// Run job `id` once. Returns when it may run again, if it is still pending.
///
/// A job that ran to `Done` returns at once: its last updates (the chunk delivered, the job
/// finished) go with the writer's next commit, and nothing reads them first — the next job of
/// the conversation commits its own "sending" record before its request leaves, which, from the
/// one writer in order, commits these too. A crash before that commit re-sends the reply at the
/// next start, counted like any re-send. Any other end is committed before this returns.
pub(crate) async fn run_job(app: &App, id: i64) -> Option<i64> {
    match app.store.load(id) {
        Ok(Some(job)) => {
            if let Ran::Done = process(app, job).await {
                return None;
            }
            // The job's updates go through the writer: wait for them to commit (while the
            // disk refuses them this waits: the job must not run again unrecorded).
            match app.store.flush().await {
                Ok(()) => app.store.pending_due(id).unwrap_or_else(|e| {
                    error!(job = id, "reading the job's state: {e}");
                    Some(now_ms() + 1000)
                }),
                Err(e) => {
                    error!(job = id, "{e}");
                    Some(now_ms() + 5000)
                }
            }
        }
        Ok(None) => None,
        Err(e) => {
            error!(job = id, "loading: {e}");
            Some(now_ms() + 1000)
        }
    }
}

async fn process(app: &App, mut job: Job) -> Ran {
    let mut message_id = None;
    match process_inner(app, &mut job, &mut message_id).await {
        Ok(ran) => ran,
        Err(e) => {
            fail_visibly(app, &job, message_id, &e.reason).await;
            Ran::Other
        }
    }
}

/// A job failed (a trap, a storage error): the person who wrote the message sees it — the
/// failure reply (delivered like any reply, with retries) and ⚠️.
async fn fail_visibly(app: &App, job: &Job, message_id: Option<u64>, reason: &str) {
    error!(job = job.id, "job failed: {reason}");
    if let (Some(notice), Some(_), None) = (&app.config.failure_reply, message_id, &job.failure) {
        let stored = app
            .store
            .save_reply(job.id, notice, Some(reason), Vec::new())
            .and_then(|()| app.store.retry_at(job.id, now_ms(), reason));
        match stored {
            Ok(()) => return,
            Err(e) => error!(job = job.id, "storing the failure notice: {e}"),
        }
    }
    give_up(app, job, message_id, reason).await;
}

async fn process_inner(
    app: &App,
    job: &mut Job,
    message_id_out: &mut Option<u64>,
) -> Result<Ran, JobError> {
    let backend = job.backend_index as usize;
    if backend >= app.backend_urls.len() {
        return Err(JobError::other(format!(
            "backend #{backend} is no longer configured"
        )));
    }
    let base = app.backend_urls[backend].clone();
    let mut instance = app.engine.acquire().await.map_err(JobError::instantiate)?;
    let event = match instance.parse(&job.body) {
        Ok(Ok(event)) => event,
        Ok(Err(e)) => {
            return Err(JobError::other(format!(
                "queued webhook no longer parses: {e:?}"
            )));
        }
        Err(e) => return Err(JobError::trap(e)),
    };
    // Only people's messages get a visible failure (⚠️, the failure reply).
    if matches!(event.kind, EventKind::Create(_) | EventKind::Activity) {
        *message_id_out = event.message.as_ref().map(|m| m.id);
    }
    let action = match (&job.failure, &job.reply, &event.message) {
        // The failure notice of an earlier run is stored: deliver it, decide nothing again
        // (deciding is what failed).
        (Some(_), Some(notice), Some(message)) => Action::Post(Post {
            text: notice.clone(),
            reference_id: instance
                .reference_id(&base, &job.token, &message.id.to_string(), 0)
                .map_err(JobError::trap)?,
            reply_to: Some(message.id),
        }),
        _ => policy::decide(app, &mut instance, job, &base, event).map_err(JobError::other)?,
    };
    // The job keeps this instance to the end (finishing the answer, building and classifying
    // the requests): one instantiation a job. The pool has a slot for every delivery slot
    // besides the ingress's (`App::new`), so holding it while the responder thinks or the
    // network answers starves nobody.
    let mut warm = Some(Box::new(instance));
    let (text, message_id, reply_to, reference) = match action {
        Action::Ignore(why) => {
            debug!(job = job.id, "ignored: {why}");
            app.metrics.jobs_done.inc();
            return app
                .store
                .finish(job.id, JobState::Done, None)
                .map(|()| Ran::Other)
                .map_err(JobError::storage);
        }
        Action::Leave => {
            app.store
                .drop_conversation(job.backend_index, &job.token, job.id)
                .map_err(JobError::storage)?;
            app.store
                .forget_room(job.backend_index, &job.token)
                .map_err(JobError::storage)?;
            app.health[backend].left(&app.engine, &job.token).await;
            info!(token = %job.token, "bot removed from the conversation; its pending work, memory and settings are dropped");
            app.metrics.jobs_done.inc();
            return app
                .store
                .finish(job.id, JobState::Done, None)
                .map(|()| Ran::Other)
                .map_err(JobError::storage);
        }
        Action::Post(post) => (
            Some(post.text),
            *message_id_out,
            post.reply_to,
            post.reference_id,
        ),
        Action::Answer { prompt, thread } => {
            let plan = &prompt.plan;
            let text = match job.reply.clone() {
                Some(text) => Some(text),
                None => match answer::ask(
                    app,
                    job,
                    &prompt,
                    plan.message_id,
                    &thread,
                    warm.take().map(|i| *i),
                )
                .await?
                {
                    Answer::Text(text, instance) => {
                        warm = instance;
                        Some(text)
                    }
                    Answer::Silent => None,
                    Answer::Later => return Ok(Ran::Other),
                },
            };
            (
                text,
                Some(plan.message_id),
                plan.reply_to,
                plan.reference_id.clone(),
            )
        }
    };
    let Some(text) = text else {
        if let (true, Some(message_id)) = (job.reacted, message_id) {
            react(app, job, message_id, WORKING, true).await;
        }
        app.metrics.jobs_done.inc();
        return app
            .store
            .finish(job.id, JobState::Done, None)
            .map(|()| Ran::Other)
            .map_err(JobError::storage);
    };

    let secret = app.config.backends[backend].secrets[0].expose().to_string();
    let options = SendOptions {
        reply_to,
        reference_id: Some(reference),
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: Some(app.config.max_message_length),
    };
    let mut instance = match warm {
        Some(instance) => *instance,
        None => app.engine.acquire().await.map_err(JobError::instantiate)?,
    };
    let built = instance.send_message(&base, &secret, &job.token, &text, &options);
    let built = match built {
        Ok(Err(e)) => Ok(Err(instance
            .api_error_message(&e)
            .unwrap_or_else(|_| format!("{e:?}")))),
        other => other.map(|r| r.map_err(|_| String::new())),
    };
    let mut held = Some(instance);
    let requests = match built {
        Ok(Ok(requests)) => requests,
        Ok(Err(why)) => {
            give_up(
                app,
                job,
                message_id,
                &format!("cannot build the reply: {why}"),
            )
            .await;
            return Ok(Ran::Other);
        }
        Err(e) => return Err(JobError::trap(e)),
    };
    match deliver::deliver(app, job, &requests, message_id, &secret, &mut held).await? {
        Chunks::Stopped => return Ok(Ran::Other),
        Chunks::Delivered => {}
    }
    if job.attempts > 0 {
        // The first try is the usual case and logs nothing; a late delivery is news.
        info!(
            job = job.id,
            token = %job.token,
            "delivered after {} failed attempt(s), {} s after the webhook",
            job.attempts,
            (now_ms() - job.received_at).max(0) / 1000
        );
    }
    if let Some(reason) = job.failure.clone() {
        // The failure notice is out: mark the message as failed, like any give-up.
        give_up(app, job, message_id, &reason).await;
        return Ok(Ran::Other);
    }
    if let (true, Some(message_id)) = (job.reacted, message_id) {
        react(app, job, message_id, WORKING, true).await;
    }
    app.metrics.jobs_done.inc();
    app.store
        .finish(job.id, JobState::Done, None)
        .map(|()| Ran::Done)
        .map_err(JobError::storage)
}
