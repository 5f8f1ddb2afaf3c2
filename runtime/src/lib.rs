//! The V8 side of a corral session.
//!
//! A session runs on its own thread ([`stack`]) with one isolate ([`js_runtime`]) and an
//! event loop ([`event_loop`]) that blocks on a mailbox of [`mailbox::LoopEvent`]s. The
//! Node API is JavaScript embedded from `runtime/js/` ([`builtins`]) over a small set
//! of native bridge operations ([`bindings`]), each of which checks the session's
//! [`permissions`]. The host side — bridge actors for timers, stdin, signals and exit —
//! lives in the `corral-actors` crate and talks to this one only through
//! [`mailbox::Host`] requests and [`mailbox::LoopEvent`] messages.

mod bindings;
pub mod builtins;
pub mod code_cache;
pub mod event_loop;
pub mod js_runtime;
pub mod limits;
pub mod mailbox;
pub mod outcome;
pub mod output;
pub mod permissions;
pub mod platform;
pub mod session;
pub mod signal;
pub mod stack;
pub mod state;

pub use mailbox::{Host, HostRequest, LoopEvent};
pub use outcome::{EndReason, SessionOutcome};
pub use permissions::Permissions;
pub use session::{spawn_session, SessionControl, SessionOptions};
pub use signal::Signal;
