//! Properties over generated inputs: splitting never loses or breaks text, and `receive` on
//! arbitrary headers and bytes returns an error or an event, never a panic or a trap, with
//! the component agreeing with the native build.

use proptest::prelude::*;
use talkbot_component::{Component, bot_api::Guest as _, webhook_api::Guest as _};
use talkbot_tests::{engine, json, mutated_body};

/// Text made of words, spaces, line breaks, emoji with modifiers and combining marks.
fn text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        4 => "[a-zA-Z0-9]{1,12}",
        3 => Just(" ".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\n\n".to_string()),
        1 => Just("👋🏽".to_string()),
        1 => Just("👨‍👩‍👧".to_string()),
        1 => Just("e\u{301}".to_string()),
        1 => Just("€ü日本".to_string()),
        1 => "[a-z]{40,90}",
    ];
    prop::collection::vec(token, 0..400).prop_map(|tokens| tokens.concat())
}

/// Text with ``` code blocks in it (code lines without backticks, so the input is balanced).
fn fenced_text() -> impl Strategy<Value = String> {
    let block = (
        text(),
        "[a-z]{0,6}",
        prop::collection::vec("[ -_a-~]{0,70}", 0..60),
    )
        .prop_map(|(prose, lang, lines)| {
            format!("{prose}\n```{lang}\n{}\n```\n", lines.join("\n"))
        });
    prop::collection::vec(block, 1..4).prop_map(|blocks| blocks.concat())
}

fn no_whitespace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn longest_whitespace_run(s: &str) -> usize {
    s.split(|c: char| !c.is_whitespace())
        .map(|run| run.chars().count())
        .max()
        .unwrap_or(0)
}

fn split(text: &str, max: u32) -> Vec<String> {
    Component::split_message(text.to_string(), max).expect("valid max")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn split_chunks_fit_and_join_back(text in text(), max in 64u32..600) {
        let chunks = split(&text, max);
        for chunk in &chunks {
            prop_assert!(chunk.chars().count() <= max as usize, "chunk of {} > {max}", chunk.chars().count());
            prop_assert!(!chunk.trim().is_empty(), "blank chunk");
            let first = chunk.chars().next().unwrap();
            prop_assert!(!matches!(first, '\u{301}' | '\u{1F3FD}' | '\u{200D}'), "chunk starts with a modifier: {first:?}");
        }
        // Nothing lost or duplicated, ever. Unless a long blank run had to be dropped, the chunks
        // joined are exactly the text, less trailing white space (a blank last chunk is left out).
        let joined = chunks.concat();
        prop_assert_eq!(no_whitespace(&joined), no_whitespace(&text));
        if longest_whitespace_run(&text) < max as usize / 4 {
            prop_assert!(text.starts_with(&joined), "joined chunks are not a prefix of the text");
            prop_assert_eq!(joined.trim_end(), text.trim_end());
        }
    }

    #[test]
    fn split_keeps_fences_balanced(text in fenced_text(), max in 64u32..400) {
        let chunks = split(&text, max);
        for chunk in &chunks {
            prop_assert!(chunk.chars().count() <= max as usize);
            let fences = chunk.lines().filter(|l| l.trim_start().starts_with("```")).count();
            prop_assert!(fences % 2 == 0, "unbalanced fences in {chunk:?}");
        }
        let strip = |s: &str| no_whitespace(&s.lines().filter(|l| !l.trim_start().starts_with("```")).collect::<String>());
        prop_assert_eq!(strip(&chunks.concat()), strip(&text));
    }

    #[test]
    fn receive_never_panics_on_arbitrary_input(
        headers in prop::collection::vec((prop_oneof![
            Just("X-Nextcloud-Talk-Random".to_string()),
            Just("x-nextcloud-talk-signature".to_string()),
            Just("X-Nextcloud-Talk-Backend".to_string()),
            "[A-Za-z-]{0,20}",
        ], ".{0,80}"), 0..6),
        body in prop::collection::vec(any::<u8>(), 0..600),
    ) {
        let options = talkbot_component::ReceiveOptions {
            backends: vec![talkbot_component::Backend { url: "https://cloud.example.com".into(), secrets: vec!["s".repeat(40)] }],
            max_body_bytes: 512,
            strict_backend: false,
        };
        // A result either way; proptest turns a panic into a failure.
        let _ = Component::receive(options, headers, body);
    }

    #[test]
    fn parse_survives_mutated_talk_bodies(case in 0usize..19, cut in any::<usize>(), flips in prop::collection::vec((any::<usize>(), any::<u8>()), 0..4)) {
        let body = mutated_body(case, cut, &flips);
        let _ = Component::parse(body);
    }
}

proptest! {
    // Fewer cases: each one instantiates the component.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn component_agrees_with_native_on_arbitrary_bodies(
        case in 0usize..19,
        cut in any::<usize>(),
        flips in prop::collection::vec((any::<usize>(), any::<u8>()), 0..3),
        text in text(),
    ) {
        let body = mutated_body(case, cut, &flips);
        let mut instance = engine().instance().unwrap();
        let wasm = instance.parse(&body).expect("the component must not trap");
        let native = Component::parse(body);
        match (&wasm, &native) {
            (Ok(a), Ok(b)) => prop_assert_eq!(json(a), json(b)),
            (Err(a), Err(b)) => prop_assert_eq!(json(a), json(b)),
            _ => prop_assert!(false, "disagree: {wasm:?} vs {native:?}"),
        }
        let wasm_chunks = instance.split_message(&text, 100).unwrap().unwrap();
        prop_assert_eq!(wasm_chunks, split(&text, 100));
    }
}

/// Text full of `@` in every position: mentions, quoted ids, e-mail addresses.
fn mention_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        3 => "[a-zA-Z]{1,8}",
        2 => Just(" ".to_string()),
        2 => Just("@".to_string()),
        1 => prop_oneof![
            Just("all"), Just("ALL"), Just("here"), Just("\"group/"), Just("'team/"),
            Just("circle/"), Just("allison"), Just("."), Just("-"), Just("é"), Just("\n"),
        ].prop_map(str::to_string),
    ];
    prop::collection::vec(token, 0..60).prop_map(|tokens| tokens.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Defanging only inserts zero-width spaces right after `@`, leaves no mass mention
    /// behind, and the component agrees with the native build.
    #[test]
    fn defanging_only_inserts_zero_width_spaces(text in mention_text()) {
        use talkbot_component::render_api::Guest as _;
        let native = Component::defang_mentions(text.clone());
        prop_assert_eq!(native.replace("@\u{200B}", "@"), text.clone());
        prop_assert_eq!(Component::defang_mentions(native.clone()), native.clone(), "idempotent");
        let lower = native.to_lowercase();
        for (at, _) in lower.match_indices('@') {
            let boundary = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric()
                && !matches!(lower.as_bytes()[at - 1], b'_' | b'.' | b'-' | b'@');
            let rest = &lower[at + 1..];
            let word_end = |w: &str| rest.strip_prefix(w).is_some_and(|r| {
                r.bytes().next().is_none_or(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'@')))
            });
            let mass = word_end("all") || word_end("here")
                || ["group/", "team/", "circle/", "\"group/", "'team/"].iter().any(|p| rest.starts_with(p));
            prop_assert!(!(boundary && mass), "undefanged mass mention in {native:?}");
        }
        let mut instance = engine().instance().unwrap();
        prop_assert_eq!(instance.defang_mentions(&text).unwrap(), native);
    }
}
