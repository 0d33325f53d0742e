//! Everything `serve` shares between the HTTP ingress and the workers.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32};

use anyhow::{Context, Result, anyhow};

use crate::config::Config;
use crate::delivery::Deliverer;
use crate::metrics::Metrics;
use crate::protocol::{Backend, BotIdentity, EngineOptions, ProtocolEngine, ReceiveOptions};
use crate::responder::{self, Responder};
use crate::store::Store;

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
    pub responder: Box<dyn Responder>,
    pub deliverer: Deliverer,
    /// Sending to a backend stopped after repeated 401s.
    pub blocked: Vec<AtomicBool>,
    pub unauthorized_streak: Vec<AtomicU32>,
}

impl App {
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
        let n = config.backends.len();
        Ok(Arc::new(App {
            responder: responder::from_config(&config.responder),
            engine,
            store,
            metrics: Metrics::default(),
            receive_options,
            backend_urls,
            bot,
            deliverer,
            blocked: (0..n).map(|_| AtomicBool::new(false)).collect(),
            unauthorized_streak: (0..n).map(|_| AtomicU32::new(0)).collect(),
            config,
        }))
    }
}
