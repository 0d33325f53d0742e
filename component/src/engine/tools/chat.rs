//! The tool parts of an OpenAI-compatible Chat Completions exchange: the `tools` offered, the
//! `tool_calls` a model answers with, and the `tool` messages that carry their results back.

use super::{Approval, Call, CallState, ToolLoop, function_name};
use crate::engine_api::{Failure, FailureKind};
use crate::json::{Json, write_string};

/// What a model answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The answer.
    Text(String),
    /// Tools to call first: the calls, and the assistant message to send back with their
    /// results (JSON text).
    Calls(Vec<Call>, String),
}

/// The body members that offer the loop's tools (`"tools":[…]`), with `"tool_choice":"none"`
/// when the model must answer now. None when there is nothing to offer.
pub fn offer(lp: &ToolLoop, must_answer: bool) -> Option<String> {
    if lp.tools.is_empty() || lp.refused {
        return None;
    }
    let mut out = String::from("\"tools\":[");
    for (i, tool) in lp.tools.iter().enumerate() {
        let server = lp
            .servers
            .get(tool.server as usize)
            .map_or("", |s| s.name.as_str());
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"type\":\"function\",\"function\":{\"name\":");
        write_string(&mut out, &function_name(server, &tool.name));
        out.push_str(",\"description\":");
        write_string(&mut out, &tool.description);
        out.push_str(",\"parameters\":");
        out.push_str(&tool.schema);
        out.push_str("}}");
    }
    out.push(']');
    if must_answer {
        out.push_str(",\"tool_choice\":\"none\"");
    }
    Some(out)
}

/// A note for the model (added to the system prompt) on the servers it cannot use in this
/// answer.
pub fn unavailable(lp: &ToolLoop) -> Option<String> {
    let down: Vec<String> = lp
        .servers
        .iter()
        .filter_map(|s| s.down.as_ref().map(|why| format!("{} ({why})", s.name)))
        .collect();
    if down.is_empty() {
        return None;
    }
    Some(format!(
        "These tool servers are unavailable for this answer, so their tools are not offered: {}.",
        down.join("; ")
    ))
}

/// A response `message`: its tool calls (when tools were offered and it made any), or its text.
pub fn reply(url: &str, message: &Json, lp: &ToolLoop) -> Result<Reply, Failure> {
    let calls = match message.get("tool_calls") {
        Some(Json::Array(calls)) if !calls.is_empty() => calls,
        _ => return super::super::model::text_of(url, message).map(Reply::Text),
    };
    let mut out = Vec::new();
    let mut echoed = Vec::new();
    for (i, call) in calls.iter().enumerate().take(16) {
        let function = call.get("function");
        let name = function
            .and_then(|f| f.get("name"))
            .and_then(as_str)
            .unwrap_or_default()
            .to_string();
        let arguments = match function.and_then(|f| f.get("arguments")) {
            Some(Json::String(text)) => text.clone(),
            Some(other @ Json::Object(_)) => other.to_compact(),
            _ => "{}".into(),
        };
        let id = match call.get("id").and_then(as_str) {
            Some(id) if !id.is_empty() => id.to_string(),
            _ => format!("call_{}_{i}", lp.rounds),
        };
        let mut item = String::from("{\"id\":");
        write_string(&mut item, &id);
        item.push_str(",\"type\":\"function\",\"function\":{\"name\":");
        write_string(&mut item, &name);
        item.push_str(",\"arguments\":");
        write_string(&mut item, &arguments);
        item.push_str("}}");
        echoed.push(item);
        out.push(Call {
            tool: lp.tool_of(&name),
            id,
            function: name,
            arguments,
            approval: Approval::None,
            state: CallState::Planned,
        });
    }
    let mut assistant = String::from("{\"role\":\"assistant\",\"content\":");
    match message.get("content") {
        Some(Json::String(text)) if !text.is_empty() => write_string(&mut assistant, text),
        _ => assistant.push_str("null"),
    }
    assistant.push_str(",\"tool_calls\":[");
    assistant.push_str(&echoed.join(","));
    assistant.push_str("]}");
    Ok(Reply::Calls(out, assistant))
}

/// The `tool` message with a call's result.
pub fn result_message(call_id: &str, content: &str) -> String {
    let mut out = String::from("{\"role\":\"tool\",\"tool_call_id\":");
    write_string(&mut out, call_id);
    out.push_str(",\"content\":");
    write_string(&mut out, content);
    out.push('}');
    out
}

/// Whether a failed request with tools is the model refusing tools (it answers without them
/// next): a 400, 404 or 422 that is not about the key or the rate.
pub fn refuses_tools(failure: &Failure) -> bool {
    failure.kind == FailureKind::Refused
        && [" 400:", " 404:", " 422:"]
            .iter()
            .any(|s| failure.reason.contains(&format!("HTTP{s}")))
}

fn as_str(json: &Json) -> Option<&str> {
    match json {
        Json::String(s) => Some(s),
        _ => None,
    }
}
