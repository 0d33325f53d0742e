//! The queue: jobs, their states, and what the worker reads and writes about them.

use std::fmt;
use std::sync::atomic::Ordering;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{OptionalExtension, ToSql, params};
use tokio::sync::oneshot;

use super::writer::{Update, WriteItem};
use super::{MAX_WAITING_INSERTS, Store, StoreError, now_ms};

/// A verified webhook to queue.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// Unique per event: `backend|token|message id` or `backend|signature`.
    pub dedup_key: String,
    pub backend_index: u32,
    pub token: String,
    /// The job machine's state (`bot.ingest`'s bytes, which hold the webhook body).
    pub machine: Vec<u8>,
    /// Runs ahead of its conversation's queue (a Leave: what waits behind it is dropped).
    pub overtakes: bool,
}

/// What queueing did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enqueued {
    New,
    Duplicate,
}

/// A pending job's place in the queue, for the worker's dispatcher.
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
    /// The engine's dedup key (`bot.ingest`'s).
    pub dedup_key: String,
    pub backend_index: u32,
    pub token: String,
    /// The job machine's state; None for a row queued by talkbot 0.2 (see `body`).
    pub machine: Option<Vec<u8>>,
    /// The webhook body of a row queued by talkbot 0.2 (empty for later rows).
    pub body: Vec<u8>,
    /// When the webhook was queued (ms since the epoch).
    pub received_at: i64,
    /// Times the job waited to be tried again.
    pub attempts: u32,
    /// A request was on its way when the job last stopped: the next one may be a re-send
    /// (Talk's bot API has no idempotency key).
    pub sending: bool,
    /// Requests of the job that ended without Talk's answer (each waits longer).
    pub unknown_sends: u32,
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

    /// Every pending job, oldest first (the dispatcher's starting point).
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
            "SELECT id, dedup_key, backend_index, token, machine, body, received_at, attempts,
                    sending_chunk, unknown_sends
             FROM jobs WHERE id = ?1 AND state = 'pending'",
        )?;
        let job = stmt.query_row(params![id], |row| {
            Ok(Job {
                id: row.get(0)?,
                dedup_key: row.get(1)?,
                backend_index: row.get(2)?,
                token: row.get(3)?,
                machine: row.get(4)?,
                body: row.get(5)?,
                received_at: row.get(6)?,
                attempts: row.get(7)?,
                sending: row.get::<_, Option<i64>>(8)?.is_some(),
                unknown_sends: row.get(9)?,
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

    /// Keep the job's state; `sending`: a request is about to leave (flush before sending).
    pub fn save_job(&self, id: i64, machine: &[u8], sending: bool) -> Result<(), StoreError> {
        self.update(Update::SaveJob {
            id,
            machine: machine.to_vec(),
            sending,
        })
    }

    /// The job waits with its state until `at` (ms since the epoch) because of `error`, or,
    /// `held`, until the operator restarts talkbot. `unknown_sends`: its requests that got no
    /// answer, the last of them still possibly on its way when not 0.
    pub fn sleep(
        &self,
        id: i64,
        machine: &[u8],
        at: i64,
        error: &str,
        unknown_sends: u32,
        held: bool,
    ) -> Result<(), StoreError> {
        self.update(Update::Sleep {
            id,
            machine: machine.to_vec(),
            at,
            error: error.to_string(),
            sending: unknown_sends > 0,
            unknown_sends,
            held,
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

    /// Bytes of message contents still kept in finished jobs (tests of pruning).
    #[doc(hidden)]
    pub fn finished_content_bytes(&self) -> Result<i64, StoreError> {
        Ok(self.conn().query_row(
            "SELECT COALESCE(SUM(length(body) + COALESCE(length(machine), 0) + COALESCE(length(reply), 0)), 0) FROM jobs
             WHERE state IN ('done', 'failed', 'dropped')",
            [],
            |r| r.get(0),
        )?)
    }
}
