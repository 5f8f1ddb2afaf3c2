//! Diagnostic logging through `tracing`, to stderr, filtered by `CORRAL_LOG`
//! (e.g. `CORRAL_LOG=debug`); quiet but for warnings by default.

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber once.
pub fn init() {
    let filter = EnvFilter::try_from_env("CORRAL_LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
