//! The 401 breaker of one Nextcloud, and the budget of 401s the bot may spend on it.
//!
//! Talk answers 401 both when the secret is wrong and when the bot is not (or no longer)
//! enabled in one conversation. A real Nextcloud counts every bot 401 as a brute-force attempt
//! of the bot's address (`BruteForceProtection`, action `bot`) and, past 10 in 30 minutes,
//! answers 429 to every bot request from that address: every room, every bot. So:
//!
//! - **The budget**: at most [`BUDGET`] 401s per Nextcloud in any [`WINDOW_MS`], counted by
//!   the host across rooms, restarts and commands. Once spent, nothing is sent to that
//!   Nextcloud until the oldest 401 leaves the window.
//! - **A room that refuses** (a Leave the bot never got): its job is tried once more, well
//!   apart (`delivery::unauthorized_backoff`), then given up; the room is *disabled* and its
//!   other jobs wait until a webhook comes from it (Talk sends webhooks only to bots enabled
//!   there: its Join, a new message), a request to it is accepted, or its Leave.
//! - **The secret is wrong**: `limit` different rooms refusing with none accepting in between
//!   stop the whole Nextcloud (`held`) until a restart, which then probes with one request.
//! - **The brute-force lock**: a 429 after 401s in the window pauses the whole Nextcloud for
//!   its Retry-After (else the window), and says so: the secret may well be right.

use super::delivery;
use crate::engine_api::{Breaker, BreakerEvent, BreakerVerdict, Clearance, Refusal, TalkAnswer};

/// 401s the bot spends on one Nextcloud in any [`WINDOW_MS`], at most (Talk's limit is 10).
pub const BUDGET: u32 = 5;
/// Talk's brute-force window.
pub const WINDOW_MS: u64 = 30 * 60_000;

/// Record a 401 at `at`, keeping the list in order (no sort: it would cost the component
/// kilobytes for a list of a few entries).
fn insert(state: &mut Breaker, at: u64) {
    let i = state.unauthorized_at.partition_point(|t| *t <= at);
    state.unauthorized_at.insert(i, at);
}

/// The 401s still in the window at `now`.
fn in_window(state: &mut Breaker, now: u64) {
    state
        .unauthorized_at
        .retain(|at| now < at.saturating_add(WINDOW_MS));
}

/// When the budget frees a 401 again, if it is spent at `now`.
fn budget_spent_until(state: &Breaker, now: u64) -> Option<u64> {
    // `unauthorized-at` is oldest first (a host may hand in any order: find the window's).
    let mut recent = state
        .unauthorized_at
        .iter()
        .copied()
        .filter(|at| now < at.saturating_add(WINDOW_MS));
    let count = recent.clone().count();
    if count < BUDGET as usize {
        return None;
    }
    // The (count - BUDGET + 1)-th oldest must leave the window before one more may be spent.
    recent
        .nth(count - BUDGET as usize)
        .map(|at| at.saturating_add(WINDOW_MS))
}

/// One event (see the WIT's `breaker-step`).
pub fn step(state: Breaker, event: BreakerEvent, now: u64) -> (Breaker, BreakerVerdict) {
    match event {
        BreakerEvent::Ask((token, in_flight)) => {
            let verdict = BreakerVerdict::Clearance(clearance(&state, &token, in_flight, now));
            (state, verdict)
        }
        BreakerEvent::Refused((token, limit)) => {
            let (state, refusal) = refused(state, &token, limit, now);
            (state, BreakerVerdict::Refusal(refusal))
        }
        BreakerEvent::Counted(at) => (counted(state, at, now), BreakerVerdict::Nothing),
        BreakerEvent::Answered(TalkAnswer::Status((429, headers))) => {
            let (state, locked) = throttled(state, delivery::retry_after(&headers, now), now);
            (state, BreakerVerdict::Locked(locked))
        }
        BreakerEvent::Answered(_) => (state, BreakerVerdict::Locked(false)),
        BreakerEvent::Accepted(token) => (accepted(state, &token), BreakerVerdict::Nothing),
        BreakerEvent::RoomAlive(token) => {
            let (state, released) = room_alive(state, &token);
            (state, BreakerVerdict::Released(released))
        }
        BreakerEvent::Left(token) => (left(state, &token), BreakerVerdict::Nothing),
    }
}

/// How long a request waits for others in flight that could spend the last of the budget.
const IN_FLIGHT_WAIT_MS: u64 = 1000;

/// May a request go to conversation `token` now, with `in_flight` others unanswered?
pub fn clearance(state: &Breaker, token: &str, in_flight: u32, now: u64) -> Clearance {
    if state.held {
        return Clearance::Hold(
            "sending to this Nextcloud stopped: different conversations answered 401, so the secret \
             is wrong (fix it and restart)"
                .into(),
        );
    }
    if let Some(until) = state.paused_until.filter(|until| now < *until) {
        return Clearance::WaitUntil(until);
    }
    if let Some(until) = budget_spent_until(state, now) {
        return Clearance::WaitUntil(until);
    }
    // Once a 401 was seen in the window, every request in flight may come back 401 too: the
    // budget must hold with all of them. (Before any, requests go freely: a healthy bot is not
    // held to a handful in flight.)
    let spent = state
        .unauthorized_at
        .iter()
        .filter(|at| now < at.saturating_add(WINDOW_MS))
        .count() as u32;
    if spent > 0 && spent.saturating_add(in_flight) >= BUDGET {
        return Clearance::WaitUntil(now + IN_FLIGHT_WAIT_MS);
    }
    if state.disabled.iter().any(|t| t == token) {
        return Clearance::Hold(format!(
            "conversation {token} answered 401 twice: the bot is not enabled there; its jobs wait \
             for a webhook from it (its Join or a new message)"
        ));
    }
    Clearance::Send
}

/// Conversation `token` answered 401 at `now`.
pub fn refused(mut state: Breaker, token: &str, limit: u32, now: u64) -> (Breaker, Refusal) {
    insert(&mut state, now);
    in_window(&mut state, now);
    if let Some(until) = budget_spent_until(&state, now) {
        state.paused_until = Some(state.paused_until.unwrap_or(0).max(until));
        state.paused_because = Some(format!(
            "{} 401s in the last 30 minutes: the bot's budget of {BUDGET} is spent, so nothing \
             is sent to this Nextcloud before its brute-force protection (10 in 30 minutes) \
             could lock the address out",
            state.unauthorized_at.len()
        ));
    }
    if state.held {
        return (state, Refusal::Backend(false));
    }
    if !state.refusing.iter().any(|t| t == token) {
        state.refusing.push(token.to_string());
    }
    if state.probing || state.refusing.len() >= limit.max(1) as usize {
        state.held = true;
        return (state, Refusal::Backend(true));
    }
    if state.doubted.iter().any(|t| t == token) {
        state.doubted.retain(|t| t != token);
        if !state.disabled.iter().any(|t| t == token) {
            state.disabled.push(token.to_string());
        }
        return (state, Refusal::RoomDisabled);
    }
    state.doubted.push(token.to_string());
    let refusing = state.refusing.len() as u32;
    (state, Refusal::Room(refusing))
}

/// A 401 another process got at `at`.
pub fn counted(mut state: Breaker, at: u64, now: u64) -> Breaker {
    // Two 401s may share a millisecond (concurrent requests): each counts. The host feeds
    // only those the state does not hold yet.
    if now < at.saturating_add(WINDOW_MS) {
        insert(&mut state, at);
    }
    in_window(&mut state, now);
    if let Some(until) = budget_spent_until(&state, now) {
        state.paused_until = Some(state.paused_until.unwrap_or(0).max(until));
        state.paused_because = Some(format!(
            "{} 401s in the last 30 minutes (some from other processes): the bot's budget of \
             {BUDGET} is spent",
            state.unauthorized_at.len()
        ));
    }
    state
}

/// A 429 at `now`: the brute-force lock when 401s preceded it in the window.
pub fn throttled(mut state: Breaker, retry_after: Option<u64>, now: u64) -> (Breaker, bool) {
    in_window(&mut state, now);
    let Some(&last) = state.unauthorized_at.last() else {
        return (state, false);
    };
    let until = match retry_after {
        Some(after) => now.saturating_add(after),
        None => last.saturating_add(WINDOW_MS),
    };
    state.paused_until = Some(state.paused_until.unwrap_or(0).max(until));
    state.paused_because = Some(format!(
        "Nextcloud's brute-force protection locked this address out after {} 401s in 30 minutes \
         (429 for every bot request): sending paused until the lock ends; run `occ \
         security:bruteforce:reset <bot's IP>` on the server to end it now",
        state.unauthorized_at.len()
    ));
    (state, true)
}

/// A request to `token` was accepted.
pub fn accepted(mut state: Breaker, token: &str) -> Breaker {
    state.refusing.clear();
    state.probing = false;
    state.ever_accepted = true;
    state.doubted.retain(|t| t != token);
    state.disabled.retain(|t| t != token);
    state
}

/// A webhook came from `token`: true when something of it waited on its 401s.
pub fn room_alive(mut state: Breaker, token: &str) -> (Breaker, bool) {
    let waited = state
        .doubted
        .iter()
        .chain(&state.disabled)
        .any(|t| t == token);
    state.doubted.retain(|t| t != token);
    state.disabled.retain(|t| t != token);
    state.refusing.retain(|t| t != token);
    (state, waited)
}

/// The bot left `token`.
pub fn left(mut state: Breaker, token: &str) -> Breaker {
    state.refusing.retain(|t| t != token);
    state.doubted.retain(|t| t != token);
    state.disabled.retain(|t| t != token);
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Breaker {
        Breaker {
            refusing: vec![],
            held: false,
            probing: false,
            ever_accepted: false,
            unauthorized_at: vec![],
            doubted: vec![],
            disabled: vec![],
            paused_until: None,
            paused_because: None,
        }
    }

    const T: u64 = 1_800_000_000_000;

    #[test]
    fn the_breaker_counts_distinct_rooms_and_a_success_resets() {
        let (b, r) = refused(fresh(), "aaaa", 3, T);
        assert_eq!(r, Refusal::Room(1));
        let b = left(b, "aaaa");
        let (b, r) = refused(b, "bbbb", 3, T);
        assert_eq!(r, Refusal::Room(1));
        let (b, r) = refused(b, "cccc", 3, T);
        assert_eq!(r, Refusal::Room(2));
        let (b, r) = refused(b, "dddd", 3, T);
        assert_eq!(r, Refusal::Backend(true));
        let (b, r) = refused(b, "eeee", 3, T);
        assert_eq!(r, Refusal::Backend(false));
        assert!(b.held);
        assert!(matches!(clearance(&b, "ffff", 0, T), Clearance::Hold(_)));
        let probing = Breaker {
            probing: true,
            ..fresh()
        };
        assert_eq!(
            refused(probing.clone(), "aaaa", 3, T).1,
            Refusal::Backend(true)
        );
        let open = accepted(probing, "aaaa");
        assert!(!open.probing && open.ever_accepted);
        assert_eq!(refused(open, "aaaa", 3, T).1, Refusal::Room(1));
    }

    #[test]
    fn a_room_that_refuses_twice_is_disabled_until_it_shows_life() {
        let (b, r) = refused(fresh(), "gone", 3, T);
        assert_eq!(r, Refusal::Room(1));
        // Another room accepting says nothing about this one.
        let b = accepted(b, "fine");
        assert_eq!(clearance(&b, "gone", 0, T), Clearance::Send);
        let (b, r) = refused(b, "gone", 3, T + 60_000);
        assert_eq!(r, Refusal::RoomDisabled);
        assert!(
            matches!(clearance(&b, "gone", 0, T + 60_000), Clearance::Hold(why) if why.contains("not enabled"))
        );
        assert_eq!(clearance(&b, "fine", 0, T + 60_000), Clearance::Send);
        // Its Join (any webhook from it) releases it.
        let (b, released) = room_alive(b, "gone");
        assert!(released);
        assert_eq!(clearance(&b, "gone", 0, T + 60_000), Clearance::Send);
        let (_, released) = room_alive(b, "fine");
        assert!(!released);
    }

    #[test]
    fn the_budget_is_never_overspent_in_any_window() {
        // Five rooms refuse once each, a minute apart: the budget is spent.
        let mut b = fresh();
        for (i, room) in ["r1aa", "r2aa", "r1bb", "r2bb", "r1cc"].iter().enumerate() {
            b = accepted(b, "good");
            let (next, r) = refused(b, room, 3, T + i as u64 * 60_000);
            assert!(matches!(r, Refusal::Room(_)), "{r:?}");
            b = next;
        }
        let now = T + 5 * 60_000;
        // With four spent, one request may be in flight at a time.
        let (four, _) = refused(fresh(), "r1aa", 100, T);
        let four = (1..4).fold(four, |b, i| refused(b, &format!("r{i}xx"), 100, T + i).0);
        assert_eq!(clearance(&four, "good", 0, T + 10), Clearance::Send);
        assert_eq!(
            clearance(&four, "good", 1, T + 10),
            Clearance::WaitUntil(T + 1010)
        );
        // Nothing may go, to any room, until the oldest 401 leaves the window.
        assert_eq!(
            clearance(&b, "good", 0, now),
            Clearance::WaitUntil(T + WINDOW_MS)
        );
        assert!(b.paused_because.as_deref().unwrap().contains("budget of 5"));
        assert_eq!(clearance(&b, "good", 0, T + WINDOW_MS), Clearance::Send);
        // Counted 401s of other processes count too, and old ones do not.
        let b = counted(fresh(), T - WINDOW_MS, T);
        assert!(b.unauthorized_at.is_empty());
        let mut b = fresh();
        for i in 0..5 {
            b = counted(b, T + i, T + 10);
        }
        assert_eq!(
            clearance(&b, "any1", 0, T + 10),
            Clearance::WaitUntil(T + WINDOW_MS)
        );
        // Two 401s of the same millisecond are two.
        let b = counted(counted(fresh(), T, T), T, T);
        assert_eq!(b.unauthorized_at, [T, T]);
    }

    #[test]
    fn a_429_after_401s_is_the_brute_force_lock_and_a_plain_429_is_not() {
        let (b, locked) = throttled(fresh(), Some(5_000), T);
        assert!(!locked);
        assert_eq!(clearance(&b, "room", 0, T), Clearance::Send);
        let (b, _) = refused(fresh(), "room", 3, T);
        let (b, locked) = throttled(b, None, T + 1000);
        assert!(locked);
        assert_eq!(
            clearance(&b, "other", 0, T + 1000),
            Clearance::WaitUntil(T + WINDOW_MS)
        );
        assert!(b.paused_because.as_deref().unwrap().contains("brute-force"));
        let (b, _) = refused(fresh(), "room", 3, T);
        let (b, _) = throttled(b, Some(120_000), T + 1000);
        assert_eq!(
            clearance(&b, "other", 0, T + 1000),
            Clearance::WaitUntil(T + 121_000)
        );
    }
}
