//! Upgrading the native host: a queue written by the release before the job machine (schema
//! 4: each job's webhook body, its reply and delivery counters, no machine state) drains after
//! the upgrade. The fixture is that release's own database, dumped to SQL:
//! `tests/fixtures/native-queue-schema4.sql` (how it was made is in its header).

use std::time::Duration;

use talkbot::store::JobState;
use talkbot_tests::harness::{Bot, SECRET, config, data_dir, eventually, quiet, simulator};

const WAIT: Duration = Duration::from_secs(20);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_queue_written_before_the_job_machine_drains_in_order_once() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("upgrade-schema4");
    rusqlite::Connection::open(dir.join("queue.sqlite3"))
        .unwrap()
        .execute_batch(include_str!("../fixtures/native-queue-schema4.sql"))
        .expect("loading the schema-4 queue");
    let mut cfg = config(&sim.url(), SECRET, &dir, &[]);
    // The fixture's webhooks are as old as the fixture: a retry window of a century.
    cfg.delivery.retry_for = Duration::from_secs(100 * 365 * 24 * 3600);
    let bot = Bot::start(cfg).await;
    let posted = sim.wait_for_messages(2, WAIT).await;
    let got: Vec<(&str, Option<u64>)> = posted
        .iter()
        .map(|m| (m.message.as_str(), m.reply_to))
        .collect();
    assert_eq!(
        got,
        [
            ("asked before the upgrade", Some(41)),
            ("and a second question", Some(42))
        ]
    );
    for id in [1, 2] {
        eventually("the job done", WAIT, || {
            matches!(bot.app.store.state(id), Ok(Some((JobState::Done, _))))
        })
        .await;
    }
    // Nothing more is sent for them: only those two came before the marker's reply.
    assert_eq!(quiet(&sim, &bot.url, SECRET, "nativeroom1").await.len(), 2);
    bot.stop().await;
}
