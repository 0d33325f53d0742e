//! Working off the queue: policy, responder, delivery with retries, status reactions.
//!
//! One job per conversation at a time (replies arrive in order), up to
//! `delivery.concurrency` conversations at once. A job's reply is stored before delivery, so
//! a retry or a restart never asks the responder twice, and delivered chunks are counted, so a
//! retry never sends a chunk twice; every request carries a deterministic `referenceId`.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tokio::sync::{Semaphore, mpsc, watch};
use tracing::{debug, error, info, warn};

use crate::app::App;
use crate::commands;
use crate::config::Mode;
use crate::delivery::Outcome;
use crate::protocol::{ActorKind, BotRequest, Event, EventKind, ProtocolInstance, SendOptions};
use crate::responder::{Prompt, Quoted, ResponderError, Role};
use crate::store::{Job, JobRef, NewTurn, now_ms};

const WORKING: &str = "👀";
const FAILED: &str = "⚠️";

/// What to do with an event.
enum Action {
    Ignore(&'static str),
    /// Answer `message_id` (replying to it when `reply` is set).
    Answer {
        prompt: Box<Prompt>,
        message_id: String,
        reply: bool,
        /// The reply thread, for memory.
        thread: String,
    },
    /// Post a text (greeting, command answer), replying to `reply_to` if set.
    Post {
        text: String,
        reference: String,
        reply_to: Option<u64>,
    },
    /// The bot left: drop the conversation's pending work.
    Leave,
}

/// A conversation's queue: its pending jobs in order, and when the head may run.
#[derive(Default)]
struct Conversation {
    jobs: VecDeque<i64>,
    not_before: i64,
    busy: bool,
}

/// Run until `shutdown` turns true. In-flight jobs finish or stay pending in the queue.
///
/// Scheduling is in memory: pending ids are loaded once, the queue writer hands over each
/// committed batch, and jobs are read by primary key, so the cost per job does not grow with
/// the backlog.
pub async fn run(app: Arc<App>, mut shutdown: watch::Receiver<bool>) {
    let mut conversations: HashMap<(u32, String), Conversation> = HashMap::new();
    let add = |conversations: &mut HashMap<(u32, String), Conversation>, r: JobRef| {
        let c = conversations.entry((r.backend_index, r.token)).or_default();
        if c.jobs.is_empty() {
            c.not_before = r.due;
        }
        c.jobs.push_back(r.id);
    };
    match app.store.pending() {
        Ok(refs) => refs.into_iter().for_each(|r| add(&mut conversations, r)),
        Err(e) => error!("reading the queue: {e}"),
    }
    let permits = Arc::new(Semaphore::new(app.config.delivery.concurrency));
    let (done_tx, mut done_rx) = mpsc::unbounded_channel::<((u32, String), i64, Option<i64>)>();
    loop {
        if *shutdown.borrow() {
            break;
        }
        for r in app.store.take_committed() {
            add(&mut conversations, r);
        }
        while let Ok((key, id, due)) = done_rx.try_recv() {
            let Some(c) = conversations.get_mut(&key) else {
                continue;
            };
            c.busy = false;
            match due {
                Some(due) => c.not_before = due,
                None => {
                    if c.jobs.front() == Some(&id) {
                        c.jobs.pop_front();
                    }
                    c.not_before = 0;
                }
            }
        }
        conversations.retain(|_, c| c.busy || !c.jobs.is_empty());

        let now = now_ms();
        let mut next_wake = now + 1000;
        for (key, c) in conversations.iter_mut() {
            if c.busy
                || app
                    .blocked
                    .get(key.0 as usize)
                    .is_some_and(|b| b.load(Ordering::Relaxed))
            {
                continue;
            }
            if c.not_before > now {
                next_wake = next_wake.min(c.not_before);
                continue;
            }
            let Ok(permit) = permits.clone().try_acquire_owned() else {
                break;
            };
            let Some(&id) = c.jobs.front() else { continue };
            c.busy = true;
            let (app, done, key) = (app.clone(), done_tx.clone(), key.clone());
            tokio::spawn(async move {
                let due = match app.store.load(id) {
                    Ok(Some(job)) => {
                        process(&app, job).await;
                        // The job's updates go through the writer: wait for them to commit.
                        match app.store.flush().await {
                            Ok(()) => app.store.pending_due(id).unwrap_or(None),
                            Err(_) => None,
                        }
                    }
                    Ok(None) => None,
                    Err(e) => {
                        error!(job = id, "loading: {e}");
                        Some(now_ms() + 1000)
                    }
                };
                drop(permit);
                let _ = done.send((key, id, due));
                app.store.new_work.notify_one();
            });
        }
        let wait = Duration::from_millis((next_wake - now).clamp(1, 1000) as u64);
        tokio::select! {
            _ = app.store.new_work.notified() => {}
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Whether `actor` is named by an allowlist entry (a user id like `ada`, or an actor id like
/// `users/ada` or `guests/…`).
fn listed(list: &[String], actor: &crate::protocol::Actor) -> bool {
    list.iter().any(|entry| {
        entry == &actor.raw_id || (matches!(actor.kind, ActorKind::Users) && entry == &actor.id)
    })
}

fn decide(
    app: &App,
    instance: &mut ProtocolInstance,
    job: &Job,
    backend: &str,
    event: Event,
) -> Result<Action, String> {
    let token = event.conversation.token.clone();
    let trap = |e: wasmtime::Error| format!("component trapped: {e:#}");
    let storage = |e: crate::store::StoreError| e.to_string();
    match &event.kind {
        EventKind::Create(_) | EventKind::Activity => {
            // Never answer itself or other bots.
            if matches!(event.actor.kind, ActorKind::Bots) {
                return Ok(Action::Ignore("written by a bot"));
            }
            let is_activity = matches!(event.kind, EventKind::Activity);
            if is_activity && !app.config.answer_activity {
                return Ok(Action::Ignore("activity (answer_activity is off)"));
            }
            let Some(message) = &event.message else {
                return Ok(Action::Ignore("no message"));
            };
            if !app.config.allowed_rooms.is_empty() && !app.config.allowed_rooms.contains(&token) {
                return Ok(Action::Ignore("conversation not in allowed_rooms"));
            }
            let room = app.config.rooms.get(&token);
            let allowed_users = room
                .and_then(|r| r.allowed_users.as_deref())
                .unwrap_or(&app.config.allowed_users);
            if !allowed_users.is_empty() && !listed(allowed_users, &event.actor) {
                return Ok(Action::Ignore("user not in allowed_users"));
            }
            let addressed = instance.address(message, &app.bot).map_err(trap)?;
            let settings = app.store.room(job.backend_index, &token).map_err(storage)?;
            let mode = commands::effective_mode(app, &settings, &token);
            if let Some(command) = commands::parse(&addressed.text).filter(|_| !is_activity) {
                // In mode off only `/talkbot` (to switch it back on) is heard.
                if mode != Mode::Off || command != commands::ChatCommand::Reset {
                    let text = commands::run(app, job.backend_index, &token, &event.actor, command)
                        .map_err(storage)?;
                    let reference = instance
                        .reference_id(backend, &token, &message.id, 0)
                        .map_err(trap)?;
                    return Ok(Action::Post {
                        text,
                        reference,
                        reply_to: message.id.parse().ok(),
                    });
                }
            }
            if mode == Mode::Off {
                return Ok(Action::Ignore("mode off"));
            }
            if mode == Mode::Mention && !addressed.mentioned {
                return Ok(Action::Ignore("not mentioned"));
            }
            // The user's own persona wins over the room's.
            let persona = app
                .config
                .users
                .get(&event.actor.raw_id)
                .or_else(|| {
                    matches!(event.actor.kind, ActorKind::Users)
                        .then(|| app.config.users.get(&event.actor.id))
                        .flatten()
                })
                .and_then(|u| u.persona.clone())
                .unwrap_or_else(|| commands::room_persona(app, &settings, &token));
            let (system_prompt, _) = app.persona(&persona);
            // The quoted message, and the reply thread it places this message in.
            let (quoted, thread) = match &event.kind {
                EventKind::Create(Some(q)) => {
                    let text = instance.render_message(&q.message).map_err(trap)?;
                    let by_bot = matches!(q.author.kind, ActorKind::Bots);
                    let thread = app
                        .store
                        .thread_of(
                            job.backend_index,
                            &token,
                            &q.message.id,
                            by_bot.then_some(text.as_str()),
                        )
                        .map_err(storage)?;
                    let author = q.author.name.clone();
                    (Some(Quoted { author, text }), thread)
                }
                _ => (None, String::new()),
            };
            let history = if app.memory {
                app.store
                    .recall(job.backend_index, &token, &thread, app.config.memory_turns)
                    .map_err(storage)?
            } else {
                Vec::new()
            };
            // System messages cannot be replied to; chat messages and shares can.
            let reply = !is_activity || message.name == "message";
            let message_id = message.id.clone();
            let prompt = Prompt {
                text: addressed.text,
                author: event.actor.name.clone(),
                backend: backend.to_string(),
                token,
                system_prompt: system_prompt.to_string(),
                persona,
                history,
                quoted,
                event,
            };
            Ok(Action::Answer {
                prompt: Box::new(prompt),
                message_id,
                reply,
                thread,
            })
        }
        EventKind::Like(_) | EventKind::Undo(_) => Ok(Action::Ignore("reaction")),
        EventKind::Join => {
            let greeting = app
                .config
                .rooms
                .get(&token)
                .and_then(|r| r.greeting.clone())
                .or_else(|| app.config.greeting.clone());
            match greeting {
                Some(text) => {
                    let key = format!("join:{}", event.published.clone().unwrap_or_default());
                    let reference = instance
                        .reference_id(backend, &token, &key, 0)
                        .map_err(trap)?;
                    Ok(Action::Post {
                        text,
                        reference,
                        reply_to: None,
                    })
                }
                None => Ok(Action::Ignore("join without greeting")),
            }
        }
        EventKind::Leave => Ok(Action::Leave),
    }
}

/// Backoff before attempt `attempts + 1`: exponential with jitter, at least `Retry-After`.
fn backoff(app: &App, attempts: u32, after: Option<Duration>) -> Duration {
    let d = &app.config.delivery;
    let exp = d
        .initial_backoff
        .saturating_mul(1u32 << attempts.min(20))
        .min(d.max_backoff);
    let mut jitter = [0u8; 2];
    let _ = getrandom::fill(&mut jitter);
    let fraction = 0.5 + f64::from(u16::from_le_bytes(jitter)) / f64::from(u16::MAX) / 2.0;
    exp.mul_f64(fraction).max(after.unwrap_or_default())
}

async fn process(app: &App, job: Job) {
    let id = job.id;
    if let Err(e) = process_inner(app, job).await {
        error!(job = id, "job failed: {e}");
        app.metrics.jobs_failed.fetch_add(1, Ordering::Relaxed);
        let _ = app.store.finish(id, "failed", Some(&e));
    }
}

/// Send one request, counting and handling 401 streaks.
async fn send(app: &App, backend: usize, request: &BotRequest) -> Outcome {
    let start = Instant::now();
    let outcome = app.deliverer.send(request).await;
    app.metrics.delivery_latency.observe(start.elapsed());
    let counter = match &outcome {
        Outcome::Delivered(_) => &app.metrics.deliveries_ok,
        Outcome::Retry { .. } => &app.metrics.deliveries_retry,
        Outcome::Unauthorized => &app.metrics.deliveries_unauthorized,
        Outcome::TooLarge => &app.metrics.deliveries_too_large,
        Outcome::Rejected { .. } => &app.metrics.deliveries_rejected,
    };
    counter.fetch_add(1, Ordering::Relaxed);
    match outcome {
        Outcome::Unauthorized => {
            let streak = app.unauthorized_streak[backend].fetch_add(1, Ordering::Relaxed) + 1;
            if streak >= app.config.delivery.unauthorized_limit
                && !app.blocked[backend].swap(true, Ordering::Relaxed)
            {
                error!(
                    backend = %app.backend_urls[backend],
                    "stopped sending to this Nextcloud after {streak} consecutive 401 answers, before its brute-force \
                     protection locks this address out. Either NEXTCLOUD_TALK_BOT_SECRET differs from the secret given \
                     to `occ talk:bot:install`, or the bot was installed without the response feature (install with \
                     `-f webhook -f response`, or `occ talk:bot:state <id> 1 -f webhook -f response`). Fix it and \
                     restart talkbot: held messages are then delivered."
                );
                if let Err(e) = app.store.hold_backend(backend as u32) {
                    error!("holding jobs: {e}");
                }
            }
        }
        Outcome::Delivered(_) => app.unauthorized_streak[backend].store(0, Ordering::Relaxed),
        _ => {}
    }
    outcome
}

/// Best-effort reaction (status indicators must never block a reply).
async fn react(app: &App, job: &Job, message_id: &str, emoji: &str, remove: bool) -> bool {
    let Ok(message_id) = message_id.parse::<u64>() else {
        return false;
    };
    let backend = job.backend_index as usize;
    let (base, secret) = (
        &app.backend_urls[backend],
        app.config.backends[backend].secrets[0].expose(),
    );
    let Ok(mut instance) = app.engine.acquire().await else {
        return false;
    };
    let request = if remove {
        instance.remove_reaction(base, secret, &job.token, message_id, emoji)
    } else {
        instance.react(base, secret, &job.token, message_id, emoji)
    };
    drop(instance);
    match request {
        Ok(Ok(request)) => matches!(send(app, backend, &request).await, Outcome::Delivered(_)),
        Ok(Err(e)) => {
            warn!("cannot build a reaction: {e:?}");
            false
        }
        Err(e) => {
            warn!("component trapped building a reaction: {e:#}");
            false
        }
    }
}

/// Give up on a job: ⚠️ on the message, 👀 removed.
async fn give_up(app: &App, job: &Job, message_id: Option<&str>, reason: &str) {
    warn!(job = job.id, token = %job.token, "giving up: {reason}");
    if let (true, Some(message_id)) = (app.config.status_reactions, message_id) {
        react(app, job, message_id, FAILED, false).await;
        if job.reacted {
            react(app, job, message_id, WORKING, true).await;
        }
    }
    app.metrics.jobs_failed.fetch_add(1, Ordering::Relaxed);
    let _ = app.store.finish(job.id, "failed", Some(reason));
}

/// Retry later, or give up after `max_attempts`.
async fn retry_or_give_up(
    app: &App,
    job: &Job,
    message_id: Option<&str>,
    reason: &str,
    after: Option<Duration>,
) {
    if job.attempts + 1 >= app.config.delivery.max_attempts {
        give_up(
            app,
            job,
            message_id,
            &format!("{reason} (after {} attempts)", job.attempts + 1),
        )
        .await;
    } else {
        let delay = backoff(app, job.attempts, after);
        info!(job = job.id, "will retry in {delay:?}: {reason}");
        let _ = app
            .store
            .retry_at(job.id, now_ms() + delay.as_millis() as i64, reason);
    }
}

async fn process_inner(app: &App, mut job: Job) -> Result<(), String> {
    let backend = job.backend_index as usize;
    if backend >= app.backend_urls.len() {
        return Err(format!("backend #{backend} is no longer configured"));
    }
    let base = app.backend_urls[backend].clone();
    let mut instance = app
        .engine
        .acquire()
        .await
        .map_err(|e| format!("instantiating the component: {e:#}"))?;
    let event = match instance.parse(&job.body) {
        Ok(Ok(event)) => event,
        Ok(Err(e)) => return Err(format!("queued webhook no longer parses: {e:?}")),
        Err(e) => return Err(format!("component trapped: {e:#}")),
    };
    let action = decide(app, &mut instance, &job, &base, event)?;
    // The reference id of an answer, while the instance is at hand.
    let reference = match &action {
        Action::Answer { message_id, .. } => Some(
            instance
                .reference_id(&base, &job.token, message_id, 0)
                .map_err(|e| format!("component trapped: {e:#}"))?,
        ),
        _ => None,
    };
    // Hold no pool slot while the responder thinks or the network answers.
    drop(instance);
    let (text, message_id, reply_to, reference) = match action {
        Action::Ignore(why) => {
            debug!(job = job.id, "ignored: {why}");
            app.metrics.jobs_done.fetch_add(1, Ordering::Relaxed);
            return app
                .store
                .finish(job.id, "done", None)
                .map_err(|e| e.to_string());
        }
        Action::Leave => {
            app.store
                .drop_conversation(job.backend_index, &job.token, job.id)
                .map_err(|e| e.to_string())?;
            app.store
                .forget(job.backend_index, &job.token)
                .map_err(|e| e.to_string())?;
            info!(token = %job.token, "bot removed from the conversation; its pending work and memory are dropped");
            app.metrics.jobs_done.fetch_add(1, Ordering::Relaxed);
            return app
                .store
                .finish(job.id, "done", None)
                .map_err(|e| e.to_string());
        }
        Action::Post {
            text,
            reference,
            reply_to,
        } => (Some(text), None, reply_to, reference),
        Action::Answer {
            prompt,
            message_id,
            reply,
            thread,
        } => {
            let reference = reference.ok_or("no reference id")?;
            let text = match job.reply.clone() {
                Some(text) => Some(text),
                None => match ask(app, &mut job, &prompt, &message_id, &thread).await? {
                    Some(text) => text,
                    None => return Ok(()),
                },
            };
            let reply_to = if reply { message_id.parse().ok() } else { None };
            (text, Some(message_id), reply_to, reference)
        }
    };
    let Some(text) = text else {
        if let (true, Some(message_id)) = (job.reacted, &message_id) {
            react(app, &job, message_id, WORKING, true).await;
        }
        app.metrics.jobs_done.fetch_add(1, Ordering::Relaxed);
        return app
            .store
            .finish(job.id, "done", None)
            .map_err(|e| e.to_string());
    };

    let secret = app.config.backends[backend].secrets[0].expose().to_string();
    let options = SendOptions {
        reply_to,
        reference_id: Some(reference),
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: Some(app.config.max_message_length),
    };
    let mut instance = app
        .engine
        .acquire()
        .await
        .map_err(|e| format!("instantiating the component: {e:#}"))?;
    let built = instance.send_message(&base, &secret, &job.token, &text, &options);
    let built = match built {
        Ok(Err(e)) => Ok(Err(instance
            .api_error_message(&e)
            .unwrap_or_else(|_| format!("{e:?}")))),
        other => other.map(|r| r.map_err(|_| String::new())),
    };
    drop(instance);
    let requests = match built {
        Ok(Ok(requests)) => requests,
        Ok(Err(why)) => {
            give_up(
                app,
                &job,
                message_id.as_deref(),
                &format!("cannot build the reply: {why}"),
            )
            .await;
            return Ok(());
        }
        Err(e) => return Err(format!("component trapped: {e:#}")),
    };
    for (index, request) in requests
        .iter()
        .enumerate()
        .skip(job.delivered_chunks as usize)
    {
        let outcome = match send(app, backend, request).await {
            Outcome::TooLarge => {
                send_smaller(
                    app,
                    &job,
                    &secret,
                    request,
                    app.config.max_message_length / 2,
                )
                .await
            }
            other => other,
        };
        match outcome {
            Outcome::Delivered(_) => {
                job.delivered_chunks = index as u32 + 1;
                app.store
                    .chunk_delivered(job.id, job.delivered_chunks)
                    .map_err(|e| e.to_string())?;
            }
            Outcome::Retry { reason, after } => {
                retry_or_give_up(app, &job, message_id.as_deref(), &reason, after).await;
                return Ok(());
            }
            Outcome::Unauthorized => {
                if app.blocked[backend].load(Ordering::Relaxed) {
                    let _ = app.store.finish(
                        job.id,
                        "held",
                        Some("401: sending to this Nextcloud stopped"),
                    );
                    let _ = app.store.hold_backend(backend as u32);
                } else {
                    retry_or_give_up(app, &job, message_id.as_deref(), "HTTP 401", None).await;
                }
                return Ok(());
            }
            Outcome::TooLarge => {
                give_up(
                    app,
                    &job,
                    message_id.as_deref(),
                    "HTTP 413 even for short chunks",
                )
                .await;
                return Ok(());
            }
            Outcome::Rejected { reason, .. } => {
                give_up(app, &job, message_id.as_deref(), &reason).await;
                return Ok(());
            }
        }
    }
    if let Some(reason) = job.failure.clone() {
        // The failure notice is out: mark the message as failed, like any give-up.
        give_up(app, &job, message_id.as_deref(), &reason).await;
        return Ok(());
    }
    if let (true, Some(message_id)) = (job.reacted, &message_id) {
        react(app, &job, message_id, WORKING, true).await;
    }
    app.metrics.jobs_done.fetch_add(1, Ordering::Relaxed);
    app.store
        .finish(job.id, "done", None)
        .map_err(|e| e.to_string())
}

/// Ask the persona's responder chain for an answer, with 👀 if it takes a while. Returns the
/// text to post (`Some(None)`: deliberately nothing), or None when the job was rescheduled or
/// given up. The answer (or the failure notice) is stored before it is returned.
async fn ask(
    app: &App,
    job: &mut Job,
    prompt: &Prompt,
    message_id: &str,
    thread: &str,
) -> Result<Option<Option<String>>, String> {
    let (_, chain) = app.persona(&prompt.persona);
    let observe = |name: &str, result: Result<(), &ResponderError>| {
        app.metrics.responder_result(name, result)
    };
    let respond = chain.answer(prompt, &observe);
    tokio::pin!(respond);
    // 👀 only if the answer takes a while: a quick reply needs no "working on it".
    let wants_reaction = app.config.status_reactions && !job.reacted;
    let delay = app.config.status_reaction_delay;
    let mut react_now = wants_reaction && delay.is_zero();
    let mut answer = None;
    if wants_reaction && !react_now {
        tokio::select! {
            biased;
            done = &mut respond => answer = Some(done),
            _ = tokio::time::sleep(delay) => react_now = true,
        }
    }
    if react_now && react(app, job, message_id, WORKING, false).await {
        job.reacted = true;
        let _ = app.store.set_reacted(job.id, true);
    }
    let answer = match answer {
        Some(answer) => answer,
        None => respond.await,
    };
    match answer {
        Ok(answer) => {
            let Some(text) = answer.text else {
                return Ok(Some(None));
            };
            info!(job = job.id, responder = %answer.by, "answered");
            // Whatever a responder writes is untrusted: no @all, group or team notifications.
            let mut instance = app
                .engine
                .acquire()
                .await
                .map_err(|e| format!("instantiating the component: {e:#}"))?;
            let text = instance
                .defang_mentions(&text)
                .map_err(|e| format!("component trapped: {e:#}"))?;
            drop(instance);
            let turns = if !app.memory {
                Vec::new()
            } else {
                let turn = |role, author: &str, text: &str| NewTurn {
                    backend_index: job.backend_index,
                    token: job.token.clone(),
                    thread: thread.to_string(),
                    message_id: message_id.to_string(),
                    role,
                    author: author.to_string(),
                    text: text.to_string(),
                };
                vec![
                    turn(Role::User, &prompt.author, &prompt.text),
                    turn(Role::Assistant, &app.config.agent_name, &text),
                ]
            };
            app.store
                .save_reply(job.id, &text, None, turns)
                .map_err(|e| e.to_string())?;
            Ok(Some(Some(text)))
        }
        Err(e) if e.retryable() && job.attempts + 1 < app.config.responder_attempts => {
            let delay = backoff(app, job.attempts, None);
            warn!(
                job = job.id,
                "no responder answered, trying again in {delay:?}: {e}"
            );
            let _ = app.store.retry_at(
                job.id,
                now_ms() + delay.as_millis() as i64,
                &format!("no responder answered: {e}"),
            );
            Ok(None)
        }
        Err(e) => {
            let reason = format!("no responder answered: {e}");
            match &app.config.failure_reply {
                Some(notice) => {
                    warn!(job = job.id, "{reason}; posting the failure notice");
                    app.store
                        .save_reply(job.id, notice, Some(&reason), Vec::new())
                        .map_err(|e| e.to_string())?;
                    job.failure = Some(reason);
                    Ok(Some(Some(notice.clone())))
                }
                None => {
                    give_up(app, job, Some(message_id), &reason).await;
                    Ok(None)
                }
            }
        }
    }
}

/// After a 413: split this chunk again at `max` characters and send the parts in order.
async fn send_smaller(
    app: &App,
    job: &Job,
    secret: &str,
    request: &BotRequest,
    max: u32,
) -> Outcome {
    let backend = job.backend_index as usize;
    let body: serde_json::Value = match serde_json::from_str(&request.body) {
        Ok(v) => v,
        Err(e) => {
            return Outcome::Rejected {
                status: 413,
                reason: format!("cannot re-split: {e}"),
            };
        }
    };
    let text = body["message"].as_str().unwrap_or_default();
    if max < 64 {
        return Outcome::TooLarge;
    }
    let options = SendOptions {
        reply_to: body["replyTo"].as_u64(),
        reference_id: body["referenceId"].as_str().map(str::to_string),
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: Some(max),
    };
    let built = match app.engine.acquire().await {
        Ok(mut instance) => instance.send_message(
            &app.backend_urls[backend],
            secret,
            &job.token,
            text,
            &options,
        ),
        Err(e) => Err(e),
    };
    let parts = match built {
        Ok(Ok(parts)) => parts,
        _ => {
            return Outcome::Rejected {
                status: 413,
                reason: "cannot re-split the message".into(),
            };
        }
    };
    for part in &parts {
        let outcome = match send(app, backend, part).await {
            Outcome::TooLarge => Box::pin(send_smaller(app, job, secret, part, max / 2)).await,
            other => other,
        };
        if !matches!(outcome, Outcome::Delivered(_)) {
            return outcome;
        }
    }
    Outcome::Delivered(201)
}
