//! talkbot: connect Nextcloud Talk to an AI assistant or any automation.
//!
//! Every rule of the bot — the Talk protocol, what an event means, chat commands, memory, the
//! responder chain and its fallback, status reactions, retries, the 401 breaker — is the
//! `nextcloud:talk-bot` component's, run on wasmtime through [`protocol`]: each webhook is
//! admitted by its job machine (`bot.ingest`) and each job stepped by it (`bot.step`). This crate
//! is the I/O around it: HTTP ingress ([`server`]), a durable queue ([`store`]), workers that
//! perform each step's action ([`worker`]: storage, Talk requests through [`delivery`], models
//! and command [`responder`]s, timers), configuration and the CLI, and a Talk [`simulator`].

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
pub mod tools;

pub mod worker;
