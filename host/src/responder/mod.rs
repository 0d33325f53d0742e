//! Responders turn a message into a reply. Delivery, retries and reactions are not their
//! concern: a responder gets the rendered text and the event, and returns text or an error
//! that says whether trying again could help.

mod command;
mod openai;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use serde::Serialize;

pub use command::{Command, EX_TEMPFAIL, find_program};
pub use openai::OpenAi;

use crate::config::ResponderConfig;
use crate::protocol::{AnswerPlan, Event, Failure, ResponderCall};

/// Who wrote a remembered message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A participant.
    User,
    /// The bot.
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// An earlier message of the conversation, from memory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Turn {
    pub role: Role,
    /// The writer's display name (the bot's name for the bot).
    pub author: String,
    pub text: String,
}

/// The message a prompt replies to (`inReplyTo`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quoted {
    pub author: String,
    pub text: String,
}

/// What a responder is asked.
#[derive(Debug, Clone, Serialize)]
pub struct Prompt {
    /// The message as plain text (placeholders rendered, a mention of the bot removed).
    pub text: String,
    /// The writer's display name.
    pub author: String,
    /// The normalised URL of the Nextcloud the message came from.
    pub backend: String,
    /// The conversation token.
    pub token: String,
    /// The persona's instructions, for language models.
    pub system_prompt: String,
    /// The persona's name (`default` unless one was chosen).
    pub persona: String,
    /// Earlier messages of the conversation or reply thread, oldest first.
    pub history: Vec<Turn>,
    /// The message this one replies to, if any.
    pub quoted: Option<Quoted>,
    /// The decoded event, as the component produced it.
    pub event: Event,
    /// The engine's plan for this answer (what `model-request` is built from).
    #[serde(skip)]
    pub plan: AnswerPlan,
}

impl Prompt {
    /// What a command responder reads (its JSON on stdin) for the machine's `run-responder`.
    pub fn of_call(call: &ResponderCall) -> Prompt {
        let plan = call.plan.clone();
        Prompt {
            text: plan.text.clone(),
            author: plan.author.clone(),
            backend: call.backend.clone(),
            token: call.event.conversation.token.clone(),
            system_prompt: plan.system_prompt.clone(),
            persona: plan.persona.clone(),
            history: call
                .history
                .iter()
                .map(|t| Turn {
                    role: match t.role {
                        crate::protocol::Role::User => Role::User,
                        crate::protocol::Role::Assistant => Role::Assistant,
                    },
                    author: t.author.clone(),
                    text: t.text.clone(),
                })
                .collect(),
            quoted: plan.quoted.as_ref().map(|q| Quoted {
                author: q.author.clone(),
                text: q.text.clone(),
            }),
            event: call.event.clone(),
            plan,
        }
    }
}

pub use crate::protocol::FailureKind;

/// A failure kind's label value for metrics.
pub fn failure_label(kind: FailureKind) -> &'static str {
    match kind {
        FailureKind::Timeout => "timeout",
        FailureKind::RateLimited => "rate_limited",
        FailureKind::ServerError => "server_error",
        FailureKind::Connection => "connection",
        FailureKind::Refused => "refused",
        FailureKind::Failed => "failed",
    }
}

/// Why no reply was produced. Whether trying again could help is the engine's decision
/// (`engine.fallback-after`), from the kind.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponderError {
    pub reason: String,
    pub kind: FailureKind,
}

impl ResponderError {
    pub fn new(kind: FailureKind, reason: impl Into<String>) -> Self {
        ResponderError {
            reason: reason.into(),
            kind,
        }
    }

    /// As the engine's failure record.
    pub fn to_failure(&self) -> Failure {
        Failure {
            kind: self.kind,
            reason: self.reason.clone(),
        }
    }
}

impl fmt::Display for ResponderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

/// A boxed future, so responders can be used as trait objects.
pub type ResponseFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Option<String>, ResponderError>> + Send + 'a>>;

/// Produces replies. `Ok(None)` means: deliberately no answer.
pub trait Responder: Send + Sync {
    /// A short name for logs and metrics.
    fn name(&self) -> &str;
    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a>;
}

/// The responder of a configured name that the host runs: a command program. None for the
/// echo (the machine's own) and OpenAI-compatible models (asked with [`OpenAi`]).
pub fn command_of(name: &str, config: &ResponderConfig) -> Option<Arc<dyn Responder>> {
    match config {
        ResponderConfig::Command {
            program,
            args,
            timeout,
        } => Some(Arc::new(
            Command::new(program.clone(), args.clone(), *timeout).with_name(name),
        )),
        ResponderConfig::Echo | ResponderConfig::OpenAi(_) => None,
    }
}
