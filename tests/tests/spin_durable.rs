//! Durable replies on Spin: `spin up` of the project's `spin.toml` as a process against the
//! Talk simulator — on the project's wasmtime harness (`talkbot-spin-harness`, always) and on
//! the real Spin CLI where `TALKBOT_SPIN` names one — driven as Spin drives it: one instance
//! per request, and `deploy/spin-drain.sh` as the scheduler calling `POST /talkbot/drain`.
//!
//! - Talk answers 503 for a minute: the reply arrives once, after Talk is back.
//! - `spin up` is SIGKILLed while replies are due: after the restart the drain route
//!   delivers each of them once, in order.
//! - The same webhook twice, even at the same time: one reply.
//! - Two `spin up` sharing one SQLite file (runtime config) take a burst of webhooks spread
//!   over both, while both drain: every message is answered exactly once, in order per
//!   conversation.

#[allow(dead_code)]
mod spin_process;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use spin_process::{Runtime, SpinDirs, SpinUp, app_log, runtimes, spin_up};
use talkbot::simulator::{Simulator, create_body};
use talkbot_tests::harness::{SECRET, data_dir, eventually, simulator};
use talkbot_tests::workspace_dir;

const DRAIN_TOKEN: &str = "drain-token-for-tests-0123456789";
const WAIT: Duration = Duration::from_secs(60);

/// The variables of every run: a drain token, and retries that wait at most 2 s (so a test
/// sees the reply soon after Talk is back; the defaults wait up to a minute).
const VARIABLES: &[(&str, &str)] = &[
    ("drain_token", DRAIN_TOKEN),
    ("retry_initial_backoff_ms", "200"),
    ("retry_max_backoff_ms", "2000"),
];

async fn start(spin: &Runtime, sim: &Simulator, dir: &Path, shared: Option<&Path>) -> SpinUp {
    let dirs = SpinDirs {
        dir,
        runtime_config: shared,
    };
    spin_up(spin, &sim.url(), SECRET, dirs, VARIABLES).await
}

/// `POST /talkbot/drain` with the token: the status and the report.
async fn drain(app: &SpinUp, token: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .post(&app.drain_url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The scheduler the README gives plain `spin up`: `deploy/spin-drain.sh`, draining every
/// 500 ms until stopped.
struct Scheduler(tokio::process::Child);

impl Scheduler {
    fn start(app: &SpinUp) -> Scheduler {
        let base = app.drain_url.trim_end_matches("/talkbot/drain");
        let child = tokio::process::Command::new("sh")
            .arg(workspace_dir().join("deploy/spin-drain.sh"))
            .arg(base)
            .env("DRAIN_TOKEN", DRAIN_TOKEN)
            .env("DRAIN_EVERY", "0.5")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("starting deploy/spin-drain.sh (needs sh and curl)");
        Scheduler(child)
    }

    async fn stop(mut self) {
        let _ = self.0.kill().await;
    }
}

fn webhook(room: &str, id: u64, text: &str) -> Vec<u8> {
    create_body(room, id, "users/alice", "Alice", text)
}

/// (room, replyTo) → how many answers Talk stored.
type Counts = BTreeMap<(String, u64), usize>;
/// room → the messages answered, in the order the answers arrived.
type Order = BTreeMap<String, Vec<u64>>;

/// How often and in which order each message was answered.
fn answered(sim: &Simulator) -> (Counts, Order) {
    let mut counts = BTreeMap::new();
    let mut order: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for m in sim.messages() {
        let id = m.reply_to.expect("every answer is a reply");
        *counts.entry((m.token.clone(), id)).or_insert(0) += 1;
        order.entry(m.token).or_default().push(id);
    }
    (counts, order)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn talk_down_for_a_minute_then_the_reply_arrives_once() {
    for spin in runtimes("durable replies after an outage") {
        talk_down_for_a_minute_then_the_reply_arrives_once_on(&spin).await;
    }
}

async fn talk_down_for_a_minute_then_the_reply_arrives_once_on(spin: &Runtime) {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("spin-outage");
    let app = start(spin, &sim, &dir, None).await;
    let down_until = Instant::now() + Duration::from_secs(60);
    sim.state.lock().unwrap().unavailable_until = Some(down_until);

    let (status, text) = sim
        .send_webhook(&app.url, SECRET, webhook("outage1", 41, "are you there?"))
        .await
        .unwrap();
    assert_eq!((status, text.as_str()), (200, "accepted\n"));
    let cron = Scheduler::start(&app);
    let posted = sim
        .wait_for_messages(1, Duration::from_secs(60) + WAIT)
        .await;
    assert_eq!(
        posted.len(),
        1,
        "no reply; the app logged:\n{}",
        app_log(&dir)
    );
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
    // Later drains find nothing more to send.
    let (status, report) = drain(&app, DRAIN_TOKEN).await;
    assert_eq!(status, 200, "{report}");
    assert!(report.contains("\"waiting\":0"), "{report}");
    cron.stop().await;
    assert_eq!(sim.messages().len(), 1);

    // The drain route wants its token.
    let (status, reason) = drain(&app, "wrong").await;
    assert_eq!(status, 401, "{reason}");
    assert!(reason.contains("Bearer"), "{reason}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_with_due_replies_they_are_delivered_after_the_restart() {
    for spin in runtimes("SIGKILL with replies due") {
        killed_with_due_replies_they_are_delivered_after_the_restart_on(&spin).await;
    }
}

async fn killed_with_due_replies_they_are_delivered_after_the_restart_on(spin: &Runtime) {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("spin-kill");
    let app = start(spin, &sim, &dir, None).await;
    sim.state.lock().unwrap().unavailable_until = Some(Instant::now() + Duration::from_secs(3600));
    for id in 1..=3 {
        let body = webhook("killed1", id, &format!("question {id}"));
        let (status, text) = sim.send_webhook(&app.url, SECRET, body).await.unwrap();
        assert_eq!((status, text.as_str()), (200, "accepted\n"));
    }
    // The first was tried (and refused); the others wait behind it, in order.
    eventually("a delivery attempt", WAIT, || {
        sim.state.lock().unwrap().statuses.contains(&503)
    })
    .await;
    app.kill().await;

    sim.state.lock().unwrap().unavailable_until = None;
    let app = start(spin, &sim, &dir, None).await;
    assert!(sim.messages().is_empty());
    // One call of the scheduler delivers everything that is due.
    let deadline = Instant::now() + WAIT;
    while sim.messages().len() < 3 && Instant::now() < deadline {
        let (status, report) = drain(&app, DRAIN_TOKEN).await;
        assert_eq!(status, 200, "{report}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let texts: Vec<String> = sim.messages().into_iter().map(|m| m.message).collect();
    assert_eq!(
        texts,
        ["question 1", "question 2", "question 3"],
        "the app logged:\n{}",
        app_log(&dir)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_duplicate_webhook_is_answered_once_even_at_the_same_time() {
    for spin in runtimes("the same webhook twice at once") {
        a_duplicate_webhook_is_answered_once_even_at_the_same_time_on(&spin).await;
    }
}

async fn a_duplicate_webhook_is_answered_once_even_at_the_same_time_on(spin: &Runtime) {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("spin-dup");
    let app = start(spin, &sim, &dir, None).await;
    let body = webhook("dup1", 5, "once, please");
    let (a, b) = tokio::join!(
        sim.send_webhook(&app.url, SECRET, body.clone()),
        sim.send_webhook(&app.url, SECRET, body.clone()),
    );
    let mut answers = [a.unwrap().1, b.unwrap().1];
    answers.sort();
    assert_eq!(answers, ["accepted\n", "duplicate: already handled\n"]);
    sim.wait_for_messages(1, WAIT).await;
    let (status, text) = sim.send_webhook(&app.url, SECRET, body).await.unwrap();
    assert_eq!(
        (status, text.as_str()),
        (200, "duplicate: already handled\n")
    );
    let (status, report) = drain(&app, DRAIN_TOKEN).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(sim.messages().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_sharing_one_database_lose_and_double_nothing() {
    for spin in runtimes("two instances on one SQLite file") {
        two_instances_sharing_one_database_lose_and_double_nothing_on(&spin).await;
    }
}

async fn two_instances_sharing_one_database_lose_and_double_nothing_on(spin: &Runtime) {
    let sim = simulator(&[SECRET]).await;
    let shared = data_dir("spin-shared");
    let config = shared.join("runtime-config.toml");
    std::fs::write(
        &config,
        format!(
            "[sqlite_database.default]\ntype = \"spin\"\npath = {:?}\n",
            shared.join("talkbot.db")
        ),
    )
    .unwrap();
    let (dir_a, dir_b) = (data_dir("spin-a"), data_dir("spin-b"));
    let a = start(spin, &sim, &dir_a, Some(&config)).await;
    let b = start(spin, &sim, &dir_b, Some(&config)).await;
    // Some deliveries fail at first, so drains of both instances race for retries.
    sim.state.lock().unwrap().message_faults = [503, 503, 502, 503, 429, 503].into();
    let cron_a = Scheduler::start(&a);
    let cron_b = Scheduler::start(&b);

    const ROOMS: u64 = 4;
    const PER_ROOM: u64 = 15;
    // Rooms in parallel; within a room one webhook after another (as Talk sends them),
    // alternating between the instances.
    let mut rooms = Vec::new();
    for r in 0..ROOMS {
        let (sim, urls) = (sim.clone(), [a.url.clone(), b.url.clone()]);
        rooms.push(tokio::spawn(async move {
            let room = format!("scale{r}");
            for id in 100..100 + PER_ROOM {
                let url = &urls[((id + r) % 2) as usize];
                let body = webhook(&room, id, &format!("{room} message {id}"));
                let (status, text) = sim.send_webhook(url, SECRET, body).await.unwrap();
                assert_eq!((status, text.as_str()), (200, "accepted\n"), "{room} {id}");
            }
        }));
    }
    for room in rooms {
        room.await.unwrap();
    }
    let total = (ROOMS * PER_ROOM) as usize;
    eventually("every message answered", WAIT, || {
        sim.messages().len() >= total
    })
    .await;
    // Give a double send the time to show.
    let (status, report) = drain(&a, DRAIN_TOKEN).await;
    assert_eq!(status, 200, "{report}");
    let (status, report) = drain(&b, DRAIN_TOKEN).await;
    assert_eq!(status, 200, "{report}");
    cron_a.stop().await;
    cron_b.stop().await;
    let (counts, order) = answered(&sim);
    assert_eq!(counts.len(), total, "lost: {counts:?}");
    assert!(counts.values().all(|n| *n == 1), "doubled: {counts:?}");
    for (room, ids) in order {
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "{room} out of order");
    }
    assert!(report.contains("\"waiting\":0"), "{report}");
    drop((a, b));
}
