//! Responders turn a message into a reply. Delivery, retries and reactions are not their
//! concern: a responder gets the rendered text and the event, and returns text or an error
//! that says whether trying again could help.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::process::Stdio;
use std::time::Duration;

use serde::Serialize;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::config::ResponderConfig;
use crate::protocol::Event;

/// What a responder is asked.
#[derive(Debug, Clone, Serialize)]
pub struct Prompt {
    /// The message as plain text (placeholders rendered, a mention of the bot removed).
    pub text: String,
    /// The normalised URL of the Nextcloud the message came from.
    pub backend: String,
    /// The conversation token.
    pub token: String,
    /// The decoded event, as the component produced it.
    pub event: Event,
}

/// Why no reply was produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponderError {
    pub reason: String,
    /// Whether trying again later could succeed (timeouts, overload).
    pub retryable: bool,
}

impl fmt::Display for ResponderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

/// A boxed future, so responders can be used as trait objects.
pub type ResponseFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Option<String>, ResponderError>> + Send + 'a>>;

/// Produces replies. `Ok(None)` means: deliberately no answer.
pub trait Responder: Send + Sync {
    /// A short name for logs and metrics.
    fn name(&self) -> &str;
    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a>;
}

/// Replies with the message text.
pub struct Echo;

impl Responder for Echo {
    fn name(&self) -> &str {
        "echo"
    }

    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a> {
        Box::pin(async move { Ok(Some(prompt.text.clone()).filter(|t| !t.trim().is_empty())) })
    }
}

/// Runs a program per message: the prompt as JSON on stdin, the reply on stdout.
pub struct Command {
    program: String,
    args: Vec<String>,
    timeout: Duration,
    name: String,
}

/// Largest reply read from a command (more is an error, not a truncated answer).
const MAX_COMMAND_OUTPUT: usize = 1 << 20;

impl Command {
    pub fn new(program: String, args: Vec<String>, timeout: Duration) -> Self {
        let name = format!("command:{program}");
        Command {
            program,
            args,
            timeout,
            name,
        }
    }

    async fn run(&self, prompt: &Prompt) -> Result<Option<String>, ResponderError> {
        let fail = |reason: String, retryable: bool| ResponderError { reason, retryable };
        let input = serde_json::to_vec(prompt)
            .map_err(|e| fail(format!("cannot encode the prompt: {e}"), false))?;
        let mut child = tokio::process::Command::new(&self.program)
            .args(&self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| fail(format!("cannot start {}: {e}", self.program), false))?;
        let mut stdin = child
            .stdin
            .take()
            .ok_or_else(|| fail("no stdin".into(), false))?;
        let mut stdout = child
            .stdout
            .take()
            .ok_or_else(|| fail("no stdout".into(), false))?;
        let mut stderr = child
            .stderr
            .take()
            .ok_or_else(|| fail("no stderr".into(), false))?;
        let work = async {
            // A program that does not read its input must not block us: ignore EPIPE.
            let _ = stdin.write_all(&input).await;
            drop(stdin);
            let mut out = Vec::new();
            let mut err = Vec::new();
            let mut limited_out = (&mut stdout).take(MAX_COMMAND_OUTPUT as u64 + 1);
            let mut limited_err = (&mut stderr).take(4096);
            let (read_out, _) = tokio::join!(
                limited_out.read_to_end(&mut out),
                limited_err.read_to_end(&mut err)
            );
            read_out.map_err(|e| fail(format!("reading {}'s output: {e}", self.program), false))?;
            let status = child
                .wait()
                .await
                .map_err(|e| fail(format!("waiting for {}: {e}", self.program), false))?;
            Ok::<_, ResponderError>((status, out, err))
        };
        let (status, out, err) =
            tokio::time::timeout(self.timeout, work)
                .await
                .map_err(|_| {
                    fail(
                        format!("{} did not answer within {:?}", self.program, self.timeout),
                        true,
                    )
                })??;
        if !status.success() {
            let stderr = String::from_utf8_lossy(&err);
            return Err(fail(
                format!("{} failed ({status}): {}", self.program, stderr.trim()),
                false,
            ));
        }
        if out.len() > MAX_COMMAND_OUTPUT {
            return Err(fail(
                format!(
                    "{} wrote more than {MAX_COMMAND_OUTPUT} bytes",
                    self.program
                ),
                false,
            ));
        }
        let text = String::from_utf8(out).map_err(|_| {
            fail(
                format!("{} wrote output that is not UTF-8", self.program),
                false,
            )
        })?;
        Ok(Some(text.trim_end().to_string()).filter(|t| !t.trim().is_empty()))
    }
}

impl Responder for Command {
    fn name(&self) -> &str {
        &self.name
    }

    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a> {
        Box::pin(self.run(prompt))
    }
}

/// The responder a configuration names.
pub fn from_config(config: &ResponderConfig) -> Box<dyn Responder> {
    match config {
        ResponderConfig::Echo => Box::new(Echo),
        ResponderConfig::Command {
            program,
            args,
            timeout,
        } => Box::new(Command::new(program.clone(), args.clone(), *timeout)),
    }
}
