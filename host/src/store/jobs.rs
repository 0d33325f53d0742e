//! The queue: jobs, their states, and what the worker reads and writes about them.

use std::fmt;
use std::sync::atomic::Ordering;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{OptionalExtension, ToSql, params};
use tokio::sync::oneshot;

use super::writer::{Update, WriteItem};
use super::{MAX_WAITING_INSERTS, Store, StoreError, now_ms};
use crate::responder::Turn;

/// A verified webhook to queue.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// Unique per event: `backend|token|message id` or `backend|signature`.
    pub dedup_key: String,
    pub backend_index: u32,
    pub token: String,
    /// The webhook body, exactly as received.
    pub body: Vec<u8>,
    /// Runs ahead of its conversation's queue (a Leave: what waits behind it is dropped).
    pub overtakes: bool,
}

/// What queueing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enqueued {
    New,
    Duplicate,
}

/// A pending job's place in the queue, for the worker's scheduler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRef {
    pub id: i64,
    pub backend_index: u32,
    pub token: String,
    /// Not before this time (ms since the epoch).
    pub due: i64,
    /// Runs ahead of its conversation's queue.
    pub overtakes: bool,
}

/// Where a job is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobState {
    /// Waiting to run (or to run again at `next_attempt_at`).
    Pending,
    /// Waiting for the operator: its Nextcloud refused the bot's secret.
    Held,
    /// Answered (or nothing to answer).
    Done,
    /// Given up; `last_error` says why.
    Failed,
    /// The bot left the conversation before the job ran.
    Dropped,
}

impl JobState {
    /// The name stored in SQLite.
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Pending => "pending",
            JobState::Held => "held",
            JobState::Done => "done",
            JobState::Failed => "failed",
            JobState::Dropped => "dropped",
        }
    }
}

impl fmt::Display for JobState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ToSql for JobState {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for JobState {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        match value.as_str()? {
            "pending" => Ok(JobState::Pending),
            "held" => Ok(JobState::Held),
            "done" => Ok(JobState::Done),
            "failed" => Ok(JobState::Failed),
            "dropped" => Ok(JobState::Dropped),
            _ => Err(FromSqlError::InvalidType),
        }
    }
}

/// A queued job as the worker sees it.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    /// The engine's dedup key (`admit`'s ticket), which the engine also reads in `decide`.
    pub dedup_key: String,
    pub backend_index: u32,
    pub token: String,
    /// The webhook body, exactly as received.
    pub body: Vec<u8>,
    /// When the webhook was queued (ms since the epoch).
    pub received_at: i64,
    pub attempts: u32,
    /// The responder's reply, once produced (kept so a retry does not ask again).
    pub reply: Option<String>,
    /// Chunks of the reply already delivered.
    pub delivered_chunks: u32,
    /// The chunk whose request was started and not known to have ended: after a crash, sending
    /// it again may post it twice (Talk's bot API has no idempotency key).
    pub sending_chunk: Option<u32>,
    /// Whether the 👀 reaction was added.
    pub reacted: bool,
    /// Requests of the current chunk that ended without Talk's answer.
    pub unknown_sends: u32,
    /// Set when `reply` is the failure notice: why no responder answered.
    pub failure: Option<String>,
    /// Why the last attempt did not deliver (what the pending retry waits out), if one failed.
    pub last_error: Option<String>,
}

impl Store {
    /// Queue a job durably; resolves after the commit.
    pub async fn enqueue(&self, job: NewJob) -> Result<Enqueued, StoreError> {
        if self.waiting_inserts.fetch_add(1, Ordering::Relaxed) >= MAX_WAITING_INSERTS {
            self.waiting_inserts.fetch_sub(1, Ordering::Relaxed);
            return Err(StoreError::Overloaded);
        }
        let (tx, rx) = oneshot::channel();
        if self.writes.send(WriteItem::Insert(job, tx)).is_err() {
            self.waiting_inserts.fetch_sub(1, Ordering::Relaxed);
            return Err(StoreError::WriterStopped);
        }
        rx.await.map_err(|_| StoreError::WriterStopped)?
    }

    /// Every pending job, oldest first (the scheduler's starting point).
    pub fn pending(&self) -> Result<Vec<JobRef>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, backend_index, token, next_attempt_at, overtakes FROM jobs WHERE state = 'pending' ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(JobRef {
                id: r.get(0)?,
                backend_index: r.get(1)?,
                token: r.get(2)?,
                due: r.get(3)?,
                overtakes: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Jobs committed since the last call.
    pub fn take_committed(&self) -> Vec<JobRef> {
        std::mem::take(&mut *self.committed.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// A job, if it is still pending.
    pub fn load(&self, id: i64) -> Result<Option<Job>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached(
            "SELECT id, backend_index, token, body, received_at, attempts, reply, delivered_chunks, sending_chunk,
                    reacted, failure, dedup_key, unknown_sends, last_error
             FROM jobs WHERE id = ?1 AND state = 'pending'",
        )?;
        let job = stmt.query_row(params![id], |row| {
            Ok(Job {
                id: row.get(0)?,
                backend_index: row.get(1)?,
                token: row.get(2)?,
                body: row.get(3)?,
                received_at: row.get(4)?,
                attempts: row.get(5)?,
                reply: row.get(6)?,
                delivered_chunks: row.get(7)?,
                sending_chunk: row.get(8)?,
                reacted: row.get::<_, i64>(9)? != 0,
                failure: row.get(10)?,
                dedup_key: row.get(11)?,
                unknown_sends: row.get(12)?,
                last_error: row.get(13)?,
            })
        });
        Ok(job.optional()?)
    }

    /// When a job may run again, if it is still pending (call [`Store::flush`] first).
    pub fn pending_due(&self, id: i64) -> Result<Option<i64>, StoreError> {
        let conn = self.conn();
        let due = conn.query_row(
            "SELECT next_attempt_at FROM jobs WHERE id = ?1 AND state = 'pending'",
            params![id],
            |r| r.get(0),
        );
        Ok(due.optional()?)
    }

    /// Whether a job is still waiting (pending or held): a Leave may have dropped it while it
    /// was in flight.
    pub fn is_waiting(&self, id: i64) -> Result<bool, StoreError> {
        let state: Option<JobState> = self
            .conn()
            .query_row("SELECT state FROM jobs WHERE id = ?1", params![id], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(matches!(state, Some(JobState::Pending | JobState::Held)))
    }

    /// Jobs waiting (pending or held).
    pub fn depth(&self) -> Result<i64, StoreError> {
        Ok(self.conn().query_row(
            "SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'held')",
            [],
            |r| r.get(0),
        )?)
    }

    /// How long the oldest waiting job has waited (ms), if any waits.
    pub fn oldest_waiting_ms(&self) -> Result<Option<i64>, StoreError> {
        let oldest: Option<i64> = self.conn().query_row(
            "SELECT MIN(received_at) FROM jobs WHERE state IN ('pending', 'held')",
            [],
            |r| r.get(0),
        )?;
        Ok(oldest.map(|at| (now_ms() - at).max(0)))
    }

    /// Keep the responder's reply, so a retry does not ask again, and remember `turns` in the
    /// same transaction. With `failure`, the reply is the failure notice.
    pub fn save_reply(
        &self,
        id: i64,
        reply: &str,
        failure: Option<&str>,
        turns: Vec<super::NewTurn>,
    ) -> Result<(), StoreError> {
        self.update(Update::SaveReply {
            id,
            reply: reply.to_string(),
            failure: failure.map(str::to_string),
            turns,
        })
    }

    pub fn set_reacted(&self, id: i64, reacted: bool) -> Result<(), StoreError> {
        self.update(Update::SetReacted { id, reacted })
    }

    /// A request for chunk `chunk` is about to go out (flush before sending it).
    pub fn sending(&self, id: i64, chunk: u32) -> Result<(), StoreError> {
        self.update(Update::Sending { id, chunk })
    }

    pub fn chunk_delivered(&self, id: i64, delivered: u32) -> Result<(), StoreError> {
        self.update(Update::ChunkDelivered { id, delivered })
    }

    /// Try again at `at` (ms since the epoch).
    pub fn retry_at(&self, id: i64, at: i64, error: &str) -> Result<(), StoreError> {
        self.update(Update::RetryAt {
            id,
            at,
            error: error.to_string(),
        })
    }

    /// Retry at `at` (ms since the epoch) a chunk whose request got no answer: Talk may have
    /// stored it, so it stays recorded as being sent (its re-send is counted).
    pub fn retry_unknown(&self, id: i64, at: i64, error: &str) -> Result<(), StoreError> {
        self.update(Update::RetryUnknown {
            id,
            at,
            error: error.to_string(),
        })
    }

    /// The job ends (`Done`, `Failed`) or waits for the operator (`Held`).
    pub fn finish(&self, id: i64, state: JobState, error: Option<&str>) -> Result<(), StoreError> {
        self.update(Update::Finish {
            id,
            state,
            error: error.map(str::to_string),
        })
    }

    /// Hold every pending job of a backend (sending to it stopped).
    pub fn hold_backend(&self, backend_index: u32) -> Result<(), StoreError> {
        self.update(Update::HoldBackend {
            backend: backend_index,
        })
    }

    /// Drop the waiting work of a conversation the bot left that came before its Leave, job
    /// `leave` (answers would only get 401s); a Join or a message after it stays.
    pub fn drop_conversation(
        &self,
        backend_index: u32,
        token: &str,
        leave: i64,
    ) -> Result<(), StoreError> {
        self.update(Update::DropConversation {
            backend: backend_index,
            token: token.to_string(),
            before: leave,
        })
    }

    /// Forget the contents of jobs finished before `contents_before` (and remembered turns
    /// older than that), and the jobs themselves finished before `rows_before` (ms since the
    /// epoch).
    pub fn prune(&self, contents_before: i64, rows_before: i64) -> Result<(), StoreError> {
        self.update(Update::Prune {
            contents_before,
            rows_before,
        })
    }

    /// A job's state and last error (tests, diagnostics).
    pub fn state(&self, id: i64) -> Result<Option<(JobState, Option<String>)>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT state, last_error FROM jobs WHERE id = ?1",
                params![id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Counts of jobs by state.
    pub fn counts(&self) -> Result<Vec<(JobState, i64)>, StoreError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare("SELECT state, COUNT(*) FROM jobs GROUP BY state ORDER BY state")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The remembered turns, for tests of pruning.
    #[doc(hidden)]
    pub fn all_turns(&self) -> Result<Vec<Turn>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT role, author, text FROM turns ORDER BY id")?;
        let rows = stmt.query_map([], super::memory::turn_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Bytes of message contents still kept in finished jobs (tests of pruning).
    #[doc(hidden)]
    pub fn finished_content_bytes(&self) -> Result<i64, StoreError> {
        Ok(self.conn().query_row(
            "SELECT COALESCE(SUM(length(body) + COALESCE(length(reply), 0)), 0) FROM jobs
             WHERE state IN ('done', 'failed', 'dropped')",
            [],
            |r| r.get(0),
        )?)
    }
}
