//! Policy, the host's half: the engine's `decide` says what to do with an event; this applies
//! it — stores a chat command's settings change, loads the memory an answer asks for.

use crate::app::App;
use crate::protocol::{
    Decision, Event, Mode, Post, ProtocolInstance, RoomSettings, SettingsChange,
};
use crate::responder::{Prompt, Quoted};
use crate::store::{self, Job};

/// What to do with an event.
pub(super) enum Action {
    Ignore(String),
    /// Answer the plan's message.
    Answer {
        prompt: Box<Prompt>,
        /// The reply thread, for memory.
        thread: String,
    },
    /// Post a text (greeting, command answer).
    Post(Post),
    /// The bot left: drop the conversation's pending work.
    Leave,
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::All => "all",
        Mode::Mention => "mention",
        Mode::Off => "off",
    }
}

/// Stored settings as the engine reads them (an unknown stored mode counts as unset).
fn engine_settings(stored: store::RoomSettings) -> RoomSettings {
    RoomSettings {
        mode: stored.mode.as_deref().and_then(|m| match m {
            "all" => Some(Mode::All),
            "mention" => Some(Mode::Mention),
            "off" => Some(Mode::Off),
            _ => None,
        }),
        persona: stored.persona,
    }
}

pub(super) fn decide(
    app: &App,
    instance: &mut ProtocolInstance,
    job: &Job,
    backend: &str,
    event: Event,
) -> Result<Action, String> {
    let trap = |e: wasmtime::Error| format!("component trapped: {e:#}");
    let storage = |e: store::StoreError| e.to_string();
    let token = event.conversation.token.clone();
    let settings = app.store.room(job.backend_index, &token).map_err(storage)?;
    let decision = instance
        .decide(
            &app.policy,
            &engine_settings(settings),
            backend,
            &event,
            &job.dedup_key,
        )
        .map_err(trap)?;
    Ok(match decision {
        Decision::Ignore(why) => Action::Ignore(why),
        Decision::Leave => Action::Leave,
        Decision::Greet(post) => Action::Post(post),
        Decision::Command(outcome) => {
            // Once per command (a retried delivery of its answer does not decide again).
            tracing::info!(
                job = job.id,
                token = %token,
                actor = %event.actor.raw_id,
                change = ?outcome.change,
                "chat command; answering: {}",
                outcome.reply.text.lines().next().unwrap_or_default()
            );
            match outcome.change {
                Some(SettingsChange::Set(settings)) => app
                    .store
                    .set_room(
                        job.backend_index,
                        &token,
                        store::RoomSettings {
                            mode: settings.mode.map(|m| mode_name(m).to_string()),
                            persona: settings.persona,
                        },
                    )
                    .map_err(storage)?,
                Some(SettingsChange::Forget) => app
                    .store
                    .forget(job.backend_index, &token)
                    .map_err(storage)?,
                None => {}
            }
            Action::Post(outcome.reply)
        }
        Decision::Answer(plan) => {
            // The reply thread the quoted message places this one in (memory's key).
            let thread = match &plan.quoted {
                Some(q) => app
                    .store
                    .thread_of(
                        job.backend_index,
                        &token,
                        &q.id.to_string(),
                        q.by_bot.then_some(q.text.as_str()),
                    )
                    .map_err(storage)?,
                None => String::new(),
            };
            let history = if app.memory {
                app.store
                    .recall(
                        job.backend_index,
                        &token,
                        &thread,
                        plan.memory_turns as usize,
                    )
                    .map_err(storage)?
            } else {
                Vec::new()
            };
            let prompt = Prompt {
                text: plan.text.clone(),
                author: plan.author.clone(),
                backend: backend.to_string(),
                token,
                system_prompt: plan.system_prompt.clone(),
                persona: plan.persona.clone(),
                history,
                quoted: plan.quoted.as_ref().map(|q| Quoted {
                    author: q.author.clone(),
                    text: q.text.clone(),
                }),
                event,
                plan,
            };
            Action::Answer {
                prompt: Box::new(prompt),
                thread,
            }
        }
    })
}
