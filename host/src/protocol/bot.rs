//! The job machine (`nextcloud:talk-bot/job`) on a pooled instance. An instance builds its
//! `bot` resource from the process's configuration the first time it is asked and keeps it for
//! as long as it lives: the configuration is lowered once per instance, not once per call.

use wasmtime::Result;
use wasmtime::component::ResourceAny;

use super::WebhookError;
pub use super::exports::nextcloud::talk_bot::job::{
    Action as JobAction, Admitted, BotConfig, Due, Input, JobError, MemoryKey, MemoryTurn,
    ModelCall, Outcome as JobOutcome, Queued, ResponderCall, RoomSchedules, Schedule,
    ScheduledPost, SlowReaction, Step as JobStep, ToolAnswer, ToolCall, ToolServer, ToolTransport,
    TransportFailure, Wake,
};
use super::exports::nextcloud::talk_bot::job::{Guest, GuestBot};
use super::{InstanceState, ProtocolInstance};
use wasmtime::Store;

/// What a call on the instance's `bot` came to: `Err` when the configuration was refused
/// (`bot.create`'s message), else the call's own result.
pub type BotResult<T> = std::result::Result<T, String>;

impl ProtocolInstance {
    /// Run `call` on the instance's `bot` (built from `config` on first use), with the
    /// instance's deadline armed; a trap marks the instance as never to be reused.
    fn on_bot<T>(
        &mut self,
        config: &BotConfig,
        call: impl FnOnce(GuestBot<'_>, &mut Store<InstanceState>, ResourceAny) -> Result<T>,
    ) -> Result<BotResult<T>> {
        let deadline = self.deadline_ticks;
        let live = self.live.as_mut().expect("live until dropped");
        let guest: Guest = live.bindings.nextcloud_talk_bot_job().clone();
        live.store.set_epoch_deadline(deadline);
        let bot = match live.bot {
            Some(bot) => bot,
            None => match guest.bot().call_create(&mut live.store, config) {
                Ok(Ok(bot)) => {
                    // The bot lives as long as the instance (outside the component's arena):
                    // the memory it took is not growth that should retire the instance.
                    live.store.data_mut().limits.rebase();
                    *live.bot.insert(bot)
                }
                Ok(Err(why)) => return Ok(Err(why)),
                Err(trap) => {
                    self.trapped = true;
                    return Err(trap);
                }
            },
        };
        let result = call(guest.bot(), &mut live.store, bot);
        self.trapped |= result.is_err();
        result.map(Ok)
    }

    /// `bot.create`: whether the engine accepts `config` (the instance keeps the bot).
    pub fn check_bot_config(&mut self, config: &BotConfig) -> Result<BotResult<()>> {
        self.on_bot(config, |_, _, _| Ok(()))
    }

    /// `bot.ingest`.
    pub fn ingest_job(
        &mut self,
        config: &BotConfig,
        headers: &[(String, String)],
        body: &[u8],
        now: u64,
    ) -> Result<BotResult<std::result::Result<Admitted, WebhookError>>> {
        self.on_bot(config, |guest, store, bot| {
            guest.call_ingest(store, bot, headers, body, now)
        })
    }

    /// `bot.adopt`.
    pub fn adopt_job(
        &mut self,
        config: &BotConfig,
        backend_index: u32,
        dedup_key: &str,
        body: &[u8],
        received_at: u64,
    ) -> Result<BotResult<std::result::Result<Vec<u8>, String>>> {
        self.on_bot(config, |guest, store, bot| {
            guest.call_adopt(store, bot, backend_index, dedup_key, body, received_at)
        })
    }

    /// `bot.step`.
    pub fn step_job(
        &mut self,
        config: &BotConfig,
        job: &[u8],
        input: &Input,
        now: u64,
    ) -> Result<BotResult<std::result::Result<JobStep, JobError>>> {
        self.on_bot(config, |guest, store, bot| {
            guest.call_step(store, bot, job, input, now)
        })
    }

    /// `bot.due`.
    pub fn due_jobs(
        &mut self,
        config: &BotConfig,
        since: Option<u64>,
        now: u64,
        rooms: &[RoomSchedules],
    ) -> Result<BotResult<Due>> {
        self.on_bot(config, |guest, store, bot| {
            guest.call_due(store, bot, since, now, rooms)
        })
    }

    /// `bot.next-due`.
    pub fn next_due(
        &mut self,
        config: &BotConfig,
        now: u64,
        rooms: &[RoomSchedules],
    ) -> Result<BotResult<Option<u64>>> {
        self.on_bot(config, |guest, store, bot| {
            guest.call_next_due(store, bot, now, rooms)
        })
    }

    /// `bot.describe`.
    pub fn describe_job(&mut self, config: &BotConfig, job: &[u8]) -> Result<BotResult<String>> {
        self.on_bot(config, |guest, store, bot| {
            guest.call_describe(store, bot, job)
        })
    }
}
