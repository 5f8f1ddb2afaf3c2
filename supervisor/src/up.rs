//! `corral up FILE`: starts every session of a configuration and supervises them until
//! all are done, then prints their reports and exits with the first non-zero code.

use crate::cli::{ConfigArgs, UpArgs};
use crate::host_signals;
use crate::report;
use crate::supervisor::{HostSignal, Summary, Supervisor};
use actix::prelude::*;
use anyhow::Context as _;
use std::sync::mpsc;

/// Runs the supervisor and returns the exit code.
pub fn up(args: UpArgs) -> anyhow::Result<i32> {
    let loaded = load(&args.config)?;
    crate::logging::init_from(&loaded.config.supervisor);
    let exec_path = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "corral".into());
    let overrides = args.config.overrides();
    let (done_tx, done_rx) = mpsc::channel();
    let system = System::new();
    let signals = system.block_on(async move {
        let supervisor = Supervisor::new(loaded, overrides, exec_path, done_tx).start();
        host_signals::forward(move |signal| supervisor.do_send(HostSignal(signal)))
    });
    let signals = signals.context("cannot install signal handlers")?;
    system.run().context("the actor system failed")?;
    signals.close();
    let summary: Summary = done_rx.recv().context("the supervisor ended without a summary")?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary.reports)?);
    } else {
        eprint!("{}", report::table(&summary.reports));
    }
    Ok(summary.code)
}

/// `corral check FILE`: validates the configuration and prints it fully merged.
pub fn check(args: ConfigArgs) -> anyhow::Result<i32> {
    let loaded = load(&args)?;
    print!("{}", toml::to_string_pretty(&loaded.config).context("cannot print the configuration")?);
    Ok(0)
}

fn load(args: &ConfigArgs) -> anyhow::Result<corral_config::load::Loaded> {
    corral_config::load(&args.file, &args.overrides()).map_err(|error| anyhow::anyhow!("invalid configuration\n{error}"))
}
