//! One job, driven through the engine's job machine (`nextcloud:talk-bot/job`): each step's
//! action is performed here — the store (through its one writer), HTTP to Talk and the model,
//! command responders, timers — and what came of it is the next step's input. Every rule of
//! the job is the machine's; this file is I/O, records, metrics and the operator's log lines.
//!
//! The job's bytes are committed before each request to Talk (with the settings and memory
//! stored before it, in the writer's order), so a crash re-sends at most the request in flight,
//! counted as a re-send. A job that ends delivered returns without waiting for its last
//! commit: the next request of any job commits it first.

use std::time::{Duration, Instant};

use tracing::{debug, error, info, warn};

use super::breaker::{self, Fed};
use super::standing::InFlight;
use crate::app::App;
use crate::protocol::{
    JobAction, JobInput, JobOutcome, ProtocolInstance, SlowReaction, TalkAnswer,
};
use crate::responder::Prompt;
use crate::store::{Change, Job, JobState, StoreError, now_ms};

/// Tries of a job whose step trapped the component before it is given up.
const TRAP_RETRIES: u32 = 3;

/// Run job `id` until it is done or waits. Returns when it may run again, if it still waits.
pub(crate) async fn run_job(app: &App, id: i64) -> Option<i64> {
    let job = match app.store.load(id) {
        Ok(Some(job)) => job,
        Ok(None) => return None,
        Err(e) => {
            error!(job = id, "loading: {e}");
            return Some(now_ms() + 1000);
        }
    };
    let mut instance = match app.engine.acquire().await {
        Ok(instance) => instance,
        Err(e) => {
            error!(job = id, "instantiating the component: {e:#}");
            return Some(now_ms() + 1000);
        }
    };
    let bytes = match job.machine.clone() {
        Some(bytes) => bytes,
        // Queued by talkbot 0.2 (its body only): it restarts from the decision, so a reply
        // that was half delivered may be posted again.
        None => {
            let adopted = instance.adopt_job(
                &app.bot_config,
                job.backend_index,
                &job.dedup_key,
                &job.body,
                job.received_at.max(0) as u64,
            );
            match adopted {
                Ok(Ok(Ok(bytes))) => bytes,
                Ok(Ok(Err(why)) | Err(why)) => return end_unrunnable(app, id, &why).await,
                Err(trap) => return end_unrunnable(app, id, &format!("{trap:#}")).await,
            }
        }
    };
    let mut driver = Driver {
        app,
        job,
        instance,
        bytes,
        in_flight: None,
        fed: Fed::Nothing,
    };
    driver.run().await
}

/// A job that cannot become or go on as a job (the component refused its bytes or trapped on
/// them): it ends failed, saying why.
async fn end_unrunnable(app: &App, id: i64, why: &str) -> Option<i64> {
    error!(job = id, "the job cannot go on: {why}");
    app.metrics.jobs_failed.inc();
    let reason = format!("the job cannot go on: {why}");
    if let Err(e) = app.store.finish(id, JobState::Failed, Some(&reason)) {
        error!(job = id, "recording the failure: {e}");
    }
    flushed(app, id, None).await
}

/// Wait for the job's updates to commit; `due` once they have (while the disk refuses them
/// this waits: the job must not run again unrecorded).
async fn flushed(app: &App, id: i64, due: Option<i64>) -> Option<i64> {
    match app.store.flush().await {
        Ok(()) => due,
        Err(e) => {
            error!(job = id, "{e}");
            Some(now_ms() + 5000)
        }
    }
}

struct Driver<'a> {
    app: &'a App,
    job: Job,
    instance: ProtocolInstance,
    /// The job's current bytes (committed before each send and each wait).
    bytes: Vec<u8>,
    /// The request cleared by the breaker, counted in flight until Talk answers it.
    in_flight: Option<InFlight<'a>>,
    /// What the breaker last said (a hold parks the job for the operator).
    fed: Fed,
}

impl Driver<'_> {
    async fn run(&mut self) -> Option<i64> {
        let (app, id) = (self.app, self.job.id);
        let mut input = JobInput::Run;
        loop {
            let now = now_ms().max(0) as u64;
            let step = match self
                .instance
                .step_job(&app.bot_config, &self.bytes, &input, now)
            {
                Ok(Ok(Ok(step))) => step,
                Ok(Ok(Err(e))) => return end_unrunnable(app, id, &format!("{e:?}")).await,
                Ok(Err(why)) => return end_unrunnable(app, id, &why).await,
                Err(trap) => return self.trapped(&format!("component trapped: {trap:#}")).await,
            };
            self.bytes = step.job;
            if let Some(line) = &step.log {
                info!(job = id, token = %self.job.token, "{line}");
            }
            input = match step.action {
                JobAction::LoadSettings((backend, token)) => {
                    stored(app.store.room(backend, &token).map(JobInput::Settings))
                }
                JobAction::LoadMemory(key) => stored(
                    app.store
                        .memory(key.backend_index, &key.token)
                        .map(JobInput::Memory),
                ),
                JobAction::StoreSettings((backend, token, settings)) => {
                    let stored = self.store(Change::SetRoom {
                        backend,
                        token,
                        settings,
                    });
                    // A schedule added or removed: the timer looks again.
                    app.schedules_changed.notify_one();
                    stored
                }
                JobAction::Erase(erasure) => self.store(Change::Erase {
                    backend: erasure.key.backend_index,
                    token: erasure.key.token,
                    questions: erasure.questions,
                }),
                JobAction::Remember((key, turns, keep)) => self.store(Change::Remember {
                    backend: key.backend_index,
                    token: key.token,
                    turns,
                    keep,
                }),
                JobAction::Forget((backend, token)) => {
                    info!(token = %token, "bot removed from the conversation; its pending work, memory and settings are dropped");
                    self.store(Change::Leave {
                        backend,
                        token,
                        leave: id,
                    })
                }
                JobAction::AskModel(call) => {
                    let Some(model) = app.models.get(&call.responder) else {
                        return end_unrunnable(app, id, &format!("no model {:?}", call.responder))
                            .await;
                    };
                    self.in_flight = None;
                    let start = Instant::now();
                    let asked = model.exchange(&call.request);
                    let Some((answer, reaction)) = self.slow(asked, call.reaction).await else {
                        return Some(now_ms());
                    };
                    app.metrics
                        .model_answered(model.name(), &answer, start.elapsed());
                    match answer {
                        Ok((status, body)) => JobInput::ModelAnswered((status, body, reaction)),
                        Err(failure) => JobInput::ModelUnreachable((failure, reaction)),
                    }
                }
                JobAction::RunResponder(call) => {
                    let Some(command) = app.commands.get(&call.responder) else {
                        return end_unrunnable(
                            app,
                            id,
                            &format!("no responder {:?}", call.responder),
                        )
                        .await;
                    };
                    let prompt = Prompt::of_call(&call);
                    self.in_flight = None;
                    let start = Instant::now();
                    let Some((answer, reaction)) =
                        self.slow(command.respond(&prompt), call.reaction).await
                    else {
                        return Some(now_ms());
                    };
                    app.metrics.responder_result(
                        command.name(),
                        answer.as_ref().map(|_| ()),
                        start.elapsed(),
                    );
                    match answer {
                        Ok(text) => JobInput::ResponderAnswered((text, reaction)),
                        Err(e) => JobInput::ResponderFailed((e.to_failure(), reaction)),
                    }
                }
                JobAction::AskBreaker((backend, event)) => {
                    let (verdict, in_flight, fed) =
                        breaker::feed(app, &mut self.instance, backend, event, now).await;
                    if in_flight.is_some() {
                        self.in_flight = in_flight;
                    }
                    self.fed = fed;
                    JobInput::Breaker(verdict)
                }
                JobAction::Send(request) => {
                    // Committed before the request leaves: after a crash the re-send is known.
                    let saved = app.store.save_job(id, &self.bytes, true);
                    if let Err(e) = saved {
                        return self.storage_failed(e).await;
                    }
                    if let Err(e) = app.store.flush().await {
                        return self.storage_failed(e).await;
                    }
                    match app.store.is_waiting(id) {
                        Ok(true) => {}
                        // The bot left the conversation while this job was running.
                        Ok(false) => {
                            info!(job = id, token = %self.job.token, "dropped by a Leave; not sending");
                            return None;
                        }
                        Err(e) => return self.storage_failed(e).await,
                    }
                    if std::mem::take(&mut self.job.sending) {
                        app.metrics.deliveries_resent.inc();
                        warn!(
                            job = id,
                            token = %self.job.token,
                            "a request of this job was sent before and Talk's answer never came (talkbot stopped, or \
                             Talk was slower than the request timeout); sending it again, waiting up to {:?} (if Talk \
                             had stored it, it now appears twice: the bot API has no idempotency key)",
                            crate::delivery::request_timeout(app.config.delivery.request_timeout, self.job.unknown_sends)
                        );
                    }
                    let start = Instant::now();
                    let sent = app
                        .deliverer
                        .send_after(&request, self.job.unknown_sends)
                        .await;
                    self.in_flight = None;
                    app.metrics.delivery_latency.observe(start.elapsed());
                    app.metrics.talk_answered(&sent.answer);
                    if sent.outcome_unknown {
                        self.job.unknown_sends += 1;
                        self.job.sending = true;
                    } else {
                        self.job.unknown_sends = 0;
                    }
                    JobInput::TalkAnswered(sent.answer)
                }
                JobAction::CallTool(call) => {
                    // Recorded before it is made: after a crash the machine knows the call
                    // may have happened.
                    if let Err(e) = app.store.save_job(id, &self.bytes, false) {
                        return self.storage_failed(e).await;
                    }
                    if let Err(e) = app.store.flush().await {
                        return self.storage_failed(e).await;
                    }
                    self.in_flight = None;
                    let called = tokio::select! {
                        answer = app.tools.call(&call) => answer,
                        // Stopping: the job runs again at the next start (the call's outcome
                        // then unknown).
                        _ = app.stopped() => return Some(now_ms()),
                    };
                    app.metrics.tool_answered(&call.server, &called);
                    match called {
                        Ok(answer) => JobInput::ToolAnswered(answer),
                        Err(failure) => JobInput::ToolUnreachable(failure),
                    }
                }
                JobAction::SleepUntil(wake) => {
                    let held = matches!(self.fed, Fed::Held)
                        && app.standing[self.job.backend_index as usize].is_held();
                    if held {
                        info!(job = id, "held until talkbot is restarted: {}", wake.why);
                    } else {
                        info!(
                            job = id,
                            "will retry in {} ms: {}",
                            (wake.at as i64 - now_ms()).max(0),
                            wake.why
                        );
                    }
                    let unknown = if self.job.sending {
                        self.job.unknown_sends
                    } else {
                        0
                    };
                    // A held job goes as soon as talkbot restarts (with the secret fixed).
                    let at = if held { now_ms() } else { wake.at as i64 };
                    let slept = app
                        .store
                        .sleep(id, &self.bytes, at, &wake.why, unknown, held);
                    if let Err(e) = slept {
                        error!(job = id, "scheduling the retry: {e}");
                    }
                    return flushed(app, id, (!held).then_some(wake.at as i64)).await;
                }
                JobAction::Done(outcome) => return self.done(outcome).await,
            };
        }
    }

    /// Wait for `answer` (a model or a command), sending the 👀 of `reaction` if it is not
    /// there by its time. None when talkbot is stopping (the job runs again at the next start).
    async fn slow<T>(
        &self,
        answer: impl std::future::Future<Output = T>,
        reaction: Option<SlowReaction>,
    ) -> Option<(T, Option<TalkAnswer>)> {
        tokio::pin!(answer);
        let mut talk = None;
        if let Some(reaction) = reaction {
            let wait = Duration::from_millis(reaction.at.saturating_sub(now_ms().max(0) as u64));
            // Due already (no delay configured): 👀 goes first, whatever the answer's speed.
            if !wait.is_zero() {
                tokio::select! {
                    biased;
                    done = &mut answer => return Some((done, None)),
                    _ = tokio::time::sleep(wait) => {}
                    _ = self.app.stopped() => return None,
                }
            }
            let sent = self.app.deliverer.send_after(&reaction.request, 0).await;
            self.app.metrics.talk_answered(&sent.answer);
            talk = Some(sent.answer);
        }
        tokio::select! {
            done = &mut answer => Some((done, talk)),
            _ = self.app.stopped() => None,
        }
    }

    /// The component trapped on a step (a limit hit, or a bug): the trapped instance is
    /// dropped, and the job tries again from its last state on a fresh one, a few times.
    async fn trapped(&self, why: &str) -> Option<i64> {
        let (app, id) = (self.app, self.job.id);
        if self.job.attempts >= TRAP_RETRIES {
            return end_unrunnable(app, id, why).await;
        }
        error!(job = id, "{why}; trying again on a fresh instance");
        let at = now_ms() + (1000 << self.job.attempts.min(10));
        if let Err(e) = app.store.sleep(id, &self.bytes, at, why, 0, false) {
            error!(job = id, "scheduling the retry: {e}");
        }
        flushed(app, id, Some(at)).await
    }

    /// Store `change` with the job's bytes (in one transaction): `stored`, or why not.
    fn store(&self, change: Change) -> JobInput {
        stored(
            self.app
                .store
                .store_step(self.job.id, &self.bytes, change)
                .map(|()| JobInput::Stored),
        )
    }

    /// The store refused the job's own record: it runs again later from what was committed.
    async fn storage_failed(&self, e: StoreError) -> Option<i64> {
        error!(job = self.job.id, "recording the job: {e}");
        Some(now_ms() + 5000)
    }

    async fn done(&mut self, outcome: JobOutcome) -> Option<i64> {
        let (app, id) = (self.app, self.job.id);
        let (state, error) = match &outcome {
            JobOutcome::Delivered => {
                if self.job.attempts > 0 {
                    // The first try is the usual case and logs nothing; a late delivery is news.
                    info!(
                        job = id,
                        token = %self.job.token,
                        "delivered after {} failed attempt(s), {} s after the webhook",
                        self.job.attempts,
                        (now_ms() - self.job.received_at).max(0) / 1000
                    );
                }
                (JobState::Done, None)
            }
            JobOutcome::Ignored(why) => {
                debug!(job = id, "ignored: {why}");
                (JobState::Done, None)
            }
            JobOutcome::Silent | JobOutcome::Left => (JobState::Done, None),
            JobOutcome::Failed(why) | JobOutcome::FailureReply(why) => {
                warn!(job = id, token = %self.job.token, "giving up: {why}");
                (JobState::Failed, Some(why.as_str()))
            }
        };
        match state {
            JobState::Failed => app.metrics.jobs_failed.inc(),
            _ => app.metrics.jobs_done.inc(),
        };
        if let Err(e) = app.store.finish(id, state, error) {
            error!(job = id, "recording the end: {e}");
        }
        if let JobOutcome::Delivered = outcome {
            // Committed with the next request of any job (see the module's docs).
            return None;
        }
        flushed(app, id, None).await
    }
}

/// What a load or store action came to, as the machine's input.
fn stored(result: Result<JobInput, StoreError>) -> JobInput {
    result.unwrap_or_else(|e| JobInput::Unavailable(e.to_string()))
}
