//! The job machine on hostile input: a real webhook's job, or arbitrary bytes claiming to be a
//! job, stepped with any sequence of inputs at any times. Nothing may panic; every step either
//! acts or is refused with a reason; what a step returns reads back; a request it sends is
//! signed.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use talkbot_component::engine_api::{
    BreakerVerdict, ChatModel, Clearance, IngressRules, Mode, Persona, Policy, Refusal,
    RetryPolicy, Role, RoomSettings, TalkAnswer, Turn,
};
use talkbot_component::job_api::{
    Action, Admitted, BotConfig, Input, MemoryTurn, ToolAnswer, ToolServer, ToolTransport,
    TransportFailure,
};
use talkbot_component::{Backend, BotIdentity, Draws, JobBot};

const SECRET: &str = "fuzz-secret-0123456789abcdef0123456789abcdef";
const NOW: u64 = 1_784_538_902_000;

#[derive(Arbitrary, Debug)]
enum Step {
    Run,
    Settings(Option<u8>, Option<String>),
    Memory(u8),
    ModelAnswered(u16, Vec<u8>, Option<u16>),
    ModelUnreachable(u8),
    ResponderAnswered(Option<String>),
    Breaker(u8, u64),
    Talk(u16, Option<String>),
    Unreachable(String),
    Stored,
    Unavailable(String),
    /// A tool server's answer: status, content type (event stream or JSON), body.
    Tool(u16, bool, Vec<u8>),
    ToolUnreachable(u8),
}

/// Real webhooks (tests/corpus), so that most cases reach deep into a job's life.
const WEBHOOKS: &[&[u8]] = &[
    include_bytes!("../../tests/corpus/create-spec-a1.json"),
    include_bytes!("../../tests/corpus/create-reply.json"),
    include_bytes!("../../tests/corpus/create-command-escape.json"),
    include_bytes!("../../tests/corpus/create-typed-bot-mention.json"),
    include_bytes!("../../tests/corpus/create-long-32000.json"),
    include_bytes!("../../tests/corpus/activity-file-share.json"),
    include_bytes!("../../tests/corpus/join-spec-a2.json"),
    include_bytes!("../../tests/corpus/leave.json"),
];

#[derive(Arbitrary, Debug)]
struct Case {
    /// One of [`WEBHOOKS`], else `body`.
    webhook: Option<u8>,
    /// A webhook body (signed here, so it is ingested when it parses).
    body: Vec<u8>,
    /// Bytes to use as the job instead (when the body is not queued, or `foreign`).
    foreign: Option<Vec<u8>>,
    steps: Vec<(Step, u32)>,
    reactions: bool,
}

fn bot(reactions: bool) -> JobBot {
    let model = ChatModel {
        base_url: "http://model/v1".into(),
        model: "m".into(),
        api_key: None,
        temperature: None,
        max_tokens: None,
    };
    JobBot::new(BotConfig {
        policy: Policy {
            agent_name: "talkbot".into(),
            bot: BotIdentity {
                aliases: vec!["talkbot".into()],
                actor_id: None,
            },
            mode: Mode::All,
            answer_activity: true,
            allowed_rooms: vec![],
            allowed_users: vec![],
            rooms: vec![],
            users: vec![],
            personas: vec![Persona {
                name: "default".into(),
                system_prompt: None,
                responders: vec!["gpt".into(), "cmd".into(), "echo".into()],
                tools: vec!["calc".into()],
            }],
            greeting: Some("hello".into()),
            memory_turns: 5,
        },
        backends: vec![Backend {
            url: "https://cloud.example.com".into(),
            secrets: vec![SECRET.into()],
        }],
        strict_backend: false,
        max_body_bytes: None,
        ingress: IngressRules {
            answer_activity: true,
            max_age_ms: None,
        },
        retry: RetryPolicy {
            initial_backoff_ms: 10,
            max_backoff_ms: 1000,
            retry_for_ms: 60_000,
            max_attempts: Some(5),
        },
        answer_attempts: None,
        failure_reply: None,
        max_answer_chars: Some(500),
        max_message_length: Some(64),
        status_reaction_after_ms: reactions.then_some(0),
        models: vec![("gpt".into(), model)],
        schedules: vec![],
        tool_servers: vec![ToolServer {
            name: "calc".into(),
            transport: ToolTransport::Http("http://mcp/mcp".into()),
            headers: vec![],
            timeout_ms: None,
            expose: None,
            approval: vec!["add".into()],
            idempotent: vec!["echo".into()],
            list_ttl_ms: Some(0),
        }],
        max_tool_rounds: Some(3),
    })
    .expect("a valid configuration")
}

fn input(step: Step) -> Input {
    let status = |s: u16, after: Option<String>| {
        TalkAnswer::Status((
            s,
            after
                .map(|a| ("Retry-After".into(), a))
                .into_iter()
                .collect(),
        ))
    };
    match step {
        Step::Run => Input::Run,
        Step::Settings(mode, persona) => Input::Settings(RoomSettings {
            mode: mode.map(|m| [Mode::All, Mode::Mention, Mode::Off][usize::from(m % 3)]),
            // Any text as the stored schedules and waiting calls: read or left out, never a
            // panic.
            schedules: persona.clone(),
            approvals: persona.clone(),
            persona,
        }),
        Step::Memory(n) => Input::Memory(
            (0..n % 30)
                .map(|i| MemoryTurn {
                    thread: if i % 3 == 0 {
                        String::new()
                    } else {
                        (i / 3).to_string()
                    },
                    message_id: (i / 2).to_string(),
                    asker: if i % 4 == 0 {
                        String::new()
                    } else {
                        "users/ada".into()
                    },
                    turn: Turn {
                        role: if i % 2 == 0 {
                            Role::User
                        } else {
                            Role::Assistant
                        },
                        author: format!("author {i}"),
                        text: "x".repeat(usize::from(i)),
                    },
                })
                .collect(),
        ),
        Step::ModelAnswered(s, body, reaction) => {
            Input::ModelAnswered((s, body, reaction.map(|r| status(r, None))))
        }
        Step::ModelUnreachable(k) => Input::ModelUnreachable((
            match k % 3 {
                0 => TransportFailure::Timeout,
                1 => TransportFailure::TooLarge,
                _ => TransportFailure::Connection("refused".into()),
            },
            None,
        )),
        Step::ResponderAnswered(text) => Input::ResponderAnswered((text, None)),
        Step::Breaker(k, at) => Input::Breaker(match k % 7 {
            0 => BreakerVerdict::Nothing,
            1 => BreakerVerdict::Clearance(Clearance::Send),
            2 => BreakerVerdict::Clearance(Clearance::WaitUntil(at)),
            3 => BreakerVerdict::Clearance(Clearance::Hold("held".into())),
            4 => BreakerVerdict::Refusal(Refusal::Room(1)),
            5 => BreakerVerdict::Refusal(Refusal::RoomDisabled),
            _ => BreakerVerdict::Refusal(Refusal::Backend(true)),
        }),
        Step::Talk(s, after) => Input::TalkAnswered(status(s, after)),
        Step::Unreachable(why) => Input::TalkAnswered(TalkAnswer::Unreachable(why)),
        Step::Stored => Input::Stored,
        Step::Unavailable(why) => Input::Unavailable(why),
        Step::Tool(status, stream, body) => Input::ToolAnswered(ToolAnswer {
            status,
            headers: vec![(
                "content-type".into(),
                if stream {
                    "text/event-stream"
                } else {
                    "application/json"
                }
                .into(),
            )],
            body,
        }),
        Step::ToolUnreachable(k) => Input::ToolUnreachable(match k % 3 {
            0 => TransportFailure::Timeout,
            1 => TransportFailure::TooLarge,
            _ => TransportFailure::Connection("refused".into()),
        }),
    }
}

fuzz_target!(|case: Case| {
    let bot = bot(case.reactions);
    let random = "f".repeat(64);
    let body = match case.webhook {
        Some(i) => WEBHOOKS[usize::from(i) % WEBHOOKS.len()].to_vec(),
        None => case.body,
    };
    let mac = hmac_hex(&random, &body);
    let headers = vec![
        ("X-Nextcloud-Talk-Random".to_string(), random),
        ("X-Nextcloud-Talk-Signature".to_string(), mac),
    ];
    let queued = match bot.ingest(&headers, body, NOW) {
        Ok(Admitted::Queue(q)) => Some(q.job),
        _ => None,
    };
    let Some(mut job) = case.foreign.or(queued) else {
        return;
    };
    let mut now = NOW;
    let mut n = 0u64;
    let mut rnd = move || {
        n += 1;
        format!("{n:064x}")
    };
    let mut jitter = || 0.75;
    for (step, later) in case.steps {
        now += u64::from(later);
        let mut draws = Draws {
            jitter: &mut jitter,
            random: &mut rnd,
        };
        match bot.step(&job, input(step), now, &mut draws) {
            Ok((next, action)) => {
                if let Action::Send(request) = &action {
                    assert!(
                        request
                            .headers
                            .iter()
                            .any(|(k, v)| k == "X-Nextcloud-Talk-Bot-Signature" && v.len() == 64)
                    );
                }
                assert!(!bot.describe(&next).starts_with("unreadable"));
                job = next;
            }
            // Refused with a reason (not the input it waits for, or foreign bytes).
            Err(_) => {}
        }
    }
});

/// HMAC-SHA256(secret, random ‖ body) in hex, as Talk signs a webhook.
fn hmac_hex(random: &str, body: &[u8]) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).expect("any key");
    mac.update(random.as_bytes());
    mac.update(body);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
