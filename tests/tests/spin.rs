//! The Spin app without the Spin CLI: the composed component (`target/talkbot-spin.wasm`) is
//! checked against Spin's own `http-trigger` world from the spin-sdk sources cargo downloaded,
//! then served the way Spin serves it — wasmtime-wasi-http's `ProxyPre`, plus this file's
//! implementations of Spin's `variables` and `sqlite` interfaces — and driven with real
//! signed webhooks from the Talk simulator.

use std::time::Duration;

use talkbot::simulator::{CreateBody, Simulator, create_body};
use talkbot_spin_artifact::{SPIN_COMPONENT_PATH, SPIN_SDK_DIR};
use talkbot_tests::fake_openai::{FakeOpenAi, Reply};
use talkbot_tests::harness::{SECRET, eventually, quiet, reaction_log, simulator};
use talkbot_tests::spin_host::{SpinApp, spin_up};

const ROOM: &str = "spinroom1";
const WAIT: Duration = Duration::from_secs(20);

async fn post(sim: &Simulator, app: &SpinApp, body: Vec<u8>) -> (u16, String) {
    sim.send_webhook(&app.url, SECRET, body).await.unwrap()
}

/// The Spin app answering with the fake model (`responder = openai`, model `m`), plus `extra`
/// variables.
async fn spin_with_model(nextcloud: &str, model: &FakeOpenAi, extra: &[(&str, &str)]) -> SpinApp {
    let origin = model.base_url().trim_end_matches("/v1").to_string();
    let mut variables = vec![
        ("bot_secret", SECRET),
        ("nextcloud_url", nextcloud),
        ("responder", "openai"),
        ("openai_origin", origin.as_str()),
        ("openai_model", "m"),
    ];
    variables.extend_from_slice(extra);
    spin_up(&variables).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_answers_a_signed_webhook_through_the_bot_api() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let app = spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("agent_name", "talkbot"),
    ])
    .await;

    let body = create_body(ROOM, 7, "users/alice", "Alice", "hello @all from Spin");
    assert_eq!(
        post(&sim, &app, body.clone()).await,
        (200, "accepted\n".into())
    );
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted.len(), 1, "{posted:?}");
    // Checked by the simulator as Talk checks it: signature over random + message.
    assert_eq!(posted[0].message, "hello @\u{200B}all from Spin");
    assert_eq!(posted[0].reply_to, Some(7));
    assert_eq!(posted[0].token, ROOM);
    assert_eq!(posted[0].reference_id.as_ref().map(String::len), Some(64));
    // The job is kept, finished, for the duplicate check.
    let done = format!(
        "SELECT count(*) FROM talkbot_jobs WHERE key = '0|{ROOM}|7' AND phase = 'done' \
         AND outcome = 'delivered'"
    );
    eventually("the job is finished", WAIT, || app.count(&done) == 1).await;

    // The same webhook again: acknowledged, not answered twice.
    assert_eq!(
        post(&sim, &app, body).await,
        (200, "duplicate: already handled\n".into())
    );

    // A forged signature: 401 with the reason, nothing sent, nothing stored.
    let forged = create_body(ROOM, 8, "users/mallory", "Mallory", "let me in");
    let (status, reason) = sim
        .post_webhook(&app.url, &"r".repeat(64), &"0".repeat(64), forged)
        .await
        .unwrap();
    assert_eq!(status, 401, "{reason}");
    assert!(reason.contains("signature"), "{reason}");
    // Not JSON: 400, with where it broke.
    let (status, reason) = post(&sim, &app, b"{\"type\":".to_vec()).await;
    assert_eq!(status, 400, "{reason}");
    assert_eq!(quiet(&sim, &app.url, SECRET, ROOM).await.len(), 1);
    // The message and the marker.
    assert_eq!(app.count("SELECT count(*) FROM talkbot_jobs"), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_acknowledges_first_then_asks_the_model() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("spin-model").await;
    let (nextcloud, origin) = (sim.url(), format!("http://{}", model.addr));
    let app = spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("responder", "openai"),
        ("openai_origin", &origin),
        ("openai_api_path", "/v1"),
        ("openai_model", "small"),
        ("openai_api_key", "sk-spin"),
    ])
    .await;
    model.script([Reply::Slow(Duration::from_secs(2), "Bonjour !".into())]);
    let status = post(
        &sim,
        &app,
        create_body(ROOM, 1, "users/alice", "Alice", "Say hello in French"),
    )
    .await;
    // Talk has its 200 while the model is still thinking.
    assert_eq!(status.0, 200);
    assert!(
        sim.messages().is_empty(),
        "answered before the acknowledgement"
    );
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "Bonjour !");
    let asked = &model.received()[0];
    assert_eq!(asked.authorization.as_deref(), Some("Bearer sk-spin"));
    assert_eq!(asked.body["model"], "small");
    assert_eq!(
        asked.messages().last().unwrap().1,
        "Alice: Say hello in French"
    );

    // The conversation is remembered in key-value and sent along next time.
    post(
        &sim,
        &app,
        create_body(ROOM, 2, "users/alice", "Alice", "And in German?"),
    )
    .await;
    sim.wait_for_messages(2, WAIT).await;
    let history: Vec<String> = model.received()[1]
        .messages()
        .into_iter()
        .map(|(role, content)| format!("{role}: {content}"))
        .collect();
    assert_eq!(
        history[1..],
        [
            "user: Alice: Say hello in French",
            "assistant: Bonjour !",
            "user: Alice: And in German?"
        ]
    );
}

#[test]
fn spin_component_targets_spins_http_trigger_world() {
    let mut resolve = wit_parser::Resolve::default();
    resolve
        .push_dir(std::path::Path::new(SPIN_SDK_DIR).join("wit"))
        .expect("spin-sdk's WIT");
    // Every released Spin http-trigger world (fermyon:spin@2.0.0 … spin:up@3.4.0) is Spin's
    // platform imports plus the export wasi:http/incoming-handler@0.2.0. spin-sdk 5.2's own
    // http-trigger (spin:up@3.6.0) exports the unreleased WASIp3 handler instead, so the world
    // checked here is that release line's shape over spin-sdk 5.2's platform — the one with
    // WASI 0.2.6, which Rust's wasm32-wasip2 standard library imports.
    let package = resolve
        .push_str(
            "talkbot-check.wit",
            "package talkbot:check;\n\
             world spin-http-trigger {\n\
             \x20 include spin:up/platform@3.6.0;\n\
             \x20 export wasi:http/incoming-handler@0.2.0;\n\
             }\n",
        )
        .expect("the check world");
    let world = resolve
        .select_world(&[package], Some("spin-http-trigger"))
        .unwrap();
    let wasm = std::fs::read(SPIN_COMPONENT_PATH).unwrap();
    // Semver-compatible, as Spin links imports (wasi:*@0.2.0 imports of spin-sdk's bindings
    // are satisfied by the 0.2.6 interfaces).
    wit_component::targets(&resolve, world, &wasm, true).unwrap_or_else(|e| {
        panic!("target/talkbot-spin.wasm does not target Spin's http-trigger world: {e:#}")
    });
    // And the export really is the 0.2 incoming handler, the one released Spin calls.
    let fermyon_spin = resolve
        .package_names
        .iter()
        .find(|(name, _)| {
            name.namespace == "fermyon"
                && name.name == "spin"
                && name
                    .version
                    .as_ref()
                    .is_some_and(|v| v.to_string() == "2.0.0")
        })
        .map(|(_, id)| *id)
        .expect("fermyon:spin@2.0.0 in spin-sdk's WIT");
    let fermyon = resolve
        .select_world(&[fermyon_spin], Some("http-trigger"))
        .unwrap();
    let exports: Vec<String> = resolve.worlds[fermyon]
        .exports
        .keys()
        .map(|k| resolve.name_world_key(k))
        .collect();
    assert_eq!(exports, ["wasi:http/incoming-handler@0.2.0"]);
    assert!(
        wasmparser_exports(&wasm).contains(&"wasi:http/incoming-handler@0.2.0".to_string()),
        "{:?}",
        wasmparser_exports(&wasm)
    );
}

/// The component's top-level export names.
fn wasmparser_exports(wasm: &[u8]) -> Vec<String> {
    match wit_parser::decoding::decode(wasm).expect("decoding the component") {
        wit_parser::decoding::DecodedWasm::Component(resolve, world) => resolve.worlds[world]
            .exports
            .keys()
            .map(|k| resolve.name_world_key(k))
            .collect(),
        _ => panic!("not a component"),
    }
}

#[test]
fn spin_toml_and_the_spinapp_manifest_match_the_component() {
    let root = talkbot_tests::workspace_dir();
    let text = std::fs::read_to_string(root.join("spin.toml")).unwrap();
    let manifest: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(manifest["spin_manifest_version"].as_integer(), Some(2));
    let routes: Vec<&str> = manifest["trigger"]["http"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["route"].as_str().unwrap())
        .collect();
    assert_eq!(routes, ["/nextcloud-talk-webhook", "/talkbot/drain"]);
    let component = &manifest["component"]["talkbot"];
    assert_eq!(
        component["source"].as_str(),
        Some("target/talkbot-spin.wasm")
    );
    assert!(
        SPIN_COMPONENT_PATH.ends_with("talkbot-spin.wasm"),
        "the build writes what spin.toml runs"
    );
    assert!(
        component["build"]["command"]
            .as_str()
            .unwrap()
            .contains("talkbot-spin-artifact")
    );
    assert_eq!(
        component["sqlite_databases"].as_array().unwrap()[0].as_str(),
        Some("default")
    );
    let app_variables = manifest["variables"].as_table().unwrap();
    assert_eq!(app_variables["bot_secret"]["secret"].as_bool(), Some(true));
    assert_eq!(
        app_variables["bot_secret"]["required"].as_bool(),
        Some(true)
    );
    // Every variable the guest reads is given to the component, from an app variable: the
    // engine's variables (its own list) and the Spin app's drain token.
    use talkbot_component::job_api::Guest as _;
    let mut read = talkbot_component::Component::variable_names();
    read.push("drain_token".into());
    assert!(read.len() >= 22, "{read:?}");
    let read: Vec<&str> = read.iter().map(String::as_str).collect();
    let given = component["variables"].as_table().unwrap();
    for name in &read {
        let value = given
            .get(*name)
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("spin.toml gives the component no variable {name}"));
        assert_eq!(value, format!("{{{{ {name} }}}}"));
        assert!(app_variables.contains_key(*name), "no app variable {name}");
    }
    // Outbound requests may go only where the variables say.
    for host in component["allowed_outbound_hosts"].as_array().unwrap() {
        let name = host
            .as_str()
            .unwrap()
            .trim_start_matches("{{ ")
            .trim_end_matches(" }}");
        assert!(app_variables.contains_key(name), "{host}");
    }
    // The SpinKube manifest sets only variables the app has, the secret from a Secret.
    let spinapp = std::fs::read_to_string(root.join("deploy/spinapp.yaml")).unwrap();
    let variables = spinapp
        .split("  variables:")
        .nth(1)
        .and_then(|rest| rest.split("  runtimeConfig:").next())
        .unwrap();
    let names: Vec<&str> = variables
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.trim().strip_prefix("- name: "))
        .collect();
    assert!(names.contains(&"bot_secret") && names.contains(&"nextcloud_url"));
    for name in names {
        assert!(app_variables.contains_key(name), "unknown variable {name}");
    }
    assert!(spinapp.contains("secretKeyRef"));
    // Replicas share one database; the CronJob drains with the token.
    assert!(spinapp.contains("sqliteDatabases:") && spinapp.contains("name: default"));
    let cron = std::fs::read_to_string(root.join("deploy/drain-cronjob.yaml")).unwrap();
    assert!(cron.contains("/talkbot/drain") && cron.contains("key: drain_token"));
    let runtime: toml::Value =
        toml::from_str(&std::fs::read_to_string(root.join("deploy/runtime-config.toml")).unwrap())
            .unwrap();
    assert_eq!(
        runtime["sqlite_database"]["default"]["type"].as_str(),
        Some("spin")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_keeps_a_refused_reply_until_the_drain_route_delivers_it() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let token = "t0ken-of-the-scheduler-0123456789";
    let app = spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("drain_token", token),
        ("retry_initial_backoff_ms", "1000"),
    ])
    .await;
    sim.state.lock().unwrap().message_faults = [503].into();
    let body = create_body(ROOM, 9, "users/alice", "Alice", "after the outage");
    assert_eq!(post(&sim, &app, body).await, (200, "accepted\n".into()));
    let waiting = format!(
        "SELECT count(*) FROM talkbot_jobs WHERE key = '0|{ROOM}|9' AND phase != 'done' \
         AND job IS NOT NULL AND due_at > received_at AND outcome LIKE '%503%'"
    );
    eventually("the refused reply is kept", WAIT, || {
        app.count(&waiting) == 1
    })
    .await;
    assert!(sim.messages().is_empty());

    let client = reqwest::Client::new();
    let drain = |bearer: Option<&str>| {
        let mut request = client.post(&app.drain_url);
        if let Some(bearer) = bearer {
            request = request.bearer_auth(bearer);
        }
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (status, reason) = drain(None).await;
    assert_eq!(status, 401, "{reason}");
    let (status, reason) = drain(Some("not-the-token")).await;
    assert_eq!(status, 401, "{reason}");
    assert!(sim.messages().is_empty());
    // The scheduler calls until the job is due (about a second after the 503).
    let deadline = std::time::Instant::now() + WAIT;
    let report = loop {
        let (status, report) = drain(Some(token)).await;
        assert_eq!(status, 200, "{report}");
        if !report.starts_with("{\"delivered\":0,") || std::time::Instant::now() > deadline {
            break report;
        }
        assert!(report.contains("\"waiting\":1"), "{report}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(
        report,
        "{\"delivered\":1,\"retrying\":0,\"failed\":0,\"waiting\":0,\"next_due_in_ms\":null}\n"
    );
    let posted = sim.messages();
    assert_eq!(posted.len(), 1);
    assert_eq!(posted[0].message, "after the outage");
    assert_eq!(posted[0].reply_to, Some(9));

    // The finished job is kept for the duplicate check, and pruned by a drain once it is
    // older than the window (two hours).
    let kept = "SELECT count(*) FROM talkbot_jobs WHERE phase = 'done'";
    assert_eq!(app.count(kept), 1);
    drain(Some(token)).await;
    assert_eq!(app.count(kept), 1);
    app.sqlite
        .lock()
        .unwrap()
        .execute(
            "UPDATE talkbot_jobs SET finished_at = finished_at - 7300000",
            [],
        )
        .unwrap();
    let (status, report) = drain(Some(token)).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(app.count(kept), 0);

    // Without a drain token the route is off, and says how to turn it on.
    let off = spin_up(&[("bot_secret", SECRET), ("nextcloud_url", &nextcloud)]).await;
    let response = client
        .post(&off.drain_url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 404);
    assert!(response.text().await.unwrap().contains("drain_token"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_gives_up_at_the_windows_end_saying_what_it_waited_out() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let token = "t0ken-of-the-scheduler-0123456789";
    let app = spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("drain_token", token),
        ("retry_for_ms", "1500"),
    ])
    .await;
    {
        let mut s = sim.state.lock().unwrap();
        s.message_faults = [429].into();
        s.retry_after = Some(7200);
    }
    let body = create_body(ROOM, 11, "users/alice", "Alice", "too late");
    assert_eq!(post(&sim, &app, body).await, (200, "accepted\n".into()));
    let given_up = format!(
        "SELECT count(*) FROM talkbot_jobs WHERE key = '0|{ROOM}|11' AND phase = 'done' \
         AND outcome LIKE '%past the retry window%' AND outcome LIKE '%HTTP 429%'"
    );
    // The scheduler's calls run the job once it is due (at the window's end).
    let deadline = std::time::Instant::now() + WAIT;
    while app.count(&given_up) == 0 {
        let outcomes = app.count("SELECT count(*) FROM talkbot_jobs WHERE phase = 'done'");
        assert!(
            outcomes == 0 && std::time::Instant::now() < deadline,
            "not given up naming the 429 (jobs done: {outcomes})"
        );
        assert_eq!(app.drain(token).await.0, 200);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(sim.messages().is_empty());
}

/// A queue the Spin app wrote before the job machine (schema 2: each job's webhook in `headers`
/// and `body`, no state) drains after the upgrade. The fixture is that release's own database
/// (`talkbot-spin-harness up` at 3388860, a webhook accepted while its Nextcloud was down),
/// dumped to SQL: `tests/fixtures/spin-queue-schema2.sql`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_drains_a_queue_written_before_the_job_machine() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let token = "t0ken-of-the-scheduler-0123456789";
    let app = spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("drain_token", token),
        // The fixture's webhook is as old as the fixture: a retry window of a century.
        ("retry_for_ms", "3153600000000"),
    ])
    .await;
    app.sqlite
        .lock()
        .unwrap()
        .execute_batch(include_str!("../fixtures/spin-queue-schema2.sql"))
        .expect("loading the schema-2 queue");
    assert_eq!(
        app.count("SELECT count(*) FROM talkbot_jobs WHERE phase != 'done'"),
        1
    );
    let (_, report) = app.drain(token).await;
    assert!(report.starts_with("{\"delivered\":1,"), "{report}");
    let posted = sim.messages();
    assert_eq!(posted.len(), 1);
    assert_eq!(posted[0].message, "written before the job machine");
    assert_eq!(posted[0].reply_to, Some(41));
    assert_eq!(
        app.count(
            "SELECT count(*) FROM talkbot_jobs WHERE key = '0|spinroom1|41' AND phase = 'done' \
             AND outcome = 'delivered'"
        ),
        1
    );
    assert_eq!(app.count("PRAGMA user_version"), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_forgets_me_and_forgets_all() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let model = FakeOpenAi::start("model").await;
    let scenario = talkbot_tests::scenarios::forget_variables(&model);
    let mut variables = vec![
        ("bot_secret", SECRET),
        ("nextcloud_url", nextcloud.as_str()),
    ];
    variables.extend(scenario.iter().map(|(k, v)| (*k, v.as_str())));
    let app = spin_up(&variables).await;
    talkbot_tests::scenarios::forget_me_and_forget_all(&sim, &model, &app.url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_routes_personas_and_falls_back_along_the_chain() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let model = FakeOpenAi::start("model").await;
    let scenario = talkbot_tests::scenarios::persona_variables(&model);
    let mut variables = vec![
        ("bot_secret", SECRET),
        ("nextcloud_url", nextcloud.as_str()),
    ];
    variables.extend(scenario.iter().map(|(k, v)| (*k, v.as_str())));
    let app = spin_up(&variables).await;
    talkbot_tests::scenarios::personas_route_and_fall_back(&sim, &model, &app.url).await;

    // A variable that does not parse: 503 saying which and why, nothing queued.
    let broken = spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        (
            "personas",
            "[{\"name\": \"x\", \"responders\": [\"shell\"]}]",
        ),
    ])
    .await;
    let body = create_body(ROOM, 5, "users/alice", "Alice", "hello");
    let (status, reason) = sim.send_webhook(&broken.url, SECRET, body).await.unwrap();
    assert_eq!(status, 503, "{reason}");
    assert!(
        reason.contains("persona x") && reason.contains("shell"),
        "{reason}"
    );
    assert_eq!(broken.count("SELECT count(*) FROM sqlite_master"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_shows_status_reactions_while_a_model_works_and_on_giving_up() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let model = FakeOpenAi::start("model").await;
    // The first answer comes after a while; the second request is refused for good.
    model.script([
        Reply::Slow(Duration::from_millis(500), "thought about it".into()),
        Reply::Status(400),
    ]);
    let app = spin_with_model(&nextcloud, &model, &[("failure_reply", "off")]).await;
    let body = create_body(ROOM, 31, "users/alice", "Alice", "think hard");
    assert_eq!(post(&sim, &app, body).await.0, 200);
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "thought about it");
    let log = reaction_log;
    eventually("👀 taken off", WAIT, || log(&sim).len() == 2).await;
    assert_eq!(
        log(&sim),
        [
            ("POST".to_string(), 31, "👀".to_string(), 201),
            ("DELETE".to_string(), 31, "👀".to_string(), 200),
        ]
    );

    let body = create_body(ROOM, 32, "users/alice", "Alice", "this one fails");
    assert_eq!(post(&sim, &app, body).await.0, 200);
    eventually("⚠️ and 👀 off", WAIT, || log(&sim).len() == 5).await;
    assert_eq!(
        log(&sim)[2..],
        [
            ("POST".to_string(), 32, "👀".to_string(), 201),
            ("POST".to_string(), 32, "⚠️".to_string(), 201),
            ("DELETE".to_string(), 32, "👀".to_string(), 200),
        ]
    );
    assert!(
        sim.state
            .lock()
            .unwrap()
            .reactions
            .iter()
            .all(|r| r.2 == "⚠️")
    );
    assert_eq!(sim.messages().len(), 1);
}

/// Issue 22: the defaults are the engine's, the same on every host. The Spin app used to try a
/// failing model 3 times (the native host 2) and remember 10 turns (the native host 20).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_gives_up_after_the_engines_answer_attempts_with_its_failure_reply() {
    let defaults = talkbot_component::rules::defaults();
    assert_eq!((defaults.answer_attempts, defaults.memory_turns), (2, 20));
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let model = FakeOpenAi::start("model").await;
    model.script([
        Reply::Status(500),
        Reply::Status(500),
        Reply::Text("third time lucky".into()),
    ]);
    let token = "t0ken-of-the-scheduler-0123456789";
    let app = spin_with_model(
        &nextcloud,
        &model,
        &[
            ("drain_token", token),
            ("retry_initial_backoff_ms", "10"),
            ("status_reactions", "off"),
        ],
    )
    .await;
    let body = create_body(ROOM, 41, "users/alice", "Alice", "will you answer?");
    assert_eq!(post(&sim, &app, body).await.0, 200);
    // The scheduler drains until something is posted.
    let deadline = std::time::Instant::now() + WAIT;
    while sim.messages().is_empty() {
        assert!(std::time::Instant::now() < deadline, "nothing was posted");
        app.drain(token).await;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let posted = sim.messages();
    assert_eq!(posted[0].message, defaults.failure_reply);
    assert_eq!(posted[0].reply_to, Some(41));
    assert_eq!(model.received().len(), 2, "{:?}", model.received());
}

/// Issue 22: what is remembered is the engine's rule — the answer as it was posted (mass
/// mentions defanged, capped), on every host. The Spin app remembered the model's raw text, so
/// the next request showed the model an `@all` nobody saw.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_remembers_the_answer_as_posted() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let model = FakeOpenAi::start("model").await;
    model.script([
        Reply::Text("ping @all now".into()),
        Reply::Text("second".into()),
    ]);
    let app = spin_with_model(&nextcloud, &model, &[("status_reactions", "off")]).await;
    let first = create_body(ROOM, 51, "users/alice", "Alice", "call everyone");
    assert_eq!(post(&sim, &app, first).await.0, 200);
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "ping @\u{200B}all now");
    let second = create_body(ROOM, 52, "users/alice", "Alice", "and now?");
    assert_eq!(post(&sim, &app, second).await.0, 200);
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

/// Issue 22: memory threads are the engine's rule, on Spin too: a reply to a person's message
/// is that message's thread (it sees the exchange it started from), and the main line does not
/// see the thread. Spin kept one list per conversation and showed the model everything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_keeps_reply_threads_apart_in_memory() {
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let model = FakeOpenAi::start("model").await;
    model.script([
        Reply::Text("answer one".into()),
        Reply::Text("answer in the thread".into()),
        Reply::Text("answer three".into()),
    ]);
    let app = spin_with_model(&nextcloud, &model, &[("status_reactions", "off")]).await;
    let first = create_body(ROOM, 61, "users/alice", "Alice", "first question");
    assert_eq!(post(&sim, &app, first).await.0, 200);
    sim.wait_for_messages(1, WAIT).await;
    let reply = CreateBody {
        in_reply_to: Some((61, "users/alice", "Alice", "first question")),
        ..CreateBody::new(ROOM, 62, "users/bob", "Bob", "a reply to it")
    }
    .build();
    assert_eq!(post(&sim, &app, reply).await.0, 200);
    sim.wait_for_messages(2, WAIT).await;
    let third = create_body(ROOM, 63, "users/alice", "Alice", "back on the main line");
    assert_eq!(post(&sim, &app, third).await.0, 200);
    sim.wait_for_messages(3, WAIT).await;
    let asked = model.received();
    assert_eq!(asked.len(), 3);
    let in_thread = asked[1].messages();
    assert!(
        in_thread.contains(&("assistant".to_string(), "answer one".to_string())),
        "{in_thread:?}"
    );
    let main = asked[2].messages();
    assert!(
        main.contains(&("assistant".to_string(), "answer one".to_string())),
        "{main:?}"
    );
    assert!(
        !main.iter().any(
            |(_, text)| text.contains("a reply to it") || text.contains("answer in the thread")
        ),
        "the main line saw the thread: {main:?}"
    );
}

/// Issue 22: the model answer's size cap is the engine's (8 MiB), on every host. The Spin app
/// read any answer whole into the guest's memory and posted it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spin_app_refuses_a_model_answer_over_the_engines_cap() {
    let defaults = talkbot_component::rules::defaults();
    let sim = simulator(&[SECRET]).await;
    let nextcloud = sim.url();
    let model = FakeOpenAi::start("model").await;
    model.script([Reply::Text(
        "a".repeat(defaults.max_model_answer_bytes as usize + 1),
    )]);
    let app = spin_with_model(&nextcloud, &model, &[("status_reactions", "off")]).await;
    let body = create_body(ROOM, 61, "users/alice", "Alice", "tell me everything");
    assert_eq!(post(&sim, &app, body).await.0, 200);
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert!(
        posted[0].message == defaults.failure_reply,
        "posted {} characters instead of the failure reply",
        posted[0].message.chars().count()
    );
    assert_eq!(posted[0].reply_to, Some(61));
}
