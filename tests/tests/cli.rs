//! `talkbot send` / `talkbot react` as processes against the simulator: what arrives, and the
//! exit codes and explanations for Talk's refusals.

use std::process::{Command, Output};

use talkbot_tests::harness::{SECRET, simulator};

fn talkbot(nextcloud_url: &str, secret: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_talkbot-under-test"))
        .args(args)
        .env("NEXTCLOUD_URL", nextcloud_url)
        .env("NEXTCLOUD_TALK_BOT_SECRET", secret)
        .env("TALKBOT_LOG", "warn")
        // Its 401s go to this run's own budget log, not to one in the checkout.
        .env("TALKBOT_DATA_DIR", talkbot_tests::harness::data_dir("cli"))
        .output()
        .expect("running talkbot")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_and_react_post_as_the_bot() {
    let sim = simulator(&[SECRET]).await;
    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(
            &url,
            SECRET,
            &[
                "send",
                "--token",
                "room1234",
                "--reply-to",
                "42",
                "--silent",
                "Build #42 passed ✅",
            ],
        )
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let messages = sim.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(
        (
            messages[0].message.as_str(),
            messages[0].reply_to,
            messages[0].silent
        ),
        ("Build #42 passed ✅", Some(42), true)
    );

    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(
            &url,
            SECRET,
            &["react", "--token", "room1234", "--message-id", "42", "👍"],
        )
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(
            &url,
            SECRET,
            &[
                "react",
                "--token",
                "room1234",
                "--message-id",
                "42",
                "--remove",
                "👍",
            ],
        )
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let log = sim.state.lock().unwrap().reaction_log.clone();
    assert_eq!(
        log.iter().map(|e| (e.0.as_str(), e.4)).collect::<Vec<_>>(),
        [("POST", 201), ("DELETE", 200)]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_have_exit_codes_and_explanations() {
    let sim = simulator(&["the-secret-talk-knows-0123456789abcdefghij"]).await;
    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(&url, SECRET, &["send", "--token", "room1234", "hi"])
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("-f response"), "{}", stderr(&out));

    sim.state.lock().unwrap().secrets = vec![SECRET.into()];
    sim.script_faults(&[429]);
    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(&url, SECRET, &["send", "--token", "room1234", "hi"])
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("bruteforce:reset"),
        "{}",
        stderr(&out)
    );

    sim.script_faults(&[412]);
    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(&url, SECRET, &["send", "--token", "room1234", "hi"])
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("OCS-APIRequest"), "{}", stderr(&out));

    let url = sim.url();
    let out = tokio::task::spawn_blocking(move || {
        talkbot(&url, SECRET, &["send", "--token", "Not-A-Token", "hi"])
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid conversation token"),
        "{}",
        stderr(&out)
    );

    let out = tokio::task::spawn_blocking(|| {
        talkbot(
            "https://cloud.example.com",
            "short",
            &["send", "--token", "room1234", "hi"],
        )
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("NEXTCLOUD_TALK_BOT_SECRET"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("short"),
        "secrets never appear in output: {}",
        stderr(&out)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simulate_works_again_and_again_against_one_bot() {
    use talkbot_tests::harness::{Bot, config, data_dir};
    let port = talkbot_tests::process::free_port();
    let nextcloud = format!("http://127.0.0.1:{port}");
    let bot = Bot::start(config(&nextcloud, SECRET, &data_dir("simulate"), &[])).await;
    for round in 1..=2 {
        let bot_url = bot.url.clone();
        let listen = format!("127.0.0.1:{port}");
        let out = tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_talkbot-under-test"))
                .args(["simulate", "--listen", &listen, "--bot-url", &bot_url])
                .arg(format!("hello {round}"))
                .env("NEXTCLOUD_TALK_BOT_SECRET", SECRET)
                .env("TALKBOT_LOG", "warn")
                .output()
                .expect("running talkbot simulate")
        })
        .await
        .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "round {round}: {stdout} {}",
            stderr(&out)
        );
        assert!(
            stdout.contains("webhook → 200 queued"),
            "round {round}: {stdout}"
        );
        assert!(
            stdout.contains(&format!("bot → simroom1: hello {round}")),
            "round {round}: {stdout}"
        );
    }
    bot.stop().await;
}

#[test]
fn network_failures_say_why() {
    let port = talkbot_tests::process::free_port();
    let refused = talkbot(
        &format!("http://127.0.0.1:{port}"),
        SECRET,
        &["send", "--token", "room1234", "hi"],
    );
    assert_eq!(refused.status.code(), Some(4));
    let text = stderr(&refused);
    assert!(
        text.contains("connection failed") && text.contains("Connection refused"),
        "{text}"
    );
    let dns = talkbot(
        "http://no-such-host.invalid",
        SECRET,
        &["send", "--token", "room1234", "hi"],
    );
    let text = stderr(&dns);
    assert!(
        text.contains("does not resolve") && text.contains("dns error"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_spends_nothing_while_the_401_budget_is_spent_and_records_its_own_401s() {
    let sim = simulator(&[SECRET]).await;
    let dir = talkbot_tests::harness::data_dir("cli-budget");
    let run = |dir: std::path::PathBuf, url: String, secret: &'static str| {
        tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_talkbot-under-test"))
                .args(["send", "--token", "room1234", "hi"])
                .env("NEXTCLOUD_URL", &url)
                .env("NEXTCLOUD_TALK_BOT_SECRET", secret)
                .env("TALKBOT_LOG", "warn")
                .env("TALKBOT_DATA_DIR", &dir)
                .output()
                .expect("running talkbot")
        })
    };
    // A wrong secret: 401, recorded for serve and the other commands.
    let wrong = "not-the-secret-0123456789abcdef0123456789abcdef";
    let out = run(dir.clone(), sim.url(), wrong).await.unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let log = std::fs::read_to_string(dir.join("unauthorized.log")).unwrap();
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(log.starts_with("401 "), "{log}");
    // Four more 401s (from serve, say): the budget of five is spent; `send` sends nothing.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    let base = log.trim_end().splitn(3, ' ').nth(2).unwrap().to_string();
    let more: String = (1..=4)
        .map(|i| format!("401 {} {base}\n", now - i))
        .collect();
    std::fs::OpenOptions::new()
        .append(true)
        .open(dir.join("unauthorized.log"))
        .and_then(|mut f| std::io::Write::write_all(&mut f, more.as_bytes()))
        .unwrap();
    let before = sim.statuses().len();
    let out = run(dir.clone(), sim.url(), SECRET).await.unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("paused") && stderr(&out).contains("budget of 5"),
        "{}",
        stderr(&out)
    );
    assert_eq!(sim.statuses().len(), before, "a request was sent");
}
