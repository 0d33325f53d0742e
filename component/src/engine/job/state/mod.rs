//! A job's state: what the machine knows between steps, and its bytes.

mod parts;
mod tools;

use super::codec::{Reader, Unreadable, Writer};
use super::due::Occurrence;
use crate::engine::tools::ToolLoop;
use crate::engine::tools::approvals::Waiting;
use crate::engine_api::{Failure, Role, RoomSettings, TalkAnswer, Turn};
use crate::job_api::Outcome;
use parts::{
    read_failure_kind, read_mode, read_stage, read_tell, read_wait, write_stage, write_tell,
};

/// The first byte of a webhook's job: a reader refuses any other.
pub const VERSION: u8 = 1;
/// The first byte of a schedule's job: version 1's layout, then the occurrence. (Webhook jobs
/// keep version 1, which an earlier release still reads.)
pub const VERSION_SCHEDULED: u8 = 2;
/// The first byte of a job in a tool loop: version 1's layout, then the occurrence (an
/// option) and the loop.
pub const VERSION_TOOLS: u8 = 3;

/// Where the job stands: what `advance` does next.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Load the conversation's settings.
    New,
    /// Decide with the loaded settings.
    Decide,
    /// A Leave: forget the conversation.
    Leave,
    /// Ask responder `responder` of the plan's chain.
    Ask,
    /// Remember the question and the posted answer.
    Remember,
    /// Deliver `reply`.
    Post,
    /// Take 👀 off, then end with this outcome.
    Finish(Outcome),
    /// Show ⚠️ (unless `quiet`), take 👀 off, then end failed (or `failure-reply`).
    GiveUp { reason: String, quiet: bool },
    /// Send the queued reactions, then end.
    Ending(Outcome),
    /// A forget command: load the memory to see what goes — the turns of the questions
    /// `asker` (raw actor id, display name) asked, or all when none.
    Forget { asker: Option<(String, String)> },
    /// Erase these questions' turns (all when none), then post the answer in `reply`.
    Erase { questions: Option<Vec<String>> },
    /// A tool call waits for a moderator: load the settings, add `waiting` to them, store
    /// them, then post what waits (`reply`) and end.
    Park { waiting: Waiting },
    /// `/talkbot approve|deny`: store the settings, then become the waiting job (`job`, base64)
    /// with the decision.
    Resume {
        job: String,
        allowed: bool,
        by: String,
    },
}

/// The input the job waits for (any other is an error; `run` is always taken).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    Run,
    Settings,
    Memory,
    Responder,
    Stored,
    /// A breaker verdict that only informs (`answered`, `accepted`, `left`).
    Told,
    /// Clearance for a chunk of the reply.
    ChunkClearance,
    /// Clearance for 👀 while the responder works.
    SlowReactionClearance,
    /// Clearance for a queued reaction.
    ReactionClearance,
    /// The breaker's refusal after a 401.
    Refusal,
    /// Talk's answer to a chunk.
    Chunk,
    /// Talk's answer to a reaction.
    Reaction,
    Done,
    /// A tool server's answer.
    Tool,
}

/// A text to post.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub text: String,
    pub reference_id: String,
    pub reply_to: Option<u64>,
}

/// An informing event for the breaker, sent before the job goes on.
#[derive(Debug, Clone, PartialEq)]
pub enum Tell {
    Answered(TalkAnswer),
    Accepted,
    Left,
}

/// Everything a job carries between steps.
#[derive(Debug, Clone, PartialEq)]
pub struct JobState {
    /// Index of the backend the webhook came from.
    pub backend: u32,
    pub key: String,
    pub received_at: u64,
    /// The webhook body as received (parsed again where the event is needed).
    pub body: Vec<u8>,
    pub stage: Stage,
    pub wait: Wait,
    pub settings: Option<RoomSettings>,
    /// The memory loaded for the plan, while responders are asked.
    pub history: Vec<Turn>,
    /// The memory thread the question belongs to, once the memory is loaded.
    pub thread: Option<String>,
    /// The responder of the chain being asked.
    pub responder: u32,
    /// This round's failures, one per responder asked.
    pub failures: Vec<(String, Failure)>,
    /// Rounds of the responder chain before this one.
    pub answer_attempts: u32,
    /// Delivery attempts before this one.
    pub attempts: u32,
    /// Why the last attempt failed (a retry waits it out).
    pub last_error: Option<String>,
    /// 👀 is on the message.
    pub reacted: bool,
    /// The breaker was asked about 👀 in this round, and its answer.
    pub slow_reaction: Option<bool>,
    pub reply: Option<Reply>,
    /// The reply is the failure reply: why no responder answered.
    pub failure: Option<String>,
    /// Chunks of the reply delivered.
    pub delivered: u32,
    /// The current chunk after 413s: each level split its request again at this many
    /// characters, with so many of its parts delivered (the last level is the part being sent).
    pub split: Vec<(u32, u32)>,
    /// The breaker cleared the next request.
    pub cleared: bool,
    /// The current chunk's request was handed to the host and its answer never came back.
    pub sending: bool,
    pub tells: Vec<Tell>,
    /// A 401's retry (time, reason), waiting for the breaker's refusal.
    pub refused: Option<(u64, String)>,
    /// Sleep until this time (and why) once the tells are out.
    pub sleep_until: Option<(u64, String)>,
    /// Reactions to send before the end: (emoji, remove).
    pub reactions: Vec<(String, bool)>,
    /// A schedule's job (its `body` is empty): what it posts, where.
    pub occurrence: Option<Occurrence>,
    /// The answer's tool loop, once its persona offers tools.
    pub tools: Option<ToolLoop>,
}

impl JobState {
    /// A job just queued.
    pub fn new(backend: u32, key: String, received_at: u64, body: Vec<u8>) -> Self {
        JobState {
            backend,
            key,
            received_at,
            body,
            stage: Stage::New,
            wait: Wait::Run,
            settings: None,
            history: Vec::new(),
            thread: None,
            responder: 0,
            failures: Vec::new(),
            answer_attempts: 0,
            attempts: 0,
            last_error: None,
            reacted: false,
            slow_reaction: None,
            reply: None,
            failure: None,
            delivered: 0,
            split: Vec::new(),
            cleared: false,
            sending: false,
            tells: Vec::new(),
            refused: None,
            sleep_until: None,
            reactions: Vec::new(),
            occurrence: None,
            tools: None,
        }
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u8(match (&self.tools, &self.occurrence) {
            (Some(_), _) => VERSION_TOOLS,
            (None, Some(_)) => VERSION_SCHEDULED,
            (None, None) => VERSION,
        });
        w.u32(self.backend);
        w.str(&self.key);
        w.u64(self.received_at);
        w.bytes(&self.body);
        write_stage(&mut w, &self.stage);
        w.u8(self.wait as u8);
        w.option(self.settings.as_ref(), |w, s| {
            w.option(s.mode.as_ref(), |w, m| w.u8(*m as u8));
            w.option(s.persona.as_ref(), |w, p| w.str(p));
        });
        w.list(&self.history, |w, t| {
            w.u8(t.role as u8);
            w.str(&t.author);
            w.str(&t.text);
        });
        w.option(self.thread.as_ref(), |w, t| w.str(t));
        w.u32(self.responder);
        w.list(&self.failures, |w, (name, f)| {
            w.str(name);
            w.u8(f.kind as u8);
            w.str(&f.reason);
        });
        w.u32(self.answer_attempts);
        w.u32(self.attempts);
        w.option(self.last_error.as_ref(), |w, e| w.str(e));
        w.bool(self.reacted);
        w.option(self.slow_reaction.as_ref(), |w, r| w.bool(*r));
        w.option(self.reply.as_ref(), |w, r| {
            w.str(&r.text);
            w.str(&r.reference_id);
            w.option(r.reply_to.as_ref(), |w, id| w.u64(*id));
        });
        w.option(self.failure.as_ref(), |w, f| w.str(f));
        w.u32(self.delivered);
        w.list(&self.split, |w, (max, part)| {
            w.u32(*max);
            w.u32(*part);
        });
        w.bool(self.cleared);
        w.bool(self.sending);
        w.list(&self.tells, write_tell);
        w.option(self.refused.as_ref(), |w, (at, why)| {
            w.u64(*at);
            w.str(why);
        });
        w.option(self.sleep_until.as_ref(), |w, (at, why)| {
            w.u64(*at);
            w.str(why);
        });
        w.list(&self.reactions, |w, (emoji, remove)| {
            w.str(emoji);
            w.bool(*remove);
        });
        let occurrence = |w: &mut Writer, o: &Occurrence| {
            w.str(&o.name);
            w.str(&o.room);
            w.u64(o.at);
            w.str(&o.text);
            w.bool(o.prompt);
        };
        match &self.tools {
            Some(lp) => {
                w.option(self.occurrence.as_ref(), occurrence);
                tools::write_loop(&mut w, lp);
            }
            None => {
                if let Some(o) = &self.occurrence {
                    occurrence(&mut w, o);
                }
            }
        }
        w.into_bytes()
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, Unreadable> {
        let mut r = Reader::new(bytes);
        let version = r.u8()?;
        if ![VERSION, VERSION_SCHEDULED, VERSION_TOOLS].contains(&version) {
            return Err(Unreadable("not a job of this version"));
        }
        let mut state = JobState {
            backend: r.u32()?,
            key: r.string()?,
            received_at: r.u64()?,
            body: r.bytes()?,
            stage: read_stage(&mut r)?,
            wait: read_wait(r.u8()?)?,
            settings: r.option(|r| {
                Ok(RoomSettings {
                    mode: r.option(|r| read_mode(r.u8()?))?,
                    persona: r.option(Reader::string)?,
                    // Not kept between steps: a command that changes them reads them, and
                    // stores the change, in the step that loaded them.
                    schedules: None,
                    approvals: None,
                })
            })?,
            history: r.list(|r| {
                Ok(Turn {
                    role: match r.u8()? {
                        0 => Role::User,
                        1 => Role::Assistant,
                        _ => return Err(Unreadable("an unknown role")),
                    },
                    author: r.string()?,
                    text: r.string()?,
                })
            })?,
            thread: r.option(Reader::string)?,
            responder: r.u32()?,
            failures: r.list(|r| {
                let name = r.string()?;
                let kind = read_failure_kind(r.u8()?)?;
                Ok((
                    name,
                    Failure {
                        kind,
                        reason: r.string()?,
                    },
                ))
            })?,
            answer_attempts: r.u32()?,
            attempts: r.u32()?,
            last_error: r.option(Reader::string)?,
            reacted: r.bool()?,
            slow_reaction: r.option(Reader::bool)?,
            reply: r.option(|r| {
                Ok(Reply {
                    text: r.string()?,
                    reference_id: r.string()?,
                    reply_to: r.option(Reader::u64)?,
                })
            })?,
            failure: r.option(Reader::string)?,
            delivered: r.u32()?,
            split: r.list(|r| Ok((r.u32()?, r.u32()?)))?,
            cleared: r.bool()?,
            sending: r.bool()?,
            tells: r.list(read_tell)?,
            refused: r.option(|r| Ok((r.u64()?, r.string()?)))?,
            sleep_until: r.option(|r| Ok((r.u64()?, r.string()?)))?,
            reactions: r.list(|r| Ok((r.string()?, r.bool()?)))?,
            occurrence: None,
            tools: None,
        };
        let occurrence = |r: &mut Reader| {
            Ok(Occurrence {
                name: r.string()?,
                room: r.string()?,
                at: r.u64()?,
                text: r.string()?,
                prompt: r.bool()?,
            })
        };
        if version == VERSION_SCHEDULED {
            state.occurrence = Some(occurrence(&mut r)?);
        }
        if version == VERSION_TOOLS {
            state.occurrence = r.option(occurrence)?;
            state.tools = Some(tools::read_loop(&mut r)?);
        }
        if !r.is_empty() {
            return Err(Unreadable("bytes after the job"));
        }
        Ok(state)
    }
}
