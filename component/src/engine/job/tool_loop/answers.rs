//! What came back: a tool server's answer (or why none came, or a restart while it was out),
//! and the model's answer while the loop runs.

use super::super::state::{JobState, Wait};
use super::super::*;
use super::{failed, finish, persona_of, restart};
use crate::engine::tools::{
    self, CallState, Handshake, MAX_ANSWER_BYTES, Outstanding, Servers, chat, mcp,
};
use crate::job_api::ToolAnswer;

/// What the model is told of a call whose answer a crash lost.
const UNKNOWN_OUTCOME: &str = "Unknown outcome: the call was sent, then talkbot restarted before its answer came, so it may or may not have been made. It is not repeated.";

impl Run<'_, '_> {
    /// A chat model's answer while the loop runs: `None` when the loop goes on (tool calls to
    /// make, or tools refused and the model asked again without them).
    pub(in crate::engine::job) fn model_reply(
        &mut self,
        state: &mut JobState,
        url: &str,
        status: u16,
        body: &[u8],
    ) -> Option<Result<Option<String>, Failure>> {
        let max = self.bot.tools.max_rounds;
        let Some(lp) = state.tools.as_mut() else {
            return Some(model::answer(url, status, body).map(Some));
        };
        let message = match model::message(url, status, body) {
            Ok(message) => message,
            Err(f) if chat::refuses_tools(&f) && !lp.refused && !lp.tools.is_empty() => {
                lp.refused = true;
                self.note(format!(
                    "the model refused the tools; asked again without them: {}",
                    f.reason
                ));
                return None;
            }
            Err(f) => return Some(Err(f)),
        };
        match chat::reply(url, &message, lp) {
            Ok(chat::Reply::Calls(calls, assistant))
                if lp.rounds < max && !lp.refused && !lp.tools.is_empty() =>
            {
                lp.rounds += 1;
                lp.messages.push(assistant);
                lp.calls = calls;
                lp.outstanding = None;
                None
            }
            Ok(chat::Reply::Calls(..)) => Some(model::text_of(url, &message).map(Some)),
            Ok(chat::Reply::Text(text)) => Some(Ok(Some(text))),
            Err(f) => Some(Err(f)),
        }
    }

    /// A restart while an MCP message was out: a call's outcome is unknown (called again only
    /// when idempotent); a session or list message is sent again.
    pub(in crate::engine::job) fn tool_interrupted(&mut self, state: &mut JobState) {
        state.cleared = false;
        let bot = self.bot;
        let Some(lp) = state.tools.as_mut() else {
            return;
        };
        let Some(Outstanding::Call(ci)) = lp.outstanding.take() else {
            return;
        };
        let ci = ci as usize;
        let Some(call) = lp.calls.get(ci).cloned() else {
            return;
        };
        let idempotent = call.tool.as_ref().is_some_and(|(si, tool)| {
            lp.servers
                .get(*si as usize)
                .and_then(|s| bot.tools.get(&s.name))
                .is_some_and(|server| tools::listed(&server.idempotent, tool))
        });
        if idempotent {
            lp.calls[ci].state = CallState::Planned;
            self.note(format!(
                "tool call {} is made again after a restart (idempotent)",
                call.function
            ));
        } else {
            finish(lp, ci, UNKNOWN_OUTCOME.into());
            self.note(format!(
                "tool call {}: unknown outcome after a restart",
                call.function
            ));
        }
    }

    /// A tool server's answer (or why there was none).
    pub(in crate::engine::job) fn tool_answered(
        &mut self,
        state: &mut JobState,
        answer: Result<ToolAnswer, TransportFailure>,
    ) {
        state.wait = Wait::Run;
        let bot = self.bot;
        let persona = self
            .plan(state)
            .and_then(|p| persona_of(bot, &p.persona).cloned());
        let now = self.now;
        let Some(lp) = state.tools.as_mut() else {
            return;
        };
        let Some(out) = lp.outstanding.take() else {
            return;
        };
        let id = lp.next_id.saturating_sub(1);
        let index = match out {
            Outstanding::Initialize(i) | Outstanding::Initialized(i) | Outstanding::List(i) => i,
            Outstanding::Call(ci) => lp
                .calls
                .get(ci as usize)
                .and_then(|c| c.tool.as_ref())
                .map_or(0, |t| t.0),
        } as usize;
        let Some(server) = lp.servers.get(index).and_then(|s| bot.tools.get(&s.name)) else {
            return;
        };
        let answer = match answer {
            Ok(answer) => answer,
            Err(failure) => {
                let seconds = Servers::timeout_ms(server) / 1000;
                let (why, call_text) = match failure {
                    TransportFailure::Timeout => (
                        format!("no answer within {seconds} s"),
                        format!(
                            "No answer within {seconds} s: the call may or may not have been made."
                        ),
                    ),
                    TransportFailure::Connection(why) => (
                        format!("cannot be reached: {why}"),
                        format!(
                            "The tool server cannot be reached ({why}); the call was not made."
                        ),
                    ),
                    TransportFailure::TooLarge => (
                        format!("answered more than {MAX_ANSWER_BYTES} bytes"),
                        format!(
                            "The tool answered more than {MAX_ANSWER_BYTES} bytes; its output is not shown."
                        ),
                    ),
                };
                match out {
                    Outstanding::Call(ci) => finish(lp, ci as usize, call_text),
                    _ => lp.servers[index].down = Some(why),
                }
                return;
            }
        };
        let had_session = lp.servers[index].session.is_some();
        match out {
            Outstanding::Initialize(_) => match mcp::result(&answer, id, false) {
                Ok(result) => {
                    let (session, version) = mcp::initialized(&answer, &result);
                    let s = &mut lp.servers[index];
                    s.session = session;
                    s.version = version;
                    s.handshake = Handshake::Answered;
                }
                Err(e) => lp.servers[index].down = Some(failed(e)),
            },
            Outstanding::Initialized(_) => {
                let s = &mut lp.servers[index];
                if (200..300).contains(&answer.status) {
                    s.handshake = Handshake::Done;
                } else if answer.status == 404 && had_session {
                    restart(s);
                } else {
                    s.down = Some(format!(
                        "HTTP {} to notifications/initialized",
                        answer.status
                    ));
                }
            }
            Outstanding::List(_) => match mcp::result(&answer, id, had_session) {
                Ok(result) => match mcp::tools(&result) {
                    Ok((listed, cursor)) => {
                        let first = lp.servers[index].cursor.is_none();
                        // A cursor that brings nothing new ends the list.
                        let more = cursor.filter(|_| !listed.is_empty());
                        if first && more.is_none() {
                            bot.tools.cache(server, listed.clone(), now);
                        }
                        let s = &mut lp.servers[index];
                        s.listed = more.is_none();
                        s.cursor = more;
                        if let Some(persona) = &persona {
                            lp.offer(index as u32, listed, |t| {
                                bot.tools.offered(persona, server, t)
                            });
                        }
                    }
                    Err(why) => lp.servers[index].down = Some(why),
                },
                Err(mcp::AnswerError::SessionGone) => restart(&mut lp.servers[index]),
                Err(e) => lp.servers[index].down = Some(failed(e)),
            },
            Outstanding::Call(ci) => {
                let ci = ci as usize;
                match mcp::result(&answer, id, had_session) {
                    Ok(result) => {
                        let (text, is_error) = mcp::output(&result);
                        let text = match is_error {
                            true => format!("The tool reported an error: {text}"),
                            false => text,
                        };
                        finish(lp, ci, text);
                    }
                    // Not processed: asked again in a new session.
                    Err(mcp::AnswerError::SessionGone) => {
                        restart(&mut lp.servers[index]);
                        lp.calls[ci].state = CallState::Planned;
                    }
                    Err(e) => finish(lp, ci, format!("The call failed: {}", failed(e))),
                }
            }
        }
    }
}
