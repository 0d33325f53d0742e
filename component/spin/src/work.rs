//! One claimed job, taken as far as it goes now: the engine decides, the responder answers,
//! the component signs, Talk is asked; whatever Talk's answer, the job's new state is written
//! back before the next step (delivered requests are never sent again, a failure keeps the
//! job with its next attempt time).

use futures::StreamExt;
use spin_sdk::http::{IncomingResponse, Method, Request, Response, send};

use crate::breaker;
use crate::config::Config;
use crate::nextcloud::talk_bot::bot_api::{self, BotRequest, HttpMethod, SendOptions};
use crate::nextcloud::talk_bot::engine::{
    self, AnswerPlan, Clearance, Decision, Failure, FailureKind, Fallback, JobClock, Mode, Outcome,
    Post, Refusal, Role, RoomSettings, SettingsChange, TalkAnswer, Turn,
};
use crate::nextcloud::talk_bot::webhook;
use crate::now_ms;
use crate::pending::{decode, encode};
use crate::reactions::{WORKING, give_up, react};
use crate::store::{Claimed, Db, Phase};

/// How a job's turn ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Finished: delivered, or nothing to send.
    Done,
    /// Given back with a later attempt time.
    Later,
    /// Finished without delivering (refused, too old, not verifiable).
    Failed,
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct StoredSettings {
    mode: Option<String>,
    persona: Option<String>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredTurn {
    role: String,
    author: String,
    text: String,
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::All => "all",
        Mode::Mention => "mention",
        Mode::Off => "off",
    }
}

/// Work on `job` until it is finished or has to wait.
pub async fn run(config: &Config, db: &Db, mut job: Claimed) -> Step {
    let result = match job.phase {
        Phase::Event => decide(config, db, &mut job).await,
        Phase::Send => Ok(job.pending.as_deref().map(decode).unwrap_or_default()),
    };
    let requests = match result {
        Ok(requests) => requests,
        Err(step) => return step,
    };
    deliver_all(config, db, &job, requests).await
}

/// The event: verified and parsed again from the stored webhook, then decided on. Returns the
/// requests to send (stored first), or how the job ended.
async fn decide(config: &Config, db: &Db, job: &mut Claimed) -> Result<Vec<BotRequest>, Step> {
    let finish = |job: &Claimed, outcome: &str| {
        log_db(db.finish(job, outcome, now_ms()));
    };
    let received = match webhook::receive(&config.receive_options(), &job.headers, &job.body) {
        Ok(received) => received,
        Err(e) => {
            // Only when the secret changed since the webhook was accepted.
            let why = webhook::webhook_error_message(&e);
            eprintln!(
                "job {}: the stored webhook no longer verifies: {why}",
                job.key
            );
            finish(job, &format!("no longer verifies: {why}"));
            return Err(Step::Failed);
        }
    };
    let (settings_json, memory_json) = db.room(&job.token).unwrap_or((None, None));
    let stored: StoredSettings = settings_json
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    let settings = RoomSettings {
        mode: match stored.mode.as_deref() {
            Some("all") => Some(Mode::All),
            Some("mention") => Some(Mode::Mention),
            Some("off") => Some(Mode::Off),
            _ => None,
        },
        persona: stored.persona,
    };
    let post = match engine::decide(
        &config.policy,
        &settings,
        &received.backend,
        &received.event,
        &job.key,
    ) {
        Decision::Ignore(why) => {
            finish(job, &format!("ignored: {why}"));
            return Err(Step::Done);
        }
        Decision::Leave => {
            breaker::left(config, db, &job.token, now_ms());
            log_db(db.forget_room(&job.token));
            log_db(db.abandon_room(&job.token, &job.key, now_ms()));
            finish(job, "the bot left the conversation");
            return Err(Step::Done);
        }
        Decision::Greet(post) => post,
        Decision::Command(outcome) => {
            eprintln!(
                "job {}: chat command in {} by {}; answering: {}",
                job.key,
                job.token,
                received.event.actor.raw_id,
                outcome.reply.text.lines().next().unwrap_or_default()
            );
            match outcome.change {
                Some(SettingsChange::Set(settings)) => {
                    let stored = StoredSettings {
                        mode: settings.mode.map(|m| mode_name(m).to_string()),
                        persona: settings.persona,
                    };
                    let json = serde_json::to_string(&stored).unwrap_or_default();
                    log_db(db.set_settings(&job.token, &json));
                }
                Some(SettingsChange::Forget) => log_db(db.set_memory(&job.token, None)),
                None => {}
            }
            outcome.reply
        }
        Decision::Answer(plan) => {
            match answer(config, db, job, &plan, memory_json.as_deref()).await {
                Ok(Some(text)) => Post {
                    text,
                    reference_id: plan.reference_id.clone(),
                    reply_to: plan.reply_to,
                },
                Ok(None) => {
                    finish(job, "nothing to say");
                    return Err(Step::Done);
                }
                Err(step) => return Err(step),
            }
        }
    };
    let options = SendOptions {
        reply_to: post.reply_to,
        reference_id: Some(post.reference_id.clone()),
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: None,
    };
    let secret = config.secrets.first().map_or("", String::as_str);
    match bot_api::send_message(&config.nextcloud, secret, &job.token, &post.text, &options) {
        Ok(requests) => {
            // The answer is kept before anything is sent: a retry sends it, never asks again.
            match db.set_pending(job, &encode(&requests)) {
                Ok(true) => Ok(requests),
                Ok(false) => Err(Step::Later), // the lease was lost: another instance has it
                Err(e) => {
                    eprintln!("job {}: {}", job.key, crate::store::describe(&e));
                    Err(Step::Later)
                }
            }
        }
        Err(e) => {
            let why = bot_api::api_error_message(&e);
            eprintln!("job {}: cannot build the reply: {why}", job.key);
            finish(job, &format!("cannot build the reply: {why}"));
            Err(Step::Failed)
        }
    }
}

/// The responder's text (finished by the engine), none for nothing to post; on a failure the
/// engine's fallback: try again later, the failure reply, or give up.
async fn answer(
    config: &Config,
    db: &Db,
    job: &mut Claimed,
    plan: &AnswerPlan,
    memory: Option<&str>,
) -> Result<Option<String>, Step> {
    // 👀 while a model works (echo answers at once); kept on the job so that it is taken off
    // after the reply, whichever drain sends it.
    job.message_id = Some(plan.message_id);
    if config.status_reactions
        && !job.reacted
        && plan.responders.first().is_some_and(|r| r != "echo")
    {
        job.reacted = react(config, db, job, plan.message_id, WORKING, false).await;
    }
    log_db(db.set_reaction(job, plan.message_id, job.reacted));
    let job = &*job;
    // The persona's chain: the first responder that answers wins.
    let mut failures = Vec::new();
    for responder in &plan.responders {
        let result = match responder.as_str() {
            "openai" => ask_model(config, plan, memory).await,
            _ => Ok(plan.text.clone()),
        };
        match result {
            Ok(text) => {
                let from_model = responder.as_str() != "echo";
                let posted = engine::finish_answer(&text, config.max_answer_chars, from_model);
                if let (true, Some(posted)) = (from_model, &posted) {
                    remember(config, db, job, plan, memory, posted);
                }
                return Ok(posted);
            }
            Err(failure) => {
                eprintln!("job {}: {responder}: {}", job.key, failure.reason);
                failures.push((responder.clone(), failure));
            }
        }
    }
    let now = now_ms();
    let fallback = engine::fallback_after(
        &failures,
        job.answer_attempts,
        config.answer_attempts(),
        config.failure_reply.as_deref(),
        config.retry,
        now,
    );
    match fallback {
        Fallback::RetryAt(at) => {
            eprintln!("job {}: the model failed; asking again later", job.key);
            log_db(db.retry_at(
                job,
                at,
                job.attempts,
                job.answer_attempts + 1,
                "the model failed",
            ));
            Err(Step::Later)
        }
        Fallback::Notify((text, reason)) => {
            eprintln!("job {}: {reason}", job.key);
            Ok(Some(text))
        }
        Fallback::GiveUp(reason) => {
            give_up(config, db, job, Some(plan.message_id), &reason).await;
            Err(Step::Failed)
        }
    }
}

/// Ask the OpenAI-compatible model, with the conversation's last messages.
async fn ask_model(
    config: &Config,
    plan: &AnswerPlan,
    memory: Option<&str>,
) -> Result<String, Failure> {
    let turns: Vec<StoredTurn> = memory
        .and_then(|m| serde_json::from_str(m).ok())
        .unwrap_or_default();
    let history: Vec<Turn> = turns
        .iter()
        .map(|t| Turn {
            role: if t.role == "assistant" {
                Role::Assistant
            } else {
                Role::User
            },
            author: t.author.clone(),
            text: t.text.clone(),
        })
        .collect();
    let request = engine::model_request(&config.chat_model(), plan, &history);
    let mut builder = Request::builder();
    builder.method(method(request.method)).uri(&request.url);
    for (name, value) in &request.headers {
        builder.header(name, value);
    }
    // Without it Spin sends the body chunked, which some servers read as empty.
    builder.header("content-length", request.body.len().to_string());
    let response: IncomingResponse = send(builder.body(request.body.into_bytes()).build())
        .await
        .map_err(|e| Failure {
            kind: FailureKind::Connection,
            reason: format!("{} cannot be reached: {e}", request.url),
        })?;
    // Read up to the engine's cap, as every host does: a model server that sends more is
    // refused, not held in the guest's memory.
    let cap = engine::defaults().max_model_answer_bytes as usize;
    let mut stream = response.take_body_stream();
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| Failure {
            kind: FailureKind::Connection,
            reason: format!("{} broke off its answer: {e:?}", request.url),
        })?;
        if body.len() + chunk.len() > cap {
            return Err(Failure {
                kind: FailureKind::Refused,
                reason: format!(
                    "{} answered more than {} MiB; not read further",
                    request.url,
                    cap >> 20
                ),
            });
        }
        body.extend_from_slice(&chunk);
    }
    engine::model_answer(&request.url, response.status(), &body)
}

/// Add what the engine says to remember of this answer (the answer as posted) to the
/// conversation's memory, keeping the plan's last `memory-turns`.
fn remember(
    config: &Config,
    db: &Db,
    job: &Claimed,
    plan: &AnswerPlan,
    memory: Option<&str>,
    posted: &str,
) {
    if plan.memory_turns == 0 {
        return;
    }
    let mut turns: Vec<StoredTurn> = memory
        .and_then(|m| serde_json::from_str(m).ok())
        .unwrap_or_default();
    turns.extend(
        engine::remember(plan, posted, &config.policy.agent_name)
            .into_iter()
            .map(|turn| StoredTurn {
                role: match turn.role {
                    Role::User => "user".into(),
                    Role::Assistant => "assistant".into(),
                },
                author: turn.author,
                text: turn.text,
            }),
    );
    let excess = turns.len().saturating_sub(plan.memory_turns as usize);
    turns.drain(..excess);
    if let Ok(json) = serde_json::to_string(&turns) {
        log_db(db.set_memory(&job.token, Some(&json)));
    }
}

/// Send `requests` in order; after each answer the job's state is written back.
async fn deliver_all(
    config: &Config,
    db: &Db,
    job: &Claimed,
    mut requests: Vec<BotRequest>,
) -> Step {
    let secret = config.secrets.first().map_or("", String::as_str);
    let mut max_length = bot_api::default_max_length();
    let clock = JobClock {
        attempts: job.attempts,
        received_at: job.received_at,
    };
    while let Some(request) = requests.first().cloned() {
        if let Some(why) = engine::expired(clock, config.retry, now_ms()) {
            // The window closes on a waiting retry: say what it was waiting out.
            let why = match &job.last_error {
                Some(last) => format!("{why}; it was waiting on: {last}"),
                None => why,
            };
            give_up(config, db, job, job.message_id, &why).await;
            return Step::Failed;
        }
        // The 401 budget, the brute-force lock, a room that refuses the bot.
        let wait = match breaker::clearance(config, db, &job.token, now_ms()) {
            Clearance::Send => None,
            Clearance::WaitUntil(at) => Some((at, "sending to this Nextcloud is paused".into())),
            // Released at once by a webhook from the room; this is a backstop.
            Clearance::Hold(why) => Some((now_ms() + HOLD_RECHECK_MS, why)),
        };
        if let Some((at, why)) = wait {
            log_db(db.retry_at(job, at, job.attempts, job.answer_attempts, &why));
            return Step::Later;
        }
        let answer = talk(&request).await;
        let now = now_ms();
        let refusal = breaker::answered(config, db, &job.token, &answer, now);
        match engine::classify(&answer, max_length, clock, config.retry, now) {
            Outcome::Delivered => {
                requests.remove(0);
                if !requests.is_empty()
                    && !matches!(db.set_pending(job, &encode(&requests)), Ok(true))
                {
                    return Step::Later;
                }
            }
            Outcome::SplitAgain(max) => {
                match bot_api::split_again(&config.nextcloud, secret, &job.token, &request, max) {
                    Ok(parts) => {
                        max_length = max;
                        requests.splice(0..1, parts);
                        log_db(db.set_pending(job, &encode(&requests)).map(|_| ()));
                    }
                    Err(e) => {
                        let why = bot_api::api_error_message(&e);
                        eprintln!("job {}: cannot split the reply: {why}", job.key);
                        log_db(db.finish(job, &why, now));
                        return Step::Failed;
                    }
                }
            }
            Outcome::Unauthorized(_) if matches!(refusal, Some(Refusal::RoomDisabled)) => {
                let why = format!(
                    "conversation {} answered 401 twice while this Nextcloud accepts the bot elsewhere: \
                     the bot is not enabled there; its other jobs wait for a webhook from it",
                    job.token
                );
                give_up(config, db, job, job.message_id, &why).await;
                return Step::Failed;
            }
            Outcome::Retry(retry) | Outcome::Unauthorized(retry) => {
                eprintln!(
                    "job {}: Talk did not take the reply ({}); next attempt in {} ms",
                    job.key,
                    retry.reason,
                    retry.at.saturating_sub(now)
                );
                log_db(db.retry_at(
                    job,
                    retry.at,
                    job.attempts + 1,
                    job.answer_attempts,
                    &retry.reason,
                ));
                return Step::Later;
            }
            Outcome::Rejected(reason) => {
                let why = format!("Talk refused the reply: {reason}");
                give_up(config, db, job, job.message_id, &why).await;
                return Step::Failed;
            }
        }
    }
    if let (true, Some(id)) = (job.reacted, job.message_id) {
        react(config, db, job, id, WORKING, true).await;
    }
    if job.attempts > 0 {
        eprintln!(
            "job {}: delivered after {} failed attempt(s), {} s after the webhook",
            job.key,
            job.attempts,
            now_ms().saturating_sub(job.received_at) / 1000
        );
    }
    log_db(db.finish(job, "delivered", now_ms()));
    Step::Done
}

/// How often a job held by the 401 breaker looks again (a webhook from its room releases it
/// at once).
const HOLD_RECHECK_MS: u64 = 600_000;

/// Send one request; what Talk answered, as the engine reads it.
pub(crate) async fn talk(request: &BotRequest) -> TalkAnswer {
    let mut builder = Request::builder();
    builder.method(method(request.method)).uri(&request.url);
    for (name, value) in &request.headers {
        builder.header(name, value);
    }
    // Without it Spin sends the body chunked, and Nextcloud behind Apache mod_proxy_fcgi +
    // php-fpm reads an empty message (Talk answers 400).
    builder.header("content-length", request.body.len().to_string());
    let outgoing = builder.body(request.body.clone().into_bytes()).build();
    match send::<_, Response>(outgoing).await {
        Ok(response) => {
            let headers = response
                .headers()
                .filter(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
                .filter_map(|(name, value)| Some((name.to_string(), value.as_str()?.to_string())))
                .collect();
            TalkAnswer::Status((*response.status(), headers))
        }
        Err(e) => TalkAnswer::Unreachable(e.to_string()),
    }
}

fn method(method: HttpMethod) -> Method {
    match method {
        HttpMethod::Get => Method::Get,
        HttpMethod::Post => Method::Post,
        HttpMethod::Delete => Method::Delete,
    }
}

/// A failed write is logged: the job's lease runs out and it is tried again.
pub(crate) fn log_db(result: Result<(), spin_sdk::sqlite::Error>) {
    if let Err(e) = result {
        eprintln!("{}", crate::store::describe(&e));
    }
}
