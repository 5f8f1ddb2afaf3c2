//! The messages that cross between a session's V8 thread and the host side.
//!
//! The V8 thread owns a [`crossbeam_channel`] receiver of [`LoopEvent`]s: it blocks on
//! it whenever its event loop has nothing runnable. Everything asynchronous — a timer
//! deadline, stdin bytes, a signal, a termination — arrives there. In the other
//! direction the thread sends [`HostRequest`]s to a [`Host`], which the `actors` crate
//! implements by routing each request to the bridge actor that owns that concern.

use crate::outcome::EndReason;
use crate::signal::Signal;
use std::time::Instant;

/// A message delivered to a session's V8 thread.
#[derive(Debug)]
pub enum LoopEvent {
    /// The timer deadline armed with this generation has passed.
    TimerDue {
        /// The generation of the [`HostRequest::ArmTimer`] this answers; stale ones
        /// (for a deadline since re-armed) are ignored.
        generation: u64,
    },
    /// Bytes read from the session's stdin, in answer to one [`HostRequest::StdinPull`].
    StdinData(Vec<u8>),
    /// Stdin reached its end.
    StdinEnd,
    /// Reading stdin failed.
    StdinError(String),
    /// A signal the session listens for was delivered.
    Signal(Signal),
    /// A resource limit is close; the text says which and how close.
    LimitWarning(String),
    /// The host ended the session; execution has already been terminated.
    Terminate(EndReason),
}

/// A request from a session's V8 thread to the host side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostRequest {
    /// Send [`LoopEvent::TimerDue`] with this generation once `deadline` has passed;
    /// replaces any deadline armed before.
    ArmTimer {
        /// When the earliest timer of the session expires.
        deadline: Instant,
        /// A counter that identifies this arming.
        generation: u64,
    },
    /// No timer is pending any more.
    DisarmTimer,
    /// Read one chunk of stdin and answer with a stdin event.
    StdinPull,
    /// The session starts or stops listening for a signal.
    ListenSignal {
        /// The signal concerned.
        signal: Signal,
        /// Whether the session now has at least one listener for it.
        listening: bool,
    },
    /// `process.kill(process.pid, signal)`: deliver `signal` to this session as if it
    /// came from the host.
    Kill(Signal),
}

/// The host side of a session, as seen from its V8 thread.
pub trait Host: Send + 'static {
    /// Sends a request; never blocks the V8 thread.
    fn send(&self, request: HostRequest);
}
