//! The corral supervisor: the `corral` binary's commands, the session table and the
//! handling of host signals.

pub mod cli;
pub mod host_signals;
pub mod logging;
pub mod run;
