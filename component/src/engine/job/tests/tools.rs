//! The tool loop: sessions and tool lists, calls and their results back to the model, a crash
//! between a call and its answer, servers that are down, rounds (`approvals.rs`: calls that wait
//! for a moderator).

use super::*;
use crate::job_api::{ToolAnswer, ToolServer, ToolTransport};

pub(super) fn tool_config(approval: &[&str], idempotent: &[&str]) -> BotConfig {
    let mut c = config(&["gpt"], 0, None);
    c.policy.personas[0].tools = vec!["calc".into()];
    c.tool_servers = vec![ToolServer {
        name: "calc".into(),
        transport: ToolTransport::Http("http://mcp.test/mcp".into()),
        headers: vec![("authorization".into(), "Bearer t".into())],
        timeout_ms: None,
        expose: None,
        approval: approval.iter().map(|s| s.to_string()).collect(),
        idempotent: idempotent.iter().map(|s| s.to_string()).collect(),
        list_ttl_ms: Some(0),
    }];
    c
}

pub(super) fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("JSON")
}

pub(super) fn call_of(action: Action) -> crate::job_api::ToolCall {
    match action {
        Action::CallTool(call) => call,
        other => panic!("expected a tool call, got {other:?}"),
    }
}

pub(super) fn model_body(action: Action) -> serde_json::Value {
    match action {
        Action::AskModel(call) => json(&call.request.body),
        other => panic!("expected a model request, got {other:?}"),
    }
}

pub(super) fn answer(id: Option<u64>, result: &str, stream: bool) -> Input {
    let message = match id {
        Some(id) => format!("{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":{result}}}"),
        None => String::new(),
    };
    let (kind, body) = match stream {
        true => (
            "text/event-stream",
            format!("event: message\ndata: {message}\n\n"),
        ),
        false => ("application/json", message),
    };
    Input::ToolAnswered(ToolAnswer {
        status: if id.is_some() { 200 } else { 202 },
        headers: vec![
            ("Content-Type".into(), kind.into()),
            ("Mcp-Session-Id".into(), "session-1".into()),
        ],
        body: body.into_bytes(),
    })
}

const LIST: &str = r#"{"tools":[{"name":"add","description":"Adds two numbers","inputSchema":{"type":"object","properties":{"a":{"type":"number"},"b":{"type":"number"}}}},{"name":"echo","inputSchema":{"type":"object"}}]}"#;

/// From the question to the first model request: the session and the tool list.
pub(super) fn to_first_model_request(d: &mut Drive) -> serde_json::Value {
    assert!(matches!(d.step(Input::Run), Action::LoadSettings(_)));
    let init = call_of(d.step(settings()));
    let sent = json(&init.request.body);
    assert_eq!(sent["method"], "initialize");
    assert_eq!(sent["params"]["protocolVersion"], mcp_version());
    assert_eq!(init.request.url, "http://mcp.test/mcp");
    assert!(
        init.request
            .headers
            .contains(&("authorization".into(), "Bearer t".into()))
    );
    let notify = call_of(d.step(answer(
        init.answer_id,
        r#"{"protocolVersion":"2025-06-18","capabilities":{"tools":{}}}"#,
        true,
    )));
    assert_eq!(
        json(&notify.request.body)["method"],
        "notifications/initialized"
    );
    assert_eq!(notify.answer_id, None);
    assert!(
        notify
            .request
            .headers
            .contains(&("mcp-session-id".into(), "session-1".into()))
    );
    let list = call_of(d.step(answer(None, "", false)));
    assert_eq!(json(&list.request.body)["method"], "tools/list");
    model_body(d.step(answer(list.answer_id, LIST, false)))
}

fn mcp_version() -> &'static str {
    crate::engine::tools::mcp::PROTOCOL_VERSION
}

pub(super) fn tool_calls(calls: &[(&str, &str, &str)]) -> Vec<u8> {
    let calls: Vec<String> = calls
        .iter()
        .map(|(id, name, args)| {
            format!("{{\"id\":{id:?},\"type\":\"function\",\"function\":{{\"name\":{name:?},\"arguments\":{args:?}}}}}")
        })
        .collect();
    format!(
        "{{\"choices\":[{{\"message\":{{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{}]}}}}]}}",
        calls.join(",")
    )
    .into_bytes()
}

impl Drive {
    /// Step `input`, past the informing breaker events.
    pub(super) fn told(&mut self, input: Input) -> Action {
        let action = self.step(input);
        self.through_tells(action).0
    }
}

pub(super) fn model_answered(body: Vec<u8>) -> Input {
    Input::ModelAnswered((200, body, None))
}

#[test]
fn a_tool_round_trip_offers_calls_and_feeds_the_result_back() {
    let mut d = Drive::new(
        tool_config(&[], &[]),
        message(7, "users/ada", "what is 2+3?"),
    );
    let first = to_first_model_request(&mut d);
    let tools = first["tools"].as_array().expect("tools offered");
    assert_eq!(tools.len(), 2);
    assert_eq!(tools[0]["function"]["name"], "calc__add");
    assert_eq!(
        tools[0]["function"]["parameters"]["properties"]["a"]["type"],
        "number"
    );
    assert!(first.get("tool_choice").is_none());
    let call = call_of(d.step(model_answered(tool_calls(&[(
        "c1",
        "calc__add",
        r#"{"a":2,"b":3}"#,
    )]))));
    let sent = json(&call.request.body);
    assert_eq!(sent["method"], "tools/call");
    assert_eq!(sent["params"]["name"], "add");
    assert_eq!(sent["params"]["arguments"], json(r#"{"a":2,"b":3}"#));
    assert!(
        call.request
            .headers
            .contains(&("mcp-protocol-version".into(), "2025-06-18".into()))
    );
    let second = model_body(d.step(answer(
        call.answer_id,
        r#"{"content":[{"type":"text","text":"The sum of 2 and 3 is 5."}]}"#,
        true,
    )));
    let messages = second["messages"].as_array().expect("messages");
    let n = messages.len();
    assert_eq!(messages[n - 2]["role"], "assistant");
    assert_eq!(messages[n - 2]["tool_calls"][0]["id"], "c1");
    assert_eq!(
        messages[n - 2]["tool_calls"][0]["function"]["arguments"],
        r#"{"a":2,"b":3}"#
    );
    assert_eq!(
        messages[n - 1],
        json(r#"{"role":"tool","tool_call_id":"c1","content":"The sum of 2 and 3 is 5."}"#)
    );
    let post = d.told(model_answered(model_ok("It is 5.")));
    assert_eq!(posted(&d.cleared_send(post)), "It is 5.");
}

#[test]
fn a_crash_between_a_call_and_its_answer_is_an_unknown_outcome_unless_idempotent() {
    for (idempotent, again) in [(&[][..], false), (&["add"][..], true)] {
        let mut d = Drive::new(
            tool_config(&[], idempotent),
            message(7, "users/ada", "2+3?"),
        );
        to_first_model_request(&mut d);
        let call = call_of(d.step(model_answered(tool_calls(&[("c1", "calc__add", "{}")]))));
        // The host committed the bytes, sent the call, and died: it steps the bytes with run.
        let after = d.step(Input::Run);
        if again {
            let repeated = call_of(after);
            assert_eq!(
                json(&repeated.request.body)["params"],
                json(&call.request.body)["params"]
            );
            assert_ne!(repeated.answer_id, call.answer_id);
        } else {
            let body = model_body(after);
            let last = body["messages"]
                .as_array()
                .and_then(|m| m.last())
                .cloned()
                .unwrap_or_default();
            assert_eq!(last["role"], "tool");
            assert!(
                last["content"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with("Unknown outcome"),
                "{last}"
            );
        }
    }
}

#[test]
fn a_server_that_is_down_leaves_its_tools_out_and_the_model_is_told() {
    let mut d = Drive::new(tool_config(&[], &[]), message(7, "users/ada", "2+3?"));
    assert!(matches!(d.step(Input::Run), Action::LoadSettings(_)));
    call_of(d.step(settings()));
    let body = model_body(d.step(Input::ToolUnreachable(TransportFailure::Connection(
        "connection refused".into(),
    ))));
    assert!(body.get("tools").is_none());
    let system = body["messages"][0]["content"].as_str().unwrap_or_default();
    assert!(
        system.contains("calc (cannot be reached: connection refused)"),
        "{system}"
    );
    let post = d.told(model_answered(model_ok("I cannot add now.")));
    assert_eq!(posted(&d.cleared_send(post)), "I cannot add now.");
}

#[test]
fn after_the_last_round_the_model_must_answer() {
    let mut c = tool_config(&[], &[]);
    c.max_tool_rounds = Some(2);
    let mut d = Drive::new(c, message(7, "users/ada", "loop"));
    to_first_model_request(&mut d);
    for round in 0..2 {
        let call = call_of(d.step(model_answered(tool_calls(&[("c", "calc__echo", "{}")]))));
        let body = model_body(d.step(answer(
            call.answer_id,
            r#"{"content":[{"type":"text","text":"again"}]}"#,
            false,
        )));
        assert_eq!(
            body.get("tool_choice").is_some(),
            round == 1,
            "round {round}"
        );
    }
}

#[test]
fn a_model_that_refuses_tools_is_asked_again_without_them() {
    let mut d = Drive::new(tool_config(&[], &[]), message(7, "users/ada", "hi"));
    to_first_model_request(&mut d);
    let refusal = br#"{"error":{"message":"tools is not supported by this model"}}"#.to_vec();
    let body = model_body(d.step(Input::ModelAnswered((400, refusal, None))));
    assert!(body.get("tools").is_none());
    let post = d.told(model_answered(model_ok("Hello.")));
    assert_eq!(posted(&d.cleared_send(post)), "Hello.");
}

#[test]
fn unknown_tools_bad_arguments_errors_and_large_answers_reach_the_model_as_results() {
    let mut d = Drive::new(tool_config(&[], &[]), message(7, "users/ada", "hi"));
    to_first_model_request(&mut d);
    let calls = tool_calls(&[
        ("a", "calc__nope", "{}"),
        ("b", "calc__add", "[1]"),
        ("c", "calc__add", "{}"),
        ("d", "calc__echo", "{}"),
    ]);
    let c = call_of(d.step(model_answered(calls)));
    let error = format!(
        "{{\"jsonrpc\":\"2.0\",\"id\":{},\"error\":{{\"code\":-32602,\"message\":\"bad a\"}}}}",
        c.answer_id.unwrap_or_default()
    );
    let e = call_of(d.step(Input::ToolAnswered(ToolAnswer {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: error.into_bytes(),
    })));
    let body = model_body(d.step(Input::ToolUnreachable(TransportFailure::TooLarge)));
    assert!(e.answer_id > c.answer_id);
    let results: Vec<String> = body["messages"]
        .as_array()
        .map(|m| {
            m.iter()
                .filter(|m| m["role"] == "tool")
                .map(|m| m["content"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(results.len(), 4);
    assert!(results[0].starts_with("There is no tool `calc__nope`"));
    assert!(results[1].starts_with("The arguments are not a JSON object"));
    assert_eq!(results[2], "The call failed: the server answered: bad a");
    assert!(
        results[3].contains("more than 1048576 bytes"),
        "{}",
        results[3]
    );
}

#[test]
fn tool_output_is_capped() {
    let mut d = Drive::new(tool_config(&[], &[]), message(7, "users/ada", "hi"));
    to_first_model_request(&mut d);
    let c = call_of(d.step(model_answered(tool_calls(&[("a", "calc__echo", "{}")]))));
    let long = "x".repeat(50_000);
    let body = model_body(d.step(answer(
        c.answer_id,
        &format!("{{\"content\":[{{\"type\":\"text\",\"text\":\"{long}\"}}]}}"),
        false,
    )));
    let last = body["messages"]
        .as_array()
        .and_then(|m| m.last())
        .cloned()
        .unwrap_or_default();
    let content = last["content"].as_str().unwrap_or_default();
    assert!(
        content.len() < 16_100 && content.ends_with("characters]"),
        "{}",
        content.len()
    );
}

#[test]
fn a_tool_loop_survives_its_bytes() {
    let mut d = Drive::new(tool_config(&[], &[]), message(7, "users/ada", "hi"));
    to_first_model_request(&mut d);
    call_of(d.step(model_answered(tool_calls(&[(
        "a",
        "calc__echo",
        "{\"x\":\"ü\"}",
    )]))));
    let state = JobState::decode(&d.job).expect("decodes");
    assert!(
        state
            .tools
            .as_ref()
            .is_some_and(|lp| lp.calls.len() == 1 && lp.tools.len() == 2)
    );
    assert_eq!(state.encode(), d.job);
    assert_eq!(d.job[0], super::state::VERSION_TOOLS);
}

#[test]
fn a_persona_naming_no_server_is_refused() {
    let mut c = config(&["gpt"], 0, None);
    c.policy.personas[0].tools = vec!["nowhere/x".into()];
    let error = Bot::new(c).err().unwrap_or_default();
    assert!(
        error.contains("\"nowhere/x\" names no configured tool server"),
        "{error}"
    );
}

#[test]
fn an_answers_tool_results_stay_bounded() {
    let mut d = Drive::new(tool_config(&[], &[]), message(7, "users/ada", "hi"));
    to_first_model_request(&mut d);
    let ids: Vec<String> = (0..16).map(|i| format!("c{i}")).collect();
    let calls: Vec<(&str, &str, &str)> = ids
        .iter()
        .map(|id| (id.as_str(), "calc__echo", "{}"))
        .collect();
    let text = "y".repeat(20_000);
    let result = format!("{{\"content\":[{{\"type\":\"text\",\"text\":\"{text}\"}}]}}");
    let mut body = serde_json::Value::Null;
    for _round in 0..2 {
        let mut action = d.step(model_answered(tool_calls(&calls)));
        for _ in 0..16 {
            let call = call_of(action);
            action = d.step(answer(call.answer_id, &result, false));
        }
        body = model_body(action);
    }
    let results: Vec<&str> = body["messages"]
        .as_array()
        .map(|m| {
            m.iter()
                .filter(|m| m["role"] == "tool")
                .filter_map(|m| m["content"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(results.len(), 32);
    assert!(results[0].starts_with(&"y".repeat(16_000)) && results[0].ends_with("characters]"));
    assert!(
        results[31].starts_with("[the output is left out"),
        "{}",
        &results[31][..40]
    );
    assert!(d.job.len() < 300_000, "{}", d.job.len());
}
