//! The command line.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Runs untrusted JavaScript programs as sandboxed sessions in V8 isolates.
#[derive(Debug, Parser)]
#[command(name = "corral", version)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// corral's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run FILE as the main program of one session and exit with its exit code.
    Run(RunArgs),
    /// Start every session of a configuration file and supervise them until all are done.
    Up(UpArgs),
    /// Validate a configuration file and print it fully merged.
    Check(ConfigArgs),
}

/// A configuration file and the command-line values that override it (which in turn
/// override `CORRAL_*` environment variables).
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// The configuration file (.toml, .yaml, .yml or .json).
    pub file: PathBuf,

    /// Override `supervisor.max_sessions`.
    #[arg(long, value_name = "N")]
    pub max_sessions: Option<usize>,

    /// Override `supervisor.shutdown_grace_ms`.
    #[arg(long, value_name = "MS")]
    pub shutdown_grace_ms: Option<u64>,

    /// Override `supervisor.log_format`.
    #[arg(long, value_name = "text|json", value_parser = parse_log_format)]
    pub log_format: Option<corral_config::LogFormat>,

    /// Override `supervisor.log_level`.
    #[arg(long, value_name = "LEVEL")]
    pub log_level: Option<String>,
}

impl ConfigArgs {
    /// The overrides as the config crate takes them.
    pub fn overrides(&self) -> corral_config::Overrides {
        corral_config::Overrides {
            max_sessions: self.max_sessions,
            shutdown_grace_ms: self.shutdown_grace_ms,
            log_format: self.log_format,
            log_level: self.log_level.clone(),
        }
    }
}

/// `corral up`.
#[derive(Debug, Args)]
pub struct UpArgs {
    #[command(flatten)]
    pub config: ConfigArgs,

    /// Print the final reports as JSON on stdout (instead of a table on stderr).
    #[arg(long)]
    pub json: bool,
}

fn parse_log_format(text: &str) -> Result<corral_config::LogFormat, String> {
    match text {
        "text" => Ok(corral_config::LogFormat::Text),
        "json" => Ok(corral_config::LogFormat::Json),
        _ => Err(format!("expected text or json, found {text:?}")),
    }
}

/// `corral run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub permissions: PermissionFlags,

    /// Set an environment variable for the session (repeatable); the host environment
    /// is not passed through unless --allow-env says so.
    #[arg(long = "env", value_name = "NAME=VALUE", value_parser = parse_env_pair)]
    pub env: Vec<(String, String)>,

    /// The V8 heap limit of the session, in MiB.
    #[arg(long, value_name = "MIB")]
    pub heap_mb: Option<usize>,

    /// Do not use (or fill) the code cache of compiled JavaScript.
    #[arg(long)]
    pub no_code_cache: bool,

    /// The JavaScript file to run.
    pub file: PathBuf,

    /// Arguments for the program (`process.argv.slice(2)`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

/// What a session may touch. By default it may read the current directory's tree and
/// the entry file's directory, write nowhere, and see no host environment.
#[derive(Debug, Args, Default)]
pub struct PermissionFlags {
    /// Allow reading these paths (comma-separated), or everything when no list is given.
    #[arg(long, value_name = "PATH,...", num_args = 0..=1, require_equals = true, value_delimiter = ',')]
    pub allow_read: Option<Vec<PathBuf>>,

    /// Allow writing these paths (comma-separated), or everything when no list is given.
    #[arg(long, value_name = "PATH,...", num_args = 0..=1, require_equals = true, value_delimiter = ',')]
    pub allow_write: Option<Vec<PathBuf>>,

    /// Pass these host environment variables through (comma-separated), or all of them.
    #[arg(long, value_name = "NAME,...", num_args = 0..=1, require_equals = true, value_delimiter = ',')]
    pub allow_env: Option<Vec<String>>,

    /// Allow reading and writing anywhere and the whole host environment.
    #[arg(short = 'A', long)]
    pub allow_all: bool,
}

fn parse_env_pair(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_string(), value.to_string())),
        _ => Err(format!("expected NAME=VALUE, found {text:?}")),
    }
}
