//! The `corral` command.

use clap::Parser;
use corral_supervisor::cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    corral_supervisor::logging::init();
    let result = match cli.command {
        Command::Run(run) => corral_supervisor::run::run(run),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(error) => {
            eprintln!("corral: {error:#}");
            std::process::exit(1);
        }
    }
}
