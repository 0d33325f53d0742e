//! A real `talkbot serve` process killed with SIGKILL while work is queued; a restarted
//! process on the same data folder delivers it. SIGTERM shuts down cleanly.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use talkbot::simulator::create_body;
use talkbot_tests::harness::{SECRET, data_dir, simulator};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn spawn(nextcloud_url: &str, port: u16, dir: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_talkbot-under-test"))
        .arg("serve")
        .env("NEXTCLOUD_URL", nextcloud_url)
        .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
        .env("TALKBOT_LISTEN", format!("127.0.0.1:{port}"))
        .env("TALKBOT_DATA_DIR", dir)
        .env("TALKBOT_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("starting talkbot")
}

async fn wait_healthy(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return;
        }
        assert!(Instant::now() < deadline, "talkbot did not become healthy");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_with_queued_work_then_restarted_delivers_it() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("crash");
    let port = free_port();
    // First life: Nextcloud unreachable, so the reply stays queued (retrying).
    let mut first = spawn("http://127.0.0.1:9", port, &dir);
    wait_healthy(port).await;
    let url = format!("http://127.0.0.1:{port}/nextcloud-talk-webhook");
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
    first.kill().expect("SIGKILL"); // std's kill is SIGKILL on Unix
    first.wait().unwrap();
    assert!(sim.messages().is_empty());

    // Second life: same data folder, Nextcloud reachable.
    let mut second = spawn(&sim.url(), port, &dir);
    let messages = sim.wait_for_messages(1, Duration::from_secs(30)).await;
    assert_eq!(messages.len(), 1, "queued work was lost");
    assert_eq!(
        (messages[0].message.as_str(), messages[0].reply_to),
        ("survive this", Some(31337))
    );

    // SIGTERM: graceful shutdown, exit code 0.
    let status = Command::new("kill")
        .arg("-TERM")
        .arg(second.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    let exit = loop {
        if let Some(exit) = second.try_wait().unwrap() {
            break exit;
        }
        assert!(Instant::now() < deadline, "talkbot did not stop on SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(exit.success(), "{exit}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(sim.messages().len(), 1, "delivered exactly once");
}
