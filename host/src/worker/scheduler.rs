//! Which job runs when: one job per conversation at a time (replies arrive in order), up to
//! `delivery.concurrency` conversations at once; a Leave overtakes its conversation's queue.
//!
//! Scheduling is in memory: pending ids are loaded once, the queue writer hands over each
//! committed batch, and jobs are read by primary key, so the cost per job does not grow with
//! the backlog. On shutdown no new job starts, and jobs in flight get `shutdown_grace` to
//! finish the request they are sending (they start no new one).

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Semaphore, mpsc, watch};
use tokio::task::JoinSet;
use tracing::{error, info, warn};

use crate::app::App;
use crate::store::{JobRef, now_ms};

/// A conversation's queue: its pending jobs in order, and when the head may run.
#[derive(Default)]
struct ConversationQueue {
    jobs: VecDeque<i64>,
    /// Jobs that run ahead of `jobs` (Leave), in order.
    overtaking: VecDeque<i64>,
    not_before: i64,
    busy: bool,
    overtaking_busy: bool,
}

impl ConversationQueue {
    fn is_idle(&self) -> bool {
        !self.busy && !self.overtaking_busy && self.jobs.is_empty() && self.overtaking.is_empty()
    }
}

type Key = (u32, String);

/// How a job's run ended, for its queue.
struct Finished {
    key: Key,
    id: i64,
    overtaking: bool,
    /// Still pending: may run again at this time.
    due: Option<i64>,
}

/// Run until `shutdown` turns true, then drain what is in flight (bounded).
pub async fn run(app: Arc<App>, mut shutdown: watch::Receiver<bool>) {
    let mut queues: HashMap<Key, ConversationQueue> = HashMap::new();
    let add = |queues: &mut HashMap<Key, ConversationQueue>, r: JobRef| {
        let q = queues.entry((r.backend_index, r.token)).or_default();
        if r.overtakes {
            q.overtaking.push_back(r.id);
            return;
        }
        if q.jobs.is_empty() {
            q.not_before = r.due;
        }
        q.jobs.push_back(r.id);
    };
    match app.store.pending() {
        Ok(refs) => refs.into_iter().for_each(|r| add(&mut queues, r)),
        Err(e) => error!("reading the queue: {e}"),
    }
    let permits = Arc::new(Semaphore::new(app.config.delivery.concurrency));
    let (done_tx, mut done_rx) = mpsc::unbounded_channel::<Finished>();
    let mut tasks = JoinSet::new();
    let mut in_flight_per_backend: HashMap<u32, usize> = HashMap::new();
    let mut last_prune = 0i64;
    // Run job `id` of `key`'s queue; its end is reported on `done_tx`.
    let spawn = |tasks: &mut JoinSet<()>,
                 permit: tokio::sync::OwnedSemaphorePermit,
                 key: Key,
                 id: i64,
                 overtaking: bool| {
        let (app, done) = (app.clone(), done_tx.clone());
        tasks.spawn(async move {
            let due = super::run_job(&app, id).await;
            drop(permit);
            let _ = done.send(Finished {
                key,
                id,
                overtaking,
                due,
            });
            app.store.new_work.notify_one();
        });
    };
    loop {
        if *shutdown.borrow() {
            break;
        }
        for r in app.store.take_committed() {
            add(&mut queues, r);
        }
        while let Ok(done) = done_rx.try_recv() {
            if let Some(n) = in_flight_per_backend.get_mut(&done.key.0) {
                *n = n.saturating_sub(1);
            }
            let Some(q) = queues.get_mut(&done.key) else {
                continue;
            };
            if done.overtaking {
                q.overtaking_busy = false;
                if done.due.is_none() && q.overtaking.front() == Some(&done.id) {
                    q.overtaking.pop_front();
                }
                // What the Leave dropped is popped at once, not at its retry time.
                q.not_before = 0;
                continue;
            }
            q.busy = false;
            match done.due {
                Some(due) => q.not_before = due,
                None => {
                    if q.jobs.front() == Some(&done.id) {
                        q.jobs.pop_front();
                    }
                    q.not_before = 0;
                }
            }
        }
        while tasks.try_join_next().is_some() {}
        queues.retain(|_, q| !q.is_idle());

        let now = now_ms();
        if now - last_prune > 3_600_000 {
            last_prune = now;
            prune(&app, now);
        }
        let mut next_wake = now + 1000;
        for (key, q) in queues.iter_mut() {
            let backend = key.0 as usize;
            let health = app.health.get(backend);
            // A Leave runs even while the head of its queue waits or the backend is held.
            if !q.overtaking_busy
                && let Some(&id) = q.overtaking.front()
                && let Ok(permit) = permits.clone().try_acquire_owned()
            {
                q.overtaking_busy = true;
                *in_flight_per_backend.entry(key.0).or_default() += 1;
                spawn(&mut tasks, permit, key.clone(), id, true);
            }
            if q.busy || q.overtaking_busy || health.is_some_and(|h| h.is_held()) {
                continue;
            }
            // Probing a backend after a restart: one request at a time.
            if health.is_some_and(|h| h.is_probing())
                && in_flight_per_backend.get(&key.0).copied().unwrap_or(0) > 0
            {
                continue;
            }
            if q.not_before > now {
                next_wake = next_wake.min(q.not_before);
                continue;
            }
            let Some(&id) = q.jobs.front() else { continue };
            let Ok(permit) = permits.clone().try_acquire_owned() else {
                break;
            };
            q.busy = true;
            *in_flight_per_backend.entry(key.0).or_default() += 1;
            spawn(&mut tasks, permit, key.clone(), id, false);
        }
        let wait = Duration::from_millis((next_wake - now).clamp(1, 1000) as u64);
        tokio::select! {
            _ = app.store.new_work.notified() => {}
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => {}
        }
    }
    drain(&app, tasks).await;
}

/// Let the jobs in flight finish what they are sending (they start nothing new once
/// `app.stopping` is set), for at most `shutdown_grace`.
async fn drain(app: &App, mut tasks: JoinSet<()>) {
    app.stopping
        .store(true, std::sync::atomic::Ordering::Relaxed);
    app.stopping_notify.notify_waiters();
    let n = tasks.len();
    if n == 0 {
        return;
    }
    info!("waiting for {n} job(s) in flight to finish their requests");
    let grace = app.config.delivery.shutdown_grace;
    let all = async { while tasks.join_next().await.is_some() {} };
    if tokio::time::timeout(grace, all).await.is_err() {
        warn!(
            "{} job(s) still in flight after {grace:?}; they stay queued and run again at the next start",
            tasks.len()
        );
        tasks.abort_all();
    }
}

/// Forget the contents of old finished jobs (privacy, disk) but keep their dedup keys for as
/// long as a webhook that old could still be accepted.
fn prune(app: &App, now: i64) {
    let retention = app.config.retention.as_millis() as i64;
    let replay = app
        .config
        .max_webhook_age
        .map_or(i64::MAX / 4, |age| age.as_millis() as i64 + 86_400_000);
    let contents_before = now - retention;
    let rows_before = now.saturating_sub(retention.max(replay));
    if let Err(e) = app.store.prune(contents_before, rows_before) {
        error!("pruning the queue: {e}");
    }
}
