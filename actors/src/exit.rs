//! The exit actor: the end of a session.
//!
//! When the V8 thread finishes — the loop ran dry, `process.exit`, an uncaught
//! exception, or a termination from the host — its outcome arrives here. The exit actor
//! stops the session's other bridge actors (cancelling its timer, closing its stdin
//! reader) and hands the report to the session actor.

use crate::messages::{SessionFinished, Shutdown};
use crate::session::SessionActor;
use crate::signal::SignalActor;
use crate::stdin::StdinActor;
use crate::timer::TimerActor;
use actix::prelude::*;

/// Winds a session down once its V8 thread has finished.
pub struct ExitActor {
    session: Addr<SessionActor>,
    timer: Addr<TimerActor>,
    stdin: Addr<StdinActor>,
    signal: Addr<SignalActor>,
}

impl ExitActor {
    /// An exit actor for a session and its bridge actors.
    pub fn new(
        session: Addr<SessionActor>,
        timer: Addr<TimerActor>,
        stdin: Addr<StdinActor>,
        signal: Addr<SignalActor>,
    ) -> Self {
        ExitActor { session, timer, stdin, signal }
    }
}

impl Actor for ExitActor {
    type Context = Context<Self>;
}

impl Handler<SessionFinished> for ExitActor {
    type Result = ();

    fn handle(&mut self, msg: SessionFinished, ctx: &mut Context<Self>) {
        self.timer.do_send(Shutdown);
        self.stdin.do_send(Shutdown);
        self.signal.do_send(Shutdown);
        self.session.do_send(msg);
        ctx.stop();
    }
}
