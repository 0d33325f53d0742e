//! `spin up` of the project's `spin.toml` as a process on loopback, for the tests that kill it
//! or run several on one SQLite file (`spin_durable.rs`) and the parity table's real-Spin leg
//! (`parity.rs`). Two runtimes take the same arguments: the project's own wasmtime harness
//! (`talkbot-spin-harness`, always), and the real Spin CLI where `TALKBOT_SPIN` names one or
//! `spin` is on `PATH`.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use talkbot_tests::harness::eventually;
use talkbot_tests::workspace_dir;

const START: Duration = Duration::from_secs(30);

/// A program that runs `spin up`.
#[derive(Debug, Clone)]
pub enum Runtime {
    /// `talkbot-spin-harness`: Spin's interfaces on wasmtime, as `tests/src/spin_host.rs`
    /// implements them.
    Harness,
    /// A real Spin CLI.
    Cli(PathBuf),
}

impl Runtime {
    fn program(&self) -> PathBuf {
        match self {
            Runtime::Harness => env!("CARGO_BIN_EXE_talkbot-spin-harness").into(),
            Runtime::Cli(path) => path.clone(),
        }
    }
}

impl std::fmt::Display for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Runtime::Harness => f.write_str("the wasmtime Spin harness"),
            Runtime::Cli(path) => write!(f, "the Spin CLI {}", path.display()),
        }
    }
}

/// The real Spin CLI: `$TALKBOT_SPIN`, else `spin` on `PATH`.
pub fn spin_cli() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("TALKBOT_SPIN").filter(|p| !p.is_empty()) {
        return Some(path.into());
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("spin"))
            .find(|p| p.is_file())
    })
}

/// The real Spin CLI, or None, said in one line on stderr, where there is none (under CI
/// too: no registry these machines reach ships one).
pub fn spin_cli_or_skip(what: &str) -> Option<PathBuf> {
    let found = spin_cli();
    if found.is_none() {
        eprintln!(
            "SKIPPED: {what} on the real Spin: no Spin CLI (set TALKBOT_SPIN to one to run it)"
        );
    }
    found
}

/// Every runtime to run a Spin test on: the harness, then the real CLI if there is one.
pub fn runtimes(what: &str) -> Vec<Runtime> {
    let mut all = vec![Runtime::Harness];
    all.extend(spin_cli_or_skip(what).map(Runtime::Cli));
    all
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

/// `spin up --from spin.toml` on `runtime`, answering Talk at `nextcloud` with the test secret.
pub async fn spin_up(
    runtime: &Runtime,
    nextcloud: &str,
    secret: &str,
    dirs: SpinDirs<'_>,
    variables: &[(&str, &str)],
) -> SpinUp {
    // The harness binds a port the kernel picks and says which: a port picked here and bound
    // there could be taken in between by another test's server (seen once as a connection
    // reset on the first webhook). The real Spin CLI needs one named.
    let port = match runtime {
        Runtime::Harness => 0,
        Runtime::Cli(_) => std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port(),
    };
    let logs = dirs.dir.join("logs");
    std::fs::create_dir_all(&logs).unwrap();
    // The harness writes the app's output to its stderr, kept where Spin keeps it; Spin's own
    // output would hold the test's pipes open (the app logs to --log-dir).
    let stderr = match runtime {
        Runtime::Harness => std::fs::File::create(logs.join("harness_stderr.txt"))
            .unwrap()
            .into(),
        Runtime::Cli(_) => Stdio::null(),
    };
    let mut command = tokio::process::Command::new(runtime.program());
    command
        .args(["up", "--from"])
        .arg(workspace_dir().join("spin.toml"))
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .arg("--state-dir")
        .arg(dirs.dir.join("state"))
        .arg("--log-dir")
        .arg(&logs)
        .env("SPIN_VARIABLE_BOT_SECRET", secret)
        .env("SPIN_VARIABLE_NEXTCLOUD_URL", nextcloud)
        .stdout(Stdio::null())
        .stderr(stderr)
        .process_group(0)
        .kill_on_drop(true);
    if let Some(config) = dirs.runtime_config {
        command.arg("--runtime-config-file").arg(config);
    }
    for (name, value) in variables {
        command.env(format!("SPIN_VARIABLE_{}", name.to_uppercase()), value);
    }
    let child = command
        .spawn()
        .unwrap_or_else(|e| panic!("starting spin up on {runtime}: {e}"));
    let addr = match runtime {
        Runtime::Harness => {
            // "spin harness: serving http://127.0.0.1:<port>/nextcloud-talk-webhook"
            let said = logs.join("harness_stderr.txt");
            let serving = || {
                std::fs::read_to_string(&said).ok().and_then(|text| {
                    let rest = text.split("spin harness: serving http://").nth(1)?;
                    Some(rest.split('/').next()?.to_string())
                })
            };
            eventually("the Spin harness serving", START, || serving().is_some()).await;
            serving().unwrap_or_default()
        }
        Runtime::Cli(_) => {
            let addr = format!("127.0.0.1:{port}");
            eventually(&format!("spin up on {runtime} listening"), START, || {
                std::net::TcpStream::connect(&addr).is_ok()
            })
            .await;
            addr
        }
    };
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
