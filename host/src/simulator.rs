//! A Nextcloud Talk simulator for tests and for trying talkbot without a Nextcloud.
//!
//! It is Talk's side, written independently of the component: it signs webhooks byte-for-byte
//! as Talk does (PHP `json_encode` escaping, `random + body` HMAC) and checks bot-API requests
//! in the order Talk's BotController does (spec §4): 412 without `OCS-APIRequest`, 400 for an
//! empty message or a missing/short random or signature, 401 for a signature no secret
//! matches (counted for brute-force protection: 429 for everyone after 10), 413 above 32000
//! characters, else 201. Faults can be scripted.

use std::collections::{BTreeSet, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hmac::{Hmac, Mac};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde::Serialize;
use tokio::net::TcpListener;

/// Failed authentications after which every request gets 429 (Nextcloud's default).
pub const BRUTE_FORCE_LIMIT: u32 = 10;
const MAX_LENGTH: usize = 32000;
const API_PREFIX: &str = "/ocs/v2.php/apps/spreed/api/v1/bot/";

/// A message the bot posted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Posted {
    pub token: String,
    pub message: String,
    pub reply_to: Option<u64>,
    pub reference_id: Option<String>,
    pub silent: bool,
}

/// What the simulator saw and holds. `GET /_simulator/stats` reports the counts as JSON.
#[derive(Debug, Default)]
pub struct State {
    pub secrets: Vec<String>,
    pub messages: Vec<Posted>,
    /// (token, message id, reaction) the bot currently has.
    pub reactions: BTreeSet<(String, u64, String)>,
    /// Every reaction request: (method, token, message id, reaction, status).
    pub reaction_log: Vec<(String, String, u64, String, u16)>,
    /// Statuses to answer the next bot-API requests with, before any check.
    pub faults: VecDeque<u16>,
    /// `Retry-After` (seconds) sent with scripted faults, if set.
    pub retry_after: Option<u64>,
    /// Statuses to answer the next send-message requests with (reactions unaffected).
    pub message_faults: VecDeque<u16>,
    /// The server's chat max-length (Talk: 32000).
    pub max_length: usize,
    pub failed_auth: u32,
    /// The bot's feature bitmask. When set, the server has the `bot-features-api` capability
    /// (Talk 25) and answers `ask-features`; when None it is an older Talk without it.
    pub features: Option<u32>,
    /// Whether capabilities list `bots-v1` (false: Talk older than 17.1, or Talk disabled).
    pub no_bots: bool,
    /// Statuses answered, in order.
    pub statuses: Vec<u16>,
    /// Bot-API answers come this long after the request was processed (Talk's latency).
    pub latency: Duration,
    /// Until then every bot-API request is answered 503 (an outage, an upgrade).
    pub unavailable_until: Option<std::time::Instant>,
    /// Conversations the bot is not enabled in: requests for them get 401 (as Talk answers
    /// when no bot of the conversation matches the signature), counted like any failed login.
    pub disabled_rooms: BTreeSet<String>,
    /// Read a request body sent without `Content-Length` (chunked) as empty, as Nextcloud
    /// behind Apache `mod_proxy_fcgi` + php-fpm does: Talk then answers 400 "message empty".
    pub chunked_is_empty: bool,
}

/// A running simulator.
#[derive(Clone)]
pub struct Simulator {
    pub state: Arc<Mutex<State>>,
    pub addr: SocketAddr,
    client: reqwest::Client,
}

/// Lowercase hex HMAC-SHA256(secret, random ‖ data), as Talk computes signatures in both
/// directions (independent of the component, which is what the simulator checks).
pub fn talk_signature(secret: &str, random: &str, data: &[u8]) -> String {
    let mut mac =
        Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(random.as_bytes());
    mac.update(data);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A JSON string literal as PHP's `json_encode` writes it: `\/`, and `\uXXXX` (lowercase,
/// surrogate pairs) for everything outside ASCII.
pub fn php_json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Create webhook body exactly as Talk would send it.
pub fn create_body(
    token: &str,
    message_id: u64,
    actor: &str,
    actor_name: &str,
    message: &str,
) -> Vec<u8> {
    CreateBody::new(token, message_id, actor, actor_name, message).build()
}

/// A Create webhook with the optional parts: participant type and the quoted message.
#[derive(Debug, Clone)]
pub struct CreateBody<'a> {
    pub token: &'a str,
    pub message_id: u64,
    pub actor: &'a str,
    pub actor_name: &'a str,
    pub message: &'a str,
    /// `talkParticipantType` (1 owner, 2 moderator, 3 user, …); None: not sent (Talk < 21).
    pub participant_type: Option<u8>,
    /// `inReplyTo`: (message id, author actor id, author name, text).
    pub in_reply_to: Option<(u64, &'a str, &'a str, &'a str)>,
    /// `published`; None: now (as Talk sends it).
    pub published: Option<&'a str>,
}

impl<'a> CreateBody<'a> {
    /// A message by a plain user (participant type 3), quoting nothing.
    pub fn new(
        token: &'a str,
        message_id: u64,
        actor: &'a str,
        actor_name: &'a str,
        message: &'a str,
    ) -> Self {
        CreateBody {
            token,
            message_id,
            actor,
            actor_name,
            message,
            participant_type: Some(3),
            in_reply_to: None,
            published: None,
        }
    }

    /// The body bytes, as PHP's `json_encode` writes them.
    pub fn build(&self) -> Vec<u8> {
        let content = |text: &str| {
            php_json_string(&format!(
                "{{\"message\":{},\"parameters\":[]}}",
                php_json_string(text)
            ))
        };
        let participant = self
            .participant_type
            .map(|t| format!(",\"talkParticipantType\":\"{t}\""))
            .unwrap_or_default();
        let quoted = self
            .in_reply_to
            .map(|(id, actor, name, text)| {
                format!(
                    ",\"inReplyTo\":{{\"type\":\"Note\",\"actor\":{{\"type\":\"Person\",\"id\":{},\"name\":{}}},\"object\":{{\"type\":\"Note\",\"id\":\"{id}\",\"name\":\"message\",\"content\":{},\"mediaType\":\"text\\/markdown\"}}}}",
                    php_json_string(actor),
                    php_json_string(name),
                    content(text)
                )
            })
            .unwrap_or_default();
        format!(
            "{{\"type\":\"Create\",\"actor\":{{\"type\":\"Person\",\"id\":{},\"name\":{}{participant}}},\"object\":{{\"type\":\"Note\",\"id\":\"{}\",\"name\":\"message\",\"content\":{},\"mediaType\":\"text\\/markdown\"{quoted}}},\"target\":{{\"type\":\"Collection\",\"id\":{},\"name\":\"Simulated room\"}},\"published\":{}}}",
            php_json_string(self.actor),
            php_json_string(self.actor_name),
            self.message_id,
            content(self.message),
            php_json_string(self.token),
            php_json_string(&self.published.map_or_else(date_atom_now, str::to_string)),
        )
        .into_bytes()
    }
}

/// A Join or Leave webhook body.
pub fn membership_body(kind: &str, token: &str, bot_id: &str) -> Vec<u8> {
    format!(
        "{{\"type\":{},\"actor\":{{\"type\":\"Application\",\"id\":{},\"name\":\"talkbot\"}},\"object\":{{\"type\":\"Collection\",\"id\":{},\"name\":\"Simulated room\"}},\"published\":{}}}",
        php_json_string(kind),
        php_json_string(bot_id),
        php_json_string(token),
        php_json_string(&date_atom_now()),
    )
    .into_bytes()
}

/// The current time as PHP's `DATE_ATOM` writes it in UTC (`2026-07-20T09:15:02+00:00`), as
/// Talk fills `published`.
pub fn date_atom_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    date_atom(secs)
}

/// `secs` since the epoch as `DATE_ATOM` in UTC (Howard Hinnant's civil-from-days).
pub fn date_atom(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// A 64-character random from the base64 alphabet, like Nextcloud's secure random.
fn talk_random() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bytes = [0u8; 64];
    getrandom::fill(&mut bytes).expect("random source");
    bytes
        .iter()
        .map(|b| ALPHABET[(*b & 63) as usize] as char)
        .collect()
}

fn reply(status: u16, body: &str) -> Response<Full<Bytes>> {
    reply_with_data(status, body, "null")
}

/// An OCS v2 envelope with `data` (JSON).
fn reply_with_data(status: u16, body: &str, data: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(format!(
        "{{\"ocs\":{{\"meta\":{{\"status\":\"{}\",\"statuscode\":{status},\"message\":{}}},\"data\":{data}}}}}",
        if status < 300 { "ok" } else { "failure" },
        php_json_string(body)
    ))));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response
}

impl Simulator {
    /// Start on `addr` (port 0 for any) with the secrets of the bots enabled in every room.
    pub async fn start(addr: SocketAddr, secrets: Vec<String>) -> std::io::Result<Simulator> {
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State {
            secrets,
            max_length: MAX_LENGTH,
            ..State::default()
        }));
        let shared = state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let state = shared.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let state = state.clone();
                        async move { Ok::<_, Infallible>(handle(&state, request).await) }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        // A new connection per webhook, as Talk's PHP makes one per request.
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .pool_max_idle_per_host(0)
            .build()
            .expect("HTTP client");
        Ok(Simulator {
            state,
            addr,
            client,
        })
    }

    /// The simulated Nextcloud's URL (what NEXTCLOUD_URL should be).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Answer the next bot-API requests with these statuses.
    pub fn script_faults(&self, statuses: &[u16]) {
        self.lock().faults.extend(statuses);
    }

    /// Answer every bot-API request with 503 for `duration` from now.
    pub fn outage(&self, duration: Duration) {
        self.lock().unavailable_until = Some(std::time::Instant::now() + duration);
    }

    /// Delay every bot-API answer by `latency`.
    pub fn set_latency(&self, latency: Duration) {
        self.lock().latency = latency;
    }

    /// The bot is (no longer) enabled in `token`: its requests get 401.
    pub fn disable_room(&self, token: &str) {
        self.lock().disabled_rooms.insert(token.to_string());
    }

    /// Answer the next send-message requests with these statuses.
    pub fn script_message_faults(&self, statuses: &[u16]) {
        self.lock().message_faults.extend(statuses);
    }

    /// Messages posted so far.
    pub fn messages(&self) -> Vec<Posted> {
        self.lock().messages.clone()
    }

    /// Statuses answered so far.
    pub fn statuses(&self) -> Vec<u16> {
        self.lock().statuses.clone()
    }

    /// POST a webhook to the bot, signed with `secret` as Talk does; returns the status and body.
    pub async fn send_webhook(
        &self,
        bot_url: &str,
        secret: &str,
        body: Vec<u8>,
    ) -> reqwest::Result<(u16, String)> {
        let random = talk_random();
        let signature = talk_signature(secret, &random, &body);
        self.post_webhook(bot_url, &random, &signature, body).await
    }

    /// POST a webhook with the given random and signature (for forgeries).
    pub async fn post_webhook(
        &self,
        bot_url: &str,
        random: &str,
        signature: &str,
        body: Vec<u8>,
    ) -> reqwest::Result<(u16, String)> {
        let response = self
            .client
            .post(bot_url)
            .header("Content-Type", "application/json")
            .header("X-Nextcloud-Talk-Random", random)
            .header("X-Nextcloud-Talk-Signature", signature)
            .header("X-Nextcloud-Talk-Backend", format!("{}/", self.url()))
            .header("OCS-APIRequest", "true")
            .body(body)
            .send()
            .await?;
        let status = response.status().as_u16();
        Ok((status, response.text().await.unwrap_or_default()))
    }

    /// Wait until at least `n` messages were posted (or the timeout passes); returns them.
    pub async fn wait_for_messages(&self, n: usize, timeout: Duration) -> Vec<Posted> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= n || tokio::time::Instant::now() >= deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => Some(hi << 4 | lo),
            _ => None,
        };
        match escaped {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn handle(state: &Mutex<State>, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let latency = state.lock().unwrap_or_else(|p| p.into_inner()).latency;
    let api = request.uri().path().starts_with(API_PREFIX);
    let response = check(state, request).await;
    // Talk has stored the message by now; only its answer is slow (a client that gives up
    // or dies meanwhile does not undo the message, as with PHP).
    if api && !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    state
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .statuses
        .push(response.status().as_u16());
    response
}

async fn check(state: &Mutex<State>, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().to_string();
    if path == "/_simulator/stats" {
        let s = state.lock().unwrap_or_else(|p| p.into_inner());
        let body = format!(
            "{{\"messages\":{},\"reactions\":{},\"failed_auth\":{}}}",
            s.messages.len(),
            s.reaction_log.len(),
            s.failed_auth
        );
        return Response::new(Full::new(Bytes::from(body)));
    }
    if path == "/ocs/v2.php/cloud/capabilities" && parts.method == Method::GET {
        let s = state.lock().unwrap_or_else(|p| p.into_inner());
        let mut features = vec!["chat-v2", "reactions", "threads"];
        if !s.no_bots {
            features.push("bots-v1");
        }
        if s.features.is_some() {
            features.push("bot-features-api");
        }
        let data = serde_json::json!({
            "version": {"major": 32, "string": "32.0.0"},
            "capabilities": {"spreed": {
                "features": features,
                "config": {"chat": {"max-length": s.max_length}},
            }},
        });
        return reply_with_data(200, "OK", &data.to_string());
    }
    let Some(rest) = path.strip_prefix(API_PREFIX) else {
        return reply(404, "not found");
    };
    if rest == "ask-features" {
        return ask_features(state, &parts, body).await;
    }
    let segments: Vec<&str> = rest.split('/').collect();
    let token = segments[0].to_string();
    if !(4..=30).contains(&token.len())
        || !token
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return reply(404, "not found");
    }
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let framed = parts.headers.contains_key(hyper::header::CONTENT_LENGTH);
    let body = if !framed
        && state
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .chunked_is_empty
    {
        Bytes::new()
    } else {
        body
    };
    {
        let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(status) = s.faults.pop_front() {
            let mut response = reply(status, "scripted fault");
            if let Some(seconds) = s.retry_after {
                response.headers_mut().insert(
                    hyper::header::RETRY_AFTER,
                    hyper::header::HeaderValue::from(seconds),
                );
            }
            return response;
        }
        if s.failed_auth >= BRUTE_FORCE_LIMIT {
            return reply(429, "Reached maximum delay");
        }
        if s.unavailable_until
            .is_some_and(|until| std::time::Instant::now() < until)
        {
            return reply(503, "Nextcloud is in maintenance mode");
        }
    }
    if header("ocs-apirequest").as_deref() != Some("true") {
        return reply(412, "CSRF check failed");
    }
    let json: serde_json::Value = if body.is_empty() {
        serde_json::json!({})
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(_) => return reply(400, "invalid JSON"),
        }
    };
    let (kind, message_id) = match (parts.method.clone(), segments.as_slice()) {
        (Method::POST, [_, "message"]) => ("message", 0),
        (Method::POST | Method::DELETE, [_, "reaction", id]) => match id.parse::<u64>() {
            Ok(id) => ("reaction", id),
            Err(_) => return reply(404, "not found"),
        },
        _ => return reply(404, "not found"),
    };
    let field = if kind == "message" {
        "message"
    } else {
        "reaction"
    };
    let value = json[field]
        .as_str()
        .map(str::to_string)
        .or_else(|| query_param(parts.uri.query(), field))
        .unwrap_or_default();
    if kind == "message" && value.trim().is_empty() {
        return reply(400, "message empty");
    }
    let random = header("x-nextcloud-talk-bot-random").unwrap_or_default();
    let Some(signature) = header("x-nextcloud-talk-bot-signature") else {
        return reply(400, "signature missing");
    };
    if random.len() < 32 {
        return reply(400, "random missing or too short");
    }
    let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
    if s.disabled_rooms.contains(&token) {
        s.failed_auth += 1;
        return reply(401, "unauthorized");
    }
    if !authenticate(&mut s, &random, &signature, value.as_bytes()) {
        return reply(401, "unauthorized");
    }
    if kind == "message" {
        if let Some(status) = s.message_faults.pop_front() {
            return reply(status, "scripted fault");
        }
        if value.trim().chars().count() > s.max_length {
            return reply(413, "message too long");
        }
        s.messages.push(Posted {
            token,
            message: value,
            reply_to: json["replyTo"].as_u64(),
            reference_id: json["referenceId"].as_str().map(str::to_string),
            silent: json["silent"].as_bool().unwrap_or(false),
        });
        return reply(201, "");
    }
    let key = (token.clone(), message_id, value.clone());
    let status = if parts.method == Method::POST {
        if s.reactions.insert(key) { 201 } else { 200 }
    } else if s.reactions.remove(&key) {
        200
    } else {
        404
    };
    s.reaction_log
        .push((parts.method.to_string(), token, message_id, value, status));
    reply(status, "")
}

/// `POST …/bot/ask-features` (Talk 25 docs): signed over the token in the body.
async fn ask_features(
    state: &Mutex<State>,
    parts: &hyper::http::request::Parts,
    body: Incoming,
) -> Response<Full<Bytes>> {
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
    let Some(features) = s.features else {
        return reply(404, "not found");
    };
    if s.failed_auth >= BRUTE_FORCE_LIMIT {
        return reply(429, "Reached maximum delay");
    }
    if header("ocs-apirequest").as_deref() != Some("true") {
        return reply(412, "CSRF check failed");
    }
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let token = json["token"].as_str().unwrap_or_default().to_string();
    let random = header("x-nextcloud-talk-bot-random").unwrap_or_default();
    let signature = header("x-nextcloud-talk-bot-signature")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if token.is_empty() || random.len() < 32 || signature.is_empty() {
        return reply(400, "token, random or signature missing");
    }
    if !authenticate(&mut s, &random, &signature, token.as_bytes()) {
        return reply(401, "unauthorized");
    }
    reply_with_data(200, "OK", &format!("{{\"features\":{features}}}"))
}

/// Whether any bot secret signs `random + value` as `signature` (any case); a failure counts
/// for brute-force protection, as in Talk.
fn authenticate(s: &mut State, random: &str, signature: &str, value: &[u8]) -> bool {
    let signature = signature.to_ascii_lowercase();
    let ok = s
        .secrets
        .iter()
        .any(|secret| talk_signature(secret, random, value) == signature);
    if !ok {
        s.failed_auth += 1;
    }
    ok
}
