//! MCP over JSON-RPC 2.0: the messages a tool loop sends (`initialize`,
//! `notifications/initialized`, `tools/list`, `tools/call`) and the reading of the answers,
//! whether the server answers with JSON or with an event stream (Streamable HTTP), or a line on
//! stdout (stdio).
//!
//! Written with the component's JSON reader and string writer (the messages are four shapes);
//! `tests.rs` reads them back with serde_json and replays answers captured from the reference
//! server.

use super::{MAX_ANSWER_BYTES, MAX_OUTPUT_CHARS, Servers, Tool, cap};
use crate::HttpMethod;
use crate::engine_api::HttpRequest;
use crate::job_api::{ToolAnswer, ToolCall, ToolServer, ToolTransport};
use crate::json::{Json, write_string};

/// The protocol version asked for; a server may choose another it supports.
pub const PROTOCOL_VERSION: &str = "2025-06-18";
/// The session header of Streamable HTTP.
const SESSION_HEADER: &str = "mcp-session-id";

/// A message to `server` with the session it has.
pub fn message(
    server: &ToolServer,
    session: Option<&str>,
    version: Option<&str>,
    id: Option<u64>,
    method: &str,
    params: &str,
) -> ToolCall {
    let mut body = String::from("{\"jsonrpc\":\"2.0\",");
    if let Some(id) = id {
        body.push_str(&format!("\"id\":{id},"));
    }
    body.push_str("\"method\":");
    write_string(&mut body, method);
    body.push_str(",\"params\":");
    body.push_str(params);
    body.push('}');
    let (url, headers) = match &server.transport {
        ToolTransport::Http(url) => {
            let mut headers = vec![
                ("content-type".to_string(), "application/json".to_string()),
                (
                    "accept".to_string(),
                    "application/json, text/event-stream".to_string(),
                ),
            ];
            if let Some(session) = session {
                headers.push((SESSION_HEADER.into(), session.into()));
            }
            if let Some(version) = version {
                headers.push(("mcp-protocol-version".into(), version.into()));
            }
            headers.extend(server.headers.iter().cloned());
            (url.clone(), headers)
        }
        ToolTransport::Stdio(_) => (String::new(), Vec::new()),
    };
    ToolCall {
        server: server.name.clone(),
        request: HttpRequest {
            method: HttpMethod::Post,
            url,
            headers,
            body,
        },
        answer_id: id,
        timeout_ms: Servers::timeout_ms(server),
        max_bytes: MAX_ANSWER_BYTES,
    }
}

/// `initialize`'s parameters.
pub fn initialize_params() -> String {
    format!(
        "{{\"protocolVersion\":\"{PROTOCOL_VERSION}\",\"capabilities\":{{}},\"clientInfo\":{{\"name\":\"talkbot\",\"version\":\"{}\"}}}}",
        env!("CARGO_PKG_VERSION")
    )
}

/// `tools/list`'s parameters.
pub fn list_params(cursor: Option<&str>) -> String {
    match cursor {
        None => "{}".into(),
        Some(cursor) => {
            let mut out = String::from("{\"cursor\":");
            write_string(&mut out, cursor);
            out.push('}');
            out
        }
    }
}

/// `tools/call`'s parameters: `arguments` is the model's JSON text (an object; anything else
/// is refused before the call).
pub fn call_params(tool: &str, arguments: &Json) -> String {
    let mut out = String::from("{\"name\":");
    write_string(&mut out, tool);
    out.push_str(",\"arguments\":");
    out.push_str(&arguments.to_compact());
    out.push('}');
    out
}

/// Why an answer is not the one asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerError {
    /// The server no longer knows the session (HTTP 404 to a request that carried one): start
    /// a new one and ask again (the request was not processed).
    SessionGone,
    /// Anything else: what was wrong, for the model and the log.
    Failed(String),
}

/// An answer's `result` (or its JSON-RPC error, as `Failed`).
pub fn result(answer: &ToolAnswer, id: u64, had_session: bool) -> Result<Json, AnswerError> {
    if answer.status == 404 && had_session {
        return Err(AnswerError::SessionGone);
    }
    let text = String::from_utf8_lossy(&answer.body);
    if !(200..300).contains(&answer.status) {
        let detail: String = text.chars().take(300).collect();
        return Err(AnswerError::Failed(format!(
            "HTTP {}: {}",
            answer.status,
            detail.trim()
        )));
    }
    let stream = header(answer, "content-type")
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("text/event-stream"));
    let messages: Vec<Json> = if stream {
        events(&text)
            .iter()
            .filter_map(|data| Json::parse(data).ok())
            .collect()
    } else {
        match Json::parse(&text) {
            Ok(Json::Array(items)) => items,
            Ok(one) => vec![one],
            Err(e) => return Err(AnswerError::Failed(format!("the answer is not JSON: {e}"))),
        }
    };
    let wanted = id.to_string();
    let Some(message) = messages.into_iter().find(|m| {
        matches!(m.get("id"), Some(Json::Number(n)) if *n == wanted)
            && (m.get("result").is_some() || m.get("error").is_some())
    }) else {
        return Err(AnswerError::Failed(format!(
            "no answer to request {id} in what the server sent"
        )));
    };
    if let Some(error) = message.get("error") {
        let what = error
            .get("message")
            .and_then(as_str)
            .unwrap_or("an error without a message");
        return Err(AnswerError::Failed(format!("the server answered: {what}")));
    }
    message
        .get("result")
        .cloned()
        .ok_or_else(|| AnswerError::Failed("no result".into()))
}

/// The data of each event of an event stream (`data:` lines joined).
fn events(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut data: Option<String> = None;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            out.extend(data.take());
        } else if let Some(value) = line.strip_prefix("data:") {
            let value = value.strip_prefix(' ').unwrap_or(value);
            match &mut data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => data = Some(value.to_string()),
            }
        }
    }
    out.extend(data);
    out
}

/// A header of the answer (names in any case).
pub fn header<'a>(answer: &'a ToolAnswer, name: &str) -> Option<&'a str> {
    answer
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The session id and protocol version `initialize`'s answer gives.
pub fn initialized(answer: &ToolAnswer, result: &Json) -> (Option<String>, Option<String>) {
    let session = header(answer, SESSION_HEADER)
        .filter(|s| !s.is_empty() && s.bytes().all(|b| (0x21..=0x7e).contains(&b)))
        .map(str::to_string);
    let version = result
        .get("protocolVersion")
        .and_then(as_str)
        .filter(|v| v.len() <= 32 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_string);
    (session, version)
}

/// The tools of a `tools/list` result (their `server` is 0) and the next page's cursor.
pub fn tools(result: &Json) -> Result<(Vec<Tool>, Option<String>), String> {
    let Some(Json::Array(items)) = result.get("tools") else {
        return Err("the tool list has no `tools` array".into());
    };
    let mut out = Vec::new();
    for item in items {
        let Some(name) = item.get("name").and_then(as_str) else {
            continue;
        };
        let schema = match item.get("inputSchema") {
            Some(schema @ Json::Object(_)) => schema.to_compact(),
            _ => "{\"type\":\"object\"}".into(),
        };
        let description: String = item
            .get("description")
            .and_then(as_str)
            .unwrap_or_default()
            .chars()
            .take(1024)
            .collect();
        out.push(Tool {
            server: 0,
            name: name.to_string(),
            description,
            schema,
        });
    }
    let cursor = result
        .get("nextCursor")
        .and_then(as_str)
        .filter(|c| !c.is_empty())
        .map(str::to_string);
    Ok((out, cursor))
}

/// A `tools/call` result as the text a model reads: its text contents (other kinds named),
/// capped, and whether the tool reported an error.
pub fn output(result: &Json) -> (String, bool) {
    let is_error = matches!(result.get("isError"), Some(Json::Bool(true)));
    let mut parts = Vec::new();
    if let Some(Json::Array(items)) = result.get("content") {
        for item in items {
            match item.get("type").and_then(as_str) {
                Some("text") => parts.push(
                    item.get("text")
                        .and_then(as_str)
                        .unwrap_or_default()
                        .to_string(),
                ),
                Some(kind) => parts.push(format!("[{kind} content not shown]")),
                None => {}
            }
        }
    }
    if parts.is_empty()
        && let Some(structured) = result.get("structuredContent")
    {
        parts.push(structured.to_compact());
    }
    (cap(&parts.join("\n"), MAX_OUTPUT_CHARS), is_error)
}

fn as_str(json: &Json) -> Option<&str> {
    match json {
        Json::String(s) => Some(s),
        _ => None,
    }
}
