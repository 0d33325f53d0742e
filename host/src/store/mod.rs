//! The durable queue: SQLite in WAL mode.
//!
//! One writer thread does every write and group-commits: whatever is waiting when a
//! transaction starts (new webhooks, the workers' state updates) joins it, and each webhook is
//! acknowledged only after its commit (fsync'd, `synchronous=FULL`). Having a single writer
//! means the workers' updates never contend with the ingress for SQLite's write lock.
//! Duplicates (same backend, conversation and message, or the same signed request) are
//! recognised by a unique key. Workers read through their own connection.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension, params};

use crate::responder::{Role, Turn};
use tokio::sync::{Notify, oneshot};

/// Most items committed in one transaction.
const MAX_BATCH: usize = 4096;
/// Webhooks waiting for the writer beyond which the ingress answers 503.
const MAX_WAITING_INSERTS: usize = 32768;

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
    /// Set when `reply` is the failure notice: why no responder answered.
    pub failure: Option<String>,
}

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

/// Settings changed from the chat (`/talkbot mode …`), overriding the configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomSettings {
    pub mode: Option<String>,
    pub persona: Option<String>,
}

/// Remembered messages kept per conversation (older ones are deleted).
const KEEP_TURNS: i64 = 200;

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

/// Schema version 2: conversation memory, settings changed from the chat, failure notices.
const SCHEMA_V2: &str = "
ALTER TABLE jobs ADD COLUMN failure TEXT;
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY,
    backend_index INTEGER NOT NULL,
    token TEXT NOT NULL,
    thread TEXT NOT NULL,
    message_id TEXT NOT NULL,
    role TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_by_thread ON turns(backend_index, token, thread, id);
CREATE INDEX IF NOT EXISTS turns_by_message ON turns(backend_index, token, message_id);
CREATE TABLE IF NOT EXISTS room_settings (
    backend_index INTEGER NOT NULL,
    token TEXT NOT NULL,
    mode TEXT,
    persona TEXT,
    PRIMARY KEY (backend_index, token)
);
PRAGMA user_version = 2;
";

/// Bring the schema up to date (each step in a transaction).
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    conn.execute_batch(SCHEMA)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version < 2 {
        let tx = conn.transaction()?;
        tx.execute_batch(SCHEMA_V2)?;
        tx.commit()?;
    }
    Ok(())
}

fn open(path: &Path, synchronous: &str) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", synchronous)?;
    Ok(conn)
}

/// A change to a queued job, applied by the writer in its next transaction.
#[derive(Debug)]
enum Update {
    SaveReply {
        id: i64,
        reply: String,
        failure: Option<String>,
        turns: Vec<NewTurn>,
    },
    Forget(u32, String),
    SetRoom(u32, String, RoomSettings),
    SetReacted(i64, bool),
    ChunkDelivered(i64, u32),
    RetryAt(i64, i64, String),
    Finish(i64, &'static str, Option<String>),
    HoldBackend(u32),
    DropConversation(u32, String, i64),
}

/// What the writer thread is asked to do.
enum WriteItem {
    Insert(NewJob, oneshot::Sender<Result<Enqueued, StoreError>>),
    Update(Update),
    /// Answered once everything sent before it is committed.
    Flush(oneshot::Sender<()>),
}

/// The queue, shared by the HTTP ingress and the workers.
pub struct Store {
    path: PathBuf,
    reader: Mutex<Connection>,
    writes: mpsc::Sender<WriteItem>,
    waiting_inserts: Arc<AtomicUsize>,
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
        let mut writer = open(&path, "FULL")?;
        migrate(&mut writer)?;
        writer.execute("UPDATE jobs SET state = 'pending' WHERE state = 'held'", [])?;
        let reader = open(&path, "NORMAL")?;
        let (tx, rx) = mpsc::channel();
        let new_work = Arc::new(Notify::new());
        let committed: Arc<Mutex<Vec<JobRef>>> = Arc::default();
        let waiting_inserts = Arc::new(AtomicUsize::new(0));
        let shared = Shared {
            notify: new_work.clone(),
            committed: committed.clone(),
            waiting_inserts: waiting_inserts.clone(),
        };
        thread::Builder::new()
            .name("talkbot-queue-writer".into())
            .spawn(move || write_loop(writer, rx, shared))
            .map_err(|e| StoreError(format!("cannot start the writer thread: {e}")))?;
        Ok(Arc::new(Store {
            path,
            reader: Mutex::new(reader),
            writes: tx,
            waiting_inserts,
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
        if self.waiting_inserts.fetch_add(1, Ordering::Relaxed) >= MAX_WAITING_INSERTS {
            self.waiting_inserts.fetch_sub(1, Ordering::Relaxed);
            return Err(StoreError(
                "the disk cannot keep up: too many webhooks waiting to be written".into(),
            ));
        }
        let (tx, rx) = oneshot::channel();
        if self.writes.send(WriteItem::Insert(job, tx)).is_err() {
            self.waiting_inserts.fetch_sub(1, Ordering::Relaxed);
            return Err(StoreError("the queue writer stopped".into()));
        }
        rx.await
            .map_err(|_| StoreError("the queue writer stopped".into()))?
    }

    fn update(&self, update: Update) -> Result<(), StoreError> {
        self.writes
            .send(WriteItem::Update(update))
            .map_err(|_| StoreError("the queue writer stopped".into()))
    }

    /// Wait until every write sent before is committed.
    pub async fn flush(&self) -> Result<(), StoreError> {
        let (tx, rx) = oneshot::channel();
        self.writes
            .send(WriteItem::Flush(tx))
            .map_err(|_| StoreError("the queue writer stopped".into()))?;
        rx.await
            .map_err(|_| StoreError("the queue writer stopped".into()))
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent; keep going.
        self.reader
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
            "SELECT id, backend_index, token, body, attempts, reply, delivered_chunks, reacted, failure FROM jobs
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
                failure: row.get(8)?,
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

    /// Jobs waiting (for metrics).
    pub fn depth(&self) -> Result<i64, StoreError> {
        Ok(self.conn().query_row(
            "SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'held')",
            [],
            |r| r.get(0),
        )?)
    }

    /// Keep the responder's reply, so a retry does not ask again, and remember `turns` in the
    /// same transaction. With `failure`, the reply is the failure notice.
    pub fn save_reply(
        &self,
        id: i64,
        reply: &str,
        failure: Option<&str>,
        turns: Vec<NewTurn>,
    ) -> Result<(), StoreError> {
        self.update(Update::SaveReply {
            id,
            reply: reply.to_string(),
            failure: failure.map(str::to_string),
            turns,
        })
    }

    /// Forget a conversation's memory (`/reset`, or the bot left).
    pub fn forget(&self, backend_index: u32, token: &str) -> Result<(), StoreError> {
        self.update(Update::Forget(backend_index, token.to_string()))
    }

    /// Store settings changed from the chat.
    pub fn set_room(
        &self,
        backend_index: u32,
        token: &str,
        settings: RoomSettings,
    ) -> Result<(), StoreError> {
        self.update(Update::SetRoom(backend_index, token.to_string(), settings))
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
        let rows = stmt.query_map(params![backend_index, token, thread, limit as i64], |r| {
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
        })?;
        let mut turns = rows.collect::<Result<Vec<_>, _>>()?;
        turns.reverse();
        Ok(turns)
    }

    pub fn set_reacted(&self, id: i64, reacted: bool) -> Result<(), StoreError> {
        self.update(Update::SetReacted(id, reacted))
    }

    pub fn chunk_delivered(&self, id: i64, delivered: u32) -> Result<(), StoreError> {
        self.update(Update::ChunkDelivered(id, delivered))
    }

    /// Try again at `at`.
    pub fn retry_at(&self, id: i64, at: i64, error: &str) -> Result<(), StoreError> {
        self.update(Update::RetryAt(id, at, error.to_string()))
    }

    /// Done (`done`), given up (`failed`), or waiting for the operator (`held`).
    pub fn finish(
        &self,
        id: i64,
        state: &'static str,
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        self.update(Update::Finish(id, state, error.map(str::to_string)))
    }

    /// Hold every pending job of a backend (sending to it stopped).
    pub fn hold_backend(&self, backend_index: u32) -> Result<(), StoreError> {
        self.update(Update::HoldBackend(backend_index))
    }

    /// Drop the pending work of a conversation the bot left (answers would only get 401s).
    pub fn drop_conversation(
        &self,
        backend_index: u32,
        token: &str,
        except: i64,
    ) -> Result<(), StoreError> {
        self.update(Update::DropConversation(
            backend_index,
            token.to_string(),
            except,
        ))
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

/// What the writer thread shares with the store.
struct Shared {
    notify: Arc<Notify>,
    committed: Arc<Mutex<Vec<JobRef>>>,
    waiting_inserts: Arc<AtomicUsize>,
}

fn write_loop(mut conn: Connection, rx: mpsc::Receiver<WriteItem>, shared: Shared) {
    let mut batch: Vec<WriteItem> = Vec::with_capacity(MAX_BATCH);
    while let Ok(first) = rx.recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(item) => batch.push(item),
                Err(_) => break,
            }
        }
        let result = write_batch(&mut conn, &batch);
        let mut new = Vec::new();
        let mut ids = result.as_ref().ok().map(|ids| ids.iter());
        for item in batch.drain(..) {
            match item {
                WriteItem::Insert(job, reply) => {
                    shared.waiting_inserts.fetch_sub(1, Ordering::Relaxed);
                    let answer = match (&result, ids.as_mut().and_then(Iterator::next)) {
                        (Ok(_), Some(Some(id))) => {
                            new.push(JobRef {
                                id: *id,
                                backend_index: job.backend_index,
                                token: job.token,
                                due: 0,
                            });
                            Ok(Enqueued::New)
                        }
                        (Ok(_), _) => Ok(Enqueued::Duplicate),
                        (Err(e), _) => Err(StoreError(e.to_string())),
                    };
                    let _ = reply.send(answer);
                }
                WriteItem::Flush(reply) => {
                    let _ = reply.send(());
                }
                WriteItem::Update(_) => {}
            }
        }
        if let Err(e) = &result {
            tracing::error!("queue write failed: {e}");
        }
        if !new.is_empty() {
            shared
                .committed
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .extend(new);
            shared.notify.notify_one();
        }
    }
}

/// Apply a batch in one transaction: for each insert, its new row id or None for a duplicate.
fn write_batch(
    conn: &mut Connection,
    batch: &[WriteItem],
) -> Result<Vec<Option<i64>>, rusqlite::Error> {
    let tx = conn.transaction()?;
    let mut ids = Vec::new();
    let now = now_ms();
    for item in batch {
        match item {
            WriteItem::Insert(job, _) => {
                let inserted = tx
                    .prepare_cached(
                        "INSERT INTO jobs (dedup_key, backend_index, token, body, received_at) VALUES (?1, ?2, ?3, ?4, ?5)
                         ON CONFLICT(dedup_key) DO NOTHING",
                    )?
                    .execute(params![job.dedup_key, job.backend_index, job.token, job.body, now])?;
                ids.push((inserted == 1).then(|| tx.last_insert_rowid()));
            }
            WriteItem::Update(update) => apply(&tx, update, now)?,
            WriteItem::Flush(_) => {}
        }
    }
    tx.commit()?;
    Ok(ids)
}

fn apply(tx: &rusqlite::Transaction<'_>, update: &Update, now: i64) -> Result<(), rusqlite::Error> {
    let run = |sql: &str, values: &[&dyn rusqlite::ToSql]| {
        tx.prepare_cached(sql)?.execute(values).map(|_| ())
    };
    match update {
        Update::SaveReply {
            id,
            reply,
            failure,
            turns,
        } => {
            run(
                "UPDATE jobs SET reply = ?2, failure = ?3 WHERE id = ?1",
                params![id, reply, failure],
            )?;
            for t in turns {
                run(
                    "INSERT INTO turns (backend_index, token, thread, message_id, role, author, text, at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![t.backend_index, t.token, t.thread, t.message_id, t.role.as_str(), t.author, t.text, now],
                )?;
            }
            if let Some(t) = turns.first() {
                run(
                    "DELETE FROM turns WHERE backend_index = ?1 AND token = ?2 AND id <=
                     (SELECT id FROM turns WHERE backend_index = ?1 AND token = ?2 ORDER BY id DESC LIMIT 1 OFFSET ?3)",
                    params![t.backend_index, t.token, KEEP_TURNS],
                )?;
            }
            Ok(())
        }
        Update::Forget(backend, token) => run(
            "DELETE FROM turns WHERE backend_index = ?1 AND token = ?2",
            params![backend, token],
        ),
        Update::SetRoom(backend, token, settings) => run(
            "INSERT INTO room_settings (backend_index, token, mode, persona) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (backend_index, token) DO UPDATE SET mode = ?3, persona = ?4",
            params![backend, token, settings.mode, settings.persona],
        ),
        Update::SetReacted(id, reacted) => run(
            "UPDATE jobs SET reacted = ?2 WHERE id = ?1",
            params![id, i64::from(*reacted)],
        ),
        Update::ChunkDelivered(id, n) => run(
            "UPDATE jobs SET delivered_chunks = ?2 WHERE id = ?1",
            params![id, n],
        ),
        Update::RetryAt(id, at, error) => run(
            "UPDATE jobs SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?1",
            params![id, at, error],
        ),
        Update::Finish(id, state, error) => run(
            "UPDATE jobs SET state = ?2, last_error = ?3, finished_at = ?4 WHERE id = ?1",
            params![id, state, error, now],
        ),
        Update::HoldBackend(backend) => run(
            "UPDATE jobs SET state = 'held' WHERE state = 'pending' AND backend_index = ?1",
            params![backend],
        ),
        Update::DropConversation(backend, token, except) => run(
            "UPDATE jobs SET state = 'dropped', finished_at = ?4
             WHERE state = 'pending' AND backend_index = ?1 AND token = ?2 AND id != ?3",
            params![backend, token, except, now],
        ),
    }
}
