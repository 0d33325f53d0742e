//! Webhook bodies exactly as Talk writes them (PHP `json_encode` escaping), Talk's signature
//! and its random.

use hmac::{Hmac, Mac};

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
    /// `published`; None: not sent, as Talk 22 sends none (captured from a real server:
    /// `tests/corpus/real-talk`).
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
        let published = self
            .published
            .map(|p| format!(",\"published\":{}", php_json_string(p)))
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
            "{{\"type\":\"Create\",\"actor\":{{\"type\":\"Person\",\"id\":{},\"name\":{}{participant}}},\"object\":{{\"type\":\"Note\",\"id\":\"{}\",\"name\":\"message\",\"content\":{},\"mediaType\":\"text\\/markdown\"{quoted}}},\"target\":{{\"type\":\"Collection\",\"id\":{},\"name\":\"Simulated room\"}}{published}}}",
            php_json_string(self.actor),
            php_json_string(self.actor_name),
            self.message_id,
            content(self.message),
            php_json_string(self.token),
        )
        .into_bytes()
    }
}

/// A Join or Leave webhook body (as Talk 22 sends it: no `published`).
pub fn membership_body(kind: &str, token: &str, bot_id: &str) -> Vec<u8> {
    format!(
        "{{\"type\":{},\"actor\":{{\"type\":\"Application\",\"id\":{},\"name\":\"talkbot\"}},\"object\":{{\"type\":\"Collection\",\"id\":{},\"name\":\"Simulated room\"}}}}",
        php_json_string(kind),
        php_json_string(bot_id),
        php_json_string(token),
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
pub(super) fn talk_random() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bytes = [0u8; 64];
    getrandom::fill(&mut bytes).expect("random source");
    bytes
        .iter()
        .map(|b| ALPHABET[(*b & 63) as usize] as char)
        .collect()
}
