//! Chat commands: `/talkbot …` for a conversation's moderators, `/reset` for everyone.
//!
//! Commands work in every mode (a moderator can switch an `off` bot back on) and need no
//! mention. Talk itself may claim messages starting with `/` for its own commands; typing
//! `//talkbot …` always reaches the bot (Talk shortens the leading `//` to `/`).

use crate::app::App;
use crate::config::Mode;
use crate::protocol::Actor;
use crate::store::{RoomSettings, StoreError};

/// A parsed chat command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatCommand {
    /// `/talkbot` or `/talkbot help`.
    Help,
    /// `/talkbot status`.
    Status,
    /// `/talkbot mode all|mention|off`; None for a word that is not a mode.
    Mode(Result<Mode, String>),
    /// `/talkbot persona <name>` (`default` goes back to the configured one).
    Persona(String),
    /// `/reset` or `/talkbot reset`: forget the conversation.
    Reset,
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
                "mode" => ChatCommand::Mode(match arg.to_lowercase().as_str() {
                    "all" => Ok(Mode::All),
                    "mention" => Ok(Mode::Mention),
                    "off" => Ok(Mode::Off),
                    _ => Err(arg),
                }),
                "persona" => ChatCommand::Persona(arg),
                _ => ChatCommand::Unknown(verb),
            })
        }
        _ => None,
    }
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::All => "all",
        Mode::Mention => "mention",
        Mode::Off => "off",
    }
}

/// The mode in effect: set from the chat, else the room's configuration, else the default.
pub fn effective_mode(app: &App, settings: &RoomSettings, token: &str) -> Mode {
    settings
        .mode
        .as_deref()
        .and_then(|m| match m {
            "all" => Some(Mode::All),
            "mention" => Some(Mode::Mention),
            "off" => Some(Mode::Off),
            _ => None,
        })
        .unwrap_or_else(|| app.config.mode_for(token))
}

/// The room's persona: set from the chat, else configured for the room, else `default`.
pub fn room_persona(app: &App, settings: &RoomSettings, token: &str) -> String {
    settings
        .persona
        .clone()
        .or_else(|| app.config.rooms.get(token).and_then(|r| r.persona.clone()))
        .unwrap_or_else(|| "default".into())
}

/// Run a command; the text to answer with.
pub fn run(
    app: &App,
    backend_index: u32,
    token: &str,
    actor: &Actor,
    command: ChatCommand,
) -> Result<String, StoreError> {
    let name = &app.config.agent_name;
    let settings = app.store.room(backend_index, token)?;
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
        names.extend(app.config.personas.keys().map(String::as_str));
        names.join(", ")
    };
    Ok(match command {
        ChatCommand::Help | ChatCommand::Unknown(_) => {
            let unknown = match &command {
                ChatCommand::Unknown(verb) => format!("I do not know `{verb}`. "),
                _ => String::new(),
            };
            format!(
                "{unknown}Commands for {name}:\n\
                 - `/talkbot status`: how I am set up here\n\
                 - `/talkbot mode all|mention|off`: answer every message, only when mentioned, or never (moderators)\n\
                 - `/talkbot persona <name>`: how I answer here; one of {} (moderators)\n\
                 - `/reset`: forget this conversation\n\
                 If Talk intercepts a command, start it with `//`.",
                personas()
            )
        }
        ChatCommand::Status => {
            let persona = room_persona(app, &settings, token);
            let (_, chain) = app.persona(&persona);
            format!(
                "Mode: {}. Persona: {persona}. Answered by: {}. Memory: the last {} messages.",
                mode_name(effective_mode(app, &settings, token)),
                chain.names().join(", then "),
                app.config.memory_turns
            )
        }
        ChatCommand::Reset => {
            app.store.forget(backend_index, token)?;
            "Done: I have forgotten this conversation.".into()
        }
        ChatCommand::Mode(_) | ChatCommand::Persona(_) if !is_moderator => refuse(),
        ChatCommand::Mode(Err(word)) => {
            format!("`{word}` is not a mode. Use `/talkbot mode all`, `mention` or `off`.")
        }
        ChatCommand::Mode(Ok(mode)) => {
            app.store.set_room(
                backend_index,
                token,
                RoomSettings {
                    mode: Some(mode_name(mode).into()),
                    ..settings
                },
            )?;
            match mode {
                Mode::All => "Mode set to all: I answer every message here.".into(),
                Mode::Mention => {
                    format!("Mode set to mention: I answer when someone mentions @{name}.")
                }
                Mode::Off => {
                    "Mode set to off: I stay quiet here until a moderator writes `/talkbot mode all`."
                        .into()
                }
            }
        }
        ChatCommand::Persona(persona) => {
            if persona != "default" && !app.config.personas.contains_key(&persona) {
                format!(
                    "There is no persona `{persona}`. Choose one of: {}.",
                    personas()
                )
            } else {
                app.store.set_room(
                    backend_index,
                    token,
                    RoomSettings {
                        persona: Some(persona.clone()),
                        ..settings
                    },
                )?;
                format!("Persona set to {persona} for this conversation.")
            }
        }
    })
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
        assert_eq!(parse("/reset the router please"), None);
        assert_eq!(parse("how do I /reset?"), None);
        assert_eq!(parse("/talkbotx"), None);
    }
}
