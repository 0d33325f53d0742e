//! Which job runs when: one job per conversation at a time (replies arrive in order), up to
//! `delivery.concurrency` conversations at once, taken in turn (round-robin: a conversation
//! that got a slot goes to the back, so a quiet conversation waits for at most one round of
//! busy ones); a Leave overtakes its conversation's queue.
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
    tokio::spawn(super::schedules::run(app.clone(), shutdown.clone()));
    let mut queues: HashMap<Key, ConversationQueue> = HashMap::new();
    // The conversations in the order they get their next turn.
    let mut turns: VecDeque<Key> = VecDeque::new();
    let add =
        |queues: &mut HashMap<Key, ConversationQueue>, turns: &mut VecDeque<Key>, r: JobRef| {
            let key = (r.backend_index, r.token);
            let q = queues.entry(key.clone()).or_insert_with(|| {
                turns.push_back(key);
                ConversationQueue::default()
            });
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
        Ok(refs) => refs
            .into_iter()
            .for_each(|r| add(&mut queues, &mut turns, r)),
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
            add(&mut queues, &mut turns, r);
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
        // A webhook came from a room whose jobs waited on its 401s: they go now.
        for (backend, health) in app.standing.iter().enumerate() {
            for token in health.take_released() {
                if let Some(q) = queues.get_mut(&(backend as u32, token)) {
                    q.not_before = 0;
                }
            }
        }
        queues.retain(|_, q| !q.is_idle());
        turns.retain(|key| queues.contains_key(key));

        let now = now_ms();
        if now - last_prune > 3_600_000 {
            last_prune = now;
            prune(&app, now);
        }
        let mut next_wake = now + 1000;
        // One look at each conversation, from the one whose turn it is; one that gets a slot
        // goes to the back, so the next round starts with those that did not.
        let mut looked = 0;
        while looked < turns.len() {
            looked += 1;
            let Some(key) = turns.pop_front() else { break };
            let Some(q) = queues.get_mut(&key) else {
                continue;
            };
            let turn = take_turn(&app, &key, q, now, &permits, &mut in_flight_per_backend);
            match turn {
                Turn::Run(runs) => {
                    for (permit, id, overtaking) in runs {
                        spawn(&mut tasks, permit, key.clone(), id, overtaking);
                    }
                    turns.push_back(key);
                }
                Turn::Wait(at) => {
                    if let Some(at) = at {
                        next_wake = next_wake.min(at);
                    }
                    turns.push_back(key);
                }
                Turn::OutOfSlots(runs) => {
                    for (permit, id, overtaking) in runs {
                        spawn(&mut tasks, permit, key.clone(), id, overtaking);
                    }
                    // Its head still waits for a slot: it keeps its place at the front.
                    turns.push_front(key);
                    break;
                }
            }
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

/// A job to start: its slot, its id, whether it is an overtaking Leave.
type Start = (tokio::sync::OwnedSemaphorePermit, i64, bool);

/// What a conversation's turn came to.
enum Turn {
    /// These jobs start (none: it had nothing ready).
    Run(Vec<Start>),
    /// Nothing to start until this time (none: until something happens).
    Wait(Option<i64>),
    /// Its head is ready but no slot is free (after starting these): the round ends.
    OutOfSlots(Vec<Start>),
}

/// Conversation `key`'s turn: its Leave (which runs even while the head waits or the backend
/// is held), then its head job if it is due and a slot is free.
fn take_turn(
    app: &App,
    key: &Key,
    q: &mut ConversationQueue,
    now: i64,
    permits: &Arc<Semaphore>,
    in_flight_per_backend: &mut HashMap<u32, usize>,
) -> Turn {
    let health = app.standing.get(key.0 as usize);
    let mut runs = Vec::new();
    if !q.overtaking_busy
        && let Some(&id) = q.overtaking.front()
        && let Ok(permit) = permits.clone().try_acquire_owned()
    {
        q.overtaking_busy = true;
        *in_flight_per_backend.entry(key.0).or_default() += 1;
        runs.push((permit, id, true));
    }
    if q.busy || q.overtaking_busy || health.is_some_and(|h| h.is_held()) {
        return Turn::Run(runs);
    }
    // The brute-force lock or the 401 budget: nothing goes to this Nextcloud before `until`.
    if let Some((until, _)) = health.and_then(|h| h.paused(now.max(0) as u64)) {
        return match runs.is_empty() {
            true => Turn::Wait(Some(until as i64)),
            false => Turn::Run(runs),
        };
    }
    // A room that refused the bot twice waits for a sign of life (`take_released`).
    if health.is_some_and(|h| h.is_disabled(&key.1)) {
        return Turn::Run(runs);
    }
    // Probing a backend after a restart: one request at a time.
    if health.is_some_and(|h| h.is_probing())
        && in_flight_per_backend.get(&key.0).copied().unwrap_or(0) > 0
    {
        return Turn::Run(runs);
    }
    if q.not_before > now {
        return match runs.is_empty() {
            true => Turn::Wait(Some(q.not_before)),
            false => Turn::Run(runs),
        };
    }
    let Some(&id) = q.jobs.front() else {
        return Turn::Run(runs);
    };
    let Ok(permit) = permits.clone().try_acquire_owned() else {
        return Turn::OutOfSlots(runs);
    };
    q.busy = true;
    *in_flight_per_backend.entry(key.0).or_default() += 1;
    runs.push((permit, id, false));
    Turn::Run(runs)
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
