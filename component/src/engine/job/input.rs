//! Taking an input: the answer to the action the job waits for (or `run`), folded into its
//! state.

use super::state::{JobState, Reply, Stage, Tell, Wait};
use super::*;

impl Run<'_, '_> {
    /// Take `input`: the answer to the action the job waits for (or `run`).
    pub(super) fn take(
        &mut self,
        state: &mut JobState,
        input: Input,
    ) -> Result<Option<Action>, JobError> {
        let unexpected = |wait: Wait, input: &Input| {
            Err(JobError::Unexpected(format!(
                "the job waits for {} and was given {}",
                wait_name(wait),
                input_name(input)
            )))
        };
        match (state.wait, input) {
            (Wait::Done, input) => unexpected(Wait::Done, &input),
            // After a restart, or when a sleep ends: go on where the job stood. A store action
            // was committed with these bytes; a request handed over is sent again.
            (Wait::Tool, Input::Run) => {
                self.tool_interrupted(state);
                Ok(None)
            }
            (Wait::Tool, Input::ToolAnswered(answer)) => {
                self.tool_answered(state, Ok(answer));
                Ok(None)
            }
            (Wait::Tool, Input::ToolUnreachable(failure)) => {
                self.tool_answered(state, Err(failure));
                Ok(None)
            }
            (Wait::Settings, Input::Settings(settings))
                if matches!(state.stage, Stage::Park { .. }) =>
            {
                Ok(Some(self.parked(state, settings)))
            }
            (Wait::Stored, Input::Run) => {
                self.stored(state);
                Ok(None)
            }
            (_, Input::Run) => {
                state.cleared = false;
                Ok(None)
            }
            (Wait::Settings, Input::Settings(settings)) => {
                state.settings = Some(settings);
                state.stage = Stage::Decide;
                Ok(None)
            }
            (Wait::Memory, Input::Memory(remembered)) => {
                if let Stage::Forget { asker } = &state.stage {
                    let mine = asker.is_some();
                    let asker = asker
                        .as_ref()
                        .map(|(id, name)| (id.as_str(), name.as_str()));
                    let (questions, count) = memory::forgetting(&remembered, asker);
                    let text = commands::forgotten(mine, Some(count));
                    self.log = Some(format!("forget: {text}"));
                    if let Some(reply) = &mut state.reply {
                        reply.text = text;
                    }
                    state.stage = Stage::Erase { questions };
                    return Ok(None);
                }
                if let Some(plan) = self.plan(state) {
                    let thread = memory::thread_of(&plan, &remembered);
                    state.history = memory::recall(&remembered, &thread, plan.memory_turns);
                    state.thread = Some(thread);
                }
                Ok(None)
            }
            (Wait::Stored, Input::Stored) => {
                self.stored(state);
                Ok(None)
            }
            (Wait::Settings | Wait::Memory | Wait::Stored, Input::Unavailable(why)) => {
                self.unavailable(state, why);
                Ok(None)
            }
            (Wait::Responder, Input::ModelAnswered((status, body, reaction))) => {
                self.reaction_answered(state, reaction);
                let answer = match self.model_url(state) {
                    Some(url) => self.model_reply(state, &url, status, &body),
                    None => Some(Err(Failure {
                        kind: FailureKind::Failed,
                        reason: "the model asked is no longer configured".into(),
                    })),
                };
                if let Some(answer) = answer {
                    self.answered(state, answer);
                }
                Ok(None)
            }
            (Wait::Responder, Input::ModelUnreachable((failure, reaction))) => {
                self.reaction_answered(state, reaction);
                let url = self.model_url(state).unwrap_or_default();
                self.answered(state, Err(transport_failure(&url, failure)));
                Ok(None)
            }
            (Wait::Responder, Input::ResponderAnswered((text, reaction))) => {
                self.reaction_answered(state, reaction);
                self.answered(state, Ok(text));
                Ok(None)
            }
            (Wait::Responder, Input::ResponderFailed((failure, reaction))) => {
                self.reaction_answered(state, reaction);
                self.answered(state, Err(failure));
                Ok(None)
            }
            (Wait::Told, Input::Breaker(_)) => Ok(None),
            (Wait::SlowReactionClearance, Input::Breaker(verdict)) => {
                state.slow_reaction = Some(matches!(
                    verdict,
                    BreakerVerdict::Clearance(Clearance::Send)
                ));
                Ok(None)
            }
            (Wait::ReactionClearance, Input::Breaker(verdict)) => {
                if matches!(verdict, BreakerVerdict::Clearance(Clearance::Send)) {
                    state.cleared = true;
                } else {
                    // A reaction is never worth a 401, nor a wait.
                    state.reactions.remove(0);
                }
                Ok(None)
            }
            (Wait::ChunkClearance, Input::Breaker(verdict)) => match verdict {
                BreakerVerdict::Clearance(Clearance::Send) => {
                    state.cleared = true;
                    Ok(None)
                }
                BreakerVerdict::Clearance(Clearance::WaitUntil(at)) => {
                    let why = "sending to this Nextcloud is paused (a brute-force lock, or the 401 budget spent)";
                    Ok(Some(sleep(state, at, why.into())))
                }
                BreakerVerdict::Clearance(Clearance::Hold(why)) => {
                    let at = self.now.saturating_add(HOLD_BACKSTOP_MS);
                    Ok(Some(sleep(state, at, why)))
                }
                other => unexpected(state.wait, &Input::Breaker(other)),
            },
            (Wait::Refusal, Input::Breaker(BreakerVerdict::Refusal(refusal))) => {
                let (at, reason) = state.refused.take().unwrap_or_default();
                match refusal {
                    // One room refuses (tried once more, later), or the whole Nextcloud does:
                    // then the breaker holds every job until the secret changes or a webhook
                    // comes from the room.
                    Refusal::Room(_) | Refusal::Backend(_) => {
                        state.attempts = state.attempts.saturating_add(1);
                        state.last_error = Some(reason.clone());
                        state.sleep_until = Some((at, reason));
                    }
                    Refusal::RoomDisabled => {
                        state.stage = Stage::GiveUp {
                            reason:
                                "this conversation answered 401 twice: the bot is not enabled there"
                                    .into(),
                            quiet: true,
                        };
                    }
                }
                Ok(None)
            }
            (Wait::Chunk, Input::TalkAnswered(answer)) => {
                state.sending = false;
                self.chunk_answered(state, answer);
                Ok(None)
            }
            (Wait::Reaction, Input::TalkAnswered(answer)) => {
                state.reactions.remove(0);
                if is_success(&answer) {
                    state.tells.push(Tell::Accepted);
                }
                state.tells.insert(0, Tell::Answered(answer));
                Ok(None)
            }
            (wait, input) => unexpected(wait, &input),
        }
    }

    /// A store action is committed.
    fn stored(&mut self, state: &mut JobState) {
        match state.stage {
            Stage::Resume { .. } => self.resume(state),
            Stage::Leave => {
                state.tells.push(Tell::Left);
                state.stage = Stage::Ending(Outcome::Left);
            }
            Stage::Remember => state.stage = Stage::Post,
            // A chat command's change (or erasure): its answer goes out next.
            _ => state.stage = Stage::Post,
        }
    }

    /// The store could not perform the action the job waits for. Memory is worth a few
    /// tries, not the answer: after `answer-attempts` tries the question is answered without
    /// it (or the answer posted without being remembered). Anything else is tried again with
    /// backoff within the retry window; past it, a command or a question gets the failure
    /// reply (or ⚠️) — with the configuration deciding whether a message was for the bot when
    /// its room's settings never loaded — and a Leave or a message not for the bot end
    /// quietly.
    fn unavailable(&mut self, state: &mut JobState, why: String) {
        let why = format!("the store is unavailable: {why}");
        let (resume, essential) = match (state.wait, &state.stage) {
            // A call that waits for a moderator: its settings are loaded and stored again.
            (_, Stage::Park { .. }) => (state.stage.clone(), true),
            (Wait::Settings, _) => (Stage::New, true),
            // A forget command: the memory must be seen, and erased, before it answers.
            (_, Stage::Forget { .. } | Stage::Erase { .. }) => (state.stage.clone(), true),
            (Wait::Memory, _) => (Stage::Decide, false),
            (_, Stage::Leave) => (Stage::Leave, true),
            (_, Stage::Remember) => (Stage::Remember, false),
            // A command's settings change: decided again on settings loaded again (the job's
            // bytes keep no room schedules to change).
            _ => (Stage::New, true),
        };
        state.wait = Wait::Run;
        let tries = state.attempts.saturating_add(1);
        let delay = delivery::backoff(&self.bot.retry, state.attempts, None, (self.draws.jitter)());
        let at = self.now.saturating_add(delay);
        let in_window = at
            <= state
                .received_at
                .saturating_add(self.bot.retry.retry_for_ms)
            && self.bot.retry.max_attempts.is_none_or(|max| tries < max);
        if in_window && (essential || tries < self.bot.answer_attempts) {
            state.attempts = tries;
            state.last_error = Some(why.clone());
            state.stage = resume;
            state.sleep_until = Some((at, why));
            return;
        }
        let given_up = format!("{why} (after {tries} tries)");
        if !essential {
            self.log = Some(format!("memory given up, the answer goes on: {given_up}"));
        }
        state.stage = match resume {
            // Without memory: the question is answered all the same.
            Stage::Decide if !essential => {
                state.history.clear();
                state.thread = None;
                Stage::Ask
            }
            Stage::Remember => Stage::Post,
            Stage::Leave => Stage::GiveUp {
                reason: given_up,
                quiet: true,
            },
            _ => {
                // The room's settings never loaded: the configuration decides whether the
                // message was for the bot.
                if state.settings.is_none() {
                    state.settings = Some(RoomSettings {
                        mode: None,
                        persona: None,
                        schedules: None,
                        approvals: None,
                    });
                }
                // A command or a question: the person who wrote it hears why nothing came.
                let target = state.reply.clone().or_else(|| {
                    self.plan(state).map(|plan| Reply {
                        text: String::new(),
                        reference_id: plan.reference_id,
                        reply_to: plan.reply_to,
                    })
                });
                match (self.bot.failure_reply.clone(), target) {
                    (Some(text), Some(reply)) => {
                        state.reply = Some(Reply { text, ..reply });
                        state.failure = Some(given_up);
                        Stage::Post
                    }
                    (None, Some(_)) => Stage::GiveUp {
                        reason: given_up,
                        quiet: false,
                    },
                    // Not for the bot: nobody waits for it.
                    (_, None) => Stage::GiveUp {
                        reason: given_up,
                        quiet: true,
                    },
                }
            }
        };
    }

    fn model_url(&self, state: &JobState) -> Option<String> {
        let plan = self.plan(state)?;
        let name = plan.responders.get(state.responder as usize)?;
        let (_, chat) = self.bot.models.iter().find(|(n, _)| n == name)?;
        Some(format!(
            "{}/chat/completions",
            chat.base_url.trim_end_matches('/')
        ))
    }

    /// Talk's answer to the 👀 sent while the responder worked.
    fn reaction_answered(&self, state: &mut JobState, reaction: Option<TalkAnswer>) {
        if let Some(answer) = reaction {
            if is_success(&answer) {
                state.reacted = true;
                state.tells.push(Tell::Answered(answer));
                state.tells.push(Tell::Accepted);
            } else {
                state.tells.push(Tell::Answered(answer));
            }
        }
    }

    /// The responder being asked answered (`Ok(None)`: deliberately nothing) or failed.
    pub(super) fn answered(
        &mut self,
        state: &mut JobState,
        result: Result<Option<String>, Failure>,
    ) {
        let Some(plan) = self.plan(state) else {
            state.stage = Stage::GiveUp {
                reason: "the question can no longer be answered (the webhook or the configuration changed)"
                    .into(),
                quiet: false,
            };
            return;
        };
        let name = plan
            .responders
            .get(state.responder as usize)
            .cloned()
            .unwrap_or_default();
        match result {
            Ok(text) => {
                let from_model = name != "echo";
                let text =
                    text.and_then(|t| model::finish(&t, self.bot.max_answer_chars, from_model));
                let Some(text) = text else {
                    state.stage = Stage::Finish(Outcome::Silent);
                    return;
                };
                state.reply = Some(Reply {
                    text,
                    reference_id: plan.reference_id.clone(),
                    reply_to: plan.reply_to,
                });
                state.stage = if remembers(&plan) && from_model {
                    Stage::Remember
                } else {
                    Stage::Post
                };
            }
            Err(failure) => {
                state.failures.push((name, failure));
                if (state.responder as usize) + 1 < plan.responders.len() {
                    state.responder += 1;
                    return;
                }
                let fallback = model::fallback(
                    &state.failures,
                    state.answer_attempts,
                    self.bot.answer_attempts,
                    self.bot.failure_reply.clone(),
                    &self.bot.retry,
                    self.now,
                    (self.draws.jitter)(),
                );
                match fallback {
                    Fallback::RetryAt(at) => {
                        let reasons = state
                            .failures
                            .iter()
                            .map(|(n, f)| format!("{n}: {}", f.reason))
                            .collect::<Vec<_>>()
                            .join("; then ");
                        let why = format!("no responder answered: {reasons}");
                        state.last_error = Some(why.clone());
                        state.answer_attempts = state.answer_attempts.saturating_add(1);
                        state.failures.clear();
                        state.responder = 0;
                        state.history.clear();
                        state.slow_reaction = None;
                        state.sleep_until = Some((at, why));
                    }
                    Fallback::Notify((text, reason)) => {
                        state.reply = Some(Reply {
                            text,
                            reference_id: plan.reference_id.clone(),
                            reply_to: plan.reply_to,
                        });
                        state.failure = Some(reason);
                        state.stage = Stage::Post;
                    }
                    Fallback::GiveUp(reason) => {
                        state.stage = Stage::GiveUp {
                            reason,
                            quiet: false,
                        };
                    }
                }
            }
        }
    }

    /// Talk answered the current chunk.
    fn chunk_answered(&mut self, state: &mut JobState, answer: TalkAnswer) {
        let max_length = state
            .split
            .last()
            .map_or(self.bot.max_message_length, |(max, _)| *max);
        let clock = crate::engine_api::JobClock {
            attempts: state.attempts,
            received_at: state.received_at,
        };
        let outcome = delivery::classify(
            &answer,
            max_length,
            &clock,
            &self.bot.retry,
            self.now,
            (self.draws.jitter)(),
        );
        state.tells.push(Tell::Answered(answer));
        match outcome {
            Delivery::Delivered => {
                state.tells.push(Tell::Accepted);
                match state.split.last_mut() {
                    Some((_, part)) => *part += 1,
                    None => state.delivered += 1,
                }
            }
            Delivery::Retry(retry) => {
                state.attempts = state.attempts.saturating_add(1);
                state.last_error = Some(retry.reason.clone());
                state.sleep_until = Some((retry.at, retry.reason));
            }
            Delivery::SplitAgain(max) => state.split.push((max, 0)),
            Delivery::Unauthorized(retry) => state.refused = Some((retry.at, retry.reason)),
            Delivery::Rejected(reason) => {
                state.stage = Stage::GiveUp {
                    reason,
                    quiet: false,
                }
            }
        }
    }
}

fn wait_name(wait: Wait) -> &'static str {
    match wait {
        Wait::Run => "run",
        Wait::Settings => "settings",
        Wait::Memory => "memory",
        Wait::Responder => "a responder's answer",
        Wait::Stored => "stored",
        Wait::Told
        | Wait::ChunkClearance
        | Wait::SlowReactionClearance
        | Wait::ReactionClearance
        | Wait::Refusal => "breaker",
        Wait::Chunk | Wait::Reaction => "talk-answered",
        Wait::Done => "nothing (the job is done)",
        Wait::Tool => "a tool server's answer",
    }
}

fn input_name(input: &Input) -> &'static str {
    match input {
        Input::Run => "run",
        Input::Settings(_) => "settings",
        Input::Memory(_) => "memory",
        Input::ModelAnswered(_) => "model-answered",
        Input::ModelUnreachable(_) => "model-unreachable",
        Input::ResponderAnswered(_) => "responder-answered",
        Input::ResponderFailed(_) => "responder-failed",
        Input::Breaker(_) => "breaker",
        Input::TalkAnswered(_) => "talk-answered",
        Input::Stored => "stored",
        Input::ToolAnswered(_) => "tool-answered",
        Input::ToolUnreachable(_) => "tool-unreachable",
        Input::Unavailable(_) => "unavailable",
    }
}
