//! Conversation memory: remembered turns and reply threads.

use rusqlite::{OptionalExtension, params};

use super::writer::Update;
use super::{Store, StoreError};
use crate::responder::{Role, Turn};

/// Remembered messages kept per conversation (older ones are deleted).
pub(super) const KEEP_TURNS: i64 = 200;

/// A message to remember as conversation memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTurn {
    pub backend_index: u32,
    pub token: String,
    /// The reply thread (`""`: the conversation itself); see [`Store::thread_of`].
    pub thread: String,
    /// The message id of the user's message (for the bot's answer: the message it answers).
    pub message_id: String,
    pub role: Role,
    pub author: String,
    pub text: String,
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
    /// Forget a conversation's memory (`/reset`, or the bot left).
    pub fn forget(&self, backend_index: u32, token: &str) -> Result<(), StoreError> {
        self.update(Update::Forget {
            backend: backend_index,
            token: token.to_string(),
        })
    }

    /// Forget a conversation the bot left: its memory and the moderators' settings.
    pub fn forget_room(&self, backend_index: u32, token: &str) -> Result<(), StoreError> {
        self.update(Update::ForgetRoom {
            backend: backend_index,
            token: token.to_string(),
        })
    }

    /// The reply thread a message belongs to when it quotes `quoted_id` (written by a
    /// participant) or, when `quoted_text` is given, the bot's answer starting with that text.
    /// A thread is named by the message id of its first user message; `""` is the
    /// conversation itself (also when the quoted message is not remembered).
    pub fn thread_of(
        &self,
        backend_index: u32,
        token: &str,
        quoted_id: &str,
        quoted_text: Option<&str>,
    ) -> Result<String, StoreError> {
        let conn = self.conn();
        let found: Option<(String, String)> = match quoted_text {
            None => conn
                .prepare_cached(
                    "SELECT thread, message_id FROM turns WHERE backend_index = ?1 AND token = ?2
                     AND message_id = ?3 AND role = 'user' ORDER BY id DESC LIMIT 1",
                )?
                .query_row(params![backend_index, token, quoted_id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?,
            Some(text) => {
                // Talk quotes the chunk the person replied to; match on its start.
                let start: String = text.trim().chars().take(200).collect();
                let mut stmt = conn.prepare_cached(
                    "SELECT thread, message_id, text FROM turns WHERE backend_index = ?1 AND token = ?2
                     AND role = 'assistant' ORDER BY id DESC LIMIT 50",
                )?;
                let rows = stmt.query_map(params![backend_index, token], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?;
                let mut found = None;
                for row in rows {
                    let (thread, message_id, answer) = row?;
                    if !start.is_empty() && answer.contains(start.as_str()) {
                        found = Some((thread, message_id));
                        break;
                    }
                }
                found
            }
        };
        Ok(match found {
            Some((thread, _)) if !thread.is_empty() => thread,
            Some((_, message_id)) => message_id,
            None => String::new(),
        })
    }

    /// The last `limit` remembered messages of a thread, oldest first. A reply thread also
    /// sees the exchange it started from.
    pub fn recall(
        &self,
        backend_index: u32,
        token: &str,
        thread: &str,
        limit: usize,
    ) -> Result<Vec<Turn>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT role, author, text FROM turns WHERE backend_index = ?1 AND token = ?2
             AND (thread = ?3 OR (?3 != '' AND thread = '' AND message_id = ?3))
             ORDER BY id DESC LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![backend_index, token, thread, limit as i64],
            turn_from_row,
        )?;
        let mut turns = rows.collect::<Result<Vec<_>, _>>()?;
        turns.reverse();
        Ok(turns)
    }
}
