//! The messages that cross between a session's V8 thread and the host side.
//!
//! The V8 thread owns a [`crossbeam_channel`] receiver of [`LoopEvent`]s: it blocks on
//! it whenever its event loop has nothing runnable. Everything asynchronous — a timer
//! deadline, stdin bytes, a signal, a file watch event, a termination — arrives there. In the other
//! direction the thread sends [`HostRequest`]s to a [`Host`], which the `actors` crate
//! implements by routing each request to the bridge actor that owns that concern.

use crate::outcome::EndReason;
use crate::signal::Signal;
use std::path::PathBuf;
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
    /// Something happened to an entry a [`HostRequest::Watch`] watches.
    FsEvent {
        /// The id the watch was requested with.
        watch: u64,
        /// What happened, in `fs.watch`'s two words.
        kind: FsEventKind,
        /// The name of the entry concerned: a child's name when a directory is
        /// watched, else the last component of the watched path (as libuv reports).
        filename: Vec<u8>,
    },
    /// A watch could not be set up or failed; `errno` says why.
    FsWatchError {
        /// The id the watch was requested with.
        watch: u64,
        /// The (positive) errno value.
        errno: i32,
    },
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
    /// Start watching `path` (already checked against the session's permissions) and
    /// send [`LoopEvent::FsEvent`]s for it until [`HostRequest::Unwatch`]. The watch
    /// is in place when `send` returns, so a change made right after is seen.
    Watch {
        /// An id of the session's choosing, echoed in the events.
        watch: u64,
        /// The host path to watch (a directory reports its entries' changes).
        path: PathBuf,
        /// The name reported for events on `path` itself.
        name: Vec<u8>,
    },
    /// Stop the watch with this id. No event for it is sent afterwards (some may
    /// already wait in the mailbox: the session ignores events of watches it stopped).
    Unwatch {
        /// The id given to [`HostRequest::Watch`].
        watch: u64,
    },
}

/// The two kinds of `fs.watch` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FsEventKind {
    /// An entry appeared, disappeared or was renamed.
    Rename,
    /// An entry's contents or attributes changed.
    Change,
}

impl FsEventKind {
    /// The event name `fs.watch` listeners receive.
    pub fn name(self) -> &'static str {
        match self {
            FsEventKind::Rename => "rename",
            FsEventKind::Change => "change",
        }
    }
}

/// The host side of a session, as seen from its V8 thread.
pub trait Host: Send + 'static {
    /// Sends a request; never blocks the V8 thread.
    fn send(&self, request: HostRequest);
}
