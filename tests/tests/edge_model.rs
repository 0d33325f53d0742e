//! The Worker under workerd with a model (the OpenAI stand-in on loopback): what the bot does
//! with one — personas and the responder chain, memory as posted, status reactions, the failure
//! reply after the engine's attempts — and Talk's Retry-After, as on the other hosts.

use std::time::{Duration, Instant};

use talkbot::simulator::{Simulator, create_body};
use talkbot_tests::fake_openai::{FakeOpenAi, Reply};
use talkbot_tests::harness::{SECRET, data_dir, eventually, reaction_log, simulator};
use talkbot_tests::workerd::Workerd;

const WAIT: Duration = Duration::from_secs(30);
const ROOM: &str = "edgeroom1";

/// The Worker answering with the stand-in (`responder = openai`, model `m`), plus `extra`.
async fn with_model(
    sim: &Simulator,
    model: &FakeOpenAi,
    name: &str,
    extra: &[(&str, &str)],
) -> Option<Workerd> {
    let origin = model.base_url().trim_end_matches("/v1").to_string();
    let mut vars = vec![
        ("responder", "openai"),
        ("openai_origin", origin.as_str()),
        ("openai_model", "m"),
    ];
    vars.extend_from_slice(extra);
    Workerd::start(&sim.url(), &data_dir(name), &vars).await
}

async fn post(sim: &Simulator, worker: &Workerd, body: Vec<u8>) {
    let (status, text) = sim.send_webhook(&worker.url(), SECRET, body).await.unwrap();
    assert_eq!(status, 200, "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personas_route_and_fall_back_along_the_chain() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("model").await;
    let scenario = talkbot_tests::scenarios::persona_variables(&model);
    let vars = talkbot_tests::harness::env_refs(&scenario);
    let Some(worker) = Workerd::start(&sim.url(), &data_dir("edge-personas"), &vars).await else {
        return;
    };
    talkbot_tests::scenarios::personas_route_and_fall_back(&sim, &model, &worker.url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_me_and_forget_all() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("model").await;
    let scenario = talkbot_tests::scenarios::forget_variables(&model);
    let vars = talkbot_tests::harness::env_refs(&scenario);
    let Some(worker) = Workerd::start(&sim.url(), &data_dir("edge-forget"), &vars).await else {
        return;
    };
    talkbot_tests::scenarios::forget_me_and_forget_all(&sim, &model, &worker.url()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_answer_is_remembered_as_posted() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("model").await;
    model.script([
        Reply::Text("ping @all now".into()),
        Reply::Text("second".into()),
    ]);
    let Some(worker) =
        with_model(&sim, &model, "edge-memory", &[("status_reactions", "off")]).await
    else {
        return;
    };
    post(
        &sim,
        &worker,
        create_body(ROOM, 51, "users/alice", "Alice", "call everyone"),
    )
    .await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "ping @\u{200B}all now");
    post(
        &sim,
        &worker,
        create_body(ROOM, 52, "users/alice", "Alice", "and now?"),
    )
    .await;
    sim.wait_for_messages(2, WAIT).await;
    let asked = model.received();
    assert_eq!(asked.len(), 2);
    let messages = asked[1].messages();
    assert!(
        messages.contains(&("assistant".to_string(), "ping @\u{200B}all now".to_string())),
        "{messages:?}"
    );
    assert!(
        messages.contains(&("user".to_string(), "Alice: call everyone".to_string())),
        "{messages:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_reactions_show_while_a_model_works_and_on_giving_up() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("model").await;
    model.script([
        Reply::Slow(Duration::from_millis(500), "thought about it".into()),
        Reply::Status(400),
    ]);
    let Some(worker) =
        with_model(&sim, &model, "edge-reactions", &[("failure_reply", "off")]).await
    else {
        return;
    };
    post(
        &sim,
        &worker,
        create_body(ROOM, 31, "users/alice", "Alice", "think hard"),
    )
    .await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "thought about it");
    let log = reaction_log;
    eventually("👀 taken off", WAIT, || log(&sim).len() == 2).await;
    assert_eq!(
        log(&sim),
        [
            ("POST".to_string(), 31, "👀".to_string(), 201),
            ("DELETE".to_string(), 31, "👀".to_string(), 200)
        ]
    );
    post(
        &sim,
        &worker,
        create_body(ROOM, 32, "users/alice", "Alice", "this one fails"),
    )
    .await;
    eventually("⚠️ and 👀 off", WAIT, || log(&sim).len() == 5).await;
    assert_eq!(
        log(&sim)[2..],
        [
            ("POST".to_string(), 32, "👀".to_string(), 201),
            ("POST".to_string(), 32, "⚠️".to_string(), 201),
            ("DELETE".to_string(), 32, "👀".to_string(), 200),
        ]
    );
    assert_eq!(sim.messages().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_model_gets_the_failure_reply_after_the_engines_attempts() {
    let defaults = talkbot_component::rules::defaults();
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("model").await;
    model.script([
        Reply::Status(500),
        Reply::Status(500),
        Reply::Text("third time lucky".into()),
    ]);
    let vars = [
        ("retry_initial_backoff_ms", "10"),
        ("status_reactions", "off"),
    ];
    let Some(worker) = with_model(&sim, &model, "edge-failure", &vars).await else {
        return;
    };
    post(
        &sim,
        &worker,
        create_body(ROOM, 41, "users/alice", "Alice", "will you answer?"),
    )
    .await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, defaults.failure_reply);
    assert_eq!(posted[0].reply_to, Some(41));
    assert_eq!(
        model.received().len(),
        defaults.answer_attempts as usize,
        "{:?}",
        model.received()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn talks_retry_after_is_waited_out() {
    let sim = simulator(&[SECRET]).await;
    {
        let mut state = sim.state.lock().unwrap();
        state.message_faults = [429].into();
        state.retry_after = Some(2);
    }
    let Some(worker) = Workerd::start(&sim.url(), &data_dir("edge-retry-after"), &[]).await else {
        return;
    };
    let asked = Instant::now();
    post(
        &sim,
        &worker,
        create_body(ROOM, 61, "users/alice", "Alice", "slowly"),
    )
    .await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "slowly");
    // The initial backoff is 20 ms here: only Talk's Retry-After makes it wait 2 s.
    assert!(
        asked.elapsed() >= Duration::from_secs(2),
        "{:?}",
        asked.elapsed()
    );
    assert_eq!(sim.state.lock().unwrap().statuses, [429, 201]);
}

/// An alarm cut off in the middle of a model call (here `kill -9` of workerd; on Cloudflare an
/// alarm that outlives its limit) loses nothing: after the restart the job is stepped from its
/// last bytes, the model is asked again, and the answer is posted once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_while_the_model_thinks_the_question_is_answered_once_after_the_restart() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("model").await;
    model.script([
        Reply::Slow(Duration::from_secs(30), "never heard".into()),
        Reply::Text("answered after all".into()),
    ]);
    let vars = [("status_reactions", "off")];
    let Some(mut worker) = with_model(&sim, &model, "edge-kill-model", &vars).await else {
        return;
    };
    post(
        &sim,
        &worker,
        create_body(ROOM, 71, "users/alice", "Alice", "take your time"),
    )
    .await;
    eventually("the model asked", WAIT, || model.received().len() == 1).await;
    worker.kill().await;
    worker.restart().await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "answered after all");
    assert_eq!(posted[0].reply_to, Some(71));
    assert_eq!(model.received().len(), 2);
    eventually("the job done", WAIT, || {
        worker.count_jobs("done_at IS NOT NULL AND outcome = 'delivered'") == 1
    })
    .await;
    assert_eq!(sim.messages().len(), 1);
}
