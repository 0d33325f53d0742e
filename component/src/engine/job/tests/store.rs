//! A store that cannot do what it is asked (`input.unavailable`): what is essential waits and
//! is asked again within the retry window; memory is worth a few tries, not the answer.

use super::*;

const WINDOW: u64 = 3_600_000;

fn unavailable() -> Input {
    Input::Unavailable("disk I/O error".into())
}

#[test]
fn settings_that_cannot_be_loaded_are_asked_again_then_the_configuration_decides() {
    let mut d = Drive::new(
        config(&["echo"], 0, Some(1000)),
        message(3, "users/ada", "hi"),
    );
    d.step(Input::Run);
    let wait = d.step(unavailable());
    assert_eq!(at(&wait), Some(T0 + 1000), "{wait:?}");
    match &wait {
        Action::SleepUntil(wake) => assert!(wake.why.contains("disk I/O error"), "{wake:?}"),
        other => panic!("{other:?}"),
    }
    d.now += 1000;
    assert!(matches!(d.step(Input::Run), Action::LoadSettings(_)));
    // Still failing when the next try would pass the window: the configuration (mode all)
    // says the question was for the bot, so its writer gets the failure reply.
    d.now = T0 + WINDOW - 500;
    let next = d.step(unavailable());
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), defaults::defaults().failure_reply);
}

#[test]
fn a_message_not_for_the_bot_whose_settings_never_load_ends_quietly() {
    let mut d = Drive::new(
        config(&["echo"], 0, Some(1000)),
        message(3, "bots/bot-1", "the bot's own"),
    );
    d.step(Input::Run);
    d.now = T0 + WINDOW - 500;
    match d.step(unavailable()) {
        Action::Done(Outcome::Failed(why)) => {
            assert!(
                why.contains("the store is unavailable: disk I/O error"),
                "{why}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn memory_that_cannot_be_loaded_does_not_keep_the_answer_back() {
    let mut d = Drive::new(config(&["gpt"], 20, None), message(4, "users/ada", "hi"));
    d.step(Input::Run);
    assert!(matches!(d.step(settings()), Action::LoadMemory(_)));
    let wait = d.step(unavailable());
    assert_eq!(at(&wait), Some(T0 + 1000), "{wait:?}");
    d.now += 1000;
    assert!(matches!(d.step(Input::Run), Action::LoadMemory(_)));
    // The second try fails too (two answer attempts by default): the model is asked without.
    match d.step(unavailable()) {
        Action::AskModel(call) => assert!(call.request.body.contains("hi")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_commands_change_waits_for_the_store_and_its_answer_follows() {
    let mut d = Drive::new(
        config(&["echo"], 0, None),
        message(5, "users/ada", "/talkbot mode mention"),
    );
    d.step(Input::Run);
    assert!(matches!(d.step(settings()), Action::StoreSettings(_)));
    let wait = d.step(unavailable());
    assert!(at(&wait).is_some(), "{wait:?}");
    d.now += 1000;
    // Decided again on the settings as they are then (a moderator may have changed them
    // meanwhile, and the job's bytes keep no room schedules).
    assert!(matches!(d.step(Input::Run), Action::LoadSettings(_)));
    assert!(matches!(d.step(settings()), Action::StoreSettings(_)));
    let next = d.step(Input::Stored);
    let request = d.cleared_send(next);
    assert!(posted(&request).to_lowercase().contains("mention"));
}

#[test]
fn a_change_the_store_never_takes_gets_the_failure_reply() {
    let mut d = Drive::new(
        config(&["echo"], 0, None),
        message(5, "users/ada", "/talkbot mode mention"),
    );
    d.step(Input::Run);
    d.step(settings());
    // The next try would come after the window's end: the failure reply goes now.
    d.now = T0 + WINDOW - 500;
    let next = d.step(unavailable());
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), defaults::defaults().failure_reply);
    match d.talk_then(201, &[]).0 {
        Action::Done(Outcome::FailureReply(why)) => {
            assert!(why.contains("the store is unavailable"), "{why}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_answer_that_cannot_be_remembered_is_posted_all_the_same() {
    let mut d = Drive::new(config(&["gpt"], 20, None), message(6, "users/ada", "hi"));
    d.step(Input::Run);
    d.step(settings());
    d.step(Input::Memory(vec![]));
    let remember = d.step(Input::ModelAnswered((200, model_ok("hello"), None)));
    assert!(matches!(remember, Action::Remember(_)), "{remember:?}");
    d.now = T0 + WINDOW - 500;
    let next = d.step(unavailable());
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), "hello");
}

#[test]
fn a_leave_that_cannot_forget_waits_and_forgets_later() {
    let mut d = Drive::new(config(&["echo"], 0, None), membership("Leave"));
    d.step(Input::Run);
    assert!(matches!(d.step(settings()), Action::Forget(_)));
    let wait = d.step(unavailable());
    assert!(at(&wait).is_some(), "{wait:?}");
    d.now += 1000;
    assert!(matches!(d.step(Input::Run), Action::Forget(_)));
    let stored = d.step(Input::Stored);
    let (end, told) = d.through_tells(stored);
    assert_eq!(told, ["left"]);
    assert_eq!(end, Action::Done(Outcome::Left));
}

#[test]
fn unavailable_is_refused_where_nothing_was_asked_of_the_store() {
    let mut d = Drive::new(config(&["gpt"], 0, None), message(7, "users/ada", "hi"));
    d.step(Input::Run);
    d.step(settings());
    assert!(matches!(
        d.try_step(unavailable()),
        Err(JobError::Unexpected(_))
    ));
}

#[test]
fn a_forget_waits_out_a_store_that_cannot_load_or_erase() {
    let mut d = Drive::new(
        config(&["echo"], 20, None),
        message(9, "users/ada", "/talkbot forget me"),
    );
    d.step(Input::Run);
    assert!(matches!(d.step(settings()), Action::LoadMemory(_)));
    // The memory does not load: the job waits and loads it again (a forget is not answered
    // without having forgotten).
    let wait = d.step(unavailable());
    assert!(at(&wait).is_some(), "{wait:?}");
    d.now += 1000;
    assert!(matches!(d.step(Input::Run), Action::LoadMemory(_)));
    assert!(matches!(d.step(Input::Memory(vec![])), Action::Erase(_)));
    // The erasure fails: the same erasure is asked for again, then the answer goes out.
    let wait = d.step(unavailable());
    assert!(at(&wait).is_some(), "{wait:?}");
    d.now += 5000;
    assert!(matches!(d.step(Input::Run), Action::Erase(_)));
    let next = d.step(Input::Stored);
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), "I remember nothing you asked me here.");
}
