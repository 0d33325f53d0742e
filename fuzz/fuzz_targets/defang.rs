//! `render.defang-mentions`: only inserts U+200B, and is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkbot_component::{Component, render_api::Guest};

fuzz_target!(|text: String| {
    let once = Component::defang_mentions(text.clone());
    assert_eq!(once.replace('\u{200B}', ""), text.replace('\u{200B}', ""));
    assert_eq!(Component::defang_mentions(once.clone()), once);
});
