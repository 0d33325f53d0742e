//! The bot's defaults (`engine.defaults`), defined once: every host takes them for what its
//! operator left unset (before, the native host, the Spin app and the Node bot each wrote their
//! own and they differed: 20 / 10 / 10 memory turns, 2 / 3 / 3 answer attempts).

use crate::engine_api::BotDefaults;

/// Earlier messages given to a model.
const MEMORY_TURNS: u32 = 20;
/// Tries of the whole responder chain before the failure reply.
const ANSWER_ATTEMPTS: u32 = 2;
/// Posted when no responder could answer. Names no cause: it is posted for a model that is
/// down, a script that failed and a trap alike.
const FAILURE_REPLY: &str =
    "Sorry, I could not answer this time. Please try again in a few minutes.";

/// The largest model answer read (a model server that sends more is refused, not read on).
const MAX_MODEL_ANSWER_BYTES: u64 = 8 << 20;

/// The defaults.
pub fn defaults() -> BotDefaults {
    BotDefaults {
        memory_turns: MEMORY_TURNS,
        answer_attempts: ANSWER_ATTEMPTS,
        failure_reply: FAILURE_REPLY.to_string(),
        max_model_answer_bytes: MAX_MODEL_ANSWER_BYTES,
    }
}
