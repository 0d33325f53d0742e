//! The Cloudflare Worker (`component/cloudflare`) under the real `workerd` from npm, run as a
//! process on loopback with `component/cloudflare/workerd.capnp` as it is committed: its
//! variables from the environment, its Durable Objects' SQLite in a folder of the test's
//! (kept across a restart), the Talk simulator and a model stand-in reached through its
//! network service.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::harness::SECRET;
use crate::workspace_dir;

/// The Worker's folder (`component/cloudflare`).
pub fn folder() -> PathBuf {
    workspace_dir().join("component/cloudflare")
}

/// Transpile this build's component into the Worker's `dist/` (once per test binary). False
/// (said on stderr) when the folder has no `node_modules`; under CI that fails instead.
fn built() -> bool {
    static BUILT: OnceLock<bool> = OnceLock::new();
    *BUILT.get_or_init(|| {
        let dir = folder();
        if !crate::npm_installed(&dir, "workerd", "the Worker") {
            return false;
        }
        crate::jco_build(&dir, &[]);
        true
    })
}

/// Whether the Worker can run here: its packages are installed (under CI they must be) and
/// `TALKBOT_SKIP_EMBEDDING` is not set; the component is transpiled into its `dist/`.
pub fn available() -> bool {
    std::env::var_os("TALKBOT_SKIP_EMBEDDING").is_none() && built()
}

/// `workerd serve` running the Worker; killed when dropped.
pub struct Workerd {
    child: Option<tokio::process::Child>,
    /// The workerd configuration it runs.
    config: PathBuf,
    /// The socket it serves, bound here on a port the kernel picked and handed to each
    /// workerd process (`--socket-fd`): no other process can take the port between picking and
    /// binding, and it stays the same across a restart (requests meanwhile wait in its
    /// backlog, as with systemd's socket activation).
    listener: std::net::TcpListener,
    port: u16,
    /// Where its Durable Objects keep their SQLite.
    pub storage: PathBuf,
    env: Vec<(String, String)>,
}

impl Workerd {
    /// Start the Worker answering Talk at `nextcloud` with the test secret, retrying after
    /// 20 ms, with `vars` (the README's names, lower case) besides, keeping its storage in
    /// `storage`. None when the Worker cannot run here (no `node_modules`, outside CI).
    pub async fn start(nextcloud: &str, storage: &Path, vars: &[(&str, &str)]) -> Option<Workerd> {
        Workerd::start_config(&folder().join("workerd.capnp"), nextcloud, storage, vars).await
    }

    /// [`Workerd::start`] with another workerd configuration (`config`, whose embeds are
    /// relative to it): the same services, sockets and variables as `workerd.capnp`.
    pub async fn start_config(
        config: &Path,
        nextcloud: &str,
        storage: &Path,
        vars: &[(&str, &str)],
    ) -> Option<Workerd> {
        if !available() {
            return None;
        }
        std::fs::create_dir_all(storage).expect("creating the storage folder");
        let mut env = vec![
            ("BOT_SECRET".to_string(), SECRET.to_string()),
            ("NEXTCLOUD_URL".to_string(), nextcloud.to_string()),
            ("RETRY_INITIAL_BACKOFF_MS".to_string(), "20".to_string()),
        ];
        for (name, value) in vars {
            env.retain(|(n, _)| *n != name.to_uppercase());
            env.push((name.to_uppercase(), value.to_string()));
        }
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binding a port");
        let port = listener.local_addr().expect("the bound address").port();
        let mut workerd = Workerd {
            child: None,
            config: config.to_path_buf(),
            listener,
            port,
            storage: storage.to_path_buf(),
            env,
        };
        workerd.spawn().await;
        Some(workerd)
    }

    async fn spawn(&mut self) {
        use std::os::fd::AsRawFd;
        let fd = self.listener.as_raw_fd();
        let dir = self.config.parent().expect("the configuration's folder");
        let mut command = tokio::process::Command::new(folder().join("node_modules/.bin/workerd"));
        command
            .arg("serve")
            .arg(&self.config)
            // The Worker's console (its log lines) to stderr.
            .arg("--verbose")
            .arg("--directory-path")
            .arg(format!("storage={}", self.storage.display()))
            .arg("--socket-fd")
            .arg(format!("http={fd}"))
            .current_dir(dir)
            // Only the variables given: nothing of the test's own environment leaks in.
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .kill_on_drop(true);
        // SAFETY: between fork and exec only `fcntl` runs (async-signal-safe): the socket,
        // opened close-on-exec, is left open for workerd.
        unsafe {
            command.pre_exec(move || {
                if libc::fcntl(fd, libc::F_SETFD, 0) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        self.child = Some(command.spawn().expect("starting workerd"));
        // Ready once it answers: connections are accepted by the kernel before workerd serves.
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = reqwest::Client::new();
        loop {
            let probe = client
                .get(format!("http://127.0.0.1:{}/", self.port))
                .timeout(Duration::from_secs(2))
                .send()
                .await;
            if probe.is_ok() {
                return;
            }
            assert!(Instant::now() < deadline, "workerd did not start serving");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The webhook URL.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/nextcloud-talk-webhook", self.port)
    }

    /// `kill -9`, as a crash would end it.
    pub async fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill().await;
        }
    }

    /// Start it again on the same storage (and port).
    pub async fn restart(&mut self) {
        self.kill().await;
        self.spawn().await;
    }

    /// The SQLite files of the Durable Objects of class `unique_key` (`talkbot-conversation`,
    /// `talkbot-breaker`): one per object that was ever written to.
    pub fn objects(&self, unique_key: &str) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(self.storage.join(unique_key)) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "sqlite"))
            // workerd's own (the alarms), not an object's.
            .filter(|p| !p.ends_with("metadata.sqlite"))
            .collect();
        files.sort();
        files
    }

    /// A count over every conversation object's SQLite (`SELECT count(*) FROM jobs WHERE …`).
    pub fn count_jobs(&self, condition: &str) -> i64 {
        self.objects("talkbot-conversation")
            .iter()
            .map(|file| {
                let db = rusqlite::Connection::open_with_flags(
                    file,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )
                .expect("opening a Durable Object's SQLite");
                db.query_row(
                    &format!("SELECT count(*) FROM jobs WHERE {condition}"),
                    [],
                    |row| row.get::<_, i64>(0),
                )
                .unwrap_or(0)
            })
            .sum()
    }
}
