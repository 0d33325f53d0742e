//! Whether a Nextcloud accepts the bot's requests: the engine's 401 breaker and 401 budget
//! (`engine.breaker-step`), kept per backend. The rules are the engine's (see
//! `component/src/engine/breaker.rs`): a room that refuses twice is disabled until it shows
//! life, a wrong secret stops the backend, at most `engine.unauthorized-budget` 401s are spent
//! per Nextcloud in any 30 minutes, and a 429 after 401s is Nextcloud's brute-force lock.
//! This file keeps the state, serialises its transitions, and shares the 401s and locks with
//! every other process through the data folder's [`UnauthorizedLog`].

use std::sync::Mutex;

use tracing::error;

use crate::protocol::{
    Breaker, BreakerEvent, BreakerVerdict, Clearance, ProtocolEngine, ProtocolInstance, Refusal,
    TalkAnswer,
};
use crate::store::UnauthorizedLog;

/// Requests [`BackendStanding::admit`] let go, counted in flight until dropped.
#[must_use]
pub struct InFlight<'a>(&'a BackendStanding);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        let mut in_flight = self.0.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        *in_flight = in_flight.saturating_sub(1);
    }
}

/// One Nextcloud's standing.
#[derive(Debug)]
pub struct BackendStanding {
    state: Mutex<Breaker>,
    /// Held across a transition (read, ask the engine, write) so none is lost.
    transition: tokio::sync::Mutex<()>,
    /// Its normalised URL (the log's key).
    backend: String,
    log: UnauthorizedLog,
    /// Rooms whose waiting jobs a webhook released, for the dispatcher.
    released: Mutex<Vec<String>>,
    /// Requests sent to this Nextcloud and not yet answered (each could still be a 401); held
    /// while asking, so asking and counting are one step.
    in_flight: Mutex<u32>,
}

fn empty(probing: bool) -> Breaker {
    Breaker {
        refusing: Vec::new(),
        held: false,
        probing,
        ever_accepted: false,
        unauthorized_at: Vec::new(),
        doubted: Vec::new(),
        disabled: Vec::new(),
        paused_until: None,
        paused_because: None,
    }
}

impl BackendStanding {
    /// The standing of `backend` at start: its 401s and locks from the log; `probing` when
    /// its jobs were held when the last run stopped.
    pub fn restore(
        instance: &mut ProtocolInstance,
        log: UnauthorizedLog,
        backend: &str,
        probing: bool,
        now: u64,
    ) -> Self {
        let health = BackendStanding {
            state: Mutex::new(empty(probing)),
            transition: tokio::sync::Mutex::new(()),
            backend: backend.to_string(),
            log,
            released: Mutex::new(Vec::new()),
            in_flight: Mutex::new(0),
        };
        health.absorb_log(instance, now);
        health
    }

    /// Take in the 401s and locks other processes (or earlier runs) recorded.
    fn absorb_log(&self, instance: &mut ProtocolInstance, now: u64) {
        let recent = self.log.recent(&self.backend, now);
        let mut state = self.get();
        // Only the 401s the state does not hold yet (the log has this process's own too; two
        // of one millisecond are two, so match them one for one).
        let mut held = state.unauthorized_at.clone();
        for at in recent.unauthorized_at {
            if let Some(i) = held.iter().position(|t| *t == at) {
                held.swap_remove(i);
                continue;
            }
            match instance.breaker_step(&state, &BreakerEvent::Counted(at), now) {
                Ok((next, _)) => state = next,
                Err(e) => error!("component trapped in the 401 budget: {e:#}"),
            }
        }
        if let Some(until) = recent.locked_until
            && state.paused_until.is_none_or(|p| p < until)
        {
            state.paused_until = Some(until);
            state.paused_because = Some(
                "Nextcloud's brute-force protection locked this address out (recorded by an \
                 earlier run or another process); sending paused until the lock ends"
                    .into(),
            );
        }
        self.set(state);
    }

    fn get(&self) -> Breaker {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set(&self, next: Breaker) {
        *self.state.lock().unwrap_or_else(|p| p.into_inner()) = next;
    }

    /// Sending stopped (until a restart): the secret is wrong.
    pub fn is_held(&self) -> bool {
        self.get().held
    }

    /// Only one request at a time may go out (probing after a restart).
    pub fn is_probing(&self) -> bool {
        self.get().probing
    }

    /// Until when nothing may be sent, and why (the brute-force lock, the budget spent).
    pub fn paused(&self, now: u64) -> Option<(u64, String)> {
        let state = self.get();
        state
            .paused_until
            .filter(|until| now < *until)
            .map(|until| (until, state.paused_because.unwrap_or_default()))
    }

    /// Whether `token`'s jobs wait for a sign of life (it refused twice).
    pub fn is_disabled(&self, token: &str) -> bool {
        self.get().disabled.iter().any(|t| t == token)
    }

    /// Conversations refusing since the last accepted request.
    pub fn refusing(&self) -> usize {
        self.get().refusing.len()
    }

    /// Whether any request was accepted since start.
    pub fn ever_accepted(&self) -> bool {
        self.get().ever_accepted
    }

    /// The 401s counted in the current window.
    pub fn unauthorized_in_window(&self) -> usize {
        self.get().unauthorized_at.len()
    }

    /// May requests go to `token` now? On `Send` they count as in flight until the returned
    /// guard is dropped — after their answers (a 401 included) were told to the breaker. Any
    /// other clearance comes back as the error. A trap answers "hold" (the safe side).
    pub fn admit(
        &self,
        instance: &mut ProtocolInstance,
        token: &str,
        now: u64,
    ) -> Result<InFlight<'_>, Clearance> {
        let mut in_flight = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        let ask = BreakerEvent::Ask((token.to_string(), *in_flight));
        let clearance = match instance.breaker_step(&self.get(), &ask, now) {
            Ok((_, BreakerVerdict::Clearance(clearance))) => clearance,
            Ok((_, other)) => Clearance::Hold(format!("unexpected verdict {other:?}")),
            Err(e) => Clearance::Hold(format!("component trapped: {e:#}")),
        };
        match clearance {
            Clearance::Send => {
                *in_flight += 1;
                Ok(InFlight(self))
            }
            other => Err(other),
        }
    }

    /// Feed `event` to the breaker on a pooled instance (under the transition lock) and keep
    /// the next state.
    async fn step(
        &self,
        engine: &ProtocolEngine,
        event: BreakerEvent,
        now: u64,
    ) -> wasmtime::Result<BreakerVerdict> {
        let mut instance = engine.acquire().await?;
        let (next, verdict) = instance.breaker_step(&self.get(), &event, now)?;
        self.set(next);
        Ok(verdict)
    }

    /// A request to `token` was accepted.
    pub async fn accepted(&self, engine: &ProtocolEngine, token: &str) {
        let state = self.get();
        if state.refusing.is_empty()
            && !state.probing
            && state.ever_accepted
            && !state
                .doubted
                .iter()
                .chain(&state.disabled)
                .any(|t| t == token)
        {
            return; // Nothing to reset: spare the component call on every delivery.
        }
        let _t = self.transition.lock().await;
        let event = BreakerEvent::Accepted(token.to_string());
        if let Err(e) = self.step(engine, event, 0).await {
            error!("component trapped in the 401 breaker: {e:#}");
        }
    }

    /// `token` answered 401 at `now`: recorded for every process, and the engine's verdict.
    /// A trap counts as the backend stopping (the safe side).
    pub async fn unauthorized(
        &self,
        engine: &ProtocolEngine,
        token: &str,
        limit: u32,
        now: u64,
    ) -> Refusal {
        let _t = self.transition.lock().await;
        let result = match engine.acquire().await {
            Ok(mut instance) => {
                // Other processes' 401s count toward the budget too (read before this one is
                // written, so it is counted once).
                self.absorb_log(&mut instance, now);
                let event = BreakerEvent::Refused((token.to_string(), limit));
                instance.breaker_step(&self.get(), &event, now)
            }
            Err(e) => Err(e),
        };
        if let Err(e) = self.log.record_unauthorized(&self.backend, now) {
            error!("recording a 401 in the unauthorized log: {e}");
        }
        match result {
            Ok((next, BreakerVerdict::Refusal(refusal))) => {
                self.set(next);
                refusal
            }
            Ok((_, other)) => {
                error!("the 401 breaker answered {other:?} to a refusal");
                Refusal::Backend(false)
            }
            Err(e) => {
                error!("component trapped in the 401 breaker: {e:#}");
                let state = self.get();
                let newly = !state.held;
                self.set(Breaker {
                    held: true,
                    ..state
                });
                Refusal::Backend(newly)
            }
        }
    }

    /// Talk's answer, as far as the brute-force lock goes: true when it is the lock (then
    /// recorded for every process).
    pub async fn throttled(&self, engine: &ProtocolEngine, answer: &TalkAnswer, now: u64) -> bool {
        if !matches!(answer, TalkAnswer::Status((429, _))) {
            return false;
        }
        let _t = self.transition.lock().await;
        match self
            .step(engine, BreakerEvent::Answered(answer.clone()), now)
            .await
        {
            Ok(BreakerVerdict::Locked(true)) => {
                if let Some(until) = self.get().paused_until
                    && let Err(e) = self.log.record_lock(&self.backend, until)
                {
                    error!("recording the lock in the unauthorized log: {e}");
                }
                true
            }
            Ok(_) => false,
            Err(e) => {
                error!("component trapped in the 401 breaker: {e:#}");
                false
            }
        }
    }

    /// A webhook came from `token`: its waiting jobs may go (the dispatcher takes them from
    /// [`BackendStanding::take_released`]). True when something was released.
    pub async fn room_alive(&self, engine: &ProtocolEngine, token: &str) -> bool {
        let state = self.get();
        if !state
            .doubted
            .iter()
            .chain(&state.disabled)
            .any(|t| t == token)
        {
            return false;
        }
        let _t = self.transition.lock().await;
        match self
            .step(engine, BreakerEvent::RoomAlive(token.to_string()), 0)
            .await
        {
            Ok(BreakerVerdict::Released(true)) => {
                self.released
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(token.to_string());
                true
            }
            Ok(_) => false,
            Err(e) => {
                error!("component trapped in the 401 breaker: {e:#}");
                false
            }
        }
    }

    /// Rooms released since the last call.
    pub fn take_released(&self) -> Vec<String> {
        std::mem::take(&mut *self.released.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// The bot left `token`: its refusals say nothing about the secret any more.
    pub async fn left(&self, engine: &ProtocolEngine, token: &str) {
        let _t = self.transition.lock().await;
        if let Err(e) = self
            .step(engine, BreakerEvent::Left(token.to_string()), 0)
            .await
        {
            error!("component trapped in the 401 breaker: {e:#}");
        }
    }
}
