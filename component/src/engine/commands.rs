//! Chat commands: `/talkbot …` (settings and forgetting the whole conversation for its
//! moderators; help, status and `forget me` for everyone) and `/reset`.
//!
//! Commands work in every mode (a moderator can switch an `off` bot back on) and need no
//! mention. Talk itself may claim messages starting with `/` for its own commands; typing
//! `//talkbot …` always reaches the bot (Talk shortens the leading `//` to `/`).

use super::policy::{effective_mode, room_persona};
use super::schedule::room::{self, RoomSchedule};
use crate::Actor;
use crate::engine_api::{Mode, Policy, RoomSettings, SettingsChange};
use crate::job_api::ScheduledPost;

/// A parsed chat command.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatCommand {
    /// `/talkbot` or `/talkbot help`.
    Help,
    /// `/talkbot status`.
    Status,
    /// `/talkbot mode all|mention|off`; the word when it is not a mode.
    Mode(Result<Mode, String>),
    /// `/talkbot persona <name>` (`default` goes back to the configured one).
    Persona(String),
    /// `/reset` or `/talkbot reset`: forget the conversation (as `/talkbot forget`).
    Reset,
    /// `/talkbot forget` (the conversation) or `/talkbot forget me` (`true`: what the writer
    /// asked, and the answers).
    Forget(bool),
    /// `/talkbot schedules` (or `schedule list`): the messages the bot posts here on its own.
    Schedules,
    /// `/talkbot schedule add|prompt <name> <cron> [<time zone>] <text>` (moderators).
    ScheduleAdd(RoomSchedule),
    /// `/talkbot schedule remove <name>` (moderators).
    ScheduleRemove(String),
    /// A `/talkbot schedule …` that does not read: what is wrong.
    ScheduleUsage(String),
    /// `/talkbot tools`: the tools this conversation's persona may call (moderators).
    Tools,
    /// `/talkbot approve <id>` (`true`) or `/talkbot deny <id>`: a moderator's decision on a
    /// tool call that waits for one.
    Decide(String, bool),
    /// `/talkbot <something else>`.
    Unknown(String),
}

/// `talkParticipantType` values allowed to change settings: owner, moderator, guest moderator.
const MODERATOR_TYPES: [u8; 3] = [1, 2, 6];

/// Parse `text` (rendered, the bot's mention removed) as a command, if it is one.
pub fn parse(text: &str) -> Option<ChatCommand> {
    let text = text.trim();
    let (head, rest) = text
        .split_once(char::is_whitespace)
        .map_or((text, ""), |(h, r)| (h, r.trim()));
    match head.to_lowercase().as_str() {
        "/reset" if rest.is_empty() => Some(ChatCommand::Reset),
        "/talkbot" => {
            let mut words = rest.split_whitespace();
            let verb = words.next().unwrap_or("help").to_lowercase();
            let arg = words.next().unwrap_or("").to_string();
            Some(match verb.as_str() {
                "help" => ChatCommand::Help,
                "status" => ChatCommand::Status,
                "reset" => ChatCommand::Reset,
                "mode" => ChatCommand::Mode(parse_mode(&arg).ok_or(arg)),
                "persona" => ChatCommand::Persona(arg),
                "schedule" | "schedules" => schedule_command(after_word(rest)),
                "tools" => ChatCommand::Tools,
                "approve" => ChatCommand::Decide(arg, true),
                "deny" => ChatCommand::Decide(arg, false),
                "forget" => match arg.to_lowercase().as_str() {
                    "" | "all" | "everything" => ChatCommand::Forget(false),
                    "me" => ChatCommand::Forget(true),
                    _ => ChatCommand::Unknown(format!("forget {arg}")),
                },
                _ => ChatCommand::Unknown(verb),
            })
        }
        _ => None,
    }
}

/// How to make a schedule from the chat.
const SCHEDULE_USAGE: &str = "Use `/talkbot schedule add <name> \"<minute hour day month weekday>\"      [<time zone>] <text>` (or `prompt` instead of `add`: I post my answer to the text),      `/talkbot schedule remove <name>`, `/talkbot schedules`.";

/// The first word of `text` and the rest, trimmed.
fn split_word(text: &str) -> (&str, &str) {
    let text = text.trim();
    text.split_once(char::is_whitespace)
        .map_or((text, ""), |(w, r)| (w, r.trim_start()))
}

/// `text` without its first word.
fn after_word(text: &str) -> &str {
    split_word(text).1
}

/// `/talkbot schedule …` after the verb.
fn schedule_command(text: &str) -> ChatCommand {
    let (sub, rest) = split_word(text);
    let usage = |why: &str| ChatCommand::ScheduleUsage(format!("{why} {SCHEDULE_USAGE}"));
    match sub.to_lowercase().as_str() {
        "" | "list" => ChatCommand::Schedules,
        "remove" | "delete" => match split_word(rest).0 {
            "" => usage("Which schedule?"),
            name => ChatCommand::ScheduleRemove(name.to_string()),
        },
        verb @ ("add" | "prompt") => {
            let (name, rest) = split_word(rest);
            if name.is_empty() {
                return usage("Give the schedule a name.");
            }
            // The times: quoted, or the next five words.
            let (cron, rest) = match rest.chars().next() {
                Some(q @ ('"' | '`')) => match rest[1..].split_once(q) {
                    Some((cron, rest)) => (cron.trim().to_string(), rest.trim_start()),
                    None => return usage("The quote around the times is not closed."),
                },
                _ => {
                    let mut words = rest.split_whitespace();
                    let cron: Vec<&str> = words.by_ref().take(5).collect();
                    let rest = words.collect::<Vec<_>>().join(" ");
                    return schedule_add(verb, name, cron.join(" "), &rest);
                }
            };
            schedule_add(verb, name, cron, rest)
        }
        other => usage(&format!("I do not know `schedule {other}`.")),
    }
}

/// `/talkbot schedule add|prompt <name>` with its times read: the zone (a word with a `/`, or
/// `UTC`) and the text.
fn schedule_add(verb: &str, name: &str, cron: String, rest: &str) -> ChatCommand {
    let (word, after) = split_word(rest);
    let (timezone, text) = if word.contains('/') || word.eq_ignore_ascii_case("utc") {
        (word.to_string(), after)
    } else {
        ("UTC".to_string(), rest.trim())
    };
    if text.is_empty() {
        return ChatCommand::ScheduleUsage(format!("What should I post? {SCHEDULE_USAGE}"));
    }
    let post = if verb == "add" {
        ScheduledPost::Text(text.to_string())
    } else {
        ScheduledPost::Prompt(text.to_string())
    };
    ChatCommand::ScheduleAdd(RoomSchedule {
        name: name.to_string(),
        cron,
        timezone,
        post,
    })
}

/// A mode's name, any case.
pub fn parse_mode(word: &str) -> Option<Mode> {
    match word.to_lowercase().as_str() {
        "all" => Some(Mode::All),
        "mention" => Some(Mode::Mention),
        "off" => Some(Mode::Off),
        _ => None,
    }
}

/// A mode's name.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::All => "all",
        Mode::Mention => "mention",
        Mode::Off => "off",
    }
}

/// What a command sees beyond the policy and the settings.
#[derive(Debug, Default)]
pub struct Context {
    /// A line for each schedule of this conversation (`/talkbot schedules`).
    pub schedules: Vec<String>,
    /// A line for each tool server this conversation's persona may use (`/talkbot tools`).
    pub tools: Vec<String>,
    pub now: u64,
}

/// Run a command: the text to answer with and the change to store.
pub fn run(
    policy: &Policy,
    settings: &RoomSettings,
    token: &str,
    actor: &Actor,
    command: ChatCommand,
    context: &Context,
) -> (String, Option<SettingsChange>) {
    let schedules = &context.schedules;
    let name = &policy.agent_name;
    let is_moderator = actor
        .participant_type
        .is_some_and(|t| MODERATOR_TYPES.contains(&t));
    let refuse = || {
        if actor.participant_type.is_none() {
            "Sorry, I cannot tell who moderates this conversation (Nextcloud Talk 21 or later \
             tells bots), so settings can only be changed in my configuration file."
                .to_string()
        } else {
            "Sorry, only the conversation's owner and moderators can change my settings."
                .to_string()
        }
    };
    let personas = || {
        let mut names: Vec<&str> = vec!["default"];
        names.extend(
            policy
                .personas
                .iter()
                .map(|p| p.name.as_str())
                .filter(|n| *n != "default"),
        );
        names.join(", ")
    };
    match command {
        ChatCommand::Help | ChatCommand::Unknown(_) => {
            let unknown = match &command {
                ChatCommand::Unknown(verb) => format!("I do not know `{verb}`. "),
                _ => String::new(),
            };
            let text = format!(
                "{unknown}Commands for {name}:\n\
                 - `/talkbot status`: how I am set up here\n\
                 - `/talkbot mode all|mention|off`: answer every message, only when mentioned, or never (moderators)\n\
                 - `/talkbot persona <name>`: how I answer here; one of {} (moderators)\n\
                 - `/talkbot forget me`: I forget what you asked me here and my answers\n\
                 - `/talkbot forget` or `/reset`: I forget this whole conversation (moderators)\n\
                 - `/talkbot schedules`: what I post here on my own, and when\n\
                 - `/talkbot schedule add <name> \"0 9 * * 1-5\" Europe/Berlin <text>`, `… remove <name>` (moderators)\n\
                 - `/talkbot tools`; `/talkbot approve <id>` or `deny <id>`: the tools I may call here, and the calls that wait for you (moderators)\n\
                 If Talk intercepts a command, start it with `//`.",
                personas()
            );
            (text, None)
        }
        ChatCommand::Status => {
            let persona = room_persona(policy, settings, token);
            let chain = policy
                .personas
                .iter()
                .find(|p| p.name == persona)
                .or_else(|| policy.personas.first())
                .map(|p| p.responders.join(", then "))
                .unwrap_or_default();
            let text = format!(
                "Mode: {}. Persona: {persona}. Answered by: {chain}. Memory: the last {} messages.",
                mode_name(effective_mode(policy, settings, token)),
                policy.memory_turns
            );
            (text, None)
        }
        ChatCommand::Schedules if schedules.is_empty() => (
            "Nothing is scheduled here. Moderators add with `/talkbot schedule add`.".into(),
            None,
        ),
        ChatCommand::Schedules => (format!("Scheduled here:\n{}", schedules.join("\n")), None),
        ChatCommand::ScheduleUsage(text) => (text, None),
        ChatCommand::ScheduleAdd(_) | ChatCommand::ScheduleRemove(_) if !is_moderator => {
            (refuse(), None)
        }
        ChatCommand::ScheduleAdd(new) => add_schedule(settings, new),
        ChatCommand::ScheduleRemove(name) => {
            let mut list = room::read(settings.schedules.as_deref());
            let Some(i) = list.iter().position(|s| s.name == name) else {
                return (
                    format!(
                        "No schedule `{name}` was made here from the chat (those in my configuration stay there)."
                    ),
                    None,
                );
            };
            list.remove(i);
            let change = SettingsChange::Set(RoomSettings {
                schedules: room::write(&list),
                ..settings.clone()
            });
            (format!("Removed the schedule `{name}`."), Some(change))
        }
        ChatCommand::Tools | ChatCommand::Decide(..) if !is_moderator => (
            if actor.participant_type.is_none() {
                refuse()
            } else {
                "Sorry, only the conversation's owner and moderators can see and approve my tools."
                    .into()
            },
            None,
        ),
        ChatCommand::Tools => (
            super::tools::approvals::listing(&context.tools, settings, context.now),
            None,
        ),
        ChatCommand::Decide(id, allowed) => {
            super::tools::approvals::decide(settings, &id, allowed, &actor.name, context.now)
        }
        ChatCommand::Forget(true) => (
            forgotten(true, None),
            Some(SettingsChange::Forget(Some(actor.raw_id.clone()))),
        ),
        ChatCommand::Reset | ChatCommand::Forget(false) if !is_moderator => {
            let who = if actor.participant_type.is_none() {
                "Sorry, I cannot tell who moderates this conversation (Nextcloud Talk 21 or later \
                 tells bots), so I cannot forget all of it."
            } else {
                "Sorry, only the conversation's owner and moderators can make me forget all of it."
            };
            (
                format!("{who} `/talkbot forget me` forgets what you asked me here."),
                None,
            )
        }
        ChatCommand::Reset | ChatCommand::Forget(false) => {
            (forgotten(false, None), Some(SettingsChange::Forget(None)))
        }
        ChatCommand::Mode(_) | ChatCommand::Persona(_) if !is_moderator => (refuse(), None),
        ChatCommand::Mode(Err(word)) => (
            format!("`{word}` is not a mode. Use `/talkbot mode all`, `mention` or `off`."),
            None,
        ),
        ChatCommand::Mode(Ok(mode)) => {
            let text = match mode {
                Mode::All => "Mode set to all: I answer every message here.".into(),
                Mode::Mention => {
                    format!("Mode set to mention: I answer when someone mentions @{name}.")
                }
                Mode::Off => {
                    "Mode set to off: I stay quiet here until a moderator writes `/talkbot mode all`."
                        .into()
                }
            };
            let change = SettingsChange::Set(RoomSettings {
                mode: Some(mode),
                ..settings.clone()
            });
            (text, Some(change))
        }
        ChatCommand::Persona(persona) => {
            if persona != "default" && !policy.personas.iter().any(|p| p.name == persona) {
                (
                    format!(
                        "There is no persona `{persona}`. Choose one of: {}.",
                        personas()
                    ),
                    None,
                )
            } else {
                let change = SettingsChange::Set(RoomSettings {
                    persona: Some(persona.clone()),
                    ..settings.clone()
                });
                (
                    format!("Persona set to {persona} for this conversation."),
                    Some(change),
                )
            }
        }
    }
}

/// `/talkbot schedule add|prompt` by a moderator: checked, then stored with the room's others.
fn add_schedule(settings: &RoomSettings, new: RoomSchedule) -> (String, Option<SettingsChange>) {
    let name = &new.name;
    if name.chars().count() > 40 || name.contains(['/', '|', '`']) {
        return (
            "A schedule's name is at most 40 characters, without `/`, `|` or backquotes.".into(),
            None,
        );
    }
    if new.cron.split_whitespace().count() != 5 {
        return (
            format!(
                "`{}` is not five fields (minute hour day month weekday): from the chat, a schedule runs at most once a minute.",
                new.cron
            ),
            None,
        );
    }
    if let Err(why) = super::schedule::check_times(&new.cron, &new.timezone) {
        return (format!("I cannot schedule that: {why}."), None);
    }
    let mut list = room::read(settings.schedules.as_deref());
    if list.iter().any(|s| s.name == *name) {
        return (
            format!("There is a schedule `{name}` here already: remove it first."),
            None,
        );
    }
    if list.len() >= room::MAX_PER_ROOM {
        return (
            format!(
                "A conversation has at most {} schedules made from the chat.",
                room::MAX_PER_ROOM
            ),
            None,
        );
    }
    let what = match &new.post {
        ScheduledPost::Text(_) => "I will post the text",
        ScheduledPost::Prompt(_) => "I will post my answer to the prompt",
    };
    let text = format!(
        "Scheduled `{name}`: `{}` ({}); {what}. `/talkbot schedules` says when next.",
        new.cron, new.timezone
    );
    list.push(new);
    let change = SettingsChange::Set(RoomSettings {
        schedules: room::write(&list),
        ..settings.clone()
    });
    (text, Some(change))
}

/// The answer to a forget command: `mine` for `forget me`; `count` is how many questions
/// (`forget me`) or remembered turns (the conversation) were forgotten, when known.
pub fn forgotten(mine: bool, count: Option<usize>) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match (mine, count) {
        (true, Some(0)) => "I remember nothing you asked me here.".into(),
        (true, Some(n)) => format!(
            "Done: I have forgotten {} of yours here and my answers to them. Talk keeps the chat \
             itself; delete messages there.",
            plural(n, "message", "messages")
        ),
        (true, None) => "Done: I have forgotten what you asked me here and my answers.".into(),
        (false, Some(0)) => "Done: I remembered nothing of this conversation.".into(),
        (false, Some(n)) => format!(
            "Done: I have forgotten this conversation ({} I remembered).",
            plural(n, "message", "messages")
        ),
        (false, None) => "Done: I have forgotten this conversation.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_and_leaves_other_text() {
        assert_eq!(parse("/reset"), Some(ChatCommand::Reset));
        assert_eq!(parse("/talkbot"), Some(ChatCommand::Help));
        assert_eq!(
            parse("/TalkBot Mode MENTION"),
            Some(ChatCommand::Mode(Ok(Mode::Mention)))
        );
        assert_eq!(
            parse("/talkbot mode sometimes"),
            Some(ChatCommand::Mode(Err("sometimes".into())))
        );
        assert_eq!(
            parse("/talkbot persona pirate"),
            Some(ChatCommand::Persona("pirate".into()))
        );
        assert_eq!(
            parse("/talkbot dance"),
            Some(ChatCommand::Unknown("dance".into()))
        );
        assert_eq!(parse("/talkbot forget"), Some(ChatCommand::Forget(false)));
        assert_eq!(parse("/talkbot Forget ME"), Some(ChatCommand::Forget(true)));
        assert_eq!(
            parse("/talkbot forget bob"),
            Some(ChatCommand::Unknown("forget bob".into()))
        );
        assert_eq!(parse("/reset the router please"), None);
        assert_eq!(parse("how do I /reset?"), None);
        assert_eq!(parse("/talkbotx"), None);
    }
}
