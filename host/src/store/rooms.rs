//! Settings changed from the chat (`/talkbot mode …`, `/talkbot persona …`).

use rusqlite::{OptionalExtension, params};

use super::writer::Update;
use super::{Store, StoreError};

/// Settings changed from the chat (`/talkbot mode …`), overriding the configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomSettings {
    pub mode: Option<String>,
    pub persona: Option<String>,
}

impl Store {
    /// Store settings changed from the chat.
    pub fn set_room(
        &self,
        backend_index: u32,
        token: &str,
        settings: RoomSettings,
    ) -> Result<(), StoreError> {
        self.update(Update::SetRoom {
            backend: backend_index,
            token: token.to_string(),
            settings,
        })
    }

    /// Settings changed from the chat for a conversation.
    pub fn room(&self, backend_index: u32, token: &str) -> Result<RoomSettings, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT mode, persona FROM room_settings WHERE backend_index = ?1 AND token = ?2",
        )?;
        Ok(stmt
            .query_row(params![backend_index, token], |r| {
                Ok(RoomSettings {
                    mode: r.get(0)?,
                    persona: r.get(1)?,
                })
            })
            .optional()?
            .unwrap_or_default())
    }
}
