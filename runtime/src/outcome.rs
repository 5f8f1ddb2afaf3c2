//! How a session ended: the typed report every session produces.

use crate::signal::Signal;
use std::fmt;
use std::time::Duration;

/// Why a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    /// The program finished: its event loop emptied or it called `process.exit`.
    Exit,
    /// An exception or rejection nobody handled.
    Uncaught,
    /// A signal's default action.
    Signal(Signal),
    /// The heap grew past the session's limit.
    HeapLimit,
    /// The session used more CPU time than its limit.
    CpuLimit,
    /// The session ran longer than its wall-clock limit.
    WallLimit,
    /// The session wrote more output than its limit.
    OutputLimit,
    /// The host stopped the session (shutdown, reload).
    Killed,
    /// The session failed for a reason of corral's own (it could not start, say).
    Crashed,
}

impl EndReason {
    /// The exit code a session ended for this reason reports, when the program did not
    /// choose one itself.
    pub fn default_exit_code(self) -> i32 {
        match self {
            EndReason::Exit => 0,
            EndReason::Uncaught | EndReason::Crashed => 1,
            EndReason::Signal(signal) => signal.exit_code(),
            // `timeout(1)` convention: 124 means "ran out of time".
            EndReason::CpuLimit | EndReason::WallLimit => 124,
            EndReason::HeapLimit => 134,
            EndReason::OutputLimit => 125,
            EndReason::Killed => Signal::Kill.exit_code(),
        }
    }
}

impl fmt::Display for EndReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EndReason::Exit => f.write_str("exit"),
            EndReason::Uncaught => f.write_str("uncaught"),
            EndReason::Signal(signal) => write!(f, "signal({signal})"),
            EndReason::HeapLimit => f.write_str("heap_limit"),
            EndReason::CpuLimit => f.write_str("cpu_limit"),
            EndReason::WallLimit => f.write_str("wall_limit"),
            EndReason::OutputLimit => f.write_str("output_limit"),
            EndReason::Killed => f.write_str("killed"),
            EndReason::Crashed => f.write_str("crashed"),
        }
    }
}

/// The report of one finished session.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionOutcome {
    /// The exit code, as `corral run` exits with it.
    pub code: i32,
    /// Why the session ended.
    pub reason: EndReason,
    /// CPU time the session's thread used.
    pub cpu_time: Duration,
    /// The largest V8 heap size seen.
    pub peak_heap_bytes: usize,
}
