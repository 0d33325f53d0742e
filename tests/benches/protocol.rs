//! Protocol benchmark: verify + parse + render of 0.5 / 4 / 32 KB webhooks, native vs in the
//! component (warm instance, and a fresh instance per webhook as the host does), and the cost
//! of instantiating from `InstancePre` with the pooling allocator.
//!
//! Run: `cargo bench -p talkbot-tests --bench protocol`. Prints figures; asserts nothing.

use std::hint::black_box;
use std::time::{Duration, Instant};

use talkbot::protocol::{self as wasm, EngineOptions, ProtocolEngine};
use talkbot_component::{Component, render_api::Guest as _, webhook_api::Guest as _};

const SECRET: &str = "XWc7Lq2v9TzR4pKd8NfB3sHy6mJg1aUe5oYi0rVb";
const RANDOM: &str = "Qx7/9kLmN2pRsT4vWy+Z1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789+/AbCdE";

/// A Create webhook of about `size` bytes, escaped the way PHP's json_encode does.
fn webhook(size: usize) -> Vec<u8> {
    let mut text = String::new();
    let words = [
        "Hello",
        "{mention-user1}",
        "see",
        "https://example.com/a/b",
        "Caf\u{e9}",
        "\u{1F680}",
        "\u{fc}ber",
        "lorem",
    ];
    let mut i = 0;
    let mut body;
    loop {
        text.push_str(words[i % words.len()]);
        text.push(' ');
        i += 1;
        let content = php_json(&format!(
            "{{\"message\":{},\"parameters\":{{\"mention-user1\":{{\"type\":\"user\",\"id\":\"bob\",\"name\":\"Bob Builder\",\"mention-id\":\"bob\"}}}}}}",
            php_json(&text)
        ));
        body = format!(
            "{{\"type\":\"Create\",\"actor\":{{\"type\":\"Person\",\"id\":\"users\\/ada\",\"name\":\"Ada Lovelace\",\"talkParticipantType\":\"1\"}},\"object\":{{\"type\":\"Note\",\"id\":\"1567\",\"name\":\"message\",\"content\":{content},\"mediaType\":\"text\\/markdown\"}},\"target\":{{\"type\":\"Collection\",\"id\":\"n3xtc10ud\",\"name\":\"Caf\\u00e9 world\"}},\"published\":\"2026-07-20T09:15:02+00:00\"}}"
        );
        if body.len() >= size {
            return body.into_bytes();
        }
    }
}

/// A JSON string literal as PHP's json_encode writes it: `\/` and `\uXXXX` for non-ASCII.
fn php_json(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            c if c.is_ascii() && !c.is_ascii_control() => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    out
}

fn sign(body: &[u8]) -> String {
    talkbot_tests::talk_signature(SECRET, RANDOM, body)
}

fn headers(signature: &str) -> Vec<(String, String)> {
    vec![
        ("X-Nextcloud-Talk-Random".into(), RANDOM.into()),
        ("X-Nextcloud-Talk-Signature".into(), signature.into()),
        (
            "X-Nextcloud-Talk-Backend".into(),
            "https://cloud.example.com/".into(),
        ),
    ]
}

/// Median time per iteration over `rounds` rounds of `iterations`.
fn measure(iterations: u32, mut f: impl FnMut()) -> Duration {
    for _ in 0..iterations / 10 + 1 {
        f();
    }
    let mut rounds: Vec<Duration> = (0..7)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iterations {
                f();
            }
            start.elapsed() / iterations
        })
        .collect();
    rounds.sort();
    rounds[rounds.len() / 2]
}

fn us(d: Duration) -> String {
    format!("{:8.2} µs", d.as_secs_f64() * 1e6)
}

fn main() {
    let engine = ProtocolEngine::new(EngineOptions::default()).expect("compiling the component");
    // Every instance of this engine is fresh: none is kept idle for reuse.
    let fresh_engine = ProtocolEngine::new(EngineOptions {
        max_idle: 0,
        ..EngineOptions::default()
    })
    .expect("compiling the component");
    let native_options = talkbot_component::ReceiveOptions {
        backends: vec![talkbot_component::Backend {
            url: "https://cloud.example.com".into(),
            secrets: vec![SECRET.into()],
        }],
        max_body_bytes: 4 << 20,
        strict_backend: false,
    };
    let wasm_options = wasm::ReceiveOptions {
        backends: vec![wasm::Backend {
            url: "https://cloud.example.com".into(),
            secrets: vec![SECRET.into()],
        }],
        max_body_bytes: 4 << 20,
        strict_backend: false,
    };

    println!(
        "talkbot protocol benchmark (median of 7 rounds; verify + parse + render per webhook)"
    );
    println!(
        "{:>8} | {:>11} | {:>11} {:>7} | {:>11} {:>7}",
        "webhook", "native", "component", "ratio", "fresh inst.", "ratio"
    );
    for size in [512, 4096, 32768] {
        let body = webhook(size);
        let headers = headers(&sign(&body));
        let iterations = (2_000_000 / size as u32).max(50);

        let native = measure(iterations, || {
            let received =
                Component::receive(native_options.clone(), headers.clone(), body.clone()).unwrap();
            black_box(Component::render_message(received.event.message.unwrap()));
        });
        let mut instance = engine.instance().unwrap();
        let warm = measure(iterations, || {
            let received = instance
                .receive(&wasm_options, &headers, &body)
                .unwrap()
                .unwrap();
            black_box(
                instance
                    .render_message(received.event.message.as_ref().unwrap())
                    .unwrap(),
            );
        });
        let fresh = measure(iterations, || {
            let mut instance = fresh_engine.instance().unwrap();
            let received = instance
                .receive(&wasm_options, &headers, &body)
                .unwrap()
                .unwrap();
            black_box(
                instance
                    .render_message(received.event.message.as_ref().unwrap())
                    .unwrap(),
            );
        });
        let ratio = |d: Duration| d.as_secs_f64() / native.as_secs_f64();
        println!(
            "{:>6} B | {} | {} {:>6.2}x | {} {:>6.2}x",
            body.len(),
            us(native),
            us(warm),
            ratio(warm),
            us(fresh),
            ratio(fresh)
        );
    }
    // Where the difference is: the HMAC alone (native sha2 uses the CPU's SHA extensions where
    // it has them; wasm has none), and parse alone (the reader plus the canonical-ABI copy of
    // the event into and out of the instance).
    println!(
        "{:>8} | {:>11} | {:>11} {:>7} | {:>11} | {:>11} {:>7}",
        "webhook", "verify nat.", "verify wasm", "ratio", "parse nat.", "parse wasm", "ratio"
    );
    for size in [512, 4096, 32768] {
        let body = webhook(size);
        let signature = sign(&body);
        let iterations = (2_000_000 / size as u32).max(50);
        let mut instance = engine.instance().unwrap();
        let verify_native = measure(iterations, || {
            Component::verify(
                SECRET.into(),
                RANDOM.into(),
                signature.clone(),
                body.clone(),
            )
            .unwrap();
        });
        let verify_wasm = measure(iterations, || {
            instance
                .verify(SECRET, RANDOM, &signature, &body)
                .unwrap()
                .unwrap();
        });
        let parse_native = measure(iterations, || {
            black_box(Component::parse(body.clone()).unwrap());
        });
        let parse_wasm = measure(iterations, || {
            black_box(instance.parse(&body).unwrap().unwrap());
        });
        println!(
            "{:>6} B | {} | {} {:>6.2}x | {} | {} {:>6.2}x",
            body.len(),
            us(verify_native),
            us(verify_wasm),
            verify_wasm.as_secs_f64() / verify_native.as_secs_f64(),
            us(parse_native),
            us(parse_wasm),
            parse_wasm.as_secs_f64() / parse_native.as_secs_f64(),
        );
    }
    let instantiate = measure(20_000, || {
        black_box(fresh_engine.instance().unwrap());
    });
    println!(
        "instantiation from InstancePre (pooling allocator, fresh store): {}",
        us(instantiate)
    );
    let reuse = measure(20_000, || {
        black_box(engine.instance().unwrap());
    });
    println!(
        "taking an idle instance (what talkbot serve does after the first unit of work): {}",
        us(reuse)
    );
    println!(
        "component size: {} bytes",
        talkbot_component_artifact::COMPONENT.len()
    );
}
