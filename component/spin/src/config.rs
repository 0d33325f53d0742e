//! The Spin variables, read once per request into what the engine takes. Every name read here
//! is declared in `spin.toml` (a test checks it) and listed in the README's table.

use spin_sdk::variables;

use crate::nextcloud::talk_bot::engine::{
    self, ChatModel, IngressRules, Mode, Persona, Policy, RetryPolicy,
};
use crate::nextcloud::talk_bot::render::BotIdentity;
use crate::nextcloud::talk_bot::webhook::{self, Backend, ReceiveOptions};

/// Earlier messages given to the model.
const MEMORY_TURNS: u32 = 10;

/// Answer attempts (model calls) before the failure reply.
const ANSWER_ATTEMPTS: u32 = 3;

const FAILURE_REPLY: &str =
    "Sorry, I could not answer this time. Please try again in a few minutes.";

/// A variable, none when unset or blank.
fn var(name: &str) -> Option<String> {
    variables::get(name).ok().filter(|v| !v.trim().is_empty())
}

/// A numeric variable; `default` when unset, and when not a number (said in the log).
fn number(name: &str, default: u64) -> u64 {
    match var(name) {
        None => default,
        Some(v) => v.trim().parse().unwrap_or_else(|_| {
            eprintln!("variable {name}: {v:?} is not a number; using {default}");
            default
        }),
    }
}

/// The app's configuration.
pub struct Config {
    pub nextcloud: String,
    /// The secret, then the previous one during a rotation.
    pub secrets: Vec<String>,
    pub agent: String,
    pub responder: String,
    pub retry: RetryPolicy,
    pub failure_reply: Option<String>,
    /// Bearer token of the drain route; none: the route is off.
    pub drain_token: Option<String>,
}

impl Config {
    /// None when a required variable is missing (the webhook answers 503 saying which).
    pub fn load() -> Result<Config, &'static str> {
        let secret = var("bot_secret").ok_or("bot_secret")?;
        let nextcloud = var("nextcloud_url").ok_or("nextcloud_url")?;
        let mut secrets = vec![secret.trim().to_string()];
        secrets.extend(var("bot_secret_previous").map(|s| s.trim().to_string()));
        let defaults = engine::default_retry_policy();
        Ok(Config {
            nextcloud: nextcloud.trim().trim_end_matches('/').to_string(),
            secrets,
            agent: var("agent_name").unwrap_or_else(|| "talkbot".into()),
            responder: var("responder").unwrap_or_else(|| "echo".into()),
            retry: RetryPolicy {
                initial_backoff_ms: number("retry_initial_backoff_ms", defaults.initial_backoff_ms),
                max_backoff_ms: number("retry_max_backoff_ms", defaults.max_backoff_ms),
                retry_for_ms: number("retry_for_ms", defaults.retry_for_ms),
                max_attempts: None,
            },
            failure_reply: Some(var("failure_reply").unwrap_or_else(|| FAILURE_REPLY.into()))
                .filter(|t| t != "off"),
            drain_token: var("drain_token"),
        })
    }

    /// How webhooks are verified.
    pub fn receive_options(&self) -> ReceiveOptions {
        ReceiveOptions {
            backends: vec![Backend {
                url: self.nextcloud.clone(),
                secrets: self.secrets.clone(),
            }],
            max_body_bytes: webhook::default_max_body_bytes(),
            strict_backend: false,
        }
    }

    /// What is queued (messages older than an hour are refused as stale).
    pub fn ingress_rules(&self) -> IngressRules {
        IngressRules {
            answer_activity: false,
            max_age_ms: Some(3_600_000),
        }
    }

    /// The engine's policy: one persona, answered by `responder`.
    pub fn policy(&self) -> Policy {
        let mode = match var("mode").as_deref() {
            Some("mention") => Mode::Mention,
            Some("off") => Mode::Off,
            _ => Mode::All,
        };
        Policy {
            agent_name: self.agent.clone(),
            bot: BotIdentity {
                aliases: vec![self.agent.clone()],
                actor_id: None,
            },
            mode,
            answer_activity: false,
            allowed_rooms: Vec::new(),
            allowed_users: Vec::new(),
            rooms: Vec::new(),
            users: Vec::new(),
            personas: vec![Persona {
                name: "default".into(),
                system_prompt: var("system_prompt"),
                responders: vec![self.responder.clone()],
            }],
            greeting: var("greeting"),
            memory_turns: MEMORY_TURNS,
        }
    }

    /// Model calls before the failure reply.
    pub fn answer_attempts(&self) -> u32 {
        ANSWER_ATTEMPTS
    }

    /// The OpenAI-compatible model server. Two variables for its URL, so that `spin.toml` can
    /// allow exactly the origin for outbound requests.
    pub fn chat_model(&self) -> ChatModel {
        let origin = var("openai_origin").unwrap_or_else(|| "https://api.openai.com".into());
        let path = var("openai_api_path").unwrap_or_else(|| "/v1".into());
        ChatModel {
            base_url: format!(
                "{}/{}",
                origin.trim_end_matches('/'),
                path.trim_matches('/')
            ),
            model: var("openai_model").unwrap_or_default(),
            api_key: var("openai_api_key"),
            temperature: None,
            max_tokens: None,
        }
    }
}
