//! Working off the queue: each job driven through the engine's job machine.
//!
//! - `dispatch.rs`: which job runs when (per-conversation order, Leave overtaking, drain);
//! - `schedules.rs`: the timer that queues the schedules' occurrences as jobs;
//! - `job.rs`: one job's steps, each action performed (storage, HTTP, responders, timers);
//! - `breaker.rs`: the machine's breaker events fed to each backend's standing;
//! - `standing.rs`: each backend's standing ("this room refuses us" versus "the secret is wrong").

mod breaker;
mod dispatch;
mod job;
mod schedules;
pub mod standing;

pub use dispatch::run;
pub(crate) use job::run_job;
