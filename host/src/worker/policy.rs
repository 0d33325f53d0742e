//! Policy: what to do with an event (ignore, a chat command, a greeting, Leave, an answer).

use crate::app::App;
use crate::commands;
use crate::config::Mode;
use crate::protocol::{ActorKind, Event, EventKind, ProtocolInstance};
use crate::responder::{Prompt, Quoted};
use crate::store::Job;

/// What to do with an event.
pub(super) enum Action {
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

/// Whether `actor` is named by an allowlist entry (a user id like `ada`, or an actor id like
/// `users/ada` or `guests/…`).
fn listed(list: &[String], actor: &crate::protocol::Actor) -> bool {
    list.iter().any(|entry| {
        entry == &actor.raw_id || (matches!(actor.kind, ActorKind::Users) && entry == &actor.id)
    })
}

pub(super) fn decide(
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
