//! The corral supervisor: the `corral` binary's commands (`run`, `up`, `check`), the
//! supervisor actor with its session table and restart policies, limits enforcement,
//! output multiplexing and host signals.

pub mod cli;
pub mod host_signals;
pub mod logging;
pub mod output;
pub mod policy;
pub mod report;
pub mod run;
pub mod spec;
pub mod supervisor;
pub mod up;
pub mod watchdog;
