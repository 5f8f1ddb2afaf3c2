//! The POSIX signals a session can observe, by name and number.

use std::fmt;

/// A signal that can be delivered to a session, from the host or from
/// `process.kill(process.pid, sig)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Signal {
    /// Hang-up: the controlling terminal went away, or a reload was asked for.
    Hup,
    /// Interrupt (Ctrl-C).
    Int,
    /// Termination request.
    Term,
    /// User-defined signal 1.
    Usr1,
    /// User-defined signal 2.
    Usr2,
    /// Terminal window size changed.
    Winch,
    /// Forced kill; it cannot be listened for.
    Kill,
}

impl Signal {
    /// Every signal a session can receive, in number order.
    pub const ALL: [Signal; 7] = [
        Signal::Hup,
        Signal::Int,
        Signal::Kill,
        Signal::Usr1,
        Signal::Usr2,
        Signal::Term,
        Signal::Winch,
    ];

    /// The Linux signal number.
    pub fn number(self) -> i32 {
        match self {
            Signal::Hup => 1,
            Signal::Int => 2,
            Signal::Kill => 9,
            Signal::Usr1 => 10,
            Signal::Usr2 => 12,
            Signal::Term => 15,
            Signal::Winch => 28,
        }
    }

    /// The conventional name, e.g. `"SIGINT"`.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Hup => "SIGHUP",
            Signal::Int => "SIGINT",
            Signal::Kill => "SIGKILL",
            Signal::Usr1 => "SIGUSR1",
            Signal::Usr2 => "SIGUSR2",
            Signal::Term => "SIGTERM",
            Signal::Winch => "SIGWINCH",
        }
    }

    /// Looks a signal up by its name (`"SIGINT"`).
    pub fn from_name(name: &str) -> Option<Signal> {
        Signal::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Looks a signal up by its number.
    pub fn from_number(number: i32) -> Option<Signal> {
        Signal::ALL.into_iter().find(|s| s.number() == number)
    }

    /// Whether the default action ends the session (SIGWINCH's default is to ignore).
    pub fn terminates_by_default(self) -> bool {
        !matches!(self, Signal::Winch)
    }

    /// The exit code of a session ended by this signal's default action: 128 + number.
    pub fn exit_code(self) -> i32 {
        128 + self.number()
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
