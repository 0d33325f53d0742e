//! Scheduled messages on the native host: a timer that asks the engine which occurrences are
//! due (`bot.due`, since the last look stored in the queue's `clock` table), stores them as
//! jobs, and only then stores the new last look. A crash in between repeats the look; the
//! occurrence's dedup key keeps the job once. The jobs then run as any other, in their
//! conversation's order. Which times, which grace and what is posted are the engine's rules.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tracing::{error, info, warn};

use crate::app::App;
use crate::store::{NewJob, now_ms};

/// The clock row of the schedules' last look.
const CLOCK: &str = "schedules";
/// Look at least this often (a clock that jumps, a failed look retried).
const LOOK_AT_LEAST_EVERY: Duration = Duration::from_secs(60);

/// Look until `shutdown` turns true: at the next occurrence, at least every minute, and
/// whenever a conversation's settings were stored (a schedule made from the chat).
pub async fn run(app: Arc<App>, mut shutdown: watch::Receiver<bool>) {
    if !app.bot_config.schedules.is_empty() {
        info!("{} schedule(s) configured", app.bot_config.schedules.len());
    }
    loop {
        let next = match look(&app).await {
            Ok(next) => next,
            Err(why) => {
                error!("schedules: {why}; looking again in {LOOK_AT_LEAST_EVERY:?}");
                None
            }
        };
        let now = now_ms().max(0) as u64;
        let wait = next
            .map(|at| Duration::from_millis(at.saturating_sub(now)))
            .unwrap_or(LOOK_AT_LEAST_EVERY)
            .min(LOOK_AT_LEAST_EVERY);
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = app.schedules_changed.notified() => {}
            _ = shutdown.wait_for(|stop| *stop) => return,
        }
    }
}

/// One look: store what is due, then the time looked; the next occurrence's time.
async fn look(app: &App) -> Result<Option<u64>, String> {
    let now = now_ms().max(0) as u64;
    let since = app
        .store
        .clock(CLOCK)
        .map_err(|e| format!("reading the last look: {e}"))?
        .map(|at| at.max(0) as u64);
    let rooms = app
        .store
        .room_schedules()
        .map_err(|e| format!("reading the conversations' schedules: {e}"))?;
    let mut instance = app.engine.acquire().await.map_err(|e| format!("{e:#}"))?;
    let due = instance
        .due_jobs(&app.bot_config, since, now, &rooms)
        .map_err(|e| format!("{e:#}"))??;
    for line in &due.missed {
        warn!("{line}");
    }
    for queued in due.jobs {
        let key = queued.dedup_key.clone();
        let enqueued = app
            .store
            .enqueue(NewJob {
                dedup_key: queued.dedup_key,
                backend_index: queued.backend_index,
                token: queued.token,
                machine: queued.job,
                overtakes: queued.overtakes,
            })
            .await
            .map_err(|e| format!("queueing {key}: {e}"))?;
        info!(job = %key, "scheduled message due: {enqueued:?}");
    }
    app.store
        .set_clock(CLOCK, now as i64)
        .await
        .map_err(|e| format!("storing the last look: {e}"))?;
    let next = instance
        .next_due(&app.bot_config, now, &rooms)
        .map_err(|e| format!("{e:#}"))??;
    Ok(next)
}
