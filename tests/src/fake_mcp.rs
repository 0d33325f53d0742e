//! MCP servers for the tool tests: the reference server of the official MCP SDK
//! (`@modelcontextprotocol/server-everything`, from npm, in `tests/mcp`) started over Streamable
//! HTTP on loopback or as a stdio command, and a stand-in on loopback that misbehaves on
//! purpose (slow, 10 MB answers) and counts the calls it gets.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Request, Response};

use crate::process::free_port;

/// The reference server's entry point (`tests/mcp/node_modules/…/dist/index.js`), if
/// installed (`npm ci` in `tests/mcp`; under CI a missing one fails).
pub fn reference_server() -> Option<PathBuf> {
    let dir = crate::workspace_dir().join("tests/mcp");
    let entry = dir.join("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
    if entry.exists() {
        return Some(entry);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "tests/mcp has no node_modules: run `npm ci` there"
    );
    eprintln!("skipping: the MCP reference server is not installed (npm ci in tests/mcp)");
    None
}

/// The reference server over Streamable HTTP on a loopback port.
pub struct ReferenceServer {
    child: tokio::process::Child,
    pub port: u16,
}

impl ReferenceServer {
    /// Start it; None when it is not installed (outside CI).
    pub async fn start() -> Option<ReferenceServer> {
        let entry = reference_server()?;
        // Not a reserved port: the server binds it itself.
        let port = free_port();
        let child = tokio::process::Command::new("node")
            .arg(entry)
            .arg("streamableHttp")
            .env("PORT", port.to_string())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("starting the MCP reference server");
        let server = ReferenceServer { child, port };
        // Ready once it answers HTTP (a GET without a session is refused, but answered).
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .expect("an HTTP client");
        while client.get(server.url()).send().await.is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "the MCP reference server did not start"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Some(server)
    }

    /// Its MCP endpoint.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/mcp", self.port)
    }

    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

/// What the stand-in does with `tools/call`.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// Answer with this text.
    Answer(String),
    /// Answer with this text after a wait.
    Slow(Duration, String),
    /// Answer with this many bytes of text.
    Huge(usize),
}

#[derive(Default)]
struct State {
    behaviour: Option<Behaviour>,
    /// The `tools/call` requests received (their `params`).
    calls: Vec<serde_json::Value>,
    sessions: u32,
}

/// A stand-in MCP server on loopback: one tool, `work`.
#[derive(Clone)]
pub struct FakeMcp {
    state: Arc<Mutex<State>>,
    pub addr: SocketAddr,
}

impl FakeMcp {
    pub async fn start(behaviour: Behaviour) -> FakeMcp {
        let state = Arc::new(Mutex::new(State {
            behaviour: Some(behaviour),
            ..State::default()
        }));
        let addr = crate::loopback::serve(state.clone(), |state, request| async move {
            handle(&state, request).await
        })
        .await;
        FakeMcp { state, addr }
    }

    pub fn url(&self) -> String {
        format!("http://{}/mcp", self.addr)
    }

    /// The `tools/call` requests received so far (their `params`).
    pub fn calls(&self) -> Vec<serde_json::Value> {
        self.state.lock().unwrap().calls.clone()
    }

    pub fn set(&self, behaviour: Behaviour) {
        self.state.lock().unwrap().behaviour = Some(behaviour);
    }
}

fn reply(status: u16, session: Option<String>, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or_default();
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    if let Some(session) = session.and_then(|s| hyper::header::HeaderValue::from_str(&s).ok()) {
        response.headers_mut().insert("mcp-session-id", session);
    }
    response
}

async fn handle(
    state: &Mutex<State>,
    request: Request<hyper::body::Incoming>,
) -> Response<Full<Bytes>> {
    let message = crate::loopback::json_body(request).await;
    let id = message["id"].clone();
    let result = |result: serde_json::Value| {
        serde_json::json!({"jsonrpc": "2.0", "id": id, "result": result}).to_string()
    };
    match message["method"].as_str().unwrap_or_default() {
        "initialize" => {
            let session = {
                let mut s = state.lock().unwrap();
                s.sessions += 1;
                format!("s{}", s.sessions)
            };
            let body = result(serde_json::json!({"protocolVersion": "2025-06-18",
                "capabilities": {"tools": {}}, "serverInfo": {"name": "fake", "version": "1"}}));
            reply(200, Some(session), body)
        }
        "notifications/initialized" => reply(202, None, String::new()),
        "tools/list" => reply(
            200,
            None,
            result(
                serde_json::json!({"tools": [{"name": "work", "description": "Does work",
                "inputSchema": {"type": "object", "properties": {}}}]}),
            ),
        ),
        "tools/call" => {
            let behaviour = {
                let mut s = state.lock().unwrap();
                s.calls.push(message["params"].clone());
                s.behaviour.clone()
            };
            let text = match behaviour {
                Some(Behaviour::Answer(text)) => text,
                Some(Behaviour::Slow(wait, text)) => {
                    tokio::time::sleep(wait).await;
                    text
                }
                Some(Behaviour::Huge(n)) => "x".repeat(n),
                None => String::new(),
            };
            reply(
                200,
                None,
                result(serde_json::json!({"content": [{"type": "text", "text": text}]})),
            )
        }
        _ => reply(400, None, "{}".into()),
    }
}
