//! What a job's step stores: the job machine's store actions (`store-settings`, `remember`,
//! `forget`), each committed in one transaction with the job's bytes that follow it. After a
//! crash the job then neither does an action twice (remembering a turn twice) nor believes it
//! done when it is not.

use super::memory::KEEP_TURNS;
use super::writer::Update;
use super::{Store, StoreError};
use crate::protocol::{MemoryTurn, RoomSettings};

/// One store action of the job machine.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Settings changed from the chat (`/talkbot mode …`).
    SetRoom {
        backend: u32,
        token: String,
        settings: RoomSettings,
    },
    /// Erase remembered turns (`/talkbot forget`: of these questions, or all) and the contents
    /// of the conversation's finished jobs.
    Erase {
        backend: u32,
        token: String,
        questions: Option<Vec<String>>,
    },
    /// Remember these turns, keeping at least the newest `keep`.
    Remember {
        backend: u32,
        token: String,
        turns: Vec<MemoryTurn>,
        keep: u32,
    },
    /// The bot left: the conversation's waiting work from before job `leave` is dropped, its
    /// memory and settings forgotten.
    Leave {
        backend: u32,
        token: String,
        leave: i64,
    },
}

impl Change {
    fn updates(self) -> Vec<Update> {
        match self {
            Change::SetRoom {
                backend,
                token,
                settings,
            } => vec![Update::SetRoom {
                backend,
                token,
                settings,
            }],
            Change::Erase {
                backend,
                token,
                questions,
            } => vec![Update::Erase {
                backend,
                token,
                questions,
            }],
            Change::Remember {
                backend,
                token,
                turns,
                keep,
            } => vec![Update::Remember {
                backend,
                token,
                turns,
                keep: KEEP_TURNS.max(i64::from(keep)),
            }],
            Change::Leave {
                backend,
                token,
                leave,
            } => vec![
                Update::DropConversation {
                    backend,
                    token: token.clone(),
                    before: leave,
                },
                Update::ForgetRoom { backend, token },
            ],
        }
    }
}

impl Store {
    /// Store `change` and job `id`'s bytes `machine` in one transaction.
    pub fn store_step(&self, id: i64, machine: &[u8], change: Change) -> Result<(), StoreError> {
        let mut updates = change.updates();
        updates.push(Update::SaveJob {
            id,
            machine: machine.to_vec(),
            sending: false,
        });
        self.update(Update::Together(updates))
    }
}
