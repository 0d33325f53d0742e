//! The durable queue: SQLite in WAL mode.
//!
//! Webhooks are inserted by one writer thread that group-commits: every request waiting when
//! a transaction starts joins it, and each is acknowledged only after the commit (fsync'd,
//! `synchronous=FULL`). Duplicates (same backend, conversation and message, or the same
//! signed request) are recognised by a unique key. Workers use their own connection; their
//! state updates are `synchronous=NORMAL` (safe against a crash of the process; after a power
//! loss a job may be retried, and its deterministic `referenceId` makes that recognisable).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension, params};
use tokio::sync::{Notify, oneshot};

/// Most webhooks committed in one transaction.
const MAX_BATCH: usize = 2048;

/// A storage failure.
#[derive(Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "queue storage error: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(e.to_string())
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// A verified webhook to queue.
#[derive(Debug, Clone)]
pub struct NewJob {
    /// Unique per event: `backend|token|message id` or `backend|signature`.
    pub dedup_key: String,
    pub backend_index: u32,
    pub token: String,
    /// The webhook body, exactly as received.
    pub body: Vec<u8>,
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
}

/// A queued job as the worker sees it.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub backend_index: u32,
    pub token: String,
    /// The webhook body, exactly as received.
    pub body: Vec<u8>,
    pub attempts: u32,
    /// The responder's reply, once produced (kept so a retry does not ask again).
    pub reply: Option<String>,
    /// Chunks of the reply already delivered.
    pub delivered_chunks: u32,
    /// Whether the 👀 reaction was added.
    pub reacted: bool,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY,
    dedup_key TEXT NOT NULL UNIQUE,
    backend_index INTEGER NOT NULL,
    token TEXT NOT NULL,
    body BLOB NOT NULL,
    received_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    reply TEXT,
    delivered_chunks INTEGER NOT NULL DEFAULT 0,
    reacted INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    finished_at INTEGER
);
CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs(state, backend_index, token, id);
";

fn open(path: &Path, synchronous: &str) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", synchronous)?;
    Ok(conn)
}

/// The queue, shared by the HTTP ingress and the workers.
pub struct Store {
    path: PathBuf,
    worker: Mutex<Connection>,
    ingest: mpsc::SyncSender<IngestItem>,
    /// Jobs committed since the worker last looked.
    committed: Arc<Mutex<Vec<JobRef>>>,
    /// Signalled after new jobs were committed.
    pub new_work: Arc<Notify>,
}

impl Store {
    /// Open (or create) `<data_dir>/queue.sqlite3` and start the writer thread. Jobs held by
    /// an earlier run are made pending again.
    pub fn open(data_dir: &Path) -> Result<Arc<Store>, StoreError> {
        std::fs::create_dir_all(data_dir)
            .map_err(|e| StoreError(format!("cannot create {}: {e}", data_dir.display())))?;
        let path = data_dir.join("queue.sqlite3");
        let worker = open(&path, "NORMAL")?;
        worker.execute_batch(SCHEMA)?;
        worker.execute("UPDATE jobs SET state = 'pending' WHERE state = 'held'", [])?;
        let writer = open(&path, "FULL")?;
        let (tx, rx) = mpsc::sync_channel(MAX_BATCH * 4);
        let new_work = Arc::new(Notify::new());
        let committed: Arc<Mutex<Vec<JobRef>>> = Arc::default();
        let (notify, sink) = (new_work.clone(), committed.clone());
        thread::Builder::new()
            .name("talkbot-queue-writer".into())
            .spawn(move || write_loop(writer, rx, notify, sink))
            .map_err(|e| StoreError(format!("cannot start the writer thread: {e}")))?;
        Ok(Arc::new(Store {
            path,
            worker: Mutex::new(worker),
            ingest: tx,
            committed,
            new_work,
        }))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Queue a job durably; resolves after the commit.
    pub async fn enqueue(&self, job: NewJob) -> Result<Enqueued, StoreError> {
        let (tx, rx) = oneshot::channel();
        // try_send: never block the async runtime; a full channel means the disk cannot keep up.
        self.ingest
            .try_send((job, tx))
            .map_err(|e| StoreError(format!("the queue writer is overloaded or stopped ({e})")))?;
        rx.await
            .map_err(|_| StoreError("the queue writer stopped".into()))?
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent; keep going.
        self.worker
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Every pending job, oldest first (the scheduler's starting point).
    pub fn pending(&self) -> Result<Vec<JobRef>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT id, backend_index, token, next_attempt_at FROM jobs WHERE state = 'pending' ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(JobRef {
                id: r.get(0)?,
                backend_index: r.get(1)?,
                token: r.get(2)?,
                due: r.get(3)?,
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
            "SELECT id, backend_index, token, body, attempts, reply, delivered_chunks, reacted FROM jobs
             WHERE id = ?1 AND state = 'pending'",
        )?;
        let job = stmt.query_row(params![id], |row| {
            Ok(Job {
                id: row.get(0)?,
                backend_index: row.get(1)?,
                token: row.get(2)?,
                body: row.get(3)?,
                attempts: row.get(4)?,
                reply: row.get(5)?,
                delivered_chunks: row.get(6)?,
                reacted: row.get::<_, i64>(7)? != 0,
            })
        });
        Ok(job.optional()?)
    }

    /// When a job may run again, if it is still pending.
    pub fn pending_due(&self, id: i64) -> Result<Option<i64>, StoreError> {
        let conn = self.conn();
        let due = conn.query_row(
            "SELECT next_attempt_at FROM jobs WHERE id = ?1 AND state = 'pending'",
            params![id],
            |r| r.get(0),
        );
        Ok(due.optional()?)
    }

    /// Pending jobs (for metrics).
    pub fn depth(&self) -> Result<i64, StoreError> {
        Ok(self.conn().query_row(
            "SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'held')",
            [],
            |r| r.get(0),
        )?)
    }

    pub fn save_reply(&self, id: i64, reply: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE jobs SET reply = ?2 WHERE id = ?1",
            params![id, reply],
        )?;
        Ok(())
    }

    pub fn set_reacted(&self, id: i64, reacted: bool) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE jobs SET reacted = ?2 WHERE id = ?1",
            params![id, reacted as i64],
        )?;
        Ok(())
    }

    pub fn chunk_delivered(&self, id: i64, delivered: u32) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE jobs SET delivered_chunks = ?2 WHERE id = ?1",
            params![id, delivered],
        )?;
        Ok(())
    }

    /// Try again at `at`.
    pub fn retry_at(&self, id: i64, at: i64, error: &str) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE jobs SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?1",
            params![id, at, error],
        )?;
        Ok(())
    }

    /// Done (`done`), given up (`failed`), or waiting for the operator (`held`).
    pub fn finish(&self, id: i64, state: &str, error: Option<&str>) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE jobs SET state = ?2, last_error = ?3, finished_at = ?4 WHERE id = ?1",
            params![id, state, error, now_ms()],
        )?;
        Ok(())
    }

    /// Hold every pending job of a backend (sending to it stopped).
    pub fn hold_backend(&self, backend_index: u32) -> Result<usize, StoreError> {
        Ok(self.conn().execute(
            "UPDATE jobs SET state = 'held' WHERE state = 'pending' AND backend_index = ?1",
            params![backend_index],
        )?)
    }

    /// Drop the pending work of a conversation the bot left (answers would only get 401s).
    pub fn drop_conversation(
        &self,
        backend_index: u32,
        token: &str,
        except: i64,
    ) -> Result<usize, StoreError> {
        Ok(self.conn().execute(
            "UPDATE jobs SET state = 'dropped', finished_at = ?3 WHERE state = 'pending' AND backend_index = ?1 AND token = ?2 AND id != ?4",
            params![backend_index, token, now_ms(), except],
        )?)
    }

    /// A job's state and last error (tests, diagnostics).
    pub fn state(&self, id: i64) -> Result<Option<(String, Option<String>)>, StoreError> {
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
    pub fn counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare("SELECT state, COUNT(*) FROM jobs GROUP BY state ORDER BY state")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

type IngestItem = (NewJob, oneshot::Sender<Result<Enqueued, StoreError>>);

fn write_loop(
    mut conn: Connection,
    rx: mpsc::Receiver<IngestItem>,
    notify: Arc<Notify>,
    sink: Arc<Mutex<Vec<JobRef>>>,
) {
    let mut batch: Vec<IngestItem> = Vec::with_capacity(MAX_BATCH);
    while let Ok(first) = rx.recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(item) => batch.push(item),
                Err(_) => break,
            }
        }
        match insert_batch(&mut conn, &batch) {
            Ok(ids) => {
                let mut new = Vec::new();
                for ((job, reply), id) in batch.drain(..).zip(ids) {
                    let outcome = match id {
                        Some(id) => {
                            let (backend_index, token) = (job.backend_index, job.token);
                            new.push(JobRef {
                                id,
                                backend_index,
                                token,
                                due: 0,
                            });
                            Enqueued::New
                        }
                        None => Enqueued::Duplicate,
                    };
                    let _ = reply.send(Ok(outcome));
                }
                if !new.is_empty() {
                    sink.lock().unwrap_or_else(|p| p.into_inner()).extend(new);
                    notify.notify_one();
                }
            }
            Err(e) => {
                for (_, reply) in batch.drain(..) {
                    let _ = reply.send(Err(StoreError(e.to_string())));
                }
            }
        }
    }
}

/// Insert a batch in one transaction: each job's new row id, or None for a duplicate.
fn insert_batch(
    conn: &mut Connection,
    batch: &[IngestItem],
) -> Result<Vec<Option<i64>>, rusqlite::Error> {
    let tx = conn.transaction()?;
    let mut ids = Vec::with_capacity(batch.len());
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO jobs (dedup_key, backend_index, token, body, received_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(dedup_key) DO NOTHING",
        )?;
        let now = now_ms();
        for (job, _) in batch {
            let inserted = stmt.execute(params![
                job.dedup_key,
                job.backend_index,
                job.token,
                job.body,
                now
            ])?;
            ids.push((inserted == 1).then(|| tx.last_insert_rowid()));
        }
    }
    tx.commit()?;
    Ok(ids)
}
