//! Whether a Nextcloud accepts the bot's signatures: the engine's 401 breaker
//! (`engine.breaker-*`), held per backend.
//!
//! Talk answers 401 both when the secret is wrong (every conversation refuses) and when the
//! bot is not, or no longer, enabled in one conversation (the others still accept). The
//! engine counts a refusal against one conversation and stops the whole Nextcloud only when
//! `limit` different conversations refused with none accepting in between; after a restart
//! with held jobs the backend is *probed* (one request at a time; the first 401 stops it).
//! This file only keeps the state and serialises its transitions.

use std::sync::Mutex;

use crate::protocol::{Breaker, ProtocolEngine, Refusal};

/// One Nextcloud's standing.
#[derive(Debug)]
pub struct BackendHealth {
    state: Mutex<Breaker>,
    /// Held across a transition (read, ask the engine, write) so none is lost.
    transition: tokio::sync::Mutex<()>,
}

impl Default for BackendHealth {
    fn default() -> Self {
        Self::with(false)
    }
}

impl BackendHealth {
    fn with(probing: bool) -> Self {
        BackendHealth {
            state: Mutex::new(Breaker {
                refusing: Vec::new(),
                held: false,
                probing,
                ever_accepted: false,
            }),
            transition: tokio::sync::Mutex::new(()),
        }
    }

    /// A backend whose jobs were held when the last run stopped: probe it first.
    pub fn probing() -> Self {
        Self::with(true)
    }

    fn get(&self) -> Breaker {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set(&self, next: Breaker) {
        *self.state.lock().unwrap_or_else(|p| p.into_inner()) = next;
    }

    /// Sending stopped (until a restart).
    pub fn is_held(&self) -> bool {
        self.get().held
    }

    /// Only one request at a time may go out (probing after a restart).
    pub fn is_probing(&self) -> bool {
        self.get().probing
    }

    /// Conversations refusing since the last accepted request.
    pub fn refusing(&self) -> usize {
        self.get().refusing.len()
    }

    /// Whether any request was accepted since start.
    pub fn ever_accepted(&self) -> bool {
        self.get().ever_accepted
    }

    /// A request was accepted: the secret is right.
    pub async fn accepted(&self, engine: &ProtocolEngine) {
        let state = self.get();
        if state.refusing.is_empty() && !state.probing && state.ever_accepted {
            return; // Nothing to reset: spare the component call on every delivery.
        }
        let _t = self.transition.lock().await;
        if let Ok(mut instance) = engine.acquire().await
            && let Ok(next) = instance.breaker_accepted(&self.get())
        {
            self.set(next);
        }
    }

    /// Conversation `token` answered 401. A trap counts as the backend stopping (the safe side).
    pub async fn unauthorized(&self, engine: &ProtocolEngine, token: &str, limit: u32) -> Refusal {
        let _t = self.transition.lock().await;
        let state = self.get();
        let result = match engine.acquire().await {
            Ok(mut instance) => instance.breaker_refused(&state, token, limit),
            Err(e) => Err(e),
        };
        match result {
            Ok((next, refusal)) => {
                self.set(next);
                refusal
            }
            Err(e) => {
                tracing::error!("component trapped in the 401 breaker: {e:#}");
                let newly = !state.held;
                self.set(Breaker {
                    held: true,
                    ..state
                });
                Refusal::Backend(newly)
            }
        }
    }

    /// The bot left `token`: its refusals say nothing about the secret any more.
    pub async fn left(&self, engine: &ProtocolEngine, token: &str) {
        let _t = self.transition.lock().await;
        if let Ok(mut instance) = engine.acquire().await
            && let Ok(next) = instance.breaker_left(&self.get(), token)
        {
            self.set(next);
        }
    }
}
