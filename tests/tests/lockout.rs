//! Never locked out: a real Nextcloud counts every bot 401 as a brute-force attempt of the
//! bot's address and, past 10 in 30 minutes, answers 429 to every bot request from it. The
//! simulator does the same (`brute_force_limit`, a 500 on the request that reaches it). These
//! tests hold the bot to the engine's budget: a room the bot was removed from without hearing
//! the Leave costs two 401s and comes back with its Join; the budget holds across rooms and
//! restarts; a 429 after 401s is the lock, and the bot stops asking.

use std::time::Duration;

use talkbot::setup::{DoctorOptions, Finding, doctor};
use talkbot::simulator::{Simulator, create_body, membership_body};
use talkbot::store::JobState;
use talkbot_tests::harness::{Bot, SECRET, config_with_file, data_dir, eventually, simulator};

const WAIT: Duration = Duration::from_secs(30);
const BOT_ID: &str = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";

async fn say(sim: &Simulator, bot: &Bot, room: &str, id: u64, text: &str) {
    let body = create_body(room, id, "users/ada", "Ada", text);
    let (status, answer) = sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
    assert_eq!(status, 200, "{answer}");
}

fn failed_auth(sim: &Simulator) -> u32 {
    sim.state.lock().unwrap().failed_auth
}

async fn readyz(bot: &Bot) -> (u16, String) {
    let response = reqwest::get(bot.url.replace("/nextcloud-talk-webhook", "/readyz"))
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Watch the simulator for `period`: what it answered must not change (a negative check over
/// a bounded window, after the condition that would have produced a request was met).
async fn stays_quiet(sim: &Simulator, period: Duration) -> Vec<u16> {
    let before = sim.statuses();
    let deadline = tokio::time::Instant::now() + period;
    while tokio::time::Instant::now() < deadline {
        assert_eq!(sim.statuses(), before, "the bot sent more requests");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    before
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_leave_costs_two_401s_and_the_room_answers_again_after_its_join() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("lost-leave");
    let toml = "greeting = \"Welcome back\"\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    // Two questions in gone1 whose replies wait (Talk is busy for a moment), then the bot is
    // removed from gone1 while it cannot hear the Leave.
    sim.outage(Duration::from_millis(1500));
    say(&sim, &bot, "gone1", 1, "first").await;
    say(&sim, &bot, "gone1", 2, "second").await;
    sim.disable_room("gone1");
    // Another conversation is unaffected.
    say(&sim, &bot, "fine1", 10, "hello").await;
    sim.wait_for_messages(1, WAIT).await;
    // The first reply is tried twice, well apart, then given up; the second is not tried.
    eventually("the first reply given up", WAIT, || {
        matches!(bot.app.store.state(1), Ok(Some((JobState::Failed, _))))
    })
    .await;
    let (_, why) = bot.app.store.state(1).unwrap().unwrap();
    assert!(why.unwrap_or_default().contains("not enabled"), "job 1");
    assert_eq!(failed_auth(&sim), 2);
    // No ⚠️ either: a reaction there would be one more 401.
    stays_quiet(&sim, Duration::from_secs(2)).await;
    assert_eq!(failed_auth(&sim), 2);
    let (status, ready) = readyz(&bot).await;
    assert_eq!(
        status, 200,
        "one refusing room is no reason to be unready: {ready}"
    );

    // The bot is added back: Talk sends the Join. The greeting, the waiting reply and a new
    // question all go at once.
    sim.state.lock().unwrap().disabled_rooms.remove("gone1");
    let back = std::time::Instant::now();
    let join = membership_body("Join", "gone1", BOT_ID);
    let (status, _) = sim.send_webhook(&bot.url, SECRET, join).await.unwrap();
    assert_eq!(status, 200);
    say(&sim, &bot, "gone1", 3, "are you back?").await;
    eventually("the greeting and both replies", WAIT, || {
        let texts: Vec<String> = sim
            .messages()
            .into_iter()
            .filter(|m| m.token == "gone1")
            .map(|m| m.message)
            .collect();
        texts.len() == 3
            && texts.contains(&"Welcome back".to_string())
            && texts.contains(&"second".to_string())
            && texts.contains(&"are you back?".to_string())
    })
    .await;
    assert!(
        back.elapsed() < Duration::from_secs(10),
        "the room came back after {:?}",
        back.elapsed()
    );
    assert_eq!(failed_auth(&sim), 2);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_401_budget_holds_across_rooms_and_restarts() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("budget");
    // Many refusing rooms are no proof of a wrong secret here: only the budget stops the bot.
    let toml = "status_reactions = false\n\n[delivery]\nunauthorized_limit = 100\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    let rooms = ["goneaa", "gonebb", "gonecc", "gonedd"];
    for (i, room) in rooms.iter().enumerate() {
        sim.disable_room(room);
        say(&sim, &bot, room, i as u64 + 1, "hello?").await;
    }
    // Four rooms would spend eight 401s; the budget is five.
    eventually("the budget spent", WAIT, || failed_auth(&sim) >= 5).await;
    eventually("readyz to say so", WAIT, || {
        futures_ready(&bot).contains("budget of 5 is spent")
    })
    .await;
    stays_quiet(&sim, Duration::from_secs(3)).await;
    assert_eq!(failed_auth(&sim), 5);
    // Nothing goes to this Nextcloud now, not even to a room that accepts.
    say(&sim, &bot, "fineaa", 9, "anyone?").await;
    stays_quiet(&sim, Duration::from_secs(1)).await;
    assert!(sim.messages().is_empty());
    bot.stop().await;

    // A restart does not reset the budget: it is in the data folder.
    let toml = "status_reactions = false\n\n[delivery]\nunauthorized_limit = 100\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    let (status, ready) = readyz(&bot).await;
    assert_eq!(status, 503, "{ready}");
    assert!(ready.contains("budget of 5 is spent"), "{ready}");
    stays_quiet(&sim, Duration::from_secs(3)).await;
    assert_eq!(failed_auth(&sim), 5);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_tries_never_overspend_the_budget() {
    let sim = simulator(&[SECRET]).await;
    // Talk answers slowly: the first tries of eight refusing rooms are all in flight at once.
    sim.set_latency(Duration::from_millis(300));
    let dir = data_dir("budget-race");
    let toml = "status_reactions = false\n\n[delivery]\nunauthorized_limit = 100\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    // One 401 first (from then on requests in flight count against the budget)…
    sim.disable_room("racingfirst");
    say(&sim, &bot, "racingfirst", 100, "hello?").await;
    eventually("the first 401", WAIT, || sim.statuses().contains(&401)).await;
    // …then eight refusing rooms at once.
    for i in 0..8u64 {
        let room = format!("racing{i}");
        sim.disable_room(&room);
        say(&sim, &bot, &room, i + 1, "hello?").await;
    }
    // Answered (the simulator records a status once its slow answer is out).
    eventually("five answers", WAIT, || sim.statuses().len() >= 5).await;
    stays_quiet(&sim, Duration::from_secs(3)).await;
    assert_eq!(
        failed_auth(&sim),
        5,
        "requests in flight overspent the budget"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unauthorized_of_the_same_millisecond_each_count_after_a_restart() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("budget-same-ms");
    // Five 401s that came back at the same moment (concurrent first tries), as the log keeps
    // them.
    let backend = talkbot_component::rules::normalize_backend(&sim.url()).unwrap();
    let at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    let lines: String = (0..5).map(|_| format!("401 {at} {backend}\n")).collect();
    std::fs::write(dir.join("unauthorized.log"), lines).unwrap();
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], "")).await;
    let (status, ready) = readyz(&bot).await;
    assert_eq!(status, 503, "{ready}");
    assert!(ready.contains("budget of 5 is spent"), "{ready}");
    bot.stop().await;
}

/// `/readyz`'s text, from a sync closure.
fn futures_ready(bot: &Bot) -> String {
    let url = bot.url.replace("/nextcloud-talk-webhook", "/readyz");
    std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(async { reqwest::get(url).await.unwrap().text().await.unwrap() })
    })
    .join()
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_after_401s_is_the_brute_force_lock_and_the_bot_stops_asking() {
    let sim = simulator(&[SECRET]).await;
    // A Nextcloud that locks the address out after two failed attempts.
    sim.state.lock().unwrap().brute_force_limit = 2;
    let dir = data_dir("lock");
    let toml = "status_reactions = false\n\n[delivery]\nunauthorized_limit = 100\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    sim.disable_room("locked1");
    say(&sim, &bot, "locked1", 1, "hello?").await;
    // 401, then the 500 of the attempt that reaches the limit, then 429: the lock.
    eventually("the lock", WAIT, || sim.statuses().contains(&429)).await;
    eventually("readyz to name the lock", WAIT, || {
        futures_ready(&bot).contains("brute-force protection locked this address out")
    })
    .await;
    let (status, ready) = readyz(&bot).await;
    assert_eq!(status, 503, "{ready}");
    // The bot stops asking: no request to any room until the lock ends.
    say(&sim, &bot, "fine1", 2, "anyone?").await;
    let statuses = stays_quiet(&sim, Duration::from_secs(3)).await;
    assert_eq!(statuses, [401, 500, 429]);
    assert!(sim.messages().is_empty());
    // `doctor` says the same, and sends nothing signed meanwhile.
    let options = DoctorOptions {
        room: Some("fine1".into()),
        webhook_url: None,
        post: true,
    };
    let findings = doctor(&bot.app.config, &options).await.unwrap();
    let paused: Vec<String> = findings
        .iter()
        .filter(|f| matches!(f, Finding::Problem { .. }))
        .map(|f| f.to_string())
        .collect();
    assert_eq!(paused.len(), 1, "{findings:?}");
    assert!(
        paused[0].contains("paused") && paused[0].contains("brute-force"),
        "{}",
        paused[0]
    );
    // Only its unsigned capabilities request reached the server: no bot request.
    assert_eq!(sim.statuses()[..3], [401, 500, 429]);
    assert!(
        sim.statuses()[3..].iter().all(|s| *s == 200),
        "{:?}",
        sim.statuses()
    );
    assert_eq!(failed_auth(&sim), 2);
    bot.stop().await;
}

/// The lost-Leave case against a bot at `url` (webhooks only; the host's own checks are the
/// caller's): two 401s, then quiet; after the Join the greeting, the waiting reply and a new
/// question arrive, and no further 401.
async fn lost_leave_then_join(sim: &Simulator, url: &str) {
    let post = |room: &'static str, id: u64, text: &'static str| {
        let (sim, url) = (sim.clone(), url.to_string());
        async move {
            let body = create_body(room, id, "users/ada", "Ada", text);
            let (status, answer) = sim.send_webhook(&url, SECRET, body).await.unwrap();
            assert_eq!(status, 200, "{answer}");
        }
    };
    sim.outage(Duration::from_millis(1500));
    post("gone1", 1, "first").await;
    post("gone1", 2, "second").await;
    sim.disable_room("gone1");
    eventually("two 401s", WAIT, || failed_auth(sim) >= 2).await;
    stays_quiet(sim, Duration::from_secs(3)).await;
    assert_eq!(failed_auth(sim), 2);

    sim.state.lock().unwrap().disabled_rooms.remove("gone1");
    let join = membership_body("Join", "gone1", BOT_ID);
    let (status, _) = sim.send_webhook(url, SECRET, join).await.unwrap();
    assert_eq!(status, 200);
    post("gone1", 3, "are you back?").await;
    eventually("the greeting and both replies", WAIT, || {
        let texts: Vec<String> = sim.messages().into_iter().map(|m| m.message).collect();
        texts.contains(&"Welcome back".to_string())
            && texts.contains(&"second".to_string())
            && texts.contains(&"are you back?".to_string())
    })
    .await;
    assert_eq!(failed_auth(sim), 2);
}

/// The Spin app keeps the same rules (the engine's), in Spin's SQLite.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_spin_a_lost_leave_costs_two_401s_and_the_join_brings_the_room_back() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let token = "drain-token-for-tests-0123456789";
    let app = talkbot_tests::spin_host::spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("greeting", "Welcome back"),
        ("drain_token", token),
        ("retry_initial_backoff_ms", "20"),
        ("retry_max_backoff_ms", "200"),
    ])
    .await;
    // The scheduler: drain every 100 ms.
    let cron = {
        let url = app.drain_url.clone();
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            loop {
                let _ = client.post(&url).bearer_auth(token).send().await;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
    };
    lost_leave_then_join(&sim, &app.url).await;
    let given_up = "SELECT count(*) FROM talkbot_jobs WHERE key = '0|gone1|1' AND phase = 'done' \
                    AND outcome LIKE '%not enabled%'";
    assert_eq!(app.count(given_up), 1);
    cron.abort();
}

/// The Node bot (`component/examples/node/bot.mjs`) keeps the same rules (the engine's), in
/// memory.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_node_a_lost_leave_costs_two_401s_and_the_join_brings_the_room_back() {
    if std::env::var_os("TALKBOT_SKIP_EMBEDDING").is_some() {
        return;
    }
    let sim = simulator(&[SECRET]).await;
    let env = [("TALKBOT_GREETING", "Welcome back")];
    let Some(bot) = talkbot_tests::node_bot::node_bot(&sim.url(), &env).await else {
        return;
    };
    lost_leave_then_join(&sim, &bot.url).await;
    drop(bot);
}

/// The Worker under workerd (`component/cloudflare`) keeps the same rules (the engine's), the
/// breaker in a Durable Object of its own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_the_worker_a_lost_leave_costs_two_401s_and_the_join_brings_the_room_back() {
    let sim = simulator(&[SECRET]).await;
    let vars = [
        ("greeting", "Welcome back"),
        ("retry_max_backoff_ms", "200"),
    ];
    let storage = data_dir("lost-leave-workerd");
    let Some(worker) = talkbot_tests::workerd::Workerd::start(&sim.url(), &storage, &vars).await
    else {
        return;
    };
    lost_leave_then_join(&sim, &worker.url()).await;
    assert_eq!(
        worker.count_jobs("dedup_key LIKE '%|gone1|1' AND outcome LIKE '%not enabled%'"),
        1
    );
}
