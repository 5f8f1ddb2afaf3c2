//! The messages exchanged between a session's actors and their owner.

use actix::prelude::*;
use corral_runtime::{EndReason, SessionControl, SessionOutcome, Signal};
use std::sync::Arc;
use std::time::Instant;

/// Arm the session's timer: send `TimerDue(generation)` once `deadline` passes.
#[derive(Message, Debug)]
#[rtype(result = "()")]
pub struct ArmTimer {
    /// When to fire.
    pub deadline: Instant,
    /// Identifies this arming to the V8 thread.
    pub generation: u64,
}

/// Cancel the session's timer.
#[derive(Message, Debug)]
#[rtype(result = "()")]
pub struct DisarmTimer;

/// The V8 thread wants one more chunk of stdin.
#[derive(Message, Debug)]
#[rtype(result = "()")]
pub struct PullStdin;

/// The session starts or stops listening for a signal.
#[derive(Message, Debug)]
#[rtype(result = "()")]
pub struct ListenSignal {
    /// The signal concerned.
    pub signal: Signal,
    /// Whether the session now listens for it.
    pub listening: bool,
}

/// Deliver a signal to a session, as the host or `process.kill` sends it: to its
/// listeners if it has any, else with the signal's default action.
#[derive(Message, Debug, Clone, Copy)]
#[rtype(result = "()")]
pub struct DeliverSignal(pub Signal);

/// The session's V8 thread has finished with this outcome.
#[derive(Message, Debug)]
#[rtype(result = "()")]
pub struct SessionFinished(pub SessionOutcome);

/// Stop a session now with this reason (limits, shutdown).
#[derive(Message, Debug, Clone, Copy)]
#[rtype(result = "()")]
pub struct StopSession(pub EndReason);

/// Ask a bridge actor to stop: its session is over.
#[derive(Message, Debug)]
#[rtype(result = "()")]
pub struct Shutdown;

/// A session's V8 thread is running; sent to whoever started its
/// [`crate::SessionActor`], with the handle limits are enforced through.
#[derive(Message, Clone)]
#[rtype(result = "()")]
pub struct SessionStarted {
    /// The id the session was started with.
    pub id: usize,
    /// The session's control block.
    pub control: Arc<SessionControl>,
}

/// A session ended; sent to whoever started its [`crate::SessionActor`].
#[derive(Message, Debug, Clone)]
#[rtype(result = "()")]
pub struct SessionEnded {
    /// The id the session was started with.
    pub id: usize,
    /// The session's name.
    pub name: String,
    /// How it ended.
    pub outcome: SessionOutcome,
}
