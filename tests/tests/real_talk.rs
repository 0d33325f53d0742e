//! The webhooks a real Nextcloud 32.0.1 with Talk 22 sent, captured byte for byte
//! (`tests/corpus/real-talk`, see its README), as a conformance corpus. Every capture in the
//! folder is tested, so one added later is too: it verifies with its secret, parses, and is
//! admitted as its type says (a message is answered; a Join greets; a Leave forgets; a reaction
//! — whose actor is the *message's author*, and which may be the bot's own — and any system
//! message, an edit or a delete among them, are not answered). Then every host gets the
//! captures in order, with their own headers, and must answer them alike.

use std::path::PathBuf;

use talkbot::simulator::{Posted, Simulator};
use talkbot_component::{Component, engine_api::Guest as _, webhook_api::Guest as _};
use talkbot_tests::harness::{Bot, MARKER_ID, config_with_file, data_dir, quiet, simulator};
use talkbot_tests::node_bot::node_bot;
use talkbot_tests::spin_host;
use talkbot_tests::workerd::Workerd;

const GREETING: &str = "Hello from the corpus";

fn folder() -> PathBuf {
    talkbot_tests::corpus_dir().join("real-talk")
}

/// One captured webhook.
struct Capture {
    name: String,
    secret: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// The event's type (`Create`, `Like`, …), the conversation and `object.id`.
    kind: String,
    token: String,
    id: String,
}

/// The default secret of the captures (`SECRET.txt`).
fn default_secret() -> String {
    std::fs::read_to_string(folder().join("SECRET.txt"))
        .unwrap()
        .trim()
        .to_string()
}

/// Every webhook capture (files with `raw_body`), in file order.
fn captures() -> Vec<Capture> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let Some(raw) = json["raw_body"].as_str() else {
            continue; // a bot request Talk answered, not a webhook
        };
        let body: serde_json::Value = serde_json::from_str(raw).unwrap();
        let headers = json["headers"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(k, _)| {
                !["host", "content-length", "accept-encoding"].contains(&k.to_lowercase().as_str())
            })
            .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
            .collect();
        let token = body["target"]["id"]
            .as_str()
            .or(body["object"]["id"].as_str())
            .unwrap_or_default()
            .to_string();
        out.push(Capture {
            name: file.file_name().unwrap().to_string_lossy().into_owned(),
            secret: json["secret"]
                .as_str()
                .map_or_else(default_secret, str::to_string),
            headers,
            body: raw.as_bytes().to_vec(),
            kind: body["type"].as_str().unwrap().to_string(),
            token,
            id: body["object"]["id"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        });
    }
    assert!(out.len() >= 13, "the corpus lost captures");
    out
}

/// The secrets the captures were signed with: the default first.
fn secrets() -> Vec<String> {
    let mut secrets = vec![default_secret()];
    for c in captures() {
        if !secrets.contains(&c.secret) {
            secrets.push(c.secret);
        }
    }
    secrets
}

#[test]
fn every_capture_verifies_parses_and_is_admitted_as_its_type_says() {
    use talkbot_component::engine_api::{Admission, IngressRules};
    use talkbot_component::webhook_api::{Backend, ReceiveOptions};
    for c in captures() {
        let options = ReceiveOptions {
            backends: vec![Backend {
                url: "http://127.0.0.1:8090".into(),
                secrets: vec![c.secret.clone()],
            }],
            max_body_bytes: Component::default_max_body_bytes(),
            strict_backend: true,
        };
        let received = Component::receive(options, c.headers.clone(), c.body.clone())
            .unwrap_or_else(|e| panic!("{}: {e:?}", c.name));
        assert_eq!(received.event.conversation.token, c.token, "{}", c.name);
        let signature = c
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("x-nextcloud-talk-signature"))
            .unwrap()
            .1
            .clone();
        let rules = IngressRules {
            answer_activity: false,
            max_age_ms: Some(3_600_000),
        };
        // Talk 22 sends no `published`: the captures are never stale.
        let admission = Component::admit(received.clone(), signature, rules, u64::MAX / 2);
        match (c.kind.as_str(), admission) {
            ("Create", Admission::Queue(ticket)) => {
                assert!(!ticket.overtakes);
                assert!(
                    ticket
                        .dedup_key
                        .ends_with(&format!("|{}|{}", c.token, c.id))
                );
                let message = received.event.message.expect("a message");
                assert_eq!(
                    message.id.to_string(),
                    c.id,
                    "{}: object.id, a string",
                    c.name
                );
            }
            ("Join", Admission::Queue(ticket)) => assert!(!ticket.overtakes, "{}", c.name),
            ("Leave", Admission::Queue(ticket)) => assert!(ticket.overtakes, "{}", c.name),
            ("Like" | "Undo", Admission::Ignore(why)) => assert_eq!(why, "reaction"),
            ("Activity", Admission::Ignore(why)) => {
                assert!(why.contains("activity"), "{why}");
                // Even with activities answered: an edit or a delete says too little.
                if c.name.contains("message_edited") || c.name.contains("message_deleted") {
                    let answering = IngressRules {
                        answer_activity: true,
                        max_age_ms: None,
                    };
                    let again = Component::admit(received.clone(), String::new(), answering, 0);
                    assert!(
                        matches!(&again, Admission::Ignore(why) if why.contains("does not say which")),
                        "{}: {again:?}",
                        c.name
                    );
                }
            }
            (kind, other) => panic!("{}: {kind} admitted as {other:?}", c.name),
        }
    }
}

/// What one host did with the captures: each one's status, and what Talk stored.
#[derive(Debug, PartialEq)]
struct Run {
    statuses: Vec<(String, u16)>,
    posted: Vec<(String, String, Option<u64>)>,
}

/// Send every capture to the host at `url`, then prove each conversation quiet.
async fn replay(sim: &Simulator, url: &str) -> Run {
    sim.state.lock().unwrap().messages.clear();
    let client = reqwest::Client::new();
    let mut statuses = Vec::new();
    for c in captures() {
        let mut request = client.post(url).body(c.body.clone());
        for (k, v) in &c.headers {
            request = request.header(k, v);
        }
        let response = request.send().await.unwrap();
        statuses.push((c.name.clone(), response.status().as_u16()));
    }
    let secret = default_secret();
    let mut posted = Vec::new();
    // The marker goes to each conversation (signed with the default secret): whatever the
    // captures were going to post there has been posted before its reply.
    let mut tokens: Vec<String> = captures().into_iter().map(|c| c.token).collect();
    tokens.sort();
    tokens.dedup();
    for token in tokens {
        let before: Vec<Posted> = quiet(sim, url, &secret, &token).await;
        // Everything before this marker's reply, but the other markers' replies.
        posted = before
            .into_iter()
            .filter(|m| m.reply_to != Some(MARKER_ID))
            .map(|m| (m.token, m.message, m.reply_to))
            .collect();
    }
    // Order holds within a conversation; conversations run side by side.
    posted.sort_by(|a, b| a.0.cmp(&b.0));
    Run { statuses, posted }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_host_answers_the_captures_alike() {
    let secrets = secrets();
    let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let sim = simulator(&refs).await;
    let previous = secrets[1..].join(" ");

    // Native.
    let dir = data_dir("real-talk");
    let toml = format!("greeting = {GREETING:?}\nstatus_reactions = false\n");
    let mut config = config_with_file(&sim.url(), &secrets[0], &dir, &[], &toml);
    for secret in &secrets[1..] {
        config.backends[0]
            .secrets
            .push(talkbot::config::Secret::new(secret.clone()));
    }
    let bot = Bot::start(config).await;
    let native = replay(&sim, &bot.url).await;
    bot.stop().await;

    // What Talk must have stored: one reply to each message, the greeting for the Join.
    for (name, status) in &native.statuses {
        assert_eq!(*status, 200, "{name}");
    }
    let captured = captures();
    let creates: Vec<&Capture> = captured.iter().filter(|c| c.kind == "Create").collect();
    for c in &creates {
        let replies = native
            .posted
            .iter()
            .filter(|(token, _, reply_to)| {
                *token == c.token && reply_to.map(|r| r.to_string()) == Some(c.id.clone())
            })
            .count();
        assert_eq!(replies, 1, "{}: {:?}", c.name, native.posted);
    }
    let greetings = native.posted.iter().filter(|p| p.1 == GREETING).count();
    assert_eq!(greetings, 1, "{:?}", native.posted);
    assert_eq!(
        native.posted.len(),
        creates.len() + 1,
        "{:?}",
        native.posted
    );

    // The Spin app (wasmtime harness).
    let nextcloud = sim.url();
    let app = spin_host::spin_up(&[
        ("bot_secret", secrets[0].as_str()),
        ("bot_secret_previous", previous.as_str()),
        ("nextcloud_url", &nextcloud),
        ("greeting", GREETING),
        ("status_reactions", "off"),
    ])
    .await;
    assert_eq!(
        replay(&sim, &app.url).await,
        native,
        "native and Spin differ"
    );

    // Node.
    if std::env::var_os("TALKBOT_SKIP_EMBEDDING").is_none() {
        let env = [
            ("NEXTCLOUD_TALK_BOT_SECRET", secrets[0].as_str()),
            ("NEXTCLOUD_TALK_BOT_SECRET_PREVIOUS", previous.as_str()),
            ("TALKBOT_GREETING", GREETING),
        ];
        if let Some(mut node) = node_bot(&sim.url(), &env).await {
            assert_eq!(
                replay(&sim, &node.url).await,
                native,
                "native and Node differ"
            );
            let _ = node.child.kill().await;
        }
    }

    // The Worker under workerd.
    let vars = [
        ("bot_secret", secrets[0].as_str()),
        ("bot_secret_previous", previous.as_str()),
        ("greeting", GREETING),
        ("status_reactions", "off"),
    ];
    if let Some(worker) = Workerd::start(&sim.url(), &data_dir("real-talk-workerd"), &vars).await {
        assert_eq!(
            replay(&sim, &worker.url()).await,
            native,
            "native and the Worker differ"
        );
    }
}

/// A JSON value's shape: objects by key, every leaf by type (`content` read as the JSON it is).
fn shape(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(k, v)| {
                    let v = match (k.as_str(), v) {
                        ("content", Value::String(s)) => serde_json::from_str(s)
                            .map_or_else(|_| shape(v), |inner: Value| shape(&inner)),
                        _ => shape(v),
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(shape).collect()),
        Value::String(_) => "string".into(),
        Value::Number(_) => "number".into(),
        Value::Bool(_) => "bool".into(),
        Value::Null => "null".into(),
    }
}

fn capture_body(name: &str) -> serde_json::Value {
    let c = captures().into_iter().find(|c| c.name == name).unwrap();
    serde_json::from_slice(&c.body).unwrap()
}

#[test]
fn the_simulators_webhooks_have_the_shape_of_the_captures() {
    use talkbot::simulator::{CreateBody, membership_body};
    let sim = |body: Vec<u8>| serde_json::from_slice::<serde_json::Value>(&body).unwrap();
    // A plain message: object.id a string, content a JSON string with `parameters: []`,
    // talkParticipantType a string, no `published` (Talk 22 sends none).
    let plain = CreateBody::new("m65rsdxp", 3, "users/bob", "bob", "Hello").build();
    assert_eq!(
        shape(&sim(plain)),
        shape(&capture_body("01-create-plain.json"))
    );
    // A reply to a person's message.
    let reply = CreateBody {
        in_reply_to: Some((3, "users/bob", "Bob", "Hello bot, this is Bob")),
        ..CreateBody::new("m65rsdxp", 9, "users/alice", "Alice", "Replying to Bob")
    }
    .build();
    assert_eq!(
        shape(&sim(reply)),
        shape(&capture_body("03-create-inReplyTo-user.json"))
    );
    // Join and Leave: the Application actor, the conversation as the object.
    for (kind, file) in [
        ("Join", "12-join-bot-enabled.json"),
        ("Leave", "15-leave-bot-disabled.json"),
    ] {
        let body = membership_body(
            kind,
            "jm8yeg5f",
            "bots/bot-170adefbfec88191816313f03f53e4fa11660d70",
        );
        assert_eq!(shape(&sim(body)), shape(&capture_body(file)), "{kind}");
    }
}

/// The captured bot requests (a reply and a reaction), sent to the simulator as the bot sent
/// them to Talk: the simulator answers as Talk did, and refuses what Talk refuses.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_simulator_answers_the_captured_bot_requests_as_talk_did() {
    let secret = default_secret();
    let sim = simulator(&[&secret]).await;
    let client = reqwest::Client::new();
    let send = |file: &str, drop_header: Option<&str>, random: Option<&str>| {
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(folder().join(file)).unwrap()).unwrap();
        let request = &json["request"];
        let path = request["url"]
            .as_str()
            .unwrap()
            .split_once("/ocs/")
            .unwrap()
            .1
            .to_string();
        let mut builder = client
            .post(format!("{}/ocs/{path}", sim.url()))
            .body(request["body"].as_str().unwrap().to_string());
        for (k, v) in request["headers"].as_object().unwrap() {
            if Some(k.as_str()) == drop_header {
                continue;
            }
            let v = match (k.as_str(), random) {
                ("X-Nextcloud-Talk-Bot-Random", Some(r)) => r.to_string(),
                _ => v.as_str().unwrap().to_string(),
            };
            builder = builder.header(k, v);
        }
        let expected = json["response"]["status"].as_u64().unwrap() as u16;
        async move {
            let response = builder.send().await.unwrap();
            let status = response.status().as_u16();
            let body: serde_json::Value = response.json().await.unwrap_or_default();
            (expected, status, body)
        }
    };
    let (expected, status, body) = send("10-accepted-bot-reply-message.json", None, None).await;
    assert_eq!((status, expected), (201, 201));
    assert_eq!(
        body["ocs"]["data"],
        serde_json::Value::Null,
        "no message id, as Talk"
    );
    let (expected, status, _) = send("11-accepted-bot-reaction.json", None, None).await;
    assert_eq!((status, expected), (201, 201));
    // The same reaction again: Talk answers 200 (it exists).
    let (_, status, _) = send("11-accepted-bot-reaction.json", None, None).await;
    assert_eq!(status, 200);
    // Without OCS-APIRequest: 412; a random shorter than 32 characters: 400.
    let (_, status, _) = send(
        "10-accepted-bot-reply-message.json",
        Some("OCS-APIRequest"),
        None,
    )
    .await;
    assert_eq!(status, 412);
    let (_, status, _) = send("10-accepted-bot-reply-message.json", None, Some("short")).await;
    assert_eq!(status, 400);
    assert_eq!(sim.messages().len(), 1);
}

/// What the captures show of every webhook, checked on a body: `object.id` a string,
/// `content` a JSON string whose empty `parameters` is `[]`, `talkParticipantType` a string and
/// only on `Create`, no `silent`, Join/Leave from the `Application` actor. The problems found.
fn unlike_real_talk(body: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    let kind = body["type"].as_str().unwrap_or_default();
    let actor = &body["actor"];
    let object = &body["object"];
    if body.to_string().contains("\"silent\"") {
        problems.push("a silent field (Talk does not send one)".to_string());
    }
    if let Some(participant) = actor.get("talkParticipantType") {
        if kind != "Create" {
            problems.push(format!("talkParticipantType on a {kind}"));
        }
        if !participant.is_string() {
            problems.push("talkParticipantType not a string".to_string());
        }
    }
    if matches!(kind, "Join" | "Leave") && actor["type"] != "Application" {
        problems.push(format!("{kind} from a {} actor", actor["type"]));
    }
    if let Some(id) = object.get("id")
        && !id.is_string()
    {
        problems.push("object.id not a string".to_string());
    }
    if object["type"] == "Note" {
        match object["content"]
            .as_str()
            .map(serde_json::from_str::<serde_json::Value>)
        {
            Some(Ok(content)) => {
                if content["parameters"] == serde_json::json!({}) {
                    problems.push("empty parameters as {} (PHP writes [])".to_string());
                }
            }
            _ if kind == "Undo" => {}
            _ => problems.push("content is not a JSON string".to_string()),
        }
    }
    problems
}

#[test]
fn the_captures_and_the_hand_made_corpus_agree_on_what_talk_sends() {
    for c in captures() {
        let body: serde_json::Value = serde_json::from_slice(&c.body).unwrap();
        assert_eq!(unlike_real_talk(&body), Vec::<String>::new(), "{}", c.name);
    }
    // The hand-made corpus (tests/corpus/generate.php, PHP's own json_encode) covers what the
    // captures do not (guests, federation, files, older Talks that sent `published`), in the
    // same shapes.
    for case in &talkbot_tests::manifest().cases {
        let body: serde_json::Value = serde_json::from_slice(&case.body()).unwrap();
        assert_eq!(
            unlike_real_talk(&body),
            Vec::<String>::new(),
            "{}",
            case.name
        );
    }
    // The checks can fail: a body with each of the six mistakes.
    let wrong = serde_json::json!({"type": "Join", "actor": {"type": "Person", "talkParticipantType": 3},
        "object": {"type": "Note", "id": 5, "content": "{\"message\":\"x\",\"parameters\":{}}"}, "silent": true});
    assert_eq!(
        unlike_real_talk(&wrong).len(),
        6,
        "{:?}",
        unlike_real_talk(&wrong)
    );
}
