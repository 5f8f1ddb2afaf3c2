//! corral's actors: a [`SessionActor`] per session, owning the session's V8 thread, and
//! the bridge actors that serve that thread from the host side.
//!
//! The V8 thread never touches the host directly. It sends
//! [`corral_runtime::HostRequest`]s, which [`host::ActorHost`] routes to the actor owning
//! the concern, and receives [`corral_runtime::LoopEvent`]s in its mailbox:
//!
//! | concern | actor | file |
//! |---|---|---|
//! | timer deadlines | [`TimerActor`] | `timer.rs` |
//! | stdin bytes, pulled with backpressure | [`StdinActor`] | `stdin.rs` |
//! | signals, host or `process.kill` | [`SignalActor`] | `signal.rs` |
//! | the end of the session and its report | [`ExitActor`] | `exit.rs` |
//! | file watches (`fs.watch`), one inotify reader for all sessions | [`fs_watch::SessionWatches`] | `fs_watch.rs` |
//!
//! All messages are defined in [`messages`].

pub mod exit;
pub mod fs_watch;
pub mod host;
pub mod messages;
pub mod session;
pub mod signal;
pub mod stdin;
pub mod timer;

pub use exit::ExitActor;
pub use messages::{DeliverSignal, SessionEnded, SessionStarted, Shutdown, StopSession};
pub use session::{SessionActor, SessionSpec};
pub use signal::SignalActor;
pub use stdin::{StdinActor, StdinSource};
pub use timer::TimerActor;
