//! Diagnostic logging through `tracing`, to stderr: text or JSON lines, filtered by the
//! configuration's level or by `CORRAL_LOG` (e.g. `CORRAL_LOG=debug`); quiet but for
//! warnings by default. Each session's lines carry its span (name, id, restarts).

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber once, for `corral run`.
pub fn init() {
    let filter = EnvFilter::try_from_env("CORRAL_LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

/// Installs the global subscriber from a configuration's `[supervisor]` settings
/// (`CORRAL_LOG`, when set, still wins).
pub fn init_from(config: &corral_config::SupervisorConfig) {
    let filter = EnvFilter::try_from_env("CORRAL_LOG").unwrap_or_else(|_| EnvFilter::new(&config.log_level));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = match config.log_format {
        corral_config::LogFormat::Json => builder.json().try_init(),
        corral_config::LogFormat::Text => builder.try_init(),
    };
}
