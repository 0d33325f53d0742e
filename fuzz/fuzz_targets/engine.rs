//! The engine on hostile input: any webhook body through `decide` (then the model request it
//! plans), any model response through `model-answer` and `finish-answer`, any Talk answer and
//! `Retry-After` through `classify`, any capabilities body. Nothing may panic; every outcome
//! must keep its promises (a retry is in the future and bounded, a request body is JSON).
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use talkbot_component::engine_api::{
    ChatModel, Decision, Guest, JobClock, Mode, Outcome, Persona, Policy, RetryPolicy, Role,
    RoomSettings, TalkAnswer, Turn,
};
use talkbot_component::{BotIdentity, Component, webhook_api::Guest as _};

#[derive(Arbitrary, Debug)]
struct Input {
    body: Vec<u8>,
    text: String,
    status: u16,
    retry_after: Option<String>,
    attempts: u8,
    mode: u8,
    persona: Option<String>,
    max_length: u16,
    age_ms: u32,
}

const NOW: u64 = 1_784_538_902_000;

fuzz_target!(|i: Input| {
    let mode = [Mode::All, Mode::Mention, Mode::Off][usize::from(i.mode % 3)];
    if let Ok(event) = Component::parse(i.body.clone()) {
        let policy = Policy {
            agent_name: "talkbot".into(),
            bot: BotIdentity {
                aliases: vec!["talkbot".into()],
                actor_id: Some("bots/bot-abc".into()),
            },
            mode,
            answer_activity: i.mode & 4 != 0,
            allowed_rooms: Vec::new(),
            allowed_users: Vec::new(),
            rooms: Vec::new(),
            users: Vec::new(),
            personas: vec![Persona {
                name: "default".into(),
                system_prompt: None,
                responders: vec!["echo".into()],
                tools: vec![],
            }],
            greeting: Some(i.text.clone()),
            memory_turns: 10,
        };
        let settings = RoomSettings {
            mode: None,
            persona: i.persona.clone(),
            schedules: i.persona.clone(),
            approvals: i.persona.clone(),
        };
        let decision = Component::decide(
            policy,
            settings,
            "https://cloud.example.com/".into(),
            event,
            "0|sig|fuzz".into(),
        );
        if let Decision::Answer(plan) = decision {
            assert_eq!(plan.reference_id.len(), 64);
            let model = ChatModel {
                base_url: "http://model/v1".into(),
                model: i.text.clone(),
                api_key: i.persona,
                temperature: Some(f64::from(i.max_length) / 100.0),
                max_tokens: None,
            };
            let history = vec![Turn {
                role: Role::User,
                author: i.text.clone(),
                text: i.text.clone(),
            }];
            let request = Component::model_request(model, plan, history);
            // The request body is one JSON text (checked with the component's own reader's
            // strictness: no trailing data).
            assert!(request.body.starts_with('{') && request.body.ends_with('}'));
        }
    }
    if let Ok(text) = Component::model_answer("http://model".into(), i.status, i.body.clone()) {
        assert!(!text.trim().is_empty());
    }
    if let Some(capped) = Component::finish_answer(i.text.clone(), Some(300), true) {
        // Defanging may add a zero-width space per mass mention; the cut is before it.
        let spaces = capped.matches('\u{200B}').count();
        assert!(capped.chars().count() <= 300 + spaces, "{capped:?}");
    }
    if let Some(text) = Component::finish_answer(i.text.clone(), None, true) {
        assert!(!text.trim().is_empty());
        // No `@all` that Talk would parse as a mention: its parser wants the `@` at the start
        // or after white space, and reads `[a-z0-9_\-@.']+` as the name (`h@all` is no mention,
        // `@allan` is a user).
        for word in text.split_whitespace() {
            let word = word.to_lowercase();
            if let Some(rest) = word.strip_prefix("@all") {
                assert!(
                    rest.starts_with(|c: char| c.is_ascii_alphanumeric() || "_-@.'".contains(c)),
                    "{text:?}"
                );
            }
        }
    }
    let headers = i
        .retry_after
        .map(|v| vec![("Retry-After".to_string(), v)])
        .unwrap_or_default();
    let retry = RetryPolicy {
        initial_backoff_ms: 1000,
        max_backoff_ms: 60_000,
        retry_for_ms: 3_600_000,
        max_attempts: None,
    };
    let job = JobClock {
        attempts: u32::from(i.attempts),
        received_at: NOW - u64::from(i.age_ms),
    };
    let max = u32::from(i.max_length).max(64);
    match Component::classify(
        TalkAnswer::Status((i.status, headers)),
        max,
        job,
        retry,
        NOW,
    ) {
        Outcome::Retry(r) | Outcome::Unauthorized(r) => {
            assert!(r.at >= NOW && r.at <= NOW + 3_600_000, "{r:?}");
        }
        Outcome::SplitAgain(n) => assert!(n >= 64 && n < max),
        Outcome::Delivered => assert!((200..300).contains(&i.status)),
        Outcome::Rejected(why) => assert!(!why.is_empty()),
    }
    let _ = Component::parse_capabilities(i.body.clone());
    let _ = Component::parse_features_answer(i.body);
});
