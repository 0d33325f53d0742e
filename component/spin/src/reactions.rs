//! Status reactions: 👀 while a model works on a message, ⚠️ when the bot gives up on it — best
//! effort, never where the 401 breaker says wait (a reaction is never worth a 401).

use crate::breaker;
use crate::config::Config;
use crate::nextcloud::talk_bot::bot_api;
use crate::nextcloud::talk_bot::engine::{Clearance, TalkAnswer};
use crate::now_ms;
use crate::store::{Claimed, Db};
use crate::work::{log_db, talk};

/// 👀 while the bot works on a message.
pub const WORKING: &str = "👀";
/// ⚠️ on a message the bot gave up on.
pub const FAILED: &str = "⚠️";

/// A status reaction, best effort: one attempt, whatever Talk answers (a reaction must never
/// hold a reply back), and none where the 401 breaker says wait (a reaction is never worth a
/// 401).
pub async fn react(
    config: &Config,
    db: &Db,
    job: &Claimed,
    message_id: u64,
    emoji: &str,
    remove: bool,
) -> bool {
    if !matches!(
        breaker::clearance(config, db, &job.token, now_ms()),
        Clearance::Send
    ) {
        return false;
    }
    let secret = config.secrets.first().map_or("", String::as_str);
    let request = if remove {
        bot_api::remove_reaction(&config.nextcloud, secret, &job.token, message_id, emoji)
    } else {
        bot_api::react(&config.nextcloud, secret, &job.token, message_id, emoji)
    };
    match request {
        Ok(request) => {
            let answer = talk(&request).await;
            breaker::answered(config, db, &job.token, &answer, now_ms());
            matches!(answer, TalkAnswer::Status((200..=299, _)))
        }
        Err(e) => {
            eprintln!(
                "cannot build a reaction: {}",
                bot_api::api_error_message(&e)
            );
            false
        }
    }
}

/// The job is over without a reply: ⚠️ on the message, 👀 taken off.
pub async fn give_up(config: &Config, db: &Db, job: &Claimed, message_id: Option<u64>, why: &str) {
    eprintln!("job {}: giving up: {why}", job.key);
    if let (true, Some(id)) = (config.status_reactions, message_id) {
        react(config, db, job, id, FAILED, false).await;
        if job.reacted {
            react(config, db, job, id, WORKING, true).await;
        }
    }
    log_db(db.finish(job, why, now_ms()));
}
