//! A job's life up to its reply: what an event means, commands, answers with memory and
//! reactions, the fallback, Leave, restarts, refused inputs and configurations.

use super::*;

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
    assert_eq!(told, ["accepted"]);
    assert_eq!(end, Action::Done(Outcome::Delivered));
}

#[test]
fn a_command_stores_its_change_before_its_answer_goes_out() {
    let mut d = Drive::new(
        config(&["echo"], 0, None),
        message(5, "users/ada", "/talkbot mode mention"),
    );
    d.step(Input::Run);
    let (store, log) = d.step_log(settings()).expect("a step");
    // The operator's log says who gave which command (every command, changed or not).
    assert_eq!(
        log.as_deref(),
        Some(
            "chat command from users/ada; answering: Mode set to mention: I answer when someone mentions @talkbot."
        )
    );
    match store {
        Action::StoreSettings((0, token, s)) => {
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
fn forget_me_erases_the_writers_questions_and_says_how_many() {
    let mut d = Drive::new(
        config(&["echo"], 20, None),
        message(9, "users/ada", "/talkbot forget me"),
    );
    d.step(Input::Run);
    // The memory is loaded first: what goes is counted in the answer.
    let (load, log) = d.step_log(settings()).expect("a step");
    assert!(matches!(load, Action::LoadMemory(ref key) if key.token == "room1234"));
    assert_eq!(
        log.as_deref(),
        Some("chat command from users/ada; answering: forgetting")
    );
    let remembered = vec![
        asked("3", "users/ada", Role::User, "Ada"),
        asked("3", "users/ada", Role::Assistant, "talkbot"),
        asked("4", "users/bob", Role::User, "Bob"),
        asked("4", "users/bob", Role::Assistant, "talkbot"),
        // Stored before the asker was recorded: Ada's by her display name.
        asked("5", "", Role::User, "Ada"),
        asked("5", "", Role::Assistant, "talkbot"),
    ];
    let (erase, log) = d.step_log(Input::Memory(remembered)).expect("a step");
    assert!(
        log.as_deref()
            .is_some_and(|l| l.starts_with("forget: Done: I have forgotten 2 messages")),
        "{log:?}"
    );
    match erase {
        Action::Erase(erasure) => {
            assert_eq!(erasure.key.token, "room1234");
            assert_eq!(erasure.questions, Some(vec!["3".into(), "5".into()]));
        }
        other => panic!("{other:?}"),
    }
    // A restart after the erasure was handed over: the host commits the erasure with the
    // job's bytes, so the job goes on to its answer.
    let next = d.step(Input::Run);
    let request = d.cleared_send(next);
    assert!(
        posted(&request).starts_with("Done: I have forgotten 2 messages of yours"),
        "{}",
        posted(&request)
    );
    let (end, _) = d.talk_then(201, &[]);
    assert_eq!(end, Action::Done(Outcome::Delivered));
}

#[test]
fn forget_by_the_owner_erases_the_whole_memory() {
    for text in ["/talkbot forget", "/reset"] {
        let mut d = Drive::new(config(&["echo"], 20, None), message(9, "users/ada", text));
        d.step(Input::Run);
        assert!(matches!(d.step(settings()), Action::LoadMemory(_)));
        let remembered = vec![
            asked("4", "users/bob", Role::User, "Bob"),
            asked("4", "users/bob", Role::Assistant, "talkbot"),
        ];
        match d.step(Input::Memory(remembered)) {
            Action::Erase(erasure) => assert_eq!(erasure.questions, None),
            other => panic!("{other:?}"),
        }
        let next = d.step(Input::Stored);
        let request = d.cleared_send(next);
        assert_eq!(
            posted(&request),
            "Done: I have forgotten this conversation (2 messages I remembered)."
        );
    }
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
        asker: "users/ada".into(),
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
    assert_eq!(told, ["accepted"]);
    match remember {
        Action::Remember((key, turns, keep)) => {
            assert_eq!(key.token, "room1234");
            assert_eq!(keep, memory::KEEP);
            assert_eq!(turns.len(), 2);
            assert!(
                turns
                    .iter()
                    .all(|t| t.thread.is_empty() && t.message_id == "7" && t.asker == "users/ada")
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

#[test]
fn a_job_adopted_from_an_earlier_queue_runs_like_an_ingested_one() {
    let body = message(9, "users/ada", "from the old queue");
    let ingested = Drive::new(config(&["echo"], 0, None), body.clone());
    let adopted = ingested
        .bot
        .adopt(0, "0|room1234|9".into(), body.clone(), T0)
        .expect("adopted");
    let mut d = Drive {
        job: adopted,
        ..ingested
    };
    d.step(Input::Run);
    let next = d.step(settings());
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), "from the old queue");
    assert!(d.bot.adopt(1, "k".into(), body, T0).is_err());
    assert!(d.bot.adopt(0, "k".into(), b"{}".to_vec(), T0).is_err());
}
