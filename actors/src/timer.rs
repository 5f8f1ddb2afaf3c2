//! The timer actor: the session's clock on the host side.
//!
//! JavaScript keeps Node's timer lists on the V8 thread and asks for one deadline at a
//! time, the earliest; this actor wakes the thread with `LoopEvent::TimerDue` when it
//! passes. Because every deadline goes through here, a virtual clock for deterministic
//! fault injection can replace it without touching the V8 side.

use crate::messages::{ArmTimer, DisarmTimer, Shutdown};
use actix::prelude::*;
use corral_runtime::LoopEvent;
use crossbeam_channel::Sender;
use std::time::Instant;

/// Fires the session's timer deadline.
pub struct TimerActor {
    events: Sender<LoopEvent>,
    pending: Option<SpawnHandle>,
}

impl TimerActor {
    /// A timer actor sending into a session's mailbox.
    pub fn new(events: Sender<LoopEvent>) -> Self {
        TimerActor { events, pending: None }
    }

    fn cancel(&mut self, ctx: &mut Context<Self>) {
        if let Some(handle) = self.pending.take() {
            ctx.cancel_future(handle);
        }
    }
}

impl Actor for TimerActor {
    type Context = Context<Self>;
}

impl Handler<ArmTimer> for TimerActor {
    type Result = ();

    fn handle(&mut self, msg: ArmTimer, ctx: &mut Context<Self>) {
        self.cancel(ctx);
        let delay = msg.deadline.saturating_duration_since(Instant::now());
        let generation = msg.generation;
        self.pending = Some(ctx.run_later(delay, move |actor, _| {
            actor.pending = None;
            let _ = actor.events.send(LoopEvent::TimerDue { generation });
        }));
    }
}

impl Handler<DisarmTimer> for TimerActor {
    type Result = ();

    fn handle(&mut self, _msg: DisarmTimer, ctx: &mut Context<Self>) {
        self.cancel(ctx);
    }
}

impl Handler<Shutdown> for TimerActor {
    type Result = ();

    fn handle(&mut self, _msg: Shutdown, ctx: &mut Context<Self>) {
        self.cancel(ctx);
        ctx.stop();
    }
}
