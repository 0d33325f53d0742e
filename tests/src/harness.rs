//! Running a real talkbot (in-process, on loopback) against the Talk simulator.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use talkbot::app::App;
use talkbot::config::Config;
use talkbot::simulator::Simulator;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The secret both sides use unless a test says otherwise.
pub const SECRET: &str = "e2e-secret-0123456789abcdef0123456789abcdef";

/// A fresh, empty data folder.
pub fn data_dir(name: &str) -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = std::env::temp_dir().join(format!(
        "talkbot-e2e-{}-{name}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creating a data folder");
    dir
}

/// A configuration for a bot answering `nextcloud_url`, listening on an ephemeral port.
pub fn config(
    nextcloud_url: &str,
    secret: &str,
    data_dir: &Path,
    extra_env: &[(&str, &str)],
) -> Config {
    load(nextcloud_url, secret, data_dir, extra_env, None)
}

/// [`config`] plus a TOML configuration file with `toml` (written into `data_dir`).
pub fn config_with_file(
    nextcloud_url: &str,
    secret: &str,
    data_dir: &Path,
    extra_env: &[(&str, &str)],
    toml: &str,
) -> Config {
    let path = data_dir.join("talkbot.toml");
    std::fs::write(&path, toml).expect("writing the configuration file");
    load(nextcloud_url, secret, data_dir, extra_env, Some(&path))
}

fn load(
    nextcloud_url: &str,
    secret: &str,
    data_dir: &Path,
    extra_env: &[(&str, &str)],
    file: Option<&Path>,
) -> Config {
    let data = data_dir.display().to_string();
    let base = [
        ("NEXTCLOUD_URL", nextcloud_url),
        ("NEXTCLOUD_TALK_BOT_SECRET", secret),
        ("TALKBOT_LISTEN", "127.0.0.1:0"),
        ("TALKBOT_DATA_DIR", data.as_str()),
    ];
    let env = |key: &str| {
        extra_env
            .iter()
            .chain(base.iter())
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_string())
    };
    let mut config = Config::load(&env, file).expect("valid test configuration");
    config.delivery.initial_backoff = Duration::from_millis(20);
    config.delivery.max_backoff = Duration::from_millis(200);
    config
}

/// A running bot.
pub struct Bot {
    pub app: Arc<App>,
    /// The webhook URL.
    pub url: String,
    /// `http://host:port` of the health and metrics listener, when it has its own.
    pub admin_url: Option<String>,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl Bot {
    /// Start the ingress and the worker.
    pub async fn start(config: Config) -> Bot {
        let app = App::new(config).expect("starting the app");
        let listener = talkbot::server::bind(app.config.listen)
            .await
            .expect("binding");
        let url = format!(
            "http://{}{}",
            listener.local_addr().unwrap(),
            app.config.webhook_path
        );
        let (stop, stopped) = watch::channel(false);
        let mut tasks = Vec::new();
        let mut admin_url = None;
        if let Some(addr) = app.config.metrics_listen {
            let admin = talkbot::server::bind(addr).await.expect("binding");
            admin_url = Some(format!("http://{}", admin.local_addr().unwrap()));
            let (app, stopped) = (app.clone(), stopped.clone());
            tasks.push(tokio::spawn(async move {
                let role = talkbot::server::Role::Admin;
                let _ = talkbot::server::serve(app, admin, role, 64, stopped).await;
            }));
        }
        let with_admin = admin_url.is_none();
        tasks.push(tokio::spawn({
            let (app, stopped) = (app.clone(), stopped.clone());
            async move {
                let role = talkbot::server::Role::Webhooks { with_admin };
                let slots = app.config.max_connections.unwrap_or(1024);
                let _ = talkbot::server::serve(app, listener, role, slots, stopped).await;
            }
        }));
        tasks.push(tokio::spawn(talkbot::worker::run(app.clone(), stopped)));
        Bot {
            app,
            url,
            admin_url,
            stop,
            tasks,
        }
    }

    /// Stop accepting and stop the worker.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

/// `(name, value)` pairs as [`config`] takes them.
pub fn env_refs<'a>(env: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    env.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// The reaction requests the simulator answered, in order: (method, message id, emoji, status).
pub fn reaction_log(sim: &Simulator) -> Vec<(String, u64, String, u16)> {
    sim.state
        .lock()
        .unwrap()
        .reaction_log
        .iter()
        .map(|(method, _, id, emoji, status)| (method.clone(), *id, emoji.clone(), *status))
        .collect()
}

/// Start a simulator whose bots use `secrets`.
pub async fn simulator(secrets: &[&str]) -> Simulator {
    Simulator::start(
        "127.0.0.1:0".parse().unwrap(),
        secrets.iter().map(|s| s.to_string()).collect(),
    )
    .await
    .expect("starting the simulator")
}

/// Wait until `check` holds (polling), or panic with `what` after `timeout`.
pub async fn eventually(what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + timeout;
    while !check() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The id of the marker message [`quiet`] sends (far above the ids tests use).
pub const MARKER_ID: u64 = 9_000_000;

/// Proves a conversation quiet instead of sleeping and hoping: sends a marker message (a
/// mention, so every mode answers it) to `room` and waits for the bot's reply to it. Replies in
/// one conversation are delivered in order, so whatever the bot was still going to post there
/// for earlier webhooks has been posted by then. Returns every message posted before the
/// marker's reply.
pub async fn quiet(
    sim: &Simulator,
    bot_url: &str,
    secret: &str,
    room: &str,
) -> Vec<talkbot::simulator::Posted> {
    let body = talkbot::simulator::create_body(
        room,
        MARKER_ID,
        "users/marker",
        "Marker",
        "@talkbot marker",
    );
    let (status, text) = sim
        .send_webhook(bot_url, secret, body)
        .await
        .expect("sending the marker");
    assert_eq!(status, 200, "the marker was refused: {text}");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let messages = sim.messages();
        if let Some(at) = messages
            .iter()
            .position(|m| m.token == room && m.reply_to == Some(MARKER_ID))
        {
            return messages[..at].to_vec();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the marker was not answered: {messages:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Send only the head of a webhook request (`headers`, each line ending in CRLF) and read what
/// the bot answers before any body arrives (panics if it waits for one).
pub async fn raw_post(bot_url: &str, headers: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = bot_url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST /nextcloud-talk-webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{headers}\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 512];
    let n = tokio::time::timeout(Duration::from_secs(3), stream.read(&mut answer))
        .await
        .expect("answered before the body arrived")
        .unwrap();
    String::from_utf8_lossy(&answer[..n]).into_owned()
}
