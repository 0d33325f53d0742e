//! Whether a Nextcloud accepts the bot's signatures: "this room refuses us" versus "the secret
//! is wrong".
//!
//! Talk answers 401 both when the secret is wrong (every conversation refuses) and when the
//! bot is not, or no longer, enabled in one conversation (the others still accept). A 401 from
//! one conversation therefore only delays that conversation's job (it is retried with backoff,
//! and a Leave drops it); sending to the whole Nextcloud stops only when `limit` different
//! conversations refused with no delivery anywhere in between, before Nextcloud's brute-force
//! protection locks the bot's address out. After a restart, a Nextcloud that was stopped is
//! *probed*: one request at a time until one is accepted, and the first 401 stops it again.

use std::collections::BTreeSet;
use std::sync::Mutex;

/// What a 401 means, given what came before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Only this conversation (so far): retry it later; the others go on.
    Room {
        /// Conversations refusing since the last accepted request.
        refusing: usize,
    },
    /// Sending to this Nextcloud stops (`newly`: this 401 stopped it).
    Backend { newly: bool },
}

#[derive(Debug, Default)]
struct State {
    refusing: BTreeSet<String>,
    held: bool,
    probing: bool,
    accepted_once: bool,
}

/// One Nextcloud's standing.
#[derive(Debug, Default)]
pub struct BackendHealth {
    state: Mutex<State>,
}

impl BackendHealth {
    /// A backend whose jobs were held when the last run stopped: probe it first.
    pub fn probing() -> Self {
        let health = BackendHealth::default();
        health.lock().probing = true;
        health
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Sending stopped (until a restart).
    pub fn is_held(&self) -> bool {
        self.lock().held
    }

    /// Only one request at a time may go out (probing after a restart).
    pub fn is_probing(&self) -> bool {
        self.lock().probing
    }

    /// Conversations refusing since the last accepted request.
    pub fn refusing(&self) -> usize {
        self.lock().refusing.len()
    }

    /// A request was accepted: the secret is right.
    pub fn accepted(&self) {
        let mut s = self.lock();
        s.refusing.clear();
        s.probing = false;
        s.accepted_once = true;
    }

    /// Conversation `token` answered 401.
    pub fn unauthorized(&self, token: &str, limit: u32) -> Refusal {
        let mut s = self.lock();
        if s.held {
            return Refusal::Backend { newly: false };
        }
        s.refusing.insert(token.to_string());
        if s.probing || s.refusing.len() >= limit.max(1) as usize {
            s.held = true;
            return Refusal::Backend { newly: true };
        }
        Refusal::Room {
            refusing: s.refusing.len(),
        }
    }

    /// The bot left `token`: its refusals say nothing about the secret any more.
    pub fn left(&self, token: &str) {
        self.lock().refusing.remove(token);
    }

    /// Whether any request was accepted since start.
    pub fn ever_accepted(&self) -> bool {
        self.lock().accepted_once
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_room_refusing_never_stops_the_backend() {
        let h = BackendHealth::default();
        for _ in 0..20 {
            assert_eq!(h.unauthorized("gone1", 3), Refusal::Room { refusing: 1 });
        }
        assert!(!h.is_held());
    }

    #[test]
    fn distinct_rooms_refusing_stop_it_and_a_success_resets() {
        let h = BackendHealth::default();
        assert_eq!(h.unauthorized("aaaa", 3), Refusal::Room { refusing: 1 });
        assert_eq!(h.unauthorized("bbbb", 3), Refusal::Room { refusing: 2 });
        h.accepted();
        assert_eq!(h.unauthorized("cccc", 3), Refusal::Room { refusing: 1 });
        assert_eq!(h.unauthorized("dddd", 3), Refusal::Room { refusing: 2 });
        assert_eq!(h.unauthorized("eeee", 3), Refusal::Backend { newly: true });
        assert_eq!(h.unauthorized("ffff", 3), Refusal::Backend { newly: false });
        assert!(h.is_held());
    }

    #[test]
    fn a_left_room_no_longer_counts() {
        let h = BackendHealth::default();
        h.unauthorized("aaaa", 2);
        h.left("aaaa");
        assert_eq!(h.unauthorized("bbbb", 2), Refusal::Room { refusing: 1 });
    }

    #[test]
    fn probing_stops_at_the_first_refusal_and_ends_at_the_first_success() {
        let h = BackendHealth::probing();
        assert!(h.is_probing());
        assert_eq!(h.unauthorized("aaaa", 3), Refusal::Backend { newly: true });
        let h = BackendHealth::probing();
        h.accepted();
        assert!(!h.is_probing());
        assert_eq!(h.unauthorized("aaaa", 3), Refusal::Room { refusing: 1 });
    }
}
