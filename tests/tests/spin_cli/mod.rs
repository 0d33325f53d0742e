//! The real Spin CLI (`spin up` of the project's `spin.toml`) on loopback, for the tests that
//! prove the Spin app on the runtime people deploy: `parity.rs` and `spin_durable.rs`.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use talkbot_tests::harness::eventually;
use talkbot_tests::workspace_dir;

const START: Duration = Duration::from_secs(30);

/// The Spin CLI: `$TALKBOT_SPIN`, else `../shared/tools/spin` next to the checkout or in
/// `/work/shared/tools` (where this project's machines keep it), else `spin` on `PATH`.
pub fn spin_cli() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("TALKBOT_SPIN") {
        return Some(path.into());
    }
    let candidates = [
        workspace_dir().join("../shared/tools/spin"),
        PathBuf::from("/work/shared/tools/spin"),
    ];
    candidates.into_iter().find(|p| p.exists()).or_else(|| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("spin"))
                .find(|p| p.is_file())
        })
    })
}

/// The Spin CLI, or None (said on stderr) where there is none; under CI its absence fails
/// the test, since `.ci/run` provides it.
pub fn spin_cli_or_skip(what: &str) -> Option<PathBuf> {
    let found = spin_cli();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{what}: no Spin CLI under CI (.ci/run sets TALKBOT_SPIN)"
        );
        eprintln!(
            "SKIPPED: {what}: no Spin CLI (set TALKBOT_SPIN, or put ../shared/tools/spin next \
             to the checkout)"
        );
    }
    found
}

/// `spin up` on loopback, stopped (with the `spin trigger` process it starts: the whole
/// process group) when dropped.
pub struct SpinUp {
    child: tokio::process::Child,
    pub url: String,
    pub drain_url: String,
}

impl SpinUp {
    /// SIGKILL the whole process group: no chance to finish anything.
    pub async fn kill(mut self) {
        self.signal("-KILL");
        let _ = self.child.wait().await;
    }

    fn signal(&self, signal: &str) {
        if let Some(pid) = self.child.id() {
            let _ = std::process::Command::new("kill")
                .args([signal, "--", &format!("-{pid}")])
                .status();
        }
    }
}

impl Drop for SpinUp {
    fn drop(&mut self) {
        self.signal("-TERM");
    }
}

/// Where a `spin up` keeps its state and logs, and how its databases are configured.
pub struct SpinDirs<'a> {
    /// `--state-dir` (Spin's default SQLite database lives there) and `--log-dir`'s parent.
    pub dir: &'a Path,
    /// `--runtime-config-file`, e.g. a SQLite file shared by several instances.
    pub runtime_config: Option<&'a Path>,
}

/// `spin up --from spin.toml` answering Talk at `nextcloud` with the test secret.
pub async fn spin_up(
    spin: &Path,
    nextcloud: &str,
    secret: &str,
    dirs: SpinDirs<'_>,
    variables: &[(&str, &str)],
) -> SpinUp {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut command = tokio::process::Command::new(spin);
    command
        .args(["up", "--from"])
        .arg(workspace_dir().join("spin.toml"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .arg("--state-dir")
        .arg(dirs.dir.join("state"))
        .arg("--log-dir")
        .arg(dirs.dir.join("logs"))
        .env("SPIN_VARIABLE_BOT_SECRET", secret)
        .env("SPIN_VARIABLE_NEXTCLOUD_URL", nextcloud)
        // Spin's own output would hold the test's pipes open; the app logs to --log-dir.
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .kill_on_drop(true);
    if let Some(config) = dirs.runtime_config {
        command.arg("--runtime-config-file").arg(config);
    }
    for (name, value) in variables {
        command.env(format!("SPIN_VARIABLE_{}", name.to_uppercase()), value);
    }
    let child = command.spawn().expect("starting spin up");
    let addr = format!("127.0.0.1:{port}");
    eventually("spin up listening", START, || {
        std::net::TcpStream::connect(&addr).is_ok()
    })
    .await;
    SpinUp {
        child,
        url: format!("http://{addr}/nextcloud-talk-webhook"),
        drain_url: format!("http://{addr}/talkbot/drain"),
    }
}

/// What the app logged (its stderr), for a failing test's message.
pub fn app_log(dir: &Path) -> String {
    std::fs::read_dir(dir.join("logs"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with("stderr.txt"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect()
}
