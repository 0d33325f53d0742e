//! Splitting long messages into chunks Talk accepts.
//!
//! Lengths are counted in Unicode scalar values, as Talk's `mb_strlen` does. A cut is placed
//! after the last paragraph break, else line break, else space in the allowed window, provided
//! it keeps at least half the window; otherwise the text is cut hard, moved back so that it
//! never separates a character from a following combining mark, variation selector, skin tone
//! or zero-width joiner. Without fences, the chunks joined restore the message exactly (chunks
//! that would be only white space, which Talk refuses, are left out).

/// Closing a fence at the end of a chunk adds at most `\n` + "```".
const FENCE_CLOSE_RESERVE: usize = 4;

/// Split `message` into chunks of at most `max` characters (`max` ≥ 64).
pub fn split(message: &str, max: usize) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut rest = message;
    // The opening line of a fence that the previous chunk closed early.
    let mut reopen: Option<String> = None;
    while !rest.is_empty() {
        let prefix = reopen
            .as_ref()
            .map(|line| format!("{line}\n"))
            .unwrap_or_default();
        let budget = max - prefix.chars().count();
        let Some(window_end) = byte_index_after_chars(rest, budget) else {
            push_chunk(&mut chunks, prefix + rest);
            break;
        };
        let mut cut = choose_cut(rest, window_end);
        let mut open_fence = fence_after(reopen.as_deref(), &rest[..cut]);
        if open_fence.is_some() {
            // Cut again leaving room to close the fence that stays open.
            let window_end =
                byte_index_after_chars(rest, budget - FENCE_CLOSE_RESERVE).unwrap_or(window_end);
            cut = choose_cut(rest, window_end);
            open_fence = fence_after(reopen.as_deref(), &rest[..cut]);
        }
        let piece = &rest[..cut];
        let mut chunk = prefix + piece;
        if open_fence.is_some() {
            if !chunk.ends_with('\n') {
                chunk.push('\n');
            }
            chunk.push_str("```");
        }
        push_chunk(&mut chunks, chunk);
        reopen = open_fence.map(|line| reopen_line(&line, max));
        rest = &rest[cut..];
    }
    chunks
}

fn push_chunk(chunks: &mut Vec<String>, chunk: String) {
    if !chunk.trim().is_empty() {
        chunks.push(chunk);
    }
}

/// The fence line to open the next chunk with; a very long info string is dropped so that the
/// prefix never eats the chunk.
fn reopen_line(line: &str, max: usize) -> String {
    if line.chars().count() > max / 4 {
        "```".to_string()
    } else {
        line.to_string()
    }
}

/// The byte index just after the first `n` characters, or None if `text` has at most `n`.
fn byte_index_after_chars(text: &str, n: usize) -> Option<usize> {
    text.char_indices().nth(n).map(|(i, _)| i)
}

/// Where to cut `text`, a byte index in `1..=window_end` on a character boundary.
fn choose_cut(text: &str, window_end: usize) -> usize {
    let window = &text[..window_end];
    let min = window_end / 2;
    for separator in ["\n\n", "\n"] {
        if let Some(i) = window.rfind(separator) {
            let cut = i + separator.len();
            if cut >= min.max(1) {
                return cut;
            }
        }
    }
    if let Some((i, c)) = window
        .char_indices()
        .rev()
        .find(|(_, c)| *c == ' ' || *c == '\t')
    {
        let cut = i + c.len_utf8();
        if cut >= min.max(1) {
            return cut;
        }
    }
    hard_cut(text, window_end)
}

/// Move a hard cut back so that it does not separate a character from what modifies it.
fn hard_cut(text: &str, window_end: usize) -> usize {
    let mut cut = window_end;
    while cut > 0 {
        let next = text[cut..].chars().next();
        let prev = text[..cut].chars().next_back();
        if next.is_some_and(attaches_to_previous) || prev == Some('\u{200D}') {
            cut -= prev.map_or(1, char::len_utf8);
        } else {
            return cut;
        }
    }
    // A window made entirely of one cluster: cut inside it rather than not at all.
    window_end
}

/// Characters that modify the one before them.
fn attaches_to_previous(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F
        | 0xE0100..=0xE01EF)
}

/// After `piece`, starting inside the fence `open` (if any): the opening line of a fence that is
/// still open, or None.
fn fence_after(open: Option<&str>, piece: &str) -> Option<String> {
    let mut open = open.map(str::to_string);
    for line in piece.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(' ');
        if line.len() - trimmed.len() > 3 || !trimmed.starts_with("```") {
            continue;
        }
        open = match open {
            Some(_) => None,
            None => Some(trimmed.trim_end().to_string()),
        };
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_messages_stay_whole() {
        assert_eq!(split("hello", 100), vec!["hello"]);
        assert!(split("   \n ", 100).is_empty());
    }

    #[test]
    fn prefers_paragraphs_then_lines_then_words() {
        let text = format!("{}\n\n{}", "a".repeat(60), "b".repeat(60));
        assert_eq!(
            split(&text, 100),
            vec![format!("{}\n\n", "a".repeat(60)), "b".repeat(60)]
        );
        let words = "word ".repeat(30);
        let chunks = split(&words, 64);
        assert!(
            chunks
                .iter()
                .all(|c| c.chars().count() <= 64 && c.ends_with(' '))
        );
        assert_eq!(chunks.concat(), words);
    }

    #[test]
    fn never_cuts_inside_characters_or_clusters() {
        let text = "👋🏽".repeat(100);
        let chunks = split(&text, 64);
        assert_eq!(chunks.concat(), text);
        assert!(
            chunks
                .iter()
                .all(|c| !c.starts_with('\u{1F3FD}') && c.chars().count() <= 64)
        );
    }

    #[test]
    fn fences_are_closed_and_reopened() {
        let code: String = (0..40).map(|i| format!("let x{i} = {i};\n")).collect();
        let text = format!("Intro\n```rust\n{code}```\nOutro");
        let chunks = split(&text, 200);
        assert!(chunks.len() > 2);
        for chunk in &chunks {
            assert!(chunk.chars().count() <= 200);
            assert_eq!(
                chunk.matches("```").count() % 2,
                0,
                "unbalanced fence in {chunk:?}"
            );
        }
        assert!(chunks[1].starts_with("```rust\n"));
    }
}
