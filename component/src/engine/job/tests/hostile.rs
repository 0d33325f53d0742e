//! Hostile input: arbitrary bytes as a job, arbitrary sequences of inputs.

use super::*;
use proptest::prelude::*;

fn inputs() -> impl Strategy<Value = Input> {
    prop_oneof![
        Just(Input::Run),
        Just(Input::Stored),
        ".{0,20}".prop_map(Input::Unavailable),
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
