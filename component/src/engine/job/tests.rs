//! One row per path of a job's life, driven as a host drives it: the actions the machine
//! asks for, in order, with time and jitter injected.

use super::*;
use crate::engine_api::{
    ChatModel, IngressRules, Mode, Persona, Role, RoomSettings, SettingsChange, Turn,
};
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
        let (job, action) = self.bot.step(&self.job, input, self.now, &mut draws)?;
        self.job = job;
        Ok(action)
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
    })
}

fn model_ok(text: &str) -> Vec<u8> {
    format!("{{\"choices\":[{{\"message\":{{\"role\":\"assistant\",\"content\":{text:?}}}}}]}}")
        .into_bytes()
}

#[test]
fn a_bots_own_message_is_ignored_after_the_settings() {
    let mut d = Drive::new(config(&["echo"], 0, None), message(1, "bots/bot-1", "hi"));
    assert_eq!(
        d.step(Input::Run),
        Action::LoadSettings((0, "room1234".into()))
    );
    assert!(
        matches!(d.step(settings()), Action::Done(Outcome::Ignored(why)) if why.contains("bot"))
    );
    // A done job takes nothing more.
    assert!(matches!(
        d.try_step(Input::Run),
        Err(JobError::Unexpected(_))
    ));
}

#[test]
fn a_join_posts_the_greeting_once_delivered() {
    let mut d = Drive::new(config(&["echo"], 0, Some(0)), membership("Join"));
    d.step(Input::Run);
    let first = d.step(settings());
    let request = d.cleared_send(first);
    assert_eq!(request.method, HttpMethod::Post);
    assert_eq!(
        request.url,
        "https://cloud.example.com/ocs/v2.php/apps/spreed/api/v1/bot/room1234/message"
    );
    assert_eq!(posted(&request), "Hello, I am talkbot.");
    let (end, told) = d.talk_then(201, &[]);
    assert_eq!(told, ["answered", "accepted"]);
    assert_eq!(end, Action::Done(Outcome::Delivered));
}

#[test]
fn a_command_stores_its_change_before_its_answer_goes_out() {
    let mut d = Drive::new(
        config(&["echo"], 0, None),
        message(5, "users/ada", "/talkbot mode mention"),
    );
    d.step(Input::Run);
    match d.step(settings()) {
        Action::StoreSettings((0, token, SettingsChange::Set(s))) => {
            assert_eq!(token, "room1234");
            assert_eq!(s.mode, Some(Mode::Mention));
        }
        other => panic!("{other:?}"),
    }
    let next = d.step(Input::Stored);
    let request = d.cleared_send(next);
    assert!(
        posted(&request).to_lowercase().contains("mention"),
        "{}",
        posted(&request)
    );
    let (end, _) = d.talk_then(201, &[]);
    assert_eq!(end, Action::Done(Outcome::Delivered));
}

#[test]
fn an_answer_with_memory_shows_working_remembers_and_takes_working_off() {
    let mut d = Drive::new(
        config(&["gpt"], 20, Some(1000)),
        message(7, "users/ada", "what is 2+2?"),
    );
    d.step(Input::Run);
    match d.step(settings()) {
        Action::LoadMemory(key) => {
            assert_eq!((key.backend_index, key.token.as_str()), (0, "room1234"));
        }
        other => panic!("{other:?}"),
    }
    // The main line and a reply thread: the question quotes nothing, so only the main line.
    let remembered = |thread: &str, id: &str, text: &str| MemoryTurn {
        thread: thread.into(),
        message_id: id.into(),
        turn: Turn {
            role: Role::User,
            author: "Ada".into(),
            text: text.into(),
        },
    };
    let history = vec![
        remembered("", "3", "earlier"),
        remembered("3", "5", "in a reply thread"),
    ];
    // Clearance for 👀, then the model call carrying it for later.
    assert!(matches!(
        d.step(Input::Memory(history)),
        Action::AskBreaker((0, BreakerEvent::Ask(_)))
    ));
    let call = match d.step(Input::Breaker(BreakerVerdict::Clearance(Clearance::Send))) {
        Action::AskModel(call) => call,
        other => panic!("{other:?}"),
    };
    assert_eq!(call.responder, "gpt");
    assert_eq!(call.request.url, "http://model.test/v1/chat/completions");
    assert!(
        call.request.body.contains("earlier") && !call.request.body.contains("reply thread"),
        "{}",
        call.request.body
    );
    let reaction = call.reaction.expect("👀 offered");
    assert_eq!(reaction.at, T0 + 1000);
    assert!(
        reaction.request.url.ends_with("/reaction/7"),
        "{}",
        reaction.request.url
    );
    // The model was slow: the host sent 👀 and Talk took it.
    let answered = d.step(Input::ModelAnswered((
        200,
        model_ok("<think>hm</think>4, @all"),
        Some(TalkAnswer::Status((201, vec![]))),
    )));
    let (remember, told) = d.through_tells(answered);
    assert_eq!(told, ["answered", "accepted"]);
    match remember {
        Action::Remember((key, turns, keep)) => {
            assert_eq!(key.token, "room1234");
            assert_eq!(keep, memory::KEEP);
            assert_eq!(turns.len(), 2);
            assert!(
                turns
                    .iter()
                    .all(|t| t.thread.is_empty() && t.message_id == "7")
            );
            assert_eq!(turns[1].turn.text, posted_text_of("4, @all"));
        }
        other => panic!("{other:?}"),
    }
    let next = d.step(Input::Stored);
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), posted_text_of("4, @all"));
    let (remove, _) = d.talk_then(201, &[]);
    let request = d.cleared_send(remove);
    assert_eq!(request.method, HttpMethod::Delete);
    let (end, _) = d.talk_then(200, &[]);
    assert_eq!(end, Action::Done(Outcome::Delivered));
}

/// The text of an answer as posted (mass mentions defanged).
fn posted_text_of(text: &str) -> String {
    model::finish(text, model::DEFAULT_MAX_ANSWER_CHARS, true).expect("text")
}

#[test]
fn a_failing_model_is_asked_again_then_the_failure_reply_goes_out_with_a_warning() {
    let mut d = Drive::new(
        config(&["gpt"], 0, Some(60_000)),
        message(8, "users/ada", "hello"),
    );
    d.step(Input::Run);
    d.step(settings());
    d.step(Input::Breaker(BreakerVerdict::Clearance(Clearance::Send)));
    // A 503 is a passing failure: the first round is retried after the backoff.
    let failed = d.step(Input::ModelAnswered((503, b"busy".to_vec(), None)));
    assert_eq!(at(&failed), Some(T0 + 1000));
    d.now += 1000;
    assert!(matches!(
        d.step(Input::Run),
        Action::AskBreaker((0, BreakerEvent::Ask(_)))
    ));
    assert!(matches!(
        d.step(Input::Breaker(BreakerVerdict::Clearance(Clearance::Send))),
        Action::AskModel(_)
    ));
    let next = d.step(Input::ModelUnreachable((TransportFailure::Timeout, None)));
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), defaults::defaults().failure_reply);
    let (warn, _) = d.talk_then(201, &[]);
    let request = d.cleared_send(warn);
    assert!(request.body.contains("⚠️"), "{}", request.body);
    match d.talk_then(201, &[]).0 {
        Action::Done(Outcome::FailureReply(why)) => {
            assert!(why.contains("did not answer in time"), "{why}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_413_splits_the_chunk_again_keeping_reply_to_and_reference_ids() {
    let text = "word ".repeat(40);
    let mut d = Drive::new(config(&["echo"], 0, None), message(9, "users/ada", &text));
    d.step(Input::Run);
    let first = d.step(settings());
    let whole = d.cleared_send(first);
    let (next, _) = d.talk_then(413, &[]);
    let part = d.cleared_send(next);
    assert!(part.body.contains("\"replyTo\":9"), "{}", part.body);
    assert!(posted(&part).chars().count() <= 16_000);
    assert_ne!(part.body, whole.body);
    let mut sent = vec![posted(&part)];
    let mut next = d.talk_then(201, &[]).0;
    while let Action::AskBreaker(_) = next {
        let part = d.cleared_send(next);
        sent.push(posted(&part));
        next = d.talk_then(201, &[]).0;
    }
    assert_eq!(next, Action::Done(Outcome::Delivered));
    assert_eq!(sent.concat().split_whitespace().count(), 40);
}

#[test]
fn a_429_waits_for_retry_after_in_seconds_and_as_a_date() {
    let mut d = Drive::new(config(&["echo"], 0, None), message(10, "users/ada", "hi"));
    d.step(Input::Run);
    let first = d.step(settings());
    d.cleared_send(first);
    assert_eq!(
        at(&d.talk_then(429, &[("Retry-After", "30")]).0),
        Some(T0 + 30_000)
    );
    d.now = T0 + 30_000;
    let again = d.step(Input::Run);
    d.cleared_send(again);
    // Retry-After as an HTTP date, 2 minutes ahead of `now`.
    let date = "Fri, 15 Jan 2027 08:02:00 GMT";
    let at_date = crate::engine::parse_http_date(date).expect("a date") as u64;
    d.now = at_date - 120_000;
    let wake = d.talk_then(429, &[("Retry-After", date)]).0;
    assert_eq!(super::tests::at(&wake), Some(at_date));
}

#[test]
fn server_errors_back_off_until_the_window_closes_then_give_up_saying_why() {
    let mut cfg = config(&["echo"], 0, Some(0));
    cfg.retry.retry_for_ms = 10_000;
    let mut d = Drive::new(cfg, message(11, "users/ada", "hi"));
    d.step(Input::Run);
    let mut next = d.step(settings());
    let mut waits = Vec::new();
    loop {
        d.cleared_send(next);
        match d.talk_then(503, &[]).0 {
            Action::SleepUntil(wake) => {
                assert!(wake.why.contains("HTTP 503"), "{}", wake.why);
                waits.push(wake.at - d.now);
                d.now = wake.at;
                next = d.step(Input::Run);
            }
            other => {
                next = other;
                break;
            }
        }
    }
    assert_eq!(waits, [1000, 2000, 4000]);
    // Given up: ⚠️ on the message, and the record names the 503.
    let warn = d.cleared_send(next);
    assert!(warn.body.contains("⚠️"));
    match d.talk_then(201, &[]).0 {
        Action::Done(Outcome::Failed(why)) => assert!(why.contains("HTTP 503"), "{why}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_401_asks_the_breaker_room_retry_disabled_room_and_wrong_secret() {
    let start = |d: &mut Drive| {
        d.step(Input::Run);
        let first = d.step(settings());
        d.cleared_send(first);
        let (next, told) = d.talk_then(401, &[]);
        assert_eq!(told, ["answered"]);
        match next {
            Action::AskBreaker((0, BreakerEvent::Refused((token, 3)))) => {
                assert_eq!(token, "room1234")
            }
            other => panic!("{other:?}"),
        }
    };
    let mut d = Drive::new(
        config(&["echo"], 0, Some(0)),
        message(12, "users/ada", "hi"),
    );
    start(&mut d);
    let retry = d.step(Input::Breaker(BreakerVerdict::Refusal(Refusal::Room(1))));
    assert!(at(&retry).is_some_and(|at| at > T0), "{retry:?}");

    let mut d = Drive::new(
        config(&["echo"], 0, Some(0)),
        message(13, "users/ada", "hi"),
    );
    start(&mut d);
    // No ⚠️: a reaction there would be one more 401.
    match d.step(Input::Breaker(BreakerVerdict::Refusal(
        Refusal::RoomDisabled,
    ))) {
        Action::Done(Outcome::Failed(why)) => assert!(why.contains("not enabled"), "{why}"),
        other => panic!("{other:?}"),
    }

    let mut d = Drive::new(
        config(&["echo"], 0, Some(0)),
        message(14, "users/ada", "hi"),
    );
    start(&mut d);
    // The whole Nextcloud refuses: the job sleeps; the breaker holds it from then on.
    let held = d.step(Input::Breaker(BreakerVerdict::Refusal(Refusal::Backend(
        true,
    ))));
    assert!(at(&held).is_some_and(|at| at > T0), "{held:?}");
}

#[test]
fn a_held_conversation_and_a_paused_nextcloud_make_the_job_sleep() {
    let mut d = Drive::new(config(&["echo"], 0, None), message(15, "users/ada", "hi"));
    d.step(Input::Run);
    d.step(settings());
    let paused = d.step(Input::Breaker(BreakerVerdict::Clearance(
        Clearance::WaitUntil(T0 + 5000),
    )));
    assert_eq!(at(&paused), Some(T0 + 5000));
    assert!(matches!(d.step(Input::Run), Action::AskBreaker(_)));
    let held = d.step(Input::Breaker(BreakerVerdict::Clearance(Clearance::Hold(
        "refuses".into(),
    ))));
    assert_eq!(
        held,
        Action::SleepUntil(Wake {
            at: T0 + HOLD_BACKSTOP_MS,
            why: "refuses".into()
        })
    );
}

#[test]
fn a_leave_forgets_the_conversation_and_tells_the_breaker() {
    let mut d = Drive::new(config(&["echo"], 0, None), membership("Leave"));
    d.step(Input::Run);
    assert_eq!(d.step(settings()), Action::Forget((0, "room1234".into())));
    let stored = d.step(Input::Stored);
    let (end, told) = d.through_tells(stored);
    assert_eq!(told, ["left"]);
    assert_eq!(end, Action::Done(Outcome::Left));
}

#[test]
fn a_restart_between_sending_and_sent_sends_the_same_chunk_again() {
    let mut d = Drive::new(config(&["echo"], 0, None), message(16, "users/ada", "hi"));
    d.step(Input::Run);
    let first = d.step(settings());
    let sent = d.cleared_send(first);
    // The host committed these bytes, sent, and died before Talk's answer.
    assert!(d.bot.describe(&d.job).contains("never came back"));
    let again = d.step(Input::Run);
    let resent = d.cleared_send(again);
    assert_eq!(posted(&resent), posted(&sent));
    let id = |r: &crate::BotRequest| {
        let body: serde_json::Value = serde_json::from_str(&r.body).expect("JSON");
        body["referenceId"].as_str().map(str::to_string)
    };
    assert_eq!(id(&resent), id(&sent));
    assert_eq!(d.talk_then(201, &[]).0, Action::Done(Outcome::Delivered));
}

#[test]
fn a_restart_after_a_store_goes_on_without_storing_twice() {
    let mut d = Drive::new(
        config(&["echo"], 0, None),
        message(17, "users/ada", "/talkbot mode off"),
    );
    d.step(Input::Run);
    assert!(matches!(d.step(settings()), Action::StoreSettings(_)));
    // The change was committed with the job's bytes; the host died before `stored`.
    assert!(matches!(
        d.step(Input::Run),
        Action::AskBreaker((0, BreakerEvent::Ask(_)))
    ));
}

#[test]
fn inputs_the_job_did_not_ask_for_and_foreign_bytes_are_errors() {
    let mut d = Drive::new(config(&["echo"], 0, None), message(18, "users/ada", "hi"));
    d.step(Input::Run);
    match d.try_step(Input::Stored) {
        Err(JobError::Unexpected(why)) => assert!(why.contains("settings"), "{why}"),
        other => panic!("{other:?}"),
    }
    d.job = b"\x09garbage".to_vec();
    assert!(matches!(
        d.try_step(Input::Run),
        Err(JobError::Unreadable(_))
    ));
    d.job = Vec::new();
    assert!(matches!(
        d.try_step(Input::Run),
        Err(JobError::Unreadable(_))
    ));
}

#[test]
fn every_prefix_of_a_jobs_bytes_is_refused_and_the_whole_reads_back() {
    let mut d = Drive::new(
        config(&["gpt"], 20, Some(0)),
        message(19, "users/ada", "hi"),
    );
    d.step(Input::Run);
    d.step(settings());
    d.step(Input::Memory(vec![]));
    let state = JobState::decode(&d.job).expect("readable");
    assert_eq!(JobState::decode(&state.encode()).expect("again"), state);
    for len in 0..d.job.len() {
        assert!(JobState::decode(&d.job[..len]).is_err(), "prefix {len}");
    }
}

#[test]
fn a_bad_configuration_is_refused_with_its_reason() {
    let mut cfg = config(&["echo"], 0, None);
    cfg.backends[0].secrets = vec!["short".into()];
    assert!(Bot::new(cfg).err().unwrap_or_default().contains("secret"));
    let mut cfg = config(&["echo"], 0, None);
    cfg.backends[0].url = "ftp://x".into();
    assert!(Bot::new(cfg).is_err());
    let mut cfg = config(&["echo"], 0, None);
    cfg.max_message_length = Some(10);
    assert!(Bot::new(cfg).is_err());
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    fn inputs() -> impl Strategy<Value = Input> {
        prop_oneof![
            Just(Input::Run),
            Just(Input::Stored),
            Just(settings()),
            Just(Input::Memory(vec![])),
            (any::<u16>(), proptest::collection::vec(any::<u8>(), 0..64))
                .prop_map(|(status, body)| Input::ModelAnswered((status, body, None))),
            Just(Input::ModelUnreachable((TransportFailure::TooLarge, None))),
            ".{0,20}".prop_map(|t| Input::ResponderAnswered((Some(t), None))),
            Just(Input::Breaker(BreakerVerdict::Nothing)),
            Just(Input::Breaker(BreakerVerdict::Clearance(Clearance::Send))),
            Just(Input::Breaker(BreakerVerdict::Refusal(
                Refusal::RoomDisabled
            ))),
            any::<u16>().prop_map(|s| Input::TalkAnswered(TalkAnswer::Status((s, vec![])))),
        ]
    }

    proptest! {
        /// Any bytes: refused with a reason, never a panic.
        #[test]
        fn foreign_bytes_are_refused_not_trusted(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let mut d = Drive::new(config(&["gpt", "echo"], 20, Some(0)), message(1, "users/ada", "hi"));
            let mut bytes = bytes;
            if let Some(first) = bytes.first_mut() {
                *first = state::VERSION;
            }
            d.job = bytes;
            let _ = d.try_step(Input::Run);
        }

        /// A real job fed any sequence of inputs: every step either acts or says the input was
        /// not asked for; what it returns always reads back; it never panics.
        #[test]
        fn any_sequence_of_inputs_keeps_the_job_readable(
            steps in proptest::collection::vec((inputs(), 0u64..100_000), 1..40),
            text in "[a-z /@]{1,40}",
        ) {
            let mut d = Drive::new(config(&["gpt", "echo"], 20, Some(0)), message(2, "users/ada", &text));
            for (input, later) in steps {
                d.now += later;
                let before = d.job.clone();
                match d.try_step(input) {
                    Ok(_) => prop_assert!(JobState::decode(&d.job).is_ok()),
                    Err(JobError::Unexpected(_)) => prop_assert_eq!(&d.job, &before),
                    Err(JobError::Unreadable(why)) => prop_assert!(false, "{}", why),
                }
            }
        }
    }
}
