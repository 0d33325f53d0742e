//! The durable queue: SQLite in WAL mode.
//!
//! One writer thread does every write and group-commits: whatever is waiting when a
//! transaction starts (new webhooks, the workers' state updates) joins it, and each webhook is
//! acknowledged only after its commit (fsync'd, `synchronous=FULL`). Having a single writer
//! means the workers' updates never contend with the ingress for SQLite's write lock.
//! Duplicates (same backend, conversation and message, or the same signed request) are
//! recognised by a unique key. Workers read through their own connection.
//!
//! A write that fails (a full disk, an I/O error) is never dropped: the writer keeps the
//! workers' updates and retries them, oldest first, until they commit, and a [`Store::flush`]
//! answers only then — so a job whose state could not be recorded waits instead of running
//! again. New webhooks are refused (503) while nothing can be written, and
//! [`Store::write_failure`] says why for `/healthz` and `/readyz`.
//!
//! - `writer.rs`: the writer thread and its group commit;
//! - `jobs.rs`: the queue itself (jobs and their states);
//! - `memory.rs`: conversation memory and reply threads;
//! - `rooms.rs`: settings changed from the chat;
//! - `unauthorized.rs`: the 401s each Nextcloud answered, in a file every process shares.

mod jobs;
mod memory;
mod rooms;
mod step;
mod unauthorized;
mod writer;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::Connection;
use tokio::sync::{Notify, oneshot};

pub use jobs::{Enqueued, Job, JobRef, JobState, NewJob};
pub use step::Change;
pub use unauthorized::{Recent, UnauthorizedLog};
use writer::{Update, WriteItem};

/// Webhooks waiting for the writer beyond which the ingress answers 503.
const MAX_WAITING_INSERTS: usize = 32768;

/// A storage failure.
#[derive(Debug)]
pub enum StoreError {
    /// SQLite refused (a full disk, an I/O error, a corrupt file…).
    Sqlite(rusqlite::Error),
    /// The data folder or database file could not be prepared.
    Io {
        what: String,
        source: std::io::Error,
    },
    /// The writer thread is gone (the process is shutting down or it panicked).
    WriterStopped,
    /// Too many webhooks are waiting for the disk.
    Overloaded,
    /// Another process has the data folder open (its lock file).
    Locked(PathBuf),
    /// The write failed (its cause, as the writer saw it).
    WriteFailed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Sqlite(e) => write!(f, "queue storage error: {e}"),
            StoreError::Io { what, source } => write!(f, "{what}: {source}"),
            StoreError::WriterStopped => write!(f, "the queue writer stopped"),
            StoreError::Overloaded => write!(
                f,
                "the disk cannot keep up: too many webhooks waiting to be written"
            ),
            StoreError::WriteFailed(why) => write!(f, "cannot write the queue: {why}"),
            StoreError::Locked(dir) => write!(
                f,
                "another talkbot is using {} (it holds {}/lock): stop it first, or give this one its own TALKBOT_DATA_DIR",
                dir.display(),
                dir.display()
            ),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Sqlite(e) => Some(e),
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
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

/// Schema version 3: jobs that overtake their conversation's queue (Leave), the chunk whose
/// request was started (to count re-sends after a crash), and pruning by age.
const SCHEMA_V3: &str = "
ALTER TABLE jobs ADD COLUMN overtakes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN sending_chunk INTEGER;
CREATE INDEX IF NOT EXISTS jobs_by_finish ON jobs(finished_at);
CREATE INDEX IF NOT EXISTS turns_by_age ON turns(at);
PRAGMA user_version = 3;
";

/// Requests of the job's current chunk that ended without Talk's answer (a re-send may double
/// the message; the next attempt waits longer).
const SCHEMA_V4: &str = "
ALTER TABLE jobs ADD COLUMN unknown_sends INTEGER NOT NULL DEFAULT 0;
PRAGMA user_version = 4;
";

/// Schema version 5: the job machine's state of each job (`bot.step`'s bytes). Rows queued
/// before it keep their body and become jobs with `bot.adopt` when they run.
const SCHEMA_V5: &str = "
ALTER TABLE jobs ADD COLUMN machine BLOB;
PRAGMA user_version = 5;
";

/// Schema version 6: who asked each remembered turn's question (`/talkbot forget me`; rows
/// stored before keep '' and are matched by the asker's display name), each conversation's
/// schedules made from the chat (the engine's text), and the time the schedules were last
/// looked at (`bot.due`'s `since`).
const SCHEMA_V6: &str = "
ALTER TABLE turns ADD COLUMN asker TEXT NOT NULL DEFAULT '';
ALTER TABLE room_settings ADD COLUMN schedules TEXT;
CREATE TABLE IF NOT EXISTS clock (name TEXT PRIMARY KEY, at INTEGER NOT NULL);
PRAGMA user_version = 6;
";

/// Schema version 7: each conversation's tool calls waiting for a moderator (the engine's
/// text, with the waiting jobs).
const SCHEMA_V7: &str = "
ALTER TABLE room_settings ADD COLUMN approvals TEXT;
PRAGMA user_version = 7;
";

/// Bring the schema up to date (each step in a transaction).
fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    conn.execute_batch(SCHEMA)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (step, sql) in [
        (2, SCHEMA_V2),
        (3, SCHEMA_V3),
        (4, SCHEMA_V4),
        (5, SCHEMA_V5),
        (6, SCHEMA_V6),
        (7, SCHEMA_V7),
    ] {
        if version < step {
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.commit()?;
        }
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

/// Create `dir` (mode 0700) and `file` in it (mode 0600) if they do not exist: the queue holds
/// people's messages. SQLite gives its `-wal` and `-shm` files the database file's mode.
fn create_private(dir: &Path, file: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    let io = |what: String| move |source| StoreError::Io { what, source };
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(io(format!("cannot create {}", dir.display())))?;
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(file)
        .map_err(io(format!("cannot create {}", file.display())))?;
    Ok(())
}

/// Take `<dir>/lock` (an advisory lock the kernel drops when the process ends, even by
/// SIGKILL): two processes on one queue would both deliver its jobs.
fn lock_folder(dir: &Path) -> Result<std::fs::File, StoreError> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join("lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&path)
        .map_err(|source| StoreError::Io {
            what: format!("cannot create {}", path.display()),
            source,
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Locked(dir.to_path_buf())),
        Err(std::fs::TryLockError::Error(source)) => Err(StoreError::Io {
            what: format!("cannot lock {}", path.display()),
            source,
        }),
    }
}

/// The writer's health, shared with the store.
#[derive(Default)]
struct WriterHealth {
    /// Why writes fail, while they do.
    failure: Mutex<Option<String>>,
    /// Failed write transactions since start.
    failures: AtomicU64,
    /// Updates waiting to be written again.
    carried: AtomicUsize,
}

/// The queue, shared by the HTTP ingress and the workers.
pub struct Store {
    path: PathBuf,
    reader: Mutex<Connection>,
    writes: mpsc::Sender<WriteItem>,
    waiting_inserts: Arc<AtomicUsize>,
    /// Jobs committed since the worker last looked.
    committed: Arc<Mutex<Vec<JobRef>>>,
    health: Arc<WriterHealth>,
    /// Backends that had held jobs when the store was opened (released to pending).
    held_at_open: Vec<u32>,
    /// Signalled after new jobs were committed.
    pub new_work: Arc<Notify>,
    /// The data folder's lock, held while the store is open.
    _lock: std::fs::File,
}

impl Store {
    /// Open (or create) `<data_dir>/queue.sqlite3` and start the writer thread. Jobs held by
    /// an earlier run are made pending again.
    pub fn open(data_dir: &Path) -> Result<Arc<Store>, StoreError> {
        let path = data_dir.join("queue.sqlite3");
        create_private(data_dir, &path)?;
        let lock = lock_folder(data_dir)?;
        let mut writer = open(&path, "FULL")?;
        migrate(&mut writer)?;
        let held_at_open = {
            let mut stmt =
                writer.prepare("SELECT DISTINCT backend_index FROM jobs WHERE state = 'held'")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<Vec<u32>, _>>()?
        };
        writer.execute("UPDATE jobs SET state = 'pending' WHERE state = 'held'", [])?;
        let reader = open(&path, "NORMAL")?;
        let (tx, rx) = mpsc::channel();
        let new_work = Arc::new(Notify::new());
        let committed: Arc<Mutex<Vec<JobRef>>> = Arc::default();
        let waiting_inserts = Arc::new(AtomicUsize::new(0));
        let health = Arc::new(WriterHealth::default());
        let shared = writer::Shared {
            notify: new_work.clone(),
            committed: committed.clone(),
            waiting_inserts: waiting_inserts.clone(),
            health: health.clone(),
        };
        thread::Builder::new()
            .name("talkbot-queue-writer".into())
            .spawn(move || writer::write_loop(writer, rx, shared))
            .map_err(|source| StoreError::Io {
                what: "cannot start the writer thread".into(),
                source,
            })?;
        Ok(Arc::new(Store {
            path,
            reader: Mutex::new(reader),
            writes: tx,
            waiting_inserts,
            committed,
            health,
            held_at_open,
            new_work,
            _lock: lock,
        }))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Backends whose jobs were held by the previous run (sending to them had stopped).
    pub fn held_at_open(&self) -> Vec<u32> {
        self.held_at_open.clone()
    }

    /// Why writes are failing right now (None: they are not).
    pub fn write_failure(&self) -> Option<String> {
        self.health
            .failure
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Failed write transactions since start.
    pub fn write_failures(&self) -> u64 {
        self.health.failures.load(Ordering::Relaxed)
    }

    /// Workers' updates waiting to be written again after a failed write.
    pub fn carried_updates(&self) -> usize {
        self.health.carried.load(Ordering::Relaxed)
    }

    fn update(&self, update: Update) -> Result<(), StoreError> {
        self.writes
            .send(WriteItem::Update(update))
            .map_err(|_| StoreError::WriterStopped)
    }

    /// The time stored under `name` (`set_clock`), if any.
    pub fn clock(&self, name: &str) -> Result<Option<i64>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn.prepare_cached("SELECT at FROM clock WHERE name = ?1")?;
        let mut rows = stmt.query([name])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get(0)?),
            None => None,
        })
    }

    /// Store `at` under `name`; resolves after the commit.
    pub async fn set_clock(&self, name: &str, at: i64) -> Result<(), StoreError> {
        self.update(Update::SetClock {
            name: name.to_string(),
            at,
        })?;
        self.flush().await
    }

    /// Wait until every write sent before is committed. While writes fail this waits (the
    /// writer retries them): a job whose state is not recorded must not go on.
    pub async fn flush(&self) -> Result<(), StoreError> {
        let (tx, rx) = oneshot::channel();
        self.writes
            .send(WriteItem::Flush(tx))
            .map_err(|_| StoreError::WriterStopped)?;
        rx.await.map_err(|_| StoreError::WriterStopped)
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite inconsistent; keep going.
        self.reader
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
