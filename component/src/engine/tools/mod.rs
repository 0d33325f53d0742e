//! Tools: what a chat model may call, from MCP servers (`bot-config.tool-servers`), per
//! persona (`persona.tools`).
//!
//! The loop itself is part of the job (`job/tool_loop.rs`): its state travels in the job's
//! bytes, so a restart resumes it and a call that was handed over before a crash is known as
//! such. Here: the checked configuration (`Servers`), what a loop carries (`ToolLoop`), and the
//! cache of tool lists. `mcp.rs` builds and reads the MCP messages, `chat.rs` the tool parts of
//! the Chat Completions exchange, `approvals.rs` the calls waiting for a moderator.

pub mod approvals;
pub mod chat;
pub mod mcp;
#[cfg(test)]
mod tests;

use std::sync::Mutex;

use crate::engine_api::Persona;
use crate::job_api::{ToolServer, ToolTransport};

/// Model requests that may call tools before the model must answer.
pub const DEFAULT_MAX_ROUNDS: u32 = 5;
/// How long one MCP request may take.
const DEFAULT_TIMEOUT_MS: u64 = 30_000;
/// How long a tool list is kept.
const DEFAULT_LIST_TTL_MS: u64 = 300_000;
/// The most bytes read of a tool server's answer.
pub const MAX_ANSWER_BYTES: u64 = 1 << 20;
/// The most characters of a tool's output given to the model.
pub const MAX_OUTPUT_CHARS: usize = 16_000;
/// The most tools offered to a model (OpenAI's limit is 128).
const MAX_TOOLS: usize = 128;

/// The configured servers, checked.
pub struct Servers {
    pub servers: Vec<ToolServer>,
    pub max_rounds: u32,
    cache: Mutex<Vec<Cached>>,
}

/// A server's tool list as last fetched.
struct Cached {
    server: String,
    until: u64,
    tools: Vec<Tool>,
}

/// A tool a model may call.
#[derive(Debug, Clone, PartialEq)]
pub struct Tool {
    /// The server's index in the loop's `servers`.
    pub server: u32,
    pub name: String,
    pub description: String,
    /// The tool's input schema, JSON text.
    pub schema: String,
}

/// A server as one answer sees it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerState {
    /// The configured server's name.
    pub name: String,
    /// How far this job's session with the server is.
    pub handshake: Handshake,
    /// The `Mcp-Session-Id` the server gave, if any.
    pub session: Option<String>,
    /// The protocol version the server chose.
    pub version: Option<String>,
    /// The tool list is known.
    pub listed: bool,
    /// `tools/list` goes on from this cursor.
    pub cursor: Option<String>,
    /// Why the server cannot be used for this answer.
    pub down: Option<String>,
    /// New sessions started after the server forgot one (bounded).
    pub restarts: u32,
}

/// The start of a session: `initialize`, then `notifications/initialized`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Handshake {
    #[default]
    None = 0,
    /// `initialize` answered: `notifications/initialized` is next.
    Answered = 1,
    Done = 2,
}

/// A moderator's decision on a call that needs one.
#[derive(Debug, Clone, PartialEq)]
pub enum Approval {
    /// Not needed.
    None,
    /// Posted; the job waits in the conversation's settings (`approvals.rs`) under this id.
    Waiting(String),
    Allowed(String),
    Denied(String),
}

/// Where a call stands.
#[derive(Debug, Clone, PartialEq)]
pub enum CallState {
    Planned,
    /// Handed to the host: after a restart its outcome is unknown.
    Sent,
    Done,
}

/// A tool call the model asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The model's `tool_call_id`.
    pub id: String,
    /// The function name the model used (`server__tool`).
    pub function: String,
    /// The tool, when the name is one offered: (server index, tool name).
    pub tool: Option<(u32, String)>,
    /// The arguments, JSON text as the model wrote them.
    pub arguments: String,
    pub approval: Approval,
    pub state: CallState,
}

/// The MCP request a loop waits for the answer to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outstanding {
    Initialize(u32),
    Initialized(u32),
    List(u32),
    /// The call at this index of `calls`.
    Call(u32),
}

/// What an answer's tool loop carries between steps.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToolLoop {
    pub servers: Vec<ServerState>,
    /// The tools offered, once every server is listed (or down).
    pub tools: Vec<Tool>,
    /// Chat messages after the question, JSON text: the model's tool calls and their results.
    pub messages: Vec<String>,
    /// The calls of the model's last answer.
    pub calls: Vec<Call>,
    /// Model answers with tool calls so far.
    pub rounds: u32,
    /// The next JSON-RPC id.
    pub next_id: u64,
    pub outstanding: Option<Outstanding>,
    /// The model refused a request with tools: ask without.
    pub refused: bool,
}

impl Servers {
    /// Check the servers' configuration.
    pub fn new(servers: Vec<ToolServer>, max_rounds: Option<u32>) -> Result<Servers, String> {
        for (i, s) in servers.iter().enumerate() {
            let at = format!("tool server {:?}", s.name);
            if s.name.is_empty()
                || !s
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(format!(
                    "{at}: a name is letters, digits, `-` and `_` (it is part of the tool names a model sees)"
                ));
            }
            if s.name.len() > 32 {
                return Err(format!("{at}: a name is at most 32 characters"));
            }
            if servers[..i].iter().any(|o| o.name == s.name) {
                return Err(format!("{at} is configured twice"));
            }
            match &s.transport {
                ToolTransport::Http(url) => {
                    if !(url.starts_with("http://") || url.starts_with("https://")) {
                        return Err(format!("{at}: {url:?} is not an http(s) URL"));
                    }
                }
                ToolTransport::Stdio(command) => {
                    if command.first().is_none_or(|c| c.trim().is_empty()) {
                        return Err(format!("{at}: the command is empty"));
                    }
                }
            }
            for (name, value) in &s.headers {
                if name.is_empty()
                    || !name.bytes().all(|b| b.is_ascii_graphic() && b != b':')
                    || value.chars().any(char::is_control)
                {
                    return Err(format!("{at}: header {name:?} is not a valid HTTP header"));
                }
            }
        }
        if max_rounds == Some(0) {
            return Err("max tool rounds: at least 1".into());
        }
        Ok(Servers {
            servers,
            max_rounds: max_rounds.unwrap_or(DEFAULT_MAX_ROUNDS),
            cache: Mutex::new(Vec::new()),
        })
    }

    /// A persona's tool entries that name no server.
    pub fn unknown_entry<'a>(&self, persona: &'a Persona) -> Option<&'a str> {
        persona.tools.iter().map(String::as_str).find(|entry| {
            let server = entry.split('/').next().unwrap_or_default();
            !self.servers.iter().any(|s| s.name == server)
        })
    }

    /// The servers a persona may use, in configuration order.
    pub fn for_persona(&self, persona: &Persona) -> Vec<&ToolServer> {
        self.servers
            .iter()
            .filter(|s| {
                persona
                    .tools
                    .iter()
                    .any(|e| e.split('/').next() == Some(s.name.as_str()))
            })
            .collect()
    }

    pub fn get(&self, name: &str) -> Option<&ToolServer> {
        self.servers.iter().find(|s| s.name == name)
    }

    /// Whether `persona` may call `tool` of `server` (and the server exposes it).
    pub fn offered(&self, persona: &Persona, server: &ToolServer, tool: &str) -> bool {
        let exposed = server
            .expose
            .as_ref()
            .is_none_or(|list| list.iter().any(|t| t == tool));
        let allowed = persona.tools.iter().any(|e| match e.split_once('/') {
            None => *e == server.name,
            Some((s, t)) => s == server.name && t == tool,
        });
        exposed && allowed
    }

    /// The request timeout of a server.
    pub fn timeout_ms(server: &ToolServer) -> u64 {
        server.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS)
    }

    /// A cached tool list still fresh at `now` (its tools' `server` is 0).
    pub fn cached(&self, server: &str, now: u64) -> Option<Vec<Tool>> {
        let cache = self.cache.lock().ok()?;
        cache
            .iter()
            .find(|c| c.server == server && now < c.until)
            .map(|c| c.tools.clone())
    }

    /// Keep a server's tool list (every tool it listed, before any filter).
    pub fn cache(&self, server: &ToolServer, tools: Vec<Tool>, now: u64) {
        let ttl = server.list_ttl_ms.unwrap_or(DEFAULT_LIST_TTL_MS);
        if ttl == 0 {
            return;
        }
        if let Ok(mut cache) = self.cache.lock() {
            cache.retain(|c| c.server != server.name);
            cache.push(Cached {
                server: server.name.clone(),
                until: now.saturating_add(ttl),
                tools,
            });
        }
    }
}

/// Whether `tool` is in a server's list of names (`*`: every tool).
pub fn listed(names: &[String], tool: &str) -> bool {
    names.iter().any(|n| n == "*" || n == tool)
}

/// The function name a model sees for `tool` of `server`: `server__tool`, characters OpenAI
/// refuses replaced by `_`, at most 64.
pub fn function_name(server: &str, tool: &str) -> String {
    format!("{server}__{tool}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect()
}

impl ToolLoop {
    /// A loop over these servers.
    pub fn new(servers: &[&ToolServer]) -> ToolLoop {
        ToolLoop {
            servers: servers
                .iter()
                .map(|s| ServerState {
                    name: s.name.clone(),
                    ..ServerState::default()
                })
                .collect(),
            next_id: 1,
            ..ToolLoop::default()
        }
    }

    /// Add a server's listed tools that the persona is offered.
    pub fn offer(&mut self, index: u32, tools: Vec<Tool>, keep: impl Fn(&str) -> bool) {
        for mut tool in tools {
            if self.tools.len() >= MAX_TOOLS {
                break;
            }
            if keep(&tool.name) {
                tool.server = index;
                self.tools.push(tool);
            }
        }
    }

    /// The offered tool a model's function name means.
    pub fn tool_of(&self, function: &str) -> Option<(u32, String)> {
        self.tools.iter().find_map(|t| {
            let server = &self.servers.get(t.server as usize)?.name;
            (function_name(server, &t.name) == function).then(|| (t.server, t.name.clone()))
        })
    }

    /// A fresh JSON-RPC id.
    pub fn take_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }
}

/// `text` cut to at most `max` characters, saying so.
pub fn cap(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((end, _)) => format!(
            "{}\n[… cut: the output was longer than {max} characters]",
            &text[..end]
        ),
    }
}
