//! The Spin variables, read once per request into what the engine takes. Every name read here
//! is declared in `spin.toml` (a test checks it) and listed in the README's table.

use spin_sdk::variables;

use crate::nextcloud::talk_bot::engine::{
    self, ChatModel, IngressRules, Mode, Persona, Policy, RetryPolicy, RoomPolicy, UserPolicy,
};
use crate::nextcloud::talk_bot::job::BotConfig;
use crate::nextcloud::talk_bot::render::BotIdentity;
use crate::nextcloud::talk_bot::webhook::{self, Backend, ReceiveOptions};

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

/// `personas`: `[{"name": …, "system_prompt": …, "responders": ["openai", "echo"]}]`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonaVar {
    name: String,
    #[serde(default)]
    system_prompt: Option<String>,
    #[serde(default)]
    responders: Option<Vec<String>>,
}

/// `rooms`: `[{"token": …, "mode": "mention", "persona": …, "greeting": …, "allowed_users": […]}]`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RoomVar {
    token: String,
    #[serde(default)]
    mode: Option<String>,
    #[serde(default)]
    persona: Option<String>,
    #[serde(default)]
    greeting: Option<String>,
    #[serde(default)]
    allowed_users: Option<Vec<String>>,
}

/// `users`: `[{"actor": "users/ada", "persona": …}]`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct UserVar {
    actor: String,
    persona: String,
}

/// The responders the Spin app has.
const RESPONDERS: &[&str] = &["echo", "openai"];

fn mode(name: &str, value: &str) -> Result<Mode, String> {
    match value {
        "all" => Ok(Mode::All),
        "mention" => Ok(Mode::Mention),
        "off" => Ok(Mode::Off),
        other => Err(format!("{name}: mode {other:?} is not all, mention or off")),
    }
}

/// A JSON variable, empty when unset; a clear error when it does not parse.
fn json<T: serde::de::DeserializeOwned>(name: &str) -> Result<Vec<T>, String> {
    match var(name) {
        None => Ok(Vec::new()),
        Some(v) => serde_json::from_str(&v).map_err(|e| format!("variable {name}: {e}")),
    }
}

/// A comma- or space-separated list variable.
fn list(name: &str) -> Vec<String> {
    var(name)
        .map(|v| {
            v.split([',', ' ', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// The app's configuration.
pub struct Config {
    pub nextcloud: String,
    /// The secret, then the previous one during a rotation.
    pub secrets: Vec<String>,
    pub retry: RetryPolicy,
    pub policy: Policy,
    pub failure_reply: Option<String>,
    /// Bearer token of the drain route; none: the route is off.
    pub drain_token: Option<String>,
    /// 👀 while a model works on a message, ⚠️ when the bot gives up on it.
    pub status_reactions: bool,
    /// The longest answer posted (cut with a note beyond); none: the engine's default.
    pub max_answer_chars: Option<u32>,
}

impl Config {
    /// What is missing or wrong, when a variable is (the webhook answers 503 saying it).
    pub fn load() -> Result<Config, String> {
        let missing =
            |name: &str| format!("the bot is not configured: set the Spin variable {name}");
        let secret = var("bot_secret").ok_or_else(|| missing("bot_secret"))?;
        let nextcloud = var("nextcloud_url").ok_or_else(|| missing("nextcloud_url"))?;
        let agent = var("agent_name").unwrap_or_else(|| "talkbot".into());
        let mut secrets = vec![secret.trim().to_string()];
        secrets.extend(var("bot_secret_previous").map(|s| s.trim().to_string()));
        let defaults = engine::default_retry_policy();
        Ok(Config {
            nextcloud: nextcloud.trim().trim_end_matches('/').to_string(),
            secrets,
            policy: policy(&agent)?,
            retry: RetryPolicy {
                initial_backoff_ms: number("retry_initial_backoff_ms", defaults.initial_backoff_ms),
                max_backoff_ms: number("retry_max_backoff_ms", defaults.max_backoff_ms),
                retry_for_ms: number("retry_for_ms", defaults.retry_for_ms),
                max_attempts: None,
            },
            failure_reply: Some(
                var("failure_reply").unwrap_or_else(|| engine::defaults().failure_reply),
            )
            .filter(|t| t != "off"),
            drain_token: var("drain_token"),
            max_answer_chars: match var("max_answer_chars") {
                None => None,
                Some(v) => Some(v.trim().parse().map_err(|_| {
                    format!("variable max_answer_chars: {v:?} is not a whole number of characters")
                })?),
            },
            status_reactions: match var("status_reactions").as_deref() {
                None | Some("on") => true,
                Some("off") => false,
                Some(other) => {
                    return Err(format!(
                        "variable status_reactions: {other:?} is not on or off"
                    ));
                }
            },
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

    /// The job machine's configuration: everything above, handed over once per request.
    pub fn bot_config(&self) -> BotConfig {
        let receive = self.receive_options();
        BotConfig {
            policy: self.policy.clone(),
            backends: receive.backends,
            strict_backend: receive.strict_backend,
            max_body_bytes: Some(receive.max_body_bytes),
            ingress: self.ingress_rules(),
            retry: self.retry,
            answer_attempts: None,
            // Empty: no failure reply (the variable said "off").
            failure_reply: Some(self.failure_reply.clone().unwrap_or_default()),
            max_answer_chars: self.max_answer_chars,
            max_message_length: None,
            // Spin gives a request no timers: 👀 goes out as the model is asked.
            status_reaction_after_ms: self.status_reactions.then_some(0),
            models: vec![("openai".into(), self.chat_model())],
        }
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

/// The engine's policy from the variables: `mode`, `responder` and `system_prompt` make the
/// default persona; `personas`, `rooms`, `users`, `allowed_rooms` and `allowed_users` add
/// the native host's routing.
fn policy(agent: &str) -> Result<Policy, String> {
    let responder = var("responder").unwrap_or_else(|| "echo".into());
    let mut personas = vec![Persona {
        name: "default".into(),
        system_prompt: var("system_prompt"),
        responders: vec![responder],
    }];
    for p in json::<PersonaVar>("personas")? {
        let persona = Persona {
            responders: p
                .responders
                .unwrap_or_else(|| personas[0].responders.clone()),
            system_prompt: p
                .system_prompt
                .or_else(|| personas[0].system_prompt.clone()),
            name: p.name,
        };
        match personas.iter_mut().find(|q| q.name == persona.name) {
            Some(existing) => *existing = persona,
            None => personas.push(persona),
        }
    }
    for p in &personas {
        if let Some(unknown) = p
            .responders
            .iter()
            .find(|r| !RESPONDERS.contains(&r.as_str()))
        {
            return Err(format!(
                "persona {}: responder {unknown:?} is not one of {RESPONDERS:?}",
                p.name
            ));
        }
        if p.responders.is_empty() {
            return Err(format!("persona {}: no responders", p.name));
        }
    }
    let known = |name: &str, what: &str| {
        if personas.iter().any(|p| p.name == name) {
            Ok(())
        } else {
            Err(format!("{what}: no persona {name:?}"))
        }
    };
    let mut rooms = Vec::new();
    for r in json::<RoomVar>("rooms")? {
        if let Some(persona) = &r.persona {
            known(persona, &format!("room {}", r.token))?;
        }
        rooms.push(RoomPolicy {
            mode: r
                .mode
                .as_deref()
                .map(|m| mode(&format!("room {}", r.token), m))
                .transpose()?,
            token: r.token,
            persona: r.persona,
            greeting: r.greeting,
            allowed_users: r.allowed_users,
        });
    }
    let mut users = Vec::new();
    for u in json::<UserVar>("users")? {
        known(&u.persona, &format!("user {}", u.actor))?;
        users.push(UserPolicy {
            actor: u.actor,
            persona: u.persona,
        });
    }
    Ok(Policy {
        agent_name: agent.to_string(),
        bot: BotIdentity {
            aliases: vec![agent.to_string()],
            actor_id: None,
        },
        mode: mode("variable mode", var("mode").as_deref().unwrap_or("all"))?,
        answer_activity: false,
        allowed_rooms: list("allowed_rooms"),
        allowed_users: list("allowed_users"),
        rooms,
        users,
        personas,
        greeting: var("greeting"),
        memory_turns: engine::defaults().memory_turns,
    })
}
