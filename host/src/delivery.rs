//! Sending signed bot-API requests. What an answer means is the engine's `classify`.

use std::time::Duration;

use crate::protocol::{BotRequest, HttpMethod, TalkAnswer};

/// reqwest's method for the component's.
pub fn method(method: HttpMethod) -> reqwest::Method {
    match method {
        HttpMethod::Get => reqwest::Method::GET,
        HttpMethod::Post => reqwest::Method::POST,
        HttpMethod::Delete => reqwest::Method::DELETE,
    }
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

/// Longest wait for Talk's answer to one request, however often its outcome was unknown.
pub const MAX_REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

/// Talk's answer to one request, and whether the request may have been stored although no
/// answer came (a timeout or a broken connection after it was sent): a re-send may double it.
#[derive(Debug)]
pub struct Sent {
    pub answer: TalkAnswer,
    pub outcome_unknown: bool,
}

/// How long to wait for Talk's answer after `unknown` earlier attempts of the same request
/// ended without one: `base` doubled each time, at most [`MAX_REQUEST_TIMEOUT`] (a slow Talk
/// — its PHP can take longer than any fixed timeout — gets the time it needs, so the re-sends
/// that could double a message stay few).
pub fn request_timeout(base: Duration, unknown: u32) -> Duration {
    base.saturating_mul(1u32 << unknown.min(8))
        .min(MAX_REQUEST_TIMEOUT.max(base))
}

/// An HTTP client for the bot API.
#[derive(Clone)]
pub struct Deliverer {
    client: reqwest::Client,
    timeout: Duration,
}

impl Deliverer {
    /// `timeout`: the wait for an answer of a first attempt (see [`request_timeout`]).
    pub fn new(timeout: Duration) -> Result<Self, reqwest::Error> {
        let client = reqwest::Client::builder()
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
            .pool_max_idle_per_host(64)
            // A redirect is an answer to classify, not a place to send a signed request.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Deliverer { client, timeout })
    }

    /// Send one request built by the component: Talk's status and headers, or what failed.
    pub async fn send(&self, request: &BotRequest) -> TalkAnswer {
        self.send_after(request, 0).await.answer
    }

    /// [`Deliverer::send`] after `unknown` attempts of it whose outcome is unknown: waits
    /// longer for the answer, and says whether this one's outcome is unknown too.
    pub async fn send_after(&self, request: &BotRequest, unknown: u32) -> Sent {
        let mut builder = self
            .client
            .request(method(request.method), &request.url)
            .timeout(request_timeout(self.timeout, unknown))
            .body(request.body.clone());
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        match builder.send().await {
            Ok(response) => {
                let headers = response
                    .headers()
                    .iter()
                    .filter(|(name, _)| *name == reqwest::header::RETRY_AFTER)
                    .filter_map(|(name, value)| {
                        Some((name.as_str().to_string(), value.to_str().ok()?.to_string()))
                    })
                    .collect();
                Sent {
                    answer: TalkAnswer::Status((response.status().as_u16(), headers)),
                    outcome_unknown: false,
                }
            }
            // No connection: Talk never saw it. Anything later (a timeout waiting for the
            // answer, a connection cut): Talk may have stored it.
            Err(e) => Sent {
                outcome_unknown: !e.is_connect() && !e.is_builder(),
                answer: TalkAnswer::Unreachable(match e.is_timeout() && !e.is_connect() {
                    true => format!(
                        "Talk did not answer within {:?} (it may have stored the message: a re-send \
                         may show it twice)",
                        request_timeout(self.timeout, unknown)
                    ),
                    false => describe(&e),
                }),
            },
        }
    }
}
