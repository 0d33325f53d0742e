//! A real `talkbot serve` process killed with SIGKILL while work is queued; a restarted
//! process on the same data folder delivers it. SIGTERM shuts down cleanly.

use std::time::Duration;

use talkbot::simulator::create_body;
use talkbot_tests::harness::{SECRET, data_dir, quiet, simulator};
use talkbot_tests::process::{Talkbot, reserved_port};

const BIN: &str = env!("CARGO_BIN_EXE_talkbot-under-test");

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_with_queued_work_then_restarted_delivers_it() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("crash");
    let port = reserved_port();
    // First life: Nextcloud unreachable, so the reply stays queued (retrying).
    let first = Talkbot::spawn(BIN, "http://127.0.0.1:9", port, &dir, &[]);
    first.wait_listening().await;
    let url = first.url();
    let (status, _) = sim
        .send_webhook(
            &url,
            SECRET,
            create_body("room1234", 31337, "users/alice", "Alice", "survive this"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200, "acknowledged means durably queued");
    tokio::time::sleep(Duration::from_millis(300)).await;
    first.kill(); // SIGKILL
    assert!(sim.messages().is_empty());

    // Second life: same data folder, Nextcloud reachable.
    let mut second = Talkbot::spawn(BIN, &sim.url(), port, &dir, &[]);
    let messages = sim.wait_for_messages(1, Duration::from_secs(30)).await;
    assert_eq!(messages.len(), 1, "queued work was lost");
    assert_eq!(
        (messages[0].message.as_str(), messages[0].reply_to),
        ("survive this", Some(31337))
    );

    // SIGTERM: graceful shutdown, exit code 0.
    second.signal("TERM");
    let exit = second.wait_exit(Duration::from_secs(15)).await;
    assert!(exit.success(), "{exit}");
    // A third life must not send it again: a marker in the same conversation is answered after
    // anything still queued there.
    let third = Talkbot::spawn(BIN, &sim.url(), port, &dir, &[]);
    third.wait_listening().await;
    assert_eq!(
        quiet(&sim, &third.url(), SECRET, "room1234").await.len(),
        1,
        "delivered exactly once"
    );
    third.kill();
}
