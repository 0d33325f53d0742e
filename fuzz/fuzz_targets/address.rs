//! `render.address` and `render.render-message` on any template, parameters and aliases.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use talkbot_component::{
    BotIdentity, Component, Message, RichField, RichObject, render_api::Guest,
};

#[derive(Arbitrary, Debug)]
struct Parameter {
    key: String,
    object_type: String,
    id: String,
    name: String,
    fields: Vec<(String, String, bool)>,
}

#[derive(Arbitrary, Debug)]
struct Input {
    template: String,
    parameters: Vec<Parameter>,
    aliases: Vec<String>,
    actor_id: Option<String>,
}

fuzz_target!(|input: Input| {
    let parameters: Vec<RichObject> = input
        .parameters
        .into_iter()
        .map(|p| RichObject {
            key: p.key,
            object_type: p.object_type,
            id: p.id,
            name: p.name,
            fields: p
                .fields
                .into_iter()
                .map(|(name, value, is_json)| RichField {
                    name,
                    value,
                    is_json,
                })
                .collect(),
        })
        .collect();
    let message = Message {
        id: 1,
        name: "message".into(),
        template: input.template.clone(),
        parameters: parameters.clone(),
        media_type: "text/markdown".into(),
        content_json: String::new(),
    };
    let bot = BotIdentity {
        aliases: input.aliases,
        actor_id: input.actor_id,
    };
    let _ = Component::address(message.clone(), bot);
    let _ = Component::render_message(message);
    let _ = Component::render_text(input.template, parameters);
});
