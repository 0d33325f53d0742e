//! Talk's side of the bot API: each request checked in the order Talk's BotController checks
//! it, answered in OCS envelopes; scripted faults, outages and brute-force protection.

use std::sync::Mutex;

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};

use super::{API_PREFIX, Posted, State, php_json_string, talk_signature};

fn reply(status: u16, body: &str) -> Response<Full<Bytes>> {
    reply_with_data(status, body, "null")
}

/// A scripted fault: `status`, with `Retry-After: <seconds>` when the test set one.
fn fault(status: u16, retry_after: Option<u64>) -> Response<Full<Bytes>> {
    let mut response = reply(status, "scripted fault");
    if let Some(seconds) = retry_after {
        response.headers_mut().insert(
            hyper::header::RETRY_AFTER,
            hyper::header::HeaderValue::from(seconds),
        );
    }
    response
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

pub(super) async fn handle(
    state: &Mutex<State>,
    request: Request<Incoming>,
) -> Response<Full<Bytes>> {
    let api = request.uri().path().starts_with(API_PREFIX);
    let latency = {
        let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
        s.received += usize::from(api);
        s.latency
    };
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
        let mut features = vec!["chat-v2", "reactions"];
        if !s.no_threads {
            features.push("threads");
        }
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
    let header = |name: &str| header(&parts, name);
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
            return fault(status, s.retry_after);
        }
        if s.failed_auth >= s.brute_force_limit {
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
        return unauthorized(&mut s);
    }
    if !authenticate(&s, &random, &signature, value.as_bytes()) {
        return unauthorized(&mut s);
    }
    if kind == "message" {
        if let Some(status) = s.message_faults.pop_front().filter(|s| *s != 0) {
            return fault(status, s.retry_after);
        }
        if value.trim().chars().count() > s.max_length {
            return reply(413, "message too long");
        }
        // Talk files a reply where its parent is, whatever `threadId` says; a message that is
        // no reply goes into `threadId` (which must be a thread of this conversation).
        let reply_to = json["replyTo"].as_u64().filter(|id| *id != 0);
        let thread_id = match (s.no_threads, reply_to, json["threadId"].as_u64()) {
            (true, _, _) => None,
            (false, Some(parent), _) => s.threads.get(&(token.clone(), parent)).copied(),
            (false, None, Some(thread)) if thread != 0 => {
                if !s.threads.values().any(|t| *t == thread) {
                    return reply(400, "no such thread");
                }
                Some(thread)
            }
            _ => None,
        };
        s.messages.push(Posted {
            token,
            message: value,
            reply_to: json["replyTo"].as_u64(),
            reference_id: json["referenceId"].as_str().map(str::to_string),
            silent: json["silent"].as_bool().unwrap_or(false),
            thread_id,
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
    let header = |name: &str| header(parts, name);
    let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
    let Some(features) = s.features else {
        return reply(404, "not found");
    };
    if s.failed_auth >= s.brute_force_limit {
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
    if !authenticate(&s, &random, &signature, token.as_bytes()) {
        return unauthorized(&mut s);
    }
    reply_with_data(200, "OK", &format!("{{\"features\":{features}}}"))
}

/// Whether any bot secret signs `random + value` as `signature` (any case).
fn authenticate(s: &State, random: &str, signature: &str, value: &[u8]) -> bool {
    let signature = signature.to_ascii_lowercase();
    s.secrets
        .iter()
        .any(|secret| talk_signature(secret, random, value) == signature)
}

/// A refused bot request: a brute-force attempt of the bot's address, as in Talk. 401, except
/// for the attempt that reaches the limit, which a real Nextcloud answers with a 500 (every
/// request after it gets 429).
fn unauthorized(s: &mut State) -> Response<Full<Bytes>> {
    s.failed_auth += 1;
    if s.failed_auth == s.brute_force_limit {
        return reply(500, "Internal Server Error");
    }
    reply(401, "unauthorized")
}

/// A request header as text (absent or not UTF-8: `None`).
fn header(parts: &hyper::http::request::Parts, name: &str) -> Option<String> {
    parts
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}
