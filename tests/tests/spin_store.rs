//! The Spin app when its database refuses a conversation's settings (a full disk, a broken
//! file): the job waits and goes on once the database takes them again. Never an answer that
//! claims a change which was not stored, never default settings in place of the room's.

use std::time::Duration;

use talkbot::simulator::{CreateBody, membership_body};
use talkbot_tests::harness::{SECRET, eventually, simulator};
use talkbot_tests::spin_host::spin_up;

const ROOM: &str = "spinstore1";
const DRAIN_TOKEN: &str = "t0ken-of-the-scheduler-0123456789";
const WAIT: Duration = Duration::from_secs(20);
const BOT_ID: &str = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";

/// Writes of any conversation's settings or memory fail, as on a full disk.
const REFUSE_WRITES: &str = "
    CREATE TRIGGER refuse_insert BEFORE INSERT ON talkbot_rooms
        BEGIN SELECT RAISE(ABORT, 'database or disk is full (test)'); END;
    CREATE TRIGGER refuse_update BEFORE UPDATE ON talkbot_rooms
        BEGIN SELECT RAISE(ABORT, 'database or disk is full (test)'); END;";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_whose_change_the_database_refuses_waits_and_answers_once_stored() {
    let sim = simulator(&[SECRET]).await;
    let app = spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &sim.url()),
        ("drain_token", DRAIN_TOKEN),
        ("greeting", "Hello!"),
        ("retry_initial_backoff_ms", "20"),
        ("retry_max_backoff_ms", "100"),
    ])
    .await;
    // A Join first: the app's tables exist once it is greeted.
    let join = membership_body("Join", ROOM, BOT_ID);
    sim.send_webhook(&app.url, SECRET, join).await.unwrap();
    sim.wait_for_messages(1, WAIT).await;
    app.sqlite
        .lock()
        .unwrap()
        .execute_batch(REFUSE_WRITES)
        .expect("the triggers");

    let mut command = CreateBody::new(ROOM, 6, "users/carol", "Carol", "/talkbot mode off");
    command.participant_type = Some(1);
    let (status, _) = sim
        .send_webhook(&app.url, SECRET, command.build())
        .await
        .unwrap();
    assert_eq!(status, 200);
    let waiting = format!(
        "SELECT count(*) FROM talkbot_jobs WHERE key = '0|{ROOM}|6' AND phase != 'done' \
         AND outcome LIKE '%the store is unavailable%disk is full (test)%'"
    );
    eventually("the command waiting on the database", WAIT, || {
        app.count(&waiting) == 1 && app.idle()
    })
    .await;
    assert_eq!(
        sim.messages().len(),
        1,
        "an answer went out for a change not stored"
    );

    // The disk has room again: the scheduler's next call stores the change, then answers.
    app.sqlite
        .lock()
        .unwrap()
        .execute_batch("DROP TRIGGER refuse_insert; DROP TRIGGER refuse_update;")
        .expect("dropping the triggers");
    let deadline = std::time::Instant::now() + WAIT;
    while sim.messages().len() < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "no answer after the disk had room"
        );
        assert_eq!(app.drain(DRAIN_TOKEN).await.0, 200);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let answer = &sim.messages()[1];
    assert!(
        answer.message.starts_with("Mode set to off"),
        "{}",
        answer.message
    );
    let stored = format!(
        "SELECT count(*) FROM talkbot_rooms WHERE token = '{ROOM}' AND settings LIKE '%\"off\"%'"
    );
    assert_eq!(app.count(&stored), 1);
}
