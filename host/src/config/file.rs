//! The TOML configuration file's shape: what users write, before resolution.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use super::schedule::FileSchedule;
use super::tools::FileToolServer;
use super::{Mode, RoomConfig, Secret, UserConfig};

/// The TOML file's shape.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct File {
    pub(super) listen: Option<String>,
    pub(super) webhook_path: Option<String>,
    pub(super) data_dir: Option<PathBuf>,
    pub(super) agent_name: Option<String>,
    pub(super) aliases: Option<Vec<String>>,
    pub(super) mode: Option<Mode>,
    pub(super) responder: Option<String>,
    pub(super) fallback: Option<Vec<String>>,
    pub(super) command_timeout_secs: Option<u64>,
    pub(super) system_prompt: Option<String>,
    pub(super) memory_turns: Option<usize>,
    pub(super) failure_reply: Option<String>,
    pub(super) responder_attempts: Option<u32>,
    pub(super) allowed_rooms: Option<Vec<String>>,
    pub(super) allowed_users: Option<Vec<String>>,
    pub(super) openai: Option<FileOpenAi>,
    #[serde(default)]
    pub(super) responders: BTreeMap<String, FileResponder>,
    #[serde(default)]
    pub(super) personas: BTreeMap<String, FilePersona>,
    #[serde(default)]
    pub(super) users: BTreeMap<String, UserConfig>,
    pub(super) status_reactions: Option<bool>,
    pub(super) status_reaction_delay_ms: Option<u64>,
    pub(super) answer_activity: Option<bool>,
    pub(super) greeting: Option<String>,
    pub(super) max_body_bytes: Option<u64>,
    pub(super) max_connections: Option<usize>,
    pub(super) max_buffered_bytes: Option<u64>,
    pub(super) max_webhook_age_secs: Option<u64>,
    pub(super) retention_hours: Option<u64>,
    pub(super) metrics_listen: Option<String>,
    pub(super) strict_backend: Option<bool>,
    pub(super) max_message_length: Option<u32>,
    pub(super) max_answer_chars: Option<u32>,
    #[serde(default)]
    pub(super) backends: Vec<FileBackend>,
    #[serde(default)]
    pub(super) rooms: BTreeMap<String, RoomConfig>,
    #[serde(default)]
    pub(super) schedules: BTreeMap<String, FileSchedule>,
    #[serde(default)]
    pub(super) tools: BTreeMap<String, FileToolServer>,
    pub(super) max_tool_rounds: Option<u32>,
    pub(super) delivery: Option<FileDelivery>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileBackend {
    pub(super) url: String,
    pub(super) secrets: Vec<Secret>,
}

/// `[openai]`, and the OpenAI fields of `[responders.<name>]`.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileOpenAi {
    pub(super) base_url: Option<String>,
    pub(super) api_key: Option<Secret>,
    pub(super) model: Option<String>,
    pub(super) temperature: Option<f64>,
    pub(super) max_tokens: Option<u32>,
    pub(super) timeout_secs: Option<u64>,
}

/// `[responders.<name>]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileResponder {
    /// `openai`, `command` or `echo`.
    pub(super) kind: String,
    /// For `command`: the program and its arguments, separated by spaces.
    pub(super) command: Option<String>,
    pub(super) timeout_secs: Option<u64>,
    pub(super) base_url: Option<String>,
    pub(super) api_key: Option<Secret>,
    pub(super) model: Option<String>,
    pub(super) temperature: Option<f64>,
    pub(super) max_tokens: Option<u32>,
}

/// `[personas.<name>]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FilePersona {
    pub(super) system_prompt: Option<String>,
    pub(super) responder: Option<String>,
    #[serde(default)]
    pub(super) fallback: Vec<String>,
    #[serde(default)]
    pub(super) tools: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileDelivery {
    pub(super) max_attempts: Option<u32>,
    pub(super) retry_for_secs: Option<u64>,
    pub(super) shutdown_grace_ms: Option<u64>,
    pub(super) initial_backoff_ms: Option<u64>,
    pub(super) max_backoff_ms: Option<u64>,
    pub(super) request_timeout_ms: Option<u64>,
    pub(super) concurrency: Option<usize>,
    pub(super) unauthorized_limit: Option<u32>,
}
