//! Conversation memory as the job machine loads and stores it: remembered turns with the reply
//! thread and the question each belongs to (the machine's `memory-turn`). Which thread a
//! question joins and which turns a model sees are the machine's rules
//! (`component/src/engine/job/memory.rs`); this is storage.

use rusqlite::params;

use super::{Store, StoreError};
use crate::protocol::{MemoryTurn, Role, Turn};

/// Remembered messages kept per conversation at least (older ones are deleted).
pub(super) const KEEP_TURNS: i64 = 200;

/// A role's name in the `turns` table.
pub(super) fn role_name(role: Role) -> &'static str {
    match role {
        Role::User => "user",
        Role::Assistant => "assistant",
    }
}

/// A turn from a `role, author, text` row.
pub(super) fn turn_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Turn> {
    let role: String = r.get(0)?;
    Ok(Turn {
        role: if role == "assistant" {
            Role::Assistant
        } else {
            Role::User
        },
        author: r.get(1)?,
        text: r.get(2)?,
    })
}

impl Store {
    /// The conversation's remembered turns, oldest first (at most the newest 10,000: the
    /// machine asks to keep [`KEEP_TURNS`] or the configured memory, far fewer).
    pub fn memory(&self, backend_index: u32, token: &str) -> Result<Vec<MemoryTurn>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT role, author, text, thread, message_id, asker FROM turns
             WHERE backend_index = ?1 AND token = ?2 ORDER BY id DESC LIMIT 10000",
        )?;
        let rows = stmt.query_map(params![backend_index, token], |r| {
            Ok(MemoryTurn {
                turn: turn_from_row(r)?,
                thread: r.get(3)?,
                message_id: r.get(4)?,
                asker: r.get(5)?,
            })
        })?;
        let mut turns = rows.collect::<Result<Vec<_>, _>>()?;
        turns.reverse();
        Ok(turns)
    }
}
