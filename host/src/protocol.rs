//! The protocol component, embedded and run on wasmtime.
//!
//! One [`ProtocolEngine`] per process compiles the component once and keeps an `InstancePre`.
//! Every unit of work — one webhook at the ingress, one job in the worker (its decision, answer,
//! requests and Talk's answers) — takes a [`ProtocolInstance`]: one that finished an earlier
//! unit cleanly, else a fresh one from the pooling allocator. Each call has its epoch deadline
//! re-armed and each instance a memory limit, so no call can run away with the CPU.
//!
//! Reusing instances is what the component is built for: it keeps no state between calls (its
//! arena starts over after each one), and jco or Python embedders keep one instance for good.
//! An instance is never reused after a trap, after its memory grew past its initial size (a
//! large webhook's pages go back to the system) or after `MAX_USES` units of work. What reuse
//! gives up is defence in depth only: bytes of an earlier webhook may remain in memory the
//! component freed, which its code (safe Rust apart from the arena) never reads before writing.
//! What it saves was measured side by side (`bench/openloop.sh`): 40% of the bot's CPU per
//! reply and 60% per durable ack — instantiation and the pool slot's reset (zeroing the pages it
//! keeps, `madvise` of the rest, and the page faults and cross-core TLB shootdowns both cause).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

use wasmtime::Result;
use wasmtime::component::{Component, HasSelf, Linker};
use wasmtime::error::Context;
use wasmtime::{
    Config, Engine, InstanceAllocationStrategy, PoolingAllocationConfig, ResourceLimiter, Store,
};

wasmtime::component::bindgen!({
    world: "talk-bot",
    path: "../wit",
    additional_derives: [serde::Serialize, PartialEq],
});

pub use exports::nextcloud::talk_bot::bot_api::{
    ApiError, BotRequest, Chunk, HttpMethod, SendOptions,
};
pub use exports::nextcloud::talk_bot::engine::{
    Admission, AnswerPlan, BotFeatures, Breaker, ChatModel, CommandOutcome, Decision, Failure,
    FailureKind, Fallback, HttpRequest, Ingested, IngressRules, JobClock, Mode, Outcome, Persona,
    Policy, Post, Quoted, Refusal, Retry, RetryPolicy, Role, RoomPolicy, RoomSettings,
    SettingsChange, TalkAnswer, TalkCapabilities, Ticket, Turn, UserPolicy,
};
pub use exports::nextcloud::talk_bot::render::{AddressedText, BotIdentity};
pub use exports::nextcloud::talk_bot::types::{
    Actor, ActorKind, Conversation, Event, EventKind, Message, QuotedMessage, RichField,
    RichObject, UndoneReaction, WebhookError,
};
pub use exports::nextcloud::talk_bot::webhook::{Backend, ReceiveOptions, Received};

/// How the engine runs component instances.
#[derive(Debug, Clone)]
pub struct EngineOptions {
    /// Instances that may exist at once (pool slots).
    pub max_instances: u32,
    /// Linear-memory limit of one instance, in bytes.
    pub max_memory_bytes: usize,
    /// Wall-clock budget of one call before it is interrupted.
    pub call_timeout: Duration,
    /// Instances kept between units of work (0: a fresh instance for every unit).
    pub max_idle: u32,
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions {
            max_instances: 64,
            max_memory_bytes: 64 << 20,
            call_timeout: Duration::from_secs(2),
            max_idle: 64,
        }
    }
}

/// Core instances (main module, shim, fixup) one component instance may use.
const CORE_INSTANCES_PER_COMPONENT: u32 = 4;
/// Memory kept resident per reused pool slot: the 128 KiB stack, data and the start of the heap.
const RESIDENT_BYTES: usize = 256 << 10;

/// Units of work an instance serves before it is dropped and a fresh one instantiated.
const MAX_USES: u32 = 10_000;

/// Table slot size (entries); the component's main module declares 42.
const TABLE_ELEMENTS: usize = 1024;

/// Epoch ticks per second; the deadline of a call is `call_timeout` in ticks.
const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Enforces the per-instance memory limit and remembers the largest memory seen.
struct MemoryLimiter {
    max_bytes: usize,
    peak_bytes: usize,
    /// The memory's size at instantiation (the first request).
    initial_bytes: usize,
}

impl ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        let allowed = desired <= self.max_bytes;
        if self.initial_bytes == 0 {
            self.initial_bytes = desired;
        }
        if allowed {
            self.peak_bytes = self.peak_bytes.max(desired);
        }
        Ok(allowed)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> Result<bool> {
        Ok(desired <= TABLE_ELEMENTS)
    }
}

/// Per-store state: resource limits and the `wasi:random` implementation.
pub struct InstanceState {
    limits: MemoryLimiter,
}

impl wasi::random::random::Host for InstanceState {
    fn get_random_bytes(&mut self, len: u64) -> Vec<u8> {
        // The component asks for 32 bytes per signed request; cap what a guest can make us allocate.
        let mut bytes = vec![0u8; len.min(1 << 16) as usize];
        // An OS without a random source cannot sign anything; there is no way to continue.
        getrandom::fill(&mut bytes).expect("operating system random source");
        bytes
    }
}

/// An instance between two units of work: its store and bindings, kept for the next caller.
struct Idle {
    store: Store<InstanceState>,
    bindings: TalkBot,
    /// Units of work it has served.
    uses: u32,
}

/// Idle instances, most recently used last (taken first: its pages are the warmest).
type IdleList = Arc<std::sync::Mutex<Vec<Idle>>>;

/// The compiled component, ready to instantiate.
pub struct ProtocolEngine {
    /// One permit per instance at work: callers wait for one instead of failing.
    slots: Arc<tokio::sync::Semaphore>,
    /// Instances that finished a unit of work cleanly, ready for the next.
    idle: IdleList,
    engine: Engine,
    pre: TalkBotPre<InstanceState>,
    options: EngineOptions,
    ticker_stop: Arc<AtomicBool>,
}

impl ProtocolEngine {
    /// Compile the embedded component.
    pub fn new(options: EngineOptions) -> Result<Self> {
        Self::from_bytes(talkbot_component_artifact::COMPONENT, options)
    }

    /// Compile a component from bytes (it must target the `talk-bot` world).
    pub fn from_bytes(component: &[u8], options: EngineOptions) -> Result<Self> {
        let mut pool = PoolingAllocationConfig::default();
        // wit-component adds shim and fixup core modules (with tables) around the main one.
        // Slots for the instances at work and for the idle ones kept between units of work.
        let slots_total = options.max_instances + options.max_idle;
        pool.total_component_instances(slots_total)
            .total_core_instances(slots_total * CORE_INSTANCES_PER_COMPONENT)
            .total_memories(slots_total)
            .total_tables(slots_total * CORE_INSTANCES_PER_COMPONENT)
            .max_memory_size(options.max_memory_bytes)
            // Reused slots keep their first pages resident (zeroed, not unmapped): a fresh
            // instance then does not page-fault its stack and heap in again.
            .linear_memory_keep_resident(RESIDENT_BYTES)
            // The component's tables hold a few dozen entries; slots sized for wasmtime's default
            // 20,000 would be memset on every reuse.
            .table_elements(TABLE_ELEMENTS)
            .table_keep_resident(TABLE_ELEMENTS * 8);
        let mut config = Config::new();
        config
            .allocation_strategy(InstanceAllocationStrategy::Pooling(pool))
            .epoch_interruption(true)
            // Compiling the 370 KB component on one thread costs ~0.25 s more at start-up, but
            // Cranelift's per-thread memory is never returned: in parallel the process's peak
            // RSS was 6 MB higher (bench/load.sh) than compiling the old 150 KB component.
            .parallel_compilation(false)
            // Data segments copied in (~90 KB, a few µs) instead of mapped copy-on-write: with
            // CoW every fresh instance's first writes to them fault and shoot down TLBs on the
            // other cores (6.7% of the delivery path's CPU in `perf`, do_wp_page).
            .memory_init_cow(false);
        let engine = Engine::new(&config).context("creating the wasmtime engine")?;
        let component =
            Component::new(&engine, component).context("compiling the talk-bot component")?;
        let mut linker = Linker::<InstanceState>::new(&engine);
        wasi::random::random::add_to_linker::<_, HasSelf<_>>(&mut linker, |state| state)?;
        let pre = TalkBotPre::new(linker.instantiate_pre(&component)?)
            .context("the component does not match the talk-bot world")?;

        let ticker_stop = Arc::new(AtomicBool::new(false));
        let (weak_engine, stop) = (engine.weak(), ticker_stop.clone());
        thread::Builder::new()
            .name("talkbot-epoch".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    thread::sleep(EPOCH_TICK);
                    match weak_engine.upgrade() {
                        Some(engine) => engine.increment_epoch(),
                        None => break,
                    }
                }
            })?;
        let slots = Arc::new(tokio::sync::Semaphore::new(options.max_instances as usize));
        Ok(ProtocolEngine {
            slots,
            idle: IdleList::default(),
            engine,
            pre,
            options,
            ticker_stop,
        })
    }

    /// A fresh instance for one unit of work, waiting for a free pool slot.
    pub async fn acquire(&self) -> Result<ProtocolInstance> {
        let permit = self
            .slots
            .clone()
            .acquire_owned()
            .await
            .context("the engine is shutting down")?;
        self.instantiate(permit)
    }

    /// A fresh instance for one unit of work; fails at once if every pool slot is taken.
    pub fn instance(&self) -> Result<ProtocolInstance> {
        let permit = self.slots.clone().try_acquire_owned().map_err(|_| {
            wasmtime::format_err!(
                "all {} component instance slots are in use",
                self.options.max_instances
            )
        })?;
        self.instantiate(permit)
    }

    fn instantiate(&self, permit: tokio::sync::OwnedSemaphorePermit) -> Result<ProtocolInstance> {
        let deadline_ticks =
            (self.options.call_timeout.as_millis() / EPOCH_TICK.as_millis()).max(1) as u64;
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let idle = match idle {
            Some(idle) => idle,
            None => {
                let limits = MemoryLimiter {
                    max_bytes: self.options.max_memory_bytes,
                    peak_bytes: 0,
                    initial_bytes: 0,
                };
                let mut store = Store::new(&self.engine, InstanceState { limits });
                store.limiter(|state| &mut state.limits);
                store.set_epoch_deadline(deadline_ticks);
                let bindings = self
                    .pre
                    .instantiate(&mut store)
                    .context("instantiating the talk-bot component")?;
                Idle {
                    store,
                    bindings,
                    uses: 0,
                }
            }
        };
        Ok(ProtocolInstance {
            live: Some(idle),
            deadline_ticks,
            trapped: false,
            home: (self.options.max_idle > 0).then(|| (self.idle.clone(), self.options.max_idle)),
            _slot: permit,
        })
    }

    /// The wasmtime engine (for statistics and tests).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }
}

impl Drop for ProtocolEngine {
    fn drop(&mut self) {
        self.ticker_stop.store(true, Ordering::Relaxed);
    }
}

/// One instantiated component. Calls return `Err` only if the component trapped (a bug or a
/// limit hit); protocol failures are the inner `Result`'s errors.
pub struct ProtocolInstance {
    /// The store and bindings; `None` only while being dropped.
    live: Option<Idle>,
    /// Each call may run for this many epoch ticks (`call_timeout`).
    deadline_ticks: u64,
    /// A call trapped: the instance is never reused.
    trapped: bool,
    /// Where the instance goes back when dropped cleanly, and how many may wait there.
    home: Option<(IdleList, u32)>,
    /// Returned to the engine when the instance is dropped.
    _slot: tokio::sync::OwnedSemaphorePermit,
}

impl Drop for ProtocolInstance {
    /// Back to the idle list if every call returned, the memory never grew past its initial
    /// size (a large webhook's pages are given back) and it has not served too long.
    fn drop(&mut self) {
        let (Some(mut idle), Some((list, max_idle))) = (self.live.take(), self.home.take()) else {
            return;
        };
        idle.uses += 1;
        let limits = &idle.store.data().limits;
        if self.trapped || limits.peak_bytes > limits.initial_bytes || idle.uses >= MAX_USES {
            return;
        }
        let mut list = list.lock().unwrap_or_else(|p| p.into_inner());
        if list.len() < max_idle as usize {
            list.push(idle);
        }
    }
}

/// `pub fn name(&mut self, args…) -> Result<ret>` for each listed export of an interface.
macro_rules! exports {
    ($(
        $(#[$doc:meta])*
        $iface:ident . $name:ident => $call:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty;
    )*) => {
        $(
            $(#[$doc])*
            pub fn $name(&mut self, $($arg: $ty),*) -> Result<$ret> {
                let f = self.$iface().clone();
                let deadline = self.deadline_ticks;
                let live = self.live.as_mut().expect("live until dropped");
                live.store.set_epoch_deadline(deadline);
                let result = f.$call(&mut live.store, $($arg),*);
                self.trapped |= result.is_err();
                result
            }
        )*
    };
}

impl ProtocolInstance {
    fn webhook(&self) -> &exports::nextcloud::talk_bot::webhook::Guest {
        self.live
            .as_ref()
            .expect("live until dropped")
            .bindings
            .nextcloud_talk_bot_webhook()
    }

    fn render(&self) -> &exports::nextcloud::talk_bot::render::Guest {
        self.live
            .as_ref()
            .expect("live until dropped")
            .bindings
            .nextcloud_talk_bot_render()
    }

    fn bot_api(&self) -> &exports::nextcloud::talk_bot::bot_api::Guest {
        self.live
            .as_ref()
            .expect("live until dropped")
            .bindings
            .nextcloud_talk_bot_bot_api()
    }

    fn engine(&self) -> &exports::nextcloud::talk_bot::engine::Guest {
        self.live
            .as_ref()
            .expect("live until dropped")
            .bindings
            .nextcloud_talk_bot_engine()
    }

    /// Units of work this instance served before the current one (0: freshly instantiated).
    pub fn served(&self) -> u32 {
        self.live.as_ref().map_or(0, |live| live.uses)
    }

    /// The largest linear memory this instance has had, in bytes.
    pub fn peak_memory_bytes(&self) -> usize {
        self.live
            .as_ref()
            .map_or(0, |live| live.store.data().limits.peak_bytes)
    }

    // One export call each: the instance's deadline is set, then the export runs. A trap
    // comes back as the outer `wasmtime::Error`, which converts into `anyhow::Error` with `?`,
    // keeping its chain.
    exports! {
        /// `webhook.default-max-body-bytes`.
        webhook.default_max_body_bytes => call_default_max_body_bytes() -> u64;
        /// `webhook.verify`.
        webhook.verify => call_verify(secret: &str, random: &str, signature: &str, body: &[u8])
            -> Result<(), WebhookError>;
        /// `webhook.parse`.
        webhook.parse => call_parse(body: &[u8]) -> Result<Event, WebhookError>;
        /// `webhook.receive`.
        webhook.receive => call_receive(
            options: &ReceiveOptions,
            headers: &[(String, String)],
            body: &[u8]
        ) -> Result<Received, WebhookError>;
        /// `webhook.webhook-error-status`.
        webhook.webhook_error_status => call_webhook_error_status(error: &WebhookError) -> u16;
        /// `webhook.webhook-error-message`.
        webhook.webhook_error_message => call_webhook_error_message(error: &WebhookError) -> String;
        /// `webhook.normalize-backend`.
        webhook.normalize_backend => call_normalize_backend(url: &str) -> Result<String, String>;
        /// `render.render-text`.
        render.render_text => call_render_text(template: &str, parameters: &[RichObject]) -> String;
        /// `render.render-message`.
        render.render_message => call_render_message(message: &Message) -> String;
        /// `render.address`.
        render.address => call_address(message: &Message, bot: &BotIdentity) -> AddressedText;
        /// `render.defang-mentions`.
        render.defang_mentions => call_defang_mentions(text: &str) -> String;
        /// `bot-api.ask-features`.
        bot_api.ask_features => call_ask_features(base_url: &str, secret: &str, token: &str)
            -> Result<BotRequest, ApiError>;
        /// `bot-api.send-message`.
        bot_api.send_message => call_send_message(
            base_url: &str,
            secret: &str,
            token: &str,
            message: &str,
            options: &SendOptions
        ) -> Result<Vec<BotRequest>, ApiError>;
        /// `bot-api.react`.
        bot_api.react => call_react(
            base_url: &str,
            secret: &str,
            token: &str,
            message_id: u64,
            reaction: &str
        ) -> Result<BotRequest, ApiError>;
        /// `bot-api.remove-reaction`.
        bot_api.remove_reaction => call_remove_reaction(
            base_url: &str,
            secret: &str,
            token: &str,
            message_id: u64,
            reaction: &str
        ) -> Result<BotRequest, ApiError>;
        /// `bot-api.split-message`.
        bot_api.split_message => call_split_message(message: &str, max_length: u32)
            -> Result<Vec<String>, ApiError>;
        /// `bot-api.sign`.
        bot_api.sign => call_sign(secret: &str, random: &str, value: &str) -> String;
        /// `bot-api.reference-id`.
        bot_api.reference_id => call_reference_id(
            backend: &str,
            token: &str,
            key: &str,
            chunk: u32
        ) -> String;
        /// `bot-api.split-again`.
        bot_api.split_again => call_split_again(
            base_url: &str,
            secret: &str,
            token: &str,
            request: &BotRequest,
            max_length: u32
        ) -> Result<Vec<BotRequest>, ApiError>;
        /// `bot-api.api-error-message`.
        bot_api.api_error_message => call_api_error_message(error: &ApiError) -> String;
        /// `engine.admit`.
        engine.admit => call_admit(
            received: &Received,
            signature: &str,
            rules: IngressRules,
            now: u64
        ) -> Admission;
        /// `engine.ingest`.
        engine.ingest => call_ingest(
            options: &ReceiveOptions,
            rules: IngressRules,
            headers: &[(String, String)],
            body: &[u8],
            now: u64
        ) -> Result<Ingested, WebhookError>;
        /// `engine.decide`.
        engine.decide => call_decide(
            policy: &Policy,
            settings: &RoomSettings,
            backend: &str,
            event: &Event
        ) -> Decision;
        /// `engine.model-request`.
        engine.model_request => call_model_request(
            model: &ChatModel,
            plan: &AnswerPlan,
            history: &[Turn]
        ) -> HttpRequest;
        /// `engine.model-answer`.
        engine.model_answer => call_model_answer(url: &str, status: u16, body: &[u8])
            -> Result<String, Failure>;
        /// `engine.finish-answer`.
        engine.finish_answer => call_finish_answer(text: &str) -> Option<String>;
        /// `engine.retryable`.
        engine.retryable => call_retryable(kind: FailureKind) -> bool;
        /// `engine.fallback-after`.
        engine.fallback_after => call_fallback_after(
            failures: &[(String, Failure)],
            attempts: u32,
            max_attempts: u32,
            failure_reply: Option<&str>,
            retry: RetryPolicy,
            now: u64
        ) -> Fallback;
        /// `engine.classify`.
        engine.classify => call_classify(
            answer: &TalkAnswer,
            max_length: u32,
            job: JobClock,
            retry: RetryPolicy,
            now: u64
        ) -> Outcome;
        /// `engine.default-retry-policy`.
        engine.default_retry_policy => call_default_retry_policy() -> RetryPolicy;
        /// `engine.explain-status`.
        engine.explain_status => call_explain_status(status: u16) -> String;
        /// `engine.breaker-refused`.
        engine.breaker_refused => call_breaker_refused(state: &Breaker, token: &str, limit: u32)
            -> (Breaker, Refusal);
        /// `engine.breaker-accepted`.
        engine.breaker_accepted => call_breaker_accepted(state: &Breaker) -> Breaker;
        /// `engine.breaker-left`.
        engine.breaker_left => call_breaker_left(state: &Breaker, token: &str) -> Breaker;
        /// `engine.features-from-bits`.
        engine.features_from_bits => call_features_from_bits(bits: u64) -> BotFeatures;
        /// `engine.parse-capabilities`.
        engine.parse_capabilities => call_parse_capabilities(body: &[u8])
            -> Result<TalkCapabilities, String>;
        /// `engine.parse-features-answer`.
        engine.parse_features_answer => call_parse_features_answer(body: &[u8])
            -> Result<u64, String>;
        /// `engine.check-secret`.
        engine.check_secret => call_check_secret(secret: &str) -> Result<(), String>;
        /// `engine.check-token`.
        engine.check_token => call_check_token(token: &str) -> Result<(), String>;
        /// `engine.check-max-length`.
        engine.check_max_length => call_check_max_length(max_length: u32) -> Result<(), String>;
    }
}
