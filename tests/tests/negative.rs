//! Bad webhooks: each gets a precise error and status, natively and from the component
//! alike, and never a trap.

use talkbot::protocol as wasm;
use talkbot_component::{Component, webhook_api::Guest as _};
use talkbot_tests::{engine, json, manifest};

const SECRET: &str = "XWc7Lq2v9TzR4pKd8NfB3sHy6mJg1aUe5oYi0rVb";
const RANDOM: &str = "Qx7/9kLmN2pRsT4vWy+Z1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789+/AbCdE";

fn sign(secret: &str, random: &str, body: &[u8]) -> String {
    talkbot_tests::talk_signature(secret, random, body)
}

fn headers(
    random: Option<&str>,
    signature: Option<&str>,
    backend: Option<&str>,
) -> Vec<(String, String)> {
    let mut h = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(r) = random {
        h.push(("x-nextcloud-talk-random".into(), r.into()));
    }
    if let Some(s) = signature {
        h.push(("X-NEXTCLOUD-TALK-SIGNATURE".into(), s.into()));
    }
    if let Some(b) = backend {
        h.push(("X-Nextcloud-Talk-Backend".into(), b.into()));
    }
    h
}

fn options(backends: &[(&str, &[&str])], max: u64, strict: bool) -> wasm::ReceiveOptions {
    wasm::ReceiveOptions {
        backends: backends
            .iter()
            .map(|(url, secrets)| wasm::Backend {
                url: url.to_string(),
                secrets: secrets.iter().map(|s| s.to_string()).collect(),
            })
            .collect(),
        max_body_bytes: max,
        strict_backend: strict,
    }
}

fn native_options(o: &wasm::ReceiveOptions) -> talkbot_component::ReceiveOptions {
    talkbot_component::ReceiveOptions {
        backends: o
            .backends
            .iter()
            .map(|b| talkbot_component::Backend {
                url: b.url.clone(),
                secrets: b.secrets.clone(),
            })
            .collect(),
        max_body_bytes: o.max_body_bytes,
        strict_backend: o.strict_backend,
    }
}

/// Run `receive` both ways, check they agree, and return the component's result, its status
/// and its message.
fn receive(
    o: &wasm::ReceiveOptions,
    h: &[(String, String)],
    body: &[u8],
) -> Result<wasm::Received, (wasm::WebhookError, u16, String)> {
    let mut instance = engine().instance().unwrap();
    let got = instance
        .receive(o, h, body)
        .expect("the component must not trap");
    let native = Component::receive(native_options(o), h.to_vec(), body.to_vec());
    match (&got, &native) {
        (Ok(a), Ok(b)) => assert_eq!(json(a), json(b)),
        (Err(a), Err(b)) => assert_eq!(json(a), json(b)),
        _ => panic!("native and component disagree: {got:?} vs {native:?}"),
    }
    got.map_err(|e| {
        let status = instance.webhook_error_status(&e).unwrap();
        let message = instance.webhook_error_message(&e).unwrap();
        (e, status, message)
    })
}

fn one(secret: &str) -> wasm::ReceiveOptions {
    options(&[("https://cloud.example.com", &[secret])], 1 << 20, false)
}

fn a1() -> Vec<u8> {
    manifest()
        .cases
        .iter()
        .find(|c| c.name == "create-spec-a1")
        .unwrap()
        .body()
}

fn expect_error(
    result: Result<wasm::Received, (wasm::WebhookError, u16, String)>,
    status: u16,
    needle: &str,
) -> wasm::WebhookError {
    match result {
        Ok(r) => panic!("expected an error containing {needle:?}, got {r:?}"),
        Err((e, s, message)) => {
            assert_eq!(s, status, "{message}");
            assert!(
                message.contains(needle),
                "{message:?} does not mention {needle:?}"
            );
            e
        }
    }
}

#[test]
fn wrong_secret_is_401() {
    let body = a1();
    let sig = sign("another-secret-of-forty-bytes-0123456789", RANDOM, &body);
    let e = expect_error(
        receive(
            &one(SECRET),
            &headers(Some(RANDOM), Some(&sig), None),
            &body,
        ),
        401,
        "does not match",
    );
    assert!(matches!(e, wasm::WebhookError::SignatureMismatch(_)));
}

#[test]
fn signature_over_a_reserialised_body_is_401() {
    // Pitfall 4: verifying json_encode(json_decode(body)) with other escaping fails.
    let body = a1();
    let reserialised =
        serde_json::to_vec(&serde_json::from_slice::<serde_json::Value>(&body).unwrap()).unwrap();
    assert_ne!(reserialised, body);
    let sig = sign(SECRET, RANDOM, &reserialised);
    expect_error(
        receive(
            &one(SECRET),
            &headers(Some(RANDOM), Some(&sig), None),
            &body,
        ),
        401,
        "invalid signature",
    );
}

#[test]
fn malformed_or_missing_signature_and_random() {
    let body = a1();
    let good = sign(SECRET, RANDOM, &body);
    let o = one(SECRET);
    let short = &good[..63];
    let garbled = format!("{}zz", &good[..62]);
    for (sig, needle) in [
        (short, "64 hex digits"),
        (garbled.as_str(), "not a hex digit"),
        ("", "expected 64 hex digits"),
    ] {
        let e = expect_error(
            receive(&o, &headers(Some(RANDOM), Some(sig), None), &body),
            401,
            needle,
        );
        assert!(
            matches!(e, wasm::WebhookError::MalformedSignature(_)),
            "{sig:?}: {e:?}"
        );
    }
    expect_error(
        receive(&o, &headers(None, Some(&good), None), &body),
        401,
        "missing header X-Nextcloud-Talk-Random",
    );
    expect_error(
        receive(&o, &headers(Some(RANDOM), None, None), &body),
        401,
        "missing header X-Nextcloud-Talk-Signature",
    );
    expect_error(
        receive(&o, &headers(Some(""), Some(&good), None), &body),
        401,
        "random is empty",
    );
    let huge = "r".repeat(2000);
    expect_error(
        receive(&o, &headers(Some(&huge), Some(&good), None), &body),
        401,
        "at most 1024",
    );
    // A random that is not the one signed.
    let other_random = RANDOM.replace("Q", "q");
    expect_error(
        receive(&o, &headers(Some(&other_random), Some(&good), None), &body),
        401,
        "does not match",
    );
}

/// Sign `body` correctly so that only the body is at fault.
fn signed(body: &[u8]) -> Result<wasm::Received, (wasm::WebhookError, u16, String)> {
    receive(
        &one(SECRET),
        &headers(Some(RANDOM), Some(&sign(SECRET, RANDOM, body)), None),
        body,
    )
}

#[test]
fn bad_bodies_are_400_with_what_was_wrong() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"{\"type\":\"Create\",\xff}".to_vec(), "not UTF-8 (invalid byte at offset 17)"),
        (b"{\"type\":\"Create\",".to_vec(), "not valid JSON: expected a string key in object at byte 17"),
        (b"".to_vec(), "not valid JSON: unexpected end of JSON at byte 0"),
        (b"[1,2]".to_vec(), "(root): expected an object, found an array"),
        (b"{\"type\":\"Poke\",\"actor\":{}}".to_vec(), "unknown event type 'Poke'"),
        (b"{\"type\":\"Poke\"}".to_vec(), "unknown event type 'Poke'"),
        (b"{\"type\":7}".to_vec(), "type: expected a string, found a number"),
        (b"{\"actor\":{}}".to_vec(), "type: missing"),
        (br#"{"type":"Join","actor":{"id":"bots/bot-1"}}"#.to_vec(), "object: missing"),
        (br#"{"type":"Create","actor":{"name":"x"},"object":{},"target":{}}"#.to_vec(), "actor.id: missing"),
        (
            br#"{"type":"Create","actor":{"id":"users/a","talkParticipantType":"owner"},"object":{"id":"1","content":"{}"},"target":{"id":"tttt"}}"#.to_vec(),
            "actor.talkParticipantType: 'owner' is not a participant type number",
        ),
        (
            br#"{"type":"Create","actor":{"id":"users/a"},"object":{"id":"1","content":"not json"},"target":{"id":"tttt"}}"#.to_vec(),
            "invalid object.content: not JSON: invalid literal at byte 0",
        ),
        (
            br#"{"type":"Create","actor":{"id":"users/a"},"object":{"id":"1","content":"{\"parameters\":[]}"},"target":{"id":"tttt"}}"#.to_vec(),
            "invalid object.content: message: missing",
        ),
        (
            br#"{"type":"Create","actor":{"id":"users/a"},"object":{"id":"1","content":"{\"message\":\"x\",\"parameters\":[1]}"},"target":{"id":"tttt"}}"#.to_vec(),
            "parameters: expected an object or [], found an array",
        ),
        (
            br#"{"type":"Create","actor":{"id":"users/a"},"object":{"id":"1","content":{"message":"x"}},"target":{"id":"tttt"}}"#.to_vec(),
            "object.content: expected a string, found an object",
        ),
        (
            br#"{"type":"Undo","actor":{"id":"users/a"},"object":{"type":"Dislike"},"target":{"id":"tttt"}}"#.to_vec(),
            "object.type: expected \"Like\", found \"Dislike\"",
        ),
        (br#"{"type":"Like","actor":{"id":"users/a"},"object":{"id":"1","content":"{\"message\":\"\"}"},"target":{"id":"tttt"}}"#.to_vec(), "content: missing"),
    ];
    for (body, needle) in cases {
        let e = expect_error(signed(&body), 400, needle);
        let unknown = matches!(e, wasm::WebhookError::UnknownEventType(_));
        assert_eq!(
            unknown,
            needle.starts_with("unknown event type"),
            "{needle}"
        );
    }
}

#[test]
fn oversized_body_is_413_before_any_work() {
    let body = vec![b' '; 2048];
    let o = options(&[("https://cloud.example.com", &[SECRET])], 1024, false);
    // No headers at all: the size check comes first, so a flood costs nothing.
    let e = expect_error(receive(&o, &[], &body), 413, "limit is 1024 bytes");
    assert_eq!(e, wasm::WebhookError::BodyTooLarge(1024));
}

#[test]
fn no_secrets_configured_is_503() {
    let e = expect_error(
        receive(&options(&[], 1024, false), &[], b"{}"),
        503,
        "no bot secret",
    );
    assert_eq!(e, wasm::WebhookError::NoSecrets);
}

#[test]
fn backends_select_secrets_and_rotation_works() {
    let body = a1();
    let old = "old-secret-0123456789012345678901234567890";
    let new = "new-secret-0123456789012345678901234567890";
    let other = "other-secret-01234567890123456789012345678";
    let o = options(
        &[
            ("https://cloud.example.com", &[old, new]),
            ("http://Intranet:8080/nc", &[other]),
        ],
        1 << 20,
        false,
    );

    // Both secrets of a rotating backend verify; the header is normalised before comparing.
    for secret in [old, new] {
        let sig = sign(secret, RANDOM, &body);
        let r = receive(
            &o,
            &headers(
                Some(RANDOM),
                Some(&sig),
                Some("HTTPS://cloud.example.com:443/"),
            ),
            &body,
        )
        .unwrap();
        assert_eq!(
            (r.backend.as_str(), r.backend_index),
            ("https://cloud.example.com/", 0)
        );
    }
    let sig = sign(other, RANDOM, &body);
    let r = receive(
        &o,
        &headers(Some(RANDOM), Some(&sig), Some("http://intranet:8080/nc/")),
        &body,
    )
    .unwrap();
    assert_eq!(
        (r.backend.as_str(), r.backend_index),
        ("http://intranet:8080/nc/", 1)
    );

    // A header naming one backend does not unlock another backend's secret.
    expect_error(
        receive(
            &o,
            &headers(Some(RANDOM), Some(&sig), Some("https://cloud.example.com/")),
            &body,
        ),
        401,
        "for backend",
    );

    // overwrite.cli.url often names an internal URL: unknown headers fall back to all secrets…
    let r = receive(
        &o,
        &headers(Some(RANDOM), Some(&sig), Some("http://localhost/")),
        &body,
    )
    .unwrap();
    assert_eq!(r.backend_index, 1);
    assert_eq!(r.backend_header.as_deref(), Some("http://localhost/"));
    let r = receive(&o, &headers(Some(RANDOM), Some(&sig), None), &body).unwrap();
    assert_eq!(r.backend_index, 1);
    // …unless strict.
    let strict = options(&[("https://cloud.example.com", &[old])], 1 << 20, true);
    let sig = sign(old, RANDOM, &body);
    expect_error(
        receive(
            &strict,
            &headers(Some(RANDOM), Some(&sig), Some("http://localhost/")),
            &body,
        ),
        401,
        "names no configured backend",
    );
    expect_error(
        receive(&strict, &headers(Some(RANDOM), Some(&sig), None), &body),
        401,
        "names no configured backend",
    );
}

#[test]
fn verify_alone_reports_the_same_errors() {
    let body = a1();
    let mut instance = engine().instance().unwrap();
    let err = instance
        .verify(SECRET, RANDOM, "00", &body)
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, wasm::WebhookError::MalformedSignature(_)));
    let err = instance
        .verify("wrong", RANDOM, &sign(SECRET, RANDOM, &body), &body)
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, wasm::WebhookError::SignatureMismatch(_)));
    let err = instance.parse(b"\xc3\x28").unwrap().unwrap_err();
    assert_eq!(err, wasm::WebhookError::NotUtf8(0));
}

#[test]
fn deepest_accepted_nesting_does_not_exhaust_the_component_stack() {
    let mut instance = engine().instance().unwrap();
    for depth in [63, 64, 200, 10_000] {
        let body = format!(
            "{{\"type\":\"Create\",\"x\":{}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let result = instance
            .parse(body.as_bytes())
            .expect("deep nesting must not trap");
        assert!(
            result.is_err(),
            "{depth}: not an event, but must be an error, not a crash"
        );
        // Content is a second JSON document, nested the same way.
        let content = serde_json::to_string(&format!(
            "{{\"message\":\"x\",\"parameters\":{{\"a\":{}{}}}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        ))
        .unwrap();
        let body = format!(
            r#"{{"type":"Create","actor":{{"id":"users/a"}},"object":{{"id":"1","content":{content}}},"target":{{"id":"tttt"}}}}"#
        );
        let _ = instance
            .parse(body.as_bytes())
            .expect("deep content must not trap");
    }
}
