//! Policy: what to do with an event — ignore it, run a chat command, greet, leave, or answer
//! with everything the answer needs.

use super::commands::{self, ChatCommand};
use crate::engine_api::{
    AnswerPlan, CommandOutcome, Decision, Mode, Policy, Post, Quoted, RoomPolicy, RoomSettings,
};
use crate::{Actor, ActorKind, Event, EventKind, botapi, render};

/// Whether `actor` is named by an allowlist entry (a user id like `ada`, or an actor id like
/// `users/ada` or `guests/…`).
fn listed(list: &[String], actor: &Actor) -> bool {
    list.iter().any(|entry| {
        entry == &actor.raw_id || (matches!(actor.kind, ActorKind::Users) && entry == &actor.id)
    })
}

fn room<'a>(policy: &'a Policy, token: &str) -> Option<&'a RoomPolicy> {
    policy.rooms.iter().find(|r| r.token == token)
}

/// The mode in effect: set from the chat, else the room's configuration, else the default.
pub fn effective_mode(policy: &Policy, settings: &RoomSettings, token: &str) -> Mode {
    settings
        .mode
        .or_else(|| room(policy, token).and_then(|r| r.mode))
        .unwrap_or(policy.mode)
}

/// The room's persona: set from the chat, else configured for the room, else `default`.
pub fn room_persona(policy: &Policy, settings: &RoomSettings, token: &str) -> String {
    settings
        .persona
        .clone()
        .or_else(|| room(policy, token).and_then(|r| r.persona.clone()))
        .unwrap_or_else(|| "default".into())
}

/// The instructions a model gets when none are configured.
pub fn default_system_prompt(agent_name: &str) -> String {
    format!(
        "You are {agent_name}, an assistant in a Nextcloud Talk group chat. Each user message starts \
         with the writer's name and a colon. Answer the latest message helpfully and concisely, in \
         its language, using Markdown where it helps."
    )
}

/// What to do with `event` (see the WIT's `decide`); `context`: what a chat command sees of
/// the conversation besides its settings.
pub fn decide(
    policy: &Policy,
    settings: &RoomSettings,
    backend: &str,
    event: Event,
    key: &str,
    context: &commands::Context,
) -> Decision {
    let token = event.conversation.token.clone();
    match &event.kind {
        EventKind::Create(_) | EventKind::Activity => {}
        EventKind::Like(_) | EventKind::Undo(_) => return Decision::Ignore("reaction".into()),
        EventKind::Join => {
            let greeting = room(policy, &token)
                .and_then(|r| r.greeting.clone())
                .or_else(|| policy.greeting.clone());
            return match greeting {
                Some(text) => {
                    // A Join has no message id, and real Talk's Join bodies of one room are
                    // the same bytes: the job's key (from the signature) tells them apart.
                    let key = format!("join:{key}");
                    Decision::Greet(Post {
                        text,
                        reference_id: botapi::reference_id(backend, &token, &key, 0),
                        reply_to: None,
                    })
                }
                None => Decision::Ignore("join without greeting".into()),
            };
        }
        EventKind::Leave => return Decision::Leave,
    }
    // Never answer itself or other bots.
    if matches!(event.actor.kind, ActorKind::Bots) {
        return Decision::Ignore("written by a bot".into());
    }
    let is_activity = matches!(event.kind, EventKind::Activity);
    if is_activity && !policy.answer_activity {
        return Decision::Ignore("activity (answer_activity is off)".into());
    }
    let Some(message) = &event.message else {
        return Decision::Ignore("no message".into());
    };
    if !policy.allowed_rooms.is_empty() && !policy.allowed_rooms.contains(&token) {
        return Decision::Ignore("conversation not in allowed_rooms".into());
    }
    let allowed_users = room(policy, &token)
        .and_then(|r| r.allowed_users.as_deref())
        .unwrap_or(&policy.allowed_users);
    if !allowed_users.is_empty() && !listed(allowed_users, &event.actor) {
        return Decision::Ignore("user not in allowed_users".into());
    }
    let addressed = render::address(message, &policy.bot);
    let mode = effective_mode(policy, settings, &token);
    let reference_id = botapi::reference_id(backend, &token, &message.id.to_string(), 0);
    if let Some(command) = commands::parse(&addressed.text).filter(|_| !is_activity) {
        // In mode off only `/talkbot` (to switch it back on) is heard.
        if mode != Mode::Off || command != ChatCommand::Reset {
            let (text, change) =
                commands::run(policy, settings, &token, &event.actor, command, context);
            return Decision::Command(CommandOutcome {
                reply: Post {
                    text,
                    reference_id,
                    reply_to: Some(message.id),
                },
                change,
            });
        }
    }
    if mode == Mode::Off {
        return Decision::Ignore("mode off".into());
    }
    if mode == Mode::Mention && !addressed.mentioned {
        return Decision::Ignore("not mentioned".into());
    }
    // The user's own persona wins over the room's.
    let user_persona = policy
        .users
        .iter()
        .find(|u| u.actor == event.actor.raw_id)
        .or_else(|| {
            matches!(event.actor.kind, ActorKind::Users)
                .then(|| policy.users.iter().find(|u| u.actor == event.actor.id))
                .flatten()
        })
        .map(|u| u.persona.clone());
    let persona = user_persona.unwrap_or_else(|| room_persona(policy, settings, &token));
    let chosen = persona_named(policy, &persona);
    let quoted = match &event.kind {
        EventKind::Create(Some(q)) => Some(Quoted {
            id: q.message.id,
            author: q.author.name.clone(),
            text: render::render_text(&q.message.template, &q.message.parameters),
            by_bot: matches!(q.author.kind, ActorKind::Bots),
        }),
        _ => None,
    };
    // System messages cannot be replied to; chat messages and shares can.
    let reply = !is_activity || message.name == "message";
    Decision::Answer(AnswerPlan {
        text: addressed.text,
        author: event.actor.name.clone(),
        system_prompt: chosen
            .and_then(|p| p.system_prompt.clone())
            .unwrap_or_else(|| default_system_prompt(&policy.agent_name)),
        responders: chosen.map(|p| p.responders.clone()).unwrap_or_default(),
        persona,
        message_id: message.id,
        reply_to: reply.then_some(message.id),
        reference_id,
        quoted,
        memory_turns: policy.memory_turns,
    })
}

/// The persona named `name`, or the first configured.
fn persona_named<'a>(policy: &'a Policy, name: &str) -> Option<&'a crate::engine_api::Persona> {
    policy
        .personas
        .iter()
        .find(|p| p.name == name)
        .or_else(|| policy.personas.first())
}

/// The plan of a scheduled prompt (`schedule`) in conversation `token`: the room's persona
/// answers it; nothing is replied to, nothing remembered.
pub fn scheduled_plan(
    policy: &Policy,
    settings: &RoomSettings,
    token: &str,
    schedule: &str,
    prompt: &str,
    reference_id: String,
) -> AnswerPlan {
    let persona = room_persona(policy, settings, token);
    let chosen = persona_named(policy, &persona);
    AnswerPlan {
        text: prompt.to_string(),
        author: schedule.to_string(),
        system_prompt: chosen
            .and_then(|p| p.system_prompt.clone())
            .unwrap_or_else(|| default_system_prompt(&policy.agent_name)),
        responders: chosen.map(|p| p.responders.clone()).unwrap_or_default(),
        persona,
        message_id: 0,
        reply_to: None,
        reference_id,
        quoted: None,
        memory_turns: 0,
    }
}
