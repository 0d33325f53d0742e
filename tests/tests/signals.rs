//! The real `talkbot serve` process under SIGTERM, SIGKILL mid-request and a flood of slow
//! unauthenticated uploads.

use std::time::{Duration, Instant};

use talkbot::simulator::create_body;
use talkbot_tests::harness::{SECRET, data_dir, eventually, simulator};
use talkbot_tests::process::{Talkbot, free_port};

const BIN: &str = env!("CARGO_BIN_EXE_talkbot-under-test");
const WAIT: Duration = Duration::from_secs(30);

/// A metric's value from `/metrics` (0 when absent or unreachable).
async fn metric(bot: &Talkbot, name: &str) -> f64 {
    let url = format!("http://127.0.0.1:{}/metrics", bot.port);
    let Ok(response) = reqwest::get(url).await else {
        return 0.0;
    };
    let text = response.text().await.unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

/// Wait until the bot's queue is empty (as its own `/metrics` says).
async fn drained(bot: &Talkbot) {
    let deadline = Instant::now() + WAIT;
    loop {
        let url = format!("http://127.0.0.1:{}/metrics", bot.port);
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_waits_for_replies_in_flight_so_none_is_posted_twice() {
    let sim = simulator(&[SECRET]).await;
    // Talk stores each message at once but answers 1.5 s later.
    sim.set_latency(Duration::from_millis(1500));
    let dir = data_dir("sigterm");
    let port = free_port();
    let mut bot = Talkbot::spawn(BIN, &sim.url(), port, &dir, &[]);
    bot.wait_listening().await;
    for i in 1..=4u64 {
        let (status, _) = sim
            .send_webhook(
                &bot.url(),
                SECRET,
                create_body(&format!("room000{i}"), i, "users/alice", "Alice", "hi"),
            )
            .await
            .unwrap();
        assert_eq!(status, 200);
    }
    // Every reply is stored by Talk; talkbot still waits for the answers.
    eventually("four stored replies", WAIT, || sim.messages().len() == 4).await;
    bot.signal("TERM");
    let exit = bot.wait_exit(Duration::from_secs(20)).await;
    assert!(exit.success(), "{exit}");

    let bot = Talkbot::spawn(BIN, &sim.url(), port, &dir, &[]);
    bot.wait_listening().await;
    drained(&bot).await;
    assert_eq!(metric(&bot, "talkbot_deliveries_resent_total").await, 0.0);
    assert_eq!(sim.messages().len(), 4, "a reply was posted twice");
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_request_resends_and_counts_it() {
    let sim = simulator(&[SECRET]).await;
    sim.set_latency(Duration::from_millis(1500));
    let dir = data_dir("sigkill");
    let port = free_port();
    let bot = Talkbot::spawn(BIN, &sim.url(), port, &dir, &[]);
    bot.wait_listening().await;
    sim.send_webhook(
        &bot.url(),
        SECRET,
        create_body("room0001", 7, "users/alice", "Alice", "once?"),
    )
    .await
    .unwrap();
    eventually("the stored reply", WAIT, || sim.messages().len() == 1).await;
    bot.kill();
    sim.set_latency(Duration::ZERO);
    let bot = Talkbot::spawn(BIN, &sim.url(), port, &dir, &[]);
    bot.wait_listening().await;
    drained(&bot).await;
    // The documented case: Talk stored it, its answer was lost with the process, and the bot
    // API has no idempotency key. The re-send is counted.
    assert_eq!(sim.messages().len(), 2);
    assert_eq!(metric(&bot, "talkbot_deliveries_resent_total").await, 1.0);
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_unauthenticated_uploads_neither_exhaust_memory_nor_stall_real_webhooks() {
    use tokio::io::AsyncWriteExt;
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("flood");
    let port = free_port();
    let bot = Talkbot::spawn(BIN, &sim.url(), port, &dir, &[]);
    bot.wait_listening().await;
    let (_, idle_peak) = bot.rss_kib();
    // 300 uploads with well-formed (so the body must be read) but bogus signatures, each
    // sending 1 MB of a declared 1,040,000 bytes, then stalling.
    let header = format!(
        "POST /nextcloud-talk-webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         X-Nextcloud-Talk-Random: {}\r\nX-Nextcloud-Talk-Signature: {}\r\nContent-Length: 1040000\r\n\r\n",
        "r".repeat(64),
        "0".repeat(64)
    );
    let chunk = vec![b' '; 1_000_000];
    let mut streams = Vec::new();
    for _ in 0..300 {
        let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await else {
            break;
        };
        let (header, chunk) = (header.clone(), chunk.clone());
        streams.push(tokio::spawn(async move {
            let _ = stream.write_all(header.as_bytes()).await;
            let _ = stream.write_all(&chunk).await;
            tokio::time::sleep(Duration::from_secs(8)).await;
            drop(stream);
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    // A real webhook meanwhile: acknowledged well within Talk's 5 s.
    let start = Instant::now();
    let (status, text) = sim
        .send_webhook(
            &bot.url(),
            SECRET,
            create_body("room0001", 1, "users/alice", "Alice", "still there?"),
        )
        .await
        .unwrap();
    let took = start.elapsed();
    let (_, flood_peak) = bot.rss_kib();
    eprintln!(
        "flood: legit ack {:?} (status {status}), peak RSS {} MiB (idle {} MiB)",
        took,
        flood_peak / 1024,
        idle_peak / 1024
    );
    assert_eq!(status, 200, "{text}");
    assert!(took < Duration::from_secs(5), "acknowledged after {took:?}");
    // 300 MB were on their way; the ingress buffers at most its budget (64 MiB by default).
    assert!(
        flood_peak < 200 * 1024,
        "peak RSS {} MiB",
        flood_peak / 1024
    );
    for s in streams {
        let _ = s.await;
    }
    assert_eq!(
        sim.wait_for_messages(1, WAIT).await[0].message,
        "still there?"
    );
    let (rss, _) = bot.rss_kib();
    eprintln!("flood: RSS after the uploads ended {} MiB", rss / 1024);
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_debugger_survives_running_out_of_file_descriptors() {
    let dir = data_dir("debugger-fds");
    std::fs::create_dir_all(dir.join("talkbot")).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>t</title>").unwrap();
    std::fs::write(dir.join("talkbot/talkbot.js"), "export {};").unwrap();
    let port = free_port();
    // 32 descriptors: a few dozen connections exhaust them.
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -n 32 && exec '{BIN}' debugger --listen 127.0.0.1:{port} --dir '{}'",
            dir.display()
        ))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/");
    eventually("the debugger to listen", WAIT, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..64 {
        if let Ok(s) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            held.push(s);
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(child.try_wait().unwrap().is_none(), "the debugger exited");
    drop(held);
    let mut served = false;
    for _ in 0..100 {
        if let Ok(r) = reqwest::get(&url).await
            && r.status() == 200
        {
            served = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(served, "the debugger no longer serves after running out of descriptors");
}
