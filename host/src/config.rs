//! Configuration from the environment (the names users of the original setup already have)
//! and an optional TOML file for everything else. Errors name the key and the reason.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use talkbot_component::rules;

/// A secret that never appears in logs or `Debug` output.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for signing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(<{} bytes redacted>)", self.0.len())
    }
}

/// When the bot answers chat messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Every message in a conversation where the bot is enabled.
    All,
    /// Only messages that mention the bot.
    Mention,
    /// Never.
    Off,
}

impl Mode {
    fn parse(key: &str, value: &str) -> Result<Mode, ConfigError> {
        match value.trim().to_ascii_lowercase().as_str() {
            "all" => Ok(Mode::All),
            "mention" => Ok(Mode::Mention),
            "off" => Ok(Mode::Off),
            other => Err(ConfigError::new(
                key,
                format!("'{other}' is not a mode (all, mention or off)"),
            )),
        }
    }
}

/// Who produces replies.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponderConfig {
    /// Reply with the rendered message text.
    Echo,
    /// Run a program per message: event JSON on stdin, reply on stdout.
    Command {
        program: String,
        args: Vec<String>,
        timeout: Duration,
    },
    /// An OpenAI-compatible Chat Completions endpoint.
    OpenAi(OpenAiConfig),
}

/// An OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server,
/// LM Studio, OpenRouter, the compatibility endpoints of Anthropic and Gemini).
#[derive(Debug, Clone, PartialEq)]
pub struct OpenAiConfig {
    /// Up to and including the version, e.g. `https://api.openai.com/v1` or
    /// `http://127.0.0.1:11434/v1`; `/chat/completions` is appended.
    pub base_url: String,
    /// Sent as `Authorization: Bearer …` when set.
    pub api_key: Option<Secret>,
    pub model: String,
    pub temperature: Option<f64>,
    pub max_tokens: Option<u32>,
    /// Timeout of one request (the whole answer).
    pub timeout: Duration,
}

/// The default OpenAI-compatible base URL.
pub const OPENAI_DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";

/// A persona: how the bot speaks (system prompt) and who answers (responder chain).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Persona {
    /// None: the default system prompt.
    pub system_prompt: Option<String>,
    /// Names of responders, tried in order; empty: the default chain.
    pub chain: Vec<String>,
}

/// Per-user settings, keyed by user id (`ada`) or actor id (`users/ada`, `guests/…`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserConfig {
    pub persona: Option<String>,
}

/// A Nextcloud server and the secrets its webhooks may be signed with (the first one signs
/// replies; several during a rotation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackendConfig {
    pub url: String,
    pub secrets: Vec<Secret>,
}

/// Per-conversation settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomConfig {
    pub mode: Option<Mode>,
    pub greeting: Option<String>,
    /// The persona used in this conversation (a user's own persona wins).
    pub persona: Option<String>,
    /// Only these users are answered here (user ids or actor ids); replaces the global list.
    pub allowed_users: Option<Vec<String>>,
}

/// Delivery to the bot API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryConfig {
    /// Attempts per request before giving up (None: no limit; `retry_for` decides).
    pub max_attempts: Option<u32>,
    /// How long after the webhook arrived a reply is still worth delivering: failed deliveries
    /// are retried (with capped backoff) until then, so a Nextcloud upgrade loses nothing.
    pub retry_for: Duration,
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// Timeout of one HTTP request.
    pub request_timeout: Duration,
    /// Conversations worked on at once.
    pub concurrency: usize,
    /// Conversations answering 401 (with no success in between) after which sending to a
    /// backend stops: every room refusing means the secret is wrong, one room refusing means
    /// the bot is not (or no longer) enabled there.
    pub unauthorized_limit: u32,
    /// On SIGTERM, how long requests in flight may take to finish.
    pub shutdown_grace: Duration,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            max_attempts: None,
            retry_for: Duration::from_secs(3600),
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(60),
            request_timeout: Duration::from_secs(15),
            concurrency: 32,
            unauthorized_limit: 3,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Everything `talkbot serve` needs.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub webhook_path: String,
    pub data_dir: PathBuf,
    pub backends: Vec<BackendConfig>,
    /// The bot's name (`AGENT_NAME`), also the first alias people type after `@`.
    pub agent_name: String,
    pub aliases: Vec<String>,
    pub mode: Mode,
    pub rooms: BTreeMap<String, RoomConfig>,
    /// Every responder by name (`echo` always exists).
    pub responders: BTreeMap<String, ResponderConfig>,
    /// The default chain: responder names tried in order until one answers.
    pub chain: Vec<String>,
    /// The default persona's system prompt (for language-model responders); none: the
    /// engine's `default-system-prompt`.
    pub system_prompt: Option<String>,
    pub personas: BTreeMap<String, Persona>,
    pub users: BTreeMap<String, UserConfig>,
    /// Only these conversations are answered (empty: all).
    pub allowed_rooms: Vec<String>,
    /// Only these users are answered (empty: all); user ids or actor ids.
    pub allowed_users: Vec<String>,
    /// Earlier messages of the conversation (or reply thread) sent as context; 0: no memory.
    pub memory_turns: usize,
    /// Posted (as a reply, with ⚠️) when no responder could answer; None: stay silent.
    pub failure_reply: Option<String>,
    /// Attempts at getting an answer (each tries the whole chain) before the failure reply.
    pub responder_attempts: u32,
    /// 👀 while working, ⚠️ on failure.
    pub status_reactions: bool,
    /// 👀 appears only when the responder has not answered within this time (0: at once).
    pub status_reaction_delay: Duration,
    /// Answer Activity (system messages, file shares) too.
    pub answer_activity: bool,
    /// Posted when the bot is added to a conversation.
    pub greeting: Option<String>,
    pub max_body_bytes: u64,
    /// Connections the ingress serves at once (more wait in the kernel's backlog).
    pub max_connections: usize,
    /// Bytes of webhook bodies being read at once, over all connections; beyond it a webhook
    /// is answered 503 (an unauthenticated flood cannot exhaust memory).
    pub max_buffered_bytes: u64,
    /// Webhooks whose `published` time is older than this are refused as replays (None: no
    /// limit). Dedup keys are kept at least this long.
    pub max_webhook_age: Option<Duration>,
    /// Finished jobs keep message contents (and remembered turns are kept) this long.
    pub retention: Duration,
    /// Where `/metrics`, `/healthz` and `/readyz` are served; None: on the webhook port.
    pub metrics_listen: Option<SocketAddr>,
    /// Refuse webhooks whose X-Nextcloud-Talk-Backend names no configured backend.
    pub strict_backend: bool,
    /// Largest message sent before splitting (Talk's chat max-length).
    pub max_message_length: u32,
    pub delivery: DeliveryConfig,
}

/// A configuration problem: which key, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub key: String,
    pub reason: String,
}

impl ConfigError {
    pub fn new(key: impl Into<String>, reason: impl Into<String>) -> Self {
        ConfigError {
            key: key.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "configuration error in {}: {}", self.key, self.reason)
    }
}

impl std::error::Error for ConfigError {}

/// The TOML file's shape.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    listen: Option<String>,
    webhook_path: Option<String>,
    data_dir: Option<PathBuf>,
    agent_name: Option<String>,
    aliases: Option<Vec<String>>,
    mode: Option<Mode>,
    responder: Option<String>,
    fallback: Option<Vec<String>>,
    command_timeout_secs: Option<u64>,
    system_prompt: Option<String>,
    memory_turns: Option<usize>,
    failure_reply: Option<String>,
    responder_attempts: Option<u32>,
    allowed_rooms: Option<Vec<String>>,
    allowed_users: Option<Vec<String>>,
    openai: Option<FileOpenAi>,
    #[serde(default)]
    responders: BTreeMap<String, FileResponder>,
    #[serde(default)]
    personas: BTreeMap<String, FilePersona>,
    #[serde(default)]
    users: BTreeMap<String, UserConfig>,
    status_reactions: Option<bool>,
    status_reaction_delay_ms: Option<u64>,
    answer_activity: Option<bool>,
    greeting: Option<String>,
    max_body_bytes: Option<u64>,
    max_connections: Option<usize>,
    max_buffered_bytes: Option<u64>,
    max_webhook_age_secs: Option<u64>,
    retention_hours: Option<u64>,
    metrics_listen: Option<String>,
    strict_backend: Option<bool>,
    max_message_length: Option<u32>,
    #[serde(default)]
    backends: Vec<FileBackend>,
    #[serde(default)]
    rooms: BTreeMap<String, RoomConfig>,
    delivery: Option<FileDelivery>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileBackend {
    url: String,
    secrets: Vec<Secret>,
}

/// `[openai]`, and the OpenAI fields of `[responders.<name>]`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileOpenAi {
    base_url: Option<String>,
    api_key: Option<Secret>,
    model: Option<String>,
    temperature: Option<f64>,
    max_tokens: Option<u32>,
    timeout_secs: Option<u64>,
}

/// `[responders.<name>]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileResponder {
    /// `openai`, `command` or `echo`.
    kind: String,
    /// For `command`: the program and its arguments, separated by spaces.
    command: Option<String>,
    timeout_secs: Option<u64>,
    base_url: Option<String>,
    api_key: Option<Secret>,
    model: Option<String>,
    temperature: Option<f64>,
    max_tokens: Option<u32>,
}

/// `[personas.<name>]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FilePersona {
    system_prompt: Option<String>,
    responder: Option<String>,
    #[serde(default)]
    fallback: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDelivery {
    max_attempts: Option<u32>,
    retry_for_secs: Option<u64>,
    shutdown_grace_ms: Option<u64>,
    initial_backoff_ms: Option<u64>,
    max_backoff_ms: Option<u64>,
    request_timeout_ms: Option<u64>,
    concurrency: Option<usize>,
    unauthorized_limit: Option<u32>,
}

/// Largest webhook body accepted by default. Talk caps a message at 32,000 characters; even
/// fully `\uXXXX`-escaped (twice, as `content` is JSON in JSON) with rich parameters that is
/// well under 1 MiB.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 1 << 20;

/// Posted when no responder could answer.
/// Names no cause: it is posted for a model that is down, a script that failed and a trap alike.
pub const DEFAULT_FAILURE_REPLY: &str =
    "Sorry, I could not answer this time. Please try again in a few minutes.";

/// Where the local-mode secret is kept (see [`Config::load`]).
pub const LOCAL_SECRET_FILE: &str = "local-secret";
/// The simulator's default address, used when no Nextcloud is configured.
pub const LOCAL_NEXTCLOUD_URL: &str = "http://127.0.0.1:8081";

/// Parse a `command:<program> [args…]` responder.
fn parse_command(
    key: &str,
    command: &str,
    timeout: Duration,
) -> Result<ResponderConfig, ConfigError> {
    // Shell quoting rules (no shell runs it): `command:llm -m "gpt 4" --flag` is 4 words.
    let words = shell_words::split(command).map_err(|e| {
        ConfigError::new(
            key,
            format!("'{command}': {e} (quote arguments as a shell would)"),
        )
    })?;
    let mut words = words.into_iter();
    let program = words.next().ok_or_else(|| {
        ConfigError::new(
            key,
            "a command responder needs a program, e.g. command:./reply.sh",
        )
    })?;
    Ok(ResponderConfig::Command {
        program,
        args: words.collect(),
        timeout,
    })
}

/// Build an OpenAI-compatible responder from the file's fields and the environment's
/// (`OPENAI_BASE_URL`, `OPENAI_API_KEY`, `TALKBOT_MODEL`; the environment wins).
fn openai_config(
    key: &str,
    file: FileOpenAi,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<ResponderConfig, ConfigError> {
    let base_url = env("OPENAI_BASE_URL")
        .or(file.base_url)
        .unwrap_or_else(|| OPENAI_DEFAULT_BASE_URL.into());
    check_url(&format!("{key}.base_url"), &base_url)?;
    let api_key = env("OPENAI_API_KEY").map(Secret::new).or(file.api_key);
    let model = env("TALKBOT_MODEL").or(file.model).ok_or_else(|| {
        ConfigError::new(
            "TALKBOT_MODEL",
            format!(
                "the {key} responder needs a model name (e.g. gpt-4o-mini for OpenAI, llama3.2 for Ollama)"
            ),
        )
    })?;
    if api_key.is_none() && base_url.contains("api.openai.com") {
        return Err(ConfigError::new(
            "OPENAI_API_KEY",
            "is required for api.openai.com (local servers such as Ollama need none)",
        ));
    }
    if let Some(t) = file.temperature.filter(|t| !(0.0..=2.0).contains(t)) {
        return Err(ConfigError::new(
            format!("{key}.temperature"),
            format!("{t} is outside 0 to 2"),
        ));
    }
    Ok(ResponderConfig::OpenAi(OpenAiConfig {
        base_url: base_url.trim_end_matches('/').to_string(),
        api_key,
        model,
        temperature: file.temperature,
        max_tokens: file.max_tokens,
        timeout: Duration::from_secs(file.timeout_secs.unwrap_or(60).max(1)),
    }))
}

impl Config {
    /// Build the configuration from `env` (a lookup, so tests need not touch the process
    /// environment) and an optional TOML file. Environment variables win over the file.
    ///
    /// With no backend configured at all, talkbot runs in local mode: it answers the simulator
    /// at [`LOCAL_NEXTCLOUD_URL`] with a secret generated once into the data folder.
    pub fn load(
        env: &dyn Fn(&str) -> Option<String>,
        file: Option<&Path>,
    ) -> Result<Config, ConfigError> {
        let file: File = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    ConfigError::new("--config", format!("cannot read {}: {e}", path.display()))
                })?;
                toml::from_str(&text)
                    .map_err(|e| ConfigError::new(path.display().to_string(), e.to_string()))?
            }
            None => File::default(),
        };
        let env = |key: &str| env(key).filter(|v| !v.trim().is_empty());

        let listen_text = env("TALKBOT_LISTEN")
            .or(file.listen)
            .unwrap_or_else(|| "127.0.0.1:8080".into());
        let listen = listen_text.parse().map_err(|_| {
            ConfigError::new(
                "TALKBOT_LISTEN",
                format!("'{listen_text}' is not an address like 127.0.0.1:8080"),
            )
        })?;
        let metrics_listen = match env("TALKBOT_METRICS_LISTEN").or(file.metrics_listen.clone()) {
            Some(text) => Some(text.parse().map_err(|_| {
                ConfigError::new(
                    "TALKBOT_METRICS_LISTEN",
                    format!("'{text}' is not an address like 127.0.0.1:9090"),
                )
            })?),
            None => None,
        };
        let webhook_path = env("TALKBOT_WEBHOOK_PATH")
            .or(file.webhook_path)
            .unwrap_or_else(|| "/nextcloud-talk-webhook".into());
        if !webhook_path.starts_with('/') {
            return Err(ConfigError::new(
                "TALKBOT_WEBHOOK_PATH",
                format!("'{webhook_path}' must start with /"),
            ));
        }
        let data_dir = env("TALKBOT_DATA_DIR")
            .map(PathBuf::from)
            .or(file.data_dir)
            .unwrap_or_else(|| "talkbot-data".into());
        let agent_name = env("AGENT_NAME")
            .or(file.agent_name)
            .unwrap_or_else(|| "talkbot".into());
        let mut aliases = vec![agent_name.clone()];
        aliases.extend(file.aliases.unwrap_or_default());
        let mode = match env("TALKBOT_MODE") {
            Some(v) => Mode::parse("TALKBOT_MODE", &v)?,
            None => file.mode.unwrap_or(Mode::All),
        };
        let timeout = Duration::from_secs(file.command_timeout_secs.unwrap_or(60));
        let mut responders = BTreeMap::new();
        responders.insert("echo".to_string(), ResponderConfig::Echo);
        for (name, r) in file.responders {
            let key = format!("responders.{name}");
            if name == "echo" || name == "openai" || name.starts_with("command:") {
                return Err(ConfigError::new(
                    key,
                    "this name is reserved; choose another",
                ));
            }
            let config = match r.kind.as_str() {
                "echo" => ResponderConfig::Echo,
                "command" => parse_command(
                    &key,
                    r.command.as_deref().unwrap_or_default(),
                    r.timeout_secs.map_or(timeout, Duration::from_secs),
                )?,
                "openai" => openai_config(
                    &key,
                    FileOpenAi {
                        base_url: r.base_url,
                        api_key: r.api_key,
                        model: r.model,
                        temperature: r.temperature,
                        max_tokens: r.max_tokens,
                        timeout_secs: r.timeout_secs,
                    },
                    // Named responders are configured in the file only.
                    &|_| None,
                )?,
                other => {
                    return Err(ConfigError::new(
                        format!("{key}.kind"),
                        format!("'{other}' is not a responder kind (openai, command or echo)"),
                    ));
                }
            };
            responders.insert(name, config);
        }
        // Resolve a responder name, defining `openai` and `command:…` on first use.
        let mut resolve = |key: &str, name: &str| -> Result<String, ConfigError> {
            let name = name.trim();
            if responders.contains_key(name) {
                return Ok(name.to_string());
            }
            if name.eq_ignore_ascii_case("openai") {
                let config =
                    openai_config("openai", file.openai.clone().unwrap_or_default(), &env)?;
                responders.insert("openai".into(), config);
                return Ok("openai".into());
            }
            if let Some(command) = name.strip_prefix("command:") {
                responders.insert(name.to_string(), parse_command(key, command, timeout)?);
                return Ok(name.to_string());
            }
            Err(ConfigError::new(
                key,
                format!(
                    "'{name}' is not a responder (echo, openai, command:<program>, or a name defined under [responders.<name>])"
                ),
            ))
        };
        let first = env("TALKBOT_RESPONDER")
            .map(|v| ("TALKBOT_RESPONDER", v))
            .or_else(|| file.responder.clone().map(|v| ("responder", v)))
            .unwrap_or(("responder", "echo".into()));
        let mut chain = vec![resolve(first.0, &first.1)?];
        let fallback = match env("TALKBOT_FALLBACK") {
            Some(v) => v
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .map(|s| ("TALKBOT_FALLBACK", s))
                .collect::<Vec<_>>(),
            None => file
                .fallback
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(|s| ("fallback", s))
                .collect(),
        };
        for (key, name) in fallback {
            chain.push(resolve(key, &name)?);
        }
        let mut personas = BTreeMap::new();
        for (name, p) in file.personas {
            let key = format!("personas.{name}");
            let mut persona_chain = Vec::new();
            if let Some(r) = &p.responder {
                persona_chain.push(resolve(&format!("{key}.responder"), r)?);
            }
            for r in &p.fallback {
                persona_chain.push(resolve(&format!("{key}.fallback"), r)?);
            }
            personas.insert(
                name,
                Persona {
                    system_prompt: p.system_prompt,
                    chain: persona_chain,
                },
            );
        }
        let persona_exists = |key: String, persona: &Option<String>| match persona {
            Some(p) if p != "default" && !personas.contains_key(p) => Err(ConfigError::new(
                key,
                format!("persona '{p}' is not defined (add [personas.{p}])"),
            )),
            _ => Ok(()),
        };
        for (user, u) in &file.users {
            persona_exists(format!("users.{user}.persona"), &u.persona)?;
        }
        for (token, r) in &file.rooms {
            persona_exists(format!("rooms.{token}.persona"), &r.persona)?;
        }
        let system_prompt = env("TALKBOT_SYSTEM_PROMPT").or(file.system_prompt);

        let mut backends = Vec::new();
        match (env("NEXTCLOUD_URL"), env("NEXTCLOUD_TALK_BOT_SECRET")) {
            (Some(url), Some(secret)) => backends.push(BackendConfig {
                url,
                secrets: vec![Secret::new(secret)],
            }),
            (Some(_), None) => {
                return Err(ConfigError::new(
                    "NEXTCLOUD_TALK_BOT_SECRET",
                    "is required when NEXTCLOUD_URL is set",
                ));
            }
            (None, Some(_)) => {
                return Err(ConfigError::new(
                    "NEXTCLOUD_URL",
                    "is required when NEXTCLOUD_TALK_BOT_SECRET is set",
                ));
            }
            (None, None) => {}
        }
        for (i, b) in file.backends.into_iter().enumerate() {
            if b.secrets.is_empty() {
                return Err(ConfigError::new(
                    format!("backends[{i}].secrets"),
                    "needs at least one secret",
                ));
            }
            backends.push(BackendConfig {
                url: b.url,
                secrets: b.secrets,
            });
        }
        if backends.is_empty() {
            // Local mode: the secret is the simulator's, read (or made) by `serve` and
            // `simulate` through `with_local_secret` — loading writes nothing.
            backends.push(BackendConfig {
                url: LOCAL_NEXTCLOUD_URL.into(),
                secrets: Vec::new(),
            });
        }
        for (i, b) in backends.iter().enumerate() {
            let key = if i == 0 {
                "NEXTCLOUD_URL".to_string()
            } else {
                format!("backends[{i}].url")
            };
            check_url(&key, &b.url)?;
            for s in &b.secrets {
                if let Err(why) = rules::check_secret(s.expose()) {
                    let key = if i == 0 {
                        "NEXTCLOUD_TALK_BOT_SECRET".to_string()
                    } else {
                        format!("backends[{i}].secrets")
                    };
                    return Err(ConfigError::new(
                        key,
                        format!("{why} (generate one with `talkbot init`)"),
                    ));
                }
            }
        }

        let d = file.delivery.unwrap_or_default();
        let defaults = DeliveryConfig::default();
        let delivery = DeliveryConfig {
            max_attempts: d.max_attempts.or(defaults.max_attempts).map(|n| n.max(1)),
            retry_for: d
                .retry_for_secs
                .map_or(defaults.retry_for, Duration::from_secs),
            shutdown_grace: d
                .shutdown_grace_ms
                .map_or(defaults.shutdown_grace, Duration::from_millis),
            initial_backoff: d
                .initial_backoff_ms
                .map_or(defaults.initial_backoff, Duration::from_millis),
            max_backoff: d
                .max_backoff_ms
                .map_or(defaults.max_backoff, Duration::from_millis),
            request_timeout: d
                .request_timeout_ms
                .map_or(defaults.request_timeout, Duration::from_millis),
            concurrency: d.concurrency.unwrap_or(defaults.concurrency).max(1),
            unauthorized_limit: d
                .unauthorized_limit
                .unwrap_or(defaults.unauthorized_limit)
                .max(1),
        };
        for token in file.rooms.keys() {
            if let Err(why) = rules::check_token(token) {
                return Err(ConfigError::new(format!("rooms.{token}"), why));
            }
        }
        let max_message_length = file.max_message_length.unwrap_or(32000);
        if let Err(why) = rules::check_max_length(max_message_length) {
            return Err(ConfigError::new("max_message_length", why));
        }
        Ok(Config {
            listen,
            webhook_path,
            data_dir,
            backends,
            agent_name,
            aliases,
            mode,
            rooms: file.rooms,
            responders,
            chain,
            system_prompt,
            personas,
            users: file.users,
            allowed_rooms: file.allowed_rooms.unwrap_or_default(),
            allowed_users: file.allowed_users.unwrap_or_default(),
            memory_turns: file.memory_turns.unwrap_or(20),
            failure_reply: match file.failure_reply {
                Some(text) if text.trim().is_empty() => None,
                Some(text) => Some(text),
                None => Some(DEFAULT_FAILURE_REPLY.into()),
            },
            responder_attempts: file.responder_attempts.unwrap_or(2).max(1),
            status_reactions: file.status_reactions.unwrap_or(true),
            status_reaction_delay: Duration::from_millis(
                file.status_reaction_delay_ms.unwrap_or(1000),
            ),
            answer_activity: file.answer_activity.unwrap_or(false),
            greeting: file.greeting,
            max_body_bytes: file.max_body_bytes.unwrap_or(DEFAULT_MAX_BODY_BYTES),
            max_connections: file.max_connections.unwrap_or(1024).max(1),
            max_buffered_bytes: file.max_buffered_bytes.unwrap_or(64 << 20),
            max_webhook_age: match file.max_webhook_age_secs {
                Some(0) => None,
                Some(secs) => Some(Duration::from_secs(secs)),
                None => Some(Duration::from_secs(3600)),
            },
            retention: Duration::from_secs(3600 * file.retention_hours.unwrap_or(168).max(1)),
            metrics_listen,
            strict_backend: file.strict_backend.unwrap_or(false),
            max_message_length,
            delivery,
        })
    }

    /// Use `responder` alone as the default chain (tests, embedding).
    pub fn set_responder(&mut self, responder: ResponderConfig) {
        self.responders.insert("main".into(), responder);
        self.chain = vec!["main".into()];
    }

    /// The mode for a conversation.
    pub fn mode_for(&self, token: &str) -> Mode {
        self.rooms
            .get(token)
            .and_then(|r| r.mode)
            .unwrap_or(self.mode)
    }

    /// In local mode, the simulator's secret from the data folder, generated there once
    /// (the one side effect of starting without a Nextcloud; loading writes nothing).
    pub fn with_local_secret(mut self) -> Result<Config, ConfigError> {
        if self.is_local() && self.backends[0].secrets.is_empty() {
            self.backends[0].secrets = vec![local_secret(&self.data_dir)?];
        }
        Ok(self)
    }

    /// Whether talkbot runs against the local simulator (no Nextcloud configured).
    pub fn is_local(&self) -> bool {
        self.backends.len() == 1 && self.backends[0].url == LOCAL_NEXTCLOUD_URL
    }
}

fn check_url(key: &str, url: &str) -> Result<(), ConfigError> {
    rules::normalize_backend(url).map(drop).map_err(|why| {
        ConfigError::new(
            key,
            format!(
                "'{url}' is not usable ({why}); use an http(s) URL like https://cloud.example.com"
            ),
        )
    })
}

/// The local-mode secret, if one was generated before (reads only).
pub fn existing_local_secret(data_dir: &Path) -> Option<Secret> {
    std::fs::read_to_string(data_dir.join(LOCAL_SECRET_FILE))
        .ok()
        .map(|text| Secret::new(text.trim()))
}

/// The local-mode secret: read from the data folder, or generated (64 hex characters) once.
pub fn local_secret(data_dir: &Path) -> Result<Secret, ConfigError> {
    let path = data_dir.join(LOCAL_SECRET_FILE);
    if let Ok(text) = std::fs::read_to_string(&path) {
        return Ok(Secret::new(text.trim()));
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| ConfigError::new("TALKBOT_DATA_DIR", format!("no random source: {e}")))?;
    let secret: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    write_private(data_dir, &path, &secret).map_err(|e| {
        ConfigError::new(
            "TALKBOT_DATA_DIR",
            format!("cannot write {}: {e}", path.display()),
        )
    })?;
    Ok(Secret::new(secret))
}

/// Write `contents` to a new file only its owner can read (mode 0600), in a folder only its
/// owner can enter (0700, if it is created).
fn write_private(dir: &Path, path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
    }

    const SECRET: &str = "0123456789012345678901234567890123456789";

    #[test]
    fn env_names_of_the_original_setup() {
        let config = Config::load(
            &env(&[
                ("NEXTCLOUD_URL", "https://cloud.example.com"),
                ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
                ("AGENT_NAME", "Ada"),
                ("TALKBOT_MODE", "mention"),
                ("TALKBOT_RESPONDER", "command:./reply.sh --fast"),
            ]),
            None,
        )
        .unwrap();
        assert_eq!(config.backends[0].url, "https://cloud.example.com");
        assert_eq!(
            (config.agent_name.as_str(), config.mode),
            ("Ada", Mode::Mention)
        );
        assert_eq!(config.chain, ["command:./reply.sh --fast"]);
        assert_eq!(
            config.responders[&config.chain[0]],
            ResponderConfig::Command {
                program: "./reply.sh".into(),
                args: vec!["--fast".into()],
                timeout: Duration::from_secs(60)
            }
        );
        assert!(
            !format!("{config:?}").contains(SECRET),
            "secrets must not reach Debug output"
        );
    }

    #[test]
    fn errors_name_the_key() {
        let cases: [(&[(&str, &str)], &str); 4] = [
            (
                &[("NEXTCLOUD_URL", "https://x.example")],
                "NEXTCLOUD_TALK_BOT_SECRET",
            ),
            (
                &[
                    ("NEXTCLOUD_URL", "https://x.example"),
                    ("NEXTCLOUD_TALK_BOT_SECRET", "short"),
                ],
                "NEXTCLOUD_TALK_BOT_SECRET",
            ),
            (
                &[
                    ("TALKBOT_MODE", "sometimes"),
                    ("NEXTCLOUD_URL", "https://x.example"),
                    ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
                ],
                "TALKBOT_MODE",
            ),
            (
                &[
                    ("TALKBOT_LISTEN", "eighty"),
                    ("NEXTCLOUD_URL", "https://x.example"),
                    ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
                ],
                "TALKBOT_LISTEN",
            ),
        ];
        for (vars, key) in cases {
            let err = Config::load(&env(vars), None).unwrap_err();
            assert_eq!(err.key, key, "{err}");
        }
    }

    #[test]
    fn toml_file_with_backends_and_rooms() {
        let dir = std::env::temp_dir().join(format!("talkbot-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("talkbot.toml");
        std::fs::write(
            &path,
            format!(
                "mode = \"mention\"\n[[backends]]\nurl = \"https://a.example\"\nsecrets = [\"{SECRET}\", \"{SECRET}x\"]\n[rooms.abcd1234]\nmode = \"all\"\n"
            ),
        )
        .unwrap();
        let config = Config::load(&env(&[]), Some(&path)).unwrap();
        assert_eq!(config.backends.len(), 1);
        assert_eq!(config.backends[0].secrets.len(), 2);
        assert_eq!(
            (config.mode_for("abcd1234"), config.mode_for("other1")),
            (Mode::All, Mode::Mention)
        );
        std::fs::write(&path, "moed = \"all\"\n").unwrap();
        let err = Config::load(&env(&[]), Some(&path)).unwrap_err();
        assert!(err.reason.contains("unknown field `moed`"), "{err}");
    }
}
