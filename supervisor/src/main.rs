//! The `corral` command.

use clap::Parser;
use corral_supervisor::cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(run) => {
            corral_supervisor::logging::init();
            corral_supervisor::run::run(run)
        }
        Command::Up(up) => corral_supervisor::up::up(up),
        Command::Check(check) => corral_supervisor::up::check(check),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(error) => {
            eprintln!("corral: {error:#}");
            std::process::exit(1);
        }
    }
}
