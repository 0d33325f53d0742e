//! The jobs of the schedules' occurrences (`bot.due`, `bot.next-due`): an occurrence's job
//! carries what it posts, where and when, so a schedule changed later does not change it.

use super::state::JobState;
use super::{Bot, Due, Queued, schedule};
use crate::job_api::{RoomSchedules, ScheduledPost};

/// One occurrence of a schedule, as its job carries it (the schedule may change later).
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// The schedule's name.
    pub name: String,
    pub room: String,
    /// Its time (ms since the epoch).
    pub at: u64,
    /// The text to post, or (`prompt`) the prompt to answer.
    pub text: String,
    pub prompt: bool,
}

impl Bot {
    /// The occurrences of the configured schedules and of those made from the chat in `rooms`
    /// after `since` (none: from `now` on) up to `now`, as jobs.
    pub fn due(&self, since: Option<u64>, now: u64, rooms: &[RoomSchedules]) -> Due {
        let since = since.unwrap_or(now);
        let mut due = Due {
            jobs: Vec::new(),
            missed: Vec::new(),
        };
        let made = schedule::room::checked(rooms, self.receive.backends.len());
        for checked in self.schedules.iter().chain(&made) {
            let (times, missed) = checked.due(since, now);
            due.missed.extend(missed);
            let s = &checked.schedule;
            for at in times {
                let key = format!("schedule:{}:{at}", checked.key);
                let (text, prompt) = match &s.post {
                    ScheduledPost::Text(t) => (t.clone(), false),
                    ScheduledPost::Prompt(p) => (p.clone(), true),
                };
                let mut job = JobState::new(s.backend_index, key.clone(), now, Vec::new());
                job.occurrence = Some(Occurrence {
                    name: s.name.clone(),
                    room: s.room.clone(),
                    at,
                    text,
                    prompt,
                });
                due.jobs.push(Queued {
                    dedup_key: key,
                    backend_index: s.backend_index,
                    token: s.room.clone(),
                    overtakes: false,
                    job: job.encode(),
                });
            }
        }
        due
    }

    /// The next occurrence of any schedule, configured or in `rooms`, after `now`.
    pub fn next_due(&self, now: u64, rooms: &[RoomSchedules]) -> Option<u64> {
        let made = schedule::room::checked(rooms, self.receive.backends.len());
        self.schedules
            .iter()
            .chain(&made)
            .filter_map(|s| s.next(now))
            .min()
    }
}
