//! Settings changed from the chat (`/talkbot mode …`, `/talkbot persona …`, `/talkbot schedule
//! …`, `/talkbot approve …`), stored as the engine's `room-settings` (the mode as its lowercase
//! name, the schedules and the tool calls waiting for a moderator as the engine's text).

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::protocol::{Mode, RoomSchedules, RoomSettings};

/// A mode's name in the `room_settings` table.
pub(super) fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::All => "all",
        Mode::Mention => "mention",
        Mode::Off => "off",
    }
}

/// A stored mode name (an unknown one reads as unset: the configuration's mode applies).
fn mode_of(name: &str) -> Option<Mode> {
    match name {
        "all" => Some(Mode::All),
        "mention" => Some(Mode::Mention),
        "off" => Some(Mode::Off),
        _ => None,
    }
}

impl Store {
    /// Settings changed from the chat for a conversation (none: both unset).
    pub fn room(&self, backend_index: u32, token: &str) -> Result<RoomSettings, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT mode, persona, schedules, approvals FROM room_settings
             WHERE backend_index = ?1 AND token = ?2",
        )?;
        let row = stmt
            .query_row(params![backend_index, token], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                ))
            })
            .optional()?;
        let (mode, persona, schedules, approvals) = row.unwrap_or_default();
        Ok(RoomSettings {
            mode: mode.as_deref().and_then(mode_of),
            persona,
            schedules,
            approvals,
        })
    }

    /// Every conversation's schedules made from the chat, for `bot.due`.
    pub fn room_schedules(&self) -> Result<Vec<RoomSchedules>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT backend_index, token, schedules FROM room_settings WHERE schedules IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(RoomSchedules {
                backend_index: r.get(0)?,
                token: r.get(1)?,
                schedules: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}
