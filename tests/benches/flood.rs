//! Flood benchmark of what Talk waits for while the webhook port is attacked: Talk sends each
//! webhook from inside the user's own chat request and gives up after 5 s, never retrying,
//! so a slow acknowledgement is a person waiting and a refused one a lost message.
//!
//! Run: `bash bench/flood.sh` (builds `talkbot` in release and runs this; `BASE=<older
//! talkbot>` measures that build too, in the same sitting). Prints a table; asserts nothing.
//!
//! Against each build, for `SECONDS` (20) after a ramp-up of 3 s:
//! - `IDLE` (2,500) connections that send nothing and reconnect as soon as they are cut;
//! - `UPLOADS` (1,000) uploads with a well-formed but bogus signature (so the body must be
//!   read before it can be refused), each declaring 1,040,000 bytes, sending 300 KB at once
//!   and then 1 KB every 100 ms, reconnecting when cut;
//! - real webhooks on fresh connections, as Talk sends them: a small one every 200 ms and a
//!   448 KB one (32,000 emoji, which Talk escapes to `\uXXXX`) every second.
//!
//! The flood comes from `FLOOD_FROM` (127.0.0.2: another host than Talk's, as an attacker
//! is; 127.0.0.1 shows the case where every request comes from one proxy).
//!
//! Printed per build: real webhooks sent, acknowledged (200) and not (status or error), ack
//! latency p50 / p99 / worst (small and large apart), the bot's peak RSS, connections shed, and
//! how many of the acknowledged webhooks Talk received a reply to once the flood stopped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use talkbot::simulator::{create_body, talk_signature};
use talkbot_tests::harness::{SECRET, data_dir, simulator};
use talkbot_tests::process::{Talkbot, free_port};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

struct Settings {
    from: std::net::IpAddr,
    idle: usize,
    uploads: usize,
    seconds: f64,
}

/// One build's figures.
struct Figures {
    sent: usize,
    acked: usize,
    failed: Vec<String>,
    small: Vec<Duration>,
    large: Vec<Duration>,
    peak_rss_mb: f64,
    shed: f64,
    replied: usize,
    flood_connections: u64,
    /// Connections the kernel dropped because the accept queue was full (machine-wide).
    listen_overflows: u64,
}

/// The machine's count of connections dropped for a full accept queue (`TcpExtListenOverflows`).
fn listen_overflows() -> u64 {
    let text = std::fs::read_to_string("/proc/net/netstat").unwrap_or_default();
    let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("TcpExt:")).collect();
    let [names, values] = lines.as_slice() else {
        return 0;
    };
    names
        .split_whitespace()
        .zip(values.split_whitespace())
        .find(|(name, _)| *name == "ListenOverflows")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0)
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
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// The bench and the bot each hold thousands of sockets.
fn raise_file_limit() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid pointer.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            limit.rlim_cur = limit.rlim_max.min(1 << 20);
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

/// A connection to the bot from the flood's address.
async fn connect(from: std::net::IpAddr, port: u16) -> std::io::Result<tokio::net::TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind((from, 0).into())?;
    socket.connect(([127, 0, 0, 1], port).into()).await
}

/// A connection that sends nothing until the bot cuts it, then another.
async fn idle_connection(
    from: std::net::IpAddr,
    port: u16,
    stop: Arc<AtomicBool>,
    opened: Arc<AtomicU64>,
) {
    let mut sink = [0u8; 64];
    while !stop.load(Ordering::Relaxed) {
        let Ok(mut stream) = connect(from, port).await else {
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        };
        opened.fetch_add(1, Ordering::Relaxed);
        loop {
            tokio::select! {
                read = stream.read(&mut sink) => if !matches!(read, Ok(n) if n > 0) { break },
                _ = tokio::time::sleep(Duration::from_millis(200)) => {
                    if stop.load(Ordering::Relaxed) { return; }
                }
            }
        }
    }
}

/// A slow upload with a bogus signature, again and again.
async fn slow_upload(
    from: std::net::IpAddr,
    port: u16,
    stop: Arc<AtomicBool>,
    opened: Arc<AtomicU64>,
    head: Arc<[u8]>,
) {
    static BULK: [u8; 300_000] = [b' '; 300_000];
    static TRICKLE: [u8; 1000] = [b' '; 1000];
    while !stop.load(Ordering::Relaxed) {
        let Ok(stream) = connect(from, port).await else {
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        };
        opened.fetch_add(1, Ordering::Relaxed);
        let (mut read, mut write) = stream.into_split();
        let upload = async {
            write.write_all(&head).await?;
            write.write_all(&BULK).await?;
            while !stop.load(Ordering::Relaxed) {
                tokio::time::sleep(Duration::from_millis(100)).await;
                write.write_all(&TRICKLE).await?;
            }
            Ok::<_, std::io::Error>(())
        };
        let mut answer = [0u8; 256];
        // Until the bot answers (a refusal) or closes, or the writes fail.
        tokio::select! {
            _ = upload => {}
            _ = read.read(&mut answer) => {}
        }
    }
}

/// A real webhook on a fresh connection; its ack latency, or why it was not acknowledged.
async fn real_webhook(
    client: &reqwest::Client,
    url: &str,
    backend: &str,
    body: Vec<u8>,
    n: u64,
) -> Result<Duration, String> {
    let random = format!("{n:064x}");
    let signature = talk_signature(SECRET, &random, &body);
    let start = Instant::now();
    let response = client
        .post(url)
        .header("Content-Type", "application/json")
        .header("X-Nextcloud-Talk-Random", &random)
        .header("X-Nextcloud-Talk-Signature", signature)
        .header("X-Nextcloud-Talk-Backend", backend)
        .body(body)
        .send()
        .await
        .map_err(|e| format!("error: {e}"))?;
    let took = start.elapsed();
    match response.status().as_u16() {
        200 => Ok(took),
        status => Err(format!(
            "{status}: {}",
            response.text().await.unwrap_or_default().trim()
        )),
    }
}

async fn metric(port: u16, name: &str) -> f64 {
    let Ok(response) = reqwest::get(format!("http://127.0.0.1:{port}/metrics")).await else {
        return 0.0;
    };
    let text = response.text().await.unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

async fn measure(bin: &str, label: &str, settings: &Settings) -> Figures {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir(&format!("flood-bench-{label}"));
    let port = free_port();
    let overflows_before = listen_overflows();
    let bot = Talkbot::spawn(bin, &sim.url(), port, &dir, &[("TALKBOT_LOG", "error")]);
    bot.wait_listening().await;
    let url = bot.url();
    let backend = format!("{}/", sim.url());
    let stop = Arc::new(AtomicBool::new(false));
    let opened = Arc::new(AtomicU64::new(0));
    let head: Arc<[u8]> = format!(
        "POST /nextcloud-talk-webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         X-Nextcloud-Talk-Random: {}\r\nX-Nextcloud-Talk-Signature: {}\r\nContent-Length: 1040000\r\n\r\n",
        "r".repeat(64),
        "0".repeat(64)
    )
    .into_bytes()
    .into();
    let mut flood = Vec::new();
    for _ in 0..settings.idle {
        flood.push(tokio::spawn(idle_connection(
            settings.from,
            port,
            stop.clone(),
            opened.clone(),
        )));
    }
    for _ in 0..settings.uploads {
        flood.push(tokio::spawn(slow_upload(
            settings.from,
            port,
            stop.clone(),
            opened.clone(),
            head.clone(),
        )));
    }
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Talk opens a connection per webhook (a user's request is one PHP process).
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("client");
    let large_text = "😀".repeat(32_000);
    let started = Instant::now();
    let mut sends = Vec::new();
    let mut n = 0u64;
    while started.elapsed().as_secs_f64() < settings.seconds {
        n += 1;
        let large = n.is_multiple_of(5);
        let body = if large {
            create_body("floodroom", n, "users/alice", "Alice", &large_text)
        } else {
            create_body(
                "floodroom",
                n,
                "users/alice",
                "Alice",
                &format!("hello {n}"),
            )
        };
        let (client, url, backend) = (client.clone(), url.clone(), backend.clone());
        sends.push(tokio::spawn(async move {
            (large, real_webhook(&client, &url, &backend, body, n).await)
        }));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mut figures = Figures {
        sent: sends.len(),
        acked: 0,
        failed: Vec::new(),
        small: Vec::new(),
        large: Vec::new(),
        peak_rss_mb: 0.0,
        shed: 0.0,
        replied: 0,
        flood_connections: 0,
        listen_overflows: 0,
    };
    for send in sends {
        match send.await.expect("send task") {
            (large, Ok(took)) => {
                figures.acked += 1;
                if large {
                    figures.large.push(took)
                } else {
                    figures.small.push(took)
                }
            }
            (_, Err(why)) => figures.failed.push(why),
        }
    }
    figures.peak_rss_mb = peak_rss_mb(bot.child.id());
    figures.listen_overflows = listen_overflows().saturating_sub(overflows_before);
    stop.store(true, Ordering::Relaxed);
    for task in flood {
        let _ = task.await;
    }
    figures.flood_connections = opened.load(Ordering::Relaxed);
    figures.shed = metric(port, "talkbot_connections_shed_total").await;
    // Every acknowledged webhook gets its echo (the 448 KB one as one or more messages).
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let replied: std::collections::HashSet<u64> =
            sim.messages().iter().filter_map(|m| m.reply_to).collect();
        figures.replied = replied.len();
        if figures.replied >= figures.acked || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    figures.small.sort();
    figures.large.sort();
    bot.kill();
    figures
}

fn print(label: &str, bin: &str, f: &Figures, settings: &Settings) {
    println!(
        "\n{label} ({bin}): {} idle reconnecting + {} slow uploads from {} ({} flood connections opened), {:.0} s",
        settings.idle, settings.uploads, settings.from, f.flood_connections, settings.seconds
    );
    println!("| real webhooks | sent | acked | p50 | p99 | worst |");
    println!("|---|---|---|---|---|---|");
    for (name, list) in [("small", &f.small), ("448 KB", &f.large)] {
        println!(
            "| {name} | | {} | {:.1} ms | {:.1} ms | {:.1} ms |",
            list.len(),
            percentile(list, 0.5).as_secs_f64() * 1e3,
            percentile(list, 0.99).as_secs_f64() * 1e3,
            list.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        );
    }
    println!(
        "| all | {} | {} | | | |\nnot acknowledged: {} {:?}",
        f.sent,
        f.acked,
        f.failed.len(),
        f.failed.iter().take(5).collect::<Vec<_>>()
    );
    println!(
        "replied to after the flood: {} of {} acknowledged; bot peak RSS {:.1} MB; connections shed {}; \
         connections dropped by the kernel (accept queue full) {}",
        f.replied, f.acked, f.peak_rss_mb, f.shed, f.listen_overflows
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    raise_file_limit();
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
        from: env("FLOOD_FROM")
            .and_then(|s| s.parse().ok())
            .unwrap_or([127, 0, 0, 2].into()),
        idle: env("IDLE").and_then(|s| s.parse().ok()).unwrap_or(2500),
        uploads: env("UPLOADS").and_then(|s| s.parse().ok()).unwrap_or(1000),
        seconds: env("SECONDS").and_then(|s| s.parse().ok()).unwrap_or(20.0),
    };
    let mut results = Vec::new();
    if let Some(base) = env("BASE") {
        let figures = measure(&base, "base", &settings).await;
        results.push(("base", base, figures));
        // The flood's closed connections linger in TIME_WAIT for 60 s, and while they do every
        // connect() searches longer for a free port: the next build would be measured on a
        // slower machine.
        eprintln!("waiting 65 s for the first flood's connections to leave TIME_WAIT");
        tokio::time::sleep(Duration::from_secs(65)).await;
    }
    let figures = measure(&bin, "new", &settings).await;
    results.push(("new", bin, figures));
    for (label, bin, figures) in &results {
        print(label, bin, figures, &settings);
    }
    if let [(_, _, base), (_, _, new)] = results.as_slice() {
        let worst = |f: &Figures| {
            f.small
                .last()
                .copied()
                .max(f.large.last().copied())
                .unwrap_or_default()
                .as_secs_f64()
        };
        println!("\nnew / base (side by side, this sitting):");
        println!(
            "worst ack {:.2}x, acked {}/{} vs {}/{}, peak RSS {:.2}x",
            worst(new) / worst(base).max(1e-9),
            new.acked,
            new.sent,
            base.acked,
            base.sent,
            new.peak_rss_mb / base.peak_rss_mb.max(1e-9)
        );
    }
}
