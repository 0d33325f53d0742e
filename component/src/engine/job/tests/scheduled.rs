//! Schedules: which occurrences are due (grace, the ones missed, a first look), and the job of
//! an occurrence: a text posted as it is, a prompt answered by the room's persona, a room
//! switched off skipped.

use super::*;
use crate::job_api::{Schedule, ScheduledPost};

/// 2027-01-04T08:00:00Z, a Monday.
const MONDAY_8: u64 = 1_799_049_600_000;

fn scheduled(post: ScheduledPost, cron: &str, grace_ms: u64) -> Bot {
    let mut c = config(&["gpt"], 20, None);
    c.schedules = vec![Schedule {
        name: "standup".into(),
        backend_index: 0,
        room: "room1234".into(),
        cron: cron.into(),
        timezone: "Europe/Berlin".into(),
        post,
        grace_ms,
    }];
    Bot::new(c).expect("a valid configuration")
}

fn drive(bot: Bot, job: Vec<u8>, now: u64) -> Drive {
    Drive {
        bot,
        job,
        now,
        randoms: 0,
    }
}

#[test]
fn occurrences_within_the_grace_are_due_once_older_ones_missed() {
    // 09:00 Berlin on weekdays = 08:00Z in winter.
    let bot = scheduled(
        ScheduledPost::Text("Stand-up!".into()),
        "0 9 * * 1-5",
        600_000,
    );
    assert_eq!(bot.next_due(MONDAY_8 - 1), Some(MONDAY_8));
    // A first look (no since): nothing from before it.
    assert!(bot.due(None, MONDAY_8 + 1000).jobs.is_empty());
    // Looking across 09:00: one job, keyed by the occurrence, in the room.
    let due = bot.due(Some(MONDAY_8 - 60_000), MONDAY_8 + 1000);
    assert_eq!(due.jobs.len(), 1);
    assert_eq!(
        due.jobs[0].dedup_key,
        format!("schedule:standup:{MONDAY_8}")
    );
    assert_eq!(due.jobs[0].token, "room1234");
    assert!(due.missed.is_empty());
    // A look repeated (a crash before `since` was kept) gives the same key: stored once.
    let again = bot.due(Some(MONDAY_8 - 60_000), MONDAY_8 + 5000);
    assert_eq!(again.jobs[0].dedup_key, due.jobs[0].dedup_key);
    // Down from Friday to Monday 09:05: Monday's is within the 10 minutes, Friday's is not.
    let friday = MONDAY_8 - 3 * 86_400_000;
    let late = bot.due(Some(friday - 60_000), MONDAY_8 + 300_000);
    assert_eq!(late.jobs.len(), 1);
    assert!(late.jobs[0].dedup_key.ends_with(&MONDAY_8.to_string()));
    assert_eq!(late.missed.len(), 1);
    assert!(
        late.missed[0].contains("standup") && late.missed[0].contains("skipped"),
        "{}",
        late.missed[0]
    );
    // Every second, an hour down with an hour's grace: the newest ten only.
    let fast = scheduled(ScheduledPost::Text("tick".into()), "* * * * * *", 3_600_000);
    let burst = fast.due(Some(MONDAY_8), MONDAY_8 + 3_600_000);
    assert_eq!(burst.jobs.len(), 10);
    assert_eq!(burst.missed.len(), 1);
}

#[test]
fn a_scheduled_text_is_posted_as_it_is_without_a_reply() {
    let bot = scheduled(
        ScheduledPost::Text("Stand-up! @all".into()),
        "0 9 * * *",
        600_000,
    );
    let job = bot.due(Some(MONDAY_8 - 1), MONDAY_8).jobs.remove(0).job;
    let mut d = drive(bot, job, MONDAY_8);
    assert_eq!(
        d.step(Input::Run),
        Action::LoadSettings((0, "room1234".into()))
    );
    let next = d.step(settings());
    let request = d.cleared_send(next);
    assert!(
        request.url.ends_with("/bot/room1234/message"),
        "{}",
        request.url
    );
    let body: serde_json::Value = serde_json::from_str(&request.body).unwrap();
    // The operator's text, as written (an operator may notify everyone).
    assert_eq!(body["message"], "Stand-up! @all");
    assert!(body.get("replyTo").is_none(), "{body}");
    assert_eq!(body["referenceId"].as_str().map(str::len), Some(64));
    let (end, _) = d.talk_then(201, &[]);
    assert_eq!(end, Action::Done(Outcome::Delivered));
}

#[test]
fn a_scheduled_prompt_is_answered_by_the_rooms_persona_and_posted() {
    let bot = scheduled(
        ScheduledPost::Prompt("Sum up the week".into()),
        "0 9 * * *",
        600_000,
    );
    let job = bot.due(Some(MONDAY_8 - 1), MONDAY_8).jobs.remove(0).job;
    let mut d = drive(bot, job, MONDAY_8);
    d.step(Input::Run);
    // No memory is loaded and nothing is remembered: the prompt goes to the model alone.
    let call = match d.step(settings()) {
        Action::AskModel(call) => call,
        other => panic!("{other:?}"),
    };
    assert!(call.reaction.is_none());
    let body: serde_json::Value = serde_json::from_str(&call.request.body).unwrap();
    let messages = body["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2, "{body}");
    assert!(
        messages[1]["content"]
            .as_str()
            .unwrap()
            .ends_with("Sum up the week")
    );
    let next = d.step(Input::ModelAnswered((200, model_ok("A calm week."), None)));
    let request = d.cleared_send(next);
    assert_eq!(posted(&request), "A calm week.");
    let (end, _) = d.talk_then(201, &[]);
    assert_eq!(end, Action::Done(Outcome::Delivered));
}

#[test]
fn a_room_switched_off_gets_no_scheduled_post() {
    let bot = scheduled(ScheduledPost::Text("hello".into()), "0 9 * * *", 600_000);
    let job = bot.due(Some(MONDAY_8 - 1), MONDAY_8).jobs.remove(0).job;
    let mut d = drive(bot, job, MONDAY_8);
    d.step(Input::Run);
    let end = d.step(Input::Settings(RoomSettings {
        mode: Some(Mode::Off),
        persona: None,
    }));
    assert!(
        matches!(&end, Action::Done(Outcome::Ignored(why)) if why.contains("off")),
        "{end:?}"
    );
}

#[test]
fn talkbot_schedules_lists_this_conversations_schedules() {
    let mut c = config(&["echo"], 0, None);
    c.schedules = vec![Schedule {
        name: "standup".into(),
        backend_index: 0,
        room: "room1234".into(),
        cron: "0 9 * * 1-5".into(),
        timezone: "Europe/Berlin".into(),
        post: ScheduledPost::Text("Stand-up time!".into()),
        grace_ms: 600_000,
    }];
    let mut d = Drive::new(c, message(3, "users/ada", "/talkbot schedules"));
    d.now = MONDAY_8 - 3_600_000;
    d.step(Input::Run);
    let next = d.step(settings());
    let request = d.cleared_send(next);
    assert_eq!(
        posted(&request),
        "Scheduled here (set in my configuration):\n- standup: `0 9 * * 1-5` (Europe/Berlin), posts \"Stand-up time!\"; next 2027-01-04 09:00"
    );
}
