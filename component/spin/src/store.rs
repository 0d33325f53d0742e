//! The Spin app's durable state in Spin's SQLite (`sqlite_databases = ["default"]`): the job
//! queue, each conversation's settings and memory. One database holds everything, so replicas
//! share all of it by pointing `default` at one database (a shared SQLite file for several
//! `spin up`, libSQL for SpinKube; see `deploy/`).
//!
//! A job is one accepted webhook. It is inserted before the webhook is answered (the insert is
//! also the duplicate check: the dedup key is the primary key), then claimed with a lease by
//! one single-statement `UPDATE … RETURNING`, which SQLite runs atomically, so of several
//! instances draining at once exactly one gets a job. A job is claimed only when no earlier
//! unfinished job of its conversation exists: replies keep the order of the questions.
//! Finished jobs stay as `done` rows for [`KEEP_DONE_MS`] so a late duplicate is still known.

use spin_sdk::sqlite::{Connection, Error, QueryResult, Value};

/// Finished jobs are kept this long for the duplicate check (webhooks older than an hour are
/// refused as stale anyway).
pub const KEEP_DONE_MS: u64 = 2 * 3_600_000;

/// A claimed job is another instance's again after this long without news (the instance
/// died mid-work). Longer than the model's and Talk's timeouts together.
pub const LEASE_MS: u64 = 180_000;

const SCHEMA_VERSION: i64 = 4;

const SCHEMA: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS talkbot_jobs (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        token TEXT NOT NULL,
        headers TEXT NOT NULL,
        body BLOB NOT NULL,
        received_at INTEGER NOT NULL,
        due_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        answer_attempts INTEGER NOT NULL DEFAULT 0,
        lease TEXT,
        lease_until INTEGER NOT NULL DEFAULT 0,
        phase TEXT NOT NULL DEFAULT 'event',
        pending TEXT,
        outcome TEXT,
        finished_at INTEGER,
        message_id INTEGER,
        reacted INTEGER NOT NULL DEFAULT 0
    )",
    // 3: the job machine's state (`nextcloud:talk-bot/job`); rows of 2 have none and keep
    // their webhook in `headers` and `body`, from which a claim makes one.
    "ALTER TABLE talkbot_jobs ADD COLUMN job BLOB",
    "CREATE INDEX IF NOT EXISTS talkbot_jobs_due ON talkbot_jobs (phase, due_at)",
    "CREATE INDEX IF NOT EXISTS talkbot_jobs_room ON talkbot_jobs (token, phase, seq)",
    "CREATE TABLE IF NOT EXISTS talkbot_rooms (
        token TEXT PRIMARY KEY,
        settings TEXT,
        memory TEXT
    )",
    // 4: times kept by name: the schedules' last look (`bot.due`'s `since`).
    "CREATE TABLE IF NOT EXISTS talkbot_clock (name TEXT PRIMARY KEY, at INTEGER NOT NULL)",
    // The engine's 401 breaker per Nextcloud (`breaker.rs`): `version` for compare-and-swap,
    // `secret` a fingerprint of the signing secret.
    "CREATE TABLE IF NOT EXISTS talkbot_breaker (
        nextcloud TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        secret TEXT NOT NULL,
        state TEXT NOT NULL
    )",
];

/// The columns a claim returns, in this order.
const CLAIMED: &str = "key, token, job, headers, body, received_at";

/// A job this instance holds the lease of.
pub struct Claimed {
    pub key: String,
    /// The job machine's state (opaque bytes).
    pub job: JobBytes,
    /// This claim's lease id: every later write checks it still holds the job.
    pub lease: String,
}

/// What a claimed row holds.
pub enum JobBytes {
    /// The machine's state.
    State(Vec<u8>),
    /// A row written before the machine (schema 2): the webhook as received, with its
    /// signature headers and arrival time, to be ingested again.
    Webhook {
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        received_at: u64,
    },
}

/// The open database.
pub struct Db {
    conn: Connection,
}

/// What went wrong with the database, for the log and the webhook's 503.
pub fn describe(e: &Error) -> String {
    match e {
        Error::NoSuchDatabase => {
            "no SQLite database `default` (spin.toml: sqlite_databases = [\"default\"])".into()
        }
        Error::AccessDenied => "the component may not open the SQLite database `default`".into(),
        Error::InvalidConnection => "the SQLite connection is not valid".into(),
        Error::DatabaseFull => "the SQLite database is full".into(),
        Error::Io(e) => format!("SQLite: {e}"),
    }
}

fn int(v: u64) -> Value {
    Value::Integer(i64::try_from(v).unwrap_or(i64::MAX))
}

fn text(v: &str) -> Value {
    Value::Text(v.to_string())
}

impl Db {
    /// Open `default` and create the tables if this database has none yet.
    pub fn open() -> Result<Db, Error> {
        let db = Db {
            conn: Connection::open_default()?,
        };
        let version = db
            .query("PRAGMA user_version", &[])?
            .rows
            .first()
            .and_then(|r| r.get::<i64>(0))
            .unwrap_or(0);
        if version != SCHEMA_VERSION {
            // WAL lets several processes share one file with readers never blocked; a
            // database that cannot (libSQL) keeps its own journal.
            let _ = db.query("PRAGMA journal_mode = WAL", &[]);
            for statement in SCHEMA {
                match db.query(statement, &[]) {
                    // The column is there already (a database made at schema 3).
                    Err(Error::Io(e))
                        if statement.starts_with("ALTER") && e.contains("duplicate column") => {}
                    other => {
                        other?;
                    }
                }
            }
            db.query(&format!("PRAGMA user_version = {SCHEMA_VERSION}"), &[])?;
        }
        Ok(db)
    }

    fn query(&self, sql: &str, params: &[Value]) -> Result<QueryResult, Error> {
        self.conn.execute(sql, params)
    }

    /// Record an accepted webhook's job; false when its key is already known (a duplicate).
    pub fn insert(&self, key: &str, token: &str, job: &[u8], now: u64) -> Result<bool, Error> {
        let inserted = self.query(
            "INSERT INTO talkbot_jobs (key, token, headers, body, job, received_at, due_at)
             VALUES (?1, ?2, '[]', X'', ?3, ?4, ?4) ON CONFLICT (key) DO NOTHING RETURNING seq",
            &[text(key), text(token), Value::Blob(job.to_vec()), int(now)],
        )?;
        Ok(!inserted.rows.is_empty())
    }

    /// Claim job `key` if it is due, not leased and first in its conversation.
    pub fn claim(&self, key: &str, lease: &str, now: u64) -> Result<Option<Claimed>, Error> {
        self.claim_where("key = ?3", Some(key), lease, now)
    }

    /// Claim the job that has waited longest of those that can go now.
    pub fn claim_next(&self, lease: &str, now: u64) -> Result<Option<Claimed>, Error> {
        self.claim_where(
            "seq = (SELECT j.seq FROM talkbot_jobs j WHERE j.phase != 'done' AND j.due_at <= ?2
                    AND j.lease_until <= ?2 AND NOT EXISTS (SELECT 1 FROM talkbot_jobs e
                    WHERE e.token = j.token AND e.phase != 'done' AND e.seq < j.seq)
                    ORDER BY j.due_at, j.seq LIMIT 1)",
            None,
            lease,
            now,
        )
    }

    fn claim_where(
        &self,
        which: &str,
        key: Option<&str>,
        lease: &str,
        now: u64,
    ) -> Result<Option<Claimed>, Error> {
        // One statement: SQLite holds the write lock for all of it, so two instances never
        // both see the job as free.
        let sql = format!(
            "UPDATE talkbot_jobs SET lease = ?1, lease_until = ?2 + {LEASE_MS}
             WHERE {which} AND phase != 'done' AND due_at <= ?2 AND lease_until <= ?2
               AND NOT EXISTS (SELECT 1 FROM talkbot_jobs e WHERE e.token = talkbot_jobs.token
                               AND e.phase != 'done' AND e.seq < talkbot_jobs.seq)
             RETURNING {CLAIMED}"
        );
        let mut params = vec![text(lease), int(now)];
        if let Some(key) = key {
            params.push(text(key));
        }
        let result = self.query(&sql, &params)?;
        let Some(row) = result.rows.first() else {
            return Ok(None);
        };
        let get_text = |i: usize| row.get::<&str>(i).unwrap_or_default().to_string();
        let blob = |i: usize| match row.values.get(i) {
            Some(Value::Blob(b)) => Some(b.clone()),
            Some(Value::Text(t)) => Some(t.clone().into_bytes()),
            _ => None,
        };
        let job = match blob(2) {
            Some(state) if !state.is_empty() => JobBytes::State(state),
            _ => JobBytes::Webhook {
                headers: serde_json::from_str(&get_text(3)).unwrap_or_default(),
                body: blob(4).unwrap_or_default(),
                received_at: row.get::<u64>(5).unwrap_or(now),
            },
        };
        Ok(Some(Claimed {
            key: get_text(0),
            job,
            lease: lease.to_string(),
        }))
    }

    /// Keep the job's state (before a request leaves: a restart then knows it may have gone
    /// out); false when the lease was lost (another instance has the job).
    pub fn save(&self, job: &Claimed, state: &[u8]) -> Result<bool, Error> {
        let result = self.query(
            "UPDATE talkbot_jobs SET job = ?1, headers = '[]', body = X'', lease_until = ?2
             WHERE key = ?3 AND lease = ?4 RETURNING seq",
            &[
                Value::Blob(state.to_vec()),
                int(crate::now_ms() + LEASE_MS),
                text(&job.key),
                text(&job.lease),
            ],
        )?;
        Ok(!result.rows.is_empty())
    }

    /// Give the job back with its state, to be run again at `due_at` (`why` it waits).
    pub fn retry_at(
        &self,
        job: &Claimed,
        state: &[u8],
        due_at: u64,
        why: &str,
    ) -> Result<(), Error> {
        self.query(
            "UPDATE talkbot_jobs SET job = ?1, due_at = ?2, outcome = ?3, lease = NULL,
                 lease_until = 0, headers = '[]', body = X''
             WHERE key = ?4 AND lease = ?5",
            &[
                Value::Blob(state.to_vec()),
                int(due_at),
                text(why),
                text(&job.key),
                text(&job.lease),
            ],
        )?;
        Ok(())
    }

    /// The job is over (delivered, ignored, or given up with `outcome` saying why).
    pub fn finish(&self, job: &Claimed, outcome: &str, now: u64) -> Result<(), Error> {
        self.query(
            "UPDATE talkbot_jobs SET phase = 'done', outcome = ?1, finished_at = ?2,
                 pending = NULL, body = X'', job = NULL, lease = NULL, lease_until = 0
             WHERE key = ?3 AND lease = ?4",
            &[text(outcome), int(now), text(&job.key), text(&job.lease)],
        )?;
        Ok(())
    }

    /// The bot left conversation `token` with the Leave of job `leave`: the unfinished jobs
    /// that came before it are void (a Join or a message after it is not). Their leases go
    /// too: an instance still running one (its request with Talk) can then write nothing back
    /// and send nothing more, since every write of a claimed job checks its lease.
    pub fn abandon_room(&self, token: &str, leave: &str, now: u64) -> Result<(), Error> {
        self.query(
            "UPDATE talkbot_jobs SET phase = 'done', outcome = 'the bot left the conversation',
                 finished_at = ?1, pending = NULL, body = X'', job = NULL, lease = NULL,
                 lease_until = 0
             WHERE token = ?2 AND phase != 'done'
               AND seq < (SELECT seq FROM talkbot_jobs WHERE key = ?3)",
            &[int(now), text(token), text(leave)],
        )?;
        Ok(())
    }

    /// The breaker row of `nextcloud`: its version, secret fingerprint and state (JSON).
    pub fn breaker(&self, nextcloud: &str) -> Result<Option<(u64, String, String)>, Error> {
        let result = self.query(
            "SELECT version, secret, state FROM talkbot_breaker WHERE nextcloud = ?1",
            &[text(nextcloud)],
        )?;
        Ok(result.rows.first().map(|row| {
            (
                row.get::<u64>(0).unwrap_or(0),
                row.get::<&str>(1).unwrap_or_default().to_string(),
                row.get::<&str>(2).unwrap_or_default().to_string(),
            )
        }))
    }

    /// Write the breaker of `nextcloud` if it is still at `version` (0: no row yet); false
    /// when another instance changed it first.
    pub fn swap_breaker(
        &self,
        nextcloud: &str,
        version: u64,
        secret: &str,
        state: &str,
    ) -> Result<bool, Error> {
        let result = if version == 0 {
            self.query(
                "INSERT INTO talkbot_breaker (nextcloud, version, secret, state)
                 VALUES (?1, 1, ?2, ?3) ON CONFLICT (nextcloud) DO NOTHING RETURNING version",
                &[text(nextcloud), text(secret), text(state)],
            )?
        } else {
            self.query(
                "UPDATE talkbot_breaker SET version = version + 1, secret = ?2, state = ?3
                 WHERE nextcloud = ?1 AND version = ?4 RETURNING version",
                &[text(nextcloud), text(secret), text(state), int(version)],
            )?
        };
        Ok(!result.rows.is_empty())
    }

    /// Jobs of `token` that waited on its 401s are due now.
    pub fn release_room(&self, token: &str, now: u64) -> Result<(), Error> {
        self.query(
            "UPDATE talkbot_jobs SET due_at = ?1 WHERE token = ?2 AND phase != 'done' AND due_at > ?1",
            &[int(now), text(token)],
        )?;
        Ok(())
    }

    /// Forget finished jobs older than [`KEEP_DONE_MS`].
    pub fn prune(&self, now: u64) -> Result<(), Error> {
        self.query(
            "DELETE FROM talkbot_jobs WHERE phase = 'done' AND finished_at < ?1",
            &[int(now.saturating_sub(KEEP_DONE_MS))],
        )?;
        Ok(())
    }

    /// (token, settings) of the conversations whose stored settings contain `needle`.
    pub fn room_settings_with(&self, needle: &str) -> Result<Vec<(String, String)>, Error> {
        let result = self.query(
            "SELECT token, settings FROM talkbot_rooms WHERE instr(settings, ?1) > 0",
            &[text(needle)],
        )?;
        Ok(result
            .rows
            .iter()
            .filter_map(|row| {
                Some((
                    row.get::<&str>(0)?.to_string(),
                    row.get::<&str>(1)?.to_string(),
                ))
            })
            .collect())
    }

    /// The time kept under `name`, if any.
    pub fn clock(&self, name: &str) -> Result<Option<u64>, Error> {
        let result = self.query(
            "SELECT at FROM talkbot_clock WHERE name = ?1",
            &[text(name)],
        )?;
        Ok(result.rows.first().and_then(|r| r.get::<u64>(0)))
    }

    /// Keep `at` under `name`, unless a later time is kept already (instances looking at
    /// once never move it back).
    pub fn set_clock(&self, name: &str, at: u64) -> Result<(), Error> {
        self.query(
            "INSERT INTO talkbot_clock (name, at) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET at = max(at, excluded.at)",
            &[text(name), int(at)],
        )?;
        Ok(())
    }

    /// How many jobs are not finished, and when the next is due.
    pub fn backlog(&self) -> Result<(u64, Option<u64>), Error> {
        let result = self.query(
            "SELECT count(*), min(due_at) FROM talkbot_jobs WHERE phase != 'done'",
            &[],
        )?;
        let row = result.rows.first();
        Ok((
            row.and_then(|r| r.get::<u64>(0)).unwrap_or(0),
            row.and_then(|r| r.get::<u64>(1)),
        ))
    }

    /// A conversation's stored settings and memory (JSON), if any.
    pub fn room(&self, token: &str) -> Result<(Option<String>, Option<String>), Error> {
        let result = self.query(
            "SELECT settings, memory FROM talkbot_rooms WHERE token = ?1",
            &[text(token)],
        )?;
        let row = result.rows.first();
        Ok((
            row.and_then(|r| r.get::<&str>(0)).map(str::to_string),
            row.and_then(|r| r.get::<&str>(1)).map(str::to_string),
        ))
    }

    pub fn set_settings(&self, token: &str, settings: &str) -> Result<(), Error> {
        self.query(
            "INSERT INTO talkbot_rooms (token, settings) VALUES (?1, ?2)
             ON CONFLICT (token) DO UPDATE SET settings = excluded.settings",
            &[text(token), text(settings)],
        )?;
        Ok(())
    }

    pub fn set_memory(&self, token: &str, memory: Option<&str>) -> Result<(), Error> {
        self.query(
            "INSERT INTO talkbot_rooms (token, memory) VALUES (?1, ?2)
             ON CONFLICT (token) DO UPDATE SET memory = excluded.memory",
            &[text(token), memory.map_or(Value::Null, text)],
        )?;
        Ok(())
    }

    pub fn forget_room(&self, token: &str) -> Result<(), Error> {
        self.query("DELETE FROM talkbot_rooms WHERE token = ?1", &[text(token)])?;
        Ok(())
    }
}
