//! The engine's 401 breaker and budget (`engine.breaker-step`) for the Spin app. The rules are
//! the engine's; this keeps the state: one row for the Nextcloud in Spin's SQLite, shared by
//! every instance. Each event is a read, the engine's step and a compare-and-swap write
//! (retried on a conflict), so instances never lose each other's 401s.
//!
//! Spin has no restart to wait for: a backend stopped for a wrong secret starts again when the
//! secret changes (the row keeps a fingerprint of it), but its 401s still count.

use crate::config::Config;
use crate::nextcloud::talk_bot::engine::{
    self, Breaker, BreakerEvent, BreakerVerdict, Clearance, Refusal, TalkAnswer,
};
use crate::store::Db;

/// Different conversations refusing with none accepting in between that prove the secret
/// wrong (the native host's default `unauthorized_limit`).
const LIMIT: u32 = 3;
/// Tries of a compare-and-swap before the event is given up (logged).
const TRIES: usize = 8;

/// `Breaker` as stored (JSON).
#[derive(serde::Serialize, serde::Deserialize, Default)]
struct Stored {
    refusing: Vec<String>,
    held: bool,
    probing: bool,
    ever_accepted: bool,
    unauthorized_at: Vec<u64>,
    doubted: Vec<String>,
    disabled: Vec<String>,
    paused_until: Option<u64>,
    paused_because: Option<String>,
}

impl From<Stored> for Breaker {
    fn from(s: Stored) -> Breaker {
        Breaker {
            refusing: s.refusing,
            held: s.held,
            probing: s.probing,
            ever_accepted: s.ever_accepted,
            unauthorized_at: s.unauthorized_at,
            doubted: s.doubted,
            disabled: s.disabled,
            paused_until: s.paused_until,
            paused_because: s.paused_because,
        }
    }
}

impl From<&Breaker> for Stored {
    fn from(b: &Breaker) -> Stored {
        Stored {
            refusing: b.refusing.clone(),
            held: b.held,
            probing: b.probing,
            ever_accepted: b.ever_accepted,
            unauthorized_at: b.unauthorized_at.clone(),
            doubted: b.doubted.clone(),
            disabled: b.disabled.clone(),
            paused_until: b.paused_until,
            paused_because: b.paused_because.clone(),
        }
    }
}

/// A fingerprint of the signing secret (FNV-1a), to notice that it changed.
fn fingerprint(secret: &str) -> String {
    let hash = secret.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Feed `event` to the Nextcloud's breaker; the verdict (none when the database failed: the
/// caller takes the safe side).
pub fn step(config: &Config, db: &Db, event: &BreakerEvent, now: u64) -> Option<BreakerVerdict> {
    let secret = fingerprint(config.secrets.first().map_or("", String::as_str));
    for _ in 0..TRIES {
        let (version, stored_secret, stored) = match db.breaker(&config.nextcloud) {
            Ok(row) => row.unwrap_or((0, secret.clone(), String::new())),
            Err(e) => {
                eprintln!("the 401 breaker: {}", crate::store::describe(&e));
                return None;
            }
        };
        let mut state: Breaker = serde_json::from_str::<Stored>(&stored)
            .unwrap_or_default()
            .into();
        if stored_secret != secret {
            // A new secret: what proved the old one wrong says nothing about it.
            state.held = false;
            state.probing = false;
            state.refusing.clear();
        }
        let (next, verdict) = engine::breaker_step(&state, event, now);
        let json = serde_json::to_string(&Stored::from(&next)).unwrap_or_default();
        if json == stored && stored_secret == secret {
            return Some(verdict); // Nothing changed (most asks): no write.
        }
        match db.swap_breaker(&config.nextcloud, version, &secret, &json) {
            Ok(true) => return Some(verdict),
            Ok(false) => continue,
            Err(e) => {
                eprintln!("the 401 breaker: {}", crate::store::describe(&e));
                return None;
            }
        }
    }
    eprintln!("the 401 breaker: too many instances changed it at once; this event is lost");
    None
}

/// May a request go to conversation `token` now? A failing database answers "hold". Other
/// instances' requests in flight are not known here (each instance sends one at a time).
pub fn clearance(config: &Config, db: &Db, token: &str, now: u64) -> Clearance {
    match step(config, db, &BreakerEvent::Ask((token.to_string(), 0)), now) {
        Some(BreakerVerdict::Clearance(clearance)) => clearance,
        _ => Clearance::Hold("the 401 breaker's state cannot be read".into()),
    }
}

/// Talk's answer to a request to `token`, and what it meant: tells the breaker, and for a 401
/// returns its refusal (a failing database counts as the backend stopping).
pub fn answered(
    config: &Config,
    db: &Db,
    token: &str,
    answer: &TalkAnswer,
    now: u64,
) -> Option<Refusal> {
    if let Some(BreakerVerdict::Locked(true)) =
        step(config, db, &BreakerEvent::Answered(answer.clone()), now)
    {
        eprintln!(
            "Nextcloud's brute-force protection locked this address out after 401s (429 for every bot \
             request): nothing is sent to {} until the lock ends; `occ security:bruteforce:reset <ip>` \
             ends it now",
            config.nextcloud
        );
    }
    match answer {
        TalkAnswer::Status((401, _)) => {
            let event = BreakerEvent::Refused((token.to_string(), LIMIT));
            match step(config, db, &event, now) {
                Some(BreakerVerdict::Refusal(refusal)) => Some(refusal),
                _ => Some(Refusal::Backend(false)),
            }
        }
        TalkAnswer::Status((200..=299, _)) => {
            step(config, db, &BreakerEvent::Accepted(token.to_string()), now);
            None
        }
        _ => None,
    }
}

/// A webhook came from `token`: true when its jobs that waited on 401s were released (they
/// are due now).
pub fn room_alive(config: &Config, db: &Db, token: &str, now: u64) -> bool {
    let event = BreakerEvent::RoomAlive(token.to_string());
    if !matches!(
        step(config, db, &event, now),
        Some(BreakerVerdict::Released(true))
    ) {
        return false;
    }
    if let Err(e) = db.release_room(token, now) {
        eprintln!("{}", crate::store::describe(&e));
    }
    true
}

/// The bot left `token`.
pub fn left(config: &Config, db: &Db, token: &str, now: u64) {
    step(config, db, &BreakerEvent::Left(token.to_string()), now);
}
