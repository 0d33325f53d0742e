//! Tool servers' transports (`action.call-tool`): the job machine builds every MCP message and
//! reads every answer; this moves the bytes — over HTTP (Streamable HTTP: the whole answer,
//! JSON or an event stream, read up to the call's byte cap), or to a program's stdin and from
//! its stdout (stdio: one program per server, started when first needed, restarted when it
//! exits or an answer is lost). Never retries, follows no redirect, logs no content.

use std::collections::HashMap;
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::process::{Child, ChildStdin, ChildStdout, Command};
use tokio::sync::Mutex;

use crate::config::{ToolServerConfig, ToolTransportConfig};
use crate::protocol::{ToolAnswer, ToolCall, TransportFailure};

/// The transports of every configured tool server.
pub struct ToolTransports {
    client: reqwest::Client,
    programs: HashMap<String, Program>,
}

/// A stdio server: its command and, once started, the running program.
struct Program {
    command: Vec<String>,
    running: Mutex<Option<Running>>,
}

struct Running {
    // Killed when dropped.
    _child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl ToolTransports {
    pub fn new(servers: &[ToolServerConfig]) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("cannot create the HTTP client: {e}"))?;
        let programs = servers
            .iter()
            .filter_map(|s| match &s.transport {
                ToolTransportConfig::Stdio(command) => Some((
                    s.name.clone(),
                    Program {
                        command: command.clone(),
                        running: Mutex::new(None),
                    },
                )),
                ToolTransportConfig::Http(_) => None,
            })
            .collect();
        Ok(ToolTransports { client, programs })
    }

    /// Send `call` and read its answer within its timeout and byte cap.
    pub async fn call(&self, call: &ToolCall) -> Result<ToolAnswer, TransportFailure> {
        let timeout = Duration::from_millis(call.timeout_ms.max(1));
        match self.programs.get(&call.server) {
            Some(program) => program.call(call, timeout).await,
            None => tokio::time::timeout(timeout, self.http(call))
                .await
                .unwrap_or(Err(TransportFailure::Timeout)),
        }
    }

    async fn http(&self, call: &ToolCall) -> Result<ToolAnswer, TransportFailure> {
        let mut builder = self
            .client
            .post(&call.request.url)
            .body(call.request.body.clone());
        for (name, value) in &call.request.headers {
            builder = builder.header(name, value);
        }
        let mut response = builder.send().await.map_err(failure)?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .filter_map(|(n, v)| Some((n.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect();
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(failure)? {
            if (body.len() + chunk.len()) as u64 > call.max_bytes {
                return Err(TransportFailure::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(ToolAnswer {
            status,
            headers,
            body,
        })
    }
}

impl Program {
    async fn call(
        &self,
        call: &ToolCall,
        timeout: Duration,
    ) -> Result<ToolAnswer, TransportFailure> {
        let mut running = self.running.lock().await;
        if running.is_none() {
            *running = Some(self.start()?);
        }
        let Some(program) = running.as_mut() else {
            return Err(TransportFailure::Connection(
                "the program did not start".into(),
            ));
        };
        let exchanged = tokio::time::timeout(timeout, exchange(program, call)).await;
        let result = exchanged.unwrap_or(Err(TransportFailure::Timeout));
        // An answer not read to its end leaves the stream out of step: start afresh.
        if result.is_err() {
            *running = None;
        }
        result
    }

    fn start(&self) -> Result<Running, TransportFailure> {
        let (program, args) = self
            .command
            .split_first()
            .ok_or_else(|| TransportFailure::Connection("no command".into()))?;
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| TransportFailure::Connection(format!("cannot start {program}: {e}")))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err(TransportFailure::Connection(
                "no pipes to the program".into(),
            ));
        };
        Ok(Running {
            _child: child,
            stdin,
            stdout: BufReader::new(stdout),
        })
    }
}

/// Write the message as a line; read lines until the answer with the call's id.
async fn exchange(program: &mut Running, call: &ToolCall) -> Result<ToolAnswer, TransportFailure> {
    let gone = |e: std::io::Error| TransportFailure::Connection(format!("the program's pipe: {e}"));
    let mut line = call.request.body.replace('\n', " ");
    line.push('\n');
    program
        .stdin
        .write_all(line.as_bytes())
        .await
        .map_err(gone)?;
    program.stdin.flush().await.map_err(gone)?;
    let Some(id) = call.answer_id else {
        return Ok(ToolAnswer {
            status: 202,
            headers: Vec::new(),
            body: Vec::new(),
        });
    };
    loop {
        let mut buffer = Vec::new();
        let read = (&mut program.stdout)
            .take(call.max_bytes + 1)
            .read_until(b'\n', &mut buffer)
            .await
            .map_err(gone)?;
        if read == 0 {
            return Err(TransportFailure::Connection("the program exited".into()));
        }
        if buffer.len() as u64 > call.max_bytes {
            return Err(TransportFailure::TooLarge);
        }
        let answers = serde_json::from_slice::<serde_json::Value>(&buffer)
            .ok()
            .is_some_and(|v| v.get("id").and_then(serde_json::Value::as_u64) == Some(id));
        if answers {
            return Ok(ToolAnswer {
                status: 200,
                headers: vec![("content-type".into(), "application/json".into())],
                body: buffer,
            });
        }
    }
}

fn failure(e: reqwest::Error) -> TransportFailure {
    if e.is_timeout() {
        TransportFailure::Timeout
    } else {
        TransportFailure::Connection(crate::delivery::describe(&e))
    }
}
