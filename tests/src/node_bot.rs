//! `component/examples/node/bot.mjs`, the whole bot in Node on the component's engine, run as
//! a process on loopback against the Talk simulator (the parity table's Node leg, the Node
//! lockout test).

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};

use crate::harness::SECRET;
use crate::workspace_dir;

const START: Duration = Duration::from_secs(30);

/// `node bot.mjs` on loopback, stopped when dropped.
pub struct NodeBot {
    pub child: tokio::process::Child,
    /// Its webhook URL.
    pub url: String,
}

/// Transpile this build's component and start `node bot.mjs` answering Talk at `nextcloud`
/// with the test secret, retrying after 20 ms, with `env` besides. None (said on stderr) when
/// `component/examples/node` has no `node_modules`; under CI that fails instead.
pub async fn node_bot(nextcloud: &str, env: &[(&str, &str)]) -> Option<NodeBot> {
    let dir = workspace_dir().join("component/examples/node");
    if !crate::npm_installed(&dir, "jco", "the Node host") {
        return None;
    }
    // The transpilation of the component this build made.
    crate::jco_build(&dir, &[]);
    let mut command = tokio::process::Command::new("node");
    command
        .arg("bot.mjs")
        .current_dir(&dir)
        .env("NEXTCLOUD_URL", nextcloud)
        .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
        .env("TALKBOT_LISTEN", "127.0.0.1:0")
        .env("TALKBOT_INITIAL_BACKOFF_MS", "20")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true);
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("starting node bot.mjs");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();
    let line = tokio::time::timeout(START, lines.next_line())
        .await
        .expect("node bot.mjs did not start in time")
        .expect("reading node's output")
        .expect("node bot.mjs exited");
    let url = line
        .split("listening on ")
        .nth(1)
        .unwrap_or_else(|| panic!("unexpected first line: {line}"))
        .to_string();
    // Keep draining stdout so the child never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Some(NodeBot { child, url })
}
