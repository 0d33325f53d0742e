//! Each conversation's settings and memory in Spin's SQLite (`talkbot_rooms`, JSON), as the job
//! machine loads and stores them.

use crate::nextcloud::talk_bot::engine::{Mode, Role, RoomSettings, SettingsChange, Turn};
use crate::nextcloud::talk_bot::job::MemoryTurn;
use crate::store::Db;
use crate::work::log_db;

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct StoredSettings {
    mode: Option<String>,
    persona: Option<String>,
}

/// A remembered turn as stored (JSON). Turns stored before memory threads have no `thread`
/// and `message_id`: they read as the main line.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredTurn {
    #[serde(default)]
    thread: String,
    #[serde(default)]
    message_id: String,
    role: String,
    author: String,
    text: String,
}

pub fn settings(db: &Db, token: &str) -> RoomSettings {
    let (json, _) = db.room(token).unwrap_or((None, None));
    let stored: StoredSettings = json
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    RoomSettings {
        mode: match stored.mode.as_deref() {
            Some("all") => Some(Mode::All),
            Some("mention") => Some(Mode::Mention),
            Some("off") => Some(Mode::Off),
            _ => None,
        },
        persona: stored.persona,
    }
}

pub fn store_settings(db: &Db, token: &str, change: SettingsChange) {
    match change {
        SettingsChange::Set(settings) => {
            let stored = StoredSettings {
                mode: settings.mode.map(|m| {
                    match m {
                        Mode::All => "all",
                        Mode::Mention => "mention",
                        Mode::Off => "off",
                    }
                    .to_string()
                }),
                persona: settings.persona,
            };
            let json = serde_json::to_string(&stored).unwrap_or_default();
            log_db(db.set_settings(token, &json));
        }
        SettingsChange::Forget => log_db(db.set_memory(token, None)),
    }
}

/// The conversation's remembered turns, oldest first.
pub fn memory(db: &Db, token: &str) -> Vec<MemoryTurn> {
    let (_, json) = db.room(token).unwrap_or((None, None));
    let turns: Vec<StoredTurn> = json
        .as_deref()
        .and_then(|m| serde_json::from_str(m).ok())
        .unwrap_or_default();
    turns
        .into_iter()
        .map(|t| MemoryTurn {
            thread: t.thread,
            message_id: t.message_id,
            turn: Turn {
                role: if t.role == "assistant" {
                    Role::Assistant
                } else {
                    Role::User
                },
                author: t.author,
                text: t.text,
            },
        })
        .collect()
}

fn stored(t: MemoryTurn) -> StoredTurn {
    StoredTurn {
        thread: t.thread,
        message_id: t.message_id,
        role: match t.turn.role {
            Role::User => "user".into(),
            Role::Assistant => "assistant".into(),
        },
        author: t.turn.author,
        text: t.turn.text,
    }
}

/// Append `turns` to the conversation's memory, keeping the newest `keep`.
pub fn remember(db: &Db, token: &str, turns: Vec<MemoryTurn>, keep: u32) {
    let mut all = memory(db, token);
    all.extend(turns);
    let skip = all.len().saturating_sub(keep as usize);
    let stored: Vec<StoredTurn> = all.into_iter().skip(skip).map(stored).collect();
    let json = serde_json::to_string(&stored).unwrap_or_default();
    log_db(db.set_memory(token, Some(&json)));
}
