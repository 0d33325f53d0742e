//! Chat commands: `/talkbot …` (settings and forgetting the whole conversation for its
//! moderators; help, status and `forget me` for everyone) and `/reset`.
//!
//! Commands work in every mode (a moderator can switch an `off` bot back on) and need no
//! mention. Talk itself may claim messages starting with `/` for its own commands; typing
//! `//talkbot …` always reaches the bot (Talk shortens the leading `//` to `/`).

use super::policy::{effective_mode, room_persona};
use crate::Actor;
use crate::engine_api::{Mode, Policy, RoomSettings, SettingsChange};

/// A parsed chat command.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// `/talkbot schedules`: the messages the bot posts here on its own.
    Schedules,
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
                "schedule" | "schedules" => ChatCommand::Schedules,
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

/// Run a command: the text to answer with and the change to store. `schedules`: a line for
/// each schedule of this conversation.
pub fn run(
    policy: &Policy,
    settings: &RoomSettings,
    token: &str,
    actor: &Actor,
    command: ChatCommand,
    schedules: &[String],
) -> (String, Option<SettingsChange>) {
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
            "Nothing is scheduled here. Scheduled messages are set in my configuration \
             (`schedules`)."
                .into(),
            None,
        ),
        ChatCommand::Schedules => (
            format!(
                "Scheduled here (set in my configuration):\n{}",
                schedules.join("\n")
            ),
            None,
        ),
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
