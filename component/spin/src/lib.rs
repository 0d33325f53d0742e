//! talkbot on Spin: an HTTP component that receives Nextcloud Talk webhooks and answers through
//! the signed bot API. The bot's behaviour — verifying, what to do with an event, chat
//! commands, personas, the model request and its answer, fallback and the failure reply, what
//! Talk's answers mean — is the talkbot engine, composed into the same artifact at build time;
//! this crate is only the Spin-side I/O (variables, key-value, outbound HTTP).
//!
//! Talk waits at most 5 s and never retries, so the webhook is answered (200) as soon as it is
//! verified and recorded in the key-value store (which also drops duplicates); the reply is
//! produced and delivered after the response has been sent. A reply Talk does not take at once
//! (5xx, 429, 401) is logged, not retried: Spin gives a request no timers to come back later.

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

use nextcloud::talk_bot::bot_api::{self, BotRequest, HttpMethod, SendOptions};
use nextcloud::talk_bot::engine::{
    self, Admission, AnswerPlan, ChatModel, Decision, Failure, FailureKind, Fallback, IngressRules,
    JobClock, Mode, Outcome, Persona, Policy, Post, RetryPolicy, Role, RoomSettings,
    SettingsChange, TalkAnswer, Turn,
};
use nextcloud::talk_bot::render::BotIdentity;
use nextcloud::talk_bot::types::Event;
use nextcloud::talk_bot::webhook::{self, Backend, ReceiveOptions};

/// Earlier messages given to the model.
const MEMORY_TURNS: u32 = 10;

/// A required or optional Spin variable.
fn var(name: &str) -> Option<String> {
    variables::get(name).ok().filter(|v| !v.trim().is_empty())
}

/// Milliseconds since the Unix epoch (the engine takes time as an argument).
fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
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

/// The Spin variables as the engine's policy: one persona, answered by `responder`.
fn policy(agent: &str) -> Policy {
    let mode = match var("mode").as_deref() {
        Some("mention") => Mode::Mention,
        Some("off") => Mode::Off,
        _ => Mode::All,
    };
    Policy {
        agent_name: agent.to_string(),
        bot: BotIdentity {
            aliases: vec![agent.to_string()],
            actor_id: None,
        },
        mode,
        answer_activity: false,
        allowed_rooms: Vec::new(),
        allowed_users: Vec::new(),
        rooms: Vec::new(),
        users: Vec::new(),
        personas: vec![Persona {
            name: "default".into(),
            system_prompt: var("system_prompt"),
            responders: vec![var("responder").unwrap_or_else(|| "echo".into())],
        }],
        greeting: var("greeting"),
        memory_turns: MEMORY_TURNS,
    }
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
    let signature = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("x-nextcloud-talk-signature"))
        .map_or("", |(_, v)| v.as_str());
    let rules = IngressRules {
        answer_activity: false,
        max_age_ms: Some(3_600_000),
    };
    let ticket = match engine::admit(&received, signature, rules, now_ms()) {
        Admission::Queue(ticket) => ticket,
        Admission::Ignore(_) => return respond(out, 200, "ignored").await,
        Admission::Stale(why) => return respond(out, 400, &why).await,
    };
    // Talk never retries, but proxies and tests may: each event is handled once.
    let Ok(store) = Store::open_default() else {
        return respond(out, 503, "the key-value store is not available").await;
    };
    let key = format!("seen/{}", ticket.dedup_key);
    if store.exists(&key).unwrap_or(false) {
        return respond(out, 200, "duplicate: already handled").await;
    }
    if store.set(&key, b"1").is_err() {
        return respond(out, 503, "the key-value store refused a write").await;
    }
    respond(out, 200, "accepted").await;

    // The response is out; now the slow part.
    let bot = Bot {
        nextcloud: received.backend.clone(),
        secret,
        token: ticket.token,
        store,
    };
    bot.run(received.event).await;
}

/// One event's work after the acknowledgement.
struct Bot {
    nextcloud: String,
    secret: String,
    token: String,
    store: Store,
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct StoredSettings {
    mode: Option<String>,
    persona: Option<String>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredTurn {
    role: String,
    author: String,
    text: String,
}

impl Bot {
    fn settings(&self) -> RoomSettings {
        let stored: StoredSettings = self
            .store
            .get_json(format!("settings/{}", self.token))
            .ok()
            .flatten()
            .unwrap_or_default();
        RoomSettings {
            mode: match stored.mode.as_deref() {
                Some("all") => Some(Mode::All),
                Some("mention") => Some(Mode::Mention),
                Some("off") => Some(Mode::Off),
                _ => None,
            },
            persona: stored.persona,
        }
    }

    fn memory_key(&self) -> String {
        format!("memory/{}", self.token)
    }

    fn forget(&self) {
        let _ = self.store.delete(&self.memory_key());
    }

    async fn run(&self, event: Event) {
        let agent = var("agent_name").unwrap_or_else(|| "talkbot".into());
        let policy = policy(&agent);
        match engine::decide(&policy, &self.settings(), &self.nextcloud, &event) {
            Decision::Ignore(_) => {}
            Decision::Leave => {
                self.forget();
                let _ = self.store.delete(&format!("settings/{}", self.token));
            }
            Decision::Greet(post) => self.post(&post).await,
            Decision::Command(outcome) => {
                match outcome.change {
                    Some(SettingsChange::Set(settings)) => {
                        let stored = StoredSettings {
                            mode: settings.mode.map(|m| {
                                match m {
                                    Mode::All => "all",
                                    Mode::Mention => "mention",
                                    Mode::Off => "off",
                                }
                                .to_string()
                            }),
                            persona: settings.persona,
                        };
                        let _ = self
                            .store
                            .set_json(format!("settings/{}", self.token), &stored);
                    }
                    Some(SettingsChange::Forget) => self.forget(),
                    None => {}
                }
                self.post(&outcome.reply).await;
            }
            Decision::Answer(plan) => {
                let text = self.answer(&plan).await;
                if let Some(text) = text {
                    self.post(&Post {
                        text,
                        reference_id: plan.reference_id.clone(),
                        reply_to: plan.reply_to,
                    })
                    .await;
                }
            }
        }
    }

    /// Ask the responder; on failure, the engine's fallback (a failure reply, or nothing).
    async fn answer(&self, plan: &AnswerPlan) -> Option<String> {
        let responder = plan.responders.first().map(String::as_str);
        let result = match responder {
            Some("openai") => self.ask_model(plan).await,
            _ => Ok(plan.text.clone()),
        };
        match result {
            Ok(text) => engine::finish_answer(&text),
            Err(failure) => {
                let name = responder.unwrap_or("echo").to_string();
                let retry = RetryPolicy {
                    max_attempts: Some(1),
                    ..engine::default_retry_policy()
                };
                // One attempt: a Spin request cannot come back later to ask again.
                let fallback = engine::fallback_after(
                    &[(name, failure)],
                    0,
                    1,
                    Some(var("failure_reply").as_deref().unwrap_or(
                        "Sorry, I could not answer this time. Please try again in a few minutes.",
                    )),
                    retry,
                    now_ms(),
                );
                match fallback {
                    Fallback::Notify((text, reason)) => {
                        eprintln!("{reason}");
                        Some(text)
                    }
                    Fallback::GiveUp(reason) => {
                        eprintln!("{reason}");
                        None
                    }
                    Fallback::RetryAt(_) => None,
                }
            }
        }
    }

    /// Ask the OpenAI-compatible model, with the conversation's last messages from key-value.
    async fn ask_model(&self, plan: &AnswerPlan) -> Result<String, Failure> {
        // Two variables, so that spin.toml can allow exactly the origin for outbound requests.
        let origin = var("openai_origin").unwrap_or_else(|| "https://api.openai.com".into());
        let path = var("openai_api_path").unwrap_or_else(|| "/v1".into());
        let model = ChatModel {
            base_url: format!(
                "{}/{}",
                origin.trim_end_matches('/'),
                path.trim_matches('/')
            ),
            model: var("openai_model").unwrap_or_default(),
            api_key: var("openai_api_key"),
            temperature: None,
            max_tokens: None,
        };
        let mut memory: Vec<StoredTurn> = self
            .store
            .get_json(self.memory_key())
            .ok()
            .flatten()
            .unwrap_or_default();
        let history: Vec<Turn> = memory
            .iter()
            .map(|t| Turn {
                role: if t.role == "assistant" {
                    Role::Assistant
                } else {
                    Role::User
                },
                author: t.author.clone(),
                text: t.text.clone(),
            })
            .collect();
        let request = engine::model_request(&model, plan, &history);
        let mut builder = Request::builder();
        builder.method(method(request.method)).uri(&request.url);
        for (name, value) in &request.headers {
            builder.header(name, value);
        }
        // Without it Spin sends the body chunked, which some servers read as empty.
        builder.header("content-length", request.body.len().to_string());
        let response: Response = send(builder.body(request.body.into_bytes()).build())
            .await
            .map_err(|e| Failure {
                kind: FailureKind::Connection,
                reason: format!("{} cannot be reached: {e}", request.url),
            })?;
        let text = engine::model_answer(&request.url, *response.status(), response.body())?;
        memory.push(StoredTurn {
            role: "user".into(),
            author: plan.author.clone(),
            text: plan.text.clone(),
        });
        memory.push(StoredTurn {
            role: "assistant".into(),
            author: String::new(),
            text: text.clone(),
        });
        let excess = memory.len().saturating_sub(plan.memory_turns as usize);
        memory.drain(..excess);
        let _ = self.store.set_json(self.memory_key(), &memory);
        Ok(text)
    }

    /// Post `post` through signed requests built by the component; a 413 splits smaller.
    async fn post(&self, post: &Post) {
        let options = SendOptions {
            reply_to: post.reply_to,
            reference_id: Some(post.reference_id.clone()),
            silent: false,
            thread_id: None,
            thread_title: None,
            max_length: None,
        };
        let requests = match bot_api::send_message(
            &self.nextcloud,
            &self.secret,
            &self.token,
            &post.text,
            &options,
        ) {
            Ok(requests) => requests,
            Err(e) => {
                eprintln!("cannot build the reply: {}", bot_api::api_error_message(&e));
                return;
            }
        };
        let max = bot_api::default_max_length();
        for request in &requests {
            if !self.deliver(request, max).await {
                return;
            }
        }
    }

    /// Send one request; the engine says what Talk's answer means.
    async fn deliver(&self, request: &BotRequest, max_length: u32) -> bool {
        let mut builder = Request::builder();
        builder.method(method(request.method)).uri(&request.url);
        for (name, value) in &request.headers {
            builder.header(name, value);
        }
        // Without it Spin sends the body chunked, and Nextcloud behind Apache mod_proxy_fcgi +
        // php-fpm reads an empty message (Talk answers 400).
        builder.header("content-length", request.body.len().to_string());
        let outgoing = builder.body(request.body.clone().into_bytes()).build();
        let answer = match send::<_, Response>(outgoing).await {
            Ok(response) => {
                let headers = response
                    .headers()
                    .filter(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
                    .filter_map(|(name, value)| {
                        Some((name.to_string(), value.as_str()?.to_string()))
                    })
                    .collect();
                TalkAnswer::Status((*response.status(), headers))
            }
            Err(e) => TalkAnswer::Unreachable(e.to_string()),
        };
        let now = now_ms();
        let clock = JobClock {
            attempts: 0,
            received_at: now,
        };
        match engine::classify(
            &answer,
            max_length,
            clock,
            engine::default_retry_policy(),
            now,
        ) {
            Outcome::Delivered => true,
            Outcome::SplitAgain(max) => {
                let parts = match bot_api::split_again(
                    &self.nextcloud,
                    &self.secret,
                    &self.token,
                    request,
                    max,
                ) {
                    Ok(parts) => parts,
                    Err(e) => {
                        eprintln!("cannot split the reply: {}", bot_api::api_error_message(&e));
                        return false;
                    }
                };
                for part in &parts {
                    if !Box::pin(self.deliver(part, max)).await {
                        return false;
                    }
                }
                true
            }
            Outcome::Retry(retry) | Outcome::Unauthorized(retry) => {
                eprintln!("Talk did not take the reply: {}", retry.reason);
                false
            }
            Outcome::Rejected(reason) => {
                eprintln!("Talk refused the reply: {reason}");
                false
            }
        }
    }
}

fn method(method: HttpMethod) -> Method {
    match method {
        HttpMethod::Get => Method::Get,
        HttpMethod::Post => Method::Post,
        HttpMethod::Delete => Method::Delete,
    }
}
