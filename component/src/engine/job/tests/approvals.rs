//! Tool calls that wait for a moderator: parked in the conversation's settings with the job,
//! approved or denied by `/talkbot approve|deny`, refused to others, listed by `/talkbot tools`.

use super::tools::{
    answer, call_of, json, model_answered, model_body, to_first_model_request, tool_calls,
    tool_config,
};
use super::*;

/// A question whose call needs approval, parked: the settings as stored and the posted request.
fn parked() -> (RoomSettings, String) {
    let mut d = Drive::new(tool_config(&["add"], &[]), message(7, "users/ada", "2+3?"));
    to_first_model_request(&mut d);
    let load = d.step(model_answered(tool_calls(&[(
        "c1",
        "calc__add",
        r#"{"a":2,"b":3}"#,
    )])));
    assert!(matches!(load, Action::LoadSettings(_)), "{load:?}");
    let mut loaded = settings();
    if let Input::Settings(s) = &mut loaded {
        s.schedules = Some("kept".into());
    }
    let stored = match d.step(loaded) {
        Action::StoreSettings((_, _, s)) => s,
        other => panic!("expected the settings stored, got {other:?}"),
    };
    assert_eq!(stored.schedules.as_deref(), Some("kept"));
    let post = d.told(Input::Stored);
    let text = posted(&d.cleared_send(post));
    let (end, _) = d.talk_then(201, &[]);
    assert!(matches!(end, Action::Done(Outcome::Delivered)), "{end:?}");
    (stored, text)
}

fn approval_id(text: &str) -> String {
    text.split("/talkbot approve ")
        .nth(1)
        .and_then(|r| r.split('`').next())
        .unwrap_or_default()
        .to_string()
}

/// The command `text` by a participant of `participant_type`, with `stored` settings.
fn command(text: &str, participant_type: &str, stored: &RoomSettings) -> (Drive, Action) {
    let body = String::from_utf8(message(9, "users/mod", text))
        .unwrap_or_default()
        .replace(
            "\"talkParticipantType\":\"1\"",
            &format!("\"talkParticipantType\":\"{participant_type}\""),
        );
    let mut d = Drive::new(tool_config(&["add"], &[]), body.into_bytes());
    d.now = T0 + 60_000;
    assert!(matches!(d.step(Input::Run), Action::LoadSettings(_)));
    let action = d.step(Input::Settings(stored.clone()));
    (d, action)
}

#[test]
fn a_call_that_needs_approval_waits_in_the_settings_and_a_moderator_approves_it() {
    let (stored, text) = parked();
    assert!(
        text.starts_with("I would like to run the tool `calc/add` with `{\"a\":2,\"b\":3}`"),
        "{text}"
    );
    let id = approval_id(&text);
    assert_eq!(id.len(), 6);
    let (mut d, action) = command(&format!("/talkbot approve {id}"), "2", &stored);
    let Action::StoreSettings((_, _, after)) = action else {
        panic!("expected the settings stored, got {action:?}");
    };
    assert_eq!(after.approvals, None);
    // The command's job is now the question's: the call is made, the answer replies to it.
    let call = call_of(d.step(Input::Stored));
    assert_eq!(json(&call.request.body)["params"]["name"], "add");
    let body = model_body(d.step(answer(
        call.answer_id,
        r#"{"content":[{"type":"text","text":"5"}]}"#,
        false,
    )));
    assert_eq!(
        body["messages"]
            .as_array()
            .and_then(|m| m.last())
            .cloned()
            .unwrap_or_default()["content"],
        "5"
    );
    let post = d.told(model_answered(model_ok("It is 5.")));
    let request = d.cleared_send(post);
    assert_eq!(posted(&request), "It is 5.");
    assert_eq!(json(&request.body)["replyTo"], 7);
}

#[test]
fn a_denied_call_is_not_made_and_the_model_is_told() {
    let (stored, text) = parked();
    let (mut d, action) = command(
        &format!("/talkbot deny {}", approval_id(&text)),
        "1",
        &stored,
    );
    assert!(matches!(action, Action::StoreSettings(_)));
    let body = model_body(d.step(Input::Stored));
    let last = body["messages"]
        .as_array()
        .and_then(|m| m.last())
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        last["content"],
        "A moderator (Ada) denied this call; it was not made."
    );
}

#[test]
fn only_moderators_approve_and_unknown_ids_are_said() {
    let (stored, text) = parked();
    let id = approval_id(&text);
    let (mut d, action) = command(&format!("/talkbot approve {id}"), "3", &stored);
    let (post, _) = d.through_tells(action);
    assert!(
        posted(&d.cleared_send(post))
            .starts_with("Sorry, only the conversation's owner and moderators")
    );
    let (mut d, action) = command("/talkbot approve zzzzzz", "1", &stored);
    let (post, _) = d.through_tells(action);
    assert!(
        posted(&d.cleared_send(post)).starts_with("No tool call waits here with the id `zzzzzz`")
    );
    let (mut d, action) = command("/talkbot tools", "1", &stored);
    let (post, _) = d.through_tells(action);
    let listing = posted(&d.cleared_send(post));
    assert!(
        listing.contains("- `calc`: every tool; a moderator approves each call of add"),
        "{listing}"
    );
    assert!(
        listing.contains(&format!("- `{id}`: calc/add with `{{\"a\":2,\"b\":3}}`")),
        "{listing}"
    );
}

#[test]
fn the_model_cannot_make_an_approval_request_notify_everyone() {
    let mut d = Drive::new(tool_config(&["add"], &[]), message(7, "users/ada", "2+3?"));
    to_first_model_request(&mut d);
    let load = d.step(model_answered(tool_calls(&[(
        "c1",
        "calc__add",
        r#"{"a":"@all"}"#,
    )])));
    assert!(matches!(load, Action::LoadSettings(_)));
    d.step(settings());
    let post = d.told(Input::Stored);
    let text = posted(&d.cleared_send(post));
    assert!(text.contains("@\u{200b}all"), "{text}");
}
