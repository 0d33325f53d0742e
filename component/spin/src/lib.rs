//! talkbot on Spin: an HTTP component that receives Nextcloud Talk webhooks and answers through
//! the signed bot API. Every rule of the bot — verifying, what to do with an event, chat
//! commands, the model request and its answer, fallback and the failure reply, status
//! reactions, what Talk's answers mean, when to try again, the 401 breaker — is the talkbot
//! engine's job machine (`nextcloud:talk-bot/job`), composed into the same artifact at build
//! time; this crate is only the Spin-side I/O (variables, SQLite, outbound HTTP).
//!
//! Talk waits at most 5 s and never retries, so a webhook is answered (200) as soon as
//! `bot.ingest` accepts it and its job is recorded in Spin's SQLite (the insert is also the
//! duplicate check). The job is then stepped after the response has been sent (`work.rs`); a
//! job that has to wait (Talk down, a 429, a model to ask again) is stored with its wake time.
//! Spin gives a request no timers, so due jobs are drained at the end of every webhook request
//! and from `POST /talkbot/drain` (bearer token `drain_token`), which a scheduler calls: a
//! CronJob on SpinKube, a timer next to `spin up` (`deploy/`).

mod breaker;
mod config;
mod http;
mod rooms;
mod store;
mod work;

use std::hash::{BuildHasher, Hasher};

use spin_sdk::http::{Fields, IncomingRequest, Method, OutgoingResponse, ResponseOutparam};
use spin_sdk::http_component;

wit_bindgen::generate!({
    path: "../../wit",
    world: "nextcloud:talk-bot/talk-bot-client",
});

use config::Config;
use nextcloud::talk_bot::job::{Admitted, Bot};
use nextcloud::talk_bot::webhook;
use store::Db;
use work::Step;

/// The webhook route (spin.toml).
const WEBHOOK_ROUTE: &str = "/nextcloud-talk-webhook";
/// The scheduler's route (spin.toml).
const DRAIN_ROUTE: &str = "/talkbot/drain";

/// After its own job, a webhook request takes at most this many other due jobs…
const DRAIN_AFTER_WEBHOOK: usize = 8;
/// …and the drain route this many, so one request never runs for long.
const DRAIN_PER_CALL: usize = 200;
/// Neither starts another job after this long.
const DRAIN_BUDGET_MS: u64 = 20_000;

/// Milliseconds since the Unix epoch (the engine takes time as an argument).
pub(crate) fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// A lease id no other claim has: the time and a random number (std's hasher keys come from
/// `wasi:random`).
fn lease_id(now: u64) -> String {
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    format!("{now}-{random:016x}")
}

/// Answer the request now: status and a one-line reason (or a JSON document).
async fn respond(out: ResponseOutparam, status: u16, text: &str) {
    let kind: &[u8] = if text.starts_with('{') {
        b"application/json"
    } else {
        b"text/plain; charset=utf-8"
    };
    let headers = Fields::from_list(&[("content-type".to_owned(), kind.to_vec())])
        .unwrap_or_else(|_| Fields::new());
    let response = OutgoingResponse::new(headers);
    let _ = response.set_status_code(status);
    let mut body = response.take_body();
    out.set(response);
    use futures::SinkExt;
    let _ = body.send(format!("{text}\n").into_bytes()).await;
    let _ = body.flush().await;
    let _ = body.close().await;
}

#[http_component]
async fn handle(request: IncomingRequest, out: ResponseOutparam) {
    let path = request.path_with_query().unwrap_or_default();
    let path = path.split('?').next().unwrap_or_default().to_string();
    if request.method() != Method::Post {
        return respond(out, 405, "only POST is served here").await;
    }
    let (config, bot) = match Config::load() {
        Ok(loaded) => loaded,
        Err(why) => {
            eprintln!("{why}");
            return respond(out, 503, &why).await;
        }
    };
    match path.as_str() {
        DRAIN_ROUTE => drain_route(&config, &bot, request, out).await,
        WEBHOOK_ROUTE => webhook_route(&config, &bot, request, out).await,
        other => respond(out, 404, &format!("no route {other}")).await,
    }
}

/// A Talk webhook: verified, recorded, acknowledged; then its job and a few due ones.
async fn webhook_route(
    config: &Config,
    bot: &Bot,
    request: IncomingRequest,
    out: ResponseOutparam,
) {
    let headers: Vec<(String, String)> = request
        .headers()
        .entries()
        .into_iter()
        .map(|(name, value)| (name, String::from_utf8_lossy(&value).into_owned()))
        .collect();
    let limit = webhook::default_max_body_bytes();
    let declared = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return respond(out, 413, &format!("the body is larger than {limit} bytes")).await;
    }
    let Ok(body) = request.into_body().await else {
        return respond(out, 400, "the request body could not be read").await;
    };
    let now = now_ms();
    let queued = match bot.ingest(&headers, &body, now) {
        Ok(Admitted::Queue(queued)) => queued,
        Ok(Admitted::Ignore(_)) => return respond(out, 200, "ignored").await,
        Ok(Admitted::Stale(why)) => return respond(out, 400, &why).await,
        Err(e) => {
            let status = webhook::webhook_error_status(&e);
            return respond(out, status, &webhook::webhook_error_message(&e)).await;
        }
    };
    let db = match Db::open() {
        Ok(db) => db,
        Err(e) => {
            let why = format!("the job store is not available: {}", store::describe(&e));
            eprintln!("{why}");
            return respond(out, 503, &why).await;
        }
    };
    match db.insert(&queued.dedup_key, &queued.token, &queued.job, now) {
        Ok(true) => {
            if queued.overtakes {
                // The bot left: what is still queued for the conversation from before the
                // Leave is void.
                if let Err(e) = db.abandon_room(&queued.token, &queued.dedup_key, now) {
                    eprintln!("{}", store::describe(&e));
                }
            } else if breaker::room_alive(config, &db, &queued.token, now) {
                // Talk sends webhooks only to bots enabled in the room: jobs that waited on
                // its 401s go now.
                eprintln!(
                    "a webhook came from conversation {}: the bot is enabled there again, so its jobs \
                     that waited on 401s go now",
                    queued.token
                );
            }
            respond(out, 200, "accepted").await
        }
        // Talk never retries, but proxies and tests may: each event is handled once.
        Ok(false) => return respond(out, 200, "duplicate: already handled").await,
        Err(e) => {
            let why = format!("the job store refused the job: {}", store::describe(&e));
            eprintln!("{why}");
            return respond(out, 503, &why).await;
        }
    }

    // The response is out; now the slow part: this job, then a few others that are due.
    let lease = lease_id(now);
    match db.claim(&queued.dedup_key, &lease, now_ms()) {
        Ok(Some(job)) => {
            work::run(config, bot, &db, job).await;
        }
        // An earlier job of the conversation is still waiting, or another instance has it.
        Ok(None) => {}
        Err(e) => eprintln!("{}", store::describe(&e)),
    }
    drain(config, bot, &db, DRAIN_AFTER_WEBHOOK).await;
    // Finished jobs past the duplicate window go now and then even without a scheduler (the
    // drain route prunes on every call).
    if lease_id(now).ends_with(['0', '8'])
        && let Err(e) = db.prune(now_ms())
    {
        eprintln!("{}", store::describe(&e));
    }
}

/// What a drain did.
#[derive(Default)]
struct Drained {
    done: u32,
    later: u32,
    failed: u32,
}

/// Take due jobs, one claim at a time, until none is left, `max` were taken or the budget is
/// spent.
async fn drain(config: &Config, bot: &Bot, db: &Db, max: usize) -> Drained {
    let started = now_ms();
    schedules(bot, db, started);
    let mut drained = Drained::default();
    for _ in 0..max {
        let now = now_ms();
        if now.saturating_sub(started) > DRAIN_BUDGET_MS {
            break;
        }
        let job = match db.claim_next(&lease_id(now), now) {
            Ok(Some(job)) => job,
            Ok(None) => break,
            Err(e) => {
                eprintln!("{}", store::describe(&e));
                break;
            }
        };
        match work::run(config, bot, db, job).await {
            Step::Done => drained.done += 1,
            Step::Later => drained.later += 1,
            Step::Failed => drained.failed += 1,
        }
    }
    drained
}

/// Queue the schedules' occurrences due since the last look (`bot.due`), then keep this look's
/// time. Instances looking at once store each occurrence once (its dedup key); a failure
/// leaves the last look where it was, so the next drain looks again.
fn schedules(bot: &Bot, db: &Db, now: u64) {
    let rooms = match rooms::room_schedules(db) {
        Ok(rooms) => rooms,
        Err(e) => return eprintln!("schedules: {}", store::describe(&e)),
    };
    if bot.next_due(now, &rooms).is_none() {
        return;
    }
    let since = match db.clock("schedules") {
        Ok(since) => since,
        Err(e) => return eprintln!("schedules: {}", store::describe(&e)),
    };
    let due = bot.due(since, now, &rooms);
    for line in &due.missed {
        eprintln!("{line}");
    }
    for job in &due.jobs {
        match db.insert(&job.dedup_key, &job.token, &job.job, now) {
            Ok(true) => eprintln!("job {}: scheduled message due", job.dedup_key),
            Ok(false) => {}
            Err(e) => return eprintln!("schedules: {}", store::describe(&e)),
        }
    }
    if let Err(e) = db.set_clock("schedules", now) {
        eprintln!("schedules: {}", store::describe(&e));
    }
}

/// Equal without telling by the time taken where two strings differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `POST /talkbot/drain` with `Authorization: Bearer <drain_token>`: deliver what is due now,
/// then answer with what was done and what is left.
async fn drain_route(config: &Config, bot: &Bot, request: IncomingRequest, out: ResponseOutparam) {
    let Some(token) = config.drain_token.as_deref() else {
        return respond(
            out,
            404,
            "the drain route is off: set the Spin variable drain_token to enable it",
        )
        .await;
    };
    let given = request
        .headers()
        .get("authorization")
        .into_iter()
        .next()
        .map(|v| String::from_utf8_lossy(&v).into_owned())
        .unwrap_or_default();
    let bearer = given.strip_prefix("Bearer ").unwrap_or_default().trim();
    if !same_secret(bearer.as_bytes(), token.trim().as_bytes()) {
        return respond(
            out,
            401,
            "the drain route needs Authorization: Bearer <drain_token>",
        )
        .await;
    }
    let db = match Db::open() {
        Ok(db) => db,
        Err(e) => {
            let why = format!("the job store is not available: {}", store::describe(&e));
            return respond(out, 503, &why).await;
        }
    };
    if let Err(e) = db.prune(now_ms()) {
        eprintln!("{}", store::describe(&e));
    }
    let drained = drain(config, bot, &db, DRAIN_PER_CALL).await;
    let (waiting, next_due) = db.backlog().unwrap_or((0, None));
    let next = next_due.map_or("null".to_string(), |due| {
        due.saturating_sub(now_ms()).to_string()
    });
    let report = format!(
        "{{\"delivered\":{},\"retrying\":{},\"failed\":{},\"waiting\":{waiting},\"next_due_in_ms\":{next}}}",
        drained.done, drained.later, drained.failed
    );
    respond(out, 200, &report).await;
}
