//! Outbound HTTP: the bot-API requests to Talk, the model request and tool servers' MCP
//! messages.

use futures::StreamExt;
use spin_sdk::http::{IncomingResponse, Method, Request, Response, send};

use crate::nextcloud::talk_bot::bot_api::{BotRequest, HttpMethod};
use crate::nextcloud::talk_bot::engine::{self, HttpRequest, TalkAnswer};
use crate::nextcloud::talk_bot::job::{ToolAnswer, ToolCall, TransportFailure};

/// Send the model request; its status and body, read up to the engine's cap.
pub async fn ask_model(request: &HttpRequest) -> Result<(u16, Vec<u8>), TransportFailure> {
    let cap = engine::defaults().max_model_answer_bytes;
    exchange(request, cap).await.map(|a| (a.status, a.body))
}

/// Send a tool server's MCP message; its answer, read up to the call's cap. (Spin gives a
/// request no timer of its own: the runtime's outbound timeouts apply.)
pub async fn call_tool(call: &ToolCall) -> Result<ToolAnswer, TransportFailure> {
    exchange(&call.request, call.max_bytes).await
}

/// Send `request`; its status, headers and body, read up to `cap` bytes.
async fn exchange(request: &HttpRequest, cap: u64) -> Result<ToolAnswer, TransportFailure> {
    let mut builder = Request::builder();
    builder.method(method(request.method)).uri(&request.url);
    for (name, value) in &request.headers {
        builder.header(name, value);
    }
    // Without it Spin sends the body chunked, which some servers read as empty.
    builder.header("content-length", request.body.len().to_string());
    let response: IncomingResponse = send(builder.body(request.body.clone().into_bytes()).build())
        .await
        .map_err(|e| TransportFailure::Connection(e.to_string()))?;
    let status = response.status();
    let headers = response
        .headers()
        .entries()
        .into_iter()
        .filter_map(|(name, value)| Some((name, String::from_utf8(value).ok()?)))
        .collect();
    let cap = cap as usize;
    let mut stream = response.take_body_stream();
    let mut body = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk
            .map_err(|e| TransportFailure::Connection(format!("the answer broke off: {e:?}")))?;
        if body.len() + chunk.len() > cap {
            return Err(TransportFailure::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(ToolAnswer {
        status,
        headers,
        body,
    })
}

/// Send one request; what Talk answered, as the engine reads it.
pub async fn talk(request: &BotRequest) -> TalkAnswer {
    let mut builder = Request::builder();
    builder.method(method(request.method)).uri(&request.url);
    for (name, value) in &request.headers {
        builder.header(name, value);
    }
    // Without it Spin sends the body chunked, and Nextcloud behind Apache mod_proxy_fcgi +
    // php-fpm reads an empty message (Talk answers 400).
    builder.header("content-length", request.body.len().to_string());
    let outgoing = builder.body(request.body.clone().into_bytes()).build();
    match send::<_, Response>(outgoing).await {
        Ok(response) => {
            let headers = response
                .headers()
                .filter(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
                .filter_map(|(name, value)| Some((name.to_string(), value.as_str()?.to_string())))
                .collect();
            TalkAnswer::Status((*response.status(), headers))
        }
        Err(e) => TalkAnswer::Unreachable(e.to_string()),
    }
}

fn method(method: HttpMethod) -> Method {
    match method {
        HttpMethod::Get => Method::Get,
        HttpMethod::Post => Method::Post,
        HttpMethod::Delete => Method::Delete,
    }
}
