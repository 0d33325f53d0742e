//! Delivery rules that a real Nextcloud and a hostile re-test found wanting: what a Leave
//! drops, greetings' reference ids, caps on a model's answers, no redirects for the prompt.

use std::path::Path;
use std::time::Duration;

use talkbot::simulator::{create_body, membership_body};
use talkbot_tests::fake_openai::{FakeOpenAi, Reply};
use talkbot_tests::harness::{Bot, SECRET, config_with_file, data_dir, eventually, simulator};

const WAIT: Duration = Duration::from_secs(30);
const BOT_ID: &str = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";

/// A command responder that touches `<dir>/started`, then answers `answered` once `flag`
/// exists (so a test holds a job in flight for as long as it needs).
fn gated_responder(dir: &Path, flag: &Path) -> String {
    let script = dir.join("gated.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncat > /dev/null\ntouch {}\nwhile [ ! -e {} ]; do sleep 0.02; done\necho answered\n",
            dir.join("started").display(),
            flag.display()
        ),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .unwrap();
    format!("command:{}", script.display())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_leave_that_waits_drops_only_what_came_before_it() {
    let dir = data_dir("leave-order");
    let flag = dir.join("go");
    let responder = gated_responder(&dir, &flag);
    let sim = simulator(&[SECRET]).await;
    // One job at a time: the Leave has to wait behind another conversation's job.
    let toml =
        "greeting = \"Hello again!\"\nstatus_reactions = false\n\n[delivery]\nconcurrency = 1\n";
    let cfg = config_with_file(
        &sim.url(),
        SECRET,
        &dir,
        &[("TALKBOT_RESPONDER", &responder)],
        toml,
    );
    let bot = Bot::start(cfg).await;
    let send = |body: Vec<u8>| {
        let (sim, url) = (sim.clone(), bot.url.clone());
        async move {
            let (status, text) = sim.send_webhook(&url, SECRET, body).await.unwrap();
            assert_eq!(status, 200, "{text}");
        }
    };
    // busy1's question holds the only slot until the flag is set.
    send(create_body(
        "busy1",
        1,
        "users/bob",
        "Bob",
        "take your time",
    ))
    .await;
    eventually("busy1's job to start", WAIT, || {
        dir.join("started").exists()
    })
    .await;
    // In room1: a question, the bot removed, then re-added and asked again.
    send(create_body(
        "room1",
        10,
        "users/alice",
        "Alice",
        "before the leave",
    ))
    .await;
    send(membership_body("Leave", "room1", BOT_ID)).await;
    send(membership_body("Join", "room1", BOT_ID)).await;
    send(create_body(
        "room1",
        11,
        "users/alice",
        "Alice",
        "after the join",
    ))
    .await;
    std::fs::write(&flag, "").unwrap();

    // busy1's answer, the greeting, and the answer to the question after the Join.
    let posted = sim.wait_for_messages(3, WAIT).await;
    let mut got: Vec<(String, Option<u64>, String)> = posted
        .iter()
        .map(|m| (m.token.clone(), m.reply_to, m.message.clone()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("busy1".into(), Some(1), "answered".into()),
            ("room1".into(), None, "Hello again!".into()),
            ("room1".into(), Some(11), "answered".into()),
        ]
    );
    // The question before the Leave is dropped, nothing else waits.
    bot.app.store.flush().await.unwrap();
    eventually("the queue to empty", WAIT, || {
        bot.app.store.depth().unwrap() == 0
    })
    .await;
    assert_eq!(sim.messages().len(), 3);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_greeting_has_its_own_reference_id() {
    let dir = data_dir("greetings");
    let sim = simulator(&[SECRET]).await;
    let toml = "greeting = \"Hi!\"\nstatus_reactions = false\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    // Real Talk's Join bodies carry no `published`: two Joins of one room are the same bytes,
    // told apart only by their random and signature.
    let join = br#"{"type":"Join","actor":{"type":"Application","id":"bots\/bot-8f6f207172d80d995ab6276533cfca2def8a5756","name":"talkbot"},"object":{"type":"Collection","id":"greet1","name":"Room"}}"#;
    for n in 1..=3 {
        let (status, text) = sim
            .send_webhook(&bot.url, SECRET, join.to_vec())
            .await
            .unwrap();
        assert_eq!(status, 200, "{text}");
        sim.wait_for_messages(n, WAIT).await;
    }
    let ids: std::collections::HashSet<Option<String>> =
        sim.messages().into_iter().map(|m| m.reference_id).collect();
    assert_eq!(ids.len(), 3, "greetings share a referenceId: {ids:?}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_model_answer_is_cut_with_a_note() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("verbose").await;
    let env = model.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let dir = data_dir("answer-cap");
    let toml = "status_reactions = false\nfailure_reply = \"sorry\"\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &env, toml)).await;

    // A million characters: cut to the default 100,000, in four messages at most.
    model.script([Reply::Text("lorem ipsum dolor ".repeat(55_556))]);
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("cap1", 1, "users/ada", "Ada", "talk"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("the cut answer", WAIT, || {
        sim.messages()
            .iter()
            .any(|m| m.message.ends_with("it was longer than 100000 characters]"))
    })
    .await;
    let posted = sim.messages();
    assert!(posted.len() <= 4, "{} messages", posted.len());
    let joined: String = posted.iter().map(|m| m.message.as_str()).collect();
    assert!(joined.chars().count() <= 100_000);
    assert!(joined.starts_with("lorem ipsum dolor lorem"));
    assert!(posted.iter().all(|m| m.reply_to == Some(1)));

    // Ten megabytes are not read at all: the failure reply instead.
    model.script([Reply::Text("x".repeat(10 << 20))]);
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("cap1", 2, "users/ada", "Ada", "more"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    let all = sim.wait_for_messages(posted.len() + 1, WAIT).await;
    let last = all.last().unwrap();
    assert_eq!((last.message.as_str(), last.reply_to), ("sorry", Some(2)));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cap_is_configurable() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("verbose").await;
    let env = model.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let dir = data_dir("answer-cap-set");
    let toml = "status_reactions = false\nmax_answer_chars = 1000\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &env, toml)).await;
    model.script([Reply::Text("word ".repeat(1000))]);
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body("cap2", 1, "users/ada", "Ada", "talk"),
    )
    .await
    .unwrap();
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert!(posted[0].message.chars().count() <= 1000);
    assert!(
        posted[0]
            .message
            .ends_with("word\n\n[… the answer was cut here: it was longer than 1000 characters]"),
        "{}",
        posted[0].message
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_prompt_never_follows_a_redirect() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("model").await;
    let elsewhere = FakeOpenAi::start("elsewhere").await;
    let env = model.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let dir = data_dir("no-redirect");
    let toml = "status_reactions = false\nfailure_reply = \"sorry\"\nresponder_attempts = 1\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &env, toml)).await;
    model.script([Reply::Redirect(format!(
        "{}/chat/completions",
        elsewhere.base_url()
    ))]);
    sim.send_webhook(
        &bot.url,
        SECRET,
        create_body("redir1", 1, "users/ada", "Ada", "secret plans"),
    )
    .await
    .unwrap();
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "sorry");
    assert_eq!(model.received().len(), 1);
    assert!(
        elsewhere.received().is_empty(),
        "the prompt went to the redirect's target"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_past_the_window_waits_for_its_end_then_gives_up() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("retry-after-window");
    let toml = "[delivery]\nretry_for_secs = 3\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    {
        let mut s = sim.state.lock().unwrap();
        s.message_faults = [429].into();
        s.retry_after = Some(7200);
    }
    let sent = std::time::Instant::now();
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("later1", 5, "users/ada", "Ada", "hi"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("⚠️ on the message", WAIT, || {
        sim.state
            .lock()
            .unwrap()
            .reactions
            .contains(&("later1".into(), 5, "⚠️".into()))
    })
    .await;
    // Not at once (the old rule), and not after Talk's two hours: at the window's end.
    assert!(
        sent.elapsed() >= Duration::from_millis(2500),
        "gave up after {:?}",
        sent.elapsed()
    );
    let (_, error) = bot.app.store.state(1).unwrap().unwrap();
    let error = error.unwrap_or_default();
    assert!(error.contains("past the retry window"), "{error}");
    // And what the reply waited out, for the operator reading it.
    assert!(error.contains("HTTP 429"), "{error}");
    // One attempt: the refused one; nothing was sent at the window's end.
    assert!(sim.messages().is_empty());
    assert_eq!(sim.statuses().iter().filter(|s| **s == 429).count(), 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quiet_conversation_waits_at_most_a_round_of_busy_ones() {
    const BUSY: u64 = 10;
    const EACH: u64 = 8;
    const QUIET: u64 = 5;
    const SLOTS: usize = 2;
    let sim = simulator(&[SECRET]).await;
    sim.set_latency(Duration::from_millis(40));
    let dir = data_dir("fair");
    let toml = format!("status_reactions = false\n\n[delivery]\nconcurrency = {SLOTS}\n");
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], &toml)).await;
    for id in 1..=EACH {
        for room in 0..BUSY {
            let body = create_body(&format!("busy{room}"), id, "users/bob", "Bob", "more");
            sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
        }
    }
    // How many messages were out when each quiet room's question was acknowledged.
    let mut asked = std::collections::HashMap::new();
    for room in 0..QUIET {
        let token = format!("quiet{room}");
        let body = create_body(&token, 1, "users/ada", "Ada", "one question");
        sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
        asked.insert(token, sim.messages().len());
    }
    let total = (BUSY * EACH + QUIET) as usize;
    sim.wait_for_messages(total, WAIT).await;
    let posted = sim.messages();
    assert_eq!(posted.len(), total);
    // Every quiet room is answered within about one round of the busy ones (each busy room
    // once, the quiet ones, and the jobs in flight), not after the busy rooms ahead of it
    // drained.
    let round = (BUSY + QUIET) as usize + SLOTS;
    for (position, m) in posted.iter().enumerate() {
        if let Some(before) = asked.get(&m.token) {
            assert!(
                position < before + round,
                "{} answered as message {position}; {before} were out when it was asked",
                m.token
            );
        }
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_talk_slower_than_the_timeout_gets_longer_waits_and_every_copy_is_counted() {
    let sim = simulator(&[SECRET]).await;
    // Talk stores each message at once but answers after 700 ms; the bot waits 300 ms at first.
    sim.set_latency(Duration::from_millis(700));
    let dir = data_dir("slow-talk");
    let toml = "status_reactions = false\n\n[delivery]\nrequest_timeout_ms = 300\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("slow1", 1, "users/ada", "Ada", "are you slow?"),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("the job done", WAIT, || {
        matches!(
            bot.app.store.state(1),
            Ok(Some((talkbot::store::JobState::Done, _)))
        )
    })
    .await;
    // 300 ms and 600 ms were too short, 1200 ms was enough: three copies in Talk, and both
    // re-sends counted.
    let copies = sim
        .messages()
        .iter()
        .filter(|m| m.reply_to == Some(1))
        .count();
    let resent = bot.app.metrics.deliveries_resent.get();
    assert_eq!(copies, 3, "{:?}", sim.messages());
    assert_eq!(resent, copies as u64 - 1);
    bot.stop().await;
}

/// After a 413 the chunk is split again and its parts sent in order; when one part fails, the
/// retry sends that part, not the whole chunk again: no part appears twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_413_a_failed_part_is_sent_again_alone() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("split-resend");
    let toml = "status_reactions = false\nmax_message_length = 128\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    // The whole chunk: 413; its first part: stored; its second: 503 (a retry follows).
    sim.state.lock().unwrap().message_faults = [413, 0, 503].into();
    let text = "word ".repeat(20);
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body("split1", 1, "users/ada", "Ada", text.trim()),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("the job done", WAIT, || {
        matches!(
            bot.app.store.state(1),
            Ok(Some((talkbot::store::JobState::Done, _)))
        )
    })
    .await;
    let posted: Vec<String> = sim.messages().into_iter().map(|m| m.message).collect();
    assert_eq!(posted.len(), 2, "{posted:?}");
    assert_eq!(posted.concat(), text.trim(), "{posted:?}");
    assert_eq!(bot.app.metrics.deliveries_resent.get(), 0);
    bot.stop().await;
}

/// On Spin the Leave is handled as it arrives: what waits from before it is void at once, a
/// Join after it is greeted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_spin_a_leave_drops_only_what_came_before_it() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let app = talkbot_tests::spin_host::spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("greeting", "Hello again!"),
        ("retry_initial_backoff_ms", "20"),
        ("retry_max_backoff_ms", "200"),
    ])
    .await;
    // Talk is down: the question's reply waits.
    sim.outage(Duration::from_secs(3600));
    let body = create_body("spinleave1", 10, "users/ada", "Ada", "before the leave");
    sim.send_webhook(&app.url, SECRET, body).await.unwrap();
    eventually("the reply to wait", WAIT, || sim.statuses().contains(&503)).await;
    let leave = membership_body("Leave", "spinleave1", BOT_ID);
    sim.send_webhook(&app.url, SECRET, leave).await.unwrap();
    let voided = "SELECT count(*) FROM talkbot_jobs WHERE key = '0|spinleave1|10' \
                  AND phase = 'done' AND outcome = 'the bot left the conversation'";
    eventually("the waiting reply voided", WAIT, || app.count(voided) == 1).await;
    // Talk is back; the bot is added back and asked again.
    sim.state.lock().unwrap().unavailable_until = None;
    let join = membership_body("Join", "spinleave1", BOT_ID);
    sim.send_webhook(&app.url, SECRET, join).await.unwrap();
    let body = create_body("spinleave1", 11, "users/ada", "Ada", "after the join");
    sim.send_webhook(&app.url, SECRET, body).await.unwrap();
    let posted = sim.wait_for_messages(2, WAIT).await;
    let texts: Vec<&str> = posted.iter().map(|m| m.message.as_str()).collect();
    assert_eq!(texts, ["Hello again!", "after the join"]);
}

/// A Leave that arrives while the reply's request is still with Talk voids the job for good:
/// the answer to that request (a 503 here) must not bring it back or rewrite why it ended.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_spin_a_leave_during_a_request_to_talk_stays_final() {
    let sim = simulator(&[SECRET]).await;
    let app = talkbot_tests::spin_host::spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &sim.url()),
        ("retry_initial_backoff_ms", "20"),
    ])
    .await;
    sim.outage(Duration::from_secs(3600));
    sim.set_latency(Duration::from_millis(700));
    let body = create_body("spinleave2", 10, "users/ada", "Ada", "before the leave");
    sim.send_webhook(&app.url, SECRET, body).await.unwrap();
    eventually("the reply's request at Talk", WAIT, || sim.received() == 1).await;
    let leave = membership_body("Leave", "spinleave2", BOT_ID);
    sim.send_webhook(&app.url, SECRET, leave).await.unwrap();
    let voided = "SELECT count(*) FROM talkbot_jobs WHERE key = '0|spinleave2|10' \
                  AND phase = 'done' AND outcome = 'the bot left the conversation'";
    eventually("the reply voided", WAIT, || app.count(voided) == 1).await;
    // Talk answers the request in flight; the instance that sent it finishes.
    eventually("every instance finished", WAIT, || {
        sim.statuses() == [503] && app.idle()
    })
    .await;
    assert_eq!(app.count(voided), 1, "the Leave's verdict was overwritten");
    assert_eq!(sim.received(), 1, "the voided job asked Talk again");
}
