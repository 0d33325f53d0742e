//! talkbot on Spin: an HTTP component that receives Nextcloud Talk webhooks and answers through
//! the signed bot API. Every protocol step (verify, parse, render, mention detection, request
//! signing, splitting) is a call into the talkbot protocol component, which is composed into
//! the same artifact at build time; this crate is only the Spin-side I/O.
//!
//! Talk waits at most 5 s and never retries, so the webhook is answered (200) as soon as it is
//! verified and recorded in the key-value store (which also drops duplicates); the reply is
//! produced and delivered after the response has been sent.

use spin_sdk::http::{
    Fields, IncomingRequest, Method, OutgoingResponse, Request, Response, ResponseOutparam, send,
};
use spin_sdk::http_component;
use spin_sdk::key_value::Store;
use spin_sdk::variables;

wit_bindgen::generate!({
    path: "../../wit",
    world: "nextcloud:talk-bot/talk-bot-client",
});

use nextcloud::talk_bot::bot_api::{self, SendOptions};
use nextcloud::talk_bot::render::{self, BotIdentity};
use nextcloud::talk_bot::types::{ActorKind, EventKind};
use nextcloud::talk_bot::webhook::{self, Backend, ReceiveOptions};

/// Earlier messages kept per conversation for a language model.
const MEMORY: usize = 10;

/// A required or optional Spin variable.
fn var(name: &str) -> Option<String> {
    variables::get(name).ok().filter(|v| !v.trim().is_empty())
}

/// Answer the webhook now: status and a one-line reason.
async fn respond(out: ResponseOutparam, status: u16, text: &str) {
    let headers = Fields::from_list(&[(
        "content-type".to_owned(),
        b"text/plain; charset=utf-8".to_vec(),
    )])
    .unwrap_or_else(|_| Fields::new());
    let response = OutgoingResponse::new(headers);
    let _ = response.set_status_code(status);
    let mut body = response.take_body();
    out.set(response);
    use futures::SinkExt;
    let _ = body.send(format!("{text}\n").into_bytes()).await;
    let _ = body.flush().await;
    let _ = body.close().await;
}

#[http_component]
async fn handle(request: IncomingRequest, out: ResponseOutparam) {
    if request.method() != Method::Post {
        return respond(out, 405, "Talk webhooks are POST requests").await;
    }
    let (Some(secret), Some(nextcloud)) = (var("bot_secret"), var("nextcloud_url")) else {
        return respond(
            out,
            503,
            "the bot is not configured: set the Spin variables bot_secret and nextcloud_url",
        )
        .await;
    };
    let headers: Vec<(String, String)> = request
        .headers()
        .entries()
        .into_iter()
        .map(|(name, value)| (name, String::from_utf8_lossy(&value).into_owned()))
        .collect();
    let limit = webhook::default_max_body_bytes();
    let declared = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return respond(out, 413, &format!("the body is larger than {limit} bytes")).await;
    }
    let Ok(body) = request.into_body().await else {
        return respond(out, 400, "the request body could not be read").await;
    };
    let options = ReceiveOptions {
        backends: vec![Backend {
            url: nextcloud.clone(),
            secrets: vec![secret.clone()],
        }],
        max_body_bytes: limit,
        strict_backend: false,
    };
    let received = match webhook::receive(&options, &headers, &body) {
        Ok(received) => received,
        Err(e) => {
            let status = webhook::webhook_error_status(&e);
            return respond(out, status, &webhook::webhook_error_message(&e)).await;
        }
    };
    let event = received.event;
    let token = event.conversation.token.clone();
    // Talk never retries, but proxies and tests may: each message is handled once.
    let Ok(store) = Store::open_default() else {
        return respond(out, 503, "the key-value store is not available").await;
    };
    let key = match &event.message {
        Some(message) => format!("seen/{token}/{}", message.id),
        None => format!(
            "seen/{token}/{}",
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("x-nextcloud-talk-signature"))
                .map_or("", |(_, v)| v.as_str())
        ),
    };
    if store.exists(&key).unwrap_or(false) {
        return respond(out, 200, "duplicate: already handled").await;
    }
    if store.set(&key, b"1").is_err() {
        return respond(out, 503, "the key-value store refused a write").await;
    }
    respond(out, 200, "accepted").await;

    // The response is out; now the slow part.
    let EventKind::Create(_) = &event.kind else {
        if matches!(event.kind, EventKind::Leave) {
            let _ = store.delete(&format!("memory/{token}"));
        }
        return;
    };
    let Some(message) = &event.message else {
        return;
    };
    if matches!(event.actor.kind, ActorKind::Bots) {
        return;
    }
    let agent = var("agent_name").unwrap_or_else(|| "talkbot".into());
    let addressed = render::address(
        message,
        &BotIdentity {
            aliases: vec![agent.clone()],
            actor_id: None,
        },
    );
    if var("mode").as_deref() == Some("mention") && !addressed.mentioned {
        return;
    }
    if addressed.text.trim() == "/reset" {
        let _ = store.delete(&format!("memory/{token}"));
        return post(
            &nextcloud,
            &secret,
            &token,
            message,
            "Done: I have forgotten this conversation.",
        )
        .await;
    }
    let reply = match var("responder").as_deref() {
        Some("openai") => {
            ask_model(&store, &token, &agent, &event.actor.name, &addressed.text).await
        }
        _ => Some(addressed.text.clone()),
    };
    let text = reply.unwrap_or_else(|| {
        "Sorry, I could not answer this time. Please try again in a few minutes.".into()
    });
    post(
        &nextcloud,
        &secret,
        &token,
        message,
        &render::defang_mentions(&text),
    )
    .await;
}

/// Post `text` as a reply to `message`, through signed requests built by the component.
async fn post(
    nextcloud: &str,
    secret: &str,
    token: &str,
    message: &nextcloud::talk_bot::types::Message,
    text: &str,
) {
    if text.trim().is_empty() {
        return;
    }
    let options = SendOptions {
        reply_to: message.id.parse().ok(),
        reference_id: Some(bot_api::reference_id(nextcloud, token, &message.id, 0)),
        silent: false,
        thread_id: None,
        thread_title: None,
        max_length: None,
    };
    let requests = match bot_api::send_message(nextcloud, secret, token, text, &options) {
        Ok(requests) => requests,
        Err(e) => {
            eprintln!("cannot build the reply: {}", bot_api::api_error_message(&e));
            return;
        }
    };
    for request in requests {
        let mut builder = Request::builder();
        builder.method(Method::Post).uri(&request.url);
        for (name, value) in &request.headers {
            builder.header(name, value);
        }
        let outgoing = builder.body(request.body.into_bytes()).build();
        match send::<_, Response>(outgoing).await {
            Ok(response) if (200..300).contains(response.status()) => {}
            Ok(response) => {
                eprintln!("Talk refused the reply: HTTP {}", response.status());
                return;
            }
            Err(e) => {
                eprintln!("cannot reach Talk: {e}");
                return;
            }
        }
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Turn {
    role: String,
    content: String,
}

/// Ask an OpenAI-compatible endpoint, with the conversation's last messages from key-value.
async fn ask_model(
    store: &Store,
    token: &str,
    agent: &str,
    author: &str,
    text: &str,
) -> Option<String> {
    // Two variables, so that spin.toml can allow exactly the origin for outbound requests.
    let origin = var("openai_origin").unwrap_or_else(|| "https://api.openai.com".into());
    let path = var("openai_api_path").unwrap_or_else(|| "/v1".into());
    let base = format!(
        "{}/{}",
        origin.trim_end_matches('/'),
        path.trim_matches('/')
    );
    let model = var("openai_model")?;
    let memory_key = format!("memory/{token}");
    let mut memory: Vec<Turn> = store
        .get_json(&memory_key)
        .ok()
        .flatten()
        .unwrap_or_default();
    let mut messages = vec![serde_json::json!({
        "role": "system",
        "content": var("system_prompt").unwrap_or_else(|| format!(
            "You are {agent}, an assistant in a Nextcloud Talk group chat. Each user message starts with the writer's name and a colon. Answer the latest message helpfully and concisely, in its language."
        )),
    })];
    messages.extend(
        memory
            .iter()
            .map(|t| serde_json::json!({"role": t.role, "content": t.content})),
    );
    let question = format!("{author}: {text}");
    messages.push(serde_json::json!({"role": "user", "content": question}));
    let body = serde_json::json!({"model": model, "messages": messages, "stream": false});
    let mut builder = Request::builder();
    builder
        .method(Method::Post)
        .uri(format!("{}/chat/completions", base.trim_end_matches('/')))
        .header("content-type", "application/json");
    if let Some(key) = var("openai_api_key") {
        builder.header("authorization", format!("Bearer {key}"));
    }
    let response: Response = send(builder.body(body.to_string().into_bytes()).build())
        .await
        .ok()?;
    if !(200..300).contains(response.status()) {
        eprintln!("the model answered HTTP {}", response.status());
        return None;
    }
    let answer: serde_json::Value = serde_json::from_slice(response.body()).ok()?;
    let text = answer["choices"][0]["message"]["content"]
        .as_str()?
        .trim()
        .to_string();
    if text.is_empty() {
        return None;
    }
    memory.push(Turn {
        role: "user".into(),
        content: question,
    });
    memory.push(Turn {
        role: "assistant".into(),
        content: text.clone(),
    });
    let excess = memory.len().saturating_sub(MEMORY);
    memory.drain(..excess);
    let _ = store.set_json(&memory_key, &memory);
    Some(text)
}
