//! Scheduled messages: the occurrences of each configured schedule, as jobs. An occurrence's
//! job is keyed `schedule:<name>:<time>`, so storing it twice (a second instance, a look
//! repeated after a crash) stores it once, and the job machine delivers it like a reply
//! (breaker, retries, restarts). `cron.rs` reads the times, `zone.rs` the time zone, `room.rs`
//! keeps the schedules made from the chat.

pub mod cron;
pub mod room;
#[cfg(test)]
mod tests;
pub mod zone;

use crate::job_api::{Schedule, ScheduledPost};
use cron::Cron;
use zone::Zone;

/// Occurrences stored per schedule and look at most (the newest; older ones are missed).
const MAX_LATE: usize = 10;

/// A schedule, checked.
#[derive(Debug, Clone)]
pub struct Checked {
    /// What its occurrences' dedup keys start with: the name of a configured schedule;
    /// `<backend>|<token>/<name>` for one made from the chat.
    pub key: String,
    pub schedule: Schedule,
    cron: Cron,
    zone: Zone,
}

/// Check `schedules` against `backends` configured Nextclouds; the error names the schedule.
pub fn check(schedules: Vec<Schedule>, backends: usize) -> Result<Vec<Checked>, String> {
    let mut checked: Vec<Checked> = Vec::with_capacity(schedules.len());
    for schedule in schedules {
        let name = schedule.name.clone();
        let bad = |why: String| format!("schedule {name:?}: {why}");
        if name.trim().is_empty() || name.chars().any(char::is_control) {
            return Err(bad("the name is empty or has control characters".into()));
        }
        if checked.iter().any(|c| c.schedule.name == name) {
            return Err(bad("two schedules have this name".into()));
        }
        if schedule.backend_index as usize >= backends {
            return Err(bad(format!(
                "Nextcloud #{} is not configured",
                schedule.backend_index
            )));
        }
        super::check_token(&schedule.room).map_err(|e| bad(format!("room: {e}")))?;
        let (ScheduledPost::Text(text) | ScheduledPost::Prompt(text)) = &schedule.post;
        if text.trim().is_empty() {
            return Err(bad("nothing to post: the text or prompt is empty".into()));
        }
        let cron = Cron::parse(&schedule.cron).map_err(bad)?;
        let zone = Zone::named(&schedule.timezone).map_err(bad)?;
        checked.push(Checked {
            key: name,
            schedule,
            cron,
            zone,
        });
    }
    Ok(checked)
}

/// Whether `cron` and `timezone` are readable (for a host checking its configuration before
/// the bot is built): the error says what is wrong.
pub fn check_times(cron: &str, timezone: &str) -> Result<(), String> {
    Cron::parse(cron)?;
    Zone::named(timezone)?;
    Ok(())
}

impl Checked {
    /// The first occurrence after `after_ms` (exclusive), in ms.
    pub fn next(&self, after_ms: u64) -> Option<u64> {
        let after = i64::try_from(after_ms / 1000).ok()?;
        let at = self.zone.next(&self.cron, after)?;
        u64::try_from(at).ok()?.checked_mul(1000)
    }

    /// A line for `/talkbot schedules`: name, times, zone, what it posts, and the next time
    /// (in the schedule's zone).
    pub fn line(&self, now: u64) -> String {
        let s = &self.schedule;
        let what = match &s.post {
            ScheduledPost::Text(text) => format!("posts {:?}", excerpt(text)),
            ScheduledPost::Prompt(prompt) => format!("answers {:?}", excerpt(prompt)),
        };
        let next = match self.next(now) {
            Some(at) => {
                let utc = (at / 1000) as i64;
                let local = utc + self.zone.offset_at(utc);
                let (y, m, d) = zone::civil(local);
                let tod = local.rem_euclid(86_400);
                format!(
                    "next {y}-{m:02}-{d:02} {:02}:{:02}",
                    tod / 3600,
                    tod % 3600 / 60
                )
            }
            None => "never again".into(),
        };
        format!(
            "- {}: `{}` ({}), {what}; {next}",
            s.name, s.cron, s.timezone
        )
    }

    /// This schedule's occurrences after `since` up to `now`: those within the grace (the
    /// newest [`MAX_LATE`]), and a line for the operator when older ones were skipped.
    pub fn due(&self, since: u64, now: u64) -> (Vec<u64>, Option<String>) {
        let oldest_kept = now.saturating_sub(self.schedule.grace_ms);
        let mut missed = self
            .next(since)
            .filter(|at| *at < oldest_kept && *at <= now);
        let mut due = Vec::new();
        let mut at = since.max(oldest_kept.saturating_sub(1));
        while let Some(next) = self.next(at).filter(|n| *n <= now) {
            due.push(next);
            at = next;
        }
        if due.len() > MAX_LATE {
            let dropped = due.len() - MAX_LATE;
            missed = missed.or(Some(due[0]));
            due.drain(..dropped);
        }
        let line = missed.map(|first| {
            format!(
                "schedule {:?}: occurrences from {} on were missed (more than {} s late, or more than {MAX_LATE} at once) and are skipped",
                self.schedule.name,
                first / 1000,
                self.schedule.grace_ms / 1000,
            )
        });
        (due, line)
    }
}

/// The first 60 characters of `text`, on one line.
fn excerpt(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line,
    }
}
