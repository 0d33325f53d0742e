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
            // A redirect is an answer to classify, not a place to send a signed request.
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(Deliverer { client })
    }

    /// Send one request built by the component: Talk's status and headers, or what failed.
    pub async fn send(&self, request: &BotRequest) -> TalkAnswer {
        let mut builder = self
            .client
            .request(method(request.method), &request.url)
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
                TalkAnswer::Status((response.status().as_u16(), headers))
            }
            Err(e) => TalkAnswer::Unreachable(describe(&e)),
        }
    }
}
