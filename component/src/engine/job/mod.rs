//! The whole job as a state machine (the WIT's `job` interface): the host feeds in what
//! happened, [`step`] says what to do next. Every rule of a job's life is here — what an event
//! means, memory, the responder chain and its fallback, status reactions, delivery with its
//! retries and 413 re-splits, what the 401 breaker causes, giving up — so a host only performs
//! actions: it stores bytes, sends requests, sets timers.
//!
//! `state.rs` holds what a job carries between steps (and its bytes, `codec.rs`); this file
//! takes inputs ([`take`]) and decides the next action ([`advance`]).

mod codec;
mod state;
#[cfg(test)]
mod tests;

use super::{defaults, delivery, ingress, model, policy};
use crate::botapi::{self, ReactionOp};
use crate::engine_api::{
    AnswerPlan, BreakerEvent, BreakerVerdict, ChatModel, Clearance, Decision, Failure, FailureKind,
    Fallback, Outcome as Delivery, Policy, Refusal, RetryPolicy, RoomSettings, TalkAnswer,
};
use crate::job_api::{
    Action, Admitted, BotConfig, Input, JobError, MemoryKey, ModelCall, Outcome, Queued,
    ResponderCall, SlowReaction, TransportFailure,
};
use crate::{Backend, EventKind, ReceiveOptions, SendOptions, WebhookError};
pub use state::JobState;
use state::{Reply, Stage, Tell, Wait};

/// 👀: a responder is working on the message.
pub const WORKING: &str = "👀";
/// ⚠️: the message was given up.
pub const FAILED: &str = "⚠️";
/// Different conversations answering 401 with none accepting in between that prove the
/// secret wrong.
const REFUSING_LIMIT: u32 = 3;
/// When the breaker holds a job (its room refuses the bot), run it again after this long at
/// the latest: a webhook from the room wakes it earlier.
const HOLD_BACKSTOP_MS: u64 = 600_000;

/// A configured bot: the configuration checked and normalised once.
pub struct Bot {
    policy: Policy,
    receive: ReceiveOptions,
    ingress: crate::engine_api::IngressRules,
    retry: RetryPolicy,
    answer_attempts: u32,
    failure_reply: Option<String>,
    max_answer_chars: u32,
    max_message_length: u32,
    status_reaction_after: Option<u64>,
    models: Vec<(String, ChatModel)>,
}

/// What a step draws from outside besides time: jitter for backoffs and randoms for request
/// signatures (injected by tests).
pub struct Draws<'a> {
    pub jitter: &'a mut dyn FnMut() -> f64,
    pub random: &'a mut dyn FnMut() -> String,
}

impl Bot {
    /// Check `config` and keep it.
    pub fn new(config: BotConfig) -> Result<Bot, String> {
        if config.backends.is_empty() {
            return Err("no backend is configured".into());
        }
        let mut backends = Vec::with_capacity(config.backends.len());
        for backend in config.backends {
            let url = crate::backend::normalize(&backend.url)
                .map_err(|e| format!("backend {:?}: {e}", backend.url))?;
            let Some(first) = backend.secrets.first() else {
                return Err(format!("backend {url} has no secret"));
            };
            super::check_secret(first).map_err(|e| format!("backend {url}: {e}"))?;
            backends.push(Backend {
                url,
                secrets: backend.secrets,
            });
        }
        let max_message_length = config
            .max_message_length
            .unwrap_or(botapi::DEFAULT_MAX_LENGTH);
        botapi::check_max_length(max_message_length).map_err(|e| botapi::message(&e))?;
        let defaults = defaults::defaults();
        Ok(Bot {
            policy: config.policy,
            receive: ReceiveOptions {
                backends,
                max_body_bytes: config
                    .max_body_bytes
                    .unwrap_or(crate::webhook::DEFAULT_MAX_BODY_BYTES),
                strict_backend: config.strict_backend,
            },
            ingress: config.ingress,
            retry: config.retry,
            answer_attempts: config.answer_attempts.unwrap_or(defaults.answer_attempts),
            failure_reply: match config.failure_reply {
                None => Some(defaults.failure_reply),
                Some(text) if text.trim().is_empty() => None,
                Some(text) => Some(text),
            },
            max_answer_chars: config
                .max_answer_chars
                .unwrap_or(model::DEFAULT_MAX_ANSWER_CHARS),
            max_message_length,
            status_reaction_after: config.status_reaction_after_ms,
            models: config.models,
        })
    }

    /// A webhook request: verify, parse, and decide whether to store it.
    pub fn ingest(
        &self,
        headers: &[(String, String)],
        body: Vec<u8>,
        now: u64,
    ) -> Result<Admitted, WebhookError> {
        let received = crate::webhook::receive(&self.receive, headers, &body)?;
        let signature = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("x-nextcloud-talk-signature"))
            .map_or("", |(_, v)| v.as_str());
        Ok(
            match ingress::admit(&received, signature, &self.ingress, now) {
                crate::engine_api::Admission::Queue(ticket) => {
                    let job =
                        JobState::new(received.backend_index, ticket.dedup_key.clone(), now, body);
                    Admitted::Queue(Queued {
                        backend_index: received.backend_index,
                        dedup_key: ticket.dedup_key,
                        token: ticket.token,
                        overtakes: ticket.overtakes,
                        job: job.encode(),
                    })
                }
                crate::engine_api::Admission::Ignore(why) => Admitted::Ignore(why),
                crate::engine_api::Admission::Stale(why) => Admitted::Stale(why),
            },
        )
    }

    /// One step: the job's next bytes and the action to perform.
    pub fn step(
        &self,
        job: &[u8],
        input: Input,
        now: u64,
        draws: &mut Draws,
    ) -> Result<(Vec<u8>, Action), JobError> {
        let mut state = JobState::decode(job).map_err(|e| JobError::Unreadable(e.0.to_string()))?;
        let mut run = Run {
            bot: self,
            now,
            draws,
        };
        let action = run.step(&mut state, input)?;
        Ok((state.encode(), action))
    }

    /// A readable summary of a job.
    pub fn describe(&self, job: &[u8]) -> String {
        match JobState::decode(job) {
            Err(e) => format!("unreadable job: {}", e.0),
            Ok(s) => format!(
                "{} (backend #{}): {:?}, waiting for {:?}; {} delivery and {} answer attempt(s) before, {} chunk(s) delivered{}{}",
                s.key,
                s.backend,
                s.stage,
                s.wait,
                s.attempts,
                s.answer_attempts,
                s.delivered,
                if s.sending {
                    "; a request was handed over and its answer never came back"
                } else {
                    ""
                },
                s.last_error
                    .as_deref()
                    .map(|e| format!("; last: {e}"))
                    .unwrap_or_default(),
            ),
        }
    }
}

/// One step's context.
struct Run<'a, 'b> {
    bot: &'a Bot,
    now: u64,
    draws: &'a mut Draws<'b>,
}

/// What the job's webhook says, parsed again from its bytes.
struct Parsed {
    event: crate::Event,
    token: String,
    /// The message a status reaction or ⚠️ goes on (people's messages only).
    message_id: Option<u64>,
}

impl Run<'_, '_> {
    fn step(&mut self, state: &mut JobState, input: Input) -> Result<Action, JobError> {
        if let Some(action) = self.take(state, input)? {
            return Ok(action);
        }
        Ok(self.advance(state))
    }

    fn parsed(&self, state: &JobState) -> Result<Parsed, String> {
        let event = crate::event::parse(&state.body)
            .map_err(|e| format!("the queued webhook no longer parses: {e:?}"))?;
        let token = event.conversation.token.clone();
        let message_id = match event.kind {
            EventKind::Create(_) | EventKind::Activity => event.message.as_ref().map(|m| m.id),
            _ => None,
        };
        Ok(Parsed {
            event,
            token,
            message_id,
        })
    }

    fn backend(&self, state: &JobState) -> Result<&Backend, String> {
        self.bot
            .receive
            .backends
            .get(state.backend as usize)
            .ok_or_else(|| format!("backend #{} is no longer configured", state.backend))
    }

    /// The plan of an answer (decided again from the webhook and the loaded settings).
    fn plan(&self, state: &JobState) -> Option<AnswerPlan> {
        let parsed = self.parsed(state).ok()?;
        let backend = self.backend(state).ok()?;
        match policy::decide(
            &self.bot.policy,
            state.settings.as_ref()?,
            &backend.url,
            parsed.event,
            &state.key,
        ) {
            Decision::Answer(plan) => Some(plan),
            _ => None,
        }
    }

    /// Take `input`: the answer to the action the job waits for (or `run`).
    fn take(&mut self, state: &mut JobState, input: Input) -> Result<Option<Action>, JobError> {
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
            (Wait::Memory, Input::Memory(turns)) => {
                state.history = turns;
                Ok(None)
            }
            (Wait::Stored, Input::Stored) => {
                self.stored(state);
                Ok(None)
            }
            (Wait::Responder, Input::ModelAnswered((status, body, reaction))) => {
                self.reaction_answered(state, reaction);
                let answer = match self.model_url(state) {
                    Some(url) => model::answer(&url, status, &body).map(Some),
                    None => Err(Failure {
                        kind: FailureKind::Failed,
                        reason: "the model asked is no longer configured".into(),
                    }),
                };
                self.answered(state, answer);
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
                    state.last_error = Some("sending to this Nextcloud is paused".into());
                    Ok(Some(sleep(state, at)))
                }
                BreakerVerdict::Clearance(Clearance::Hold(why)) => {
                    state.last_error = Some(why);
                    Ok(Some(sleep(
                        state,
                        self.now.saturating_add(HOLD_BACKSTOP_MS),
                    )))
                }
                other => unexpected(state.wait, &Input::Breaker(other)),
            },
            (Wait::Refusal, Input::Breaker(BreakerVerdict::Refusal(refusal))) => {
                let (at, reason) = state.refused.take().unwrap_or_default();
                match refusal {
                    Refusal::Room(_) => {
                        state.attempts = state.attempts.saturating_add(1);
                        state.last_error = Some(reason);
                        state.sleep_until = Some(at);
                    }
                    Refusal::RoomDisabled => {
                        state.stage = Stage::GiveUp {
                            reason:
                                "this conversation answered 401 twice: the bot is not enabled there"
                                    .into(),
                            quiet: true,
                        };
                    }
                    Refusal::Backend(_) => {
                        state.reactions.clear();
                        state.stage = Stage::Ending(Outcome::Held(
                            "401: this Nextcloud refuses the bot's secret; sending to it stopped"
                                .into(),
                        ));
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
    fn stored(&self, state: &mut JobState) {
        match state.stage {
            Stage::Leave => {
                state.tells.push(Tell::Left);
                state.stage = Stage::Ending(Outcome::Left);
            }
            Stage::Remember => state.stage = Stage::Post,
            // A chat command's change: its answer goes out next.
            _ => state.stage = Stage::Post,
        }
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
    fn answered(&mut self, state: &mut JobState, result: Result<Option<String>, Failure>) {
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
                        state.last_error = Some(format!("no responder answered: {reasons}"));
                        state.answer_attempts = state.answer_attempts.saturating_add(1);
                        state.failures.clear();
                        state.responder = 0;
                        state.history.clear();
                        state.slow_reaction = None;
                        state.sleep_until = Some(at);
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
                state.last_error = Some(retry.reason);
                state.sleep_until = Some(retry.at);
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

    /// The next action, from where the job stands.
    fn advance(&mut self, state: &mut JobState) -> Action {
        loop {
            if !state.tells.is_empty() {
                let tell = state.tells.remove(0);
                let token = self.parsed(state).map(|p| p.token).unwrap_or_default();
                let event = match tell {
                    Tell::Answered(answer) => BreakerEvent::Answered(answer),
                    Tell::Accepted => BreakerEvent::Accepted(token),
                    Tell::Left => BreakerEvent::Left(token),
                };
                state.wait = Wait::Told;
                return Action::AskBreaker((state.backend, event));
            }
            if let Some((_, _)) = &state.refused {
                let token = self.parsed(state).map(|p| p.token).unwrap_or_default();
                state.wait = Wait::Refusal;
                return Action::AskBreaker((
                    state.backend,
                    BreakerEvent::Refused((token, REFUSING_LIMIT)),
                ));
            }
            if let Some(at) = state.sleep_until.take() {
                return sleep(state, at);
            }
            let parsed = match self.parsed(state) {
                Ok(parsed) => parsed,
                Err(why) => return end(state, Outcome::Failed(why)),
            };
            let (base, secret) = match self.backend(state) {
                Ok(b) => (b.url.clone(), b.secrets[0].clone()),
                Err(why) => return end(state, Outcome::Failed(why)),
            };
            match state.stage.clone() {
                Stage::New => {
                    state.wait = Wait::Settings;
                    return Action::LoadSettings((state.backend, parsed.token));
                }
                Stage::Decide => {
                    let settings = state.settings.clone().unwrap_or(RoomSettings {
                        mode: None,
                        persona: None,
                    });
                    let decision = policy::decide(
                        &self.bot.policy,
                        &settings,
                        &base,
                        parsed.event,
                        &state.key,
                    );
                    match decision {
                        Decision::Ignore(why) => return end(state, Outcome::Ignored(why)),
                        Decision::Leave => {
                            state.stage = Stage::Leave;
                            state.wait = Wait::Stored;
                            return Action::Forget((state.backend, parsed.token));
                        }
                        Decision::Greet(post) => {
                            state.reply = Some(reply_of(post));
                            state.stage = Stage::Post;
                        }
                        Decision::Command(outcome) => {
                            state.reply = Some(reply_of(outcome.reply));
                            state.stage = Stage::Post;
                            if let Some(change) = outcome.change {
                                state.wait = Wait::Stored;
                                return Action::StoreSettings((
                                    state.backend,
                                    parsed.token,
                                    change,
                                ));
                            }
                        }
                        Decision::Answer(plan) => {
                            state.stage = Stage::Ask;
                            if remembers(&plan) {
                                state.wait = Wait::Memory;
                                return Action::LoadMemory(memory_key(state, &parsed.token, &plan));
                            }
                        }
                    }
                }
                Stage::Leave => {
                    state.wait = Wait::Stored;
                    return Action::Forget((state.backend, parsed.token));
                }
                Stage::Ask => {
                    let Some(plan) = self.plan(state) else {
                        state.stage = Stage::GiveUp {
                            reason: "the question can no longer be answered".into(),
                            quiet: false,
                        };
                        continue;
                    };
                    // 👀 while a responder outside works (the echo answers at once).
                    let outside = plan
                        .responders
                        .get(state.responder as usize)
                        .is_some_and(|r| r != "echo");
                    let wants_reaction = self.bot.status_reaction_after.is_some()
                        && parsed.message_id.is_some()
                        && !state.reacted
                        && outside;
                    if wants_reaction && state.slow_reaction.is_none() {
                        state.wait = Wait::SlowReactionClearance;
                        return Action::AskBreaker((
                            state.backend,
                            BreakerEvent::Ask((parsed.token, 0)),
                        ));
                    }
                    let reaction = match (wants_reaction, state.slow_reaction, parsed.message_id) {
                        (true, Some(true), Some(id)) => botapi::reaction(
                            &base,
                            &secret,
                            &parsed.token,
                            id,
                            WORKING,
                            ReactionOp::Add,
                            self.draws.random,
                        )
                        .ok()
                        .map(|request| SlowReaction {
                            at: self
                                .now
                                .saturating_add(self.bot.status_reaction_after.unwrap_or(0)),
                            request,
                        }),
                        _ => None,
                    };
                    let Some(name) = plan.responders.get(state.responder as usize).cloned() else {
                        state.stage = Stage::GiveUp {
                            reason: format!("persona {:?} has no responder", plan.persona),
                            quiet: false,
                        };
                        continue;
                    };
                    if name == "echo" {
                        let text = plan.text.clone();
                        self.answered(state, Ok(Some(text)));
                        continue;
                    }
                    state.wait = Wait::Responder;
                    if let Some((_, chat)) = self.bot.models.iter().find(|(n, _)| *n == name) {
                        return Action::AskModel(ModelCall {
                            responder: name,
                            request: model::request(chat, &plan, &state.history),
                            reaction,
                        });
                    }
                    return Action::RunResponder(ResponderCall {
                        responder: name,
                        plan,
                        history: state.history.clone(),
                        reaction,
                    });
                }
                Stage::Remember => {
                    let (Some(plan), Some(reply)) = (self.plan(state), state.reply.clone()) else {
                        state.stage = Stage::Post;
                        continue;
                    };
                    let turns = model::remember(&plan, &reply.text, &self.bot.policy.agent_name);
                    state.history.clear();
                    state.wait = Wait::Stored;
                    return Action::Remember((
                        memory_key(state, &parsed.token, &plan),
                        plan.message_id,
                        turns,
                    ));
                }
                Stage::Post => {
                    state.history.clear();
                    if let Some(action) = self.post(state, &parsed, &base, &secret) {
                        return action;
                    }
                }
                Stage::Finish(outcome) => {
                    if let (true, Some(_)) = (state.reacted, parsed.message_id) {
                        state.reactions.push((WORKING.into(), true));
                    }
                    state.stage = Stage::Ending(outcome);
                }
                Stage::GiveUp { reason, quiet } => {
                    let reason = match (&state.last_error, reason.contains("no longer worth")) {
                        (Some(last), true) => format!("{reason}; it was waiting on: {last}"),
                        _ => reason,
                    };
                    if !quiet
                        && self.bot.status_reaction_after.is_some()
                        && parsed.message_id.is_some()
                    {
                        state.reactions.push((FAILED.into(), false));
                    }
                    if state.reacted && !quiet {
                        state.reactions.push((WORKING.into(), true));
                    }
                    let outcome = match state.failure.take() {
                        Some(why) if reason == why => Outcome::FailureReply(why),
                        _ => Outcome::Failed(reason),
                    };
                    state.stage = Stage::Ending(outcome);
                }
                Stage::Ending(outcome) => {
                    let Some((emoji, remove)) = state.reactions.first().cloned() else {
                        return end(state, outcome);
                    };
                    let Some(id) = parsed.message_id else {
                        state.reactions.clear();
                        continue;
                    };
                    if !state.cleared {
                        state.wait = Wait::ReactionClearance;
                        return Action::AskBreaker((
                            state.backend,
                            BreakerEvent::Ask((parsed.token, 0)),
                        ));
                    }
                    state.cleared = false;
                    let op = if remove {
                        ReactionOp::Remove
                    } else {
                        ReactionOp::Add
                    };
                    match botapi::reaction(
                        &base,
                        &secret,
                        &parsed.token,
                        id,
                        &emoji,
                        op,
                        self.draws.random,
                    ) {
                        Ok(request) => {
                            state.wait = Wait::Reaction;
                            return Action::Send(request);
                        }
                        Err(_) => {
                            state.reactions.remove(0);
                        }
                    }
                }
            }
        }
    }

    /// The next request of the reply, or `None` when the stage moved on.
    fn post(
        &mut self,
        state: &mut JobState,
        parsed: &Parsed,
        base: &str,
        secret: &str,
    ) -> Option<Action> {
        let reply = state.reply.clone()?;
        let options = SendOptions {
            reply_to: reply.reply_to,
            reference_id: Some(reply.reference_id),
            silent: false,
            thread_id: None,
            thread_title: None,
            max_length: Some(self.bot.max_message_length),
        };
        let requests = match botapi::send_message(
            base,
            secret,
            &parsed.token,
            &reply.text,
            &options,
            self.draws.random,
        ) {
            Ok(requests) => requests,
            Err(e) => {
                state.stage = Stage::GiveUp {
                    reason: format!("cannot build the reply: {}", botapi::message(&e)),
                    quiet: false,
                };
                return None;
            }
        };
        let Some(request) = requests.get(state.delivered as usize) else {
            state.stage = match state.failure.clone() {
                Some(reason) => Stage::GiveUp {
                    reason,
                    quiet: false,
                },
                None => Stage::Finish(Outcome::Delivered),
            };
            return None;
        };
        // After 413s each level splits the part above it again (its parts' ids derive from
        // that part's): the request is the part the levels lead to.
        let mut request = request.clone();
        for level in 0..state.split.len() {
            let (max, part) = state.split[level];
            let parts = match botapi::split_again(
                base,
                secret,
                &parsed.token,
                &request,
                max,
                self.draws.random,
            ) {
                Ok(parts) => parts,
                Err(e) => {
                    state.stage = Stage::GiveUp {
                        reason: format!(
                            "HTTP 413, and the chunk cannot be split again: {}",
                            botapi::message(&e)
                        ),
                        quiet: false,
                    };
                    return None;
                }
            };
            match parts.into_iter().nth(part as usize) {
                Some(next) => request = next,
                None => {
                    // Every part of this level is delivered: so is the part it split.
                    state.split.truncate(level);
                    match state.split.last_mut() {
                        Some((_, part)) => *part += 1,
                        None => state.delivered += 1,
                    }
                    return None;
                }
            }
        }
        if !state.cleared {
            let clock = crate::engine_api::JobClock {
                attempts: state.attempts,
                received_at: state.received_at,
            };
            if let Some(reason) = delivery::expired(&clock, &self.bot.retry, self.now) {
                state.stage = Stage::GiveUp {
                    reason,
                    quiet: false,
                };
                return None;
            }
            state.wait = Wait::ChunkClearance;
            return Some(Action::AskBreaker((
                state.backend,
                BreakerEvent::Ask((parsed.token.clone(), 0)),
            )));
        }
        state.cleared = false;
        state.sending = true;
        state.wait = Wait::Chunk;
        Some(Action::Send(request))
    }
}

/// Whether the plan's conversation keeps memory (some responder reads it).
fn remembers(plan: &AnswerPlan) -> bool {
    plan.memory_turns > 0 && plan.responders.iter().any(|r| r != "echo")
}

fn memory_key(state: &JobState, token: &str, plan: &AnswerPlan) -> MemoryKey {
    MemoryKey {
        backend_index: state.backend,
        token: token.to_string(),
        quoted: plan.quoted.as_ref().map(|q| q.id),
        turns: plan.memory_turns,
    }
}

fn reply_of(post: crate::engine_api::Post) -> Reply {
    Reply {
        text: post.text,
        reference_id: post.reference_id,
        reply_to: post.reply_to,
    }
}

fn sleep(state: &mut JobState, at: u64) -> Action {
    state.wait = Wait::Run;
    state.cleared = false;
    Action::SleepUntil(at)
}

fn end(state: &mut JobState, outcome: Outcome) -> Action {
    state.wait = Wait::Done;
    state.stage = Stage::Ending(outcome.clone());
    state.history.clear();
    Action::Done(outcome)
}

fn is_success(answer: &TalkAnswer) -> bool {
    matches!(answer, TalkAnswer::Status((200..=299, _)))
}

/// A model request that got no HTTP answer, as a responder failure.
fn transport_failure(url: &str, failure: TransportFailure) -> Failure {
    match failure {
        TransportFailure::Timeout => Failure {
            kind: FailureKind::Timeout,
            reason: format!("{url} did not answer in time"),
        },
        TransportFailure::Connection(why) => Failure {
            kind: FailureKind::Connection,
            reason: format!("{url} cannot be reached: {why}"),
        },
        TransportFailure::TooLarge => Failure {
            kind: FailureKind::Refused,
            reason: format!(
                "{url} answered more than {} bytes",
                defaults::defaults().max_model_answer_bytes
            ),
        },
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
    }
}
