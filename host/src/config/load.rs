//! Resolving the configuration: environment over file over defaults, each value checked
//! (secrets, tokens, URLs and lengths with the engine's own rules). Loading has no side
//! effects: it reads the environment and the file, and writes nothing.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use talkbot_component::rules;

use super::file::*;
use super::*;

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
        // A path as a request line carries it: `/`, then URL path characters only (no
        // white space or control characters, no query or fragment), or every webhook 404s.
        let path_char = |c: char| c.is_ascii_alphanumeric() || "/-._~%!$&'()*+,;=:@".contains(c);
        if !webhook_path.starts_with('/') || !webhook_path.chars().all(path_char) {
            return Err(ConfigError::new(
                "TALKBOT_WEBHOOK_PATH",
                format!(
                    "{webhook_path:?} must start with / and hold only URL path characters (letters, digits, \
                     - . _ ~ / and percent-escapes; no spaces, newlines, ? or #)"
                ),
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
                    tools: p.tools,
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
        let schedules = super::schedule::resolve(file.schedules, backends.len())?;
        let tool_servers = super::tools::resolve(file.tools, &env)?;
        let max_message_length = file.max_message_length.unwrap_or(32000);
        if let Err(why) = rules::check_max_length(max_message_length) {
            return Err(ConfigError::new("max_message_length", why));
        }
        // What the operator leaves unset is the engine's default, as on every host.
        let defaults = rules::defaults();
        Ok(Config {
            listen,
            webhook_path,
            data_dir,
            backends,
            agent_name,
            aliases,
            mode,
            rooms: file.rooms,
            schedules,
            tool_servers,
            max_tool_rounds: file.max_tool_rounds,
            responders,
            chain,
            system_prompt,
            personas,
            users: file.users,
            allowed_rooms: file.allowed_rooms.unwrap_or_default(),
            allowed_users: file.allowed_users.unwrap_or_default(),
            memory_turns: file.memory_turns.unwrap_or(defaults.memory_turns as usize),
            failure_reply: match file.failure_reply {
                Some(text) if text.trim().is_empty() => None,
                Some(text) => Some(text),
                None => Some(defaults.failure_reply.clone()),
            },
            responder_attempts: file
                .responder_attempts
                .unwrap_or(defaults.answer_attempts)
                .max(1),
            status_reactions: file.status_reactions.unwrap_or(true),
            status_reaction_delay: Duration::from_millis(
                file.status_reaction_delay_ms.unwrap_or(1000),
            ),
            answer_activity: file.answer_activity.unwrap_or(false),
            greeting: file.greeting,
            max_body_bytes: file.max_body_bytes.unwrap_or(DEFAULT_MAX_BODY_BYTES),
            max_connections: file.max_connections.map(|n| n.max(1)),
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
            max_answer_chars: file.max_answer_chars,
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
