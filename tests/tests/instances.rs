//! The engine's instance reuse: an instance that finished a unit of work cleanly serves the
//! next one (no instantiation, no pool-slot reset), answers exactly like a fresh one, and is
//! never reused after a trap or after its memory grew.

use talkbot::protocol::{EngineOptions, ProtocolEngine, ProtocolInstance};
use talkbot_tests::{json, manifest};

fn engine(max_idle: u32) -> ProtocolEngine {
    ProtocolEngine::new(EngineOptions {
        max_instances: 4,
        max_idle,
        ..EngineOptions::default()
    })
    .expect("compiling the component")
}

/// Everything deterministic an instance says about every corpus webhook, as JSON.
fn outputs(instance: &mut ProtocolInstance) -> Vec<String> {
    let mut out = Vec::new();
    for case in &manifest().cases {
        let parsed = instance.parse(&case.body()).expect("no trap");
        out.push(json(&parsed).to_string());
        if let Ok(event) = parsed
            && let Some(message) = &event.message
        {
            out.push(instance.render_message(message).expect("no trap"));
            let text = instance.render_message(message).expect("no trap");
            out.push(format!(
                "{:?}",
                instance.split_message(&text, 40).expect("no trap")
            ));
            out.push(
                instance
                    .reference_id("https://cloud.example/", "room", &message.id.to_string(), 0)
                    .expect("no trap"),
            );
        }
    }
    out
}

#[test]
fn a_reused_instance_answers_like_a_fresh_one() {
    let fresh = engine(0);
    let reusing = engine(1);
    let expected = outputs(&mut fresh.instance().unwrap());
    for round in 0..5 {
        let mut instance = reusing.instance().unwrap();
        assert_eq!(instance.served(), round, "the idle instance is taken again");
        assert_eq!(outputs(&mut instance), expected, "round {round}");
    }
    // Without idle instances every unit of work gets a fresh one.
    for _ in 0..3 {
        assert_eq!(fresh.instance().unwrap().served(), 0);
    }
}

#[test]
fn a_trapped_instance_is_not_reused() {
    let engine = ProtocolEngine::new(EngineOptions {
        max_instances: 2,
        max_idle: 2,
        max_memory_bytes: 3 << 20,
        ..EngineOptions::default()
    })
    .unwrap();
    drop(engine.instance().unwrap());
    let mut instance = engine.instance().unwrap();
    assert_eq!(instance.served(), 1);
    // Splitting 4 MB of text needs more than the 3 MiB limit: the component traps.
    let huge = "word ".repeat(800_000);
    assert!(
        instance.split_message(&huge, 100).is_err(),
        "expected a trap"
    );
    drop(instance);
    assert_eq!(engine.instance().unwrap().served(), 0, "a fresh instance");
}

#[test]
fn an_instance_whose_memory_grew_is_not_reused() {
    let engine = engine(2);
    let mut instance = engine.instance().unwrap();
    let initial = instance.peak_memory_bytes();
    let large = "word ".repeat(600_000);
    instance.split_message(&large, 1000).unwrap().unwrap();
    assert!(
        instance.peak_memory_bytes() > initial,
        "the test must grow memory"
    );
    drop(instance);
    let instance = engine.instance().unwrap();
    assert_eq!(instance.served(), 0, "its pages were given back, not kept");
    assert_eq!(instance.peak_memory_bytes(), initial);
}

#[test]
fn idle_instances_never_take_a_working_slot() {
    // 4 at work and 2 idle fit the pool; churning through them never runs out of slots.
    let engine = engine(2);
    for _ in 0..50 {
        let all: Vec<_> = (0..4).map(|_| engine.instance().unwrap()).collect();
        assert!(engine.instance().is_err(), "a fifth instance at work");
        drop(all);
    }
}

#[tokio::test]
async fn waiting_callers_get_instances_as_others_finish() {
    let engine = std::sync::Arc::new(engine(4));
    let mut tasks = Vec::new();
    for _ in 0..32 {
        let engine = engine.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..20 {
                let mut instance = engine.acquire().await.unwrap();
                instance.split_message("a b c", 100).unwrap().unwrap();
                tokio::task::yield_now().await;
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

/// The job machine's `bot` lives in the instance across calls; it must not keep the arena from
/// starting over, or every instance's memory would grow and none would be reused.
#[test]
fn an_instance_with_the_job_machines_bot_stays_reusable() {
    let dir = talkbot_tests::harness::data_dir("reuse-bot");
    let config = talkbot_tests::harness::config(
        "http://127.0.0.1:9",
        talkbot_tests::harness::SECRET,
        &dir,
        &[],
    );
    let app = talkbot::app::App::new(config).expect("the app");
    let body = talkbot::simulator::create_body("reuse1", 7, "users/ada", "Ada", "hello there");
    for round in 0..400u32 {
        let mut instance = app.engine.instance().unwrap();
        assert!(
            round == 0 || instance.served() > 0,
            "round {round}: a fresh instance (the last one's memory grew)"
        );
        let job = instance
            .adopt_job(&app.bot_config, 0, "0|reuse1|7", &body, 1_800_000_000_000)
            .expect("no trap")
            .expect("a bot")
            .expect("a job");
        let step = instance
            .step_job(
                &app.bot_config,
                &job,
                &talkbot::protocol::JobInput::Run,
                1_800_000_000_000,
            )
            .expect("no trap")
            .expect("a bot")
            .expect("a step");
        assert!(matches!(
            step.action,
            talkbot::protocol::JobAction::LoadSettings(_)
        ));
    }
}
