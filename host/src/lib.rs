//! talkbot: connect Nextcloud Talk to an AI assistant or any automation.
//!
//! All Talk protocol work (verifying and parsing webhooks, rendering messages, signing bot-API
//! requests) is done by the `nextcloud:talk-bot` component through [`protocol`]; this crate is
//! the I/O around it: HTTP ingress ([`server`]), a durable queue ([`store`]), workers that run
//! [`responder`]s and deliver replies ([`worker`], [`delivery`]), and a Talk [`simulator`].

pub mod app;
pub mod cli;
pub mod config;
pub mod debugger;
pub mod delivery;
pub mod envfile;
pub mod metrics;
pub mod protocol;
pub mod responder;
pub mod server;
pub mod setup;
pub mod simulator;
pub mod store;

pub mod worker;
