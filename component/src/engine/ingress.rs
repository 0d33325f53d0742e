//! Ingress: what a verified webhook means for the queue — its dedup key, whether anything can
//! come of it, and whether it is a stale replay.

use super::dates;
use crate::engine_api::{Admission, IngressRules, Ticket};
use crate::{EventKind, Received};

/// How far Talk's clock may be ahead of ours before a webhook counts as stale.
const CLOCK_SKEW_MS: u64 = 5 * 60 * 1000;

/// Decide whether to store `received` (see the WIT's `admit`).
pub fn admit(received: &Received, signature: &str, rules: &IngressRules, now: u64) -> Admission {
    let event = &received.event;
    // With replay protection on, a `published` that is there must be Talk's `DATE_ATOM` (with
    // or without fractions, `Z` or an offset), not too old, and not from the future: a replay
    // must not slip through a date the check cannot read (Talk 22 sends none at all).
    if let (Some(max_age), Some(text)) = (rules.max_age_ms, event.published.as_deref()) {
        let Some(at) = dates::parse_atom(text) else {
            return Admission::Stale(format!(
                "published {text:?} is not a time like 2026-07-20T09:15:02+00:00"
            ));
        };
        if (now as i64).saturating_sub(at) > max_age.saturating_add(CLOCK_SKEW_MS) as i64 {
            return Admission::Stale(format!(
                "stale webhook: published {text} is more than {} s ago (max_webhook_age_secs); a replay?",
                max_age / 1000
            ));
        }
        if at.saturating_sub(now as i64) > CLOCK_SKEW_MS as i64 {
            return Admission::Stale(format!(
                "published {text} is more than {} s in the future: check the clocks of Nextcloud and this host",
                CLOCK_SKEW_MS / 1000
            ));
        }
    }
    match &event.kind {
        // The actor of a Like/Undo is the reacted message's author, not who reacted, and the
        // bot's own 👀/⚠️ come back as Likes: nothing here is a person's act to answer.
        EventKind::Like(_) | EventKind::Undo(_) => return Admission::Ignore("reaction".into()),
        // Talk says only that someone edited or deleted *a* message: not which, nor the new
        // text (captured from a real Talk 22). Nothing to answer, nothing to guess.
        EventKind::Activity
            if event
                .message
                .as_ref()
                .is_some_and(|m| m.name == "message_edited" || m.name == "message_deleted") =>
        {
            let what = event.message.as_ref().map_or("", |m| m.name.as_str());
            return Admission::Ignore(format!(
                "activity {what}: Talk does not say which message, nor its new text"
            ));
        }
        EventKind::Activity if !rules.answer_activity => {
            return Admission::Ignore("activity (answer_activity is off)".into());
        }
        _ => {}
    }
    let token = event.conversation.token.clone();
    let dedup_key = match (&event.kind, &event.message) {
        (EventKind::Create(_) | EventKind::Activity, Some(m)) => {
            format!("{}|{token}|{}", received.backend_index, m.id)
        }
        _ => format!(
            "{}|sig|{}",
            received.backend_index,
            signature.to_ascii_lowercase()
        ),
    };
    Admission::Queue(Ticket {
        dedup_key,
        token,
        overtakes: matches!(event.kind, EventKind::Leave),
    })
}
