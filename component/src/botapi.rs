//! Signed requests for Talk's bot API.

use crate::json::write_string;
use crate::{ApiError, BotRequest, Chunk, HttpMethod, SendOptions, backend, signature, split};

/// Talk's maximum message length (`spreed.config.chat.max-length`).
pub const DEFAULT_MAX_LENGTH: u32 = 32000;
/// The smallest split length accepted: room for a fence to be closed and reopened.
const MIN_MAX_LENGTH: u32 = 64;

/// Adding or removing a reaction.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ReactionOp {
    Add,
    Remove,
}

pub fn check_max_length(max: u32) -> Result<(), ApiError> {
    if max < MIN_MAX_LENGTH {
        Err(ApiError::InvalidMaxLength(max))
    } else {
        Ok(())
    }
}

pub fn check_secret(secret: &str) -> Result<(), ApiError> {
    match secret.len() {
        40..=128 => Ok(()),
        n => Err(ApiError::InvalidSecret(format!(
            "the secret is {n} bytes long; Talk only installs bots with secrets of 40 to 128 bytes"
        ))),
    }
}

/// Whether `token` can be a conversation token: 4 to 30 characters of a-z and 0-9 (the bot
/// API's route requirement).
pub fn is_token(token: &str) -> bool {
    (4..=30).contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

pub fn check_token(token: &str) -> Result<(), ApiError> {
    if is_token(token) {
        Ok(())
    } else {
        Err(ApiError::InvalidToken(format!(
            "'{token}': a conversation token is 4 to 30 characters of a-z and 0-9 (the part after /call/ in its URL)"
        )))
    }
}

/// `<base>/ocs/v2.php/apps/spreed/api/v1/bot/<token>`.
fn bot_url(base_url: &str, token: &str) -> Result<String, ApiError> {
    let base = backend::normalize(base_url).map_err(ApiError::InvalidBaseUrl)?;
    check_token(token)?;
    Ok(format!("{base}ocs/v2.php/apps/spreed/api/v1/bot/{token}"))
}

fn signed_headers(secret: &str, random: &str, value: &str) -> Vec<(String, String)> {
    let signature = signature::sign(secret.as_bytes(), random.as_bytes(), value.as_bytes());
    [
        ("OCS-APIRequest", "true"),
        ("Accept", "application/json"),
        ("Content-Type", "application/json"),
        ("X-Nextcloud-Talk-Bot-Random", random),
        ("X-Nextcloud-Talk-Bot-Signature", &signature),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

fn fresh_random(random: &mut dyn FnMut() -> String) -> Result<String, ApiError> {
    let value = random();
    if value.len() < 32 {
        return Err(ApiError::InvalidRandom(format!(
            "the random is {} bytes; Talk requires at least 32",
            value.len()
        )));
    }
    Ok(value)
}

/// Requests posting `message`, split into chunks as needed.
pub fn send_message(
    base_url: &str,
    secret: &str,
    token: &str,
    message: &str,
    options: &SendOptions,
    random: &mut dyn FnMut() -> String,
) -> Result<Vec<BotRequest>, ApiError> {
    let url = format!("{}/message", bot_url(base_url, token)?);
    check_secret(secret)?;
    let max = options.max_length.unwrap_or(DEFAULT_MAX_LENGTH);
    check_max_length(max)?;
    if message.trim().is_empty() {
        return Err(ApiError::EmptyMessage);
    }
    if let Some(id) = options
        .reference_id
        .as_deref()
        .filter(|id| id.chars().count() > 64)
    {
        return Err(ApiError::InvalidReferenceId(format!(
            "'{id}' is longer than 64 characters"
        )));
    }
    let chunks = split::split(message, max as usize);
    let mut requests = Vec::with_capacity(chunks.len());
    for (index, chunk) in chunks.iter().enumerate() {
        let first = index == 0;
        let mut body = String::with_capacity(chunk.len() + 128);
        body.push_str("{\"message\":");
        write_string(&mut body, chunk);
        if let Some(reply_to) = options.reply_to {
            body.push_str(&format!(",\"replyTo\":{reply_to}"));
        }
        if let Some(reference_id) = &options.reference_id {
            body.push_str(",\"referenceId\":");
            write_string(&mut body, &derive_reference_id(reference_id, index as u32));
        }
        if options.silent {
            body.push_str(",\"silent\":true");
        }
        if let Some(thread_id) = options.thread_id {
            body.push_str(&format!(",\"threadId\":{thread_id}"));
        }
        if let Some(title) = options
            .thread_title
            .as_deref()
            .filter(|_| first && options.reply_to.is_none())
        {
            body.push_str(",\"threadTitle\":");
            write_string(&mut body, title);
        }
        body.push('}');
        let random = fresh_random(random)?;
        let reference_id = options
            .reference_id
            .as_deref()
            .map(|id| derive_reference_id(id, index as u32));
        requests.push(BotRequest {
            method: HttpMethod::Post,
            url: url.clone(),
            headers: signed_headers(secret, &random, chunk),
            body,
            chunk: Some(Chunk {
                index: index as u32,
                text: chunk.clone(),
                options: SendOptions {
                    reference_id,
                    thread_title: options.thread_title.clone().filter(|_| first),
                    ..options.clone()
                },
            }),
        });
    }
    Ok(requests)
}

/// Percent-encode a query value (RFC 3986 unreserved characters kept).
fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 3);
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A request adding or removing a reaction. Removal sends the reaction both as a query
/// parameter and in the body, so it works whether or not the server parses DELETE bodies.
pub fn reaction(
    base_url: &str,
    secret: &str,
    token: &str,
    message_id: u64,
    reaction: &str,
    op: ReactionOp,
    random: &mut dyn FnMut() -> String,
) -> Result<BotRequest, ApiError> {
    let mut url = format!("{}/reaction/{message_id}", bot_url(base_url, token)?);
    check_secret(secret)?;
    if reaction.is_empty() || reaction.len() > 64 || reaction.trim() != reaction {
        return Err(ApiError::InvalidReaction(format!(
            "'{reaction}': a reaction is one emoji (1 to 64 bytes, no surrounding space)"
        )));
    }
    if op == ReactionOp::Remove {
        url.push_str("?reaction=");
        url.push_str(&percent_encode(reaction));
    }
    let mut body = String::from("{\"reaction\":");
    write_string(&mut body, reaction);
    body.push('}');
    let random = fresh_random(random)?;
    Ok(BotRequest {
        method: if op == ReactionOp::Add {
            HttpMethod::Post
        } else {
            HttpMethod::Delete
        },
        url,
        headers: signed_headers(secret, &random, reaction),
        body,
        chunk: None,
    })
}

/// `POST <base>/ocs/v2.php/apps/spreed/api/v1/bot/ask-features` with `{"token": …}`, signed
/// over the token (Talk's docs for Talk 25; check the `bot-features-api` capability first).
pub fn ask_features(
    base_url: &str,
    secret: &str,
    token: &str,
    random: &mut dyn FnMut() -> String,
) -> Result<BotRequest, ApiError> {
    let base = backend::normalize(base_url).map_err(ApiError::InvalidBaseUrl)?;
    check_token(token)?;
    check_secret(secret)?;
    let mut body = String::from("{\"token\":");
    write_string(&mut body, token);
    body.push('}');
    let random = fresh_random(random)?;
    Ok(BotRequest {
        method: HttpMethod::Post,
        url: format!("{base}ocs/v2.php/apps/spreed/api/v1/bot/ask-features"),
        headers: signed_headers(secret, &random, token),
        body,
        chunk: None,
    })
}

/// The chunk of `request` (a chat message Talk answered 413 to) as requests of at most
/// `max` characters, with the chunk's options. The parts' reference ids derive from a hash of
/// the chunk's and `max` (Talk stored nothing under the chunk's own id: it refused it), so
/// they stay deterministic across retries and distinct when a part is split again.
pub fn split_again(
    base_url: &str,
    secret: &str,
    token: &str,
    request: &BotRequest,
    max: u32,
    random: &mut dyn FnMut() -> String,
) -> Result<Vec<BotRequest>, ApiError> {
    let chunk = request.chunk.as_ref().ok_or(ApiError::EmptyMessage)?;
    // A fresh base per split length: the parts of a part split again never reuse an id.
    let reference_id = chunk
        .options
        .reference_id
        .as_deref()
        .map(|id| signature::sha256_hex(&["talkbot/reference/split/v1", id, &max.to_string()]));
    let options = SendOptions {
        max_length: Some(max),
        reference_id,
        ..chunk.options.clone()
    };
    let mut parts = send_message(base_url, secret, token, &chunk.text, &options, random)?;
    // Each part stays chunk `index` of the original message; its text and options are its own.
    for part in &mut parts {
        if let Some(c) = &mut part.chunk {
            c.index = chunk.index;
        }
    }
    Ok(parts)
}

/// The deterministic `referenceId` of chunk `chunk` of the reply to a message.
pub fn reference_id(backend: &str, token: &str, message_id: &str, chunk: u32) -> String {
    let base = signature::sha256_hex(&["talkbot/reference/v1", backend, token, message_id]);
    derive_reference_id(&base, chunk)
}

/// Chunk 0 keeps `reference_id`; chunk n > 0 gets a hash of it and n.
pub fn derive_reference_id(reference_id: &str, chunk: u32) -> String {
    if chunk == 0 {
        reference_id.to_string()
    } else {
        signature::sha256_hex(&[
            "talkbot/reference/chunk/v1",
            reference_id,
            &chunk.to_string(),
        ])
    }
}

/// A one-line explanation.
pub fn message(error: &ApiError) -> String {
    match error {
        ApiError::InvalidBaseUrl(why) => format!("invalid Nextcloud URL: {why}"),
        ApiError::InvalidToken(why) => format!("invalid conversation token {why}"),
        ApiError::EmptyMessage => {
            "the message is empty (Talk refuses messages that are only white space)".into()
        }
        ApiError::InvalidReaction(why) => format!("invalid reaction {why}"),
        ApiError::InvalidSecret(why) => format!("invalid bot secret: {why}"),
        ApiError::InvalidRandom(why) => format!("invalid random: {why}"),
        ApiError::InvalidMaxLength(n) => {
            format!("invalid maximum message length {n}: at least {MIN_MAX_LENGTH} is needed")
        }
        ApiError::InvalidReferenceId(why) => format!("invalid reference id {why}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "0123456789012345678901234567890123456789";

    fn random() -> String {
        "r".repeat(64)
    }

    fn body(request: &BotRequest) -> serde_json::Value {
        serde_json::from_str(&request.body).unwrap()
    }

    #[test]
    fn every_chunk_replies_and_a_413_split_keeps_every_option() {
        let options = SendOptions {
            reply_to: Some(42),
            reference_id: Some("a".repeat(64)),
            silent: true,
            thread_id: Some(9),
            thread_title: None,
            max_length: Some(200),
        };
        let text = format!("{}\n\n{}", "x".repeat(150), "y".repeat(150));
        let requests = send_message(
            "https://cloud.example.com",
            SECRET,
            "room1234",
            &text,
            &options,
            &mut random,
        )
        .unwrap();
        assert_eq!(requests.len(), 2);
        for (i, r) in requests.iter().enumerate() {
            let b = body(r);
            assert_eq!(b["replyTo"], 42, "chunk {i}");
            assert_eq!(b["silent"], true);
            assert_eq!(b["threadId"], 9);
            assert_eq!(
                b["referenceId"].as_str(),
                Some(derive_reference_id(&"a".repeat(64), i as u32).as_str())
            );
        }
        let second = &requests[1];
        let parts = split_again(
            "https://cloud.example.com",
            SECRET,
            "room1234",
            second,
            100,
            &mut random,
        )
        .unwrap();
        assert_eq!(parts.len(), 2);
        let chunk_ref = body(second)["referenceId"].as_str().unwrap().to_string();
        let mut text = String::new();
        for (i, p) in parts.iter().enumerate() {
            let b = body(p);
            assert_eq!(
                (
                    b["replyTo"].clone(),
                    b["silent"].clone(),
                    b["threadId"].clone()
                ),
                (42.into(), true.into(), 9.into())
            );
            let base = signature::sha256_hex(&["talkbot/reference/split/v1", &chunk_ref, "100"]);
            assert_eq!(
                b["referenceId"].as_str(),
                Some(derive_reference_id(&base, i as u32).as_str())
            );
            // Signed over the part's own text.
            let random = p
                .headers
                .iter()
                .find(|(n, _)| n.ends_with("-Random"))
                .unwrap();
            let signature = p
                .headers
                .iter()
                .find(|(n, _)| n.ends_with("-Signature"))
                .unwrap();
            let part = b["message"].as_str().unwrap();
            assert_eq!(
                signature.1,
                signature::sign(SECRET.as_bytes(), random.1.as_bytes(), part.as_bytes())
            );
            text.push_str(part);
        }
        assert_eq!(text, "y".repeat(150));
        let reaction = reaction(
            "https://cloud.example.com",
            SECRET,
            "room1234",
            1,
            "👍",
            ReactionOp::Add,
            &mut random,
        )
        .unwrap();
        assert_eq!(
            split_again(
                "https://cloud.example.com",
                SECRET,
                "room1234",
                &reaction,
                100,
                &mut random
            ),
            Err(ApiError::EmptyMessage)
        );
    }
}
