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
use crate::protocol::{AnswerPlan, Event, Failure, ProtocolEngine};

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

/// Replies with the message text.
pub struct Echo;

impl Responder for Echo {
    fn name(&self) -> &str {
        "echo"
    }

    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a> {
        Box::pin(async move { Ok(Some(prompt.text.clone()).filter(|t| !t.trim().is_empty())) })
    }
}

/// Told each responder's result and how long it took (metrics).
pub type Observer<'a> = dyn Fn(&str, Result<(), &ResponderError>, std::time::Duration) + Sync + 'a;

/// The responder a configuration names.
pub fn from_config(
    name: &str,
    config: &ResponderConfig,
    engine: &Arc<ProtocolEngine>,
) -> Result<Arc<dyn Responder>, String> {
    Ok(match config {
        ResponderConfig::Echo => Arc::new(Echo),
        ResponderConfig::Command {
            program,
            args,
            timeout,
        } => Arc::new(Command::new(program.clone(), args.clone(), *timeout).with_name(name)),
        ResponderConfig::OpenAi(config) => Arc::new(OpenAi::new(
            name.to_string(),
            config.clone(),
            engine.clone(),
        )?),
    })
}

/// Responders tried in order until one answers.
#[derive(Clone)]
pub struct Chain {
    members: Vec<Arc<dyn Responder>>,
}

/// A chain's answer and who gave it.
#[derive(Debug)]
pub struct ChainAnswer {
    pub text: Option<String>,
    /// The responder that answered.
    pub by: String,
}

/// Every member of a chain failed.
#[derive(Debug, Clone)]
pub struct ChainError {
    /// Each member's failure, in order.
    pub failures: Vec<(String, ResponderError)>,
}

impl ChainError {
    /// As the engine's failure list (`engine.fallback-after`).
    pub fn to_failures(&self) -> Vec<(String, Failure)> {
        self.failures
            .iter()
            .map(|(name, e)| (name.clone(), e.to_failure()))
            .collect()
    }
}

impl fmt::Display for ChainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (name, e)) in self.failures.iter().enumerate() {
            if i > 0 {
                f.write_str("; then ")?;
            }
            write!(f, "{name}: {e}")?;
        }
        Ok(())
    }
}

impl Chain {
    pub fn new(members: Vec<Arc<dyn Responder>>) -> Self {
        Chain { members }
    }

    /// Member names, in order.
    pub fn names(&self) -> Vec<&str> {
        self.members.iter().map(|m| m.name()).collect()
    }

    /// Ask each member in turn; any failure (timeout, 5xx, 429, connection, refusal) moves on
    /// to the next. `observe` sees each member's result.
    pub async fn answer(
        &self,
        prompt: &Prompt,
        observe: &Observer<'_>,
    ) -> Result<ChainAnswer, ChainError> {
        let mut failures = Vec::new();
        for (i, member) in self.members.iter().enumerate() {
            let start = std::time::Instant::now();
            match member.respond(prompt).await {
                Ok(text) => {
                    observe(member.name(), Ok(()), start.elapsed());
                    if i > 0 {
                        tracing::info!(responder = member.name(), "answered after {i} fallback(s)");
                    }
                    return Ok(ChainAnswer {
                        text,
                        by: member.name().to_string(),
                    });
                }
                Err(e) => {
                    observe(member.name(), Err(&e), start.elapsed());
                    if i + 1 < self.members.len() {
                        tracing::warn!(
                            responder = member.name(),
                            "failed, trying the next responder: {e}"
                        );
                    }
                    failures.push((member.name().to_string(), e));
                }
            }
        }
        Err(ChainError { failures })
    }
}
