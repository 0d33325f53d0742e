//! One claimed job, driven through the engine's job machine (`nextcloud:talk-bot/job`) as far
//! as it goes now: each step's action is performed here — Spin's SQLite, outbound HTTP — and
//! what came of it is the next step's input. The job's bytes are written before every request
//! to Talk, so a crash re-sends at most the request in flight (with the same `referenceId`).

use crate::config::Config;
use crate::nextcloud::talk_bot::engine::{BreakerVerdict, Clearance, Failure, FailureKind};
use crate::nextcloud::talk_bot::job::{Action, Admitted, Bot, Input, Outcome};
use crate::store::{Claimed, Db, JobBytes};
use crate::{breaker, http, now_ms, rooms};

/// How a job's turn ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Finished: delivered, or nothing to send.
    Done,
    /// Given back with a later attempt time.
    Later,
    /// Finished without delivering.
    Failed,
}

/// Work on `job` until it is finished or has to wait.
pub async fn run(config: &Config, bot: &Bot, db: &Db, job: Claimed) -> Step {
    let mut state = match &job.job {
        JobBytes::State(state) => state.clone(),
        // Queued before the job machine: ingest its webhook again (it restarts from the
        // decision; a reply that was half delivered may be posted again).
        JobBytes::Webhook {
            headers,
            body,
            received_at,
        } => match bot.ingest(headers, body, *received_at) {
            Ok(Admitted::Queue(queued)) => queued.job,
            Ok(Admitted::Ignore(why) | Admitted::Stale(why)) => return finish(db, &job, &why),
            Err(_) => return finish(db, &job, "the stored webhook no longer verifies"),
        },
    };
    let mut input = Input::Run;
    loop {
        let step = match bot.step(&state, &input, now_ms()) {
            Ok(step) => step,
            Err(e) => return finish(db, &job, &format!("the job cannot go on: {e:?}")),
        };
        state = step.job;
        if let Some(line) = &step.log {
            eprintln!("job {}: {line}", job.key);
        }
        input = match step.action {
            Action::LoadSettings((_, token)) => {
                stored(rooms::settings(db, &token).map(Input::Settings))
            }
            Action::LoadMemory(key) => stored(rooms::memory(db, &key.token).map(Input::Memory)),
            Action::StoreSettings((_, token, settings)) => {
                stored(rooms::store_settings(db, &token, settings).map(|()| Input::Stored))
            }
            Action::Erase(erasure) => stored(
                rooms::erase(db, &erasure.key.token, erasure.questions).map(|()| Input::Stored),
            ),
            Action::Remember((key, turns, keep)) => {
                stored(rooms::remember(db, &key.token, turns, keep).map(|()| Input::Stored))
            }
            Action::Forget((_, token)) => stored(
                db.forget_room(&token)
                    .and_then(|()| db.abandon_room(&token, &job.key, now_ms()))
                    .map(|()| Input::Stored),
            ),
            Action::AskModel(call) => {
                // Spin gives a request no timers: a 👀 due is sent before the model is asked.
                let reaction = match call.reaction {
                    Some(r) if r.at <= now_ms() => Some(http::talk(&r.request).await),
                    _ => None,
                };
                match http::ask_model(&call.request).await {
                    Ok((status, body)) => Input::ModelAnswered((status, body, reaction)),
                    Err(failure) => Input::ModelUnreachable((failure, reaction)),
                }
            }
            Action::RunResponder(call) => Input::ResponderFailed((
                Failure {
                    kind: FailureKind::Failed,
                    reason: format!("the Spin app runs no responder {:?}", call.responder),
                },
                None,
            )),
            Action::AskBreaker((_, event)) => {
                let verdict = breaker::step(config, db, &event, now_ms()).unwrap_or_else(|| {
                    BreakerVerdict::Clearance(Clearance::Hold(
                        "the 401 breaker's state cannot be read".into(),
                    ))
                });
                if let BreakerVerdict::Locked(true) = verdict {
                    eprintln!(
                        "Nextcloud's brute-force protection locked this address out after 401s (429 \
                         for every bot request): nothing is sent to {} until the lock ends; `occ \
                         security:bruteforce:reset <ip>` ends it now",
                        config.nextcloud
                    );
                }
                Input::Breaker(verdict)
            }
            Action::Send(request) => {
                if !committed(db, &job, &state) {
                    return Step::Later;
                }
                Input::TalkAnswered(http::talk(&request).await)
            }
            Action::CallTool(call) => {
                // Recorded before it is made: after a crash the call's outcome is unknown.
                if !committed(db, &job, &state) {
                    return Step::Later;
                }
                match http::call_tool(&call).await {
                    Ok(answer) => Input::ToolAnswered(answer),
                    Err(failure) => Input::ToolUnreachable(failure),
                }
            }
            Action::SleepUntil(wake) => {
                eprintln!(
                    "job {}: waiting {} ms: {}",
                    job.key,
                    wake.at.saturating_sub(now_ms()),
                    wake.why
                );
                log_db(db.retry_at(&job, &state, wake.at, &wake.why));
                return Step::Later;
            }
            Action::Done(outcome) => {
                let (step, text) = match outcome {
                    Outcome::Delivered => (Step::Done, "delivered".to_string()),
                    Outcome::Ignored(why) => (Step::Done, format!("ignored: {why}")),
                    Outcome::Silent => (Step::Done, "nothing to say".into()),
                    Outcome::Left => (Step::Done, "the bot left the conversation".into()),
                    Outcome::Failed(why) => (Step::Failed, why),
                    Outcome::FailureReply(why) => (Step::Failed, format!("failure reply: {why}")),
                };
                if step == Step::Failed {
                    eprintln!("job {}: {text}", job.key);
                }
                log_db(db.finish(&job, &text, now_ms()));
                return step;
            }
        };
    }
}

/// Keep the job's bytes before a request leaves; false when it must not leave (another
/// instance has the job now, or the write failed).
fn committed(db: &Db, job: &Claimed, state: &[u8]) -> bool {
    match db.save(job, state) {
        Ok(saved) => saved,
        Err(e) => {
            eprintln!("job {}: {}", job.key, crate::store::describe(&e));
            false
        }
    }
}

/// What a store action came to, as the machine's input: a refusal is `unavailable` (the
/// machine waits and asks again).
fn stored(result: Result<Input, spin_sdk::sqlite::Error>) -> Input {
    result.unwrap_or_else(|e| Input::Unavailable(crate::store::describe(&e)))
}

fn finish(db: &Db, job: &Claimed, why: &str) -> Step {
    eprintln!("job {}: {why}", job.key);
    log_db(db.finish(job, why, now_ms()));
    Step::Failed
}

/// A failed write is logged: the job's lease runs out and it is tried again.
pub(crate) fn log_db(result: Result<(), spin_sdk::sqlite::Error>) {
    if let Err(e) = result {
        eprintln!("{}", crate::store::describe(&e));
    }
}
