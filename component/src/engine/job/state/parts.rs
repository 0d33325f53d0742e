//! The bytes of a job's stages, waits, outcomes and breaker events: a tag byte each, then
//! their fields.

use super::super::codec::{Reader, Unreadable, Writer};
use super::tools;
use super::{Stage, Tell, Wait};
use crate::engine_api::{FailureKind, Mode, TalkAnswer};
use crate::job_api::Outcome;

fn write_outcome(w: &mut Writer, outcome: &Outcome) {
    match outcome {
        Outcome::Delivered => w.u8(0),
        Outcome::Ignored(why) => {
            w.u8(1);
            w.str(why);
        }
        Outcome::Silent => w.u8(2),
        Outcome::Left => w.u8(3),
        Outcome::Failed(why) => {
            w.u8(4);
            w.str(why);
        }
        Outcome::FailureReply(why) => {
            w.u8(5);
            w.str(why);
        }
    }
}

fn read_outcome(r: &mut Reader) -> Result<Outcome, Unreadable> {
    Ok(match r.u8()? {
        0 => Outcome::Delivered,
        1 => Outcome::Ignored(r.string()?),
        2 => Outcome::Silent,
        3 => Outcome::Left,
        4 => Outcome::Failed(r.string()?),
        5 => Outcome::FailureReply(r.string()?),
        _ => return Err(Unreadable("an unknown outcome")),
    })
}

pub(super) fn write_stage(w: &mut Writer, stage: &Stage) {
    match stage {
        Stage::New => w.u8(0),
        Stage::Decide => w.u8(1),
        Stage::Leave => w.u8(2),
        Stage::Ask => w.u8(3),
        Stage::Remember => w.u8(4),
        Stage::Post => w.u8(5),
        Stage::Finish(outcome) => {
            w.u8(6);
            write_outcome(w, outcome);
        }
        Stage::GiveUp { reason, quiet } => {
            w.u8(7);
            w.str(reason);
            w.bool(*quiet);
        }
        Stage::Ending(outcome) => {
            w.u8(8);
            write_outcome(w, outcome);
        }
        Stage::Forget { asker } => {
            w.u8(9);
            w.option(asker.as_ref(), |w, (id, name)| {
                w.str(id);
                w.str(name);
            });
        }
        Stage::Erase { questions } => {
            w.u8(10);
            w.option(questions.as_ref(), |w, ids| w.list(ids, |w, id| w.str(id)));
        }
        Stage::Park { waiting } => {
            w.u8(11);
            tools::write_waiting(w, waiting);
        }
        Stage::Resume { job, allowed, by } => {
            w.u8(12);
            w.str(job);
            w.bool(*allowed);
            w.str(by);
        }
    }
}

pub(super) fn read_stage(r: &mut Reader) -> Result<Stage, Unreadable> {
    Ok(match r.u8()? {
        0 => Stage::New,
        1 => Stage::Decide,
        2 => Stage::Leave,
        3 => Stage::Ask,
        4 => Stage::Remember,
        5 => Stage::Post,
        6 => Stage::Finish(read_outcome(r)?),
        7 => Stage::GiveUp {
            reason: r.string()?,
            quiet: r.bool()?,
        },
        8 => Stage::Ending(read_outcome(r)?),
        9 => Stage::Forget {
            asker: r.option(|r| Ok((r.string()?, r.string()?)))?,
        },
        10 => Stage::Erase {
            questions: r.option(|r| r.list(Reader::string))?,
        },
        11 => Stage::Park {
            waiting: tools::read_waiting(r)?,
        },
        12 => Stage::Resume {
            job: r.string()?,
            allowed: r.bool()?,
            by: r.string()?,
        },
        _ => return Err(Unreadable("an unknown stage")),
    })
}

pub(super) fn read_wait(tag: u8) -> Result<Wait, Unreadable> {
    const ALL: [Wait; 14] = [
        Wait::Run,
        Wait::Settings,
        Wait::Memory,
        Wait::Responder,
        Wait::Stored,
        Wait::Told,
        Wait::ChunkClearance,
        Wait::SlowReactionClearance,
        Wait::ReactionClearance,
        Wait::Refusal,
        Wait::Chunk,
        Wait::Reaction,
        Wait::Done,
        Wait::Tool,
    ];
    ALL.iter()
        .copied()
        .find(|w| *w as u8 == tag)
        .ok_or(Unreadable("an unknown wait"))
}

pub(super) fn read_mode(tag: u8) -> Result<Mode, Unreadable> {
    [Mode::All, Mode::Mention, Mode::Off]
        .into_iter()
        .find(|m| *m as u8 == tag)
        .ok_or(Unreadable("an unknown mode"))
}

pub(super) fn read_failure_kind(tag: u8) -> Result<FailureKind, Unreadable> {
    [
        FailureKind::Timeout,
        FailureKind::RateLimited,
        FailureKind::ServerError,
        FailureKind::Connection,
        FailureKind::Refused,
        FailureKind::Failed,
    ]
    .into_iter()
    .find(|k| *k as u8 == tag)
    .ok_or(Unreadable("an unknown failure kind"))
}

pub(super) fn write_tell(w: &mut Writer, tell: &Tell) {
    match tell {
        Tell::Answered(TalkAnswer::Status((status, headers))) => {
            w.u8(0);
            w.u32((*status).into());
            w.list(headers, |w, (n, v)| {
                w.str(n);
                w.str(v);
            });
        }
        Tell::Answered(TalkAnswer::Unreachable(why)) => {
            w.u8(1);
            w.str(why);
        }
        Tell::Accepted => w.u8(2),
        Tell::Left => w.u8(3),
    }
}

pub(super) fn read_tell(r: &mut Reader) -> Result<Tell, Unreadable> {
    Ok(match r.u8()? {
        0 => {
            let status =
                u16::try_from(r.u32()?).map_err(|_| Unreadable("a status is too large"))?;
            let headers = r.list(|r| Ok((r.string()?, r.string()?)))?;
            Tell::Answered(TalkAnswer::Status((status, headers)))
        }
        1 => Tell::Answered(TalkAnswer::Unreachable(r.string()?)),
        2 => Tell::Accepted,
        3 => Tell::Left,
        _ => return Err(Unreadable("an unknown breaker event")),
    })
}
