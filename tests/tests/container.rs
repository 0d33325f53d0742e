//! The container image (`deploy/Containerfile`, assembled by `deploy/build-image.sh`), built
//! and run with podman: not root, `/data` a volume, the health check answers, and the bot in
//! it answers a signed webhook from the simulator.

use std::process::{Command, Output};
use std::time::Duration;

use talkbot::simulator::create_body;
use talkbot_tests::harness::{SECRET, data_dir, eventually, simulator};
use talkbot_tests::process::free_port;

const WAIT: Duration = Duration::from_secs(60);

/// podman with settings that work inside this project's sandboxes too (cgroupfs, runc, no
/// default ulimits); None when podman is not installed (skipped, except in CI).
fn podman() -> Option<impl Fn(&[&str]) -> Output> {
    let found = Command::new("podman")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs podman (see .ci/run)"
        );
        eprintln!("skipped: podman is not installed");
        return None;
    }
    let dir = data_dir("podman-conf");
    let conf = dir.join("containers.conf");
    let runc = Command::new("runc").arg("--version").output().is_ok();
    std::fs::write(
        &conf,
        format!(
            "[containers]\ndefault_ulimits = []\n[engine]\ncgroup_manager = \"cgroupfs\"\n{}",
            if runc { "runtime = \"runc\"\n" } else { "" }
        ),
    )
    .unwrap();
    Some(move |args: &[&str]| {
        Command::new("podman")
            .args(args)
            .env("CONTAINERS_CONF", &conf)
            .output()
            .expect("running podman")
    })
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_image_runs_unprivileged_reports_health_and_answers() {
    let Some(podman) = podman() else {
        return;
    };
    let id = std::process::id();
    let tag = format!("localhost/talkbot-test:{id}");
    let (name, volume) = (
        format!("talkbot-test-{id}"),
        format!("talkbot-test-data-{id}"),
    );
    let script = talkbot_tests::workspace_dir().join("deploy/build-image.sh");
    let out = {
        let (tag, script) = (tag.clone(), script.clone());
        tokio::task::spawn_blocking(move || {
            Command::new("bash")
                .arg(&script)
                .arg(&tag)
                .env("BIN", env!("CARGO_BIN_EXE_talkbot-under-test"))
                .output()
                .expect("building the image")
        })
        .await
        .unwrap()
    };
    assert!(out.status.success(), "build-image.sh: {}", text(&out));

    let inspect = podman(&[
        "image",
        "inspect",
        &tag,
        "--format",
        "{{.Config.User}}|{{json .Config.Healthcheck.Test}}|{{json .Config.Volumes}}|{{json .Config.Entrypoint}}",
    ]);
    let inspect = text(&inspect);
    assert!(inspect.starts_with("65532:65532|"), "{inspect}");
    assert!(inspect.contains("\"health\""), "{inspect}");
    assert!(inspect.contains("\"/data\""), "{inspect}");
    assert!(inspect.contains("/usr/local/bin/talkbot"), "{inspect}");

    let sim = simulator(&[SECRET]).await;
    let port = free_port();
    let listen = format!("TALKBOT_LISTEN=127.0.0.1:{port}");
    let nextcloud = format!("NEXTCLOUD_URL={}", sim.url());
    let secret = format!("NEXTCLOUD_TALK_BOT_SECRET={SECRET}");
    let mount = format!("{volume}:/data");
    let run = podman(&[
        "run",
        "-d",
        "--name",
        &name,
        "--network",
        "host",
        "-e",
        &listen,
        "-e",
        &nextcloud,
        "-e",
        &secret,
        "-v",
        &mount,
        &tag,
    ]);
    assert!(run.status.success(), "podman run: {}", text(&run));
    let cleanup = |podman: &dyn Fn(&[&str]) -> Output| {
        podman(&["rm", "-f", &name]);
        podman(&["volume", "rm", "-f", &volume]);
        podman(&["rmi", "-f", &tag]);
    };
    let url = format!("http://127.0.0.1:{port}/nextcloud-talk-webhook");
    let mut listening = false;
    for _ in 0..600 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            listening = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if !listening {
        let logs = text(&podman(&["logs", &name]));
        cleanup(&podman);
        panic!("the container did not start listening: {logs}");
    }
    let (status, _) = sim
        .send_webhook(
            &url,
            SECRET,
            create_body("room1234", 1, "users/alice", "Alice", "from a container"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("the reply", WAIT, || {
        sim.messages()
            .iter()
            .any(|m| m.message == "from a container")
    })
    .await;
    let health = podman(&["healthcheck", "run", &name]);
    let top = text(&podman(&["top", &name, "user", "comm"]));
    let stop = podman(&["stop", "-t", "20", &name]);
    let exit = text(&podman(&[
        "inspect",
        &name,
        "--format",
        "{{.State.ExitCode}}",
    ]));
    let mountpoint = text(&podman(&[
        "volume",
        "inspect",
        &volume,
        "--format",
        "{{.Mountpoint}}",
    ]));
    let kept = std::path::Path::new(mountpoint.trim())
        .join("queue.sqlite3")
        .is_file();
    cleanup(&podman);
    assert!(health.status.success(), "health check: {}", text(&health));
    assert!(
        top.contains("talkbot") && !top.lines().skip(1).any(|l| l.starts_with("root")),
        "{top}"
    );
    assert!(stop.status.success(), "{}", text(&stop));
    assert_eq!(exit.trim(), "0", "SIGTERM ends it cleanly");
    assert!(kept, "the queue is in the /data volume ({mountpoint})");
}
