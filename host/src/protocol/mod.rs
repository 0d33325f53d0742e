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
//! large webhook's pages go back to the system) or after `instance::MAX_USES` units of work. What reuse
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

pub use bot::{
    Admitted, BotConfig, Due, Input as JobInput, JobAction, JobError, JobOutcome, JobStep,
    MemoryKey, MemoryTurn, ModelCall, Queued, ResponderCall, RoomSchedules, Schedule,
    ScheduledPost, SlowReaction, ToolAnswer, ToolCall, ToolServer, ToolTransport, TransportFailure,
    Wake,
};
pub use exports::nextcloud::talk_bot::bot_api::{
    ApiError, BotRequest, Chunk, HttpMethod, SendOptions,
};
pub use exports::nextcloud::talk_bot::engine::{
    Admission, AnswerPlan, BotFeatures, Breaker, BreakerEvent, BreakerVerdict, ChatModel,
    Clearance, CommandOutcome, Decision, Failure, FailureKind, Fallback, HttpRequest, Ingested,
    IngressRules, JobClock, Mode, Outcome, Persona, Policy, Post, Quoted, Refusal, Retry,
    RetryPolicy, Role, RoomPolicy, RoomSettings, SettingsChange, TalkAnswer, TalkCapabilities,
    Ticket, Turn, UserPolicy,
};
pub use exports::nextcloud::talk_bot::render::{AddressedText, BotIdentity};
pub use exports::nextcloud::talk_bot::types::{
    Actor, ActorKind, Conversation, Event, EventKind, Message, QuotedMessage, RichField,
    RichObject, UndoneReaction, WebhookError,
};
pub use exports::nextcloud::talk_bot::webhook::{Backend, ReceiveOptions, Received};
pub use instance::ProtocolInstance;

mod bot;
mod instance;

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

impl MemoryLimiter {
    /// Whether the memory grew after instantiation.
    fn grew(&self) -> bool {
        self.peak_bytes > self.initial_bytes
    }

    /// What the instance keeps for good (its `bot`) is part of its size from now on.
    fn rebase(&mut self) {
        self.initial_bytes = self.initial_bytes.max(self.peak_bytes);
    }
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
    /// Its `bot` resource, built from the process's configuration when first asked.
    bot: Option<wasmtime::component::ResourceAny>,
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
                    bot: None,
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
