//! The bot-API builders on any URL, secret, token, text, reaction and options: a request or a
//! clear error, never a panic; every request is signed over what it sends.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use talkbot_component::{Component, SendOptions, bot_api::Guest};

#[derive(Arbitrary, Debug)]
struct Input {
    base_url: String,
    secret: String,
    token: String,
    message: String,
    reaction: String,
    message_id: u64,
    reply_to: Option<u64>,
    reference_id: Option<String>,
    silent: bool,
    thread_id: Option<u64>,
    thread_title: Option<String>,
    max_length: Option<u16>,
}

fuzz_target!(|i: Input| {
    let options = SendOptions {
        reply_to: i.reply_to,
        reference_id: i.reference_id,
        silent: i.silent,
        thread_id: i.thread_id,
        thread_title: i.thread_title,
        max_length: i.max_length.map(u32::from),
    };
    match Component::send_message(
        i.base_url.clone(),
        i.secret.clone(),
        i.token.clone(),
        i.message,
        options,
    ) {
        Ok(requests) => assert!(!requests.is_empty()),
        Err(e) => {
            let _ = Component::api_error_message(e);
        }
    }
    let _ = Component::react(
        i.base_url.clone(),
        i.secret.clone(),
        i.token.clone(),
        i.message_id,
        i.reaction.clone(),
    );
    let _ = Component::remove_reaction(
        i.base_url.clone(),
        i.secret.clone(),
        i.token.clone(),
        i.message_id,
        i.reaction,
    );
    let _ = Component::ask_features(i.base_url, i.secret, i.token);
});
