//! The next action, from where the job stands: the stages in order, and the delivery of the
//! reply (chunks, 413 re-splits, the breaker's clearance, the retry window).

use super::state::{JobState, Stage, Tell, Wait};
use super::*;

impl Run<'_, '_> {
    /// The next action, from where the job stands.
    pub(super) fn advance(&mut self, state: &mut JobState) -> Action {
        // The webhook is parsed once a step (its bytes never change).
        let parsed = match self.parsed(state) {
            Ok(parsed) => parsed,
            Err(why) => return end(state, Outcome::Failed(why)),
        };
        loop {
            if !state.tells.is_empty() {
                let tell = state.tells.remove(0);
                let token = parsed.token.clone();
                let event = match tell {
                    // Only a 429 can mean anything to the breaker (the brute-force lock): the
                    // other answers are not worth a round trip to the host.
                    Tell::Answered(TalkAnswer::Status((429, headers))) => {
                        BreakerEvent::Answered(TalkAnswer::Status((429, headers)))
                    }
                    Tell::Answered(_) => continue,
                    Tell::Accepted => BreakerEvent::Accepted(token),
                    Tell::Left => BreakerEvent::Left(token),
                };
                state.wait = Wait::Told;
                return Action::AskBreaker((state.backend, event));
            }
            if let Some((_, _)) = &state.refused {
                let token = parsed.token.clone();
                state.wait = Wait::Refusal;
                return Action::AskBreaker((
                    state.backend,
                    BreakerEvent::Refused((token, REFUSING_LIMIT)),
                ));
            }
            if let Some((at, why)) = state.sleep_until.take() {
                return sleep(state, at, why);
            }
            let (base, secret) = match self.backend(state) {
                Ok(b) => (b.url.clone(), b.secrets[0].clone()),
                Err(why) => return end(state, Outcome::Failed(why)),
            };
            match state.stage.clone() {
                Stage::New => {
                    state.wait = Wait::Settings;
                    return Action::LoadSettings((state.backend, parsed.token));
                }
                Stage::Decide => {
                    let decision = match self.decide(state, &parsed) {
                        Ok(decision) => decision,
                        Err(why) => return end(state, Outcome::Failed(why)),
                    };
                    match decision {
                        Decision::Ignore(why) => return end(state, Outcome::Ignored(why)),
                        Decision::Leave => {
                            state.stage = Stage::Leave;
                            state.wait = Wait::Stored;
                            return Action::Forget((state.backend, parsed.token));
                        }
                        Decision::Greet(post) => {
                            state.reply = Some(reply_of(post));
                            state.stage = Stage::Post;
                        }
                        Decision::Command(outcome) => {
                            // Quoted: a log line never carries the writer's control characters.
                            // A forget's answer is known once the memory is seen.
                            let answer = match &outcome.change {
                                Some(SettingsChange::Forget(_)) => "forgetting",
                                _ => outcome.reply.text.lines().next().unwrap_or_default(),
                            };
                            self.log = Some(format!(
                                "chat command from {}; answering: {answer}",
                                parsed.event.actor.raw_id.escape_debug(),
                            ));
                            state.reply = Some(reply_of(outcome.reply));
                            state.stage = Stage::Post;
                            match outcome.change {
                                Some(SettingsChange::Set(settings)) => {
                                    state.wait = Wait::Stored;
                                    return Action::StoreSettings((
                                        state.backend,
                                        parsed.token,
                                        settings,
                                    ));
                                }
                                Some(SettingsChange::Resume(r)) => {
                                    state.stage = Stage::Resume {
                                        job: r.job,
                                        allowed: r.allowed,
                                        by: r.by,
                                    };
                                    state.wait = Wait::Stored;
                                    return Action::StoreSettings((
                                        state.backend,
                                        parsed.token,
                                        r.settings,
                                    ));
                                }
                                // What goes is seen in the memory (and counted in the answer).
                                Some(SettingsChange::Forget(asker)) => {
                                    let name = parsed.event.actor.name.clone();
                                    state.stage = Stage::Forget {
                                        asker: asker.map(|id| (id, name)),
                                    };
                                }
                                None => {}
                            }
                        }
                        Decision::Answer(plan) => {
                            state.stage = Stage::Ask;
                            if remembers(&plan) {
                                state.wait = Wait::Memory;
                                return Action::LoadMemory(memory_key(state, &parsed.token));
                            }
                        }
                    }
                }
                Stage::Leave => {
                    state.wait = Wait::Stored;
                    return Action::Forget((state.backend, parsed.token));
                }
                // After a restart: the settings are loaded again for the call that waits.
                Stage::Park { .. } => {
                    state.wait = Wait::Settings;
                    return Action::LoadSettings((state.backend, parsed.token));
                }
                // Its store was not seen committed: decided again on the settings as they are.
                Stage::Resume { .. } => state.stage = Stage::New,
                Stage::Forget { .. } => {
                    state.wait = Wait::Memory;
                    return Action::LoadMemory(memory_key(state, &parsed.token));
                }
                Stage::Erase { questions } => {
                    state.wait = Wait::Stored;
                    return Action::Erase(Erasure {
                        key: memory_key(state, &parsed.token),
                        questions,
                    });
                }
                Stage::Ask => {
                    let Some(plan) = self.plan_of(state, &parsed) else {
                        state.stage = Stage::GiveUp {
                            reason: "the question can no longer be answered".into(),
                            quiet: false,
                        };
                        continue;
                    };
                    // 👀 while a responder outside works (the echo answers at once).
                    let outside = plan
                        .responders
                        .get(state.responder as usize)
                        .is_some_and(|r| r != "echo");
                    let wants_reaction = self.bot.status_reaction_after.is_some()
                        && parsed.message_id.is_some()
                        && !state.reacted
                        && outside;
                    if wants_reaction && state.slow_reaction.is_none() {
                        state.wait = Wait::SlowReactionClearance;
                        return Action::AskBreaker((
                            state.backend,
                            BreakerEvent::Ask((parsed.token, 0)),
                        ));
                    }
                    let reaction = match (wants_reaction, state.slow_reaction, parsed.message_id) {
                        (true, Some(true), Some(id)) => botapi::reaction(
                            &base,
                            &secret,
                            &parsed.token,
                            id,
                            WORKING,
                            ReactionOp::Add,
                            self.draws.random,
                        )
                        .ok()
                        .map(|request| SlowReaction {
                            at: self
                                .now
                                .saturating_add(self.bot.status_reaction_after.unwrap_or(0)),
                            request,
                        }),
                        _ => None,
                    };
                    let Some(name) = plan.responders.get(state.responder as usize).cloned() else {
                        state.stage = Stage::GiveUp {
                            reason: format!("persona {:?} has no responder", plan.persona),
                            quiet: false,
                        };
                        continue;
                    };
                    if name == "echo" {
                        let text = plan.text.clone();
                        self.answered(state, Ok(Some(text)));
                        continue;
                    }
                    if let Some((_, chat)) = self.bot.models.iter().find(|(n, _)| *n == name) {
                        return self.ask_model(state, &parsed, &plan, name, chat, reaction);
                    }
                    state.wait = Wait::Responder;
                    return Action::RunResponder(ResponderCall {
                        responder: name,
                        backend: base,
                        event: parsed.event.clone(),
                        plan,
                        history: state.history.clone(),
                        reaction,
                    });
                }
                Stage::Remember => {
                    let (Some(plan), Some(reply)) =
                        (self.plan_of(state, &parsed), state.reply.clone())
                    else {
                        state.stage = Stage::Post;
                        continue;
                    };
                    let thread = state.thread.clone().unwrap_or_default();
                    let message_id = plan.message_id.to_string();
                    let asker = parsed.event.actor.raw_id.clone();
                    let turns = model::remember(&plan, &reply.text, &self.bot.policy.agent_name)
                        .into_iter()
                        .map(|turn| MemoryTurn {
                            thread: thread.clone(),
                            message_id: message_id.clone(),
                            asker: asker.clone(),
                            turn,
                        })
                        .collect();
                    state.history.clear();
                    state.wait = Wait::Stored;
                    return Action::Remember((
                        memory_key(state, &parsed.token),
                        turns,
                        memory::KEEP.max(plan.memory_turns),
                    ));
                }
                Stage::Post => {
                    state.history.clear();
                    if let Some(action) = self.post(state, &parsed, &base, &secret) {
                        return action;
                    }
                }
                Stage::Finish(outcome) => {
                    if let (true, Some(_)) = (state.reacted, parsed.message_id) {
                        state.reactions.push((WORKING.into(), true));
                    }
                    state.stage = Stage::Ending(outcome);
                }
                Stage::GiveUp { reason, quiet } => {
                    let reason = match (&state.last_error, reason.contains("no longer worth")) {
                        (Some(last), true) => format!("{reason}; it was waiting on: {last}"),
                        _ => reason,
                    };
                    if !quiet
                        && self.bot.status_reaction_after.is_some()
                        && parsed.message_id.is_some()
                    {
                        state.reactions.push((FAILED.into(), false));
                    }
                    if state.reacted && !quiet {
                        state.reactions.push((WORKING.into(), true));
                    }
                    let outcome = match state.failure.take() {
                        Some(why) if reason == why => Outcome::FailureReply(why),
                        _ => Outcome::Failed(reason),
                    };
                    state.stage = Stage::Ending(outcome);
                }
                Stage::Ending(outcome) => {
                    let Some((emoji, remove)) = state.reactions.first().cloned() else {
                        return end(state, outcome);
                    };
                    let Some(id) = parsed.message_id else {
                        state.reactions.clear();
                        continue;
                    };
                    if !state.cleared {
                        state.wait = Wait::ReactionClearance;
                        return Action::AskBreaker((
                            state.backend,
                            BreakerEvent::Ask((parsed.token, 0)),
                        ));
                    }
                    state.cleared = false;
                    let op = if remove {
                        ReactionOp::Remove
                    } else {
                        ReactionOp::Add
                    };
                    match botapi::reaction(
                        &base,
                        &secret,
                        &parsed.token,
                        id,
                        &emoji,
                        op,
                        self.draws.random,
                    ) {
                        Ok(request) => {
                            state.wait = Wait::Reaction;
                            return Action::Send(request);
                        }
                        Err(_) => {
                            state.reactions.remove(0);
                        }
                    }
                }
            }
        }
    }

    /// The next request of the reply, or `None` when the stage moved on.
    fn post(
        &mut self,
        state: &mut JobState,
        parsed: &Parsed,
        base: &str,
        secret: &str,
    ) -> Option<Action> {
        let reply = state.reply.clone()?;
        let options = SendOptions {
            reply_to: reply.reply_to,
            reference_id: Some(reply.reference_id),
            silent: false,
            thread_id: None,
            thread_title: None,
            max_length: Some(self.bot.max_message_length),
        };
        let requests = match botapi::send_message(
            base,
            secret,
            &parsed.token,
            &reply.text,
            &options,
            self.draws.random,
        ) {
            Ok(requests) => requests,
            Err(e) => {
                state.stage = Stage::GiveUp {
                    reason: format!("cannot build the reply: {}", botapi::message(&e)),
                    quiet: false,
                };
                return None;
            }
        };
        let Some(request) = requests.get(state.delivered as usize) else {
            state.stage = match state.failure.clone() {
                Some(reason) => Stage::GiveUp {
                    reason,
                    quiet: false,
                },
                None => Stage::Finish(Outcome::Delivered),
            };
            return None;
        };
        // After 413s each level splits the part above it again (its parts' ids derive from
        // that part's): the request is the part the levels lead to.
        let mut request = request.clone();
        for level in 0..state.split.len() {
            let (max, part) = state.split[level];
            let parts = match botapi::split_again(
                base,
                secret,
                &parsed.token,
                &request,
                max,
                self.draws.random,
            ) {
                Ok(parts) => parts,
                Err(e) => {
                    state.stage = Stage::GiveUp {
                        reason: format!(
                            "HTTP 413, and the chunk cannot be split again: {}",
                            botapi::message(&e)
                        ),
                        quiet: false,
                    };
                    return None;
                }
            };
            match parts.into_iter().nth(part as usize) {
                Some(next) => request = next,
                None => {
                    // Every part of this level is delivered: so is the part it split.
                    state.split.truncate(level);
                    match state.split.last_mut() {
                        Some((_, part)) => *part += 1,
                        None => state.delivered += 1,
                    }
                    return None;
                }
            }
        }
        if !state.cleared {
            let clock = crate::engine_api::JobClock {
                attempts: state.attempts,
                received_at: state.received_at,
            };
            if let Some(reason) = delivery::expired(&clock, &self.bot.retry, self.now) {
                state.stage = Stage::GiveUp {
                    reason,
                    quiet: false,
                };
                return None;
            }
            state.wait = Wait::ChunkClearance;
            return Some(Action::AskBreaker((
                state.backend,
                BreakerEvent::Ask((parsed.token.clone(), 0)),
            )));
        }
        state.cleared = false;
        state.sending = true;
        state.wait = Wait::Chunk;
        Some(Action::Send(request))
    }
}
