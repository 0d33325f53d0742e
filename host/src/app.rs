//! Everything `serve` shares between the HTTP ingress and the workers.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, anyhow};

use crate::config::{
    Config, Mode as ConfigMode, ResponderConfig, SchedulePost, ToolTransportConfig,
};
use crate::delivery::Deliverer;
use crate::metrics::Metrics;
use crate::protocol::{
    Backend, BotConfig, BotIdentity, ChatModel, EngineOptions, IngressRules, Mode, Persona, Policy,
    ProtocolEngine, ReceiveOptions, RetryPolicy, RoomPolicy, Schedule, ScheduledPost, ToolServer,
    ToolTransport, UserPolicy,
};
use crate::responder::{self, OpenAi, Responder};
use crate::store::{Store, UnauthorizedLog};
use crate::tools::ToolTransports;
use crate::worker::standing::BackendStanding;
use tokio::sync::Notify;

/// The running bot.
pub struct App {
    pub config: Config,
    pub engine: Arc<ProtocolEngine>,
    /// The configuration as the engine's `decide` reads it.
    pub policy: Policy,
    /// The configuration as the job machine's `bot` takes it (checked by the engine at start).
    pub bot_config: BotConfig,
    pub store: Arc<Store>,
    pub metrics: Metrics,
    pub receive_options: ReceiveOptions,
    /// Backend URLs as the component normalised them.
    pub backend_urls: Vec<String>,
    pub bot: BotIdentity,
    /// The command responders, by name (`action.run-responder`).
    pub commands: BTreeMap<String, Arc<dyn Responder>>,
    /// The OpenAI-compatible models, by responder name (`action.ask-model`).
    pub models: BTreeMap<String, OpenAi>,
    /// The MCP servers' transports (`action.call-tool`).
    pub tools: ToolTransports,
    pub deliverer: Deliverer,
    /// Each backend's standing: refusing conversations, sending stopped after 401s.
    pub standing: Vec<BackendStanding>,
    /// Shutting down: jobs start no new request or responder call.
    pub stopping: AtomicBool,
    /// Woken when `stopping` is set.
    pub stopping_notify: Notify,
    /// Woken when a conversation's settings were stored (its schedules may have changed).
    pub schedules_changed: Notify,
}

impl App {
    /// Whether shutdown has begun.
    pub fn is_stopping(&self) -> bool {
        self.stopping.load(Ordering::Relaxed)
    }

    /// Resolves once shutdown has begun.
    pub async fn stopped(&self) {
        loop {
            let notified = self.stopping_notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.is_stopping() {
                return;
            }
            notified.await;
        }
    }

    /// How replies are retried, as the engine reads it.
    pub fn retry_policy(&self) -> RetryPolicy {
        retry_policy_of(&self.config)
    }

    /// Compile the component, open the queue, and check the configuration through the component.
    pub fn new(config: Config) -> Result<Arc<App>> {
        // A job keeps its instance from deciding to the last answer from Talk (one instance a
        // job, not one a call): every delivery slot may hold one while the ingress keeps 32.
        let options = EngineOptions {
            max_instances: (config.delivery.concurrency as u32 + 32).max(64),
            ..EngineOptions::default()
        };
        let engine = Arc::new(ProtocolEngine::new(options)?);
        let mut instance = engine.instance()?;
        let mut backend_urls = Vec::new();
        for backend in &config.backends {
            let url = instance
                .normalize_backend(&backend.url)?
                .map_err(|why| anyhow!("configuration error in NEXTCLOUD_URL: {why}"))?;
            backend_urls.push(url);
        }
        let store = Store::open(&config.data_dir).context("opening the queue")?;
        let deliverer =
            Deliverer::new(config.delivery.request_timeout).context("creating the HTTP client")?;
        let bot = BotIdentity {
            aliases: config.aliases.clone(),
            actor_id: None,
        };
        // A command responder whose program is missing would fail every message: say so now.
        for name in config
            .chain
            .iter()
            .chain(config.personas.values().flat_map(|p| &p.chain))
        {
            if let Some(ResponderConfig::Command { program, .. }) = config.responders.get(name) {
                responder::find_program(program)
                    .map_err(|why| anyhow!("responder {name}: {why}"))?;
            }
        }
        let mut commands = BTreeMap::new();
        let mut models = BTreeMap::new();
        for (name, r) in &config.responders {
            if let Some(command) = responder::command_of(name, r) {
                commands.insert(name.clone(), command);
            }
            if let ResponderConfig::OpenAi(c) = r {
                let model =
                    OpenAi::new(name.clone(), c).map_err(|e| anyhow!("responder {name}: {e}"))?;
                models.insert(name.clone(), model);
            }
        }
        let tools = ToolTransports::new(&config.tool_servers).map_err(|e| anyhow!("tools: {e}"))?;
        let policy = policy_of(&config, &bot);
        let bot_config = bot_config_of(&config, &policy);
        instance
            .check_bot_config(&bot_config)?
            .map_err(|why| anyhow!("configuration error: {why}"))?;
        // What the ingress checks a webhook's headers with before its body is read.
        let receive_options = ReceiveOptions {
            backends: bot_config.backends.clone(),
            max_body_bytes: config.max_body_bytes,
            strict_backend: config.strict_backend,
        };
        let held = store.held_at_open();
        let log = UnauthorizedLog::new(&config.data_dir);
        let now = crate::store::now_ms().max(0) as u64;
        let standing = backend_urls
            .iter()
            .enumerate()
            .map(|(i, url)| {
                let probing = held.contains(&(i as u32));
                BackendStanding::restore(&mut instance, log.clone(), url, probing, now)
            })
            .collect();
        Ok(Arc::new(App {
            commands,
            models,
            tools,
            engine,
            policy,
            bot_config,
            store,
            metrics: Metrics::default(),
            receive_options,
            backend_urls,
            bot,
            deliverer,
            standing,
            stopping: AtomicBool::new(false),
            stopping_notify: Notify::new(),
            schedules_changed: Notify::new(),
            config,
        }))
    }
}

/// How replies are retried, as the engine reads it.
fn retry_policy_of(config: &Config) -> RetryPolicy {
    let d = &config.delivery;
    RetryPolicy {
        initial_backoff_ms: d.initial_backoff.as_millis() as u64,
        max_backoff_ms: d.max_backoff.as_millis() as u64,
        retry_for_ms: d.retry_for.as_millis() as u64,
        max_attempts: d.max_attempts,
    }
}

/// The configuration as the job machine's `bot` takes it: every value the operator set, and
/// none the engine defines (its defaults stand for what is unset).
fn bot_config_of(config: &Config, policy: &Policy) -> BotConfig {
    BotConfig {
        policy: policy.clone(),
        backends: config
            .backends
            .iter()
            .map(|b| Backend {
                url: b.url.clone(),
                secrets: b.secrets.iter().map(|s| s.expose().to_string()).collect(),
            })
            .collect(),
        strict_backend: config.strict_backend,
        max_body_bytes: Some(config.max_body_bytes),
        ingress: IngressRules {
            answer_activity: config.answer_activity,
            max_age_ms: config.max_webhook_age.map(|a| a.as_millis() as u64),
        },
        retry: retry_policy_of(config),
        answer_attempts: Some(config.responder_attempts),
        // No failure reply configured: an empty one posts nothing (⚠️ only).
        failure_reply: Some(config.failure_reply.clone().unwrap_or_default()),
        max_answer_chars: config.max_answer_chars,
        max_message_length: Some(config.max_message_length),
        status_reaction_after_ms: config
            .status_reactions
            .then_some(config.status_reaction_delay.as_millis() as u64),
        models: config
            .responders
            .iter()
            .filter_map(|(name, r)| match r {
                ResponderConfig::OpenAi(c) => Some((
                    name.clone(),
                    ChatModel {
                        base_url: c.base_url.clone(),
                        model: c.model.clone(),
                        api_key: c.api_key.as_ref().map(|k| k.expose().to_string()),
                        temperature: c.temperature,
                        max_tokens: c.max_tokens,
                    },
                )),
                _ => None,
            })
            .collect(),
        schedules: config
            .schedules
            .iter()
            .map(|s| Schedule {
                name: s.name.clone(),
                backend_index: s.backend as u32,
                room: s.room.clone(),
                cron: s.cron.clone(),
                timezone: s.timezone.clone(),
                post: match &s.post {
                    SchedulePost::Text(text) => ScheduledPost::Text(text.clone()),
                    SchedulePost::Prompt(prompt) => ScheduledPost::Prompt(prompt.clone()),
                },
                grace_ms: s.grace.as_millis() as u64,
            })
            .collect(),
        tool_servers: config
            .tool_servers
            .iter()
            .map(|s| ToolServer {
                name: s.name.clone(),
                transport: match &s.transport {
                    ToolTransportConfig::Http(url) => ToolTransport::Http(url.clone()),
                    ToolTransportConfig::Stdio(command) => ToolTransport::Stdio(command.clone()),
                },
                headers: s
                    .headers
                    .iter()
                    .map(|(n, v)| (n.clone(), v.expose().to_string()))
                    .collect(),
                timeout_ms: s.timeout.map(|t| t.as_millis() as u64),
                expose: s.expose.clone(),
                approval: s.approval.clone(),
                idempotent: s.idempotent.clone(),
                list_ttl_ms: s.cache.map(|t| t.as_millis() as u64),
            })
            .collect(),
        max_tool_rounds: config.max_tool_rounds,
    }
}

/// The engine's mode for a configured one.
pub fn engine_mode(mode: ConfigMode) -> Mode {
    match mode {
        ConfigMode::All => Mode::All,
        ConfigMode::Mention => Mode::Mention,
        ConfigMode::Off => Mode::Off,
    }
}

/// The configuration as the engine's policy: personas resolved (their prompt, else the
/// default prompt; their chain, else the default chain; only configured responders), `default`
/// first.
fn policy_of(config: &Config, bot: &BotIdentity) -> Policy {
    let names = |chain: &[String]| -> Vec<String> {
        chain
            .iter()
            .filter(|n| config.responders.contains_key(n.as_str()))
            .cloned()
            .collect()
    };
    let chain_of = |persona: &str| match config.personas.get(persona) {
        Some(p) if !p.chain.is_empty() => names(&p.chain),
        _ => names(&config.chain),
    };
    let mut personas = vec![Persona {
        name: "default".into(),
        system_prompt: config
            .personas
            .get("default")
            .and_then(|p| p.system_prompt.clone())
            .or_else(|| config.system_prompt.clone()),
        responders: chain_of("default"),
        tools: config
            .personas
            .get("default")
            .map(|p| p.tools.clone())
            .unwrap_or_default(),
    }];
    personas.extend(
        config
            .personas
            .iter()
            .filter(|(name, _)| name.as_str() != "default")
            .map(|(name, p)| Persona {
                name: name.clone(),
                system_prompt: p
                    .system_prompt
                    .clone()
                    .or_else(|| config.system_prompt.clone()),
                responders: chain_of(name),
                tools: p.tools.clone(),
            }),
    );
    Policy {
        agent_name: config.agent_name.clone(),
        bot: bot.clone(),
        mode: engine_mode(config.mode),
        answer_activity: config.answer_activity,
        allowed_rooms: config.allowed_rooms.clone(),
        allowed_users: config.allowed_users.clone(),
        rooms: config
            .rooms
            .iter()
            .map(|(token, r)| RoomPolicy {
                token: token.clone(),
                mode: r.mode.map(engine_mode),
                persona: r.persona.clone(),
                greeting: r.greeting.clone(),
                allowed_users: r.allowed_users.clone(),
            })
            .collect(),
        users: config
            .users
            .iter()
            .filter_map(|(actor, u)| {
                u.persona.clone().map(|persona| UserPolicy {
                    actor: actor.clone(),
                    persona,
                })
            })
            .collect(),
        personas,
        greeting: config.greeting.clone(),
        memory_turns: config.memory_turns.min(u32::MAX as usize) as u32,
    }
}
