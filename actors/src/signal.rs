//! The signal actor: delivers signals to a session.
//!
//! Signals come from the host (the supervisor's `signal-hook` handler) or from the
//! session itself (`process.kill(process.pid, sig)`); both arrive as
//! [`DeliverSignal`] and are treated alike. A signal the session listens for becomes a
//! `LoopEvent::Signal` for its listeners; otherwise the default action applies: the
//! session ends with `128 + signal` (SIGWINCH is ignored).

use crate::messages::{DeliverSignal, ListenSignal, Shutdown};
use actix::prelude::*;
use corral_runtime::{EndReason, LoopEvent, SessionControl, Signal};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Routes signals to one session.
pub struct SignalActor {
    control: Arc<SessionControl>,
    listening: BTreeSet<Signal>,
}

impl SignalActor {
    /// A signal actor for the session behind `control`.
    pub fn new(control: Arc<SessionControl>) -> Self {
        SignalActor { control, listening: BTreeSet::new() }
    }
}

impl Actor for SignalActor {
    type Context = Context<Self>;
}

impl Handler<ListenSignal> for SignalActor {
    type Result = ();

    fn handle(&mut self, msg: ListenSignal, _ctx: &mut Context<Self>) {
        if msg.listening {
            self.listening.insert(msg.signal);
        } else {
            self.listening.remove(&msg.signal);
        }
    }
}

impl Handler<DeliverSignal> for SignalActor {
    type Result = ();

    fn handle(&mut self, DeliverSignal(signal): DeliverSignal, _ctx: &mut Context<Self>) {
        tracing::debug!(%signal, "signal for session");
        if signal != Signal::Kill && self.listening.contains(&signal) {
            self.control.send(LoopEvent::Signal(signal));
        } else if signal.terminates_by_default() {
            self.control.terminate(EndReason::Signal(signal));
        }
    }
}

impl Handler<Shutdown> for SignalActor {
    type Result = ();

    fn handle(&mut self, _msg: Shutdown, ctx: &mut Context<Self>) {
        ctx.stop();
    }
}
