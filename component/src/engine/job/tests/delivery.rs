//! Delivery: 413 re-splits, 429 and 5xx retries to the window's end, 401s and the breaker's
//! holds and pauses.

use super::*;

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
    // A 429 is told to the breaker (it may be the brute-force lock), then waited out.
    let (wait, told) = d.talk_then(429, &[("Retry-After", "30")]);
    assert_eq!(told, ["answered"]);
    assert_eq!(at(&wait), Some(T0 + 30_000));
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
        // Only a 429 is told to the breaker as an answer; a 401 goes to it as a refusal.
        let (next, told) = d.talk_then(401, &[]);
        assert!(told.is_empty(), "{told:?}");
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
