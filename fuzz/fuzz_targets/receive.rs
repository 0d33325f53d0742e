//! `webhook.receive` on any body, signed correctly (so parsing is reached) or not, with any
//! random, signature and backend headers.
#![no_main]

use arbitrary::Arbitrary;
use hmac::{Hmac, Mac};
use libfuzzer_sys::fuzz_target;
use talkbot_component::{Backend, Component, ReceiveOptions, webhook_api::Guest};

const SECRET: &str = "fuzz-secret-0123456789abcdef0123456789abcdef";

#[derive(Arbitrary, Debug)]
struct Input {
    body: Vec<u8>,
    sign: bool,
    random: String,
    signature: Option<String>,
    backend: Option<String>,
    strict: bool,
    max_body: u16,
}

fuzz_target!(|input: Input| {
    let signature = match (input.sign, input.signature) {
        (true, _) | (false, None) => {
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
            mac.update(input.random.as_bytes());
            mac.update(&input.body);
            mac.finalize()
                .into_bytes()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        }
        (false, Some(s)) => s,
    };
    let mut headers = vec![
        ("X-Nextcloud-Talk-Random".to_string(), input.random),
        ("X-Nextcloud-Talk-Signature".to_string(), signature),
    ];
    if let Some(backend) = input.backend {
        headers.push(("X-Nextcloud-Talk-Backend".to_string(), backend));
    }
    let options = ReceiveOptions {
        backends: vec![Backend {
            url: "https://cloud.example.com".into(),
            secrets: vec![SECRET.into()],
        }],
        max_body_bytes: if input.max_body == 0 {
            1 << 20
        } else {
            u64::from(input.max_body)
        },
        strict_backend: input.strict,
    };
    match Component::receive(options, headers, input.body) {
        Ok(received) => assert!(received.event.conversation.token.len() <= 30),
        Err(e) => {
            let status = Component::webhook_error_status(e.clone());
            assert!(matches!(status, 400 | 401 | 413 | 500), "{status}");
            let _ = Component::webhook_error_message(e);
        }
    }
});
