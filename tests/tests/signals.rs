//! The real `talkbot serve` process under SIGTERM, SIGKILL mid-request and a flood of slow
//! unauthenticated uploads.

use std::time::{Duration, Instant};

use talkbot::simulator::create_body;
use talkbot_tests::harness::{SECRET, data_dir, eventually, simulator};
use talkbot_tests::process::{Talkbot, free_port, reserved_port};

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_waits_for_replies_in_flight_so_none_is_posted_twice() {
    let sim = simulator(&[SECRET]).await;
    // Talk stores each message at once but answers 1.5 s later.
    sim.set_latency(Duration::from_millis(1500));
    let dir = data_dir("sigterm");
    let port = reserved_port();
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
    bot.drained(WAIT).await;
    assert_eq!(metric(&bot, "talkbot_deliveries_resent_total").await, 0.0);
    assert_eq!(sim.messages().len(), 4, "a reply was posted twice");
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_request_resends_and_counts_it() {
    let sim = simulator(&[SECRET]).await;
    sim.set_latency(Duration::from_millis(1500));
    let dir = data_dir("sigkill");
    let port = reserved_port();
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
    bot.drained(WAIT).await;
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
    let port = reserved_port();
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
    // A real large webhook too (32,000 emoji: Talk escapes each, 448 KB), though the flood
    // holds the whole memory budget for bodies: the rest of it is read to disk.
    let large = create_body("room0001", 2, "users/alice", "Alice", &"😀".repeat(32_000));
    assert!(large.len() > 440_000, "{}", large.len());
    let start = Instant::now();
    let (status, text) = sim.send_webhook(&bot.url(), SECRET, large).await.unwrap();
    let took_large = start.elapsed();
    eprintln!("flood: legit 448 KB ack {took_large:?} (status {status})");
    assert_eq!(status, 200, "{text}");
    assert!(
        took_large < Duration::from_secs(5),
        "acknowledged after {took_large:?}"
    );
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

/// Issue 21: bodies with bogus signatures must be read in full before they can be refused;
/// trickled slowly they held the whole body budget, and Talk's large webhook got a 503 (lost:
/// Talk never retries). A faster body now takes the room of a much slower one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_webhook_takes_the_room_of_slow_uploads_from_its_own_address() {
    large_webhook_during_slow_uploads_from([127, 0, 0, 1].into()).await;
}

/// The same flood from another host: its bodies are cut for Talk's whatever their speed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_webhook_takes_the_room_of_slow_uploads_from_another_host() {
    large_webhook_during_slow_uploads_from([127, 0, 0, 2].into()).await;
}

async fn large_webhook_during_slow_uploads_from(from: std::net::IpAddr) {
    use tokio::io::AsyncWriteExt;
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("slow-uploads");
    let file = dir.join("talkbot.toml");
    std::fs::create_dir_all(&dir).unwrap();
    // A 4 MiB budget: 40 slow uploads of 300 KB hold all of it.
    std::fs::write(
        &file,
        "max_buffered_bytes = 4194304\nstatus_reactions = false\n",
    )
    .unwrap();
    let file_arg = file.display().to_string();
    let port = reserved_port();
    let bot = Talkbot::spawn(
        BIN,
        &sim.url(),
        port,
        &dir,
        &[("TALKBOT_CONFIG", &file_arg)],
    );
    bot.wait_listening().await;
    let header = format!(
        "POST /nextcloud-talk-webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
         X-Nextcloud-Talk-Random: {}\r\nX-Nextcloud-Talk-Signature: {}\r\nContent-Length: 1040000\r\n\r\n",
        "r".repeat(64),
        "0".repeat(64)
    );
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let mut uploads = Vec::new();
    for _ in 0..40 {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind((from, 0).into()).unwrap();
        let mut stream = socket.connect(([127, 0, 0, 1], port).into()).await.unwrap();
        let (header, mut stopped) = (header.clone(), stopped.clone());
        uploads.push(tokio::spawn(async move {
            let _ = stream.write_all(header.as_bytes()).await;
            let _ = stream.write_all(&[b' '; 300_000]).await;
            // Then 1 KB every 100 ms: alive, slow, never done within the read timeout.
            loop {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_millis(100)) => {}
                    _ = stopped.changed() => return,
                }
                if stream.write_all(&[b' '; 1000]).await.is_err() {
                    return;
                }
            }
        }));
    }
    // Until the budget is held: a body of 200 KB is refused for lack of room.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let large = create_body("room0001", 1, "users/alice", "Alice", &"😀".repeat(32_000));
    assert!(large.len() > 440_000, "{}", large.len());
    let start = Instant::now();
    let (status, text) = sim.send_webhook(&bot.url(), SECRET, large).await.unwrap();
    eprintln!(
        "slow uploads: 448 KB webhook acked in {:?}",
        start.elapsed()
    );
    assert_eq!(status, 200, "{text}");
    let _ = stop.send(true);
    for upload in uploads {
        let _ = upload.await;
    }
    let replies = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(replies[0].message.chars().count(), 32_000);
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
    assert!(
        served,
        "the debugger no longer serves after running out of descriptors"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_say_why_a_webhook_was_not_answered_and_debug_means_talkbot() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("logs");
    let port = free_port();
    let mut child = std::process::Command::new(BIN)
        .arg("serve")
        .env("NEXTCLOUD_URL", sim.url())
        .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
        .env("TALKBOT_LISTEN", format!("127.0.0.1:{port}"))
        .env("TALKBOT_DATA_DIR", &dir)
        .env("TALKBOT_LOG", "debug")
        .env("TALKBOT_LOG_FORMAT", "json")
        .env("TALKBOT_MODE", "mention")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/nextcloud-talk-webhook");
    eventually("listening", WAIT, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    })
    .await;
    let body = create_body("room0001", 5, "users/alice", "Alice", "not for the bot");
    sim.send_webhook(&url, SECRET, body.clone()).await.unwrap();
    sim.send_webhook(&url, SECRET, body).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let _ = child.kill();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(!text.contains('\u{1b}'), "colour codes in a pipe");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let said = |needle: &str| {
        lines.iter().any(|l| {
            l["fields"]["message"]
                .as_str()
                .is_some_and(|m| m.contains(needle))
        })
    };
    assert!(said("duplicate webhook"), "{text}");
    assert!(said("ignored: not mentioned"), "{text}");
    for l in &lines {
        if l["level"] == "DEBUG" {
            let target = l["target"].as_str().unwrap_or_default();
            assert!(target.starts_with("talkbot"), "debug output of {target}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_the_configuration_without_refusing_a_webhook() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("sighup");
    let file = dir.join("talkbot.toml");
    std::fs::write(&file, "mode = \"all\"\nstatus_reactions = false\n").unwrap();
    let port = reserved_port();
    let file_arg = file.display().to_string();
    let mut bot = Talkbot::spawn(
        BIN,
        &sim.url(),
        port,
        &dir,
        &[("TALKBOT_CONFIG", &file_arg)],
    );
    bot.wait_listening().await;
    let bot_url = bot.url();
    let send = |room: &str, id: u64, text: &str| {
        let (sim, url) = (sim.clone(), bot_url.clone());
        let body = create_body(room, id, "users/alice", "Alice", text);
        async move { sim.send_webhook(&url, SECRET, body).await.map(|(s, _)| s) }
    };
    assert_eq!(send("room0001", 1, "one").await.unwrap(), 200);
    eventually("the first reply", WAIT, || sim.messages().len() == 1).await;

    // A broken file: the running bot stays as it is.
    std::fs::write(&file, "mode = [").unwrap();
    bot.signal("HUP");
    assert_eq!(send("room0001", 2, "two").await.unwrap(), 200);
    eventually("the second reply", WAIT, || sim.messages().len() == 2).await;
    assert!(bot.child.try_wait().unwrap().is_none());

    // A good one: reloaded in place (same process), webhooks meanwhile wait and are acked.
    std::fs::write(&file, "mode = \"mention\"\nstatus_reactions = false\n").unwrap();
    bot.signal("HUP");
    let during: Vec<_> = (0..20u64)
        .map(|i| tokio::spawn(send("room0002", 100 + i, "@talkbot during")))
        .collect();
    for (i, s) in during.into_iter().enumerate() {
        assert_eq!(
            s.await.unwrap().expect("refused during the reload"),
            200,
            "webhook {i}"
        );
    }
    assert!(
        bot.child.try_wait().unwrap().is_none(),
        "SIGHUP ended talkbot"
    );
    // The new mode is in force: the plain message is not answered, the mention after it is.
    assert_eq!(send("room0003", 300, "plain").await.unwrap(), 200);
    assert_eq!(send("room0003", 301, "@talkbot marker").await.unwrap(), 200);
    eventually("the marker's reply", WAIT, || {
        sim.messages().iter().any(|m| m.message == "marker")
    })
    .await;
    let room3: Vec<_> = sim
        .messages()
        .into_iter()
        .filter(|m| m.token == "room0003")
        .map(|m| m.message)
        .collect();
    assert_eq!(room3, ["marker"]);
    eventually("the replies of the reload", WAIT, || {
        sim.messages()
            .iter()
            .filter(|m| m.token == "room0002")
            .count()
            == 20
    })
    .await;
    bot.signal("TERM");
    assert!(bot.wait_exit(Duration::from_secs(20)).await.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighups_right_after_a_reload_never_kill_the_bot() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("sighup-storm");
    let file = dir.join("talkbot.toml");
    std::fs::write(&file, "status_reactions = false\n").unwrap();
    let port = reserved_port();
    let file_arg = file.display().to_string();
    let mut bot = Talkbot::spawn(
        BIN,
        &sim.url(),
        port,
        &dir,
        &[("TALKBOT_CONFIG", &file_arg)],
    );
    bot.wait_listening().await;
    // A reload, then SIGHUPs every few milliseconds while the new image starts: each one
    // lands before, during or after it installs its handler.
    for _ in 0..3 {
        bot.signal("HUP");
        for _ in 0..60 {
            tokio::time::sleep(Duration::from_millis(5)).await;
            bot.signal("HUP");
        }
        assert!(
            bot.child.try_wait().unwrap().is_none(),
            "a SIGHUP during a reload ended talkbot"
        );
    }
    // Still the bot: it answers.
    let body = create_body("room0001", 1, "users/alice", "Alice", "still there?");
    let mut status = 0;
    for _ in 0..200 {
        if let Ok((s, _)) = sim.send_webhook(&bot.url(), SECRET, body.clone()).await {
            status = s;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(status, 200);
    eventually("the reply", WAIT, || sim.messages().len() == 1).await;
    assert!(bot.child.try_wait().unwrap().is_none());
    bot.signal("TERM");
    assert!(bot.wait_exit(Duration::from_secs(30)).await.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_and_late_deliveries_are_logged_once_each_with_conversation_and_job() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("oplog");
    let port = free_port();
    let mut child = std::process::Command::new(BIN)
        .arg("serve")
        .env("NEXTCLOUD_URL", sim.url())
        .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
        .env("TALKBOT_LISTEN", format!("127.0.0.1:{port}"))
        .env("TALKBOT_DATA_DIR", &dir)
        .env("TALKBOT_LOG", "info")
        .env("TALKBOT_LOG_FORMAT", "json")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/nextcloud-talk-webhook");
    eventually("listening", WAIT, || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    })
    .await;
    // The owner switches the mode; then a mention whose reply Talk refuses once.
    let mut command = talkbot::simulator::CreateBody::new(
        "oplog1",
        1,
        "users/ada",
        "Ada",
        "/talkbot mode mention",
    );
    command.participant_type = Some(1);
    sim.send_webhook(&url, SECRET, command.build())
        .await
        .unwrap();
    sim.wait_for_messages(1, WAIT).await;
    sim.state.lock().unwrap().message_faults = [503].into();
    let body = create_body("oplog1", 2, "users/ada", "Ada", "@talkbot late one");
    sim.send_webhook(&url, SECRET, body).await.unwrap();
    assert_eq!(sim.wait_for_messages(2, WAIT).await.len(), 2);
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + WAIT;
    while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let with = |needle: &str| -> Vec<&serde_json::Value> {
        lines
            .iter()
            .filter(|l| {
                l["fields"]["message"]
                    .as_str()
                    .is_some_and(|m| m.contains(needle))
            })
            .collect()
    };
    let commands = with("chat command");
    assert_eq!(commands.len(), 1, "{text}");
    assert_eq!(commands[0]["fields"]["token"], "oplog1");
    assert_eq!(commands[0]["fields"]["job"], 1);
    let late = with("delivered after 1 failed attempt");
    assert_eq!(late.len(), 1, "{text}");
    assert_eq!(late[0]["fields"]["token"], "oplog1");
    assert_eq!(late[0]["fields"]["job"], 2);
}
