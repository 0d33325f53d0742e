//! The engine's 401 breaker and budget (`engine.breaker-step`) for the Spin app. The rules are
//! the engine's; this keeps the state: one row for the Nextcloud in Spin's SQLite, shared by
//! every instance. Each event is a read, the engine's step and a compare-and-swap write
//! (retried on a conflict), so instances never lose each other's 401s.
//!
//! Spin has no restart to wait for: a backend stopped for a wrong secret starts again when the
//! secret changes (the row keeps a fingerprint of it), but its 401s still count.

use crate::config::Config;
use crate::nextcloud::talk_bot::engine::{self, Breaker, BreakerEvent, BreakerVerdict};
use crate::store::Db;

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
    let secret = fingerprint(&config.secret);
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
