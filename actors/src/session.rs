//! The session actor: one per session, owner of the session's V8 thread.
//!
//! On start it creates the session's mailbox and bridge actors, then spawns the V8
//! thread. It is the handle the supervisor holds: signals and stop requests go
//! through it, and when the thread finishes (reported by the exit actor) it sends a
//! [`SessionEnded`] to its owner and stops.

use crate::exit::ExitActor;
use crate::fs_watch::SessionWatches;
use crate::host::ActorHost;
use crate::messages::{DeliverSignal, SessionEnded, SessionFinished, SessionStarted, StopSession};
use crate::signal::SignalActor;
use crate::stdin::{StdinActor, StdinSource};
use crate::timer::TimerActor;
use actix::prelude::*;
use corral_runtime::{spawn_session, EndReason, SessionControl, SessionOptions, SessionOutcome};
use std::sync::Arc;
use std::time::Duration;

/// What a session actor needs to start its session.
pub struct SessionSpec {
    /// The owner's id for the session, echoed in [`SessionStarted`] and
    /// [`SessionEnded`].
    pub id: usize,
    /// The V8 side's options.
    pub options: SessionOptions,
    /// Where its stdin comes from.
    pub stdin: StdinSource,
}

/// Owns one session's V8 thread and bridge actors.
pub struct SessionActor {
    id: usize,
    name: String,
    spec: Option<SessionSpec>,
    control: Option<Arc<SessionControl>>,
    signal: Option<Addr<SignalActor>>,
    report_to: Recipient<SessionEnded>,
    started_to: Option<Recipient<SessionStarted>>,
}

impl SessionActor {
    /// A session actor that will start `spec` and report its end to `report_to`.
    pub fn new(spec: SessionSpec, report_to: Recipient<SessionEnded>) -> Self {
        SessionActor {
            id: spec.id,
            name: spec.options.name.clone(),
            spec: Some(spec),
            control: None,
            signal: None,
            report_to,
            started_to: None,
        }
    }

    /// Also tells `started_to` when the session's thread is running.
    pub fn report_start_to(mut self, started_to: Recipient<SessionStarted>) -> Self {
        self.started_to = Some(started_to);
        self
    }
}

impl Actor for SessionActor {
    type Context = Context<Self>;

    fn started(&mut self, ctx: &mut Context<Self>) {
        let Some(SessionSpec { options, stdin, .. }) = self.spec.take() else { return };
        let (control, mailbox) = SessionControl::new();
        let timer = TimerActor::new(control.sender()).start();
        let stdin = StdinActor::new(stdin, control.sender());
        let stdin_pulls = stdin.pulls();
        let stdin = stdin.start();
        let signal = SignalActor::new(control.clone()).start();
        let exit = ExitActor::new(ctx.address(), timer.clone(), stdin.clone(), signal.clone()).start();
        let fs_watches = SessionWatches::new(control.sender());
        let host = ActorHost {
            timer,
            stdin,
            stdin_pulls,
            stdin_started: Default::default(),
            signal: signal.clone(),
            fs_watches,
        };
        self.control = Some(control.clone());
        self.signal = Some(signal);
        let finished = exit.clone();
        let spawned = spawn_session(options, mailbox, control, Box::new(host), move |outcome| {
            finished.do_send(SessionFinished(outcome));
        });
        if spawned.is_ok() {
            if let (Some(started_to), Some(control)) = (&self.started_to, &self.control) {
                started_to.do_send(SessionStarted { id: self.id, control: control.clone() });
            }
        }
        if let Err(error) = spawned {
            tracing::error!(session = %self.name, %error, "cannot start the session's thread");
            exit.do_send(SessionFinished(SessionOutcome {
                code: EndReason::Crashed.default_exit_code(),
                reason: EndReason::Crashed,
                cpu_time: Duration::ZERO,
                peak_heap_bytes: 0,
            }));
        }
    }
}

impl Handler<DeliverSignal> for SessionActor {
    type Result = ();

    fn handle(&mut self, msg: DeliverSignal, _ctx: &mut Context<Self>) {
        if let Some(signal) = &self.signal {
            signal.do_send(msg);
        }
    }
}

impl Handler<StopSession> for SessionActor {
    type Result = ();

    fn handle(&mut self, StopSession(reason): StopSession, _ctx: &mut Context<Self>) {
        if let Some(control) = &self.control {
            control.terminate(reason);
        }
    }
}

impl Handler<SessionFinished> for SessionActor {
    type Result = ();

    fn handle(&mut self, SessionFinished(outcome): SessionFinished, ctx: &mut Context<Self>) {
        self.report_to.do_send(SessionEnded { id: self.id, name: self.name.clone(), outcome });
        ctx.stop();
    }
}
