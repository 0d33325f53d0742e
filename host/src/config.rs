//! Configuration from the environment (the names users of the original setup already have)
//! and an optional TOML file for everything else. Errors name the key and the reason.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponderConfig {
    /// Reply with the rendered message text.
    Echo,
    /// Run a program per message: event JSON on stdin, reply on stdout.
    Command {
        program: String,
        args: Vec<String>,
        timeout: Duration,
    },
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
}

/// Delivery to the bot API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryConfig {
    /// Attempts per request before giving up.
    pub max_attempts: u32,
    pub initial_backoff: Duration,
    pub max_backoff: Duration,
    /// Timeout of one HTTP request.
    pub request_timeout: Duration,
    /// Conversations worked on at once.
    pub concurrency: usize,
    /// Consecutive 401s after which sending to a backend stops.
    pub unauthorized_limit: u32,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            max_attempts: 8,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(60),
            request_timeout: Duration::from_secs(15),
            concurrency: 32,
            unauthorized_limit: 3,
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
    pub responder: ResponderConfig,
    /// 👀 while working, ⚠️ on failure.
    pub status_reactions: bool,
    /// 👀 appears only when the responder has not answered within this time (0: at once).
    pub status_reaction_delay: Duration,
    /// Answer Activity (system messages, file shares) too.
    pub answer_activity: bool,
    /// Posted when the bot is added to a conversation.
    pub greeting: Option<String>,
    pub max_body_bytes: u64,
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
    command_timeout_secs: Option<u64>,
    status_reactions: Option<bool>,
    status_reaction_delay_ms: Option<u64>,
    answer_activity: Option<bool>,
    greeting: Option<String>,
    max_body_bytes: Option<u64>,
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

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDelivery {
    max_attempts: Option<u32>,
    initial_backoff_ms: Option<u64>,
    max_backoff_ms: Option<u64>,
    request_timeout_ms: Option<u64>,
    concurrency: Option<usize>,
    unauthorized_limit: Option<u32>,
}

/// Where the local-mode secret is kept (see [`Config::load`]).
pub const LOCAL_SECRET_FILE: &str = "local-secret";
/// The simulator's default address, used when no Nextcloud is configured.
pub const LOCAL_NEXTCLOUD_URL: &str = "http://127.0.0.1:8081";

/// Parse `TALKBOT_RESPONDER` / `responder`: `echo` or `command:<program> [args…]`.
pub fn parse_responder(
    key: &str,
    value: &str,
    timeout: Duration,
) -> Result<ResponderConfig, ConfigError> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("echo") {
        return Ok(ResponderConfig::Echo);
    }
    if let Some(command) = value.strip_prefix("command:") {
        let mut words = command.split_whitespace().map(str::to_string);
        let program = words.next().ok_or_else(|| {
            ConfigError::new(key, "command: needs a program, e.g. command:./reply.sh")
        })?;
        return Ok(ResponderConfig::Command {
            program,
            args: words.collect(),
            timeout,
        });
    }
    Err(ConfigError::new(
        key,
        format!("'{value}' is not a responder (echo or command:<program>)"),
    ))
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
        let responder = match env("TALKBOT_RESPONDER") {
            Some(v) => parse_responder("TALKBOT_RESPONDER", &v, timeout)?,
            None => match &file.responder {
                Some(v) => parse_responder("responder", v, timeout)?,
                None => ResponderConfig::Echo,
            },
        };

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
            backends.push(BackendConfig {
                url: LOCAL_NEXTCLOUD_URL.into(),
                secrets: vec![local_secret(&data_dir)?],
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
                if !(40..=128).contains(&s.expose().len()) {
                    let key = if i == 0 {
                        "NEXTCLOUD_TALK_BOT_SECRET".to_string()
                    } else {
                        format!("backends[{i}].secrets")
                    };
                    return Err(ConfigError::new(
                        key,
                        format!(
                            "a secret is {} bytes long; Talk accepts 40 to 128 (generate one with `talkbot init`)",
                            s.expose().len()
                        ),
                    ));
                }
            }
        }

        let d = file.delivery.unwrap_or_default();
        let defaults = DeliveryConfig::default();
        let delivery = DeliveryConfig {
            max_attempts: d.max_attempts.unwrap_or(defaults.max_attempts).max(1),
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
            if !(4..=30).contains(&token.len())
                || !token
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            {
                return Err(ConfigError::new(
                    format!("rooms.{token}"),
                    "is not a conversation token (4 to 30 of a-z, 0-9)",
                ));
            }
        }
        let max_message_length = file.max_message_length.unwrap_or(32000);
        if max_message_length < 64 {
            return Err(ConfigError::new(
                "max_message_length",
                "must be at least 64",
            ));
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
            responder,
            status_reactions: file.status_reactions.unwrap_or(true),
            status_reaction_delay: Duration::from_millis(
                file.status_reaction_delay_ms.unwrap_or(1000),
            ),
            answer_activity: file.answer_activity.unwrap_or(false),
            greeting: file.greeting,
            max_body_bytes: file.max_body_bytes.unwrap_or(4 << 20),
            strict_backend: file.strict_backend.unwrap_or(false),
            max_message_length,
            delivery,
        })
    }

    /// The mode for a conversation.
    pub fn mode_for(&self, token: &str) -> Mode {
        self.rooms
            .get(token)
            .and_then(|r| r.mode)
            .unwrap_or(self.mode)
    }

    /// Whether talkbot runs against the local simulator (no Nextcloud configured).
    pub fn is_local(&self) -> bool {
        self.backends.len() == 1 && self.backends[0].url == LOCAL_NEXTCLOUD_URL
    }
}

fn check_url(key: &str, url: &str) -> Result<(), ConfigError> {
    let lower = url.trim().to_ascii_lowercase();
    if !(lower.starts_with("http://") || lower.starts_with("https://")) || lower.len() < 10 {
        return Err(ConfigError::new(
            key,
            format!("'{url}' is not an http(s) URL like https://cloud.example.com"),
        ));
    }
    Ok(())
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
    std::fs::create_dir_all(data_dir)
        .and_then(|_| std::fs::write(&path, &secret))
        .map_err(|e| {
            ConfigError::new(
                "TALKBOT_DATA_DIR",
                format!("cannot write {}: {e}", path.display()),
            )
        })?;
    Ok(Secret::new(secret))
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
        assert_eq!(
            config.responder,
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
