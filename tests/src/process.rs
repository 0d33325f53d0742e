//! Running the real `talkbot` binary as a process (signals, RSS, restarts).

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use crate::harness::SECRET;

/// Sockets [`reserved_port`] bound, by port.
static RESERVED: std::sync::Mutex<BTreeMap<u16, TcpListener>> =
    std::sync::Mutex::new(BTreeMap::new());

/// A loopback port whose listening socket this process binds and keeps: every
/// [`Talkbot::spawn`] on it is handed the socket (`TALKBOT_LISTEN_FD`, as a reload hands it
/// on), so no other process can take the port between picking and binding, and requests made
/// while the bot restarts wait in its backlog.
pub fn reserved_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binding a port");
    let port = listener.local_addr().expect("local address").port();
    RESERVED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(port, listener);
    port
}

/// A free loopback port (bound and released: another process may take it before it is bound
/// again; [`reserved_port`] for a bot's own).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("binding a free port")
        .local_addr()
        .expect("local address")
        .port()
}

/// The descriptor of the socket [`reserved_port`] bound for `port`, if it did.
fn reserved_fd(port: u16) -> Option<i32> {
    use std::os::fd::AsRawFd;
    RESERVED
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&port)
        .map(|l| l.as_raw_fd())
}

/// A running `talkbot serve`.
pub struct Talkbot {
    pub child: Child,
    pub port: u16,
}

impl Talkbot {
    /// Start `bin serve` (a test passes `env!("CARGO_BIN_EXE_talkbot-under-test")`) for
    /// `nextcloud_url` on `port` with `dir` as its data folder, plus `env` (which wins over
    /// the defaults here).
    pub fn spawn(
        bin: &str,
        nextcloud_url: &str,
        port: u16,
        dir: &Path,
        env: &[(&str, &str)],
    ) -> Talkbot {
        let mut command = Command::new(bin);
        command
            .arg("serve")
            .env("NEXTCLOUD_URL", nextcloud_url)
            .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
            .env("TALKBOT_LISTEN", format!("127.0.0.1:{port}"))
            .env("TALKBOT_DATA_DIR", dir)
            .env("TALKBOT_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (k, v) in env {
            command.env(k, v);
        }
        if let Some(fd) = reserved_fd(port) {
            command.env("TALKBOT_LISTEN_FD", fd.to_string());
            // SAFETY: between fork and exec only `fcntl` runs (async-signal-safe): the socket,
            // opened close-on-exec, is left open for talkbot.
            unsafe {
                command.pre_exec(move || {
                    if libc::fcntl(fd, libc::F_SETFD, 0) == -1 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        let child = command.spawn().expect("starting talkbot");
        Talkbot { child, port }
    }

    /// Wait until the bot's queue is empty, as its own `/metrics` says (panics after
    /// `timeout`).
    pub async fn drained(&self, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let url = format!("http://127.0.0.1:{}/metrics", self.port);
            if let Ok(r) = reqwest::get(url).await
                && r.text()
                    .await
                    .unwrap_or_default()
                    .lines()
                    .any(|l| l == "talkbot_queue_depth 0")
            {
                return;
            }
            assert!(Instant::now() < deadline, "the queue did not drain");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The webhook URL.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/nextcloud-talk-webhook", self.port)
    }

    /// Wait until it serves (on a [`reserved_port`] the kernel accepts connections before the
    /// bot does: an HTTP answer is what counts).
    pub async fn wait_listening(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = reqwest::Client::new();
        loop {
            if client
                .get(format!("http://127.0.0.1:{}/healthz", self.port))
                .timeout(Duration::from_secs(2))
                .send()
                .await
                .is_ok()
            {
                return;
            }
            assert!(Instant::now() < deadline, "talkbot did not start listening");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Send a signal (`TERM`, `HUP`, …) with kill(1).
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.child.id().to_string())
            .status()
            .expect("running kill");
        assert!(status.success(), "kill -{name} failed");
    }

    /// SIGKILL and reap.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Wait for the process to exit (panics after `timeout`).
    pub async fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait().expect("waiting for talkbot") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "talkbot did not exit in {timeout:?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Resident set size (`VmRSS`) and its peak (`VmHWM`), in KiB.
    pub fn rss_kib(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
                .unwrap_or(0)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for Talkbot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
