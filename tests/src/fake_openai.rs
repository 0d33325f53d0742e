//! An OpenAI-compatible Chat Completions server on loopback, scriptable per request: answers,
//! slow answers, HTTP errors. It records every request so tests can check what the model saw.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Request, Response, StatusCode};

/// What to do with the next request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// 200 with this assistant message.
    Text(String),
    /// Wait, then answer with this text.
    Slow(Duration, String),
    /// This status with an OpenAI-style error body.
    Status(u16),
    /// `307 Temporary Redirect` to this URL.
    Redirect(String),
    /// 200 with tool calls: (function name, arguments JSON) each, ids `call_<n>`.
    ToolCalls(Vec<(String, String)>),
}

impl Reply {
    /// One tool call.
    pub fn tool(name: &str, arguments: &str) -> Reply {
        Reply::ToolCalls(vec![(name.to_string(), arguments.to_string())])
    }
}

/// A request the server received.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub authorization: Option<String>,
    pub body: serde_json::Value,
}

impl Received {
    /// The contents of the `tool` messages sent (results of tool calls), in order.
    pub fn tool_results(&self) -> Vec<String> {
        self.body["messages"]
            .as_array()
            .map(|m| {
                m.iter()
                    .filter(|m| m["role"] == "tool")
                    .map(|m| m["content"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The names of the tools offered.
    pub fn tools_offered(&self) -> Vec<String> {
        self.body["tools"]
            .as_array()
            .map(|t| {
                t.iter()
                    .map(|t| {
                        t["function"]["name"]
                            .as_str()
                            .unwrap_or_default()
                            .to_string()
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `(role, content)` of every message sent.
    pub fn messages(&self) -> Vec<(String, String)> {
        self.body["messages"]
            .as_array()
            .map(|m| {
                m.iter()
                    .map(|m| {
                        (
                            m["role"].as_str().unwrap_or_default().to_string(),
                            m["content"].as_str().unwrap_or_default().to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[derive(Default)]
struct State {
    script: VecDeque<Reply>,
    received: Vec<Received>,
}

/// A running fake model server. Unscripted requests are answered with
/// `"<name> says: <last user message>"`.
#[derive(Clone)]
pub struct FakeOpenAi {
    state: Arc<Mutex<State>>,
    pub addr: SocketAddr,
    name: String,
}

impl FakeOpenAi {
    /// Start on an ephemeral loopback port; `name` tells its answers apart from others'.
    pub async fn start(name: &str) -> FakeOpenAi {
        let state: Arc<Mutex<State>> = Arc::default();
        let name = name.to_string();
        let addr = crate::loopback::serve(
            (state.clone(), name.clone()),
            |(state, name), request| async move { handle(&state, &name, request).await },
        )
        .await;
        FakeOpenAi { state, addr, name }
    }

    /// The base URL to configure (`…/v1`).
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    /// The environment that makes talkbot's responder this model (`openai`, model
    /// `test-model`).
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("TALKBOT_RESPONDER", "openai".into()),
            ("OPENAI_BASE_URL", self.base_url()),
            ("OPENAI_API_KEY", "sk-test".into()),
            ("TALKBOT_MODEL", "test-model".into()),
        ]
    }

    /// Queue replies for the next requests.
    pub fn script(&self, replies: impl IntoIterator<Item = Reply>) {
        self.state.lock().unwrap().script.extend(replies);
    }

    /// Requests received so far.
    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    /// The default answer to `text`.
    pub fn answer_to(&self, text: &str) -> String {
        format!("{} says: {text}", self.name)
    }
}

fn json(status: u16, body: serde_json::Value) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    response
}

async fn handle(
    state: &Mutex<State>,
    name: &str,
    request: Request<hyper::body::Incoming>,
) -> Response<Full<Bytes>> {
    let path = request.uri().path().to_string();
    let authorization = request
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = crate::loopback::json_body(request).await;
    if path != "/v1/chat/completions" {
        return json(
            404,
            serde_json::json!({"error": {"message": "no such route"}}),
        );
    }
    let last_user = body["messages"]
        .as_array()
        .and_then(|m| m.iter().rev().find(|m| m["role"] == "user"))
        .and_then(|m| m["content"].as_str())
        .unwrap_or_default()
        .to_string();
    let reply = {
        let mut s = state.lock().unwrap();
        s.received.push(Received {
            path,
            authorization,
            body: body.clone(),
        });
        s.script.pop_front()
    };
    let text = match reply {
        Some(Reply::Status(status)) => {
            return json(
                status,
                serde_json::json!({"error": {"message": format!("scripted {status}"), "type": "server_error"}}),
            );
        }
        Some(Reply::Slow(delay, text)) => {
            tokio::time::sleep(delay).await;
            text
        }
        Some(Reply::Text(text)) => text,
        Some(Reply::Redirect(to)) => {
            let mut response = json(307, serde_json::json!({}));
            if let Ok(to) = hyper::header::HeaderValue::from_str(&to) {
                response.headers_mut().insert(hyper::header::LOCATION, to);
            }
            return response;
        }
        Some(Reply::ToolCalls(calls)) => {
            let calls: Vec<serde_json::Value> = calls
                .iter()
                .enumerate()
                .map(|(i, (name, arguments))| {
                    serde_json::json!({"id": format!("call_{i}"), "type": "function",
                        "function": {"name": name, "arguments": arguments}})
                })
                .collect();
            return completion(
                &body["model"],
                serde_json::json!({"role": "assistant", "content": null, "tool_calls": calls}),
                "tool_calls",
            );
        }
        None => format!("{name} says: {last_user}"),
    };
    completion(
        &body["model"],
        serde_json::json!({"role": "assistant", "content": text}),
        "stop",
    )
}

/// A chat completion with this one `message`; like Ollama's compatibility endpoint: no
/// `usage`, no `system_fingerprint`.
fn completion(
    model: &serde_json::Value,
    message: serde_json::Value,
    finish: &str,
) -> Response<Full<Bytes>> {
    json(
        200,
        serde_json::json!({
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        }),
    )
}
