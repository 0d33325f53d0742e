//! End to end: the simulator sends signed webhooks to a real talkbot on loopback (real HTTP,
//! real SQLite, real component instances) and checks what arrives at its bot API.

use std::time::Duration;

use talkbot::simulator::{create_body, membership_body};
use talkbot_tests::fake_openai::{FakeOpenAi, Reply};
use talkbot_tests::harness::{
    Bot, SECRET, config, data_dir, env_refs, eventually, quiet, simulator,
};

const ROOM: &str = "room1234";
const WAIT: Duration = Duration::from_secs(20);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_gets_one_reply_in_the_right_room_with_reply_to() {
    let sim = simulator(&[SECRET]).await;
    // A model answers (👀 shows while a responder outside the bot works; the echo needs none).
    let model = FakeOpenAi::start("reply").await;
    model.script([Reply::Text("Hello 🌍 /\\ \"x\"".into())]);
    let mut cfg = config(
        &sim.url(),
        SECRET,
        &data_dir("reply"),
        &env_refs(&model.env()),
    );
    cfg.status_reaction_delay = Duration::ZERO;
    let bot = Bot::start(cfg).await;
    let (status, body) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body(ROOM, 4711, "users/alice", "Alice", "Hello 🌍 /\\ \"x\""),
        )
        .await
        .unwrap();
    assert_eq!((status, body.trim()), (200, "queued"));
    let messages = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(messages.len(), 1);
    let m = &messages[0];
    assert_eq!(
        (m.token.as_str(), m.message.as_str(), m.reply_to),
        (ROOM, "Hello 🌍 /\\ \"x\"", Some(4711))
    );
    let reference = m.reference_id.as_deref().unwrap();
    assert_eq!(reference.len(), 64);
    // 👀 while working, removed once the reply was delivered.
    eventually("the 👀 reaction to be removed", WAIT, || {
        sim.state.lock().unwrap().reaction_log.len() == 2
    })
    .await;
    let log = sim.state.lock().unwrap().reaction_log.clone();
    assert_eq!(log[0], ("POST".into(), ROOM.into(), 4711, "👀".into(), 201));
    assert_eq!(
        log[1],
        ("DELETE".into(), ROOM.into(), 4711, "👀".into(), 200)
    );
    assert_eq!(
        quiet(&sim, &bot.url, SECRET, ROOM).await.len(),
        1,
        "exactly one reply"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mention_only_mode_answers_mentions_and_strips_them() {
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(
        &sim.url(),
        SECRET,
        &data_dir("mention"),
        &[("TALKBOT_MODE", "mention"), ("AGENT_NAME", "Helper")],
    ))
    .await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 1, "users/alice", "Alice", "no mention here"),
    )
    .await
    .unwrap();
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 2, "users/alice", "Alice", "@helper, what time is it?"),
    )
    .await
    .unwrap();
    let messages = sim.wait_for_messages(1, WAIT).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let messages = if messages.len() == 1 {
        sim.messages()
    } else {
        messages
    };
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert_eq!(
        (messages[0].message.as_str(), messages[0].reply_to),
        ("what time is it?", Some(2))
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_command_output_is_split_into_three_messages() {
    let dir = data_dir("split");
    let script = dir.join("long.sh");
    // 70,000 characters of words (with a few multi-byte ones), produced by a real program.
    std::fs::write(&script, "#!/bin/sh\ncat > /dev/null\ni=0\nwhile [ $i -lt 5000 ]; do printf 'word%05d äöü ' $i; i=$((i+1)); done\n").unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    let responder = format!("command:{}", script.display());
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(
        &sim.url(),
        SECRET,
        &dir,
        &[("TALKBOT_RESPONDER", &responder)],
    ))
    .await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 9, "users/alice", "Alice", "long please"),
    )
    .await
    .unwrap();
    let messages = sim.wait_for_messages(3, WAIT).await;
    assert_eq!(
        messages.len(),
        3,
        "{:?}",
        messages
            .iter()
            .map(|m| m.message.chars().count())
            .collect::<Vec<_>>()
    );
    let total: usize = messages.iter().map(|m| m.message.chars().count()).sum();
    assert_eq!(
        total,
        70_000 - 1,
        "everything but the trailing space arrives"
    );
    for (i, m) in messages.iter().enumerate() {
        assert!(m.message.chars().count() <= 32000);
        // Every chunk replies to the question, so all of them land in its thread.
        assert_eq!(m.reply_to, Some(9), "chunk {i}");
        assert!(
            i == 0 || messages[i - 1].message.ends_with(' '),
            "chunk {i} was cut inside a word"
        );
    }
    let references: std::collections::HashSet<_> =
        messages.iter().map(|m| m.reference_id.clone()).collect();
    assert_eq!(references.len(), 3);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_signature_is_401_and_gets_no_reply() {
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("forged"), &[])).await;
    let body = create_body(ROOM, 5, "users/mallory", "Mallory", "let me in");
    let (status, text) = sim
        .send_webhook(
            &bot.url,
            "a-different-secret-0123456789abcdef012345",
            body.clone(),
        )
        .await
        .unwrap();
    assert_eq!(status, 401);
    assert!(text.contains("invalid signature"), "{text}");
    let (status, _) = sim
        .post_webhook(&bot.url, "short", "00", body)
        .await
        .unwrap();
    assert_eq!(status, 401);
    let (status, text) = sim
        .send_webhook(&bot.url, SECRET, b"{\"type\":\"Create\"".to_vec())
        .await
        .unwrap();
    assert_eq!(status, 400, "{text}");
    // A genuine message after them is answered; nothing came before its reply.
    assert!(quiet(&sim, &bot.url, SECRET, ROOM).await.is_empty());
    assert_eq!(
        sim.statuses(),
        [201],
        "the bot must not have called the API for the refused webhooks"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_webhook_twice_gets_one_reply() {
    let sim = simulator(&[SECRET]).await;
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("dup"), &[])).await;
    let body = create_body(ROOM, 77, "users/alice", "Alice", "once");
    let first = sim
        .send_webhook(&bot.url, SECRET, body.clone())
        .await
        .unwrap();
    let second = sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
    assert_eq!(first.0, 200);
    assert_eq!(
        (second.0, second.1.trim()),
        (200, "duplicate; already queued")
    );
    sim.wait_for_messages(1, WAIT).await;
    assert_eq!(quiet(&sim, &bot.url, SECRET, ROOM).await.len(), 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_503s_then_exactly_one_reply() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("503"), &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    sim.script_faults(&[503, 503]);
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 8, "users/alice", "Alice", "retry me"),
    )
    .await
    .unwrap();
    let messages = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(quiet(&sim, &bot.url, SECRET, ROOM).await.len(), 1);
    assert_eq!(messages[0].message, "retry me");
    assert_eq!(sim.statuses()[..3], [503, 503, 201]);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_401_stops_sending_before_the_lockout() {
    // The bot verifies webhooks with its secret, but Talk knows another one for it.
    let sim = simulator(&["what-talk-has-0123456789abcdef0123456789ab"]).await;
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("401"), &[])).await;
    for id in 1..=6 {
        let (status, _) = sim
            .send_webhook(
                &bot.url,
                SECRET,
                create_body(&format!("room{id:04}"), id, "users/alice", "Alice", "hi"),
            )
            .await
            .unwrap();
        assert_eq!(status, 200);
    }
    eventually("sending to stop", WAIT, || bot.app.standing[0].is_held()).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let failed = sim.state.lock().unwrap().failed_auth;
    assert!(
        (3..talkbot::simulator::BRUTE_FORCE_LIMIT).contains(&failed),
        "{failed} failed authentications"
    );
    assert!(sim.messages().is_empty());
    // Nothing is lost or given up: the work waits (held, or pending behind the stopped backend)
    // until the operator fixed the secret and restarted.
    bot.app.store.flush().await.unwrap();
    let counts = bot.app.store.counts().unwrap();
    let count = |state: &str| {
        counts
            .iter()
            .find(|(s, _)| s.as_str() == state)
            .map_or(0, |(_, n)| *n)
    };
    assert_eq!(count("held") + count("pending"), 6, "{counts:?}");
    assert!(count("held") >= 1, "{counts:?}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn join_greets_and_leave_drops_pending_work() {
    let dir = data_dir("join");
    // The answer to A takes until the test says so.
    let flag = dir.join("answer-now");
    let script = dir.join("slow.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncat > /dev/null\nwhile [ ! -e {} ]; do sleep 0.02; done\necho late answer\n",
            flag.display()
        ),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    let responder = format!("command:{}", script.display());
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(
        &sim.url(),
        SECRET,
        &dir,
        &[("TALKBOT_RESPONDER", &responder)],
    );
    cfg.greeting = Some("Hi, I am talkbot. Mention me with @talkbot.".into());
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    let bot_id = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";
    sim.send_webhook(&bot.url, SECRET, membership_body("Join", ROOM, bot_id))
        .await
        .unwrap();
    let messages = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(
        (messages[0].message.as_str(), messages[0].reply_to),
        ("Hi, I am talkbot. Mention me with @talkbot.", None)
    );
    // The bot never answers itself or other bots.
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 50, bot_id, "talkbot", "echo loop?"),
    )
    .await
    .unwrap();
    // A (its answer in the making), B waiting behind it, then the bot is removed.
    for (id, text) in [(51, "question A"), (52, "question B")] {
        sim.send_webhook(
            &bot.url,
            SECRET,
            create_body(ROOM, id, "users/alice", "Alice", text),
        )
        .await
        .unwrap();
    }
    let (status, _) = sim
        .send_webhook(&bot.url, SECRET, membership_body("Leave", ROOM, bot_id))
        .await
        .unwrap();
    assert_eq!(status, 200);
    // Jobs: 1 Join, 2 the bot's own message, 3 A, 4 B, 5 Leave.
    let state = |id| bot.app.store.state(id).ok().flatten().map(|(s, _)| s);
    eventually(
        "A and B to be dropped while A is still thinking",
        WAIT,
        || {
            state(3) == Some(talkbot::store::JobState::Dropped)
                && state(4) == Some(talkbot::store::JobState::Dropped)
        },
    )
    .await;
    // A's answer arrives after the bot left: it is not sent.
    std::fs::write(&flag, "").unwrap();
    eventually("A's run to end", WAIT, || {
        bot.app.metrics.responder_count("main", "answered")
            + bot.app.metrics.responder_count(&responder, "answered")
            >= 1
    })
    .await;
    // A's answer would go out right after the responder returned: give it that moment.
    tokio::time::sleep(Duration::from_millis(300)).await;
    bot.app.store.flush().await.unwrap();
    assert_eq!(state(5), Some(talkbot::store::JobState::Done));
    assert_eq!(
        sim.messages().len(),
        1,
        "only the greeting: {:?}",
        sim.messages()
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_within_a_conversation_arrive_in_order() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("order"), &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    // A transient failure in the middle must not let later messages overtake.
    sim.script_faults(&[503]);
    let rooms = ["rooma001", "roomb002", "roomc003"];
    for id in 1..=60u64 {
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
    let messages = sim.wait_for_messages(60, WAIT).await;
    assert_eq!(messages.len(), 60);
    for room in rooms {
        let ids: Vec<u64> = messages
            .iter()
            .filter(|m| m.token == room)
            .map(|m| m.reply_to.unwrap())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "replies in {room} out of order");
        assert_eq!(ids.len(), 20);
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_400_is_not_retried_and_marks_the_message() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("400").await;
    let mut cfg = config(
        &sim.url(),
        SECRET,
        &data_dir("400"),
        &env_refs(&model.env()),
    );
    cfg.status_reaction_delay = Duration::ZERO;
    let bot = Bot::start(cfg).await;
    sim.script_message_faults(&[400]);
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 66, "users/alice", "Alice", "doomed"),
    )
    .await
    .unwrap();
    eventually("⚠️ and the 👀 removal", WAIT, || {
        sim.state.lock().unwrap().reaction_log.len() == 3
    })
    .await;
    let log: Vec<(String, String)> = sim
        .state
        .lock()
        .unwrap()
        .reaction_log
        .iter()
        .map(|(m, _, _, r, _)| (m.clone(), r.clone()))
        .collect();
    assert_eq!(
        log,
        [
            ("POST".into(), "👀".into()),
            ("POST".into(), "⚠️".into()),
            ("DELETE".into(), "👀".into())
        ]
    );
    assert!(quiet(&sim, &bot.url, SECRET, ROOM).await.is_empty());
    assert_eq!(
        sim.statuses().iter().filter(|s| **s == 400).count(),
        1,
        "a 400 must not be retried"
    );
    let metrics = http_get(&bot.url.replace("/nextcloud-talk-webhook", "/metrics")).await;
    // The message and the marker.
    assert!(
        metrics.contains("talkbot_webhooks_total{outcome=\"queued\"} 2"),
        "{metrics}"
    );
    assert!(
        metrics.contains("talkbot_jobs_total{state=\"failed\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("talkbot_deliveries_total{result=\"rejected\"} 1"),
        "{metrics}"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_413_splits_further() {
    let sim = simulator(&[SECRET]).await;
    sim.state.lock().unwrap().max_length = 1000;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("413"), &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    let text = "Sentence number one of many. ".repeat(100); // 2,900 characters
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 70, "users/alice", "Alice", &text),
    )
    .await
    .unwrap();
    eventually("the re-split reply", WAIT, || {
        sim.messages()
            .iter()
            .map(|m| m.message.len())
            .sum::<usize>()
            >= text.trim_end().len()
    })
    .await;
    let messages = sim.messages();
    assert!(messages.iter().all(|m| m.message.chars().count() <= 1000));
    // The answer is trimmed (`finish-answer`); the parts together are all of it.
    assert_eq!(
        messages
            .iter()
            .map(|m| m.message.as_str())
            .collect::<String>(),
        text.trim_end()
    );
    assert!(sim.statuses().contains(&413));
    // The re-split keeps the options: every part still replies to the question (before
    // 0.2.0 the parts after the first landed outside its thread), each with its own
    // referenceId.
    for (i, m) in messages.iter().enumerate() {
        assert_eq!(m.reply_to, Some(70), "part {i}: {m:?}");
    }
    let references: std::collections::HashSet<_> =
        messages.iter().map(|m| m.reference_id.clone()).collect();
    assert_eq!(references.len(), messages.len());
    bot.stop().await;
}

/// GET over a plain TCP connection (the response head and body as text).
async fn http_get(url: &str) -> String {
    let stream = tokio::net::TcpStream::connect(
        url.trim_start_matches("http://").split('/').next().unwrap(),
    )
    .await
    .unwrap();
    let path = format!(
        "/{}",
        url.trim_start_matches("http://").split_once('/').unwrap().1
    );
    let (mut read, mut write) = stream.into_split();
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    write
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
    let mut out = String::new();
    read.read_to_string(&mut out).await.unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_answers_show_no_working_reaction_slow_ones_do() {
    let dir = data_dir("delay");
    let script = dir.join("slow.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\ncat > /dev/null\nsleep 1\necho done thinking\n",
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    let sim = simulator(&[SECRET]).await;
    // Default delay (1 s) with the instant echo responder: just the reply, one API call.
    let bot = Bot::start(config(&sim.url(), SECRET, &data_dir("quick"), &[])).await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 1, "users/alice", "Alice", "fast"),
    )
    .await
    .unwrap();
    sim.wait_for_messages(1, WAIT).await;
    // The marker's reply proves the conversation quiet: two replies, no reaction.
    quiet(&sim, &bot.url, SECRET, ROOM).await;
    assert_eq!(sim.statuses(), [201, 201]);
    bot.stop().await;
    // A responder slower than the delay: 👀 appears, then goes when the reply is delivered.
    let responder = format!("command:{}", script.display());
    let mut cfg = config(
        &sim.url(),
        SECRET,
        &dir,
        &[("TALKBOT_RESPONDER", &responder)],
    );
    cfg.status_reaction_delay = Duration::from_millis(200);
    let bot = Bot::start(cfg).await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 2, "users/alice", "Alice", "slow"),
    )
    .await
    .unwrap();
    eventually("👀 to come and go", WAIT, || {
        sim.state.lock().unwrap().reaction_log.len() == 2
    })
    .await;
    assert_eq!(sim.messages()[2].message, "done thinking");
    let log = sim.state.lock().unwrap().reaction_log.clone();
    assert_eq!(
        (log[0].0.as_str(), log[0].3.as_str(), log[1].0.as_str()),
        ("POST", "👀", "DELETE")
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_and_hanging_commands_are_reported_not_silent() {
    let dir = data_dir("cmdfail");
    let failing = dir.join("fail.sh");
    std::fs::write(
        &failing,
        "#!/bin/sh\ncat > /dev/null\necho 'model unavailable' >&2\nexit 3\n",
    )
    .unwrap();
    let hanging = dir.join("hang.sh");
    std::fs::write(&hanging, "#!/bin/sh\nsleep 30\n").unwrap();
    for script in [&failing, &hanging] {
        std::process::Command::new("chmod")
            .arg("+x")
            .arg(script)
            .status()
            .unwrap();
    }
    let sim = simulator(&[SECRET]).await;

    // Non-zero exit: no retry; the honest failure notice as a reply, ⚠️ on the message, the
    // reason (with stderr) recorded.
    let mut cfg = config(
        &sim.url(),
        SECRET,
        &dir,
        &[(
            "TALKBOT_RESPONDER",
            &format!("command:{}", failing.display()),
        )],
    );
    cfg.status_reaction_delay = Duration::from_secs(60);
    let bot = Bot::start(cfg).await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 90, "users/alice", "Alice", "hi"),
    )
    .await
    .unwrap();
    eventually("⚠️", WAIT, || {
        sim.state
            .lock()
            .unwrap()
            .reaction_log
            .iter()
            .any(|e| e.3 == "⚠️")
    })
    .await;
    // The state is written by the queue writer just after the reaction went out.
    eventually("the job to be marked failed", WAIT, || {
        bot.app
            .store
            .counts()
            .unwrap()
            .contains(&(talkbot::store::JobState::Failed, 1))
    })
    .await;
    let (_, error) = bot.app.store.state(1).unwrap().unwrap();
    let error = error.unwrap_or_default();
    assert!(
        error.contains("exit status: 3") && error.contains("model unavailable"),
        "{error}"
    );
    let posted = sim.messages();
    assert_eq!(posted.len(), 1, "{posted:?}");
    assert_eq!(
        posted[0].message,
        talkbot_component::rules::defaults().failure_reply.as_str()
    );
    assert_eq!(posted[0].reply_to, Some(90));
    bot.stop().await;

    // A command that never answers is stopped at its timeout and retried, then given up
    // silently when no failure notice is configured.
    let mut cfg = config(
        &sim.url(),
        SECRET,
        &data_dir("cmdhang"),
        &[(
            "TALKBOT_RESPONDER",
            &format!("command:{}", hanging.display()),
        )],
    );
    cfg.set_responder(talkbot::config::ResponderConfig::Command {
        program: hanging.display().to_string(),
        args: vec![],
        timeout: Duration::from_millis(200),
    });
    cfg.responder_attempts = 2;
    cfg.failure_reply = None;
    cfg.status_reaction_delay = Duration::from_secs(60);
    let bot = Bot::start(cfg).await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 91, "users/alice", "Alice", "hi"),
    )
    .await
    .unwrap();
    eventually("the hanging command to be given up", WAIT, || {
        bot.app
            .store
            .counts()
            .unwrap()
            .contains(&(talkbot::store::JobState::Failed, 1))
    })
    .await;
    let (_, error) = bot.app.store.state(1).unwrap().unwrap();
    assert!(
        error
            .unwrap_or_default()
            .contains("did not answer within 200ms")
    );
    assert_eq!(
        sim.messages().len(),
        1,
        "only the first bot's failure notice; none configured for this one"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_honoured() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("retry-after"), &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    // The test backoff is 20-200 ms; Talk asks for 1 s.
    sim.state.lock().unwrap().retry_after = Some(1);
    sim.script_faults(&[429]);
    let sent = std::time::Instant::now();
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 95, "users/alice", "Alice", "patience"),
    )
    .await
    .unwrap();
    sim.wait_for_messages(1, WAIT).await;
    assert_eq!(sim.statuses(), [429, 201]);
    assert!(
        sent.elapsed() >= Duration::from_millis(950),
        "retried after {:?}, before Retry-After",
        sent.elapsed()
    );
    bot.stop().await;
}

/// Issue 22: what a Leave forgets is the same on every host. The Spin app and the Node bot
/// forgot the conversation's settings with the bot; the native host kept them, so a bot added
/// again came back in the mode a moderator had set for its previous stay.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_leave_forgets_the_conversations_settings_too() {
    let sim = simulator(&[SECRET]).await;
    let mut cfg = config(&sim.url(), SECRET, &data_dir("leave-settings"), &[]);
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    let bot_id = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";
    let owner = |id, text: &str| {
        talkbot::simulator::CreateBody {
            participant_type: Some(1),
            ..talkbot::simulator::CreateBody::new(ROOM, id, "users/olga", "Olga", text)
        }
        .build()
    };
    sim.send_webhook(&bot.url, SECRET, owner(1, "/talkbot mode mention"))
        .await
        .unwrap();
    assert!(
        sim.wait_for_messages(1, WAIT).await[0]
            .message
            .starts_with("Mode set to mention")
    );
    sim.send_webhook(&bot.url, SECRET, membership_body("Leave", ROOM, bot_id))
        .await
        .unwrap();
    sim.send_webhook(&bot.url, SECRET, membership_body("Join", ROOM, bot_id))
        .await
        .unwrap();
    // Back in the default mode (all): a message without a mention is answered.
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body(ROOM, 2, "users/alice", "Alice", "anyone home?"),
    )
    .await
    .unwrap();
    let posted = sim.wait_for_messages(2, WAIT).await;
    assert_eq!(
        (posted[1].message.as_str(), posted[1].reply_to),
        ("anyone home?", Some(2))
    );
    bot.stop().await;
}
