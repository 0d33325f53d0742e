//! Working off the queue: each job driven through the engine's job machine.
//!
//! - `scheduler.rs`: which job runs when (per-conversation order, Leave overtaking, drain);
//! - `job.rs`: one job's steps, each action performed (storage, HTTP, responders, timers);
//! - `breaker.rs`: the machine's breaker events fed to each backend's standing;
//! - `standing.rs`: each backend's standing ("this room refuses us" versus "the secret is wrong").

mod breaker;
mod job;
mod scheduler;
pub mod standing;

pub(crate) use job::run_job;
pub use scheduler::run;
