//! The MCP messages and their answers, base64, the tool parts of the chat exchange.

use super::approvals::{base64, unbase64};
use super::*;
use crate::job_api::ToolAnswer;
use crate::json::Json;

#[test]
fn base64_matches_the_standard() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(plain.as_bytes()), encoded);
        assert_eq!(unbase64(encoded).as_deref(), Some(plain.as_bytes()));
    }
    let all: Vec<u8> = (0..=255).collect();
    assert_eq!(unbase64(&base64(&all)), Some(all));
    for bad in ["Zg=", "Z===", "Zm9v!A==", "===="] {
        assert_eq!(unbase64(bad), None, "{bad}");
    }
}

fn answer(kind: &str, body: &str) -> ToolAnswer {
    ToolAnswer {
        status: 200,
        headers: vec![("Content-Type".into(), kind.into())],
        body: body.as_bytes().to_vec(),
    }
}

#[test]
fn answers_are_read_from_json_or_an_event_stream() {
    let stream = "event: message\r\nid: 1\r\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{}}\r\n\r\nevent: message\r\ndata: {\"jsonrpc\":\"2.0\",\"id\":4,\r\ndata: \"result\":{\"ok\":true}}\r\n\r\n";
    let result = mcp::result(&answer("text/event-stream; charset=utf-8", stream), 4, true);
    assert_eq!(
        result.ok().and_then(|r| r.get("ok").cloned()),
        Some(Json::Bool(true))
    );
    let json = r#"[{"jsonrpc":"2.0","id":3,"result":{}},{"jsonrpc":"2.0","id":4,"error":{"code":1,"message":"no"}}]"#;
    assert_eq!(
        mcp::result(&answer("application/json", json), 4, false),
        Err(mcp::AnswerError::Failed("the server answered: no".into()))
    );
    assert!(matches!(
        mcp::result(
            &answer(
                "application/json",
                r#"{"jsonrpc":"2.0","id":5,"result":{}}"#
            ),
            4,
            false
        ),
        Err(mcp::AnswerError::Failed(_))
    ));
    let gone = ToolAnswer {
        status: 404,
        headers: vec![],
        body: vec![],
    };
    assert_eq!(
        mcp::result(&gone, 1, true),
        Err(mcp::AnswerError::SessionGone)
    );
    assert!(matches!(
        mcp::result(&gone, 1, false),
        Err(mcp::AnswerError::Failed(_))
    ));
}

#[test]
fn messages_are_json_rpc_as_serde_reads_them() {
    let server = ToolServer {
        name: "s".into(),
        transport: ToolTransport::Http("http://x/mcp".into()),
        headers: vec![],
        timeout_ms: Some(5000),
        expose: None,
        approval: vec![],
        idempotent: vec![],
        list_ttl_ms: None,
    };
    let args = Json::parse(r#"{"text":"a \"quote\" ü\n"}"#).expect("json");
    let call = mcp::message(
        &server,
        Some("abc"),
        Some("2025-06-18"),
        Some(9),
        "tools/call",
        &mcp::call_params("echo", &args),
    );
    let v: serde_json::Value = serde_json::from_str(&call.request.body).expect("serde reads it");
    assert_eq!(
        v,
        serde_json::json!({"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"echo","arguments":{"text":"a \"quote\" ü\n"}}})
    );
    assert_eq!(call.timeout_ms, 5000);
    let init: serde_json::Value = serde_json::from_str(&mcp::initialize_params()).expect("serde");
    assert_eq!(init["clientInfo"]["name"], "talkbot");
    let list: serde_json::Value =
        serde_json::from_str(&mcp::list_params(Some("c\"1"))).expect("serde");
    assert_eq!(list["cursor"], "c\"1");
}

#[test]
fn function_names_are_what_openai_accepts() {
    assert_eq!(
        function_name("files", "read file.v2"),
        "files__read_file_v2"
    );
    assert_eq!(function_name("s", &"x".repeat(100)).len(), 64);
}

#[test]
fn outputs_join_text_and_name_other_content() {
    let result = Json::parse(r#"{"content":[{"type":"text","text":"a"},{"type":"image","data":"..."},{"type":"text","text":"b"}],"isError":true}"#).expect("json");
    assert_eq!(
        mcp::output(&result),
        ("a\n[image content not shown]\nb".into(), true)
    );
    let structured = Json::parse(r#"{"content":[],"structuredContent":{"n":5}}"#).expect("json");
    assert_eq!(mcp::output(&structured), ("{\"n\":5}".into(), false));
}

#[test]
fn bad_server_configurations_are_refused() {
    let good = ToolServer {
        name: "s".into(),
        transport: ToolTransport::Http("http://x/mcp".into()),
        headers: vec![],
        timeout_ms: None,
        expose: None,
        approval: vec![],
        idempotent: vec![],
        list_ttl_ms: None,
    };
    let with = |f: &dyn Fn(&mut ToolServer)| {
        let mut s = good.clone();
        f(&mut s);
        Servers::new(vec![s], None).err().unwrap_or_default()
    };
    assert!(with(&|s| s.name = "a b".into()).contains("a name is letters"));
    assert!(
        with(&|s| s.transport = ToolTransport::Http("ftp://x".into()))
            .contains("not an http(s) URL")
    );
    assert!(with(&|s| s.transport = ToolTransport::Stdio(vec![])).contains("the command is empty"));
    assert!(
        with(&|s| s.headers = vec![("x".into(), "a\nb".into())])
            .contains("not a valid HTTP header")
    );
    assert!(
        Servers::new(vec![good.clone(), good], None)
            .err()
            .unwrap_or_default()
            .contains("twice")
    );
}
