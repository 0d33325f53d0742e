//! Scenarios that run unchanged on more than one host: webhooks in, then what Talk stored and
//! what the model was asked. A host's test starts the host with the scenario's variables (the
//! Spin app and the Worker take the same ones) and hands over its webhook URL.

use std::time::Duration;

use talkbot::simulator::{CreateBody, Simulator, create_body};

use crate::fake_openai::{FakeOpenAi, Reply};
use crate::harness::SECRET;

const WAIT: Duration = Duration::from_secs(30);

/// The persona scenario's conversations: the first answers with the default persona (echo),
/// the second is routed to `careful` (the model, then echo).
pub const PERSONA_ROOMS: [&str; 2] = ["persona1", "persona2"];

/// The variables of [`personas_route_and_fall_back`] for `model`, and its script.
pub fn persona_variables(model: &FakeOpenAi) -> Vec<(&'static str, String)> {
    model.script([Reply::Status(500), Reply::Text("from the model".into())]);
    vec![
        (
            "openai_origin",
            model.base_url().trim_end_matches("/v1").to_string(),
        ),
        ("openai_model", "m".into()),
        (
            "personas",
            r#"[{"name": "careful", "responders": ["openai", "echo"]}]"#.into(),
        ),
        (
            "rooms",
            format!(
                r#"[{{"token": "{}", "persona": "careful"}}]"#,
                PERSONA_ROOMS[1]
            ),
        ),
    ]
}

async fn post(sim: &Simulator, url: &str, body: Vec<u8>) {
    let (status, text) = sim.send_webhook(url, SECRET, body).await.unwrap();
    assert_eq!(status, 200, "{text}");
}

/// Personas route a conversation to its responder chain, the chain falls back past a failing
/// model, and an owner's `/talkbot persona` switches a conversation.
pub async fn personas_route_and_fall_back(sim: &Simulator, model: &FakeOpenAi, url: &str) {
    let [first, second] = PERSONA_ROOMS;
    // The default persona, echo: the model is not asked.
    post(
        sim,
        url,
        create_body(first, 1, "users/alice", "Alice", "plain echo"),
    )
    .await;
    sim.wait_for_messages(1, WAIT).await;
    assert!(model.received().is_empty());
    // Routed to "careful": the model fails (500), the next responder answers.
    post(
        sim,
        url,
        create_body(second, 2, "users/alice", "Alice", "careful one"),
    )
    .await;
    let posted = sim.wait_for_messages(2, WAIT).await;
    assert_eq!(posted[1].message, "careful one");
    assert_eq!(posted[1].token, second);
    assert_eq!(model.received().len(), 1);
    // The owner switches the first conversation to "careful": now the model answers there.
    let command = CreateBody {
        participant_type: Some(1),
        ..CreateBody::new(first, 3, "users/olga", "Olga", "/talkbot persona careful")
    }
    .build();
    post(sim, url, command).await;
    post(
        sim,
        url,
        create_body(first, 4, "users/alice", "Alice", "who answers?"),
    )
    .await;
    let posted = sim.wait_for_messages(4, WAIT).await;
    assert!(posted[2].message.contains("careful"), "{:?}", posted[2]);
    assert_eq!(posted[3].message, "from the model");
    assert_eq!(model.received().len(), 2);
}

/// The conversation of [`forget_me_and_forget_all`].
pub const FORGET_ROOM: &str = "forget1";

/// The variables of [`forget_me_and_forget_all`] (a model that remembers; no 👀).
pub fn forget_variables(model: &FakeOpenAi) -> Vec<(&'static str, String)> {
    model_variables(model)
}

/// The variables that make `model` the responder (model `m`), without status reactions.
fn model_variables(model: &FakeOpenAi) -> Vec<(&'static str, String)> {
    vec![
        ("responder", "openai".into()),
        (
            "openai_origin",
            model.base_url().trim_end_matches("/v1").to_string(),
        ),
        ("openai_model", "m".into()),
        ("status_reactions", "off".into()),
    ]
}

/// The user turns the model was shown with the `n`th request (0-based), system prompt left
/// out.
fn shown(model: &FakeOpenAi, n: usize) -> Vec<String> {
    model.received()[n]
        .messages()
        .into_iter()
        .filter(|(role, _)| role == "user")
        .map(|(_, text)| text)
        .collect()
}

/// `/talkbot forget me` takes the writer's questions and the answers out of the memory and
/// leaves the others'; `/talkbot forget` is a moderator's and takes everything; both say what
/// went.
pub async fn forget_me_and_forget_all(sim: &Simulator, model: &FakeOpenAi, url: &str) {
    let room = FORGET_ROOM;
    let say = |id, actor, name, text, participant| {
        CreateBody {
            participant_type: Some(participant),
            ..CreateBody::new(room, id, actor, name, text)
        }
        .build()
    };
    post(
        sim,
        url,
        say(1, "users/alice", "Alice", "my secret plan", 3),
    )
    .await;
    sim.wait_for_messages(1, WAIT).await;
    post(sim, url, say(2, "users/bob", "Bob", "the weather?", 3)).await;
    sim.wait_for_messages(2, WAIT).await;
    post(
        sim,
        url,
        say(3, "users/alice", "Alice", "/talkbot forget me", 3),
    )
    .await;
    let posted = sim.wait_for_messages(3, WAIT).await;
    assert!(
        posted[2]
            .message
            .starts_with("Done: I have forgotten 1 message of yours here"),
        "{:?}",
        posted[2]
    );
    assert_eq!(posted[2].reply_to, Some(3));
    // A participant cannot make the bot forget everybody.
    post(sim, url, say(4, "users/bob", "Bob", "/talkbot forget", 3)).await;
    let posted = sim.wait_for_messages(4, WAIT).await;
    assert!(
        posted[3].message.starts_with("Sorry, only"),
        "{:?}",
        posted[3]
    );
    post(sim, url, say(5, "users/bob", "Bob", "what do you know?", 3)).await;
    sim.wait_for_messages(5, WAIT).await;
    assert_eq!(model.received().len(), 3, "commands never reach the model");
    assert_eq!(
        shown(model, 2),
        ["Bob: the weather?", "Bob: what do you know?"]
    );
    // The owner: Bob's two exchanges (four turns) go.
    post(sim, url, say(6, "users/olga", "Olga", "/talkbot forget", 1)).await;
    let posted = sim.wait_for_messages(6, WAIT).await;
    assert_eq!(
        posted[5].message,
        "Done: I have forgotten this conversation (4 messages I remembered)."
    );
    post(sim, url, say(7, "users/bob", "Bob", "anyone?", 3)).await;
    sim.wait_for_messages(7, WAIT).await;
    assert_eq!(shown(model, 3), ["Bob: anyone?"]);
}

/// The room of the schedule scenarios.
pub const SCHEDULE_ROOM: &str = "sched001";

/// A schedule posting `tick` every 2 seconds in [`SCHEDULE_ROOM`], as the `schedules`
/// variable (the Spin app, the Worker) takes it.
pub const TICK_VARIABLE: &str = r#"[{"name": "tick", "room": "sched001", "cron": "*/2 * * * * *", "timezone": "Europe/Berlin", "text": "tick", "grace_minutes": 10}]"#;

/// The same schedule in the native host's TOML.
pub const TICK_TOML: &str = "[schedules.tick]\nroom = \"sched001\"\ncron = \"*/2 * * * * *\"\ntimezone = \"Europe/Berlin\"\ntext = \"tick\"\ngrace_minutes = 10\n";

/// The occurrences (seconds since the epoch) of schedule `name` that Talk stored, in the order
/// posted, recognised by their `referenceId` (the engine derives it from the occurrence) among
/// the seconds from `from` to `to`.
pub fn posted_occurrences(sim: &Simulator, name: &str, from: u64, to: u64) -> Vec<u64> {
    use talkbot_component::bot_api::Guest;
    let backend = talkbot_component::rules::normalize_backend(&sim.url()).expect("a URL");
    let ids: std::collections::HashMap<String, u64> = (from..=to)
        .map(|s| {
            let key = format!("schedule:{name}:{}", s * 1000);
            let id = talkbot_component::Component::reference_id(
                backend.clone(),
                SCHEDULE_ROOM.into(),
                key,
                0,
            );
            (id, s)
        })
        .collect();
    sim.messages()
        .iter()
        .filter(|m| m.token == SCHEDULE_ROOM)
        .map(|m| {
            let id = m.reference_id.clone().unwrap_or_default();
            *ids.get(&id).unwrap_or_else(|| {
                panic!("a post in {SCHEDULE_ROOM} no occurrence explains: {m:?}")
            })
        })
        .collect()
}

/// Each occurrence from the first posted to the last, every 2 seconds, posted exactly once.
pub fn every_tick_once(occurrences: &[u64]) {
    let mut sorted = occurrences.to_vec();
    sorted.sort();
    let mut unique = sorted.clone();
    unique.dedup();
    assert_eq!(
        unique, sorted,
        "an occurrence was posted twice: {occurrences:?}"
    );
    let (first, last) = (sorted[0], sorted[sorted.len() - 1]);
    let expected: Vec<u64> = (first..=last).step_by(2).collect();
    assert_eq!(sorted, expected, "an occurrence is missing");
}

/// A moderator makes a schedule from the chat (every minute), it posts on the next minute,
/// and `/talkbot schedules` lists it; a participant cannot make one.
pub async fn schedule_from_the_chat(sim: &Simulator, url: &str) {
    let room = "sched002";
    let say = |id, participant, text| {
        CreateBody {
            participant_type: Some(participant),
            ..CreateBody::new(room, id, "users/olga", "Olga", text)
        }
        .build()
    };
    let in_room = |sim: &Simulator| -> Vec<String> {
        sim.messages()
            .into_iter()
            .filter(|m| m.token == room)
            .map(|m| m.message)
            .collect()
    };
    post(
        sim,
        url,
        say(1, 3, "/talkbot schedule add ping \"* * * * *\" UTC ping!"),
    )
    .await;
    post(
        sim,
        url,
        say(2, 1, "/talkbot schedule add ping \"* * * * *\" UTC ping!"),
    )
    .await;
    post(sim, url, say(3, 3, "/talkbot schedules")).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    while !in_room(sim).iter().any(|m| m == "ping!") {
        assert!(
            std::time::Instant::now() < deadline,
            "no scheduled post: {:?}",
            in_room(sim)
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let posted = in_room(sim);
    assert!(posted[0].starts_with("Sorry, only"), "{posted:?}");
    assert!(posted[1].starts_with("Scheduled `ping`"), "{posted:?}");
    assert!(
        posted[2].starts_with("Scheduled here:\n- ping: `* * * * *` (UTC)"),
        "{posted:?}"
    );
}

/// The conversation of [`tools_round_trip_and_approval`].
pub const TOOL_ROOM: &str = "toolroom1";

/// The variables of [`tools_round_trip_and_approval`]: the model, and the MCP server at
/// `mcp_url` (the reference server) with two of its tools offered, `echo` approved by a
/// moderator.
pub fn tool_variables(model: &FakeOpenAi, mcp_url: &str) -> Vec<(&'static str, String)> {
    let mut variables = model_variables(model);
    variables.push((
        "tool_servers",
        format!(
            r#"[{{"name": "everything", "url": "{mcp_url}", "tools": ["get-sum", "echo"], "approval": ["echo"]}}]"#
        ),
    ));
    variables.push(("tools", "everything".into()));
    variables
}

/// The id in a request for approval (`/talkbot approve <id>`).
pub fn approval_id(text: &str) -> String {
    text.split("/talkbot approve ")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .unwrap_or_default()
        .to_string()
}

/// A tool round trip with the reference server, then a call that needs a moderator: refused to
/// a participant, approved by the owner (the answer replies to the question), and one denied
/// (the model is told). Returns what every model request carried of the tools (the tools
/// offered and the tool messages), for hosts to compare.
pub async fn tools_round_trip_and_approval(
    sim: &Simulator,
    model: &FakeOpenAi,
    url: &str,
) -> Vec<serde_json::Value> {
    let say = |id, actor, name, text, participant| {
        CreateBody {
            participant_type: Some(participant),
            ..CreateBody::new(TOOL_ROOM, id, actor, name, text)
        }
        .build()
    };
    model.script([
        Reply::tool("everything__get-sum", r#"{"a":2,"b":3}"#),
        Reply::Text("It is 5.".into()),
    ]);
    post(sim, url, say(1, "users/alice", "Alice", "What is 2+3?", 3)).await;
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(
        (posted[0].message.as_str(), posted[0].reply_to),
        ("It is 5.", Some(1))
    );
    let asked = model.received();
    assert_eq!(
        asked[0].tools_offered(),
        ["everything__echo", "everything__get-sum"],
        "the exposed tools, in the server's order"
    );
    assert_eq!(asked[1].tool_results(), ["The sum of 2 and 3 is 5."]);
    // A call that needs a moderator: posted, refused to a participant, approved by the owner.
    model.script([
        Reply::tool("everything__echo", r#"{"message":"hi"}"#),
        Reply::Text("Echoed.".into()),
    ]);
    post(sim, url, say(2, "users/alice", "Alice", "Echo hi", 3)).await;
    let posted = sim.wait_for_messages(2, WAIT).await;
    let request = &posted[1];
    assert!(
        request.message.starts_with(
            "I would like to run the tool `everything/echo` with `{\"message\":\"hi\"}`"
        ),
        "{}",
        request.message
    );
    assert_eq!(request.reply_to, Some(2));
    let id = approval_id(&request.message);
    let approve = format!("/talkbot approve {id}");
    post(sim, url, say(3, "users/alice", "Alice", &approve, 3)).await;
    let posted = sim.wait_for_messages(3, WAIT).await;
    assert!(
        posted[2]
            .message
            .starts_with("Sorry, only the conversation's owner and moderators"),
        "{}",
        posted[2].message
    );
    assert_eq!(model.received().len(), 3, "nothing ran without the owner");
    post(sim, url, say(4, "users/olga", "Olga", &approve, 1)).await;
    let posted = sim.wait_for_messages(4, WAIT).await;
    assert_eq!(
        (posted[3].message.as_str(), posted[3].reply_to),
        ("Echoed.", Some(2))
    );
    assert_eq!(
        model.received()[3]
            .tool_results()
            .last()
            .map(String::as_str),
        Some("Echo: hi")
    );
    // Denied: the call is not made, and the model is told.
    model.script([
        Reply::tool("everything__echo", r#"{"message":"no"}"#),
        Reply::Text("Not allowed, then.".into()),
    ]);
    post(sim, url, say(5, "users/alice", "Alice", "Echo no", 3)).await;
    let posted = sim.wait_for_messages(5, WAIT).await;
    let deny = format!("/talkbot deny {}", approval_id(&posted[4].message));
    post(sim, url, say(6, "users/olga", "Olga", &deny, 1)).await;
    let posted = sim.wait_for_messages(6, WAIT).await;
    assert_eq!(
        (posted[5].message.as_str(), posted[5].reply_to),
        ("Not allowed, then.", Some(5))
    );
    let asked = model.received();
    assert_eq!(
        asked[5].tool_results().last().map(String::as_str),
        Some("A moderator (Olga) denied this call; it was not made.")
    );
    assert_eq!(asked.len(), 6);
    asked
        .iter()
        .map(|r| serde_json::json!({"tools": r.body["tools"], "results": r.tool_results()}))
        .collect()
}
