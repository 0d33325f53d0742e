//! The single writer thread: group commit, and retrying what could not be written.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rusqlite::{Connection, params};
use tokio::sync::{Notify, oneshot};
use tracing::{error, info};

use super::jobs::{Enqueued, JobRef, JobState, NewJob};
use super::memory::role_name;
use super::rooms::mode_name;
use super::{StoreError, WriterHealth, now_ms};
use crate::protocol::MemoryTurn;
use crate::protocol::RoomSettings;

/// Most items committed in one transaction.
const MAX_BATCH: usize = 4096;
/// Longest wait of a batch that nobody waits for, for more work to commit with.
const LINGER: Duration = Duration::from_millis(10);
/// First and longest pause before writing again after a failed write.
const RETRY_FIRST: Duration = Duration::from_millis(50);
const RETRY_MAX: Duration = Duration::from_secs(2);
/// While writes keep failing, the failure is logged again at most this often.
const LOG_EVERY: Duration = Duration::from_secs(30);

/// A change to the database, applied by the writer in its next transaction. Every change to
/// a job applies only while the job is pending or held, so a job that a Leave dropped (or that
/// finished) is never brought back by a late update; a job held while its request was in
/// flight still records how that request ended.
#[derive(Debug)]
pub(super) enum Update {
    /// These, in order, in one transaction.
    Together(Vec<Update>),
    /// The job's state, committed before a request leaves; `sending` marks that one may be
    /// on its way (after a crash, the next send is a re-send).
    SaveJob {
        id: i64,
        machine: Vec<u8>,
        sending: bool,
    },
    /// The job waits until `at` (or, `held`, for the operator) with this state; `sending`:
    /// its last request got no answer (the next is a re-send).
    Sleep {
        id: i64,
        machine: Vec<u8>,
        at: i64,
        error: String,
        sending: bool,
        unknown_sends: u32,
        held: bool,
    },
    Remember {
        backend: u32,
        token: String,
        turns: Vec<MemoryTurn>,
        keep: i64,
    },
    /// `/talkbot forget`: these questions' turns (all when none) and what the conversation's
    /// finished jobs still hold besides their dedup keys.
    Erase {
        backend: u32,
        token: String,
        questions: Option<Vec<String>>,
    },
    /// The bot left: its memory of the conversation and the moderators' settings go.
    ForgetRoom {
        backend: u32,
        token: String,
    },
    /// A time kept under a name (the schedules' last look).
    SetClock {
        name: String,
        at: i64,
    },
    SetRoom {
        backend: u32,
        token: String,
        settings: RoomSettings,
    },
    Finish {
        id: i64,
        state: JobState,
        error: Option<String>,
    },
    HoldBackend {
        backend: u32,
    },
    DropConversation {
        backend: u32,
        token: String,
        /// The Leave's job: only jobs before it are dropped.
        before: i64,
    },
    Prune {
        contents_before: i64,
        rows_before: i64,
    },
}

/// What the writer thread is asked to do.
pub(super) enum WriteItem {
    Insert(NewJob, oneshot::Sender<Result<Enqueued, StoreError>>),
    Update(Update),
    /// Answered once everything sent before it is committed.
    Flush(oneshot::Sender<()>),
}

/// What the writer thread shares with the store.
pub(super) struct Shared {
    pub notify: Arc<Notify>,
    pub committed: Arc<Mutex<Vec<JobRef>>>,
    pub waiting_inserts: Arc<AtomicUsize>,
    pub health: Arc<WriterHealth>,
}

/// Updates and flushes that wait for a write that failed, oldest first.
#[derive(Default)]
struct Carried {
    items: Vec<WriteItem>,
    failing_since: Option<Instant>,
    last_logged: Option<Instant>,
    pause: Duration,
}

pub(super) fn write_loop(mut conn: Connection, rx: mpsc::Receiver<WriteItem>, shared: Shared) {
    let mut carried = Carried::default();
    let mut batch: Vec<WriteItem> = Vec::with_capacity(MAX_BATCH);
    loop {
        // Carried work is written again after a pause, with whatever arrived meanwhile.
        batch.append(&mut carried.items);
        let first = if batch.is_empty() {
            rx.recv().ok()
        } else {
            match rx.recv_timeout(carried.pause) {
                Ok(item) => Some(item),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) if batch.is_empty() => return,
                Err(RecvTimeoutError::Disconnected) => None,
            }
        };
        match first {
            Some(item) => batch.push(item),
            None if batch.is_empty() => return,
            None => {}
        }
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(item) => batch.push(item),
                Err(_) => break,
            }
        }
        linger(&rx, &mut batch);
        match write_batch(&mut conn, &batch) {
            Ok(ids) => {
                if let Some(since) = carried.failing_since.take() {
                    info!(
                        "the queue is written again (writes failed for {:.1} s; nothing was dropped)",
                        since.elapsed().as_secs_f64()
                    );
                    *shared
                        .health
                        .failure
                        .lock()
                        .unwrap_or_else(|p| p.into_inner()) = None;
                }
                carried.pause = RETRY_FIRST;
                carried.last_logged = None;
                shared.health.carried.store(0, Ordering::Relaxed);
                answer(&shared, batch.drain(..), Some(ids));
            }
            Err(e) => {
                shared.health.failures.fetch_add(1, Ordering::Relaxed);
                let why = e.to_string();
                let now = Instant::now();
                let since = *carried.failing_since.get_or_insert(now);
                if carried.last_logged.is_none_or(|at| now - at >= LOG_EVERY) {
                    error!(
                        "cannot write the queue (failing for {:.0} s): {why}; new webhooks are refused with 503 \
                         and the workers' updates are kept and written again",
                        (now - since).as_secs_f64()
                    );
                    carried.last_logged = Some(now);
                }
                *shared
                    .health
                    .failure
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()) = Some(why.clone());
                // Webhooks are refused (Talk was not told 200, nothing is lost); everything
                // else waits for the next try, in order.
                for item in batch.drain(..) {
                    match item {
                        WriteItem::Insert(_, reply) => {
                            shared.waiting_inserts.fetch_sub(1, Ordering::Relaxed);
                            let _ = reply.send(Err(StoreError::WriteFailed(why.clone())));
                        }
                        other => carried.items.push(other),
                    }
                }
                let updates = carried
                    .items
                    .iter()
                    .filter(|i| matches!(i, WriteItem::Update(_)))
                    .count();
                shared.health.carried.store(updates, Ordering::Relaxed);
                carried.pause = (carried.pause * 2).clamp(RETRY_FIRST, RETRY_MAX);
            }
        }
    }
}

/// Whether somebody waits for this item's commit.
fn awaited(item: &WriteItem) -> bool {
    matches!(item, WriteItem::Insert(..) | WriteItem::Flush(_))
}

/// A batch nobody waits for (the last updates of finished jobs) waits up to [`LINGER`] for more
/// work to commit with, and ends the wait as soon as something awaited arrives: one fsync for
/// many jobs instead of one each, and no commit made later for anybody waiting.
fn linger(rx: &mpsc::Receiver<WriteItem>, batch: &mut Vec<WriteItem>) {
    if batch.iter().any(awaited) {
        return;
    }
    let deadline = Instant::now() + LINGER;
    while batch.len() < MAX_BATCH {
        let Some(left) = deadline.checked_duration_since(Instant::now()) else {
            return;
        };
        match rx.recv_timeout(left) {
            Ok(item) => {
                let wanted = awaited(&item);
                batch.push(item);
                if wanted {
                    while batch.len() < MAX_BATCH {
                        match rx.try_recv() {
                            Ok(item) => batch.push(item),
                            Err(_) => return,
                        }
                    }
                    return;
                }
            }
            Err(_) => return,
        }
    }
}

/// Answer a committed batch: new row ids to the ingress, flushes released.
fn answer(shared: &Shared, items: impl Iterator<Item = WriteItem>, ids: Option<Vec<Option<i64>>>) {
    let mut new = Vec::new();
    let mut ids = ids.into_iter().flatten();
    for item in items {
        match item {
            WriteItem::Insert(job, reply) => {
                shared.waiting_inserts.fetch_sub(1, Ordering::Relaxed);
                let answer = match ids.next() {
                    Some(Some(id)) => {
                        new.push(JobRef {
                            id,
                            backend_index: job.backend_index,
                            token: job.token,
                            due: 0,
                            overtakes: job.overtakes,
                        });
                        Ok(Enqueued::New)
                    }
                    _ => Ok(Enqueued::Duplicate),
                };
                let _ = reply.send(answer);
            }
            WriteItem::Flush(reply) => {
                let _ = reply.send(());
            }
            WriteItem::Update(_) => {}
        }
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
                        "INSERT INTO jobs (dedup_key, backend_index, token, body, machine, received_at, overtakes)
                         VALUES (?1, ?2, ?3, x'', ?4, ?5, ?6) ON CONFLICT(dedup_key) DO NOTHING",
                    )?
                    .execute(params![
                        job.dedup_key,
                        job.backend_index,
                        job.token,
                        job.machine,
                        now,
                        job.overtakes
                    ])?;
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
        Update::Together(updates) => {
            for update in updates {
                apply(tx, update, now)?;
            }
            Ok(())
        }
        Update::SaveJob {
            id,
            machine,
            sending,
        } => run(
            "UPDATE jobs SET machine = ?2, sending_chunk = ?3 WHERE id = ?1 AND state IN ('pending', 'held')",
            params![id, machine, sending.then_some(0)],
        ),
        Update::Sleep {
            id,
            machine,
            at,
            error,
            sending,
            unknown_sends,
            held,
        } => run(
            "UPDATE jobs SET machine = ?2, attempts = attempts + 1, next_attempt_at = ?3, last_error = ?4,
                             unknown_sends = ?5, sending_chunk = ?6,
                             state = CASE WHEN ?7 THEN 'held' ELSE state END
             WHERE id = ?1 AND state IN ('pending', 'held')",
            params![id, machine, at, error, unknown_sends, sending.then_some(0), held],
        ),
        Update::Remember {
            backend,
            token,
            turns,
            keep,
        } => {
            for t in turns {
                run(
                    "INSERT INTO turns (backend_index, token, thread, message_id, asker, role, author, text, at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![backend, token, t.thread, t.message_id, t.asker, role_name(t.turn.role), t.turn.author, t.turn.text, now],
                )?;
            }
            run(
                "DELETE FROM turns WHERE backend_index = ?1 AND token = ?2 AND id <=
                 (SELECT id FROM turns WHERE backend_index = ?1 AND token = ?2 ORDER BY id DESC LIMIT 1 OFFSET ?3)",
                params![backend, token, keep],
            )
        }
        Update::Erase {
            backend,
            token,
            questions,
        } => {
            match questions {
                None => run(
                    "DELETE FROM turns WHERE backend_index = ?1 AND token = ?2",
                    params![backend, token],
                )?,
                Some(ids) => {
                    for id in ids {
                        run(
                            "DELETE FROM turns WHERE backend_index = ?1 AND token = ?2 AND message_id = ?3",
                            params![backend, token, id],
                        )?;
                    }
                }
            }
            // As pruning does, early: the dedup key stays (a duplicate is still recognised).
            run(
                "UPDATE jobs SET body = x'', machine = NULL, reply = NULL, failure = NULL, last_error = NULL
                 WHERE state IN ('done', 'failed', 'dropped') AND backend_index = ?1 AND token = ?2
                   AND (length(body) > 0 OR machine IS NOT NULL)",
                params![backend, token],
            )
        }
        Update::ForgetRoom { backend, token } => run(
            "DELETE FROM turns WHERE backend_index = ?1 AND token = ?2",
            params![backend, token],
        )
        .and_then(|_| {
            run(
                "DELETE FROM room_settings WHERE backend_index = ?1 AND token = ?2",
                params![backend, token],
            )
        }),
        Update::SetClock { name, at } => run(
            "INSERT INTO clock (name, at) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET at = ?2",
            params![name, at],
        ),
        Update::SetRoom {
            backend,
            token,
            settings,
        } => run(
            "INSERT INTO room_settings (backend_index, token, mode, persona, schedules, approvals)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (backend_index, token)
             DO UPDATE SET mode = ?3, persona = ?4, schedules = ?5, approvals = ?6",
            params![
                backend,
                token,
                settings.mode.map(mode_name),
                settings.persona,
                settings.schedules,
                settings.approvals
            ],
        ),
        Update::Finish { id, state, error } => run(
            "UPDATE jobs SET state = ?2, last_error = COALESCE(?3, last_error), finished_at = ?4,
                             sending_chunk = NULL
             WHERE id = ?1 AND state IN ('pending', 'held')",
            params![id, state.as_str(), error, now],
        ),
        Update::HoldBackend { backend } => run(
            "UPDATE jobs SET state = 'held' WHERE state = 'pending' AND backend_index = ?1 AND overtakes = 0",
            params![backend],
        ),
        Update::DropConversation {
            backend,
            token,
            before,
        } => run(
            "UPDATE jobs SET state = 'dropped', finished_at = ?4
             WHERE state IN ('pending', 'held') AND backend_index = ?1 AND token = ?2 AND id < ?3",
            params![backend, token, before, now],
        ),
        Update::Prune {
            contents_before,
            rows_before,
        } => {
            // Finished jobs keep only what recognising a duplicate needs (the dedup key)...
            run(
                "UPDATE jobs SET body = x'', machine = NULL, reply = NULL, failure = NULL, last_error = NULL
                 WHERE state IN ('done', 'failed', 'dropped') AND finished_at < ?1
                   AND (length(body) > 0 OR machine IS NOT NULL)",
                params![contents_before],
            )?;
            // ...until a webhook that old would be refused as a replay anyway.
            run(
                "DELETE FROM jobs WHERE state IN ('done', 'failed', 'dropped') AND finished_at < ?1",
                params![rows_before],
            )?;
            run("DELETE FROM turns WHERE at < ?1", params![contents_before])
        }
    }
}
