//! Open-loop benchmark of what a user waits for: the time from Talk sending a webhook to Talk
//! receiving the bot's reply, at fixed rates over many conversations, then a saturating burst.
//!
//! Run: `bash bench/openloop.sh` (builds `talkbot` in release and runs this;
//! `BASE=<older talkbot>` measures that build too, in the same sitting, and prints the ratios).
//! Prints tables; asserts nothing. `EDGE=1` measures the Cloudflare Worker under workerd
//! (`component/cloudflare`) instead of an older build, beside this build at the same fixed
//! rates (e.g. `EDGE=1 RATES=50,100,250,500 bash bench/openloop.sh`); `HOSTS=1` measures every
//! host — native, the Spin app on the project's harness (its drain route called every 100 ms),
//! Node and the Worker — at the same fixed rates and prints their ack and reply p99 side by side.
//!
//! Each measured binary runs `talkbot serve` (echo responder, status reactions off) against a
//! light Talk stand-in in this process, which checks every reply's signature the way Talk does
//! (HMAC-SHA256 over random + message) and records when each reply arrived. Webhooks are
//! signed in advance and sent open-loop: webhook *i* leaves at `start + i / rate` whatever the
//! earlier ones did, so a slow bot shows as latency, not as a lower offered rate (no
//! coordinated omission: latencies count from the scheduled time). CPU is read from
//! `/proc/<pid>/stat` for the bot and `/proc/self/stat` for this process (the sender and the
//! stand-in together: what the load tools cost).

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use talkbot::simulator::{CreateBody, talk_signature};

const SECRET: &str = "openloop-benchmark-secret-0123456789abcdef";

/// Replies the stand-in received: (token, replyTo) → when.
#[derive(Default)]
struct Talk {
    arrived: HashMap<(String, u64), Instant>,
    /// Answer every message 503 (Talk down) instead of storing it.
    refuse: bool,
    bad_signatures: u64,
    other: u64,
}

/// The Talk stand-in: `POST …/bot/{token}/message` checked and recorded, anything else 201.
async fn talk_stand_in() -> (SocketAddr, Arc<Mutex<Talk>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let talk: Arc<Mutex<Talk>> = Arc::default();
    let shared = talk.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let talk = shared.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request| {
                    let talk = talk.clone();
                    async move { Ok::<_, Infallible>(answer(&talk, request).await) }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (addr, talk)
}

async fn answer(
    talk: &Mutex<Talk>,
    request: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let path = request.uri().path().to_string();
    let header = |name: &str| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let (random, signature) = (
        header("x-nextcloud-talk-bot-random"),
        header("x-nextcloud-talk-bot-signature"),
    );
    let body = request
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let token = path
        .strip_suffix("/message")
        .and_then(|p| p.rsplit('/').next())
        .map(str::to_string);
    let status = match token {
        Some(token) => {
            let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            let message = json["message"].as_str().unwrap_or_default();
            let reply_to = json["replyTo"].as_u64().unwrap_or(0);
            let expected = talk_signature(SECRET, &random, message.as_bytes());
            let mut talk = talk.lock().unwrap();
            if talk.refuse {
                503
            } else if expected.eq_ignore_ascii_case(&signature) {
                // A re-sent reply keeps its first arrival.
                talk.arrived
                    .entry((token, reply_to))
                    .or_insert_with(Instant::now);
                201
            } else {
                talk.bad_signatures += 1;
                401
            }
        }
        None => {
            talk.lock().unwrap().other += 1;
            201
        }
    };
    let mut response = hyper::Response::new(Full::new(Bytes::from_static(
        b"{\"ocs\":{\"meta\":{\"status\":\"ok\",\"statuscode\":201},\"data\":[]}}",
    )));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap();
    response
}

/// A signed webhook ready to send.
struct Webhook {
    token: String,
    id: u64,
    random: String,
    signature: String,
    body: Bytes,
}

fn webhooks(first_id: u64, n: usize, rooms: usize) -> Vec<Webhook> {
    (0..n)
        .map(|i| {
            let id = first_id + i as u64;
            let token = format!("room{:04}", i % rooms);
            let body =
                CreateBody::new(&token, id, "users/ada", "Ada", &format!("ping {id}")).build();
            let random = format!("{:064x}", id.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let signature = talk_signature(SECRET, &random, &body);
            Webhook {
                token,
                id,
                random,
                signature,
                body: Bytes::from(body),
            }
        })
        .collect()
}

/// User + system CPU seconds of a process (`/proc/<pid>/stat`, clock ticks of 1/100 s).
fn cpu_seconds(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn peak_rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

/// The bot under test.
struct Bot {
    child: std::process::Child,
    url: String,
    /// `X-Nextcloud-Talk-Backend`: the Nextcloud the bot is configured for.
    backend: String,
    _dir: std::path::PathBuf,
    /// The Spin app's scheduler (its drain route every 100 ms), stopped with the bot.
    scheduler: Option<tokio::task::JoinHandle<()>>,
}

/// A free loopback port.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Wait until something listens on `port`.
async fn listening(port: u16) {
    for _ in 0..1200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("nothing listens on {port}");
}

/// A fresh working folder for the host `label`.
fn fresh_dir(label: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("talkbot-openloop-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

impl Bot {
    async fn start(bin: &str, talk: SocketAddr, label: &str) -> Bot {
        let dir =
            std::env::temp_dir().join(format!("talkbot-openloop-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Bot::start_in(bin, &format!("http://{talk}"), &dir).await
    }

    /// `talkbot serve` answering Talk at `nextcloud`, its queue in `dir` (kept if there).
    async fn start_in(bin: &str, nextcloud: &str, dir: &std::path::Path) -> Bot {
        let dir = dir.to_path_buf();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("talkbot.toml"), "status_reactions = false\n").unwrap();
        let child = std::process::Command::new(bin)
            .arg("serve")
            .env("NEXTCLOUD_URL", nextcloud)
            .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
            .env("TALKBOT_LISTEN", format!("127.0.0.1:{port}"))
            .env("TALKBOT_DATA_DIR", &dir)
            .env("TALKBOT_CONFIG", dir.join("talkbot.toml"))
            .env("TALKBOT_LOG", "error")
            .spawn()
            .unwrap_or_else(|e| panic!("starting {bin}: {e}"));
        let url = format!("http://127.0.0.1:{port}");
        let client = reqwest::Client::new();
        for _ in 0..400 {
            if client
                .get(format!("{url}/healthz"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        Bot {
            child,
            url,
            backend: format!("{}/", nextcloud.trim_end_matches('/')),
            _dir: dir,
            scheduler: None,
        }
    }

    /// The Cloudflare Worker under workerd (`component/cloudflare/workerd.capnp`), answering
    /// the stand-in, its Durable Objects in a fresh folder.
    async fn start_edge(talk: SocketAddr, label: &str) -> Bot {
        let folder = talkbot_tests::workerd::folder();
        talkbot_tests::jco_build(&folder, &[]);
        let dir = fresh_dir(label);
        let port = free_port();
        let nextcloud = format!("http://{talk}");
        let child = std::process::Command::new(folder.join("node_modules/.bin/workerd"))
            .arg("serve")
            .arg(folder.join("workerd.capnp"))
            .arg("--directory-path")
            .arg(format!("storage={}", dir.display()))
            .arg("--socket-addr")
            .arg(format!("http=127.0.0.1:{port}"))
            .env_clear()
            .env("BOT_SECRET", SECRET)
            .env("NEXTCLOUD_URL", &nextcloud)
            .env("STATUS_REACTIONS", "off")
            .spawn()
            .unwrap_or_else(|e| panic!("starting workerd: {e}"));
        listening(port).await;
        Bot {
            child,
            url: format!("http://127.0.0.1:{port}"),
            backend: format!("{nextcloud}/"),
            _dir: dir,
            scheduler: None,
        }
    }

    /// The Spin app on the project's Spin harness (`talkbot-spin-harness up --from spin.toml`),
    /// with a scheduler calling its drain route every 100 ms, as `deploy/spin-drain.sh` does.
    async fn start_spin(talk: SocketAddr) -> Bot {
        const DRAIN_TOKEN: &str = "openloop-drain-token-0123456789";
        let dir = fresh_dir("spin");
        let port = free_port();
        let nextcloud = format!("http://{talk}");
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_talkbot-spin-harness"))
            .args(["up", "--from"])
            .arg(talkbot_tests::workspace_dir().join("spin.toml"))
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .arg("--state-dir")
            .arg(dir.join("state"))
            .arg("--log-dir")
            .arg(dir.join("logs"))
            .env("SPIN_VARIABLE_BOT_SECRET", SECRET)
            .env("SPIN_VARIABLE_NEXTCLOUD_URL", &nextcloud)
            .env("SPIN_VARIABLE_STATUS_REACTIONS", "off")
            .env("SPIN_VARIABLE_DRAIN_TOKEN", DRAIN_TOKEN)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting the Spin harness: {e}"));
        listening(port).await;
        let drain = format!("http://127.0.0.1:{port}/talkbot/drain");
        let scheduler = tokio::spawn(async move {
            let client = reqwest::Client::new();
            loop {
                let _ = client.post(&drain).bearer_auth(DRAIN_TOKEN).send().await;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        });
        Bot {
            child,
            url: format!("http://127.0.0.1:{port}"),
            backend: format!("{nextcloud}/"),
            _dir: dir,
            scheduler: Some(scheduler),
        }
    }

    /// `component/examples/node/bot.mjs` (the component in Node through jco).
    async fn start_node(talk: SocketAddr) -> Bot {
        let folder = talkbot_tests::workspace_dir().join("component/examples/node");
        talkbot_tests::jco_build(&folder, &[]);
        let port = free_port();
        let nextcloud = format!("http://{talk}");
        let child = std::process::Command::new("node")
            .arg("bot.mjs")
            .current_dir(&folder)
            .env("NEXTCLOUD_URL", &nextcloud)
            .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
            .env("TALKBOT_LISTEN", format!("127.0.0.1:{port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting node bot.mjs: {e}"));
        listening(port).await;
        Bot {
            child,
            url: format!("http://127.0.0.1:{port}"),
            backend: format!("{nextcloud}/"),
            _dir: fresh_dir("node"),
            scheduler: None,
        }
    }

    fn pid(&self) -> String {
        self.child.id().to_string()
    }
}

impl Drop for Bot {
    /// SIGTERM and wait (the queue folder stays: a later bot may drain it).
    fn drop(&mut self) {
        if let Some(scheduler) = self.scheduler.take() {
            scheduler.abort();
        }
        let _ = std::process::Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

/// One row of the table.
#[derive(Clone)]
struct Row {
    label: String,
    acks_per_s: f64,
    ack_p99: Duration,
    reply_p50: Duration,
    reply_p99: Duration,
    reply_max: Duration,
    replies_per_s: f64,
    /// Replies that arrived while the webhooks were still being sent.
    replies_during: usize,
    lost: usize,
    bot_cpu_ms_per_1k: f64,
    tool_cpu_ms_per_1k: f64,
}

/// Sends webhooks to the bot and records each acknowledgement's latency.
#[derive(Clone)]
struct Sender {
    client: reqwest::Client,
    url: String,
    backend: String,
    acks: Arc<Mutex<Vec<Duration>>>,
}

impl Sender {
    async fn send(&self, hook: Webhook, at: Instant) {
        let response = self
            .client
            .post(&self.url)
            .header("content-type", "application/json")
            .header("x-nextcloud-talk-random", &hook.random)
            .header("x-nextcloud-talk-signature", &hook.signature)
            .header("x-nextcloud-talk-backend", &self.backend)
            .body(hook.body)
            .send()
            .await;
        if response.is_ok_and(|r| r.status().is_success()) {
            self.acks.lock().unwrap().push(at.elapsed());
        }
    }
}

/// Saturation: 32 connections, each sending its share back to back.
async fn saturate(sender: &Sender, hooks: Vec<Webhook>) {
    let queue = Arc::new(Mutex::new(hooks.into_iter()));
    let mut workers = Vec::new();
    for _ in 0..32 {
        let (queue, sender) = (queue.clone(), sender.clone());
        workers.push(tokio::spawn(async move {
            loop {
                let next = queue.lock().unwrap().next();
                let Some(hook) = next else { break };
                sender.send(hook, Instant::now()).await;
            }
        }));
    }
    for worker in workers {
        let _ = worker.await;
    }
}

/// Send `hooks` at `rate` per second (None: as fast as `concurrency` connections allow), then
/// wait for every reply.
async fn run_step(
    bot: &Bot,
    talk: &Arc<Mutex<Talk>>,
    hooks: Vec<Webhook>,
    rate: Option<f64>,
    label: &str,
) -> Row {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()
        .unwrap();
    let url = format!("{}/nextcloud-talk-webhook", bot.url);
    let n = hooks.len();
    let keys: Vec<(String, u64)> = hooks.iter().map(|h| (h.token.clone(), h.id)).collect();
    // Every key of this step is new: arrivals are counted, not looked up (a scan of every key
    // each 20 ms cost the load tools more CPU than the stand-in itself).
    let arrived_before = talk.lock().unwrap().arrived.len();
    let (bot_cpu0, tool_cpu0) = (cpu_seconds(&bot.pid()), cpu_seconds("self"));
    let start = Instant::now();
    let scheduled: Vec<Instant> = match rate {
        Some(rate) => (0..n)
            .map(|i| start + Duration::from_secs_f64(i as f64 / rate))
            .collect(),
        None => vec![start; n],
    };
    let acks: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let sender = Sender {
        client: client.clone(),
        url: url.clone(),
        backend: bot.backend.clone(),
        acks: acks.clone(),
    };
    match rate {
        Some(_) => {
            let mut tasks = Vec::with_capacity(n);
            for (hook, at) in hooks.into_iter().zip(scheduled.iter().copied()) {
                tokio::time::sleep_until(at.into()).await;
                let sender = sender.clone();
                tasks.push(tokio::spawn(async move { sender.send(hook, at).await }));
            }
            for task in tasks {
                let _ = task.await;
            }
        }
        None => saturate(&sender, hooks).await,
    }
    let sent_for = start.elapsed();
    let replies_during = {
        let talk = talk.lock().unwrap();
        keys.iter()
            .filter(|k| talk.arrived.contains_key(*k))
            .count()
    };
    // Wait for the replies (at most 60 s after the last webhook).
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let got = talk.lock().unwrap().arrived.len() - arrived_before;
        if got >= n || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (bot_cpu, tool_cpu) = (
        cpu_seconds(&bot.pid()) - bot_cpu0,
        cpu_seconds("self") - tool_cpu0,
    );
    let talk = talk.lock().unwrap();
    let mut latencies: Vec<Duration> = Vec::with_capacity(n);
    let mut last = start;
    for (key, at) in keys.iter().zip(&scheduled) {
        if let Some(arrived) = talk.arrived.get(key) {
            let from = match rate {
                Some(_) => *at,
                None => start,
            };
            latencies.push(arrived.saturating_duration_since(from));
            last = last.max(*arrived);
        }
    }
    latencies.sort();
    let mut acks = acks.lock().unwrap().clone();
    acks.sort();
    Row {
        label: label.to_string(),
        acks_per_s: acks.len() as f64 / sent_for.as_secs_f64(),
        ack_p99: percentile(&acks, 0.99),
        reply_p50: percentile(&latencies, 0.50),
        reply_p99: percentile(&latencies, 0.99),
        reply_max: latencies.last().copied().unwrap_or_default(),
        replies_per_s: latencies.len() as f64 / last.duration_since(start).as_secs_f64().max(1e-9),
        replies_during,
        lost: n - latencies.len(),
        bot_cpu_ms_per_1k: bot_cpu * 1000.0 / n as f64 * 1000.0,
        tool_cpu_ms_per_1k: tool_cpu * 1000.0 / n as f64 * 1000.0,
    }
}

/// The fixed rates only, against a started bot (`EDGE=1`: the native host, then the Worker
/// under workerd; the native host's burst and backlog steps are not run — workerd is one
/// process and one isolate here, and no target is set for it yet): its rows and peak RSS.
async fn measure_rates(bot: Bot, talk: &Arc<Mutex<Talk>>, config: &Settings) -> (Vec<Row>, f64) {
    let mut next_id = 1_000;
    let warm = webhooks(next_id, 500, config.rooms);
    next_id += 500;
    run_step(&bot, talk, warm, Some(100.0), "warm-up").await;
    let rows = fixed_rates(&bot, talk, config, &mut next_id).await;
    assert_eq!(
        talk.lock().unwrap().bad_signatures,
        0,
        "replies with a bad signature"
    );
    let rss = peak_rss_mb(bot.child.id());
    let used = bot._dir.clone();
    drop(bot);
    let _ = std::fs::remove_dir_all(used);
    (rows, rss)
}

/// Every step against one binary: the rows and the bot's peak RSS.
async fn measure(bin: &str, label: &str, config: &Settings) -> (Vec<Row>, f64) {
    let (addr, talk) = talk_stand_in().await;
    let bot = Bot::start(bin, addr, label).await;
    let mut rows = Vec::new();
    let mut next_id = 1_000;
    // Warm-up: the bot's pools, the page cache, the connections.
    let warm = webhooks(next_id, 2_000, config.rooms);
    next_id += 2_000;
    run_step(&bot, &talk, warm, Some(1_000.0), "warm-up").await;
    rows.extend(fixed_rates(&bot, &talk, config, &mut next_id).await);
    let n = config.burst;
    let hooks = webhooks(next_id, n, config.rooms);
    next_id += n as u64;
    rows.push(run_step(&bot, &talk, hooks, None, "burst").await);
    let hooks = webhooks(next_id, config.burst / 10, 1);
    next_id += (config.burst / 10) as u64;
    rows.push(run_step(&bot, &talk, hooks, None, "burst, 1 room").await);
    let bad = talk.lock().unwrap().bad_signatures;
    assert_eq!(bad, 0, "{label}: replies with a bad signature");
    let mut rss = peak_rss_mb(bot.child.id());
    let used = bot._dir.clone();
    drop(bot);
    let _ = std::fs::remove_dir_all(used);

    // The ingress alone: Nextcloud unreachable (deliveries back off), a saturating burst of
    // durable acks. Then a bot on that queue drains the backlog to the stand-in.
    let dir = std::env::temp_dir().join(format!(
        "talkbot-openloop-{label}-backlog-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let unreachable = Bot::start_in(bin, &format!("http://{addr}"), &dir).await;
    talk.lock().unwrap().refuse = true;
    let n = config.burst;
    let hooks = webhooks(next_id, n, config.rooms);
    let keys: Vec<(String, u64)> = hooks.iter().map(|h| (h.token.clone(), h.id)).collect();
    eprintln!("{label}: ingress-only bot pid {}", unreachable.pid());
    let mut row = run_ingress(&unreachable, hooks).await;
    rss = rss.max(peak_rss_mb(unreachable.child.id()));
    drop(unreachable);
    talk.lock().unwrap().refuse = false;
    let arrived_before = talk.lock().unwrap().arrived.len();
    let start = Instant::now();
    let drainer = Bot::start_in(bin, &format!("http://{addr}"), &dir).await;
    let cpu0 = cpu_seconds(&drainer.pid());
    eprintln!("{label}: draining bot pid {}", drainer.pid());
    let deadline = Instant::now() + Duration::from_secs(120);
    while talk.lock().unwrap().arrived.len() - arrived_before < n && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let drain_cpu = cpu_seconds(&drainer.pid()) - cpu0;
    let (got, last) = {
        let talk = talk.lock().unwrap();
        let arrived: Vec<Instant> = keys
            .iter()
            .filter_map(|k| talk.arrived.get(k).copied())
            .collect();
        (arrived.len(), arrived.into_iter().max().unwrap_or(start))
    };
    row.lost = n - got;
    rows.push(row);
    rows.push(Row {
        label: "drain the backlog (incl. start-up)".into(),
        acks_per_s: 0.0,
        ack_p99: Duration::ZERO,
        reply_p50: Duration::ZERO,
        reply_p99: Duration::ZERO,
        reply_max: Duration::ZERO,
        replies_per_s: (n - rows.last().map_or(0, |r| r.lost)) as f64
            / last.duration_since(start).as_secs_f64().max(1e-9),
        replies_during: 0,
        lost: rows.last().map_or(0, |r| r.lost),
        bot_cpu_ms_per_1k: drain_cpu * 1000.0 / n as f64 * 1000.0,
        tool_cpu_ms_per_1k: 0.0,
    });
    rss = rss.max(peak_rss_mb(drainer.child.id()));
    drop(drainer);
    let _ = std::fs::remove_dir_all(&dir);
    (rows, rss)
}

/// One step per configured rate, `seconds` long each, over `rooms` conversations.
async fn fixed_rates(
    bot: &Bot,
    talk: &Arc<Mutex<Talk>>,
    config: &Settings,
    next_id: &mut u64,
) -> Vec<Row> {
    let mut rows = Vec::new();
    for rate in &config.rates {
        let n = (rate * config.seconds) as usize;
        let hooks = webhooks(*next_id, n, config.rooms);
        *next_id += n as u64;
        rows.push(run_step(bot, talk, hooks, Some(*rate), &format!("{rate}/s")).await);
    }
    rows
}

/// Durable acks only: a saturating burst from 32 connections, no replies expected.
async fn run_ingress(bot: &Bot, hooks: Vec<Webhook>) -> Row {
    let n = hooks.len();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()
        .unwrap();
    let acks: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let sender = Sender {
        client,
        url: format!("{}/nextcloud-talk-webhook", bot.url),
        backend: bot.backend.clone(),
        acks: acks.clone(),
    };
    let (bot_cpu0, tool_cpu0) = (cpu_seconds(&bot.pid()), cpu_seconds("self"));
    let start = Instant::now();
    saturate(&sender, hooks).await;
    let elapsed = start.elapsed();
    let mut acks = acks.lock().unwrap().clone();
    acks.sort();
    Row {
        label: "acks only, Nextcloud refusing (503)".into(),
        acks_per_s: acks.len() as f64 / elapsed.as_secs_f64(),
        ack_p99: percentile(&acks, 0.99),
        reply_p50: Duration::ZERO,
        reply_p99: Duration::ZERO,
        reply_max: Duration::ZERO,
        replies_per_s: 0.0,
        replies_during: 0,
        lost: n - acks.len(),
        bot_cpu_ms_per_1k: (cpu_seconds(&bot.pid()) - bot_cpu0) * 1000.0 / n as f64 * 1000.0,
        tool_cpu_ms_per_1k: (cpu_seconds("self") - tool_cpu0) * 1000.0 / n as f64 * 1000.0,
    }
}

struct Settings {
    rates: Vec<f64>,
    seconds: f64,
    rooms: usize,
    burst: usize,
}

fn print(label: &str, rows: &[Row], rss: f64, rooms: usize) {
    println!("\n{label}: {rooms} conversations, echo responder, peak RSS {rss:.1} MB");
    println!(
        "| step | acks/s | ack p99 ms | reply p50 ms | p99 ms | max ms | replies/s | replied while sending | lost | bot CPU ms/1k | tools CPU ms/1k |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for r in rows {
        println!(
            "| {} | {:.0} | {} | {} | {} | {} | {:.0} | {} | {} | {:.0} | {:.0} |",
            r.label,
            r.acks_per_s,
            ms(r.ack_p99),
            ms(r.reply_p50),
            ms(r.reply_p99),
            ms(r.reply_max),
            r.replies_per_s,
            r.replies_during,
            r.lost,
            r.bot_cpu_ms_per_1k,
            r.tool_cpu_ms_per_1k
        );
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let bin = env("BIN").unwrap_or_else(|| {
        let target = env("CARGO_TARGET_DIR").unwrap_or_else(|| {
            talkbot_tests::workspace_dir()
                .join("target")
                .display()
                .to_string()
        });
        format!("{target}/release/talkbot")
    });
    let settings = Settings {
        rates: env("RATES")
            .unwrap_or_else(|| "250,500,1000,2000,4000".into())
            .split(',')
            .filter_map(|r| r.trim().parse().ok())
            .collect(),
        seconds: env("SECONDS").and_then(|s| s.parse().ok()).unwrap_or(5.0),
        rooms: env("ROOMS").and_then(|s| s.parse().ok()).unwrap_or(64),
        burst: env("BURST").and_then(|s| s.parse().ok()).unwrap_or(40_000),
    };
    let mut results = Vec::new();
    if let Some(base) = env("BASE") {
        results.push((
            "base",
            base.clone(),
            measure(&base, "base", &settings).await,
        ));
    }
    if env("HOSTS").is_some() {
        // Every host at the same fixed rates, one after the other: what the person who wrote
        // waits for (the ack: Talk sends the webhook from inside their request) and the reply.
        let fixed = Settings {
            burst: 0,
            ..settings
        };
        let mut summary = Vec::new();
        for host in ["native", "spin", "node", "edge"] {
            let (addr, talk) = talk_stand_in().await;
            let bot = match host {
                "native" => Bot::start(&bin, addr, "native").await,
                "spin" => Bot::start_spin(addr).await,
                "node" => Bot::start_node(addr).await,
                _ => Bot::start_edge(addr, "edge").await,
            };
            let (rows, rss) = measure_rates(bot, &talk, &fixed).await;
            print(host, &rows, rss, fixed.rooms);
            summary.push((host, rows));
        }
        println!("\nack p99 / reply p99 in ms, per host (this sitting):");
        print!("| rate |");
        for (host, _) in &summary {
            print!(" {host} |");
        }
        println!("\n|---|{}", "---|".repeat(summary.len()));
        for (i, rate) in fixed.rates.iter().enumerate() {
            print!("| {rate}/s |");
            for (_, rows) in &summary {
                let r = &rows[i];
                print!(
                    " {} / {} ({} lost) |",
                    ms(r.ack_p99),
                    ms(r.reply_p99),
                    r.lost
                );
            }
            println!();
        }
        return;
    }
    if env("EDGE").is_some() {
        // The native host and the Worker at the same fixed rates, one after the other.
        let native = Settings {
            burst: 0,
            ..settings
        };
        let (addr, talk) = talk_stand_in().await;
        let bot = Bot::start(&bin, addr, "native").await;
        let (rows, rss) = measure_rates(bot, &talk, &native).await;
        print(&format!("native ({bin})"), &rows, rss, native.rooms);
        let (addr, talk) = talk_stand_in().await;
        let bot = Bot::start_edge(addr, "edge").await;
        let (edge, edge_rss) = measure_rates(bot, &talk, &native).await;
        print(
            "edge (workerd, component/cloudflare)",
            &edge,
            edge_rss,
            native.rooms,
        );
        println!("\nedge / native (side by side, this sitting):");
        println!("| step | acks/s | ack p99 | reply p99 | replies/s | CPU/1k |");
        println!("|---|---|---|---|---|---|");
        for (n, e) in rows.iter().zip(&edge) {
            println!(
                "| {} | {:.2}x | {:.2}x | {:.2}x | {:.2}x | {:.2}x |",
                e.label,
                e.acks_per_s / n.acks_per_s.max(1e-9),
                e.ack_p99.as_secs_f64() / n.ack_p99.as_secs_f64().max(1e-9),
                e.reply_p99.as_secs_f64() / n.reply_p99.as_secs_f64().max(1e-9),
                e.replies_per_s / n.replies_per_s.max(1e-9),
                e.bot_cpu_ms_per_1k / n.bot_cpu_ms_per_1k.max(1e-9),
            );
        }
        println!("peak RSS: {:.2}x", edge_rss / rss.max(1e-9));
        return;
    }
    results.push(("new", bin.clone(), measure(&bin, "new", &settings).await));
    for (label, bin, (rows, rss)) in &results {
        print(&format!("{label} ({bin})"), rows, *rss, settings.rooms);
    }
    if let [(_, _, (base, base_rss)), (_, _, (new, new_rss))] = results.as_slice() {
        println!("\nnew / base (side by side, this sitting):");
        println!("| step | acks/s | reply p99 | replies/s | bot CPU/1k |");
        println!("|---|---|---|---|---|");
        for (b, n) in base.iter().zip(new) {
            println!(
                "| {} | {:.2}x | {:.2}x | {:.2}x | {:.2}x |",
                n.label,
                n.acks_per_s / b.acks_per_s.max(1e-9),
                n.reply_p99.as_secs_f64() / b.reply_p99.as_secs_f64().max(1e-9),
                n.replies_per_s / b.replies_per_s.max(1e-9),
                n.bot_cpu_ms_per_1k / b.bot_cpu_ms_per_1k.max(1e-9),
            );
        }
        println!("peak RSS: {:.2}x", new_rss / base_rss.max(1e-9));
    }
}
