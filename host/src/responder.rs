//! Responders turn a message into a reply. Delivery, retries and reactions are not their
//! concern: a responder gets the rendered text and the event, and returns text or an error
//! that says whether trying again could help.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::config::{OpenAiConfig, ResponderConfig};
use crate::protocol::Event;

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
}

/// Why a responder failed, for logs and metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    Timeout,
    /// HTTP 429.
    RateLimited,
    /// HTTP 5xx.
    ServerError,
    /// No connection could be made.
    Connection,
    /// Refused (4xx other than 429), or an answer that could not be used.
    Refused,
    /// A local program failed.
    Failed,
}

impl FailureKind {
    /// Label value for metrics.
    pub fn label(self) -> &'static str {
        match self {
            FailureKind::Timeout => "timeout",
            FailureKind::RateLimited => "rate_limited",
            FailureKind::ServerError => "server_error",
            FailureKind::Connection => "connection",
            FailureKind::Refused => "refused",
            FailureKind::Failed => "failed",
        }
    }
}

/// Why no reply was produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponderError {
    pub reason: String,
    /// Whether trying again later could succeed (timeouts, overload).
    pub retryable: bool,
    pub kind: FailureKind,
}

impl ResponderError {
    pub fn new(kind: FailureKind, reason: impl Into<String>) -> Self {
        let retryable = matches!(
            kind,
            FailureKind::Timeout
                | FailureKind::RateLimited
                | FailureKind::ServerError
                | FailureKind::Connection
        );
        ResponderError {
            reason: reason.into(),
            retryable,
            kind,
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
/// Request and response are typed (serde) and deliberately lenient on the way in: compatible
/// servers differ in what they leave out (`id`, `created`, `usage`, …), so only
/// `choices[0].message.content` is required. It never retries by itself: the chain decides.
pub struct OpenAi {
    name: String,
    config: OpenAiConfig,
    url: String,
    client: reqwest::Client,
}

#[derive(Serialize)]
struct ChatRequest<'a> {
    model: &'a str,
    messages: Vec<ChatMessage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_tokens: Option<u32>,
    stream: bool,
}

#[derive(Serialize)]
struct ChatMessage {
    role: &'static str,
    content: String,
}

#[derive(Deserialize)]
struct ChatResponse {
    #[serde(default)]
    choices: Vec<ChatChoice>,
}

#[derive(Deserialize)]
struct ChatChoice {
    message: Option<ChatAnswer>,
}

#[derive(Deserialize)]
struct ChatAnswer {
    /// A string, or (some servers) a list of `{type: "text", text}` parts; null when refused.
    content: Option<serde_json::Value>,
    refusal: Option<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: Option<ErrorDetail>,
}

#[derive(Deserialize)]
struct ErrorDetail {
    message: Option<String>,
}

/// Most characters of a quoted message sent as context.
const MAX_QUOTE_CHARS: usize = 2000;

/// The chat messages for a prompt: the persona, the history, and the new message (after the
/// message it quotes).
pub fn chat_messages(prompt: &Prompt) -> Vec<(&'static str, String)> {
    let mut out = vec![("system", prompt.system_prompt.clone())];
    for turn in &prompt.history {
        match turn.role {
            Role::User => out.push(("user", format!("{}: {}", turn.author, turn.text))),
            Role::Assistant => out.push(("assistant", turn.text.clone())),
        }
    }
    let mut content = String::new();
    if let Some(quoted) = &prompt.quoted {
        let text: String = quoted.text.chars().take(MAX_QUOTE_CHARS).collect();
        let cut = if text.len() < quoted.text.len() {
            " …"
        } else {
            ""
        };
        content.push_str(&format!(
            "(in reply to {}: \"{}{cut}\")\n",
            quoted.author, text
        ));
    }
    content.push_str(&format!("{}: {}", prompt.author, prompt.text));
    out.push(("user", content));
    out
}

/// Remove `<think>…</think>` reasoning that some models (DeepSeek-R1, Qwen3) put before the answer.
fn strip_reasoning(text: &str) -> &str {
    let trimmed = text.trim_start();
    if let Some(rest) = trimmed.strip_prefix("<think>")
        && let Some(end) = rest.find("</think>")
    {
        return rest[end + "</think>".len()..].trim_start();
    }
    text
}

impl OpenAi {
    pub fn new(name: String, config: OpenAiConfig) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("cannot create the HTTP client: {e}"))?;
        Ok(OpenAi {
            url: format!("{}/chat/completions", config.base_url),
            name,
            config,
            client,
        })
    }

    async fn ask(&self, prompt: &Prompt) -> Result<Option<String>, ResponderError> {
        let request = ChatRequest {
            model: &self.config.model,
            messages: chat_messages(prompt)
                .into_iter()
                .map(|(role, content)| ChatMessage { role, content })
                .collect(),
            temperature: self.config.temperature,
            max_tokens: self.config.max_tokens,
            stream: false,
        };
        let mut builder = self.client.post(&self.url).json(&request);
        if let Some(key) = &self.config.api_key {
            builder = builder.bearer_auth(key.expose());
        }
        let response = builder.send().await.map_err(|e| self.transport_error(e))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(e))?;
        if !status.is_success() {
            let detail = serde_json::from_slice::<ErrorBody>(&body)
                .ok()
                .and_then(|b| b.error)
                .and_then(|e| e.message)
                .unwrap_or_else(|| String::from_utf8_lossy(&body).chars().take(300).collect());
            let kind = match status.as_u16() {
                429 => FailureKind::RateLimited,
                408 => FailureKind::Timeout,
                500..=599 => FailureKind::ServerError,
                _ => FailureKind::Refused,
            };
            return Err(ResponderError::new(
                kind,
                format!("{} answered HTTP {status}: {}", self.url, detail.trim()),
            ));
        }
        let parsed: ChatResponse = serde_json::from_slice(&body).map_err(|e| {
            ResponderError::new(
                FailureKind::Refused,
                format!(
                    "{} sent an answer that is not a chat completion: {e}",
                    self.url
                ),
            )
        })?;
        let answer = parsed
            .choices
            .into_iter()
            .next()
            .and_then(|c| c.message)
            .ok_or_else(|| {
                ResponderError::new(
                    FailureKind::Refused,
                    format!("{} sent no choices", self.url),
                )
            })?;
        let text = match answer.content {
            Some(serde_json::Value::String(text)) => text,
            Some(serde_json::Value::Array(parts)) => parts
                .iter()
                .filter_map(|p| p.get("text").and_then(|t| t.as_str()))
                .collect::<Vec<_>>()
                .join(""),
            _ => answer.refusal.unwrap_or_default(),
        };
        let text = strip_reasoning(&text).trim();
        if text.is_empty() {
            return Err(ResponderError::new(
                FailureKind::Refused,
                format!("{} answered with an empty message", self.url),
            ));
        }
        Ok(Some(text.to_string()))
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
            format!("did not answer within {:?}", self.config.timeout)
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
pub fn from_config(name: &str, config: &ResponderConfig) -> Result<Arc<dyn Responder>, String> {
    Ok(match config {
        ResponderConfig::Echo => Arc::new(Echo),
        ResponderConfig::Command {
            program,
            args,
            timeout,
        } => Arc::new(Command::new(program.clone(), args.clone(), *timeout).with_name(name)),
        ResponderConfig::OpenAi(config) => Arc::new(OpenAi::new(name.to_string(), config.clone())?),
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
    /// Whether trying again later could succeed (some member failed for a passing reason).
    pub fn retryable(&self) -> bool {
        self.failures.iter().any(|(_, e)| e.retryable)
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
