//! The job machine's `ask-breaker` on the native host: each event goes to its backend's
//! [`BackendStanding`] (the engine's breaker kept in memory, shared with other processes through
//! the unauthorized log), and what it means is logged for the operator.

use tracing::{error, warn};

use super::standing::InFlight;
use crate::app::App;
use crate::protocol::{BreakerEvent, BreakerVerdict, Clearance, ProtocolInstance, Refusal};

/// What the breaker last said, as the driver needs to know it.
pub(super) enum Fed {
    Nothing,
    /// It held a request: the job's wait is for the operator when the backend is held.
    Held,
}

/// Feed `event` to backend `backend`'s breaker: the verdict for the machine, the in-flight
/// count of a cleared request (until Talk answers it), and what the driver keeps of it.
pub(super) async fn feed<'a>(
    app: &'a App,
    instance: &mut ProtocolInstance,
    backend: u32,
    event: BreakerEvent,
    now: u64,
) -> (BreakerVerdict, Option<InFlight<'a>>, Fed) {
    let Some(health) = app.standing.get(backend as usize) else {
        let why = format!("backend #{backend} is no longer configured");
        return (
            BreakerVerdict::Clearance(Clearance::Hold(why)),
            None,
            Fed::Nothing,
        );
    };
    let url = &app.backend_urls[backend as usize];
    match event {
        BreakerEvent::Ask((token, _)) => match health.admit(instance, &token, now) {
            Ok(in_flight) => (
                BreakerVerdict::Clearance(Clearance::Send),
                Some(in_flight),
                Fed::Nothing,
            ),
            // The machine sleeps until then; the driver logs why.
            Err(Clearance::WaitUntil(at)) => (
                BreakerVerdict::Clearance(Clearance::WaitUntil(at)),
                None,
                Fed::Nothing,
            ),
            Err(clearance) => (BreakerVerdict::Clearance(clearance), None, Fed::Held),
        },
        BreakerEvent::Answered(answer) => {
            if health.throttled(&app.engine, &answer, now).await
                && let Some((until, why)) = health.paused(now)
            {
                error!(
                    backend = %url,
                    "{why} (for {} s). The secret is not the problem if other conversations were answered \
                     before; a conversation the bot was removed from while talkbot could not hear its Leave \
                     answers 401 until it is given up",
                    until.saturating_sub(now) / 1000
                );
            }
            (BreakerVerdict::Nothing, None, Fed::Nothing)
        }
        BreakerEvent::Accepted(token) => {
            health.accepted(&app.engine, &token).await;
            (BreakerVerdict::Nothing, None, Fed::Nothing)
        }
        BreakerEvent::Left(token) => {
            health.left(&app.engine, &token).await;
            (BreakerVerdict::Nothing, None, Fed::Nothing)
        }
        BreakerEvent::Refused((token, _)) => {
            let limit = app.config.delivery.unauthorized_limit;
            let refusal = health.unauthorized(&app.engine, &token, limit, now).await;
            explain_refusal(app, backend, &token, &refusal);
            let fed = match refusal {
                Refusal::Backend(_) => Fed::Held,
                _ => Fed::Nothing,
            };
            (BreakerVerdict::Refusal(refusal), None, fed)
        }
        other @ (BreakerEvent::Counted(_) | BreakerEvent::RoomAlive(_)) => {
            error!("the job machine asked the breaker about {other:?}, which only the host feeds");
            (BreakerVerdict::Nothing, None, Fed::Nothing)
        }
    }
}

/// What a 401 means, for the operator; a backend that stopped holds its jobs.
fn explain_refusal(app: &App, backend: u32, token: &str, refusal: &Refusal) {
    let health = &app.standing[backend as usize];
    let url = &app.backend_urls[backend as usize];
    match refusal {
        Refusal::Room(refusing) => warn!(
            backend = %url,
            token = %token,
            "this conversation answered 401: the bot is not enabled in it (or was just removed), so its \
             job is tried once more, later, and the other conversations go on ({refusing} conversation(s) \
             refusing since the last accepted request; if every conversation refuses, the secret is wrong)"
        ),
        Refusal::RoomDisabled => warn!(
            backend = %url,
            token = %token,
            "this conversation answered 401 twice{}: the bot is not enabled there (it was removed while \
             talkbot could not hear the Leave). Its reply is given up; its other jobs wait, without \
             spending Talk's brute-force allowance, until the bot is added back there (its Join) or a \
             message comes from it",
            if health.ever_accepted() {
                " while this Nextcloud accepts the bot elsewhere"
            } else {
                " (no request was accepted since talkbot started: if every conversation refuses, the \
                 secret is wrong)"
            }
        ),
        Refusal::Backend(true) => {
            error!(
                backend = %url,
                "stopped sending to this Nextcloud: {} different conversations answered 401 with none \
                 accepting in between{}, so the secret is wrong, before Nextcloud's brute-force protection \
                 locks this address out. Either NEXTCLOUD_TALK_BOT_SECRET differs from the secret given to \
                 `occ talk:bot:install`, or the bot was installed without the response feature (install \
                 with `-f webhook -f response`, or `occ talk:bot:state <id> 1 -f webhook -f response`). \
                 Fix it and restart talkbot: held messages are then delivered.",
                health.refusing(),
                if health.ever_accepted() { "" } else { " (or the first request after a restart was refused)" },
            );
            if let Err(e) = app.store.hold_backend(backend) {
                error!("holding jobs: {e}");
            }
        }
        Refusal::Backend(false) => {}
    }
}
