//! Schedules made from the chat (`/talkbot schedule add …`): each conversation's list, which
//! the host keeps as the text `room-settings.schedules` and hands back to `bot.due`. The text
//! is JSON, `[{"name", "cron", "timezone", "text" or "prompt"}]` (the `schedules` variable's
//! shape without the room), written and read only here.

use super::Checked;
use crate::job_api::{RoomSchedules, Schedule, ScheduledPost};
use crate::json::{Json, write_string};

/// Schedules a conversation may make from the chat.
pub const MAX_PER_ROOM: usize = 20;
/// How late a missed occurrence of a chat-made schedule is still posted.
const GRACE_MS: u64 = 3_600_000;

/// One schedule made from the chat.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomSchedule {
    pub name: String,
    pub cron: String,
    pub timezone: String,
    pub post: ScheduledPost,
}

/// The schedules of a stored text (entries that do not read are left out: the engine wrote
/// them, so only a damaged store has any).
pub fn read(text: Option<&str>) -> Vec<RoomSchedule> {
    let Some(Ok(Json::Array(items))) = text.map(Json::parse) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let field = |key: &str| match item.get(key) {
                Some(Json::String(s)) => Some(s.clone()),
                _ => None,
            };
            let post = match (field("text"), field("prompt")) {
                (Some(text), None) => ScheduledPost::Text(text),
                (None, Some(prompt)) => ScheduledPost::Prompt(prompt),
                _ => return None,
            };
            Some(RoomSchedule {
                name: field("name")?,
                cron: field("cron")?,
                timezone: field("timezone")?,
                post,
            })
        })
        .collect()
}

/// The text of `list` (none when empty: nothing to store).
pub fn write(list: &[RoomSchedule]) -> Option<String> {
    if list.is_empty() {
        return None;
    }
    let mut out = String::from("[");
    for (i, s) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"name\":");
        write_string(&mut out, &s.name);
        out.push_str(",\"cron\":");
        write_string(&mut out, &s.cron);
        out.push_str(",\"timezone\":");
        write_string(&mut out, &s.timezone);
        let (key, value) = match &s.post {
            ScheduledPost::Text(t) => ("text", t),
            ScheduledPost::Prompt(p) => ("prompt", p),
        };
        out.push_str(&format!(",\"{key}\":"));
        write_string(&mut out, value);
        out.push('}');
    }
    out.push(']');
    Some(out)
}

/// The checked schedules of every conversation in `rooms` (any that no longer checks is left
/// out), keyed apart from the configured ones: `<backend>|<token>/<name>`.
pub fn checked(rooms: &[RoomSchedules], backends: usize) -> Vec<Checked> {
    rooms
        .iter()
        .flat_map(|room| {
            read(Some(&room.schedules)).into_iter().filter_map(|s| {
                let schedule = Schedule {
                    name: s.name,
                    backend_index: room.backend_index,
                    room: room.token.clone(),
                    cron: s.cron,
                    timezone: s.timezone,
                    post: s.post,
                    grace_ms: GRACE_MS,
                };
                let key = format!("{}|{}/{}", room.backend_index, room.token, schedule.name);
                let mut checked = super::check(vec![schedule], backends).ok()?.pop()?;
                checked.key = key;
                Some(checked)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_reads_back_as_written() {
        let list = vec![
            RoomSchedule {
                name: "standup".into(),
                cron: "0 9 * * 1-5".into(),
                timezone: "Europe/Berlin".into(),
                post: ScheduledPost::Text("Stand-up \"now\"\n".into()),
            },
            RoomSchedule {
                name: "digest".into(),
                cron: "0 17 * * fri".into(),
                timezone: "UTC".into(),
                post: ScheduledPost::Prompt("Sum up".into()),
            },
        ];
        let text = write(&list).unwrap();
        assert_eq!(read(Some(&text)), list);
        assert_eq!(write(&[]), None);
        assert!(read(Some("not json")).is_empty());
        // Checked with their room, keyed apart from configured schedules.
        let rooms = [RoomSchedules {
            backend_index: 0,
            token: "abcd1234".into(),
            schedules: text,
        }];
        let checked = checked(&rooms, 1);
        assert_eq!(checked.len(), 2);
        assert_eq!(checked[0].key, "0|abcd1234/standup");
        assert_eq!(checked[0].schedule.room, "abcd1234");
    }
}
