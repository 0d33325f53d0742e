//! The model: an OpenAI-compatible Chat Completions request built from an answer plan and the
//! memory the host loaded, the response read into answer text or a classified failure, and
//! what to do when every responder failed.
//!
//! Only `choices[0].message.content` is required of a response: compatible servers differ in
//! what they leave out (`id`, `created`, `usage`, …). The request is written with the
//! component's JSON string writer, tested against serde_json in `json.rs`.

use super::delivery::backoff;
use crate::engine_api::{
    AnswerPlan, ChatModel, Failure, FailureKind, Fallback, HttpRequest, RetryPolicy, Role, Turn,
};
use crate::json::{Json, write_decimal, write_string};
use crate::{HttpMethod, render};

/// Most characters of a quoted message sent as context.
const MAX_QUOTE_CHARS: usize = 2000;
/// Most characters of an error body quoted in a failure.
const MAX_ERROR_CHARS: usize = 300;

/// The chat messages for a plan: the persona, the history, and the new message (after the
/// message it quotes).
pub fn chat_messages(plan: &AnswerPlan, history: &[Turn]) -> Vec<(&'static str, String)> {
    let mut out = vec![("system", plan.system_prompt.clone())];
    for turn in history {
        match turn.role {
            Role::User => out.push(("user", format!("{}: {}", turn.author, turn.text))),
            Role::Assistant => out.push(("assistant", turn.text.clone())),
        }
    }
    let mut content = String::new();
    if let Some(quoted) = &plan.quoted {
        let text: String = quoted.text.chars().take(MAX_QUOTE_CHARS).collect();
        let cut = if text.len() < quoted.text.len() {
            " …"
        } else {
            ""
        };
        content.push_str(&format!(
            "(in reply to {}: \"{}{cut}\")\n",
            quoted.author, text
        ));
    }
    content.push_str(&format!("{}: {}", plan.author, plan.text));
    out.push(("user", content));
    out
}

/// `POST {base-url}/chat/completions` for `plan`.
pub fn request(model: &ChatModel, plan: &AnswerPlan, history: &[Turn]) -> HttpRequest {
    request_with(model, plan, history, &[], None)
}

/// [`request`], with `tail` (messages after the question, JSON text: a tool loop's calls and
/// results) and `tools` (members added to the body, JSON text: `"tools":[…]`).
pub fn request_with(
    model: &ChatModel,
    plan: &AnswerPlan,
    history: &[Turn],
    tail: &[String],
    tools: Option<&str>,
) -> HttpRequest {
    let mut body = String::from("{\"model\":");
    write_string(&mut body, &model.model);
    body.push_str(",\"messages\":[");
    for (i, (role, content)) in chat_messages(plan, history).iter().enumerate() {
        if i > 0 {
            body.push(',');
        }
        body.push_str("{\"role\":");
        write_string(&mut body, role);
        body.push_str(",\"content\":");
        write_string(&mut body, content);
        body.push('}');
    }
    for message in tail {
        body.push(',');
        body.push_str(message);
    }
    body.push(']');
    if let Some(tools) = tools {
        body.push(',');
        body.push_str(tools);
    }
    if let Some(t) = model.temperature.filter(|t| t.is_finite()) {
        body.push_str(",\"temperature\":");
        write_decimal(&mut body, t);
    }
    if let Some(n) = model.max_tokens {
        body.push_str(&format!(",\"max_tokens\":{n}"));
    }
    body.push_str(",\"stream\":false}");
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(key) = model.api_key.as_deref().filter(|k| !k.is_empty()) {
        headers.push(("authorization".into(), format!("Bearer {key}")));
    }
    HttpRequest {
        method: HttpMethod::Post,
        url: format!("{}/chat/completions", model.base_url.trim_end_matches('/')),
        headers,
        body,
    }
}

/// Whether trying again later could succeed.
pub fn retryable(kind: FailureKind) -> bool {
    matches!(
        kind,
        FailureKind::Timeout
            | FailureKind::RateLimited
            | FailureKind::ServerError
            | FailureKind::Connection
    )
}

/// Remove `<think>…</think>` reasoning that some models (DeepSeek-R1, Qwen3) put before the
/// answer.
pub fn strip_reasoning(text: &str) -> &str {
    let trimmed = text.trim_start();
    if let Some(rest) = trimmed.strip_prefix("<think>")
        && let Some(end) = rest.find("</think>")
    {
        return rest[end + "</think>".len()..].trim_start();
    }
    text
}

/// Longest answer posted when the host sets no cap (see the WIT's `finish-answer`).
pub const DEFAULT_MAX_ANSWER_CHARS: u32 = 100_000;
/// The smallest cap: room for the note and some text.
const MIN_MAX_ANSWER_CHARS: u32 = 200;
/// How far back from the cap a line or word break is looked for.
const BREAK_WINDOW: usize = 200;

/// A responder's text, ready to post: at most `max_chars` characters, without a model's
/// leading reasoning.
pub fn finish(text: &str, max_chars: u32, from_model: bool) -> Option<String> {
    let text = match from_model {
        true => strip_reasoning(text),
        false => text,
    }
    .trim();
    if text.is_empty() {
        return None;
    }
    Some(render::defang_mentions(&cap(text, max_chars)))
}

/// `text` cut to at most `max_chars` characters, note included, at a line or word break
/// when one is near the cut.
/// The turns remembered of an answered question (`engine.remember`).
pub fn remember(plan: &AnswerPlan, posted: &str, bot_name: &str) -> Vec<Turn> {
    vec![
        Turn {
            role: Role::User,
            author: plan.author.clone(),
            text: plan.text.clone(),
        },
        Turn {
            role: Role::Assistant,
            author: bot_name.to_string(),
            text: posted.to_string(),
        },
    ]
}

fn cap(text: &str, max_chars: u32) -> std::borrow::Cow<'_, str> {
    let max = max_chars.max(MIN_MAX_ANSWER_CHARS) as usize;
    let Some((limit, _)) = text.char_indices().nth(max) else {
        return text.into();
    };
    let note = format!("\n\n[… the answer was cut here: it was longer than {max} characters]");
    let keep = max.saturating_sub(note.chars().count());
    let end = text.char_indices().nth(keep).map_or(limit, |(i, _)| i);
    let head = &text[..end];
    let window_start = head
        .char_indices()
        .rev()
        .nth(BREAK_WINDOW)
        .map_or(0, |(i, _)| i);
    let cut = head[window_start..]
        .rfind('\n')
        .or_else(|| head[window_start..].rfind(' '))
        .map_or(end, |i| window_start + i);
    format!("{}{note}", head[..cut].trim_end()).into()
}

fn refused(reason: String) -> Failure {
    Failure {
        kind: FailureKind::Refused,
        reason,
    }
}

/// Read a Chat Completions response.
pub fn answer(url: &str, status: u16, body: &[u8]) -> Result<String, Failure> {
    text_of(url, &message(url, status, body)?)
}

/// The `choices[0].message` of a Chat Completions response (or the failure it reports).
pub fn message(url: &str, status: u16, body: &[u8]) -> Result<Json, Failure> {
    let text = String::from_utf8_lossy(body);
    let parsed = Json::parse(&text);
    if !(200..300).contains(&status) {
        let detail = parsed
            .as_ref()
            .ok()
            .and_then(|j| j.get("error"))
            .and_then(|e| match e {
                Json::String(s) => Some(s.clone()),
                e => e.get("message").and_then(as_str).map(str::to_string),
            })
            .unwrap_or_else(|| text.chars().take(MAX_ERROR_CHARS).collect());
        let kind = match status {
            429 => FailureKind::RateLimited,
            408 => FailureKind::Timeout,
            500..=599 => FailureKind::ServerError,
            _ => FailureKind::Refused,
        };
        return Err(Failure {
            kind,
            reason: format!("{url} answered HTTP {status}: {}", detail.trim()),
        });
    }
    let root = parsed.map_err(|e| {
        refused(format!(
            "{url} sent an answer that is not a chat completion: {e}"
        ))
    })?;
    let message = match root.get("choices") {
        Some(Json::Array(choices)) => choices.first().and_then(|c| c.get("message")),
        Some(other) => {
            return Err(refused(format!(
                "{url} sent an answer that is not a chat completion: choices is {}",
                other.kind()
            )));
        }
        None => None,
    }
    .filter(|m| matches!(m, Json::Object(_)))
    .ok_or_else(|| refused(format!("{url} sent no choices")))?;
    Ok(message.clone())
}

/// A response message's answer text.
pub fn text_of(url: &str, message: &Json) -> Result<String, Failure> {
    let content = match message.get("content") {
        Some(Json::String(text)) => text.clone(),
        Some(Json::Array(parts)) => parts
            .iter()
            .filter_map(|p| p.get("text").and_then(as_str))
            .collect::<Vec<_>>()
            .join(""),
        _ => message
            .get("refusal")
            .and_then(as_str)
            .unwrap_or_default()
            .to_string(),
    };
    let content = strip_reasoning(&content).trim();
    if content.is_empty() {
        return Err(refused(format!("{url} answered with an empty message")));
    }
    Ok(content.to_string())
}

fn as_str(j: &Json) -> Option<&str> {
    match j {
        Json::String(s) => Some(s),
        _ => None,
    }
}

/// What to do after every responder failed on attempt `attempts`.
pub fn fallback(
    failures: &[(String, Failure)],
    attempts: u32,
    max_attempts: u32,
    failure_reply: Option<String>,
    retry: &RetryPolicy,
    now: u64,
    jitter: f64,
) -> Fallback {
    let chain = failures
        .iter()
        .map(|(name, f)| format!("{name}: {}", f.reason))
        .collect::<Vec<_>>()
        .join("; then ");
    let passing = failures.iter().any(|(_, f)| retryable(f.kind));
    if passing && attempts.saturating_add(1) < max_attempts {
        let delay = backoff(retry, attempts, None, jitter);
        return Fallback::RetryAt(now.saturating_add(delay));
    }
    let reason = format!("no responder answered: {chain}");
    match failure_reply {
        Some(text) => Fallback::Notify((text, reason)),
        None => Fallback::GiveUp(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> AnswerPlan {
        AnswerPlan {
            text: "hi \"there\"\n".into(),
            author: "Ada".into(),
            persona: "default".into(),
            system_prompt: "Be brief.".into(),
            responders: vec!["openai".into()],
            message_id: 7,
            reply_to: Some(7),
            reference_id: "r".into(),
            quoted: None,
            memory_turns: 10,
        }
    }

    #[test]
    fn what_is_remembered_is_the_question_and_the_answer_as_posted() {
        let posted = finish("<think>x</think>ping @all", 100, true).unwrap();
        let turns = remember(&plan(), &posted, "talkbot");
        assert_eq!(
            turns,
            [
                Turn {
                    role: Role::User,
                    author: "Ada".into(),
                    text: "hi \"there\"\n".into(),
                },
                Turn {
                    role: Role::Assistant,
                    author: "talkbot".into(),
                    text: "ping @\u{200B}all".into(),
                },
            ]
        );
    }

    #[test]
    fn the_request_is_the_json_serde_would_write() {
        let model = ChatModel {
            base_url: "http://m/v1/".into(),
            model: "gpt".into(),
            api_key: Some("k".into()),
            temperature: Some(0.5),
            max_tokens: Some(100),
        };
        let history = [Turn {
            role: Role::Assistant,
            author: "bot".into(),
            text: "earlier".into(),
        }];
        let r = request(&model, &plan(), &history);
        assert_eq!(r.url, "http://m/v1/chat/completions");
        assert!(
            r.headers
                .contains(&("authorization".into(), "Bearer k".into()))
        );
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "model": "gpt",
                "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "assistant", "content": "earlier"},
                    {"role": "user", "content": "Ada: hi \"there\"\n"},
                ],
                "temperature": 0.5,
                "max_tokens": 100,
                "stream": false,
            })
        );
    }

    #[test]
    fn answers_and_failures_are_read_and_classified() {
        let ok = br#"{"choices":[{"message":{"content":"<think>hmm</think>\n Hello "}}]}"#;
        assert_eq!(answer("u", 200, ok), Ok("Hello".into()));
        let parts =
            br#"{"choices":[{"message":{"content":[{"type":"text","text":"a"},{"text":"b"}]}}]}"#;
        assert_eq!(answer("u", 200, parts), Ok("ab".into()));
        let refusal = br#"{"choices":[{"message":{"content":null,"refusal":"No."}}]}"#;
        assert_eq!(answer("u", 200, refusal), Ok("No.".into()));
        let e = answer("u", 429, br#"{"error":{"message":"slow down"}}"#).unwrap_err();
        assert_eq!(e.kind, FailureKind::RateLimited);
        assert_eq!(e.reason, "u answered HTTP 429: slow down");
        assert_eq!(
            answer("u", 503, b"busy").unwrap_err().kind,
            FailureKind::ServerError
        );
        assert_eq!(
            answer("u", 401, b"no").unwrap_err().kind,
            FailureKind::Refused
        );
        assert_eq!(
            answer("u", 200, b"{}").unwrap_err().reason,
            "u sent no choices"
        );
        assert!(
            answer("u", 200, b"<html>")
                .unwrap_err()
                .reason
                .contains("not a chat completion")
        );
        let empty = br#"{"choices":[{"message":{"content":"  "}}]}"#;
        assert!(
            answer("u", 200, empty)
                .unwrap_err()
                .reason
                .contains("empty")
        );
    }

    #[test]
    fn fallback_retries_passing_failures_then_notifies() {
        let retry = RetryPolicy {
            initial_backoff_ms: 1000,
            max_backoff_ms: 60_000,
            retry_for_ms: 3_600_000,
            max_attempts: None,
        };
        let timeout = vec![(
            "m".to_string(),
            Failure {
                kind: FailureKind::Timeout,
                reason: "slow".into(),
            },
        )];
        assert_eq!(
            fallback(&timeout, 0, 3, None, &retry, 10_000, 1.0),
            Fallback::RetryAt(11_000)
        );
        assert_eq!(
            fallback(&timeout, 2, 3, Some("sorry".into()), &retry, 0, 1.0),
            Fallback::Notify(("sorry".into(), "no responder answered: m: slow".into()))
        );
        let refused = vec![("m".to_string(), refused("no".into()))];
        assert_eq!(
            fallback(&refused, 0, 3, None, &retry, 0, 1.0),
            Fallback::GiveUp("no responder answered: m: no".into())
        );
    }

    #[test]
    fn finishing_strips_reasoning_and_defangs() {
        let max = DEFAULT_MAX_ANSWER_CHARS;
        assert_eq!(
            finish("<think>x</think> @all hi", max, true),
            Some("@\u{200b}all hi".into())
        );
        assert_eq!(finish("  ", max, true), None);
        // The echo repeats a person's words as they are.
        assert_eq!(
            finish("<think>mine</think> hi", max, false),
            Some("<think>mine</think> hi".into())
        );
    }

    #[test]
    fn a_long_answer_is_cut_at_a_break_with_a_note() {
        // Exactly the cap: kept whole.
        let exact = "é".repeat(1000);
        assert_eq!(finish(&exact, 1000, true), Some(exact.clone()));
        // Longer: cut to the cap, note included, at the last word break before it.
        let words = "word ".repeat(10_000);
        let cut = finish(&words, 1000, true).unwrap();
        assert!(cut.chars().count() <= 1000, "{}", cut.chars().count());
        assert!(cut.chars().count() > 900);
        assert!(
            cut.ends_with("it was longer than 1000 characters]"),
            "{cut}"
        );
        assert!(cut.starts_with("word word"));
        assert!(!cut.contains("wo\n") && cut.contains("word\n\n[… the answer was cut"));
        // No break near the cut (one long token, multi-byte): cut inside it, on a char boundary.
        let solid = "ü".repeat(5000);
        let cut = finish(&solid, 300, true).unwrap();
        assert!(cut.chars().count() <= 300);
        assert!(cut.starts_with("üüü"));
        // A cap below the minimum is raised to it; ten megabytes take no time.
        let huge = "x".repeat(10 << 20);
        assert!(finish(&huge, 1, true).unwrap().chars().count() <= 200);
        assert!(
            finish(&huge, DEFAULT_MAX_ANSWER_CHARS, true)
                .unwrap()
                .chars()
                .count()
                <= 100_000
        );
    }
}
