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
    if let Some(max_age) = rules.max_age_ms {
        let published = event.published.as_deref().and_then(dates::parse_atom);
        if let Some(at) = published
            && (now as i64).saturating_sub(at) > max_age.saturating_add(CLOCK_SKEW_MS) as i64
        {
            return Admission::Stale(format!(
                "stale webhook: published {} is more than {} s ago (max_webhook_age_secs); a replay?",
                event.published.as_deref().unwrap_or_default(),
                max_age / 1000
            ));
        }
    }
    match &event.kind {
        EventKind::Like(_) | EventKind::Undo(_) => return Admission::Ignore("reaction".into()),
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
