//! The Cloudflare Worker (`component/cloudflare`) under the real `workerd` from npm: what the
//! edge host must hold besides the parity table (`parity.rs`): a webhook acknowledged only once
//! its job is on disk, replies delivered once through a `kill -9` and a Talk outage, a webhook
//! sent twice at once answered once, one conversation's 401s not holding the others, forged
//! or stale webhooks refused with nothing stored, and a wrong variable answered 503.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use talkbot::simulator::{CreateBody, Simulator, create_body, membership_body};
use talkbot_tests::harness::{SECRET, data_dir, eventually, quiet, raw_post, simulator};
use talkbot_tests::workerd::Workerd;

const WAIT: Duration = Duration::from_secs(30);
const BOT_ID: &str = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";

async fn start(sim: &Simulator, name: &str, vars: &[(&str, &str)]) -> Option<Workerd> {
    Workerd::start(&sim.url(), &data_dir(name), vars).await
}

async fn say(sim: &Simulator, worker: &Workerd, room: &str, id: u64, text: &str) -> String {
    let body = create_body(room, id, "users/alice", "Alice", text);
    let (status, answer) = sim.send_webhook(&worker.url(), SECRET, body).await.unwrap();
    assert_eq!(status, 200, "{answer}");
    answer
}

/// (room, replyTo) → how many answers Talk stored.
fn answered(sim: &Simulator) -> BTreeMap<(String, u64), usize> {
    let mut counts = BTreeMap::new();
    for m in sim.messages() {
        *counts
            .entry((m.token.clone(), m.reply_to.unwrap_or(0)))
            .or_insert(0) += 1;
    }
    counts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worker_answers_a_signed_webhook_once_it_is_stored() {
    let sim = simulator(&[SECRET]).await;
    let Some(worker) = start(&sim, "edge-answer", &[]).await else {
        return;
    };
    let answer = say(&sim, &worker, "edge1", 7, "hello edge").await;
    assert_eq!(answer, "accepted\n");
    // The 200 came after the job was committed to the conversation's object.
    assert_eq!(worker.count_jobs("1"), 1);
    let messages = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(messages[0].message, "hello edge");
    assert_eq!(messages[0].reply_to, Some(7));
    eventually("the job is done", WAIT, || {
        worker.count_jobs("done_at IS NOT NULL AND outcome = 'delivered'") == 1
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_stale_and_misconfigured_webhooks_are_refused_and_nothing_is_stored() {
    let sim = simulator(&[SECRET]).await;
    let Some(first) = start(&sim, "edge-refused", &[]).await else {
        return;
    };
    let worker = &first;
    let body = create_body("edge2", 1, "users/alice", "Alice", "let me in");
    let (status, text) = sim
        .post_webhook(&worker.url(), &"r".repeat(64), &"0".repeat(64), body)
        .await
        .unwrap();
    assert_eq!(status, 401, "{text}");
    let mut old = CreateBody::new("edge2", 2, "users/alice", "Alice", "replayed");
    old.published = Some("2020-01-01T00:00:00+00:00");
    let (status, text) = sim
        .send_webhook(&worker.url(), SECRET, old.build())
        .await
        .unwrap();
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("stale webhook"), "{text}");
    // Signed, but not a webhook Talk would send.
    let (status, text) = sim
        .send_webhook(&worker.url(), SECRET, b"{\"type\": 1}".to_vec())
        .await
        .unwrap();
    assert_eq!(status, 400, "{text}");
    // Larger than the engine reads: refused from its Content-Length, before any body is sent.
    let answer = raw_post(&worker.url(), "Content-Length: 5242880\r\n").await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    // Not one conversation object was created: nothing was stored.
    assert!(worker.objects("talkbot-conversation").is_empty());
    drop(first);

    // A variable that does not parse: 503 saying which and why.
    let Some(broken) = start(&sim, "edge-broken", &[("retry_for_ms", "an hour")]).await else {
        return;
    };
    let body = create_body("edge2", 3, "users/alice", "Alice", "hello");
    let (status, text) = sim.send_webhook(&broken.url(), SECRET, body).await.unwrap();
    assert_eq!(status, 503, "{text}");
    assert!(text.contains("retry_for_ms"), "{text}");
    assert!(broken.objects("talkbot-conversation").is_empty());
    assert!(sim.messages().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_with_due_replies_each_is_delivered_once_after_the_restart() {
    let sim = simulator(&[SECRET]).await;
    let Some(mut worker) = start(&sim, "edge-kill", &[]).await else {
        return;
    };
    sim.state.lock().unwrap().unavailable_until = Some(Instant::now() + Duration::from_secs(3600));
    for room in ["killed1", "killed2", "killed3"] {
        for id in 1..=3 {
            say(&sim, &worker, room, id, &format!("{room} question {id}")).await;
        }
    }
    // Each conversation's first reply was tried and refused; the others wait behind it.
    eventually("a refused attempt in each conversation", WAIT, || {
        sim.state
            .lock()
            .unwrap()
            .statuses
            .iter()
            .filter(|s| **s == 503)
            .count()
            >= 3
    })
    .await;
    worker.kill().await;
    assert_eq!(
        worker.count_jobs("done_at IS NULL"),
        9,
        "all nine wait on disk"
    );

    sim.state.lock().unwrap().unavailable_until = None;
    worker.restart().await;
    // No webhook comes: the objects' alarms, kept on disk, deliver everything.
    eventually("nine replies", WAIT, || sim.messages().len() >= 9).await;
    let counts = answered(&sim);
    assert_eq!(counts.len(), 9, "{counts:?}");
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    // In order within each conversation.
    for room in ["killed1", "killed2", "killed3"] {
        let order: Vec<u64> = sim
            .messages()
            .iter()
            .filter(|m| m.token == room)
            .map(|m| m.reply_to.unwrap())
            .collect();
        assert_eq!(order, [1, 2, 3], "{room}");
    }
    eventually("every job done", WAIT, || {
        worker.count_jobs("done_at IS NULL") == 0
    })
    .await;
    assert_eq!(sim.messages().len(), 9);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn talk_down_for_a_minute_then_the_reply_arrives_once() {
    let sim = simulator(&[SECRET]).await;
    // Backoff as on Spin's outage test: tries every 2 s at most, so the reply comes soon after.
    let backoff = [
        ("retry_initial_backoff_ms", "200"),
        ("retry_max_backoff_ms", "2000"),
    ];
    let Some(worker) = start(&sim, "edge-outage", &backoff).await else {
        return;
    };
    let down_until = Instant::now() + Duration::from_secs(60);
    sim.state.lock().unwrap().unavailable_until = Some(down_until);
    say(&sim, &worker, "outage1", 41, "are you there?").await;
    let posted = sim
        .wait_for_messages(1, Duration::from_secs(60) + WAIT)
        .await;
    assert_eq!(posted.len(), 1, "no reply after the outage");
    assert!(
        Instant::now() >= down_until,
        "delivered while Talk was down"
    );
    assert_eq!(posted[0].message, "are you there?");
    assert_eq!(posted[0].reply_to, Some(41));
    let refused = sim
        .state
        .lock()
        .unwrap()
        .statuses
        .iter()
        .filter(|s| **s == 503)
        .count();
    assert!(refused >= 5, "only {refused} attempts during the outage");
    // Quiet proven, not hoped for: a later message is answered, and nothing came twice.
    let before = quiet(&sim, &worker.url(), SECRET, "outage1").await;
    assert_eq!(before.len(), 1, "{before:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_webhook_twice_at_once_is_answered_once() {
    let sim = simulator(&[SECRET]).await;
    let Some(worker) = start(&sim, "edge-dup", &[]).await else {
        return;
    };
    let body = create_body("dup1", 5, "users/alice", "Alice", "once, please");
    let url = worker.url();
    let (a, b) = tokio::join!(
        sim.send_webhook(&url, SECRET, body.clone()),
        sim.send_webhook(&url, SECRET, body.clone()),
    );
    let mut answers = [a.unwrap().1, b.unwrap().1];
    answers.sort();
    assert_eq!(answers, ["accepted\n", "duplicate: already handled\n"]);
    sim.wait_for_messages(1, WAIT).await;
    let (status, text) = sim.send_webhook(&worker.url(), SECRET, body).await.unwrap();
    assert_eq!(
        (status, text.as_str()),
        (200, "duplicate: already handled\n")
    );
    let before = quiet(&sim, &worker.url(), SECRET, "dup1").await;
    assert_eq!(before.len(), 1, "{before:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_that_refuses_the_bot_holds_only_itself_and_a_leave_overtakes_it() {
    let sim = simulator(&[SECRET]).await;
    sim.disable_room("gone0001");
    // The one retry after a 401 comes ×64 the initial backoff later: 12.8 to 25.6 s here, so
    // the Leave below surely arrives first.
    let Some(worker) = start(&sim, "edge-401", &[("retry_initial_backoff_ms", "200")]).await else {
        return;
    };
    say(&sim, &worker, "gone0001", 1, "hello?").await;
    eventually("the removed conversation's 401", WAIT, || {
        sim.state.lock().unwrap().failed_auth >= 1
    })
    .await;
    for i in 1..=5u64 {
        say(&sim, &worker, &format!("room000{i}"), 10 + i, "hi").await;
    }
    let messages = sim.wait_for_messages(5, WAIT).await;
    assert_eq!(messages.len(), 5, "the other conversations are answered");
    // The Leave runs ahead of the waiting reply and drops it: no second 401.
    let leave = membership_body("Leave", "gone0001", BOT_ID);
    let (status, _) = sim
        .send_webhook(&worker.url(), SECRET, leave)
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("the refused reply to be dropped", WAIT, || {
        worker.count_jobs("outcome LIKE 'dropped%'") == 1
            && worker.count_jobs("done_at IS NULL") == 0
    })
    .await;
    assert_eq!(sim.state.lock().unwrap().failed_auth, 1);
    // The bot is added again: the conversation is answered at once.
    sim.state.lock().unwrap().disabled_rooms.clear();
    let join = membership_body("Join", "gone0001", BOT_ID);
    sim.send_webhook(&worker.url(), SECRET, join).await.unwrap();
    let before = quiet(&sim, &worker.url(), SECRET, "gone0001").await;
    assert_eq!(before.len(), 5, "{before:?}");
    assert_eq!(sim.state.lock().unwrap().failed_auth, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nextclouds_each_with_its_secret_and_a_rotation() {
    let second_secret = "t".repeat(64);
    let old_secret = "o".repeat(64);
    let one = simulator(&[SECRET]).await;
    let two = simulator(&[&second_secret]).await;
    let urls = format!("{}, {}", one.url(), two.url());
    let secrets = format!("{SECRET} {second_secret}");
    let vars = [
        ("nextcloud_url", urls.as_str()),
        ("bot_secret", secrets.as_str()),
        // One previous secret for both, still accepted on webhooks during the rotation.
        ("bot_secret_previous", old_secret.as_str()),
    ];
    let Some(worker) = start(&one, "edge-two", &vars).await else {
        return;
    };
    let url = worker.url();
    let ask = |id: u64, text: &str| create_body("same1", id, "users/alice", "Alice", text);
    // The same conversation token on both: two conversations, each answered by its own.
    assert_eq!(
        one.send_webhook(&url, SECRET, ask(1, "to one"))
            .await
            .unwrap()
            .0,
        200
    );
    let second = two
        .send_webhook(&url, &second_secret, ask(1, "to two"))
        .await
        .unwrap();
    assert_eq!(second.0, 200, "{}", second.1);
    let rotated = two
        .send_webhook(&url, &old_secret, ask(2, "old secret"))
        .await
        .unwrap();
    assert_eq!(rotated.0, 200, "{}", rotated.1);
    // Another Nextcloud's secret is not this one's.
    let (status, _) = one
        .send_webhook(&url, &second_secret, ask(3, "x"))
        .await
        .unwrap();
    assert_eq!(status, 401);
    // Each simulator checks the replies' signatures against its own secret.
    let first = one.wait_for_messages(1, WAIT).await;
    let second = two.wait_for_messages(2, WAIT).await;
    let texts = |m: &[talkbot::simulator::Posted]| -> Vec<String> {
        m.iter().map(|p| p.message.clone()).collect()
    };
    assert_eq!(texts(&first), ["to one"]);
    assert_eq!(texts(&second), ["to two", "old secret"]);
    assert_eq!(worker.objects("talkbot-conversation").len(), 2);
    let before = quiet(&one, &url, SECRET, "same1").await;
    assert_eq!(before.len(), 1);
}
