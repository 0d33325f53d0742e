//! The OpenAI-compatible model's HTTP: the job machine builds the request (`action.ask-model`)
//! and reads the answer; this sends the one and reads the other.

use std::time::Duration;

use crate::config::OpenAiConfig;
use crate::protocol::{HttpMethod, HttpRequest, TransportFailure};

/// Largest model response read (the engine's default); past it the answer is refused.
fn max_response_bytes() -> usize {
    talkbot_component::rules::defaults().max_model_answer_bytes as usize
}

/// An OpenAI-compatible Chat Completions client (`POST {base_url}/chat/completions`) with the
/// responder's timeout. It never retries by itself (the machine decides), follows no redirect
/// (the prompt and the key go to the configured server only) and reads at most the engine's
/// `max-model-answer-bytes`.
pub struct OpenAi {
    name: String,
    client: reqwest::Client,
}

impl OpenAi {
    pub fn new(name: String, config: &OpenAiConfig) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("cannot create the HTTP client: {e}"))?;
        Ok(OpenAi { name, client })
    }

    /// The responder's name (for logs and metrics).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Send the model request the job machine built; its status and body, or why none came.
    pub async fn exchange(
        &self,
        request: &HttpRequest,
    ) -> Result<(u16, Vec<u8>), TransportFailure> {
        let method = match request.method {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Delete => reqwest::Method::DELETE,
        };
        let mut builder = self
            .client
            .request(method, &request.url)
            .body(request.body.clone());
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let mut response = builder.send().await.map_err(transport_failure)?;
        let status = response.status().as_u16();
        let mut body = Vec::new();
        let cap = max_response_bytes();
        while let Some(chunk) = response.chunk().await.map_err(transport_failure)? {
            if body.len() + chunk.len() > cap {
                return Err(TransportFailure::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, body))
    }
}

/// What the machine needs to know of a request that got no answer.
fn transport_failure(e: reqwest::Error) -> TransportFailure {
    if e.is_timeout() {
        TransportFailure::Timeout
    } else {
        TransportFailure::Connection(crate::delivery::describe(&e))
    }
}
