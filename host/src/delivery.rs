//! Sending signed bot-API requests and classifying Talk's answers.

use std::time::Duration;

use crate::protocol::BotRequest;

/// What became of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// 2xx.
    Delivered(u16),
    /// Try again later: 429, 5xx, 408, timeouts, connection failures.
    Retry {
        reason: String,
        after: Option<Duration>,
    },
    /// 413: the message is too long for this server; split it further.
    TooLarge,
    /// 401: the secret does not match, or the bot lacks the `response` feature.
    Unauthorized,
    /// Any other answer; retrying would not help.
    Rejected { status: u16, reason: String },
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
            "Nextcloud's brute-force protection is throttling this address after repeated 401s; fix the secret, then run `occ security:bruteforce:reset <ip>`"
        }
        500..=599 => "Nextcloud had a server error; it may be temporary",
        _ => "unexpected status from the bot API",
    }
}

/// Parse `Retry-After` (seconds; HTTP dates are treated as "no hint").
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value
        .trim()
        .parse::<u64>()
        .ok()
        .map(|s| Duration::from_secs(s.min(3600)))
}

/// A network failure with its whole cause chain — what failed (DNS, connection refused, TLS,
/// timeout) and not only "error sending request for url (…)".
pub fn describe(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        if chain(e).contains("dns error") {
            "the name does not resolve (check the URL's host name)"
        } else {
            "connection failed"
        }
    } else {
        "request failed"
    };
    format!("{kind}: {}", chain(e))
}

/// An error and its sources, each said once: `a: b: c`.
pub fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ")
}

/// An HTTP client for the bot API.
#[derive(Clone)]
pub struct Deliverer {
    client: reqwest::Client,
}

impl Deliverer {
    pub fn new(timeout: Duration) -> Result<Self, reqwest::Error> {
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
            .pool_max_idle_per_host(64)
            .build()?;
        Ok(Deliverer { client })
    }

    /// Send one request built by the component.
    pub async fn send(&self, request: &BotRequest) -> Outcome {
        let method = match reqwest::Method::from_bytes(request.method.as_bytes()) {
            Ok(m) => m,
            Err(_) => {
                return Outcome::Rejected {
                    status: 0,
                    reason: format!("invalid method {}", request.method),
                };
            }
        };
        let mut builder = self
            .client
            .request(method, &request.url)
            .body(request.body.clone());
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let response = match builder.send().await {
            Ok(r) => r,
            Err(e) => {
                return Outcome::Retry {
                    reason: describe(&e),
                    after: None,
                };
            }
        };
        let status = response.status().as_u16();
        let after = retry_after(response.headers());
        match status {
            200..=299 => Outcome::Delivered(status),
            401 => Outcome::Unauthorized,
            413 => Outcome::TooLarge,
            408 | 429 | 500..=599 => Outcome::Retry {
                reason: format!("HTTP {status}: {}", explain(status)),
                after,
            },
            _ => Outcome::Rejected {
                status,
                reason: format!("HTTP {status}: {}", explain(status)),
            },
        }
    }
}
