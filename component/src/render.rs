//! Rich-object templates to plain text, and addressing the bot.

use crate::{AddressedText, BotIdentity, Message, RichObject};

/// One piece of a template: literal text, or a `{key}` placeholder with its rich object.
enum Piece<'a> {
    Text(&'a str),
    Placeholder {
        raw: &'a str,
        object: Option<&'a RichObject>,
    },
}

fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')
}

/// Split a template into literal text and `{key}` placeholders.
fn pieces<'a>(template: &'a str, parameters: &'a [RichObject]) -> Vec<Piece<'a>> {
    let bytes = template.as_bytes();
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' {
            let key_len = bytes[i + 1..]
                .iter()
                .take_while(|b| is_key_byte(**b))
                .count();
            if key_len > 0 && bytes.get(i + 1 + key_len) == Some(&b'}') {
                let key = &template[i + 1..i + 1 + key_len];
                if text_start < i {
                    out.push(Piece::Text(&template[text_start..i]));
                }
                let object = parameters.iter().rev().find(|p| p.key == key);
                out.push(Piece::Placeholder {
                    raw: &template[i..i + key_len + 2],
                    object,
                });
                i += key_len + 2;
                text_start = i;
                continue;
            }
        }
        i += 1;
    }
    if text_start < bytes.len() {
        out.push(Piece::Text(&template[text_start..]));
    }
    out
}

fn field<'a>(object: &'a RichObject, name: &str) -> Option<&'a str> {
    object
        .fields
        .iter()
        .find(|f| f.name == name && !f.is_json)
        .map(|f| f.value.as_str())
}

/// The text a placeholder stands for.
fn substitute(raw: &str, object: Option<&RichObject>, out: &mut String) {
    let Some(object) = object else {
        out.push_str(raw);
        return;
    };
    if object.name.is_empty() {
        out.push_str(raw);
    } else if object.key.starts_with("mention-") {
        out.push('@');
        out.push_str(&object.name);
    } else if object.object_type == "file" {
        out.push_str(&object.name);
        if let Some(link) = field(object, "link").filter(|l| !l.is_empty()) {
            out.push_str(" (");
            out.push_str(link);
            out.push(')');
        }
    } else {
        out.push_str(&object.name);
    }
}

/// Remove the command escape: a leading `//` is shown as `/`.
fn unescape_command(mut text: String) -> String {
    if text.starts_with("//") {
        text.remove(0);
    }
    text
}

/// Plain text of a template and its parameters.
pub fn render_text(template: &str, parameters: &[RichObject]) -> String {
    let mut out = String::with_capacity(template.len());
    for piece in pieces(template, parameters) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Placeholder { raw, object } => substitute(raw, object, &mut out),
        }
    }
    unescape_command(out)
}

/// The bot's actor id without the `bots/` prefix, lowercased.
fn bare_bot_id(id: &str) -> String {
    id.trim().trim_start_matches("bots/").to_ascii_lowercase()
}

/// Whether a rich mention names the bot: its actor id, or a user mention whose id or display
/// name is one of the bot's names (Talk turns a typed `@talkbot` into a mention of the
/// Nextcloud user `talkbot` when one exists; the person still meant the bot).
fn is_bot_mention(object: &RichObject, bot: &BotIdentity, bot_id: Option<&str>) -> bool {
    if !object.key.starts_with("mention-") {
        return false;
    }
    let by_actor = bot_id.is_some_and(|bot_id| {
        bare_bot_id(&object.id) == bot_id
            || field(object, "mention-id").is_some_and(|m| bare_bot_id(m) == bot_id)
    });
    let same = |a: &str, b: &str| a.chars().map(fold).eq(b.chars().map(fold));
    let by_name = object.object_type == "user"
        && bot.aliases.iter().any(|alias| {
            let alias = alias.trim().trim_matches('"');
            !alias.is_empty() && (same(&object.id, alias) || same(&object.name, alias))
        });
    by_actor || by_name
}

/// Letters, digits and the characters that continue a name: a mention of `@bot` does not
/// match inside `@bots` or `me@bot.org`. Non-ASCII characters count as letters unless they are
/// white space or general punctuation (U+2000–U+206F), which keeps the check table-free.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '@')
    } else {
        !c.is_whitespace()
            && !('\u{2000}'..='\u{206F}').contains(&c)
            && !('\u{3000}'..='\u{303F}').contains(&c)
    }
}

/// Simple case folding for Latin (Basic, Latin-1, Extended-A), Greek (U+0386–U+03AB) and
/// Cyrillic (U+0400–U+042F) capitals, the scripts of nearly all bot names; other characters
/// compare as they are. Table-free, so the component does not carry Unicode's full case
/// tables; a test checks it against `char::to_lowercase` over those ranges.
fn fold(c: char) -> char {
    let u = c as u32;
    let folded = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 32
        }
        0x400..=0x40F => u + 80,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        _ => u,
    };
    char::from_u32(folded).unwrap_or(c)
}

/// If `text` starts with `alias` (compared with [`fold`]), the byte length it takes in `text`.
fn starts_with_folded(text: &str, alias: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    for a in alias.chars() {
        let (_, t) = chars.next()?;
        if fold(t) != fold(a) {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| i))
}

/// Byte ranges of typed `@alias` / `@"alias"` mentions in literal text.
fn typed_mentions(text: &str, aliases: &[String]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('@') {
        // An `@` inside the mention just found (an alias such as `bot@home`) starts none.
        if found.last().is_some_and(|&(_, end)| at < end)
            || text[..at].chars().next_back().is_some_and(is_word_char)
        {
            continue;
        }
        let after = &text[at + 1..];
        for alias in aliases
            .iter()
            .map(|a| a.trim().trim_start_matches('@'))
            .filter(|a| !a.is_empty())
        {
            let quoted = after
                .strip_prefix('"')
                .and_then(|q| starts_with_folded(q, alias))
                .filter(|&n| after[1 + n..].starts_with('"'));
            let len = match quoted {
                Some(n) => n + 2,
                None => match starts_with_folded(after, alias) {
                    Some(n) if !after[n..].chars().next().is_some_and(is_word_char) => n,
                    _ => continue,
                },
            };
            found.push((at, at + 1 + len));
            break;
        }
    }
    found
}

/// Render a message, find mentions of the bot (typed aliases in the literal text, rich mentions
/// of its actor id) and remove them, tidying the space around them.
pub fn address(message: &Message, bot: &BotIdentity) -> AddressedText {
    let bot_id = bot
        .actor_id
        .as_deref()
        .map(bare_bot_id)
        .filter(|id| !id.is_empty());
    let mut out = String::with_capacity(message.template.len());
    // Byte offsets in `out` where a mention was removed.
    let mut cuts = Vec::new();
    for piece in pieces(&message.template, &message.parameters) {
        match piece {
            Piece::Text(text) => {
                let mut last = 0;
                for (start, end) in typed_mentions(text, &bot.aliases) {
                    out.push_str(&text[last..start]);
                    cuts.push(out.len());
                    last = end;
                }
                out.push_str(&text[last..]);
            }
            Piece::Placeholder {
                object: Some(object),
                ..
            } if is_bot_mention(object, bot, bot_id.as_deref()) => {
                cuts.push(out.len());
            }
            // Someone else's mention, quiet: a reply that repeats the question (the echo, a
            // model quoting it) must not mention them again (Talk notifies on `@name`).
            Piece::Placeholder {
                object: Some(object),
                ..
            } if object.key.starts_with("mention-") && !object.name.is_empty() => {
                out.push_str("@\u{200B}");
                out.push_str(&object.name);
            }
            Piece::Placeholder { raw, object } => substitute(raw, object, &mut out),
        }
    }
    let mentioned = !cuts.is_empty();
    let text = if mentioned { tidy(&out, &cuts) } else { out };
    AddressedText {
        mentioned,
        text: unescape_command(text),
    }
}

/// Mentions that notify a whole conversation, group or team, lowercase, without the `@`.
const MASS_MENTIONS: [&str; 2] = ["all", "here"];
/// Prefixes of mention ids that name many people (after `@`, an optional quote).
const MASS_PREFIXES: [&str; 3] = ["group/", "team/", "circle/"];

/// Insert a zero-width space after every `@` that starts a mass mention (see the WIT docs).
pub fn defang_mentions(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = 0;
    for at in (0..bytes.len()).filter(|&i| bytes[i] == b'@') {
        // Only where a mention can start: the beginning, or after a byte that cannot be part
        // of a word or an e-mail address (any non-ASCII character counts as a boundary, so
        // in doubt a mention is defanged).
        let starts_mention = at == 0
            || !(bytes[at - 1].is_ascii_alphanumeric()
                || matches!(bytes[at - 1], b'_' | b'.' | b'-' | b'@'));
        if !starts_mention || !is_mass_mention(&bytes[at + 1..]) {
            continue;
        }
        out.push_str(&text[last..=at]);
        out.push('\u{200B}');
        last = at + 1;
    }
    out.push_str(&text[last..]);
    out
}

/// Whether `rest` (what follows an `@`) is a mass mention.
fn is_mass_mention(rest: &[u8]) -> bool {
    let starts_with = |haystack: &[u8], needle: &str| {
        haystack.len() >= needle.len()
            && haystack[..needle.len()].eq_ignore_ascii_case(needle.as_bytes())
    };
    let unquoted = match rest.first() {
        Some(b'"' | b'\'') => &rest[1..],
        _ => rest,
    };
    if MASS_PREFIXES.iter().any(|p| starts_with(unquoted, p)) {
        return true;
    }
    MASS_MENTIONS.iter().any(|word| {
        starts_with(unquoted, word)
            && unquoted
                .get(word.len())
                .is_none_or(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'@')))
    })
}

/// Tidy the text around removed mentions: a leading mention takes the `,`/`:` after it along;
/// a removal between two spaces leaves one; the result is trimmed.
fn tidy(text: &str, cuts: &[usize]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &cut in cuts {
        // A cut can fall inside what the previous one already consumed ("@bot @bot hi": the
        // first removal takes the space up to the second); never slice backwards.
        let cut = cut.max(last);
        out.push_str(&text[last..cut]);
        let mut rest = &text[cut..];
        if out.trim().is_empty() {
            rest = rest.trim_start_matches([',', ':', ';']);
        }
        if out.is_empty() || out.ends_with(char::is_whitespace) {
            rest = rest.trim_start_matches([' ', '\t']);
        }
        // "Hello @bot, how are you" → "Hello, how are you".
        if rest.starts_with([',', '.', ';', ':', '!', '?']) {
            out.truncate(out.trim_end_matches([' ', '\t']).len());
        }
        last = text.len() - rest.len();
    }
    out.push_str(&text[last..]);
    out.trim().to_string()
}

#[cfg(test)]
mod tests;
