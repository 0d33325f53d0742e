//! talkbot: connect Nextcloud Talk to an AI assistant or any automation.
//!
//! All Talk protocol work (verifying and parsing webhooks, rendering messages, signing bot-API
//! requests) is done by the `nextcloud:talk-bot` component through [`protocol`]; this crate is
//! the I/O around it.

pub mod protocol;
