//! Responders turn a message into a reply. Delivery, retries and reactions are not their
//! concern: a responder gets the rendered text and the event, and returns text or an error
//! that says whether trying again could help.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::config::{OpenAiConfig, ResponderConfig};
use crate::protocol::{
    AnswerPlan, ChatModel, Event, Failure, HttpMethod, ProtocolEngine, Role as EngineRole,
    Turn as EngineTurn,
};

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

/// Where `program` is: a path (with a `/`) that must be an executable file, or a name
/// looked up in `PATH` like a shell does.
pub fn find_program(program: &str) -> Result<std::path::PathBuf, String> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |p: &std::path::Path| {
        std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        let path = std::path::PathBuf::from(program);
        return if executable(&path) {
            Ok(path)
        } else if path.exists() {
            Err(format!("{program} is not an executable file (chmod +x?)"))
        } else {
            Err(format!("{program} does not exist"))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| executable(p))
        .ok_or_else(|| format!("{program} is not in PATH ({})", path.to_string_lossy()))
}

/// Runs a program per message: the prompt as JSON on stdin, the reply on stdout.
pub struct Command {
    program: String,
    args: Vec<String>,
    timeout: Duration,
    name: String,
}

/// Told each responder's result and how long it took (metrics).
pub type Observer<'a> = dyn Fn(&str, Result<(), &ResponderError>, std::time::Duration) + Sync + 'a;

/// A command's exit code for "temporary failure, try again later" (sysexits.h).
pub const EX_TEMPFAIL: i32 = 75;

/// Largest reply read from a command (more is an error, not a truncated answer).
const MAX_COMMAND_OUTPUT: usize = 1 << 20;

impl Command {
    pub fn new(program: String, args: Vec<String>, timeout: Duration) -> Self {
        let name = format!("command:{program}");
        Command {
            program,
            args,
            timeout,
            name,
        }
    }

    /// The same command under another name (as configured under `[responders.<name>]`).
    pub fn with_name(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    async fn run(&self, prompt: &Prompt) -> Result<Option<String>, ResponderError> {
        let fail = |reason: String, retryable: bool| {
            ResponderError::new(
                if retryable {
                    FailureKind::Timeout
                } else {
                    FailureKind::Failed
                },
                reason,
            )
        };
        let input = serde_json::to_vec(prompt)
            .map_err(|e| fail(format!("cannot encode the prompt: {e}"), false))?;
        let mut child = tokio::process::Command::new(&self.program)
            .args(&self.args)
            // The program needs no bot secret; it gets the message in the environment too, so
            // a CLI model can be called without parsing JSON (see the README's contract).
            .env_remove("NEXTCLOUD_TALK_BOT_SECRET")
            .env_remove("NEXTCLOUD_TALK_BOT_SECRET_FILE")
            .env_remove("TALKBOT_LISTEN_FD")
            .env("TALKBOT_MESSAGE", &prompt.text)
            .env("TALKBOT_AUTHOR", &prompt.author)
            .env("TALKBOT_TOKEN", &prompt.token)
            .env("TALKBOT_PERSONA", &prompt.persona)
            .env("TALKBOT_SYSTEM_PROMPT", &prompt.system_prompt)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| fail(format!("cannot start {}: {e}", self.program), false))?;
        let mut stdin = child
            .stdin
            .take()
            .ok_or_else(|| fail("no stdin".into(), false))?;
        let mut stdout = child
            .stdout
            .take()
            .ok_or_else(|| fail("no stdout".into(), false))?;
        let mut stderr = child
            .stderr
            .take()
            .ok_or_else(|| fail("no stderr".into(), false))?;
        let work = async {
            // A program that does not read its input must not block us: ignore EPIPE.
            let _ = stdin.write_all(&input).await;
            drop(stdin);
            let mut out = Vec::new();
            let mut err = Vec::new();
            let mut limited_out = (&mut stdout).take(MAX_COMMAND_OUTPUT as u64 + 1);
            let mut limited_err = (&mut stderr).take(4096);
            let (read_out, _) = tokio::join!(
                limited_out.read_to_end(&mut out),
                limited_err.read_to_end(&mut err)
            );
            read_out.map_err(|e| fail(format!("reading {}'s output: {e}", self.program), false))?;
            let status = child
                .wait()
                .await
                .map_err(|e| fail(format!("waiting for {}: {e}", self.program), false))?;
            Ok::<_, ResponderError>((status, out, err))
        };
        let (status, out, err) =
            tokio::time::timeout(self.timeout, work)
                .await
                .map_err(|_| {
                    fail(
                        format!("{} did not answer within {:?}", self.program, self.timeout),
                        true,
                    )
                })??;
        if !status.success() {
            let stderr = String::from_utf8_lossy(&err);
            // 75 (EX_TEMPFAIL): try again later; anything else: this responder failed.
            let temporary = status.code() == Some(EX_TEMPFAIL);
            return Err(ResponderError::new(
                if temporary {
                    FailureKind::ServerError
                } else {
                    FailureKind::Failed
                },
                format!("{} failed ({status}): {}", self.program, stderr.trim()),
            ));
        }
        if out.len() > MAX_COMMAND_OUTPUT {
            return Err(fail(
                format!(
                    "{} wrote more than {MAX_COMMAND_OUTPUT} bytes",
                    self.program
                ),
                false,
            ));
        }
        let text = String::from_utf8(out).map_err(|_| {
            fail(
                format!("{} wrote output that is not UTF-8", self.program),
                false,
            )
        })?;
        Ok(Some(text.trim_end().to_string()).filter(|t| !t.trim().is_empty()))
    }
}

impl Responder for Command {
    fn name(&self) -> &str {
        &self.name
    }

    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a> {
        Box::pin(self.run(prompt))
    }
}

/// An OpenAI-compatible Chat Completions client (`POST {base_url}/chat/completions`).
///
/// The request is built and the answer read by the engine (`model-request`, `model-answer`),
/// so the Spin app and embedders ask a model the same way; this is only the HTTP. It never
/// retries by itself: the chain and `fallback-after` decide.
pub struct OpenAi {
    name: String,
    model: ChatModel,
    timeout: Duration,
    url: String,
    client: reqwest::Client,
    engine: Arc<ProtocolEngine>,
}

impl OpenAi {
    pub fn new(
        name: String,
        config: OpenAiConfig,
        engine: Arc<ProtocolEngine>,
    ) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("cannot create the HTTP client: {e}"))?;
        Ok(OpenAi {
            url: format!("{}/chat/completions", config.base_url),
            model: ChatModel {
                base_url: config.base_url.clone(),
                model: config.model.clone(),
                api_key: config.api_key.as_ref().map(|k| k.expose().to_string()),
                temperature: config.temperature,
                max_tokens: config.max_tokens,
            },
            timeout: config.timeout,
            name,
            client,
            engine,
        })
    }

    fn trapped(&self, e: wasmtime::Error) -> ResponderError {
        ResponderError::new(FailureKind::Failed, format!("component trapped: {e:#}"))
    }

    async fn ask(&self, prompt: &Prompt) -> Result<Option<String>, ResponderError> {
        let history: Vec<EngineTurn> = prompt
            .history
            .iter()
            .map(|t| EngineTurn {
                role: match t.role {
                    Role::User => EngineRole::User,
                    Role::Assistant => EngineRole::Assistant,
                },
                author: t.author.clone(),
                text: t.text.clone(),
            })
            .collect();
        let mut instance = self.engine.acquire().await.map_err(|e| self.trapped(e))?;
        let request = instance
            .model_request(&self.model, &prompt.plan, &history)
            .map_err(|e| self.trapped(e))?;
        drop(instance);
        let method = match request.method {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Delete => reqwest::Method::DELETE,
        };
        let mut builder = self.client.request(method, &request.url).body(request.body);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let response = builder.send().await.map_err(|e| self.transport_error(e))?;
        let status = response.status().as_u16();
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(e))?;
        let mut instance = self.engine.acquire().await.map_err(|e| self.trapped(e))?;
        match instance
            .model_answer(&self.url, status, &body)
            .map_err(|e| self.trapped(e))?
        {
            Ok(text) => Ok(Some(text)),
            Err(failure) => Err(ResponderError::new(failure.kind, failure.reason)),
        }
    }

    fn transport_error(&self, e: reqwest::Error) -> ResponderError {
        let kind = if e.is_timeout() {
            FailureKind::Timeout
        } else if e.is_connect() {
            FailureKind::Connection
        } else {
            FailureKind::ServerError
        };
        let what = if e.is_timeout() {
            format!("did not answer within {:?}", self.timeout)
        } else {
            format!("cannot be reached: {}", crate::delivery::describe(&e))
        };
        ResponderError::new(kind, format!("{} {what}", self.url))
    }
}

impl Responder for OpenAi {
    fn name(&self) -> &str {
        &self.name
    }

    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a> {
        Box::pin(self.ask(prompt))
    }
}

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
