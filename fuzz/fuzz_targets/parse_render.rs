//! `webhook.parse` on any bytes; whatever parses is addressed, rendered and defanged the way
//! the worker does it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkbot_component::{BotIdentity, Component, render_api, webhook_api};

fuzz_target!(|body: &[u8]| {
    let Ok(event) = <Component as webhook_api::Guest>::parse(body.to_vec()) else {
        return;
    };
    let bot = BotIdentity {
        aliases: vec!["talkbot".into(), "Talk Bot".into()],
        actor_id: Some("bots/bot-abc".into()),
    };
    if let Some(message) = event.message {
        let addressed = <Component as render_api::Guest>::address(message.clone(), bot);
        let rendered = <Component as render_api::Guest>::render_message(message);
        let _ = <Component as render_api::Guest>::defang_mentions(addressed.text);
        let _ = <Component as render_api::Guest>::defang_mentions(rendered);
    }
});
