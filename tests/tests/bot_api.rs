//! Outgoing bot-API requests built by the component: exact URLs, headers, bodies and
//! signatures (checked with an independent HMAC), splitting, and precise errors.

use serde_json::{Value, json};
use talkbot::protocol::{ApiError, BotRequest, HttpMethod, SendOptions};
use talkbot_component::{Component, bot_api::Guest as _};
use talkbot_tests::{engine, json};

const SECRET: &str = "XWc7Lq2v9TzR4pKd8NfB3sHy6mJg1aUe5oYi0rVb";
const BASE: &str = "https://cloud.example.com/";
const TOKEN: &str = "n3xtc10ud";
const B1: &str = "Grüße aus Köln 👋🏽 – 10 € fällig";

fn hmac_hex(secret: &str, random: &str, value: &str) -> String {
    talkbot_tests::talk_signature(secret, random, value.as_bytes())
}

fn header<'r>(request: &'r BotRequest, name: &str) -> &'r str {
    let found: Vec<_> = request.headers.iter().filter(|(k, _)| k == name).collect();
    assert_eq!(found.len(), 1, "header {name} in {:?}", request.headers);
    &found[0].1
}

/// The checks Talk's BotController makes (spec §4.1): OCS header, Bot- headers, random ≥ 32
/// bytes, signature over random + the decoded value.
fn assert_talk_accepts(request: &BotRequest, field: &str) -> Value {
    assert_eq!(header(request, "OCS-APIRequest"), "true");
    assert_eq!(header(request, "Accept"), "application/json");
    assert_eq!(header(request, "Content-Type"), "application/json");
    let random = header(request, "X-Nextcloud-Talk-Bot-Random");
    assert_eq!(random.len(), 64);
    assert!(random.bytes().all(|b| b.is_ascii_hexdigit()));
    assert!(
        !request
            .headers
            .iter()
            .any(|(k, _)| k == "X-Nextcloud-Talk-Random" || k == "X-Nextcloud-Talk-Signature")
    );
    let body: Value = serde_json::from_str(&request.body).expect("body is JSON");
    let value = body[field].as_str().expect("signed field present");
    assert_eq!(
        header(request, "X-Nextcloud-Talk-Bot-Signature"),
        hmac_hex(SECRET, random, value)
    );
    body
}

fn options() -> SendOptions {
    SendOptions {
        reply_to: None,
        reference_id: None,
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: None,
    }
}

#[test]
fn send_message_is_signed_over_the_text_not_the_body() {
    let mut instance = engine().instance().unwrap();
    let reference = instance.reference_id(BASE, TOKEN, "1567", 0).unwrap();
    let opts = SendOptions {
        reply_to: Some(1567),
        reference_id: Some(reference.clone()),
        silent: true,
        ..options()
    };
    let requests = instance
        .send_message(BASE, SECRET, TOKEN, B1, &opts)
        .unwrap()
        .unwrap();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, HttpMethod::Post);
    assert_eq!(
        request.url,
        "https://cloud.example.com/ocs/v2.php/apps/spreed/api/v1/bot/n3xtc10ud/message"
    );
    let body = assert_talk_accepts(request, "message");
    assert_eq!(
        body,
        json!({"message": B1, "replyTo": 1567, "referenceId": reference, "silent": true})
    );
    assert_eq!(reference.len(), 64);
    // Non-ASCII travels as UTF-8, not \u escapes; the signature covers the decoded text either way.
    assert!(request.body.contains("Grüße"));

    // A fresh random for every request.
    let again = instance
        .send_message(BASE, SECRET, TOKEN, B1, &opts)
        .unwrap()
        .unwrap();
    assert_ne!(
        header(&again[0], "X-Nextcloud-Talk-Bot-Random"),
        header(request, "X-Nextcloud-Talk-Bot-Random")
    );
    assert_eq!(
        again[0].body, request.body,
        "same options, same body: retries are recognisable"
    );
}

#[test]
fn base_urls_with_paths_and_threads() {
    let mut instance = engine().instance().unwrap();
    let opts = SendOptions {
        thread_id: Some(99),
        thread_title: Some("ignored when threadId is set?".into()),
        ..options()
    };
    let r = &instance
        .send_message(
            "http://localhost:8080/nextcloud",
            SECRET,
            "abcd",
            "hi",
            &opts,
        )
        .unwrap()
        .unwrap()[0];
    assert_eq!(
        r.url,
        "http://localhost:8080/nextcloud/ocs/v2.php/apps/spreed/api/v1/bot/abcd/message"
    );
    let body = assert_talk_accepts(r, "message");
    assert_eq!(
        body,
        json!({"message": "hi", "threadId": 99, "threadTitle": "ignored when threadId is set?"})
    );
    // threadTitle starts a thread only when not replying.
    let opts = SendOptions {
        reply_to: Some(5),
        thread_title: Some("New".into()),
        ..options()
    };
    let r = &instance
        .send_message(BASE, SECRET, TOKEN, "hi", &opts)
        .unwrap()
        .unwrap()[0];
    assert_eq!(
        assert_talk_accepts(r, "message"),
        json!({"message": "hi", "replyTo": 5})
    );
}

#[test]
fn long_messages_are_split_into_signed_chunks() {
    let mut instance = engine().instance().unwrap();
    let paragraph = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20) + "\n\n";
    let text: String = paragraph
        .repeat(70_000 / paragraph.len() + 1)
        .chars()
        .take(70_000)
        .collect();
    let reference = instance.reference_id(BASE, TOKEN, "42", 0).unwrap();
    let opts = SendOptions {
        reply_to: Some(42),
        reference_id: Some(reference.clone()),
        ..options()
    };
    let requests = instance
        .send_message(BASE, SECRET, TOKEN, &text, &opts)
        .unwrap()
        .unwrap();
    assert_eq!(requests.len(), 3);
    let mut joined = String::new();
    for (i, request) in requests.iter().enumerate() {
        let body = assert_talk_accepts(request, "message");
        let chunk = body["message"].as_str().unwrap();
        assert!(
            chunk.chars().count() <= 32000,
            "chunk {i} has {} characters",
            chunk.chars().count()
        );
        assert!(
            i == 0 || chunk.starts_with("Lorem"),
            "chunk {i} starts mid-paragraph"
        );
        // Every chunk replies, so every chunk lands in the question's thread.
        assert_eq!(body["replyTo"], 42, "chunk {i} does not reply");
        let want = instance.reference_id(BASE, TOKEN, "42", i as u32).unwrap();
        assert_eq!(body["referenceId"], want);
        assert_eq!(
            Component::derive_reference_id(reference.clone(), i as u32),
            want
        );
        joined.push_str(chunk);
    }
    assert_eq!(joined, text);
}

#[test]
fn reactions() {
    let mut instance = engine().instance().unwrap();
    let add = instance
        .react(BASE, SECRET, TOKEN, 1567, "👍")
        .unwrap()
        .unwrap();
    assert_eq!(
        (add.method, add.url.as_str()),
        (
            HttpMethod::Post,
            "https://cloud.example.com/ocs/v2.php/apps/spreed/api/v1/bot/n3xtc10ud/reaction/1567"
        )
    );
    assert_eq!(
        assert_talk_accepts(&add, "reaction"),
        json!({"reaction": "👍"})
    );

    let remove = instance
        .remove_reaction(BASE, SECRET, TOKEN, 1567, "❤️")
        .unwrap()
        .unwrap();
    assert_eq!(remove.method, HttpMethod::Delete);
    assert_eq!(
        remove.url,
        "https://cloud.example.com/ocs/v2.php/apps/spreed/api/v1/bot/n3xtc10ud/reaction/1567?reaction=%E2%9D%A4%EF%B8%8F"
    );
    assert_eq!(
        assert_talk_accepts(&remove, "reaction"),
        json!({"reaction": "❤️"})
    );
}

#[test]
fn invalid_requests_are_refused_with_reasons() {
    let mut instance = engine().instance().unwrap();
    let mut check = |result: Result<Vec<BotRequest>, ApiError>, needle: &str| {
        let err = result.expect_err(needle);
        let message = instance.api_error_message(&err).unwrap();
        assert!(message.contains(needle), "{message:?} lacks {needle:?}");
    };
    let send = |base: &str, secret: &str, token: &str, text: &str, opts: SendOptions| {
        engine()
            .instance()
            .unwrap()
            .send_message(base, secret, token, text, &opts)
            .unwrap()
    };
    check(
        send(BASE, SECRET, "N3XT", "hi", options()),
        "invalid conversation token 'N3XT'",
    );
    check(
        send(BASE, SECRET, "abc", "hi", options()),
        "4 to 30 characters",
    );
    check(
        send(BASE, SECRET, "ab/../cd", "hi", options()),
        "invalid conversation token",
    );
    check(
        send("cloud.example.com", SECRET, TOKEN, "hi", options()),
        "invalid Nextcloud URL",
    );
    check(
        send(BASE, SECRET, TOKEN, " \n\t ", options()),
        "the message is empty",
    );
    check(send(BASE, "short", TOKEN, "hi", options()), "5 bytes long");
    check(
        send(
            BASE,
            SECRET,
            TOKEN,
            "hi",
            SendOptions {
                max_length: Some(10),
                ..options()
            },
        ),
        "at least 64",
    );
    check(
        send(
            BASE,
            SECRET,
            TOKEN,
            "hi",
            SendOptions {
                reference_id: Some("x".repeat(65)),
                ..options()
            },
        ),
        "longer than 64",
    );
    let mut instance = engine().instance().unwrap();
    let err = instance
        .react(BASE, SECRET, TOKEN, 1, "")
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, ApiError::InvalidReaction(_)));
    let err = instance
        .react(BASE, SECRET, TOKEN, 1, " 👍")
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, ApiError::InvalidReaction(_)));
}

#[test]
fn native_and_component_build_the_same_requests() {
    let blank = |mut v: Value| {
        for h in v.as_array_mut().unwrap() {
            for pair in h["headers"].as_array_mut().unwrap() {
                if pair[0]
                    .as_str()
                    .unwrap()
                    .starts_with("X-Nextcloud-Talk-Bot-")
                {
                    pair[1] = Value::Null;
                }
            }
        }
        v
    };
    let text = "x ".repeat(5000);
    let mut instance = engine().instance().unwrap();
    let wasm_opts = SendOptions {
        reply_to: Some(7),
        max_length: Some(1000),
        ..options()
    };
    let native_opts = talkbot_component::SendOptions {
        reply_to: Some(7),
        reference_id: None,
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: Some(1000),
    };
    let wasm = instance
        .send_message(BASE, SECRET, TOKEN, &text, &wasm_opts)
        .unwrap()
        .unwrap();
    let native = Component::send_message(
        BASE.into(),
        SECRET.into(),
        TOKEN.into(),
        text.clone(),
        native_opts,
    )
    .unwrap();
    assert_eq!(wasm.len(), 10);
    assert_eq!(blank(json(&wasm)), blank(json(&native)));
}
