//! Scheduled messages on every host: each occurrence posted once, an occurrence missed while
//! the host was down posted late (within the grace), none twice — through a `kill -9` of the
//! native process, on the Spin app's drain route with two drains at once, and in the Worker's
//! alarm after workerd was killed.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use talkbot_tests::harness::{SECRET, data_dir, eventually, simulator};
use talkbot_tests::process::{Talkbot, reserved_port};
use talkbot_tests::scenarios::{TICK_TOML, every_tick_once, posted_occurrences};

const BIN: &str = env!("CARGO_BIN_EXE_talkbot-under-test");
const WAIT: Duration = Duration::from_secs(30);

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs()
}

/// Whether the next tick (every even second) is at least 300 ms away and the last at least
/// 300 ms past: a kill now finds no tick being sent.
fn between_ticks() -> bool {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_millis()
        % 2000;
    (300..1700).contains(&ms)
}

/// At least two occurrences strictly between `from` and `to` (the outage) were posted, late.
fn posted_late(occurrences: &[u64], from: u64, to: u64) {
    let late = occurrences
        .iter()
        .filter(|s| **s > from && **s < to)
        .count();
    assert!(
        late >= 2,
        "the occurrences between {from} and {to} were posted late: {occurrences:?}"
    );
}

/// The host stays down (or uncalled) until `secs` seconds after `from`: the scenario's outage,
/// across at least two occurrences of a 2-second schedule.
async fn stay_down(from: u64, secs: u64) {
    while now_secs() < from + secs {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn native_posts_each_occurrence_once_through_a_kill_9() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("schedules-native");
    let file = dir.join("talkbot.toml");
    std::fs::write(&file, TICK_TOML).unwrap();
    let config = file.display().to_string();
    let env = [("TALKBOT_CONFIG", config.as_str())];
    let started = now_secs();
    let port = reserved_port();
    let bot = Talkbot::spawn(BIN, &sim.url(), port, &dir, &env);
    bot.wait_listening().await;
    eventually("two ticks", WAIT, || sim.messages().len() >= 2).await;
    // Killed with nothing in flight (a tick was just posted and its job is done; the next is
    // 2 s away: a kill during a send may double a message, as for any reply), and kept down
    // across at least two occurrences.
    loop {
        bot.drained(WAIT).await;
        if between_ticks() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bot.kill();
    let down = now_secs();
    stay_down(down, 5).await;
    let bot = Talkbot::spawn(BIN, &sim.url(), port, &dir, &env);
    bot.wait_listening().await;
    let back = now_secs();
    // The missed ones come late, then the timer goes on.
    eventually("ticks after the restart", WAIT, || {
        let after = posted_occurrences(&sim, "tick", started - 2, now_secs() + 2);
        after.iter().any(|s| *s > back + 2)
    })
    .await;
    bot.kill();
    let occurrences = posted_occurrences(&sim, "tick", started - 2, now_secs() + 2);
    every_tick_once(&occurrences);
    posted_late(&occurrences, down, back);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_drains_post_each_occurrence_once_with_two_drains_at_once() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let token = "t0ken-of-the-scheduler-0123456789";
    let app = talkbot_tests::spin_host::spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("drain_token", token),
        ("schedules", talkbot_tests::scenarios::TICK_VARIABLE),
    ])
    .await;
    let started = now_secs();
    // A cron caller that drains twice at once (two instances), every half second, with a
    // pause of 5 s (nobody called: the occurrences meanwhile are posted late).
    let drains = |n: u32| {
        let app = &app;
        async move {
            for _ in 0..n {
                let (a, b) = tokio::join!(app.drain(token), app.drain(token));
                assert_eq!((a.0, b.0), (200, 200), "{a:?} {b:?}");
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
    };
    drains(8).await;
    let paused = now_secs();
    stay_down(paused, 5).await;
    let resumed = now_secs();
    drains(6).await;
    eventually("the drains to finish", WAIT, || app.idle()).await;
    let occurrences = posted_occurrences(&sim, "tick", started - 2, now_secs() + 2);
    every_tick_once(&occurrences);
    posted_late(&occurrences, paused, resumed);
    assert_eq!(
        app.count("SELECT count(*) FROM talkbot_clock WHERE name = 'schedules'"),
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_workers_alarm_posts_each_occurrence_once_through_a_kill_9() {
    let sim = simulator(&[SECRET]).await;
    let storage = data_dir("schedules-workerd");
    let vars = [("schedules", talkbot_tests::scenarios::TICK_VARIABLE)];
    let Some(mut worker) =
        talkbot_tests::workerd::Workerd::start(&sim.url(), &storage, &vars).await
    else {
        return;
    };
    let started = now_secs();
    // A webhook (any) sets the schedules' alarm, as the cron trigger does on Cloudflare.
    let hello = talkbot::simulator::create_body("other001", 1, "users/alice", "Alice", "hi");
    let (status, _) = sim
        .send_webhook(&worker.url(), SECRET, hello)
        .await
        .unwrap();
    assert_eq!(status, 200);
    let ticks = |sim: &talkbot::simulator::Simulator| {
        sim.messages()
            .iter()
            .filter(|m| m.token == talkbot_tests::scenarios::SCHEDULE_ROOM)
            .count()
    };
    eventually("two ticks", WAIT, || ticks(&sim) >= 2).await;
    // Killed with nothing in flight: the ticks' jobs are done in their object's SQLite.
    eventually("the ticks' jobs done, away from a tick", WAIT, || {
        worker.count_jobs("done_at IS NULL") == 0 && between_ticks()
    })
    .await;
    worker.kill().await;
    let down = now_secs();
    stay_down(down, 5).await;
    worker.restart().await;
    let back = now_secs();
    // No webhook: the alarm kept on disk goes on, the missed ones come late.
    eventually("ticks after the restart", WAIT, || {
        posted_occurrences(&sim, "tick", started - 2, now_secs() + 2)
            .iter()
            .any(|s| *s > back + 2)
    })
    .await;
    drop(worker);
    let occurrences = posted_occurrences(&sim, "tick", started - 2, now_secs() + 2);
    every_tick_once(&occurrences);
    posted_late(&occurrences, down, back);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_node_example_posts_each_occurrence_once() {
    let sim = simulator(&[SECRET]).await;
    let started = now_secs();
    let Some(mut node) = talkbot_tests::node_bot::node_bot(
        &sim.url(),
        &[("TALKBOT_SCHEDULES", talkbot_tests::scenarios::TICK_VARIABLE)],
    )
    .await
    else {
        return;
    };
    eventually("four ticks", WAIT, || {
        posted_occurrences(&sim, "tick", started - 2, now_secs() + 2).len() >= 4
    })
    .await;
    let _ = node.child.kill().await;
    every_tick_once(&posted_occurrences(
        &sim,
        "tick",
        started - 2,
        now_secs() + 2,
    ));
}

/// A schedule made from the chat posts on the next minute: the native host, the Spin app
/// (drained as its cron caller would), the Worker and the Node example, side by side (one
/// minute's wait for all).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schedule_made_from_the_chat_posts_on_every_host() {
    use talkbot_tests::scenarios::schedule_from_the_chat;
    let native = async {
        let sim = simulator(&[SECRET]).await;
        let cfg =
            talkbot_tests::harness::config(&sim.url(), SECRET, &data_dir("chat-schedule"), &[]);
        let bot = talkbot_tests::harness::Bot::start(cfg).await;
        schedule_from_the_chat(&sim, &bot.url).await;
        bot.stop().await;
    };
    let spin = async {
        let sim = simulator(&[SECRET]).await;
        let nextcloud = sim.url();
        let token = "t0ken-of-the-scheduler-0123456789";
        let app = talkbot_tests::spin_host::spin_up(&[
            ("bot_secret", SECRET),
            ("nextcloud_url", &nextcloud),
            ("drain_token", token),
        ])
        .await;
        let caller = {
            let drain_url = app.drain_url.clone();
            tokio::spawn(async move {
                loop {
                    let _ = reqwest::Client::new()
                        .post(&drain_url)
                        .bearer_auth(token)
                        .send()
                        .await;
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            })
        };
        schedule_from_the_chat(&sim, &app.url).await;
        caller.abort();
    };
    let edge = async {
        let sim = simulator(&[SECRET]).await;
        let storage = data_dir("chat-schedule-workerd");
        if let Some(worker) =
            talkbot_tests::workerd::Workerd::start(&sim.url(), &storage, &[]).await
        {
            schedule_from_the_chat(&sim, &worker.url()).await;
        }
    };
    let node = async {
        let sim = simulator(&[SECRET]).await;
        if let Some(mut node) = talkbot_tests::node_bot::node_bot(&sim.url(), &[]).await {
            schedule_from_the_chat(&sim, &node.url).await;
            let _ = node.child.kill().await;
        }
    };
    tokio::join!(native, spin, edge, node);
}
