//! Each conversation's settings and memory in Spin's SQLite (`talkbot_rooms`, JSON), as the job
//! machine loads and stores them. A read or write the database refuses is an error for the
//! machine (`input.unavailable`): never default settings in its place, never memory rewritten
//! from a read that failed.

use spin_sdk::sqlite::Error;

use crate::nextcloud::talk_bot::engine::{Mode, Role, RoomSettings, Turn};
use crate::nextcloud::talk_bot::job::{MemoryTurn, RoomSchedules};
use crate::store::Db;

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct StoredSettings {
    mode: Option<String>,
    persona: Option<String>,
    /// The schedules made from the chat, in the engine's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    schedules: Option<String>,
    /// The tool calls waiting for a moderator, in the engine's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    approvals: Option<String>,
}

/// A remembered turn as stored (JSON). Turns stored before memory threads have no `thread`
/// and `message_id`: they read as the main line.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredTurn {
    #[serde(default)]
    thread: String,
    #[serde(default)]
    message_id: String,
    /// Who asked the turn's question (empty in turns stored before `/talkbot forget me`).
    #[serde(default)]
    asker: String,
    role: String,
    author: String,
    text: String,
}

pub fn settings(db: &Db, token: &str) -> Result<RoomSettings, Error> {
    let (json, _) = db.room(token)?;
    let stored: StoredSettings = json
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    Ok(RoomSettings {
        mode: match stored.mode.as_deref() {
            Some("all") => Some(Mode::All),
            Some("mention") => Some(Mode::Mention),
            Some("off") => Some(Mode::Off),
            _ => None,
        },
        persona: stored.persona,
        schedules: stored.schedules,
        approvals: stored.approvals,
    })
}

/// Every conversation's schedules made from the chat, for `bot.due` (one Nextcloud: index 0).
pub fn room_schedules(db: &Db) -> Result<Vec<RoomSchedules>, Error> {
    Ok(db
        .room_settings_with("\"schedules\":")?
        .into_iter()
        .filter_map(|(token, json)| {
            let stored: StoredSettings = serde_json::from_str(&json).ok()?;
            Some(RoomSchedules {
                backend_index: 0,
                token,
                schedules: stored.schedules?,
            })
        })
        .collect())
}

pub fn store_settings(db: &Db, token: &str, settings: RoomSettings) -> Result<(), Error> {
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
        schedules: settings.schedules,
        approvals: settings.approvals,
    };
    let json = serde_json::to_string(&stored).unwrap_or_default();
    db.set_settings(token, &json)
}

/// Erase the turns of `questions` (every turn when none). Finished jobs keep no body here
/// (`Db::finish` clears it), so the memory is all there is to erase.
pub fn erase(db: &Db, token: &str, questions: Option<Vec<String>>) -> Result<(), Error> {
    let Some(questions) = questions else {
        return db.set_memory(token, None);
    };
    let kept: Vec<StoredTurn> = memory(db, token)?
        .into_iter()
        .filter(|t| !questions.contains(&t.message_id))
        .map(stored)
        .collect();
    let json = serde_json::to_string(&kept).unwrap_or_default();
    db.set_memory(token, Some(&json))
}

/// The conversation's remembered turns, oldest first.
pub fn memory(db: &Db, token: &str) -> Result<Vec<MemoryTurn>, Error> {
    let (_, json) = db.room(token)?;
    let turns: Vec<StoredTurn> = json
        .as_deref()
        .and_then(|m| serde_json::from_str(m).ok())
        .unwrap_or_default();
    Ok(turns
        .into_iter()
        .map(|t| MemoryTurn {
            thread: t.thread,
            message_id: t.message_id,
            asker: t.asker,
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
        .collect())
}

fn stored(t: MemoryTurn) -> StoredTurn {
    StoredTurn {
        thread: t.thread,
        message_id: t.message_id,
        asker: t.asker,
        role: match t.turn.role {
            Role::User => "user".into(),
            Role::Assistant => "assistant".into(),
        },
        author: t.turn.author,
        text: t.turn.text,
    }
}

/// Append `turns` to the conversation's memory, keeping the newest `keep`.
pub fn remember(db: &Db, token: &str, turns: Vec<MemoryTurn>, keep: u32) -> Result<(), Error> {
    let mut all = memory(db, token)?;
    all.extend(turns);
    let skip = all.len().saturating_sub(keep as usize);
    let stored: Vec<StoredTurn> = all.into_iter().skip(skip).map(stored).collect();
    let json = serde_json::to_string(&stored).unwrap_or_default();
    db.set_memory(token, Some(&json))
}
