//! The command responder: a program per message, the prompt as JSON on stdin (and the message
//! in the environment), the reply on stdout; the README's "Command responders: the contract".

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{FailureKind, Prompt, Responder, ResponderError, ResponseFuture};

/// Where `program` is: a path (with a `/`) that must be an executable file, or a name
/// looked up in `PATH` like a shell does.
pub fn find_program(program: &str) -> Result<std::path::PathBuf, String> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |p: &std::path::Path| {
        std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        let path = std::path::PathBuf::from(program);
        return if executable(&path) {
            Ok(path)
        } else if path.exists() {
            Err(format!("{program} is not an executable file (chmod +x?)"))
        } else {
            Err(format!("{program} does not exist"))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|p| executable(p))
        .ok_or_else(|| format!("{program} is not in PATH ({})", path.to_string_lossy()))
}

/// Runs a program per message: the prompt as JSON on stdin, the reply on stdout.
pub struct Command {
    program: String,
    args: Vec<String>,
    timeout: Duration,
    name: String,
}

/// A command's exit code for "temporary failure, try again later" (sysexits.h).
pub const EX_TEMPFAIL: i32 = 75;

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

    /// The same command under another name (as configured under `[responders.<name>]`).
    pub fn with_name(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    async fn run(&self, prompt: &Prompt) -> Result<Option<String>, ResponderError> {
        let fail = |reason: String, retryable: bool| {
            ResponderError::new(
                if retryable {
                    FailureKind::Timeout
                } else {
                    FailureKind::Failed
                },
                reason,
            )
        };
        let input = serde_json::to_vec(prompt)
            .map_err(|e| fail(format!("cannot encode the prompt: {e}"), false))?;
        let mut child = tokio::process::Command::new(&self.program)
            .args(&self.args)
            // The program needs no bot secret; it gets the message in the environment too, so
            // a CLI model can be called without parsing JSON (see the README's contract).
            .env_remove("NEXTCLOUD_TALK_BOT_SECRET")
            .env_remove("NEXTCLOUD_TALK_BOT_SECRET_FILE")
            .env_remove("TALKBOT_LISTEN_FD")
            .env("TALKBOT_MESSAGE", &prompt.text)
            .env("TALKBOT_AUTHOR", &prompt.author)
            .env("TALKBOT_TOKEN", &prompt.token)
            .env("TALKBOT_PERSONA", &prompt.persona)
            .env("TALKBOT_SYSTEM_PROMPT", &prompt.system_prompt)
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
            // 75 (EX_TEMPFAIL): try again later; anything else: this responder failed.
            let temporary = status.code() == Some(EX_TEMPFAIL);
            return Err(ResponderError::new(
                if temporary {
                    FailureKind::ServerError
                } else {
                    FailureKind::Failed
                },
                format!("{} failed ({status}): {}", self.program, stderr.trim()),
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
