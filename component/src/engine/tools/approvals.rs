//! Tool calls waiting for a moderator: `room-settings.approvals`, the engine's text that hosts
//! store as it is.
//!
//! A job whose model wants a tool marked `approval` posts what it wants to run and ends; its
//! state (the job's bytes) waits here, keyed by a short id. `/talkbot approve <id>` or
//! `/talkbot deny <id>` by a moderator takes it out and the command's job goes on as that job
//! (`settings-change.resume`). So a waiting call never holds its conversation's queue, and a
//! restart loses nothing: the waiting state is stored with the conversation's settings.
//!
//! The text is a JSON array of `{"id","tool","arguments","at","job"}` with the job's bytes in
//! base64 (hand-written below: 30 lines against a crate for one use; tested against a
//! reference vector and round trips).

use crate::engine_api::{Resumption, RoomSettings, SettingsChange};
use crate::json::{Json, write_string};

/// A call waits this long for a moderator; then it is dropped.
pub const EXPIRES_MS: u64 = 24 * 3_600_000;
/// The most calls waiting in one conversation: a new one drops the oldest.
pub const MAX_WAITING: usize = 5;

/// A tool call waiting for a moderator.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiting {
    pub id: String,
    /// `server/tool`.
    pub tool: String,
    pub arguments: String,
    /// When it started waiting.
    pub at: u64,
    /// The waiting job's bytes, base64.
    pub job: String,
}

/// The waiting calls of a conversation's stored text (unreadable entries are dropped).
pub fn read(text: Option<&str>) -> Vec<Waiting> {
    let Some(Ok(Json::Array(items))) = text.map(Json::parse) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let s = |k: &str| match item.get(k) {
                Some(Json::String(v)) => Some(v.clone()),
                _ => None,
            };
            Some(Waiting {
                id: s("id")?,
                tool: s("tool")?,
                arguments: s("arguments")?,
                at: match item.get("at") {
                    Some(Json::Number(n)) => n.parse().ok()?,
                    _ => return None,
                },
                job: s("job")?,
            })
        })
        .collect()
}

/// The stored text of `waiting` (none when nothing waits).
pub fn write(waiting: &[Waiting]) -> Option<String> {
    if waiting.is_empty() {
        return None;
    }
    let mut out = String::from("[");
    for (i, w) in waiting.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        write_string(&mut out, &w.id);
        out.push_str(",\"tool\":");
        write_string(&mut out, &w.tool);
        out.push_str(",\"arguments\":");
        write_string(&mut out, &w.arguments);
        out.push_str(&format!(",\"at\":{},\"job\":", w.at));
        write_string(&mut out, &w.job);
        out.push('}');
    }
    out.push(']');
    Some(out)
}

/// `waiting` with `new` added, expired ones and the oldest beyond [`MAX_WAITING`] dropped.
pub fn add(mut waiting: Vec<Waiting>, new: Waiting, now: u64) -> Vec<Waiting> {
    waiting.retain(|w| !expired(w, now));
    waiting.push(new);
    let excess = waiting.len().saturating_sub(MAX_WAITING);
    waiting.drain(..excess);
    waiting
}

/// `/talkbot tools`: the servers (`tools`, a line each) and the calls waiting here.
pub fn listing(tools: &[String], settings: &RoomSettings, now: u64) -> String {
    let mut out = if tools.is_empty() {
        "No tools are offered here (a persona's `tools` in my configuration names them)."
            .to_string()
    } else {
        format!("Tools I may call here:\n{}", tools.join("\n"))
    };
    let waiting: Vec<Waiting> = read(settings.approvals.as_deref())
        .into_iter()
        .filter(|w| !expired(w, now))
        .collect();
    if !waiting.is_empty() {
        out.push_str(
            "\nWaiting for a moderator (`/talkbot approve <id>` or `/talkbot deny <id>`):",
        );
        for w in &waiting {
            out.push_str(&format!(
                "\n- `{}`: {} with {}",
                w.id,
                w.tool,
                shown(&w.arguments)
            ));
        }
    }
    out
}

/// Arguments as shown in the chat: at most 500 characters, in a code span, mass mentions
/// defanged (they are the model's text: it may not make the bot notify a whole room).
pub fn shown(arguments: &str) -> String {
    let text: String = arguments.chars().filter(|c| *c != '`').take(500).collect();
    let text = crate::render::defang_mentions(&text);
    let cut = if text.chars().count() < arguments.chars().count() {
        " …"
    } else {
        ""
    };
    format!("`{text}`{cut}")
}

/// `/talkbot approve <id>` (`allowed`) or `/talkbot deny <id>` by a moderator (`by`).
pub fn decide(
    settings: &RoomSettings,
    id: &str,
    allowed: bool,
    by: &str,
    now: u64,
) -> (String, Option<SettingsChange>) {
    let verb = if allowed { "approve" } else { "deny" };
    if id.is_empty() {
        return (
            format!(
                "Which call? `/talkbot {verb} <id>`; `/talkbot tools` lists the calls waiting."
            ),
            None,
        );
    }
    let mut waiting = read(settings.approvals.as_deref());
    let Some(i) = waiting.iter().position(|w| w.id.eq_ignore_ascii_case(id)) else {
        return (
            format!(
                "No tool call waits here with the id `{}`. `/talkbot tools` lists those that do.",
                id.chars()
                    .filter(|c| c.is_ascii_alphanumeric())
                    .take(16)
                    .collect::<String>()
            ),
            None,
        );
    };
    let w = waiting.remove(i);
    let settings = RoomSettings {
        approvals: write(&waiting),
        ..settings.clone()
    };
    if expired(&w, now) {
        return (
            format!(
                "The call `{}` waited more than 24 hours and has lapsed; ask the question again.",
                w.id
            ),
            Some(SettingsChange::Set(settings)),
        );
    }
    let text = if allowed {
        format!("Approved: {} runs now.", w.tool)
    } else {
        format!("Denied: {} is not run.", w.tool)
    };
    (
        text,
        Some(SettingsChange::Resume(Resumption {
            settings,
            job: w.job,
            allowed,
            by: by.to_string(),
        })),
    )
}

/// Whether a call waited too long.
pub fn expired(w: &Waiting, now: u64) -> bool {
    now.saturating_sub(w.at) > EXPIRES_MS
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// [`base64`] back to bytes (none for text that is not standard padded base64).
pub fn unbase64(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    for chunk in text.as_bytes().chunks(4) {
        let pad = chunk.iter().rev().take_while(|b| **b == b'=').count();
        if pad > 2 {
            return None;
        }
        let mut n = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            let v = if i >= 4 - pad {
                0
            } else {
                ALPHABET.iter().position(|a| a == b)? as u32
            };
            n |= v << (18 - 6 * i);
        }
        for i in 0..3 - pad {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}
