//! A call that needs a moderator: parked in the conversation's settings with the job's state,
//! resumed by `/talkbot approve|deny`; and `/talkbot tools`' lines.

use super::super::state::{JobState, Reply, Stage, Wait};
use super::super::*;
use super::persona_of;
use crate::engine::tools::Approval;
use crate::engine::tools::approvals::{self, Waiting};

impl Run<'_, '_> {
    /// A call needs a moderator: post what waits, keep the job in the settings, end.
    pub(in crate::engine::job) fn park(
        &mut self,
        state: &mut JobState,
        parsed: &Parsed,
        plan: &AnswerPlan,
        ci: usize,
    ) -> Action {
        let id: String = (self.draws.random)()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(6)
            .collect::<String>()
            .to_ascii_lowercase();
        let Some(lp) = state.tools.as_mut() else {
            return end(state, Outcome::Failed("no tool loop to park".into()));
        };
        lp.calls[ci].approval = Approval::Waiting(id.clone());
        let call = lp.calls[ci].clone();
        let (si, tool) = call.tool.clone().unwrap_or_default();
        let server = lp
            .servers
            .get(si as usize)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let mut waiting = state.clone();
        waiting.stage = Stage::Ask;
        waiting.wait = Wait::Run;
        waiting.settings = None;
        waiting.reply = None;
        waiting.tells.clear();
        waiting.reactions.clear();
        waiting.sleep_until = None;
        waiting.refused = None;
        waiting.reacted = false;
        waiting.slow_reaction = None;
        waiting.failures.clear();
        waiting.attempts = 0;
        waiting.last_error = None;
        waiting.cleared = false;
        waiting.sending = false;
        let text = format!(
            "I would like to run the tool `{server}/{tool}` with {}. A moderator can allow it with `/talkbot approve {id}` or refuse it with `/talkbot deny {id}`.",
            approvals::shown(&call.arguments)
        );
        let backend = self
            .backend(state)
            .map(|b| b.url.clone())
            .unwrap_or_default();
        let key = format!("{}/approval/{id}", state.key);
        state.reply = Some(Reply {
            text,
            reference_id: botapi::reference_id(&backend, &parsed.token, &key, 0),
            reply_to: plan.reply_to,
        });
        self.note(format!(
            "tool call {server}/{tool} waits for a moderator ({id})"
        ));
        state.stage = Stage::Park {
            waiting: Waiting {
                id,
                tool: format!("{server}/{tool}"),
                arguments: call.arguments,
                at: self.now,
                job: approvals::base64(&waiting.encode()),
            },
        };
        state.wait = Wait::Settings;
        Action::LoadSettings((state.backend, parsed.token.clone()))
    }

    /// The settings loaded for a parked call: the call added to them, to store.
    pub(in crate::engine::job) fn parked(
        &mut self,
        state: &mut JobState,
        settings: RoomSettings,
    ) -> Action {
        let Stage::Park { waiting } = &state.stage else {
            return end(state, Outcome::Failed("not parking".into()));
        };
        let list = approvals::add(
            approvals::read(settings.approvals.as_deref()),
            waiting.clone(),
            self.now,
        );
        let settings = RoomSettings {
            approvals: approvals::write(&list),
            ..settings
        };
        state.settings = Some(settings.clone());
        state.wait = Wait::Stored;
        let token = self.parsed(state).map(|p| p.token).unwrap_or_default();
        Action::StoreSettings((state.backend, token, settings))
    }

    /// `/talkbot approve|deny`'s settings are stored: this job becomes the one that waited.
    pub(in crate::engine::job) fn resume(&mut self, state: &mut JobState) {
        let Stage::Resume { job, allowed, by } = state.stage.clone() else {
            return;
        };
        let token = self.parsed(state).ok().map(|p| p.token);
        let waiting = approvals::unbase64(&job)
            .and_then(|bytes| JobState::decode(&bytes).ok())
            .filter(|w| {
                w.backend == state.backend
                    && w.tools.is_some()
                    && self.parsed(w).ok().map(|p| p.token) == token
            });
        let Some(mut waiting) = waiting else {
            if let Some(reply) = &mut state.reply {
                reply.text = "That call can no longer go on (it was made by another version of me); please ask again.".into();
            }
            state.stage = Stage::Post;
            return;
        };
        if let Some(lp) = &mut waiting.tools
            && let Some(call) = lp
                .calls
                .iter_mut()
                .find(|c| matches!(c.approval, Approval::Waiting(_)))
        {
            call.approval = match allowed {
                true => Approval::Allowed(by.clone()),
                false => Approval::Denied(by.clone()),
            };
        }
        waiting.received_at = self.now;
        waiting.settings = state.settings.clone();
        waiting.stage = Stage::Ask;
        waiting.wait = Wait::Run;
        let verb = if allowed { "approved" } else { "denied" };
        self.note(format!("tool call {verb} by {}", by.escape_debug()));
        *state = waiting;
    }
}

/// `/talkbot tools`: a line for each server the conversation's persona may use.
pub(in crate::engine::job) fn tool_lines(bot: &Bot, persona: &str) -> Vec<String> {
    let Some(persona) = persona_of(bot, persona) else {
        return Vec::new();
    };
    let names = |list: &[String]| match list.iter().any(|t| t == "*") {
        true => "every tool".to_string(),
        false => list.join(", "),
    };
    bot.tools
        .for_persona(persona)
        .into_iter()
        .map(|server| {
            let mut which: Vec<String> = persona
                .tools
                .iter()
                .filter_map(|e| match e.split_once('/') {
                    None if *e == server.name => Some("*".to_string()),
                    Some((s, t)) if s == server.name => Some(t.to_string()),
                    _ => None,
                })
                .collect();
            if which.iter().any(|t| t == "*") {
                which = server.expose.clone().unwrap_or_else(|| vec!["*".into()]);
            }
            let mut line = format!("- `{}`: {}", server.name, names(&which));
            if !server.approval.is_empty() {
                line.push_str(&format!(
                    "; a moderator approves each call of {}",
                    names(&server.approval)
                ));
            }
            line
        })
        .collect()
}
