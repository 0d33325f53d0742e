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

/// The job of the 09:00 (Berlin) occurrence on Monday of a daily schedule posting `post`,
/// driven from then.
fn at_nine(post: ScheduledPost) -> Drive {
    let bot = scheduled(post, "0 9 * * *", 600_000);
    let job = bot
        .due(Some(MONDAY_8 - 1), MONDAY_8, &[])
        .jobs
        .remove(0)
        .job;
    Drive {
        bot,
        job,
        now: MONDAY_8,
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
    assert_eq!(bot.next_due(MONDAY_8 - 1, &[]), Some(MONDAY_8));
    // A first look (no since): nothing from before it.
    assert!(bot.due(None, MONDAY_8 + 1000, &[]).jobs.is_empty());
    // Looking across 09:00: one job, keyed by the occurrence, in the room.
    let due = bot.due(Some(MONDAY_8 - 60_000), MONDAY_8 + 1000, &[]);
    assert_eq!(due.jobs.len(), 1);
    assert_eq!(
        due.jobs[0].dedup_key,
        format!("schedule:standup:{MONDAY_8}")
    );
    assert_eq!(due.jobs[0].token, "room1234");
    assert!(due.missed.is_empty());
    // A look repeated (a crash before `since` was kept) gives the same key: stored once.
    let again = bot.due(Some(MONDAY_8 - 60_000), MONDAY_8 + 5000, &[]);
    assert_eq!(again.jobs[0].dedup_key, due.jobs[0].dedup_key);
    // Down from Friday to Monday 09:05: Monday's is within the 10 minutes, Friday's is not.
    let friday = MONDAY_8 - 3 * 86_400_000;
    let late = bot.due(Some(friday - 60_000), MONDAY_8 + 300_000, &[]);
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
    let burst = fast.due(Some(MONDAY_8), MONDAY_8 + 3_600_000, &[]);
    assert_eq!(burst.jobs.len(), 10);
    assert_eq!(burst.missed.len(), 1);
}

#[test]
fn a_scheduled_text_is_posted_as_it_is_without_a_reply() {
    let mut d = at_nine(ScheduledPost::Text("Stand-up! @all".into()));
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
    let mut d = at_nine(ScheduledPost::Prompt("Sum up the week".into()));
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
    let mut d = at_nine(ScheduledPost::Text("hello".into()));
    d.step(Input::Run);
    let end = d.step(Input::Settings(RoomSettings {
        mode: Some(Mode::Off),
        persona: None,
        schedules: None,
        approvals: None,
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
        "Scheduled here:\n- standup: `0 9 * * 1-5` (Europe/Berlin), posts \"Stand-up time!\"; next 2027-01-04 09:00"
    );
}

/// A command's step: its answer and the settings it stores (none when it stores nothing).
fn command(text: &str, participant: &str, stored: Option<&str>) -> (String, Option<RoomSettings>) {
    let body = message(9, "users/ada", text);
    let body = String::from_utf8(body)
        .unwrap()
        .replace(
            "\"talkParticipantType\":\"1\"",
            &format!("\"talkParticipantType\":\"{participant}\""),
        )
        .into_bytes();
    let mut d = Drive::new(config(&["echo"], 0, None), body);
    d.now = MONDAY_8 - 3_600_000;
    d.step(Input::Run);
    let loaded = Input::Settings(RoomSettings {
        mode: None,
        persona: None,
        schedules: stored.map(str::to_string),
        approvals: None,
    });
    let (next, change) = match d.step(loaded) {
        Action::StoreSettings((_, _, settings)) => (d.step(Input::Stored), Some(settings)),
        other => (other, None),
    };
    (posted(&d.cleared_send(next)), change)
}

#[test]
fn moderators_add_and_remove_schedules_from_the_chat() {
    // Added: stored in the room's settings, in the engine's text.
    let (answer, change) = command(
        "/talkbot schedule add standup \"0 9 * * 1-5\" Europe/Berlin Stand-up in five minutes!",
        "1",
        None,
    );
    assert_eq!(
        answer,
        "Scheduled `standup`: `0 9 * * 1-5` (Europe/Berlin); I will post the text. `/talkbot schedules` says when next."
    );
    let stored = change.unwrap().schedules.expect("stored schedules");
    // Listed with the next time (in the room's zone), and due as a job of its own key.
    let (list, _) = command("/talkbot schedules", "3", Some(&stored));
    assert_eq!(
        list,
        "Scheduled here:\n- standup: `0 9 * * 1-5` (Europe/Berlin), posts \"Stand-up in five minutes!\"; next 2027-01-04 09:00"
    );
    let bot = Bot::new(config(&["echo"], 0, None)).unwrap();
    let rooms = [crate::job_api::RoomSchedules {
        backend_index: 0,
        token: "room1234".into(),
        schedules: stored.clone(),
    }];
    assert_eq!(bot.next_due(MONDAY_8 - 1, &rooms), Some(MONDAY_8));
    let due = bot.due(Some(MONDAY_8 - 1), MONDAY_8, &rooms);
    assert_eq!(
        due.jobs[0].dedup_key,
        format!("schedule:0|room1234/standup:{MONDAY_8}")
    );
    // Without quotes the five words are the times; a prompt; the zone UTC when none is given.
    let (answer, change) = command(
        "/talkbot schedule prompt digest 0 17 * * fri Sum up the week",
        "2",
        Some(&stored),
    );
    assert!(
        answer.contains("`0 17 * * fri` (UTC); I will post my answer"),
        "{answer}"
    );
    let both = change.unwrap().schedules.unwrap();
    assert!(
        both.contains("standup") && both.contains("\"prompt\":\"Sum up the week\""),
        "{both}"
    );
    // A participant may list, not change.
    let (refused, change) = command("/talkbot schedule remove standup", "3", Some(&both));
    assert!(refused.starts_with("Sorry, only"), "{refused}");
    assert!(change.is_none());
    // Removed by a moderator; the last one removed leaves nothing stored.
    let (answer, change) = command("/talkbot schedule remove digest", "1", Some(&both));
    assert_eq!(answer, "Removed the schedule `digest`.");
    assert_eq!(change.unwrap().schedules, Some(stored.clone()));
    let (_, change) = command("/talkbot schedule remove standup", "1", Some(&stored));
    assert_eq!(change.unwrap().schedules, None);
    // What does not read says why, and stores nothing.
    for (text, needle) in [
        (
            "/talkbot schedule add x \"61 9 * * *\" hi",
            "minute field `61`",
        ),
        (
            "/talkbot schedule add x \"* * * * * *\" hi",
            "not five fields",
        ),
        (
            "/talkbot schedule add x \"0 9 * * *\" Mars/Base hi",
            "not a time zone",
        ),
        ("/talkbot schedule add standup \"0 9 * * *\" hi", "already"),
        (
            "/talkbot schedule add x \"0 9 * * *\"",
            "What should I post?",
        ),
        ("/talkbot schedule add", "Give the schedule a name."),
        ("/talkbot schedule add x \"0 9 hi", "not closed"),
        ("/talkbot schedule remove nothing", "No schedule `nothing`"),
        ("/talkbot schedule dance", "I do not know `schedule dance`"),
    ] {
        let (answer, change) = command(text, "1", Some(&stored));
        assert!(answer.contains(needle), "{text}: {answer}");
        assert!(change.is_none(), "{text}");
    }
}
