//! The bytes of a job's tool loop and of a call waiting for a moderator.

use super::super::codec::{Reader, Unreadable, Writer};
use crate::engine::tools::approvals::Waiting;
use crate::engine::tools::{
    Approval, Call, CallState, Handshake, Outstanding, ServerState, Tool, ToolLoop,
};

pub fn write_loop(w: &mut Writer, lp: &ToolLoop) {
    w.list(&lp.servers, |w, s| {
        w.str(&s.name);
        w.u8(s.handshake as u8);
        w.option(s.session.as_ref(), |w, v| w.str(v));
        w.option(s.version.as_ref(), |w, v| w.str(v));
        w.bool(s.listed);
        w.option(s.cursor.as_ref(), |w, v| w.str(v));
        w.option(s.down.as_ref(), |w, v| w.str(v));
        w.u32(s.restarts);
    });
    w.list(&lp.tools, |w, t| {
        w.u32(t.server);
        w.str(&t.name);
        w.str(&t.description);
        w.str(&t.schema);
    });
    w.list(&lp.messages, |w, m| w.str(m));
    w.list(&lp.calls, |w, c| {
        w.str(&c.id);
        w.str(&c.function);
        w.option(c.tool.as_ref(), |w, (server, name)| {
            w.u32(*server);
            w.str(name);
        });
        w.str(&c.arguments);
        match &c.approval {
            Approval::None => w.u8(0),
            Approval::Waiting(id) => {
                w.u8(1);
                w.str(id);
            }
            Approval::Allowed(by) => {
                w.u8(2);
                w.str(by);
            }
            Approval::Denied(by) => {
                w.u8(3);
                w.str(by);
            }
        }
        w.u8(match c.state {
            CallState::Planned => 0,
            CallState::Sent => 1,
            CallState::Done => 2,
        });
    });
    w.u32(lp.rounds);
    w.u64(lp.next_id);
    w.option(lp.outstanding.as_ref(), |w, o| {
        let (tag, index) = match *o {
            Outstanding::Initialize(i) => (0, i),
            Outstanding::Initialized(i) => (1, i),
            Outstanding::List(i) => (2, i),
            Outstanding::Call(i) => (3, i),
        };
        w.u8(tag);
        w.u32(index);
    });
    w.bool(lp.refused);
}

pub fn read_loop(r: &mut Reader) -> Result<ToolLoop, Unreadable> {
    Ok(ToolLoop {
        servers: r.list(|r| {
            Ok(ServerState {
                name: r.string()?,
                handshake: match r.u8()? {
                    0 => Handshake::None,
                    1 => Handshake::Answered,
                    2 => Handshake::Done,
                    _ => return Err(Unreadable("an unknown handshake")),
                },
                session: r.option(Reader::string)?,
                version: r.option(Reader::string)?,
                listed: r.bool()?,
                cursor: r.option(Reader::string)?,
                down: r.option(Reader::string)?,
                restarts: r.u32()?,
            })
        })?,
        tools: r.list(|r| {
            Ok(Tool {
                server: r.u32()?,
                name: r.string()?,
                description: r.string()?,
                schema: r.string()?,
            })
        })?,
        messages: r.list(Reader::string)?,
        calls: r.list(|r| {
            Ok(Call {
                id: r.string()?,
                function: r.string()?,
                tool: r.option(|r| Ok((r.u32()?, r.string()?)))?,
                arguments: r.string()?,
                approval: match r.u8()? {
                    0 => Approval::None,
                    1 => Approval::Waiting(r.string()?),
                    2 => Approval::Allowed(r.string()?),
                    3 => Approval::Denied(r.string()?),
                    _ => return Err(Unreadable("an unknown approval")),
                },
                state: match r.u8()? {
                    0 => CallState::Planned,
                    1 => CallState::Sent,
                    2 => CallState::Done,
                    _ => return Err(Unreadable("an unknown call state")),
                },
            })
        })?,
        rounds: r.u32()?,
        next_id: r.u64()?,
        outstanding: r.option(|r| {
            let tag = r.u8()?;
            let index = r.u32()?;
            Ok(match tag {
                0 => Outstanding::Initialize(index),
                1 => Outstanding::Initialized(index),
                2 => Outstanding::List(index),
                3 => Outstanding::Call(index),
                _ => return Err(Unreadable("an unknown tool request")),
            })
        })?,
        refused: r.bool()?,
    })
}

pub fn write_waiting(w: &mut Writer, waiting: &Waiting) {
    w.str(&waiting.id);
    w.str(&waiting.tool);
    w.str(&waiting.arguments);
    w.u64(waiting.at);
    w.str(&waiting.job);
}

pub fn read_waiting(r: &mut Reader) -> Result<Waiting, Unreadable> {
    Ok(Waiting {
        id: r.string()?,
        tool: r.string()?,
        arguments: r.string()?,
        at: r.u64()?,
        job: r.string()?,
    })
}
