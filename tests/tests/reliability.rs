//! Nothing lost, nothing doubled, nobody can lock it up: a full disk, a room that refuses the
//! bot, a long Talk outage, hostile chat text, replays and unusable tokens, against a real
//! talkbot on loopback and the simulator.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use talkbot::simulator::{CreateBody, create_body, membership_body};
use talkbot::store::JobState;
use talkbot_tests::harness::{
    Bot, SECRET, config, config_with_file, data_dir, eventually, raw_post, simulator,
};

const WAIT: Duration = Duration::from_secs(20);
const BOT_ID: &str = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";

/// A tmpfs of a few MiB (root only), unmounted on drop.
struct SmallDisk {
    path: PathBuf,
}

impl SmallDisk {
    /// None where mounting is not allowed (not root): the test is skipped, except in CI.
    fn mount(dir: &Path, size: &str) -> Option<SmallDisk> {
        let path = dir.join("disk");
        std::fs::create_dir_all(&path).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&path)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI runs as root and must be able to mount a tmpfs"
            );
            eprintln!("skipped: cannot mount a tmpfs here (needs root)");
            return None;
        }
        Some(SmallDisk { path })
    }

    /// Fill the disk to the last byte.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.path.join("filler");
        let mut file = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 64 << 10];
        while file.write_all(&block).is_ok() {}
        while file.write_all(&[0u8]).is_ok() {}
        let _ = file.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

fn script(dir: &Path, name: &str, body: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!("command:{}", path.display())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_stops_the_job_and_never_posts_it_twice() {
    let dir = data_dir("fulldisk");
    let Some(disk) = SmallDisk::mount(&dir, "4m") else {
        return;
    };
    // The responder answers once the test has filled the disk.
    let flag = dir.join("answer-now");
    let responder = script(
        &dir,
        "slow.sh",
        &format!(
            "cat > /dev/null\nwhile [ ! -e {} ]; do sleep 0.02; done\necho the answer",
            flag.display()
        ),
    );
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(
        &sim.url(),
        SECRET,
        &disk.path,
        &[("TALKBOT_RESPONDER", &responder)],
    );
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("room1234", 1, "users/alice", "Alice", "question"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    let filler = disk.fill();
    std::fs::write(&flag, "").unwrap();
    // The answer cannot be recorded: the writer keeps retrying, nothing is posted.
    eventually("write failures", WAIT, || {
        bot.app.store.write_failures() >= 3
    })
    .await;
    assert!(bot.app.store.write_failure().is_some());
    let health = reqwest::get(bot.url.replace("/nextcloud-talk-webhook", "/healthz"))
        .await
        .unwrap();
    assert_eq!(health.status(), 503);
    assert!(health.text().await.unwrap().contains("storage failing"));
    // A new webhook cannot be queued: 503, so Talk was never told it was accepted.
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("room1234", 2, "users/alice", "Alice", "another"),
        )
        .await
        .unwrap();
    assert_eq!(status, 503);
    eventually("more write failures", WAIT, || {
        bot.app.store.write_failures() >= 6
    })
    .await;
    assert!(
        sim.messages().is_empty(),
        "posted while its state could not be recorded: {:?}",
        sim.messages().len()
    );
    // Room again: everything that waited is written, the reply goes out once.
    std::fs::remove_file(&filler).unwrap();
    let messages = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(messages[0].message, "the answer");
    eventually("the job to finish", WAIT, || {
        matches!(bot.app.store.state(1), Ok(Some((JobState::Done, _))))
    })
    .await;
    assert!(bot.app.store.write_failure().is_none());
    bot.app.store.flush().await.unwrap();
    assert_eq!(sim.messages().len(), 1, "exactly one reply");
    let metrics = reqwest::get(bot.url.replace("/nextcloud-talk-webhook", "/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("talkbot_storage_failing 0"), "{metrics}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_room_that_refuses_the_bot_holds_only_itself_and_a_leave_overtakes_it() {
    let sim = simulator(&[SECRET]).await;
    sim.disable_room("gone0001");
    let mut cfg = config(&sim.url(), SECRET, &data_dir("room401"), &[]);
    cfg.status_reactions = false;
    // The one retry after a 401 comes ×64 the initial backoff later: 6.4 to 12.8 s here, so
    // the Leave below surely arrives first.
    cfg.delivery.initial_backoff = Duration::from_millis(200);
    let bot = Bot::start(cfg).await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body("gone0001", 1, "users/alice", "Alice", "hello?"),
    )
    .await
    .unwrap();
    // Its first 401: the reply waits for one more try, well apart; the Nextcloud is not held.
    eventually("the removed room's 401", WAIT, || {
        sim.state.lock().unwrap().failed_auth >= 1
    })
    .await;
    assert!(!bot.app.standing[0].is_held(), "one room must not stop all");
    for i in 1..=5u64 {
        let (status, _) = sim
            .send_webhook(
                &bot.url,
                SECRET,
                create_body(&format!("room000{i}"), 10 + i, "users/bob", "Bob", "hi"),
            )
            .await
            .unwrap();
        assert_eq!(status, 200);
    }
    let messages = sim.wait_for_messages(5, WAIT).await;
    assert_eq!(messages.len(), 5, "the other rooms are answered");
    // The Leave runs ahead of the waiting reply and drops it: no second 401.
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            membership_body("Leave", "gone0001", BOT_ID),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("the refused reply to be dropped", WAIT, || {
        matches!(bot.app.store.state(1), Ok(Some((JobState::Dropped, _))))
    })
    .await;
    bot.app.store.flush().await.unwrap();
    assert_eq!(bot.app.store.depth().unwrap(), 0);
    assert_eq!(sim.state.lock().unwrap().failed_auth, 1);
    assert!(!bot.app.standing[0].is_held());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_secret_stops_sending_and_a_restart_probes_with_one_request() {
    // The bot verifies webhooks with its secret, but Talk knows another one for it.
    let sim = simulator(&["what-talk-has-0123456789abcdef0123456789ab"]).await;
    let dir = data_dir("probe");
    let mut cfg = config(&sim.url(), SECRET, &dir, &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg.clone()).await;
    for id in 1..=6 {
        sim.send_webhook(
            &bot.url,
            SECRET,
            create_body(&format!("room{id:04}"), id, "users/alice", "Alice", "hi"),
        )
        .await
        .unwrap();
    }
    eventually("sending to stop", WAIT, || bot.app.standing[0].is_held()).await;
    let ready = reqwest::get(bot.url.replace("/nextcloud-talk-webhook", "/readyz"))
        .await
        .unwrap();
    assert_eq!(ready.status(), 503);
    let text = ready.text().await.unwrap();
    assert!(text.contains("stopped after 401s"), "{text}");
    bot.app.store.flush().await.unwrap();
    bot.stop().await;
    let before = sim.state.lock().unwrap().failed_auth;
    // Three rooms refused (more may have been in flight at that moment), then it stopped.
    assert!((3..=6).contains(&before), "{before} refusals");

    // Restarted without fixing the secret: one probe, refused, held again.
    let bot = Bot::start(cfg).await;
    eventually("sending to stop again", WAIT, || {
        bot.app.standing[0].is_held()
    })
    .await;
    bot.app.store.flush().await.unwrap();
    let counts = bot.app.store.counts().unwrap();
    bot.stop().await;
    assert_eq!(sim.state.lock().unwrap().failed_auth, before + 1);
    let waiting: i64 = counts
        .iter()
        .filter(|(s, _)| matches!(s, JobState::Held | JobState::Pending))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(waiting, 6, "nothing lost: {counts:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_survive_a_talk_outage_and_arrive_in_order() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("outage"), &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    // Far longer than the old 8 attempts at these (test-sized) backoffs of 20–200 ms.
    sim.outage(Duration::from_secs(4));
    let rooms = ["rooma001", "roomb002", "roomc003"];
    for id in 1..=9u64 {
        let room = rooms[(id % 3) as usize];
        let (status, _) = sim
            .send_webhook(
                &bot.url,
                SECRET,
                create_body(room, id, "users/alice", "Alice", &format!("m{id}")),
            )
            .await
            .unwrap();
        assert_eq!(status, 200);
    }
    let messages = sim.wait_for_messages(9, WAIT).await;
    assert_eq!(messages.len(), 9, "replies lost in the outage");
    assert!(sim.statuses().contains(&503));
    for room in rooms {
        let order: Vec<u64> = messages
            .iter()
            .filter(|m| m.token == room)
            .map(|m| m.reply_to.unwrap())
            .collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted, "out of order in {room}");
        assert_eq!(order.len(), 3);
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_is_given_up_once_it_is_no_longer_useful() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("useful"), &[]);
    cfg.status_reactions = false;
    cfg.delivery.retry_for = Duration::from_millis(800);
    let bot = Bot::start(cfg).await;
    sim.outage(Duration::from_secs(60));
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body("room1234", 1, "users/alice", "Alice", "late"),
    )
    .await
    .unwrap();
    eventually("the reply to be given up", WAIT, || {
        matches!(bot.app.store.state(1), Ok(Some((JobState::Failed, _))))
    })
    .await;
    let (_, error) = bot.app.store.state(1).unwrap().unwrap();
    let error = error.unwrap();
    // Given up by the retry that would land past the window, or (when that retry's timer fires
    // late) by the window check before it: either way the record says what failed.
    assert!(
        error.contains("HTTP 503") && error.contains("attempts"),
        "{error}"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_and_adjacent_mentions_get_an_answer() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("mentions"), &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    // Both trapped the component before (a backwards slice in render::tidy).
    for (id, text) in [(1, "@talkbot @talkbot hi"), (2, "@talkbot, @talkbot hello")] {
        sim.send_webhook(
            &bot.url,
            SECRET,
            create_body("room1234", id, "users/alice", "Alice", text),
        )
        .await
        .unwrap();
    }
    let messages = sim.wait_for_messages(2, WAIT).await;
    let texts: Vec<_> = messages.iter().map(|m| m.message.as_str()).collect();
    assert_eq!(texts, ["hi", "hello"]);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_webhooks_and_unusable_tokens_are_refused_at_ingress() {
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("ingress"), &[])).await;
    let mut old = CreateBody::new("room1234", 1, "users/alice", "Alice", "replayed");
    old.published = Some("2020-01-01T00:00:00+00:00");
    let (status, text) = sim
        .send_webhook(&bot.url, SECRET, old.build())
        .await
        .unwrap();
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("stale webhook"), "{text}");
    // From the future, or not a time the check can read: refused too, never waved through.
    for (published, says) in [
        ("2099-01-01T00:00:00+00:00", "in the future"),
        ("yesterday", "is not a time"),
        ("1752999302", "is not a time"),
    ] {
        let mut odd = CreateBody::new("room1234", 3, "users/alice", "Alice", "odd");
        odd.published = Some(published);
        let (status, text) = sim
            .send_webhook(&bot.url, SECRET, odd.build())
            .await
            .unwrap();
        assert_eq!(status, 400, "{published}: {text}");
        assert!(text.contains(says), "{published}: {text}");
    }
    let long = "a".repeat(10_000);
    for token in [
        "../x",
        "abcd?x=1#f",
        "ABCD1234",
        long.as_str(),
        "abcd\r\nx",
        "ab",
    ] {
        let (status, text) = sim
            .send_webhook(
                &bot.url,
                SECRET,
                create_body(token, 2, "users/alice", "Alice", "hi"),
            )
            .await
            .unwrap();
        assert_eq!(status, 400, "{token:?}: {text}");
        assert!(text.contains("target.id"), "{text}");
        assert!(!text.contains('\r'), "the token is not echoed");
    }
    bot.app.store.flush().await.unwrap();
    assert_eq!(bot.app.store.depth().unwrap(), 0, "nothing was queued");
    // A fresh one is answered.
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("room1234", 3, "users/alice", "Alice", "fresh"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    assert_eq!(sim.wait_for_messages(1, WAIT).await[0].message, "fresh");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_signed_json_array_is_bad_input_not_a_server_error() {
    let sim = simulator(&[SECRET]).await;
    let body = format!("[{}1]", "1,".repeat(2 << 20)).into_bytes();
    // The default limit refuses it by its declared length, before reading it.
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("array"), &[])).await;
    let answer = raw_post(
        &bot.url,
        &format!(
            "X-Nextcloud-Talk-Random: {}\r\nX-Nextcloud-Talk-Signature: {}\r\nContent-Length: {}\r\n",
            "r".repeat(64),
            "0".repeat(64),
            body.len()
        ),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    bot.stop().await;
    // A raised limit lets it reach the component, which cannot hold it: still bad input.
    let mut cfg = config(&sim.url(), SECRET, &data_dir("array2"), &[]);
    cfg.max_body_bytes = 8 << 20;
    let bot = Bot::start(cfg).await;
    let (status, text) = sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
    assert!(matches!(status, 400 | 413), "{status} {text}");
    bot.stop().await;
}

/// POST the webhook path with `headers` (each ending in CRLF) and no body; the answer must
/// come without the body (within 3 s).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headers_that_condemn_a_webhook_are_answered_before_its_body() {
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("early"), &[])).await;
    for headers in [
        "",
        "X-Nextcloud-Talk-Random: abc\r\n",
        "X-Nextcloud-Talk-Random: abc\r\nX-Nextcloud-Talk-Signature: not-hex\r\n",
    ] {
        // The body never comes; the answer must not wait for it.
        let answer = raw_post(&bot.url, &format!("{headers}Content-Length: 500000\r\n")).await;
        assert!(answer.starts_with("HTTP/1.1 401"), "{headers:?}: {answer}");
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics_can_have_their_own_port() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("admin"), &[]);
    cfg.metrics_listen = Some("127.0.0.1:0".parse().unwrap());
    let bot = Bot::start(cfg).await;
    let admin = bot.admin_url.clone().expect("an admin listener");
    let on_webhook_port = reqwest::get(bot.url.replace("/nextcloud-talk-webhook", "/metrics"))
        .await
        .unwrap();
    assert_eq!(on_webhook_port.status(), 404);
    for path in ["/metrics", "/healthz", "/readyz"] {
        let r = reqwest::get(format!("{admin}{path}")).await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
    }
    let webhook_on_admin = reqwest::Client::new()
        .post(format!("{admin}/nextcloud-talk-webhook"))
        .send()
        .await
        .unwrap();
    assert_eq!(webhook_on_admin.status(), 404);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_queue_and_the_local_secret_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = data_dir("perms").join("fresh");
    let store = talkbot::store::Store::open(&dir).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(store.path()), 0o600);
    let secret_dir = data_dir("perms-secret").join("fresh");
    talkbot::config::local_secret(&secret_dir).unwrap();
    assert_eq!(
        mode(&secret_dir.join(talkbot::config::LOCAL_SECRET_FILE)),
        0o600
    );
    assert_eq!(mode(&secret_dir), 0o700);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finished_jobs_are_pruned_but_still_recognised_as_duplicates() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("prune");
    let mut cfg = config(&sim.url(), SECRET, &dir, &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg.clone()).await;
    let body = create_body("room1234", 1, "users/alice", "Alice", "private words");
    sim.send_webhook(&bot.url, SECRET, body.clone())
        .await
        .unwrap();
    sim.wait_for_messages(1, WAIT).await;
    eventually("the job to finish", WAIT, || {
        matches!(bot.app.store.state(1), Ok(Some((JobState::Done, _))))
    })
    .await;
    assert!(bot.app.store.finished_content_bytes().unwrap() > 0);
    bot.stop().await;
    // Pruning runs at start-up (and hourly).
    cfg.retention = Duration::ZERO;
    let bot = Bot::start(cfg).await;
    eventually("contents to be pruned", WAIT, || {
        bot.app.store.finished_content_bytes().unwrap() == 0
    })
    .await;
    let (status, text) = sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
    assert_eq!((status, text.trim()), (200, "duplicate; already queued"));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_that_fails_inside_talkbot_is_visible_to_the_person_who_asked() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("visible");
    // A retry window of 2 s: the store is asked again a few times within it.
    let mut cfg = config(&sim.url(), SECRET, &dir, &[]);
    cfg.delivery.initial_backoff = Duration::from_millis(100);
    cfg.delivery.retry_for = Duration::from_secs(2);
    let bot = Bot::start(cfg).await;
    // Break the store under the running bot: deciding about the message cannot read the
    // room's settings. It is asked again within the retry window; then the configuration
    // says the message was for the bot, and its writer hears that nothing more will come.
    let conn = rusqlite::Connection::open(dir.join("queue.sqlite3")).unwrap();
    conn.execute("DROP TABLE room_settings", []).unwrap();
    drop(conn);
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body("room1234", 42, "users/alice", "Alice", "hello"),
    )
    .await
    .unwrap();
    let messages = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(
        (messages[0].message.as_str(), messages[0].reply_to),
        (
            talkbot_component::rules::defaults().failure_reply.as_str(),
            Some(42)
        )
    );
    eventually("⚠️ on the message", WAIT, || {
        sim.state
            .lock()
            .unwrap()
            .reactions
            .contains(&("room1234".into(), 42, "⚠️".into()))
    })
    .await;
    eventually("the job to be failed", WAIT, || {
        matches!(bot.app.store.state(1), Ok(Some((JobState::Failed, _))))
    })
    .await;
    let (_, error) = bot.app.store.state(1).unwrap().unwrap();
    assert!(error.unwrap().contains("room_settings"));
    bot.stop().await;
}

#[test]
fn a_second_talkbot_on_the_same_data_folder_is_refused() {
    let dir = data_dir("lock");
    let first = talkbot::store::Store::open(&dir).unwrap();
    let second = talkbot::store::Store::open(&dir);
    let error = second.err().expect("the folder is in use").to_string();
    assert!(error.contains("another talkbot is using"), "{error}");
    drop(first);
    talkbot::store::Store::open(&dir).expect("free again once the first one is gone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_the_webhook_port_readyz_and_metrics_answer_only_this_machine() {
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("admin-local"), &[])).await;
    let client = reqwest::Client::new();
    let get = |path: &str, proxied: bool| {
        let mut request = client.get(bot.url.replace("/nextcloud-talk-webhook", path));
        if proxied {
            request = request.header("X-Forwarded-For", "203.0.113.7");
        }
        request.send()
    };
    for path in ["/metrics", "/readyz", "/healthz"] {
        assert_eq!(get(path, false).await.unwrap().status(), 200, "{path}");
    }
    // Through a proxy (the public side): only liveness.
    assert_eq!(get("/healthz", true).await.unwrap().status(), 200);
    for path in ["/metrics", "/readyz"] {
        let response = get(path, true).await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("TALKBOT_METRICS_LISTEN"),
            "{path}"
        );
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_never_make_a_webhook_wait() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("idle-flood");
    let bot = Bot::start(config_with_file(
        &sim.url(),
        SECRET,
        &dir,
        &[],
        "max_connections = 20\nstatus_reactions = false\n",
    ))
    .await;
    let addr = bot
        .url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    // Five times the slots in connections that send nothing (each would hold its slot for the
    // 10 s header timeout).
    let mut idle = Vec::new();
    for _ in 0..100 {
        idle.push(tokio::net::TcpStream::connect(&addr).await.unwrap());
    }
    // Talk's webhook gets through within its 5 s, and is answered.
    let body = create_body("room1234", 1, "users/alice", "Alice", "anyone?");
    let sent = tokio::time::timeout(
        Duration::from_secs(5),
        sim.send_webhook(&bot.url, SECRET, body),
    )
    .await
    .expect("the webhook waited behind idle connections");
    assert_eq!(sent.unwrap().0, 200);
    assert_eq!(sim.wait_for_messages(1, WAIT).await.len(), 1);
    assert!(bot.app.metrics.connections_shed.get() >= 1);
    drop(idle);
    bot.stop().await;
}
