//! An answer's tool loop, as part of the job: before a chat model is asked, a session with each
//! MCP server the persona may use and its tool list (cached for its lifetime); then each tool
//! call the model makes — recorded as sent before the host makes it, so a restart reports an
//! unknown outcome instead of calling again (unless the tool is idempotent) — and its result
//! back to the model, until it answers or `max-tool-rounds` is reached. A call that needs a
//! moderator parks the job in the conversation's settings (`Stage::Park`) and
//! `/talkbot approve|deny` resumes it (`Stage::Resume`): `approval.rs`. `answers.rs` takes what
//! the servers and the model answered.

mod answers;
mod approval;

pub(super) use approval::tool_lines;

use super::state::{JobState, Wait};
use super::*;
use crate::engine::tools::{
    self, Approval, CallState, Handshake, Outstanding, ToolLoop, chat, mcp,
};
use crate::engine_api::Persona;
use crate::job_api::{ToolCall, ToolServer};
use crate::json::Json;

impl Run<'_, '_> {
    /// Stage `Ask` with a chat model: the tool loop's next MCP message, or the model request.
    pub(super) fn ask_model(
        &mut self,
        state: &mut JobState,
        parsed: &Parsed,
        plan: &AnswerPlan,
        name: String,
        chat: &ChatModel,
        reaction: Option<SlowReaction>,
    ) -> Action {
        let bot = self.bot;
        if state.tools.is_none()
            && let Some(persona) = persona_of(bot, &plan.persona)
        {
            let servers = bot.tools.for_persona(persona);
            if !servers.is_empty() {
                state.tools = Some(ToolLoop::new(&servers));
            }
        }
        if let Some(action) = self.tool_action(state, parsed, plan) {
            return action;
        }
        let mut plan = plan.clone();
        let (tail, offer) = match &state.tools {
            None => (Vec::new(), None),
            Some(lp) => {
                if let Some(note) = chat::unavailable(lp) {
                    plan.system_prompt = format!("{}\n\n{note}", plan.system_prompt);
                }
                let must_answer = lp.rounds >= bot.tools.max_rounds;
                (lp.messages.clone(), chat::offer(lp, must_answer))
            }
        };
        state.wait = Wait::Responder;
        Action::AskModel(ModelCall {
            responder: name,
            request: model::request_with(chat, &plan, &state.history, &tail, offer.as_deref()),
            reaction,
        })
    }

    /// The loop's next MCP message: a server's session or tool list, or the next call.
    fn tool_action(
        &mut self,
        state: &mut JobState,
        parsed: &Parsed,
        plan: &AnswerPlan,
    ) -> Option<Action> {
        let bot = self.bot;
        let persona = persona_of(bot, &plan.persona)?;
        let lp = state.tools.as_mut()?;
        for i in 0..lp.servers.len() {
            let s = &lp.servers[i];
            if s.listed || s.down.is_some() {
                continue;
            }
            let Some(server) = bot.tools.get(&s.name) else {
                lp.servers[i].down = Some("no longer configured".into());
                continue;
            };
            if s.handshake == Handshake::None
                && let Some(tools) = bot.tools.cached(&server.name, self.now)
            {
                lp.servers[i].listed = true;
                lp.offer(i as u32, tools, |t| bot.tools.offered(persona, server, t));
                continue;
            }
            let call = session_message(lp, server, i as u32);
            state.wait = Wait::Tool;
            return Some(Action::CallTool(call));
        }
        for ci in 0..lp.calls.len() {
            let call = lp.calls[ci].clone();
            if call.state == CallState::Done {
                continue;
            }
            let Some((si, tool)) = call.tool.clone() else {
                let text = format!(
                    "There is no tool `{}` here; the call was not made.",
                    call.function
                );
                finish(lp, ci, text);
                continue;
            };
            let Some(server) = lp
                .servers
                .get(si as usize)
                .and_then(|s| bot.tools.get(&s.name))
            else {
                finish(
                    lp,
                    ci,
                    "The tool's server is no longer configured; the call was not made.".into(),
                );
                continue;
            };
            if let Some(why) = lp.servers[si as usize].down.clone() {
                let text =
                    format!("The tool server is unavailable ({why}); the call was not made.");
                finish(lp, ci, text);
                continue;
            }
            match &call.approval {
                Approval::None if tools::listed(&server.approval, &tool) => {
                    return Some(self.park(state, parsed, plan, ci));
                }
                Approval::Waiting(_) => {
                    finish(
                        lp,
                        ci,
                        "No moderator decided on this call; it was not made.".into(),
                    );
                    continue;
                }
                Approval::Denied(by) => {
                    let text = format!("A moderator ({by}) denied this call; it was not made.");
                    finish(lp, ci, text);
                    continue;
                }
                Approval::None | Approval::Allowed(_) => {}
            }
            let arguments = match Json::parse(&call.arguments) {
                Ok(object @ Json::Object(_)) => object,
                _ => {
                    let text = "The arguments are not a JSON object; the call was not made.";
                    finish(lp, ci, text.into());
                    continue;
                }
            };
            if lp.servers[si as usize].handshake != Handshake::Done {
                let message = session_message(lp, server, si);
                state.wait = Wait::Tool;
                return Some(Action::CallTool(message));
            }
            let id = lp.take_id();
            lp.calls[ci].state = CallState::Sent;
            lp.outstanding = Some(Outstanding::Call(ci as u32));
            let s = &lp.servers[si as usize];
            let message = mcp::message(
                server,
                s.session.as_deref(),
                s.version.as_deref(),
                Some(id),
                "tools/call",
                &mcp::call_params(&tool, &arguments),
            );
            // The arguments and the output are the conversation's: never in the log.
            self.note(format!("tool call: {}/{tool}", server.name));
            state.wait = Wait::Tool;
            return Some(Action::CallTool(message));
        }
        None
    }
}

/// The most bytes of tool calls and results one answer carries.
const MAX_RESULTS_BYTES: usize = 256 * 1024;

/// The message that takes a server's session a step further (`initialize`,
/// `notifications/initialized`), or its tool list once the session is up.
fn session_message(lp: &mut ToolLoop, server: &ToolServer, index: u32) -> ToolCall {
    let s = &lp.servers[index as usize];
    let (session, version) = (s.session.clone(), s.version.clone());
    let (handshake, cursor) = (s.handshake, s.cursor.clone());
    match handshake {
        Handshake::None => {
            let id = lp.take_id();
            lp.outstanding = Some(Outstanding::Initialize(index));
            mcp::message(
                server,
                None,
                None,
                Some(id),
                "initialize",
                &mcp::initialize_params(),
            )
        }
        Handshake::Answered => {
            lp.outstanding = Some(Outstanding::Initialized(index));
            mcp::message(
                server,
                session.as_deref(),
                version.as_deref(),
                None,
                "notifications/initialized",
                "{}",
            )
        }
        Handshake::Done => {
            let id = lp.take_id();
            lp.outstanding = Some(Outstanding::List(index));
            mcp::message(
                server,
                session.as_deref(),
                version.as_deref(),
                Some(id),
                "tools/list",
                &mcp::list_params(cursor.as_deref()),
            )
        }
    }
}

/// A call's result, for the model (past [`MAX_RESULTS_BYTES`] of results in this answer, a
/// note instead: the job's bytes, and a parked job in the settings, stay bounded).
fn finish(lp: &mut ToolLoop, ci: usize, text: String) {
    let so_far: usize = lp.messages.iter().map(String::len).sum();
    let text = if so_far.saturating_add(text.len()) > MAX_RESULTS_BYTES {
        format!(
            "[the output is left out: this answer's tool results passed {MAX_RESULTS_BYTES} bytes]"
        )
    } else {
        text
    };
    if let Some(call) = lp.calls.get_mut(ci) {
        call.state = CallState::Done;
        let message = chat::result_message(&call.id, &text);
        lp.messages.push(message);
    }
}

/// The server forgot the session: start a new one (a few times at most).
fn restart(s: &mut tools::ServerState) {
    s.restarts = s.restarts.saturating_add(1);
    if s.restarts > 2 {
        s.down = Some("it keeps forgetting the session".into());
        return;
    }
    s.handshake = Handshake::None;
    s.session = None;
    s.version = None;
}

fn failed(e: mcp::AnswerError) -> String {
    match e {
        mcp::AnswerError::SessionGone => "the server forgot the session".into(),
        mcp::AnswerError::Failed(why) => why,
    }
}

fn persona_of<'a>(bot: &'a Bot, name: &str) -> Option<&'a Persona> {
    bot.policy.personas.iter().find(|p| p.name == name)
}
