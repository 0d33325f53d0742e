//! Everything `serve` shares between the HTTP ingress and the workers.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, anyhow};

use crate::config::{Config, ResponderConfig};
use crate::delivery::Deliverer;
use crate::metrics::Metrics;
use crate::protocol::{Backend, BotIdentity, EngineOptions, ProtocolEngine, ReceiveOptions};
use crate::responder::{self, Chain, Responder};
use crate::store::Store;
use crate::worker::health::BackendHealth;
use tokio::sync::Notify;

/// The running bot.
pub struct App {
    pub config: Config,
    pub engine: ProtocolEngine,
    pub store: Arc<Store>,
    pub metrics: Metrics,
    pub receive_options: ReceiveOptions,
    /// Backend URLs as the component normalised them.
    pub backend_urls: Vec<String>,
    pub bot: BotIdentity,
    /// The configured responder chain.
    pub default_chain: Chain,
    /// Responder chains of the personas that name their own.
    pub chains: BTreeMap<String, Chain>,
    /// Conversation memory is kept (memory_turns > 0 and a responder that reads it: the echo
    /// responder does not).
    pub memory: bool,
    pub deliverer: Deliverer,
    /// Each backend's standing: refusing conversations, sending stopped after 401s.
    pub health: Vec<BackendHealth>,
    /// Shutting down: jobs start no new request or responder call.
    pub stopping: AtomicBool,
    /// Woken when `stopping` is set.
    pub stopping_notify: Notify,
    /// The ingress's budget for webhook bodies being read (units of `server::BUFFER_UNIT`).
    pub body_budget: Arc<tokio::sync::Semaphore>,
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

    /// A persona's system prompt and responder chain (unknown names: the default persona).
    pub fn persona(&self, name: &str) -> (&str, &Chain) {
        let prompt = self
            .config
            .personas
            .get(name)
            .and_then(|p| p.system_prompt.as_deref())
            .unwrap_or(&self.config.system_prompt);
        let chain = self.chains.get(name).unwrap_or(&self.default_chain);
        (prompt, chain)
    }

    /// Compile the component, open the queue, and check the configuration through the component.
    pub fn new(config: Config) -> Result<Arc<App>> {
        let engine = ProtocolEngine::new(EngineOptions::default()).map_err(|e| anyhow!("{e:#}"))?;
        let mut instance = engine.instance().map_err(|e| anyhow!("{e:#}"))?;
        let mut backend_urls = Vec::new();
        for backend in &config.backends {
            let url = instance
                .normalize_backend(&backend.url)
                .map_err(|e| anyhow!("{e:#}"))?
                .map_err(|why| anyhow!("configuration error in NEXTCLOUD_URL: {why}"))?;
            backend_urls.push(url);
        }
        let receive_options = ReceiveOptions {
            backends: config
                .backends
                .iter()
                .map(|b| Backend {
                    url: b.url.clone(),
                    secrets: b.secrets.iter().map(|s| s.expose().to_string()).collect(),
                })
                .collect(),
            max_body_bytes: config.max_body_bytes,
            strict_backend: config.strict_backend,
        };
        let store = Store::open(&config.data_dir).context("opening the queue")?;
        let deliverer =
            Deliverer::new(config.delivery.request_timeout).context("creating the HTTP client")?;
        let bot = BotIdentity {
            aliases: config.aliases.clone(),
            actor_id: None,
        };
        let mut responders: BTreeMap<&str, Arc<dyn Responder>> = BTreeMap::new();
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
        for (name, r) in &config.responders {
            responders.insert(
                name,
                responder::from_config(name, r).map_err(|e| anyhow!("responder {name}: {e}"))?,
            );
        }
        let chain_of = |names: &[String]| {
            Chain::new(
                names
                    .iter()
                    .filter_map(|n| responders.get(n.as_str()).cloned())
                    .collect(),
            )
        };
        let default_chain = chain_of(&config.chain);
        let chains = config
            .personas
            .iter()
            .filter(|(_, p)| !p.chain.is_empty())
            .map(|(name, p)| (name.clone(), chain_of(&p.chain)))
            .collect();
        let memory = config.memory_turns > 0
            && config
                .chain
                .iter()
                .chain(config.personas.values().flat_map(|p| &p.chain))
                .any(|name| {
                    !matches!(
                        config.responders.get(name),
                        Some(ResponderConfig::Echo) | None
                    )
                });
        let held = store.held_at_open();
        let health = (0..config.backends.len() as u32)
            .map(|i| {
                if held.contains(&i) {
                    BackendHealth::probing()
                } else {
                    BackendHealth::default()
                }
            })
            .collect();
        Ok(Arc::new(App {
            memory,
            default_chain,
            chains,
            engine,
            store,
            metrics: Metrics::default(),
            receive_options,
            backend_urls,
            bot,
            deliverer,
            health,
            stopping: AtomicBool::new(false),
            stopping_notify: Notify::new(),
            body_budget: Arc::new(tokio::sync::Semaphore::new(
                (config.max_buffered_bytes.max(config.max_body_bytes)
                    / u64::from(crate::server::BUFFER_UNIT))
                .clamp(1, u64::from(u32::MAX >> 3)) as usize,
            )),
            config,
        }))
    }
}
