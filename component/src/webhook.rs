//! Verifying incoming webhooks and choosing the backend they came from.

use crate::{Backend, ReceiveOptions, Received, WebhookError, backend, event, signature};

/// Default body limit: a 32000-character message of emoji escaped twice (≈ 450 KB) quoting
/// another one fits with room to spare.
pub const DEFAULT_MAX_BODY_BYTES: u64 = 4 * 1024 * 1024;

/// Longest `X-Nextcloud-Talk-Random` accepted (Talk sends 64 characters).
const MAX_RANDOM_BYTES: usize = 1024;

const RANDOM_HEADER: &str = "x-nextcloud-talk-random";
const SIGNATURE_HEADER: &str = "x-nextcloud-talk-signature";
const BACKEND_HEADER: &str = "x-nextcloud-talk-backend";

fn check_random(random: &str) -> Result<(), WebhookError> {
    if random.is_empty() {
        return Err(WebhookError::MalformedRandom("the random is empty".into()));
    }
    if random.len() > MAX_RANDOM_BYTES {
        return Err(WebhookError::MalformedRandom(format!(
            "the random is {} bytes long; at most {MAX_RANDOM_BYTES} are accepted",
            random.len()
        )));
    }
    Ok(())
}

fn decode_signature(signature: &str) -> Result<[u8; 32], WebhookError> {
    signature::decode_hex32(signature.trim()).map_err(|why| {
        WebhookError::MalformedSignature(format!(
            "{why} (got {} characters; a signature is 64 hex digits of HMAC-SHA256)",
            signature.trim().chars().count()
        ))
    })
}

/// Check `signature` = HMAC-SHA256(secret, random ‖ body).
pub fn verify(
    secret: &[u8],
    random: &str,
    signature: &str,
    body: &[u8],
) -> Result<(), WebhookError> {
    check_random(random)?;
    let expected = decode_signature(signature)?;
    if signature::matches(secret, random.as_bytes(), body, &expected) {
        Ok(())
    } else {
        Err(WebhookError::SignatureMismatch(
            "the signature does not match HMAC-SHA256(secret, random + body) for this secret"
                .into(),
        ))
    }
}

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
        .map(|(_, v)| v.trim())
}

/// Size limit, backend selection, signature check, then parse.
pub fn receive(
    options: &ReceiveOptions,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<Received, WebhookError> {
    if body.len() as u64 > options.max_body_bytes {
        return Err(WebhookError::BodyTooLarge(options.max_body_bytes));
    }
    if options.backends.iter().all(|b| b.secrets.is_empty()) {
        return Err(WebhookError::NoSecrets);
    }
    let random = header(headers, RANDOM_HEADER)
        .ok_or_else(|| WebhookError::MissingHeader("X-Nextcloud-Talk-Random".into()))?;
    let signature = header(headers, SIGNATURE_HEADER)
        .ok_or_else(|| WebhookError::MissingHeader("X-Nextcloud-Talk-Signature".into()))?;
    check_random(random)?;
    let expected = decode_signature(signature)?;
    let backend_header = header(headers, BACKEND_HEADER).filter(|h| !h.is_empty());

    let normalized: Vec<Option<String>> = options
        .backends
        .iter()
        .map(|b| backend::normalize(&b.url).ok())
        .collect();
    let claimed = backend_header.and_then(|h| backend::normalize(h).ok());
    let named = claimed
        .as_ref()
        .and_then(|claimed| normalized.iter().position(|n| n.as_ref() == Some(claimed)));

    let secret_matches = |b: &Backend| {
        // Check every secret (no early exit) so timing does not reveal which one matched.
        b.secrets.iter().fold(false, |found, s| {
            signature::matches(s.as_bytes(), random.as_bytes(), body, &expected) | found
        })
    };
    let chosen = match named {
        Some(index) => secret_matches(&options.backends[index]).then_some(index),
        None if options.strict_backend => {
            return Err(WebhookError::SignatureMismatch(format!(
                "X-Nextcloud-Talk-Backend {} names no configured backend",
                backend_header.map_or("is missing and".to_string(), |h| format!("'{h}'"))
            )));
        }
        None => options.backends.iter().position(secret_matches),
    };
    let Some(index) = chosen else {
        let whose = match (named, backend_header) {
            (Some(_), Some(h)) => format!("any secret configured for backend '{h}'"),
            (None, Some(h)) => format!(
                "any configured secret (X-Nextcloud-Talk-Backend '{h}' names no configured backend)"
            ),
            (_, None) => "any configured secret".to_string(),
        };
        return Err(WebhookError::SignatureMismatch(format!(
            "the signature does not match HMAC-SHA256(secret, random + body) for {whose}"
        )));
    };
    let event = event::parse(body)?;
    Ok(Received {
        backend: normalized[index]
            .clone()
            .unwrap_or_else(|| options.backends[index].url.clone()),
        backend_index: index as u32,
        backend_header: backend_header.map(str::to_string),
        event,
    })
}

/// The HTTP status for an error.
pub fn status(error: &WebhookError) -> u16 {
    match error {
        WebhookError::BodyTooLarge(_) => 413,
        WebhookError::MissingHeader(_)
        | WebhookError::MalformedRandom(_)
        | WebhookError::MalformedSignature(_)
        | WebhookError::SignatureMismatch(_) => 401,
        WebhookError::NoSecrets => 503,
        WebhookError::NotUtf8(_)
        | WebhookError::InvalidJson(_)
        | WebhookError::InvalidField(_)
        | WebhookError::InvalidContent(_)
        | WebhookError::UnknownEventType(_) => 400,
    }
}

/// A one-line explanation.
pub fn message(error: &WebhookError) -> String {
    match error {
        WebhookError::BodyTooLarge(limit) => format!("body too large: the limit is {limit} bytes"),
        WebhookError::MissingHeader(name) => format!("missing header {name}"),
        WebhookError::MalformedRandom(why) => format!("malformed X-Nextcloud-Talk-Random: {why}"),
        WebhookError::MalformedSignature(why) => {
            format!("malformed X-Nextcloud-Talk-Signature: {why}")
        }
        WebhookError::SignatureMismatch(why) => format!("invalid signature: {why}"),
        WebhookError::NoSecrets => "no bot secret is configured".to_string(),
        WebhookError::NotUtf8(offset) => {
            format!("body is not UTF-8 (invalid byte at offset {offset})")
        }
        WebhookError::InvalidJson(why) => format!("body is not valid JSON: {why}"),
        WebhookError::InvalidField(why) => format!("invalid webhook field {why}"),
        WebhookError::InvalidContent(why) => format!("invalid object.content: {why}"),
        WebhookError::UnknownEventType(t) => {
            format!(
                "unknown event type '{t}' (expected Create, Activity, Like, Undo, Join or Leave)"
            )
        }
    }
}
