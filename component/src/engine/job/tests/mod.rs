//! The machine driven as a host drives it: the actions it asks for, in order, with time,
//! jitter and randoms injected. `life.rs`: one row per path of a job's life up to its reply;
//! `delivery.rs`: Talk's answers and the breaker's; `store.rs`: a store that cannot do what
//! it is asked; `hostile.rs`: foreign bytes and arbitrary inputs; `scheduled.rs`: schedules'
//! occurrences and their jobs; `tools.rs` and `approvals.rs`: the tool loop and the calls that
//! wait for a moderator.

mod approvals;
mod delivery;
mod hostile;
mod life;
mod scheduled;
mod store;
mod tools;

use super::*;
use crate::engine_api::{ChatModel, IngressRules, Mode, Persona, Role, RoomSettings, Turn};
use crate::{Backend, BotIdentity, HttpMethod};

const SECRET: &str = "job-test-secret-0123456789abcdef0123456789abcdef";
const NC: &str = "https://cloud.example.com/";
const T0: u64 = 1_800_000_000_000;

fn policy(responders: &[&str], memory_turns: u32) -> Policy {
    Policy {
        agent_name: "talkbot".into(),
        bot: BotIdentity {
            aliases: vec!["talkbot".into()],
            actor_id: None,
        },
        mode: Mode::All,
        answer_activity: false,
        allowed_rooms: vec![],
        allowed_users: vec![],
        rooms: vec![],
        users: vec![],
        personas: vec![Persona {
            name: "default".into(),
            system_prompt: None,
            responders: responders.iter().map(|r| r.to_string()).collect(),
            tools: vec![],
        }],
        greeting: Some("Hello, I am talkbot.".into()),
        memory_turns,
    }
}

fn config(responders: &[&str], memory_turns: u32, reactions: Option<u64>) -> BotConfig {
    BotConfig {
        policy: policy(responders, memory_turns),
        backends: vec![Backend {
            url: "https://Cloud.example.com".into(),
            secrets: vec![SECRET.into()],
        }],
        strict_backend: false,
        max_body_bytes: None,
        ingress: IngressRules {
            answer_activity: false,
            max_age_ms: Some(3_600_000),
        },
        retry: RetryPolicy {
            initial_backoff_ms: 1000,
            max_backoff_ms: 60_000,
            retry_for_ms: 3_600_000,
            max_attempts: None,
        },
        answer_attempts: None,
        failure_reply: None,
        max_answer_chars: None,
        max_message_length: None,
        status_reaction_after_ms: reactions,
        models: vec![(
            "gpt".into(),
            ChatModel {
                base_url: "http://model.test/v1".into(),
                model: "m".into(),
                api_key: None,
                temperature: None,
                max_tokens: None,
            },
        )],
        schedules: vec![],
        tool_servers: vec![],
        max_tool_rounds: None,
    }
}

fn message(id: u64, actor: &str, text: &str) -> Vec<u8> {
    let content = format!("{{\"message\":{:?},\"parameters\":[]}}", text);
    format!(
        "{{\"type\":\"Create\",\"actor\":{{\"type\":\"Person\",\"id\":\"{actor}\",\"name\":\"Ada\",\"talkParticipantType\":\"1\"}},\"object\":{{\"type\":\"Note\",\"id\":\"{id}\",\"name\":\"message\",\"content\":{:?},\"mediaType\":\"text/markdown\"}},\"target\":{{\"type\":\"Collection\",\"id\":\"room1234\",\"name\":\"Room\"}}}}",
        content
    )
    .into_bytes()
}

fn membership(kind: &str) -> Vec<u8> {
    format!(
        "{{\"type\":\"{kind}\",\"actor\":{{\"type\":\"Application\",\"id\":\"bots/bot-1\",\"name\":\"talkbot\"}},\"object\":{{\"type\":\"Collection\",\"id\":\"room1234\",\"name\":\"Room\"}}}}"
    )
    .into_bytes()
}

fn headers(body: &[u8]) -> Vec<(String, String)> {
    let random = "r".repeat(64);
    vec![
        ("X-Nextcloud-Talk-Random".into(), random.clone()),
        (
            "X-Nextcloud-Talk-Signature".into(),
            crate::signature::sign(SECRET.as_bytes(), random.as_bytes(), body),
        ),
        ("X-Nextcloud-Talk-Backend".into(), NC.into()),
    ]
}

/// A host in a test: it keeps the job's bytes and the clock.
struct Drive {
    bot: Bot,
    job: Vec<u8>,
    now: u64,
    randoms: u64,
}

impl Drive {
    fn new(config: BotConfig, body: Vec<u8>) -> Drive {
        let bot = Bot::new(config).expect("a valid configuration");
        let job = match bot
            .ingest(&headers(&body), body, T0)
            .expect("a good webhook")
        {
            Admitted::Queue(q) => q.job,
            other => panic!("not queued: {other:?}"),
        };
        Drive {
            bot,
            job,
            now: T0,
            randoms: 0,
        }
    }

    fn step(&mut self, input: Input) -> Action {
        self.try_step(input).expect("a step")
    }

    fn try_step(&mut self, input: Input) -> Result<Action, JobError> {
        self.step_log(input).map(|(action, _)| action)
    }

    /// A step and the line it left for the operator's log.
    fn step_log(&mut self, input: Input) -> Result<(Action, Option<String>), JobError> {
        let randoms = &mut self.randoms;
        let mut random = || {
            *randoms += 1;
            format!("{:064x}", *randoms)
        };
        let mut jitter = || 1.0;
        let mut draws = Draws {
            jitter: &mut jitter,
            random: &mut random,
        };
        let (job, action, log) = self
            .bot
            .step_logged(&self.job, input, self.now, &mut draws)?;
        self.job = job;
        Ok((action, log))
    }

    /// Answer every informing breaker event with `nothing`, until another action.
    fn through_tells(&mut self, mut action: Action) -> (Action, Vec<String>) {
        let mut told = Vec::new();
        while let Action::AskBreaker((_, event)) = &action {
            let name = match event {
                BreakerEvent::Answered(_) => "answered",
                BreakerEvent::Accepted(_) => "accepted",
                BreakerEvent::Left(_) => "left",
                _ => break,
            };
            told.push(name.to_string());
            action = self.step(Input::Breaker(BreakerVerdict::Nothing));
        }
        (action, told)
    }

    /// Clear the send the machine asks about and perform it: the request sent.
    fn cleared_send(&mut self, action: Action) -> crate::BotRequest {
        match action {
            Action::AskBreaker((0, BreakerEvent::Ask((token, 0)))) => {
                assert_eq!(token, "room1234");
            }
            other => panic!("expected a clearance question, got {other:?}"),
        }
        match self.step(Input::Breaker(BreakerVerdict::Clearance(Clearance::Send))) {
            Action::Send(request) => request,
            other => panic!("expected a send, got {other:?}"),
        }
    }

    fn talk(&mut self, status: u16, headers: &[(&str, &str)]) -> Action {
        let headers = headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        self.step(Input::TalkAnswered(TalkAnswer::Status((status, headers))))
    }

    /// Talk answers `status`; the informing events go by; the next action.
    fn talk_then(&mut self, status: u16, headers: &[(&str, &str)]) -> (Action, Vec<String>) {
        let action = self.talk(status, headers);
        self.through_tells(action)
    }
}

/// When a `sleep-until` wakes the job.
fn at(action: &Action) -> Option<u64> {
    match action {
        Action::SleepUntil(wake) => Some(wake.at),
        _ => None,
    }
}

fn posted(request: &crate::BotRequest) -> String {
    let body: serde_json::Value = serde_json::from_str(&request.body).expect("JSON");
    body["message"].as_str().unwrap_or_default().to_string()
}

fn settings() -> Input {
    Input::Settings(RoomSettings {
        mode: None,
        persona: None,
        schedules: None,
        approvals: None,
    })
}

fn model_ok(text: &str) -> Vec<u8> {
    format!("{{\"choices\":[{{\"message\":{{\"role\":\"assistant\",\"content\":{text:?}}}}}]}}")
        .into_bytes()
}

/// The text of an answer as posted (mass mentions defanged).
fn posted_text_of(text: &str) -> String {
    model::finish(text, model::DEFAULT_MAX_ANSWER_CHARS, true).expect("text")
}

/// A remembered turn of question `id`, asked by `asker` (a raw actor id; empty as in turns
/// stored before talkbot 0.3).
pub(super) fn asked(id: &str, asker: &str, role: Role, author: &str) -> MemoryTurn {
    MemoryTurn {
        thread: String::new(),
        message_id: id.into(),
        asker: asker.into(),
        turn: Turn {
            role,
            author: author.into(),
            text: format!("turn of {id}"),
        },
    }
}
