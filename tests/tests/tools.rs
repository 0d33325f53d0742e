//! Tools (MCP) end to end: the reference MCP server from npm over Streamable HTTP on loopback
//! (and as a stdio program), a stand-in model that calls tools, and the Talk simulator. The
//! same scenario — a round trip, approval refused to a participant, approved and denied by the
//! owner — on the native host, the Spin harness, the Worker under workerd and the Node example,
//! with the same
//! tools offered and the same results fed back; servers that are down, slow or answer 10 MB; a
//! `kill -9` between a call and its answer.

use std::time::Duration;

use talkbot::simulator::{CreateBody, Simulator};
use talkbot_tests::fake_mcp::{Behaviour, FakeMcp, ReferenceServer, reference_server};
use talkbot_tests::fake_openai::{FakeOpenAi, Reply};
use talkbot_tests::harness::{
    Bot, SECRET, config_with_file, data_dir, env_refs, eventually, simulator,
};
use talkbot_tests::process::{Talkbot, free_port, reserved_port};
use talkbot_tests::scenarios::{TOOL_ROOM, tool_variables, tools_round_trip_and_approval};
use talkbot_tests::spin_host::spin_up;
use talkbot_tests::workerd::Workerd;

const BIN: &str = env!("CARGO_BIN_EXE_talkbot-under-test");
const WAIT: Duration = Duration::from_secs(30);

/// The native host's configuration of the scenario's server (`tool_variables`, as TOML).
fn native_tools(mcp: &str, extra: &str) -> String {
    format!(
        "status_reactions = false\n\n[tools.everything]\n{mcp}\ntools = [\"get-sum\", \"echo\"]\napproval = [\"echo\"]\n{extra}\n\n[personas.default]\ntools = [\"everything\"]\n"
    )
}

async fn ask(sim: &Simulator, url: &str, id: u64, text: &str) {
    let body = CreateBody::new(TOOL_ROOM, id, "users/alice", "Alice", text).build();
    let (status, answer) = sim.send_webhook(url, SECRET, body).await.unwrap();
    assert_eq!(status, 200, "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_tool_round_trip_and_approvals_on_native_spin_and_the_edge() {
    let Some(server) = ReferenceServer::start().await else {
        return;
    };
    // Native, configured by TOML.
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let dir = data_dir("tools-native");
    let toml = native_tools(&format!("url = \"{}\"", server.url()), "");
    let bot = Bot::start(config_with_file(
        &sim.url(),
        SECRET,
        &dir,
        &env_refs(&env),
        &toml,
    ))
    .await;
    let native = tools_round_trip_and_approval(&sim, &model, &bot.url).await;
    bot.stop().await;
    // The Spin app on the project's wasmtime harness, configured by variables.
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let nextcloud = sim.url();
    let scenario = tool_variables(&model, &server.url());
    let mut variables = vec![
        ("bot_secret", SECRET),
        ("nextcloud_url", nextcloud.as_str()),
    ];
    variables.extend(scenario.iter().map(|(k, v)| (*k, v.as_str())));
    let app = spin_up(&variables).await;
    let spin = tools_round_trip_and_approval(&sim, &model, &app.url).await;
    assert_eq!(spin, native, "the Spin app offered and fed back the same");
    // The Worker under workerd.
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let scenario = tool_variables(&model, &server.url());
    let vars = env_refs(&scenario);
    let Some(worker) = Workerd::start(&sim.url(), &data_dir("tools-edge"), &vars).await else {
        return;
    };
    let edge = tools_round_trip_and_approval(&sim, &model, &worker.url()).await;
    assert_eq!(edge, native, "the Worker offered and fed back the same");
    // The Node example on the component.
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let base = model.base_url();
    let servers = tool_variables(&model, &server.url())
        .into_iter()
        .find(|(k, _)| *k == "tool_servers")
        .map(|(_, v)| v)
        .unwrap_or_default();
    let Some(mut node) = talkbot_tests::node_bot::node_bot(
        &sim.url(),
        &[
            ("TALKBOT_OPENAI_BASE_URL", base.as_str()),
            ("TALKBOT_OPENAI_MODEL", "m"),
            ("TALKBOT_TOOL_SERVERS", servers.as_str()),
            ("TALKBOT_TOOLS", "everything"),
        ],
    )
    .await
    else {
        return;
    };
    let in_node = tools_round_trip_and_approval(&sim, &model, &node.url).await;
    assert_eq!(
        in_node, native,
        "the Node example offered and fed back the same"
    );
    let _ = node.child.kill().await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stdio_server_is_started_by_the_native_host() {
    let Some(entry) = reference_server() else {
        return;
    };
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let command = format!("command = [\"node\", \"{}\", \"stdio\"]", entry.display());
    let toml = native_tools(&command, "");
    let bot = Bot::start(config_with_file(
        &sim.url(),
        SECRET,
        &data_dir("tools-stdio"),
        &env_refs(&env),
        &toml,
    ))
    .await;
    for (id, (a, b)) in [(1, (2, 3)), (2, (40, 2))] {
        model.script([
            Reply::tool("everything__get-sum", &format!("{{\"a\":{a},\"b\":{b}}}")),
            Reply::Text(format!("done {id}")),
        ]);
        ask(&sim, &bot.url, id, "sum?").await;
        let posted = sim.wait_for_messages(id as usize, WAIT).await;
        assert_eq!(posted[id as usize - 1].message, format!("done {id}"));
    }
    let asked = model.received();
    assert_eq!(asked[1].tool_results(), ["The sum of 2 and 3 is 5."]);
    // The second answer's session with the same program (started once, initialized again).
    assert_eq!(asked[3].tool_results(), ["The sum of 40 and 2 is 42."]);
    bot.stop().await;
}

/// The stand-in's tool, offered to the default persona, with `extra` TOML for the server.
fn stand_in(url: &str, extra: &str) -> String {
    format!(
        "status_reactions = false\n\n[tools.box]\nurl = \"{url}\"\n{extra}\n\n[personas.default]\ntools = [\"box\"]\n"
    )
}

/// Question `id` (the `id`th message), whose answer calls the stand-in's tool once: the answer
/// is posted, and what the model was given as the tool's result.
async fn work_once(sim: &Simulator, url: &str, model: &FakeOpenAi, id: usize) -> Vec<String> {
    let answer = format!("answer {id}");
    model.script([Reply::tool("box__work", "{}"), Reply::Text(answer.clone())]);
    ask(sim, url, id as u64, "work?").await;
    assert_eq!(
        sim.wait_for_messages(id, WAIT).await[id - 1].message,
        answer
    );
    let asked = model.received();
    asked[asked.len() - 1].tool_results()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servers_that_are_down_slow_or_answer_10_mb_never_fail_the_answer() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    // Down: nothing listens there. The model is asked without the tools, and told why.
    let down = format!("http://127.0.0.1:{}/mcp", free_port());
    let bot = Bot::start(config_with_file(
        &sim.url(),
        SECRET,
        &data_dir("tools-down"),
        &env_refs(&env),
        &stand_in(&down, ""),
    ))
    .await;
    model.script([Reply::Text("without tools".into())]);
    ask(&sim, &bot.url, 1, "work?").await;
    assert_eq!(
        sim.wait_for_messages(1, WAIT).await[0].message,
        "without tools"
    );
    let asked = &model.received()[0];
    assert!(asked.tools_offered().is_empty());
    let system = &asked.messages()[0].1;
    assert!(
        system.contains("These tool servers are unavailable for this answer"),
        "{system}"
    );
    assert!(system.contains("box (cannot be reached"), "{system}");
    bot.stop().await;

    // Slow: past the server's timeout the model hears that the outcome is unknown.
    let mcp = FakeMcp::start(Behaviour::Slow(Duration::from_secs(5), "late".into())).await;
    let bot = Bot::start(config_with_file(
        &sim.url(),
        SECRET,
        &data_dir("tools-slow"),
        &env_refs(&env),
        &stand_in(&mcp.url(), "timeout_secs = 1"),
    ))
    .await;
    assert_eq!(
        work_once(&sim, &bot.url, &model, 2).await,
        ["No answer within 1 s: the call may or may not have been made."]
    );

    // 10 MB: read up to 1 MiB, then refused; the model hears so.
    mcp.set(Behaviour::Huge(10 << 20));
    assert_eq!(
        work_once(&sim, &bot.url, &model, 3).await,
        ["The tool answered more than 1048576 bytes; its output is not shown."]
    );
    assert_eq!(mcp.calls().len(), 2);
    // What came back is counted per server (never what it said).
    let metrics = bot.app.metrics.render(&talkbot::metrics::Gauges::default());
    for outcome in ["answered", "timeout", "too_large"] {
        let line = format!("talkbot_tool_requests_total{{server=\"box\",outcome=\"{outcome}\"}}");
        assert!(metrics.contains(&line), "{line} in {metrics}");
    }
    bot.stop().await;
}

/// A native process whose call is out when it is killed: after the restart the model hears an
/// unknown outcome (the call is not made again) — or, for an idempotent tool, the call is made
/// again.
async fn killed_between_call_and_answer(idempotent: bool) {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let mcp = FakeMcp::start(Behaviour::Slow(Duration::from_secs(600), "never".into())).await;
    let name = if idempotent {
        "tools-kill-idem"
    } else {
        "tools-kill"
    };
    let dir = data_dir(name);
    let extra = if idempotent {
        "idempotent = [\"work\"]"
    } else {
        ""
    };
    let file = dir.join("talkbot.toml");
    std::fs::write(&file, stand_in(&mcp.url(), extra)).unwrap();
    let file = file.display().to_string();
    let base = model.base_url();
    let env = [
        ("TALKBOT_CONFIG", file.as_str()),
        ("TALKBOT_RESPONDER", "openai"),
        ("OPENAI_BASE_URL", base.as_str()),
        ("TALKBOT_MODEL", "m"),
    ];
    let port = reserved_port();
    let first = Talkbot::spawn(BIN, &sim.url(), port, &dir, &env);
    first.wait_listening().await;
    model.script([
        Reply::tool("box__work", "{\"n\":1}"),
        Reply::Text("after the crash".into()),
    ]);
    ask(&sim, &first.url(), 1, "work?").await;
    eventually("the call reaches the server", WAIT, || {
        mcp.calls().len() == 1
    })
    .await;
    first.kill();
    mcp.set(Behaviour::Answer("done".into()));
    let second = Talkbot::spawn(BIN, &sim.url(), port, &dir, &env);
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(
        (posted[0].message.as_str(), posted[0].reply_to),
        ("after the crash", Some(1))
    );
    let results = model.received()[1].tool_results();
    if idempotent {
        assert_eq!(results, ["done"]);
        assert_eq!(mcp.calls().len(), 2, "an idempotent call is made again");
    } else {
        assert_eq!(results.len(), 1);
        assert!(results[0].starts_with("Unknown outcome"), "{results:?}");
        assert_eq!(mcp.calls().len(), 1, "the call was not made again");
    }
    second.drained(WAIT).await;
    assert_eq!(sim.messages().len(), 1, "answered once");
    second.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_between_a_call_and_its_answer_is_an_unknown_outcome() {
    killed_between_call_and_answer(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_between_a_call_and_its_answer_repeats_an_idempotent_call() {
    killed_between_call_and_answer(true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worker_killed_between_a_call_and_its_answer_reports_an_unknown_outcome() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let mcp = FakeMcp::start(Behaviour::Slow(Duration::from_secs(600), "never".into())).await;
    let origin = model.base_url().trim_end_matches("/v1").to_string();
    let servers = format!(r#"[{{"name": "box", "url": "{}"}}]"#, mcp.url());
    let vars = [
        ("responder", "openai"),
        ("openai_origin", origin.as_str()),
        ("openai_model", "m"),
        ("status_reactions", "off"),
        ("tool_servers", servers.as_str()),
        ("tools", "box"),
    ];
    let Some(mut worker) = Workerd::start(&sim.url(), &data_dir("tools-kill-edge"), &vars).await
    else {
        return;
    };
    model.script([
        Reply::tool("box__work", "{\"n\":1}"),
        Reply::Text("after the crash".into()),
    ]);
    ask(&sim, &worker.url(), 1, "work?").await;
    eventually("the call reaches the server", WAIT, || {
        mcp.calls().len() == 1
    })
    .await;
    worker.kill().await;
    mcp.set(Behaviour::Answer("done".into()));
    // No webhook: the conversation's alarm, kept on disk, runs the job on.
    worker.restart().await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(
        (posted[0].message.as_str(), posted[0].reply_to),
        ("after the crash", Some(1))
    );
    let results = model.received()[1].tool_results();
    assert!(
        results.len() == 1 && results[0].starts_with("Unknown outcome"),
        "{results:?}"
    );
    assert_eq!(mcp.calls().len(), 1, "the call was not made again");
    eventually("the job done", WAIT, || {
        worker.count_jobs("done_at IS NULL") == 0
    })
    .await;
    assert_eq!(sim.messages().len(), 1, "answered once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_readme_example_works_as_written() {
    let Some(server) = ReferenceServer::start().await else {
        return;
    };
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    let section = &readme[readme.find("### Tools (MCP)").expect("the section")..];
    let block = &section[section.find("```toml\n").expect("its example") + 8..];
    let block = &block[..block.find("```").expect("the example's end")];
    // Only the port is this test's.
    let toml = block.replace("http://127.0.0.1:3001/mcp", &server.url());
    assert_ne!(toml, block, "the example names the server's URL");
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let dir = data_dir("tools-readme");
    let bot = Bot::start(config_with_file(
        &sim.url(),
        SECRET,
        &dir,
        &env_refs(&env),
        &toml,
    ))
    .await;
    model.script([
        Reply::tool("everything__get-sum", r#"{"a":2,"b":3}"#),
        Reply::Text("It is 5.".into()),
    ]);
    ask(&sim, &bot.url, 1, "what is 2+3?").await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted.last().map(|p| p.message.as_str()), Some("It is 5."));
    assert_eq!(
        model.received()[1].tool_results(),
        ["The sum of 2 and 3 is 5."]
    );
    bot.stop().await;
    server.stop().await;
}
