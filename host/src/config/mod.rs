//! Configuration from the environment (the names users of the original setup already have)
//! and an optional TOML file for everything else. Errors name the key and the reason.
//!
//! - this file: the resolved configuration's types;
//! - `file.rs`: the TOML file's shape (what users write);
//! - `load.rs`: resolution — environment over file over defaults, checked with the engine's
//!   rules; no side effects;
//! - `local.rs`: the local-mode secret (the one file talkbot writes for its configuration,
//!   when asked to);
//! - `schedule.rs`: `[schedules.<name>]`, messages the bot posts on its own.
//! - `tools.rs`: `[tools.<name>]`, MCP servers whose tools the models may call.

mod file;
mod load;
mod local;
mod schedule;
mod tools;

pub use local::{existing_local_secret, local_secret};
pub use schedule::{ScheduleConfig, SchedulePost};
pub use tools::{ToolServerConfig, ToolTransportConfig};

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

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
    /// The tools its chat models may call: `<server>` or `<server>/<tool>` of `[tools]`.
    pub tools: Vec<String>,
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
            request_timeout: Duration::from_secs(30),
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
    /// Messages the bot posts on its own.
    pub schedules: Vec<ScheduleConfig>,
    /// MCP servers (`[tools.<name>]`).
    pub tool_servers: Vec<ToolServerConfig>,
    /// Model requests that may call tools before the model must answer (engine default: 5).
    pub max_tool_rounds: Option<u32>,
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
    /// Connections the ingress serves at once (more wait in the kernel's backlog); None: as
    /// many as the open-file limit allows ([`max_connections_for`]).
    pub max_connections: Option<usize>,
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
    /// Longest answer a responder may post (cut with a note beyond it); None: the engine's
    /// default.
    pub max_answer_chars: Option<u32>,
    pub delivery: DeliveryConfig,
}

/// A configuration problem: which key, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub key: String,
    pub reason: String,
}

impl Config {
    /// What loads but almost certainly does not work as meant, for the log at start and for
    /// `doctor`: a secret with white space around it (a trailing newline from `echo` into a
    /// file or variable) fails every webhook's signature check.
    pub fn warnings(&self) -> Vec<String> {
        let mut found = Vec::new();
        for backend in &self.backends {
            for (i, secret) in backend.secrets.iter().enumerate() {
                let text = secret.expose();
                if text.trim() != text {
                    found.push(format!(
                        "{} of {} starts or ends with white space (a newline, a space): Talk's secret almost \
                         certainly has none, so every webhook would fail its signature check (401); remove it",
                        if i == 0 { "the secret".to_string() } else { format!("secret #{}", i + 1) },
                        backend.url
                    ));
                }
            }
        }
        found
    }
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

/// Largest webhook body accepted by default. Talk caps a message at 32,000 characters; even
/// fully `\uXXXX`-escaped (twice, as `content` is JSON in JSON) with rich parameters that is
/// well under 1 MiB.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 1 << 20;

/// Where the local-mode secret is kept (see [`Config::load`]).
pub const LOCAL_SECRET_FILE: &str = "local-secret";
/// The simulator's default address, used when no Nextcloud is configured.
pub const LOCAL_NEXTCLOUD_URL: &str = "http://127.0.0.1:8081";

/// File descriptors kept for everything but webhook connections: the queue, logs, outgoing
/// requests to Talk and models, command responders.
const RESERVED_FDS: u64 = 256;
/// The most connections served by default, whatever the file limit (an idle connection costs
/// some 20 KB of buffers).
const MAX_DEFAULT_CONNECTIONS: u64 = 16384;

/// The default connection limit for an open-file limit of `nofile`: all it allows but
/// [`RESERVED_FDS`], at least 64, at most [`MAX_DEFAULT_CONNECTIONS`].
pub fn max_connections_for(nofile: u64) -> usize {
    nofile
        .saturating_sub(RESERVED_FDS)
        .clamp(64, MAX_DEFAULT_CONNECTIONS) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_follow_the_file_limit() {
        assert_eq!(max_connections_for(1024), 768);
        assert_eq!(max_connections_for(65536), 16384);
        assert_eq!(max_connections_for(100), 64);
    }

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
    fn a_secret_with_white_space_around_it_is_warned_about() {
        let load = |secret: &str| {
            Config::load(
                &env(&[
                    ("NEXTCLOUD_URL", "https://cloud.example.com"),
                    ("NEXTCLOUD_TALK_BOT_SECRET", secret),
                ]),
                None,
            )
            .unwrap()
        };
        assert_eq!(load(SECRET).warnings(), Vec::<String>::new());
        let warned = load(&format!("{SECRET}\n")).warnings();
        assert_eq!(warned.len(), 1, "{warned:?}");
        assert!(warned[0].contains("white space") && warned[0].contains("401"));
        assert_eq!(load(&format!(" {SECRET}")).warnings().len(), 1);
    }

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
        let cases: [(&[(&str, &str)], &str); 7] = [
            (
                &[
                    ("TALKBOT_WEBHOOK_PATH", "/hook\n"),
                    ("NEXTCLOUD_URL", "https://x.example"),
                    ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
                ],
                "TALKBOT_WEBHOOK_PATH",
            ),
            (
                &[
                    ("TALKBOT_WEBHOOK_PATH", "/hook?x=1"),
                    ("NEXTCLOUD_URL", "https://x.example"),
                    ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
                ],
                "TALKBOT_WEBHOOK_PATH",
            ),
            (
                &[
                    ("TALKBOT_WEBHOOK_PATH", "hook"),
                    ("NEXTCLOUD_URL", "https://x.example"),
                    ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
                ],
                "TALKBOT_WEBHOOK_PATH",
            ),
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
