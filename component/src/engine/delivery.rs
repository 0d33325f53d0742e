//! Delivery: what each answer of Talk's to a bot-API request means for the reply — delivered,
//! retry at a time (Retry-After in seconds or as an HTTP date; otherwise exponential backoff
//! with jitter), split again (413), unauthorized (the breaker, `breaker.rs`, decides what
//! follows) or rejected.

use super::dates;
use crate::engine_api::{JobClock, Outcome, Retry, RetryPolicy, TalkAnswer};

/// See the WIT's `default-retry-policy`.
pub const DEFAULT_RETRY_POLICY: RetryPolicy = RetryPolicy {
    initial_backoff_ms: 1000,
    max_backoff_ms: 60_000,
    retry_for_ms: 3_600_000,
    max_attempts: None,
};

/// Longest `Retry-After` honoured (a longer one is taken as this); the retry window
/// (`retry-for-ms`) bounds it too: see [`classify`].
const MAX_RETRY_AFTER_MS: u64 = 3_600_000;
/// Longest pause before the one retry of a conversation that answered 401 (it may have
/// removed the bot; each 401 counts toward Talk's brute-force protection).
const MAX_UNAUTHORIZED_BACKOFF_MS: u64 = 600_000;
/// The smallest split length (see `bot-api`).
const MIN_MAX_LENGTH: u32 = 64;

/// Backoff in milliseconds before attempt `attempts + 1`: exponential from the initial
/// backoff, capped, scaled by `jitter` (0.5 to 1.0), and at least `after` (Retry-After).
pub fn backoff(policy: &RetryPolicy, attempts: u32, after: Option<u64>, jitter: f64) -> u64 {
    let exp = policy
        .initial_backoff_ms
        .saturating_mul(1u64 << attempts.min(20))
        .min(policy.max_backoff_ms);
    let jittered = (exp as f64 * jitter.clamp(0.5, 1.0)) as u64;
    jittered.max(after.unwrap_or_default())
}

/// The pause before the one retry of a conversation that answered 401: well apart, ×64 the
/// initial backoff (32–64 s by default), at most 10 minutes.
pub fn unauthorized_backoff(policy: &RetryPolicy, jitter: f64) -> u64 {
    let slower = RetryPolicy {
        max_backoff_ms: MAX_UNAUTHORIZED_BACKOFF_MS.max(policy.max_backoff_ms),
        ..*policy
    };
    backoff(&slower, 6, None, jitter)
}

/// `Retry-After` as a delay from `now`: seconds, or an HTTP date.
pub fn retry_after(headers: &[(String, String)], now: u64) -> Option<u64> {
    let value = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("retry-after"))
        .map(|(_, v)| v.trim())?;
    let delay = match value.parse::<u64>() {
        Ok(seconds) => seconds.saturating_mul(1000),
        Err(_) => {
            let at = dates::parse_http_date(value)?;
            (at.max(0) as u64).saturating_sub(now)
        }
    };
    Some(delay.min(MAX_RETRY_AFTER_MS))
}

/// What a status from the bot API means, for people.
pub fn explain(status: u16) -> &'static str {
    match status {
        200 | 201 => "accepted",
        400 => {
            "Talk refused the request as invalid (empty message, bad replyTo/threadId, reaction not possible, or the message was stored but a later step failed)"
        }
        401 => {
            "the signature was not accepted: the secret differs from the one given to `occ talk:bot:install`, the bot lacks the `response` feature (-f response), or it is not enabled in this conversation"
        }
        404 => {
            "the conversation or message was not found (or the reaction to remove does not exist)"
        }
        412 => "the OCS-APIRequest header was missing (CSRF check failed)",
        413 => "the message is longer than the server's maximum chat length",
        429 => {
            "too many requests: Nextcloud (or a proxy in front of it) asks the bot to slow down; after 401s this is Nextcloud's brute-force protection locking this address out (`occ security:bruteforce:reset <ip>` on the server ends it)"
        }
        500..=599 => "Nextcloud had a server error; it may be temporary",
        _ => "unexpected status from the bot API",
    }
}

/// Why a reply is no longer worth sending before an attempt at `now`, if it is not: its
/// webhook is older than `retry-for-ms` (it waited out a Retry-After that reached past that,
/// or the host was down longer).
pub fn expired(job: &JobClock, policy: &RetryPolicy, now: u64) -> Option<String> {
    let deadline = job.received_at.saturating_add(policy.retry_for_ms);
    (now >= deadline).then(|| {
        format!(
            "the reply is no longer worth sending: its message is {} s old, past the retry window of {} s \
             (after {} attempts)",
            now.saturating_sub(job.received_at) / 1000,
            policy.retry_for_ms / 1000,
            job.attempts
        )
    })
}

/// A retry at `now + delay`, or the give-up once the reply is no longer worth sending.
fn retry_or_reject(
    reason: String,
    delay: u64,
    job: &JobClock,
    policy: &RetryPolicy,
    now: u64,
) -> Result<Retry, String> {
    let at = now.saturating_add(delay);
    let deadline = job.received_at.saturating_add(policy.retry_for_ms);
    let attempts = job.attempts.saturating_add(1);
    if policy.max_attempts.is_some_and(|max| attempts >= max) || at > deadline {
        let waited = now.saturating_sub(job.received_at) / 1000;
        return Err(format!(
            "{reason} (after {attempts} attempts over {waited} s)"
        ));
    }
    Ok(Retry { at, reason })
}

/// Classify Talk's answer to a request of at most `max_length` characters.
pub fn classify(
    answer: &TalkAnswer,
    max_length: u32,
    job: &JobClock,
    policy: &RetryPolicy,
    now: u64,
    jitter: f64,
) -> Outcome {
    let (status, headers) = match answer {
        TalkAnswer::Unreachable(reason) => {
            let delay = backoff(policy, job.attempts, None, jitter);
            return match retry_or_reject(reason.clone(), delay, job, policy, now) {
                Ok(retry) => Outcome::Retry(retry),
                Err(why) => Outcome::Rejected(why),
            };
        }
        TalkAnswer::Status((status, headers)) => (*status, headers),
    };
    let reason = format!("HTTP {status}: {}", explain(status));
    match status {
        200..=299 => Outcome::Delivered,
        401 => {
            let delay = unauthorized_backoff(policy, jitter);
            let reason = "HTTP 401 from this conversation".to_string();
            match retry_or_reject(reason, delay, job, policy, now) {
                Ok(retry) => Outcome::Unauthorized(retry),
                Err(why) => Outcome::Rejected(why),
            }
        }
        413 => {
            let smaller = max_length / 2;
            if smaller < MIN_MAX_LENGTH {
                Outcome::Rejected(format!(
                    "HTTP 413 even for chunks of {max_length} characters: {}",
                    explain(413)
                ))
            } else {
                Outcome::SplitAgain(smaller)
            }
        }
        408 | 429 | 500..=599 => {
            let after = retry_after(headers, now);
            let delay = backoff(policy, job.attempts, after, jitter);
            let deadline = job.received_at.saturating_add(policy.retry_for_ms);
            // Talk asked to wait past the window: wait for the window's end (`expired` gives
            // the reply up then) rather than giving up at once.
            if after.is_some_and(|after| now.saturating_add(after) > deadline)
                && now < deadline
                && policy.max_attempts.is_none_or(|max| job.attempts + 1 < max)
            {
                return Outcome::Retry(Retry {
                    at: deadline,
                    reason: format!(
                        "{reason}; its Retry-After reaches past the retry window, so the reply waits \
                         until the window ends and is then given up"
                    ),
                });
            }
            match retry_or_reject(reason, delay, job, policy, now) {
                Ok(retry) => Outcome::Retry(retry),
                Err(why) => Outcome::Rejected(why),
            }
        }
        _ => Outcome::Rejected(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> RetryPolicy {
        RetryPolicy {
            initial_backoff_ms: 500,
            max_backoff_ms: 60_000,
            retry_for_ms: 3_600_000,
            max_attempts: None,
        }
    }

    fn clock(attempts: u32) -> JobClock {
        JobClock {
            attempts,
            received_at: 1_000_000,
        }
    }

    fn status(code: u16, headers: &[(&str, &str)]) -> TalkAnswer {
        TalkAnswer::Status((
            code,
            headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        ))
    }

    #[test]
    fn backoff_doubles_caps_jitters_and_honours_retry_after() {
        let d = policy();
        assert_eq!(backoff(&d, 0, None, 1.0), 500);
        assert_eq!(backoff(&d, 3, None, 1.0), 4000);
        assert_eq!(backoff(&d, 3, None, 0.5), 2000);
        assert_eq!(backoff(&d, 30, None, 1.0), 60_000);
        assert_eq!(backoff(&d, 0, None, 0.0), 250);
        assert_eq!(backoff(&d, 0, Some(120_000), 1.0), 120_000);
        // A 401's one retry: well apart (×64), up to 10 minutes.
        assert_eq!(unauthorized_backoff(&d, 1.0), 32_000);
        assert_eq!(unauthorized_backoff(&d, 0.5), 16_000);
        let slow = RetryPolicy {
            initial_backoff_ms: 60_000,
            ..d
        };
        assert_eq!(unauthorized_backoff(&slow, 1.0), 600_000);
    }

    #[test]
    fn every_answer_of_talk_is_classified() {
        let (d, now) = (policy(), 1_000_000);
        let c = |a: TalkAnswer| classify(&a, 32000, &clock(0), &d, now, 1.0);
        assert_eq!(c(status(201, &[])), Outcome::Delivered);
        assert_eq!(c(status(413, &[])), Outcome::SplitAgain(16000));
        assert_eq!(
            classify(&status(413, &[]), 100, &clock(0), &d, now, 1.0),
            Outcome::Rejected(
                "HTTP 413 even for chunks of 100 characters: the message is longer than the server's maximum chat length"
                    .into()
            )
        );
        assert!(
            matches!(c(status(401, &[])), Outcome::Unauthorized(Retry { at, .. }) if at == now + 32_000)
        );
        for code in [400, 404, 412] {
            assert!(
                matches!(c(status(code, &[])), Outcome::Rejected(r) if r.starts_with(&format!("HTTP {code}: ")))
            );
        }
        for code in [408, 429, 500, 502, 503] {
            assert!(
                matches!(c(status(code, &[])), Outcome::Retry(Retry { at, .. }) if at == now + 500)
            );
        }
        assert!(matches!(
            c(TalkAnswer::Unreachable("connection refused".into())),
            Outcome::Retry(Retry { at, reason }) if at == now + 500 && reason == "connection refused"
        ));
    }

    #[test]
    fn retry_after_in_seconds_and_as_an_http_date() {
        let d = policy();
        // 1784538902 = Mon, 20 Jul 2026 09:15:02 GMT.
        let now = 1_784_538_902_000;
        let job = JobClock {
            attempts: 0,
            received_at: now,
        };
        let at = |h: &[(&str, &str)]| match classify(&status(503, h), 32000, &job, &d, now, 1.0) {
            Outcome::Retry(r) => r.at - now,
            other => panic!("{other:?}"),
        };
        assert_eq!(at(&[("Retry-After", "120")]), 120_000);
        assert_eq!(
            at(&[("retry-after", "Mon, 20 Jul 2026 09:16:02 GMT")]),
            60_000
        );
        // A date in the past, garbage, or far too long.
        assert_eq!(at(&[("Retry-After", "Mon, 20 Jul 2026 09:00:00 GMT")]), 500);
        assert_eq!(at(&[("Retry-After", "soon")]), 500);
        assert_eq!(at(&[("Retry-After", "1800")]), 1_800_000);
        // Past the retry window (an hour from the webhook): wait until it ends, not longer,
        // and give up then.
        assert_eq!(at(&[("Retry-After", "99999999")]), 3_600_000);
        let later = now + 3_000_000;
        match classify(
            &status(429, &[("Retry-After", "7200")]),
            32000,
            &job,
            &d,
            later,
            1.0,
        ) {
            Outcome::Retry(r) => {
                assert_eq!(r.at, now + 3_600_000);
                assert!(
                    r.reason.contains("waits until the window ends"),
                    "{}",
                    r.reason
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(expired(&job, &d, now + 3_599_999), None);
        let gone = expired(&job, &d, now + 3_600_000).unwrap();
        assert!(gone.contains("3600 s old"), "{gone}");
    }

    #[test]
    fn a_reply_is_given_up_past_its_deadline_or_attempts() {
        let d = RetryPolicy {
            max_attempts: Some(3),
            ..policy()
        };
        let now = 1_000_000 + 3_600_000;
        let late = classify(&status(503, &[]), 32000, &clock(0), &d, now, 1.0);
        assert!(matches!(late, Outcome::Rejected(r) if r.contains("after 1 attempts over 3600 s")),);
        let many = classify(&status(503, &[]), 32000, &clock(2), &d, 1_000_000, 1.0);
        assert!(matches!(many, Outcome::Rejected(r) if r.contains("after 3 attempts")));
    }
}
