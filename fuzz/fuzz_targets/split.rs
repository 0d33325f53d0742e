//! `bot-api.split-message`: chunks within the limit, nothing but blank space lost.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use talkbot_component::{Component, bot_api::Guest};

#[derive(Arbitrary, Debug)]
struct Input {
    message: String,
    max: u16,
}

fuzz_target!(|input: Input| {
    let max = u32::from(input.max);
    let Ok(chunks) = Component::split_message(input.message.clone(), max) else {
        return;
    };
    for chunk in &chunks {
        assert!(
            chunk.chars().count() <= max as usize,
            "{} > {max}",
            chunk.chars().count()
        );
        assert!(!chunk.trim().is_empty());
    }
    let kept: usize = chunks
        .iter()
        .map(|c| c.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    let given = input.message.chars().filter(|c| !c.is_whitespace()).count();
    // Fences added to keep code blocks balanced are the only additions.
    assert!(kept >= given, "lost text: {kept} < {given}");
});
