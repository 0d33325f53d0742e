//! Nextcloud Talk bots as a sans-IO WASI component: the protocol (verify, parse, render,
//! sign), the bot's rules (`engine/`), and the whole life of a webhook's job as a state machine
//! (`engine/job/`, the WIT's `job` interface) that a host drives by performing its actions.
//!
//! Compiled for `wasm32-unknown-unknown` this crate is the core module of the `talk-bot`
//! component (see `wit/talk-bot.wit`; `component/artifact` encodes it). Compiled natively it
//! is the same code as a Rust library, used by the conformance tests and the benchmarks to
//! compare native and in-component results.
//!
//! The only thing this code imports is randomness (`wasi:random`), for the
//! `X-Nextcloud-Talk-Bot-Random` header of outgoing requests and backoff jitter.

#[cfg(any(target_arch = "wasm32", test))]
mod arena;
mod backend;
mod botapi;
mod engine;
mod event;
mod json;
mod render;
mod signature;
mod split;
mod webhook;

/// Bindings generated from `wit/` (the types are this crate's domain types too).
#[allow(missing_docs, clippy::all)]
pub mod bindings {
    wit_bindgen::generate!({
        world: "talk-bot",
        path: "../wit",
        additional_derives: [serde::Serialize, PartialEq],
        pub_export_macro: true,
        generate_all,
    });
}

pub use bindings::exports::nextcloud::talk_bot::{
    bot_api::{ApiError, BotRequest, Chunk, HttpMethod, SendOptions},
    render::{AddressedText, BotIdentity},
    types::{
        Actor, ActorKind, Conversation, Event, EventKind, Message, QuotedMessage, RichField,
        RichObject, UndoneReaction, WebhookError,
    },
    webhook::{Backend, ReceiveOptions, Received},
};

/// The component's implementation of every exported interface. Natively, call the WIT
/// functions through the generated `Guest` traits on it, e.g.
/// `<Component as webhook::Guest>::parse(body)`.
pub struct Component;

pub use bindings::exports::nextcloud::talk_bot::{
    bot_api, engine as engine_api, job as job_api, render as render_api, types,
    webhook as webhook_api,
};
pub use engine::job::{Bot as JobBot, Draws};
pub use engine::{parse_atom, parse_http_date};

/// The configuration rules of the engine's setup functions, for native callers that check a
/// configuration before any component instance exists (the native host's `Config::load`):
/// the same code the component runs, so the rules live in one place.
pub mod rules {
    pub use crate::backend::normalize as normalize_backend;
    pub use crate::engine::schedule::check_times as check_schedule_times;
    pub use crate::engine::{check_max_length, check_secret, check_token, defaults};
}

impl webhook_api::Guest for Component {
    fn default_max_body_bytes() -> u64 {
        webhook::DEFAULT_MAX_BODY_BYTES
    }

    fn verify(
        secret: String,
        random: String,
        signature: String,
        body: Vec<u8>,
    ) -> Result<(), WebhookError> {
        webhook::verify(secret.as_bytes(), &random, &signature, &body)
    }

    fn parse(body: Vec<u8>) -> Result<Event, WebhookError> {
        event::parse(&body)
    }

    fn receive(
        options: ReceiveOptions,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    ) -> Result<Received, WebhookError> {
        webhook::receive(&options, &headers, &body)
    }

    fn webhook_error_status(error: WebhookError) -> u16 {
        webhook::status(&error)
    }

    fn webhook_error_message(error: WebhookError) -> String {
        webhook::message(&error)
    }

    fn normalize_backend(url: String) -> Result<String, String> {
        backend::normalize(&url)
    }
}

impl render_api::Guest for Component {
    fn render_text(template: String, parameters: Vec<RichObject>) -> String {
        render::render_text(&template, &parameters)
    }

    fn render_message(message: Message) -> String {
        render::render_text(&message.template, &message.parameters)
    }

    fn address(message: Message, bot: BotIdentity) -> AddressedText {
        render::address(&message, &bot)
    }

    fn defang_mentions(text: String) -> String {
        render::defang_mentions(&text)
    }
}

impl bot_api::Guest for Component {
    fn api_error_message(error: ApiError) -> String {
        botapi::message(&error)
    }

    fn default_max_length() -> u32 {
        botapi::DEFAULT_MAX_LENGTH
    }

    fn send_message(
        base_url: String,
        secret: String,
        token: String,
        message: String,
        options: SendOptions,
    ) -> Result<Vec<BotRequest>, ApiError> {
        botapi::send_message(
            &base_url,
            &secret,
            &token,
            &message,
            &options,
            &mut random_hex,
        )
    }

    fn react(
        base_url: String,
        secret: String,
        token: String,
        message_id: u64,
        reaction: String,
    ) -> Result<BotRequest, ApiError> {
        botapi::reaction(
            &base_url,
            &secret,
            &token,
            message_id,
            &reaction,
            botapi::ReactionOp::Add,
            &mut random_hex,
        )
    }

    fn remove_reaction(
        base_url: String,
        secret: String,
        token: String,
        message_id: u64,
        reaction: String,
    ) -> Result<BotRequest, ApiError> {
        botapi::reaction(
            &base_url,
            &secret,
            &token,
            message_id,
            &reaction,
            botapi::ReactionOp::Remove,
            &mut random_hex,
        )
    }

    fn ask_features(
        base_url: String,
        secret: String,
        token: String,
    ) -> Result<BotRequest, ApiError> {
        botapi::ask_features(&base_url, &secret, &token, &mut random_hex)
    }

    fn split_again(
        base_url: String,
        secret: String,
        token: String,
        request: BotRequest,
        max_length: u32,
    ) -> Result<Vec<BotRequest>, ApiError> {
        botapi::split_again(
            &base_url,
            &secret,
            &token,
            &request,
            max_length,
            &mut random_hex,
        )
    }

    fn split_message(message: String, max_length: u32) -> Result<Vec<String>, ApiError> {
        botapi::check_max_length(max_length)?;
        Ok(split::split(&message, max_length as usize))
    }

    fn sign(secret: String, random: String, value: String) -> String {
        signature::sign(secret.as_bytes(), random.as_bytes(), value.as_bytes())
    }

    fn reference_id(backend: String, token: String, key: String, chunk: u32) -> String {
        botapi::reference_id(&backend, &token, &key, chunk)
    }

    fn derive_reference_id(reference_id: String, chunk: u32) -> String {
        botapi::derive_reference_id(&reference_id, chunk)
    }
}

/// Fresh random bytes: from `wasi:random` in the component, from the OS natively.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    #[cfg(target_arch = "wasm32")]
    bytes.copy_from_slice(&bindings::wasi::random::random::get_random_bytes(N as u64));
    #[cfg(not(target_arch = "wasm32"))]
    // The OS random source failing is not recoverable for a signer.
    getrandom::fill(&mut bytes).expect("operating system random source");
    bytes
}

/// A backoff jitter factor in [0.5, 1.0].
fn jitter() -> f64 {
    let bytes = random_bytes::<2>();
    0.5 + f64::from(u16::from_le_bytes(bytes)) / f64::from(u16::MAX) / 2.0
}

/// 32 fresh random bytes as 64 hex digits: from `wasi:random` in the component, from the OS
/// natively.
fn random_hex() -> String {
    signature::hex(&random_bytes::<32>())
}

#[cfg(target_arch = "wasm32")]
bindings::export!(Component with_types_in bindings);

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: arena::ArenaThenSystem = arena::ArenaThenSystem;
