//! The OpenAI-compatible responder: the engine builds the request and reads the answer; this
//! is the HTTP around it.

use std::sync::Arc;
use std::time::Duration;

use super::{FailureKind, Prompt, Responder, ResponderError, ResponseFuture, Role};
use crate::config::OpenAiConfig;
use crate::protocol::{
    ChatModel, HttpMethod, ProtocolEngine, Role as EngineRole, Turn as EngineTurn,
};

/// Largest model response read (the engine's default); past it the answer is refused.
fn max_response_bytes() -> usize {
    talkbot_component::rules::defaults().max_model_answer_bytes as usize
}

/// An OpenAI-compatible Chat Completions client (`POST {base_url}/chat/completions`).
///
/// The request is built and the answer read by the engine (`model-request`, `model-answer`),
/// so the Spin app and embedders ask a model the same way; this is only the HTTP. It never
/// retries by itself: the chain and `fallback-after` decide. It follows no redirect (the
/// prompt and the key go to the configured server only) and reads at most 8 MiB.
pub struct OpenAi {
    name: String,
    model: ChatModel,
    timeout: Duration,
    url: String,
    client: reqwest::Client,
    engine: Arc<ProtocolEngine>,
}

impl OpenAi {
    pub fn new(
        name: String,
        config: OpenAiConfig,
        engine: Arc<ProtocolEngine>,
    ) -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("cannot create the HTTP client: {e}"))?;
        Ok(OpenAi {
            url: format!("{}/chat/completions", config.base_url),
            model: ChatModel {
                base_url: config.base_url.clone(),
                model: config.model.clone(),
                api_key: config.api_key.as_ref().map(|k| k.expose().to_string()),
                temperature: config.temperature,
                max_tokens: config.max_tokens,
            },
            timeout: config.timeout,
            name,
            client,
            engine,
        })
    }

    fn trapped(&self, e: wasmtime::Error) -> ResponderError {
        ResponderError::new(FailureKind::Failed, format!("component trapped: {e:#}"))
    }

    async fn ask(&self, prompt: &Prompt) -> Result<Option<String>, ResponderError> {
        let history: Vec<EngineTurn> = prompt
            .history
            .iter()
            .map(|t| EngineTurn {
                role: match t.role {
                    Role::User => EngineRole::User,
                    Role::Assistant => EngineRole::Assistant,
                },
                author: t.author.clone(),
                text: t.text.clone(),
            })
            .collect();
        let mut instance = self.engine.acquire().await.map_err(|e| self.trapped(e))?;
        let request = instance
            .model_request(&self.model, &prompt.plan, &history)
            .map_err(|e| self.trapped(e))?;
        drop(instance);
        let method = match request.method {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Delete => reqwest::Method::DELETE,
        };
        let mut builder = self.client.request(method, &request.url).body(request.body);
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        let mut response = builder.send().await.map_err(|e| self.transport_error(e))?;
        let status = response.status().as_u16();
        let mut body = Vec::new();
        let cap = max_response_bytes();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.transport_error(e))?
        {
            if body.len() + chunk.len() > cap {
                return Err(ResponderError::new(
                    FailureKind::Refused,
                    format!(
                        "{} answered more than {} MiB; not read further",
                        self.url,
                        cap >> 20
                    ),
                ));
            }
            body.extend_from_slice(&chunk);
        }
        let mut instance = self.engine.acquire().await.map_err(|e| self.trapped(e))?;
        match instance
            .model_answer(&self.url, status, &body)
            .map_err(|e| self.trapped(e))?
        {
            Ok(text) => Ok(Some(text)),
            Err(failure) => Err(ResponderError::new(failure.kind, failure.reason)),
        }
    }

    fn transport_error(&self, e: reqwest::Error) -> ResponderError {
        let kind = if e.is_timeout() {
            FailureKind::Timeout
        } else if e.is_connect() {
            FailureKind::Connection
        } else {
            FailureKind::ServerError
        };
        let what = if e.is_timeout() {
            format!("did not answer within {:?}", self.timeout)
        } else {
            format!("cannot be reached: {}", crate::delivery::describe(&e))
        };
        ResponderError::new(kind, format!("{} {what}", self.url))
    }
}

impl Responder for OpenAi {
    fn name(&self) -> &str {
        &self.name
    }

    fn respond<'a>(&'a self, prompt: &'a Prompt) -> ResponseFuture<'a> {
        Box::pin(self.ask(prompt))
    }
}
