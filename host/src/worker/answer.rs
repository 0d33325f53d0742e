//! Asking the responder chain for an answer, with 👀 if it takes a while.

use tracing::{info, warn};

use super::JobError;
use super::deliver::{WORKING, give_up, react};
use crate::app::App;
use crate::protocol::{Fallback, ProtocolInstance, Role as EngineRole};
use crate::responder::{Prompt, ResponderError, Role};
use crate::store::{Job, NewTurn, now_ms};

/// What asking produced.
pub(super) enum Answer {
    /// Post this (stored before it is returned), with the instance that finished it, so the
    /// reply's requests are built without instantiating again.
    Text(String, Option<Box<ProtocolInstance>>),
    /// The responder deliberately answered nothing.
    Silent,
    /// The job was rescheduled, given up, or talkbot is stopping: nothing more to do now.
    Later,
}

/// Ask the persona's responder chain. The answer (or the failure notice) is stored before it
/// is returned, so a retry or a restart never asks twice.
pub(super) async fn ask(
    app: &App,
    job: &mut Job,
    prompt: &Prompt,
    message_id: u64,
    thread: &str,
    held: Option<ProtocolInstance>,
) -> Result<Answer, JobError> {
    let chain = app.chain(&prompt.persona);
    let observe = |name: &str, result: Result<(), &ResponderError>, took| {
        app.metrics.responder_result(name, result, took)
    };
    let respond = chain.answer(prompt, &observe);
    tokio::pin!(respond);
    // 👀 only if the answer takes a while: a quick reply needs no "working on it".
    let wants_reaction = app.config.status_reactions && !job.reacted;
    let delay = app.config.status_reaction_delay;
    let mut react_now = wants_reaction && delay.is_zero();
    let mut answer = None;
    if wants_reaction && !react_now {
        tokio::select! {
            biased;
            done = &mut respond => answer = Some(done),
            _ = tokio::time::sleep(delay) => react_now = true,
            _ = app.stopped() => return Ok(Answer::Later),
        }
    }
    if react_now && react(app, job, message_id, WORKING, false).await {
        job.reacted = true;
        app.store
            .set_reacted(job.id, true)
            .map_err(JobError::storage)?;
    }
    let answer = match answer {
        Some(answer) => answer,
        // Shutting down: the question is asked again at the next start.
        None => tokio::select! {
            done = &mut respond => done,
            _ = app.stopped() => return Ok(Answer::Later),
        },
    };
    // The instance the job decided with (kept while the responder worked), else a fresh one.
    let mut instance = match held {
        Some(instance) => instance,
        None => app.engine.acquire().await.map_err(JobError::instantiate)?,
    };
    let answer = match answer {
        Ok(answer) => {
            // Whatever a responder writes is untrusted: no reasoning, no @all, group or team
            // notifications.
            let text = match answer.text {
                Some(text) => instance
                    .finish_answer(&text, app.config.max_answer_chars, answer.by != "echo")
                    .map_err(JobError::trap)?,
                None => None,
            };
            let Some(text) = text else {
                return Ok(Answer::Silent);
            };
            info!(job = job.id, responder = %answer.by, "answered");
            let turns = if !app.memory {
                Vec::new()
            } else {
                instance
                    .remember(&prompt.plan, &text, &app.config.agent_name)
                    .map_err(JobError::trap)?
                    .into_iter()
                    .map(|turn| NewTurn {
                        backend_index: job.backend_index,
                        token: job.token.clone(),
                        thread: thread.to_string(),
                        message_id: message_id.to_string(),
                        role: match turn.role {
                            EngineRole::User => Role::User,
                            EngineRole::Assistant => Role::Assistant,
                        },
                        author: turn.author,
                        text: turn.text,
                    })
                    .collect()
            };
            app.store
                .save_reply(job.id, &text, None, turns)
                .map_err(JobError::storage)?;
            return Ok(Answer::Text(text, Some(Box::new(instance))));
        }
        Err(e) => e,
    };
    let fallback = instance
        .fallback_after(
            &answer.to_failures(),
            job.attempts,
            app.config.responder_attempts,
            app.config.failure_reply.as_deref(),
            app.retry_policy(),
            now_ms().max(0) as u64,
        )
        .map_err(JobError::trap)?;
    drop(instance);
    match fallback {
        Fallback::RetryAt(at) => {
            warn!(
                job = job.id,
                "no responder answered, trying again in {} ms: {answer}",
                (at as i64 - now_ms()).max(0)
            );
            app.store
                .retry_at(
                    job.id,
                    at as i64,
                    &format!("no responder answered: {answer}"),
                )
                .map_err(JobError::storage)?;
            Ok(Answer::Later)
        }
        Fallback::Notify((notice, reason)) => {
            warn!(job = job.id, "{reason}; posting the failure notice");
            app.store
                .save_reply(job.id, &notice, Some(&reason), Vec::new())
                .map_err(JobError::storage)?;
            job.failure = Some(reason);
            Ok(Answer::Text(notice, None))
        }
        Fallback::GiveUp(reason) => {
            give_up(app, job, Some(message_id), &reason).await;
            Ok(Answer::Later)
        }
    }
}
