//! Settings changed from the chat (`/talkbot mode …`, `/talkbot persona …`), stored as the
//! engine's `room-settings` (the mode as its lowercase name).

use rusqlite::{OptionalExtension, params};

use super::{Store, StoreError};
use crate::protocol::{Mode, RoomSettings};

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
            "SELECT mode, persona FROM room_settings WHERE backend_index = ?1 AND token = ?2",
        )?;
        let row = stmt
            .query_row(params![backend_index, token], |r| {
                Ok((r.get::<_, Option<String>>(0)?, r.get(1)?))
            })
            .optional()?;
        let (mode, persona) = row.unwrap_or_default();
        Ok(RoomSettings {
            mode: mode.as_deref().and_then(mode_of),
            persona,
        })
    }
}
