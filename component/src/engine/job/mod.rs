//! The whole job as a state machine (the WIT's `job` interface): the host feeds in what
//! happened, [`step`] says what to do next. Every rule of a job's life is here — what an event
//! means, memory, the responder chain and its fallback, status reactions, delivery with its
//! retries and 413 re-splits, what the 401 breaker causes, giving up — so a host only performs
//! actions: it stores bytes, sends requests, sets timers.
//!
//! `state/` holds what a job carries between steps (and its bytes, `codec.rs`); `input.rs`
//! takes an input into the state, `next.rs` decides the next action; `tool_loop/` runs an
//! answer's MCP tools; `due.rs` makes the jobs of the schedules' occurrences; this file is the
//! bot and what they share.

mod codec;
mod due;
mod input;
mod memory;
mod next;
mod state;
#[cfg(test)]
mod tests;
mod tool_loop;

use super::{commands, defaults, delivery, ingress, model, policy, schedule, tools};
use crate::botapi::{self, ReactionOp};
use crate::engine_api::{
    AnswerPlan, BreakerEvent, BreakerVerdict, ChatModel, Clearance, Decision, Failure, FailureKind,
    Fallback, Outcome as Delivery, Policy, Refusal, RetryPolicy, RoomSettings, SettingsChange,
    TalkAnswer,
};
use crate::job_api::{
    Action, Admitted, BotConfig, Due, Erasure, Input, JobError, MemoryKey, MemoryTurn, ModelCall,
    Outcome, Queued, ResponderCall, SlowReaction, TransportFailure, Wake,
};
use crate::{Backend, EventKind, ReceiveOptions, SendOptions, WebhookError};
pub use state::JobState;
use state::{Reply, Stage, Wait};

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
    schedules: Vec<schedule::Checked>,
    tools: tools::Servers,
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
        let schedules = schedule::check(config.schedules, backends.len())?;
        let tools = tools::Servers::new(config.tool_servers, config.max_tool_rounds)?;
        for persona in &config.policy.personas {
            if let Some(entry) = tools.unknown_entry(persona) {
                return Err(format!(
                    "persona {}: tools entry {entry:?} names no configured tool server",
                    persona.name
                ));
            }
        }
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
            schedules,
            tools,
        })
    }

    /// The configured Nextclouds' normalised URLs, by backend index.
    pub fn backends(&self) -> Vec<String> {
        self.receive
            .backends
            .iter()
            .map(|b| b.url.clone())
            .collect()
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

    /// A job from a webhook verified and admitted before the job machine existed.
    pub fn adopt(
        &self,
        backend: u32,
        key: String,
        body: Vec<u8>,
        received_at: u64,
    ) -> Result<Vec<u8>, String> {
        if backend as usize >= self.receive.backends.len() {
            return Err(format!("backend #{backend} is no longer configured"));
        }
        crate::event::parse(&body)
            .map_err(|e| format!("the queued webhook no longer parses: {e:?}"))?;
        Ok(JobState::new(backend, key, received_at, body).encode())
    }

    /// One step: the job's next bytes and the action to perform.
    pub fn step(
        &self,
        job: &[u8],
        input: Input,
        now: u64,
        draws: &mut Draws,
    ) -> Result<(Vec<u8>, Action), JobError> {
        self.step_logged(job, input, now, draws)
            .map(|(job, action, _)| (job, action))
    }

    /// [`Bot::step`], with the line for the operator's log the step left, if any.
    pub fn step_logged(
        &self,
        job: &[u8],
        input: Input,
        now: u64,
        draws: &mut Draws,
    ) -> Result<(Vec<u8>, Action, Option<String>), JobError> {
        let mut state = JobState::decode(job).map_err(|e| JobError::Unreadable(e.0.to_string()))?;
        let mut run = Run {
            bot: self,
            now,
            draws,
            log: None,
        };
        let action = run.step(&mut state, input)?;
        Ok((state.encode(), action, run.log))
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
    /// A line for the operator's log.
    log: Option<String>,
}

/// What the job's webhook says, parsed again from its bytes.
struct Parsed {
    event: crate::Event,
    token: String,
    /// The message a status reaction or ⚠️ goes on (people's messages only).
    message_id: Option<u64>,
}

impl Run<'_, '_> {
    /// Add a line for the operator's log (a step may leave several, joined).
    fn note(&mut self, line: String) {
        self.log = Some(match self.log.take() {
            Some(earlier) => format!("{earlier}; {line}"),
            None => line,
        });
    }

    fn step(&mut self, state: &mut JobState, input: Input) -> Result<Action, JobError> {
        if let Some(action) = self.take(state, input)? {
            return Ok(action);
        }
        Ok(self.advance(state))
    }

    fn parsed(&self, state: &JobState) -> Result<Parsed, String> {
        if let Some(o) = &state.occurrence {
            // A schedule's job has no webhook: the event stands for the schedule.
            return Ok(Parsed {
                event: crate::Event {
                    kind: EventKind::Activity,
                    actor: crate::Actor {
                        kind: crate::ActorKind::Bots,
                        id: o.name.clone(),
                        raw_id: format!("schedule/{}", o.name),
                        name: o.name.clone(),
                        participant_type: None,
                    },
                    conversation: crate::Conversation {
                        token: o.room.clone(),
                        name: String::new(),
                    },
                    message: None,
                    published: None,
                },
                token: o.room.clone(),
                message_id: None,
            });
        }
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
        self.plan_of(state, &self.parsed(state).ok()?)
    }

    /// [`Run::plan`] of a webhook already parsed.
    fn plan_of(&self, state: &JobState, parsed: &Parsed) -> Option<AnswerPlan> {
        match self.decide(state, parsed) {
            Ok(Decision::Answer(plan)) => Some(plan),
            _ => None,
        }
    }

    /// What the job is for: the engine's decision on its webhook, or its schedule's post.
    fn decide(&self, state: &JobState, parsed: &Parsed) -> Result<Decision, String> {
        let backend = self.backend(state)?;
        let settings = state.settings.clone().unwrap_or(RoomSettings {
            mode: None,
            persona: None,
            schedules: None,
            approvals: None,
        });
        let Some(o) = &state.occurrence else {
            let made = schedule::room::checked(
                &[crate::job_api::RoomSchedules {
                    backend_index: state.backend,
                    token: parsed.token.clone(),
                    schedules: settings.schedules.clone().unwrap_or_default(),
                }],
                self.bot.receive.backends.len(),
            );
            let schedules: Vec<String> = self
                .bot
                .schedules
                .iter()
                .filter(|s| {
                    s.schedule.room == parsed.token && s.schedule.backend_index == state.backend
                })
                .chain(&made)
                .map(|s| s.line(self.now))
                .collect();
            let persona = policy::room_persona(&self.bot.policy, &settings, &parsed.token);
            let context = commands::Context {
                schedules,
                tools: tool_loop::tool_lines(self.bot, &persona),
                now: self.now,
            };
            return Ok(policy::decide(
                &self.bot.policy,
                &settings,
                &backend.url,
                parsed.event.clone(),
                &state.key,
                &context,
            ));
        };
        if policy::effective_mode(&self.bot.policy, &settings, &o.room)
            == crate::engine_api::Mode::Off
        {
            return Ok(Decision::Ignore(
                "scheduled, but the conversation's mode is off".into(),
            ));
        }
        let reference_id = botapi::reference_id(&backend.url, &o.room, &state.key, 0);
        if !o.prompt {
            return Ok(Decision::Greet(crate::engine_api::Post {
                text: o.text.clone(),
                reference_id,
                reply_to: None,
            }));
        }
        Ok(Decision::Answer(policy::scheduled_plan(
            &self.bot.policy,
            &settings,
            &o.room,
            &o.name,
            &o.text,
            reference_id,
        )))
    }
}

/// Whether the plan's conversation keeps memory (some responder reads it).
fn remembers(plan: &AnswerPlan) -> bool {
    plan.memory_turns > 0 && plan.responders.iter().any(|r| r != "echo")
}

fn memory_key(state: &JobState, token: &str) -> MemoryKey {
    MemoryKey {
        backend_index: state.backend,
        token: token.to_string(),
    }
}

fn reply_of(post: crate::engine_api::Post) -> Reply {
    Reply {
        text: post.text,
        reference_id: post.reference_id,
        reply_to: post.reply_to,
    }
}

fn sleep(state: &mut JobState, at: u64, why: String) -> Action {
    state.wait = Wait::Run;
    state.cleared = false;
    Action::SleepUntil(Wake { at, why })
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
