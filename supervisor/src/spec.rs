//! From a `[[sessions]]` entry to what a session actor starts: options for the V8
//! thread (entry, arguments, environment, permissions, output sinks, limits) and its
//! stdin.

use crate::output::{Outputs, Stream};
use crate::watchdog::TimeLimits;
use corral_actors::{SessionSpec, StdinSource};
use corral_config::load::Loaded;
use corral_config::{SessionConfig, StdinConfig, StreamConfig};
use corral_runtime::permissions::{resolve_on_host, EnvGrant, PathGrant};
use corral_runtime::{Permissions, SessionOptions};
use std::time::Duration;

/// One running instance of a configured session: the config entry and, for replicas,
/// its index.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    /// The session's config entry.
    pub config: SessionConfig,
    /// The replica index (0 when there is one copy).
    pub replica: u32,
}

impl Instance {
    /// The name shown in output prefixes and reports: `name`, or `name.2` for replicas.
    pub fn display_name(&self) -> String {
        if self.config.replicas > 1 {
            format!("{}.{}", self.config.name, self.replica)
        } else {
            self.config.name.clone()
        }
    }

    /// The CPU and wall-clock limits to watch.
    pub fn time_limits(&self) -> TimeLimits {
        let limits = &self.config.limits;
        TimeLimits {
            cpu: limits.cpu_ms.map(Duration::from_millis),
            wall: limits.wall_ms.map(Duration::from_millis),
            warn_fraction: limits.warn_fraction,
        }
    }
}

/// Everything needed to start instances of a loaded configuration.
pub struct Builder<'a> {
    /// The configuration.
    pub loaded: &'a Loaded,
    /// The output destinations.
    pub outputs: &'a Outputs,
    /// How many instances write to the supervisor's stdout and stderr.
    pub sharing: (usize, usize),
    /// The `corral` executable, as `process.execPath`.
    pub exec_path: String,
}

impl Builder<'_> {
    /// The session spec for `instance`, to be started as session `id`.
    pub fn spec(&self, id: usize, instance: &Instance, restarts: u32) -> std::io::Result<SessionSpec> {
        let config = &instance.config;
        let name = instance.display_name();
        let base = &self.loaded.base_dir;
        let entry = resolve_on_host(&self.loaded.resolve(&config.entry));
        let cwd = resolve_on_host(&config.cwd.as_ref().map(|c| self.loaded.resolve(c)).unwrap_or_else(|| base.clone()));
        let mut read: Vec<_> = config.permissions.read.iter().map(|p| resolve_on_host(&self.loaded.resolve(p))).collect();
        read.push(cwd.clone());
        if let Some(dir) = entry.parent() {
            read.push(dir.to_path_buf());
        }
        let write: Vec<_> = config.permissions.write.iter().map(|p| resolve_on_host(&self.loaded.resolve(p))).collect();
        let permissions = Permissions {
            read: PathGrant::Roots(read),
            write: if write.is_empty() { PathGrant::None } else { PathGrant::Roots(write) },
            env: if config.permissions.env.is_empty() {
                EnvGrant::None
            } else {
                EnvGrant::Names(config.permissions.env.clone())
            },
        };
        let mut explicit = config.env.clone();
        if config.replicas > 1 {
            explicit.insert("CORRAL_REPLICA".to_string(), instance.replica.to_string());
        }
        let stdout = self.outputs.open(&config.stdout, Stream::Stdout, &name, self.sharing.0 > 1, base)?;
        let stderr = self.outputs.open(&config.stderr, Stream::Stderr, &name, self.sharing.1 > 1, base)?;
        let stdin = match &config.stdin {
            StdinConfig::Inherit => StdinSource::Inherit,
            StdinConfig::Null => StdinSource::Null,
            StdinConfig::File(path) => StdinSource::File(self.loaded.resolve(path)),
            StdinConfig::Text(text) => StdinSource::Bytes(text.clone().into_bytes()),
        };
        let options = SessionOptions {
            name,
            env: permissions.session_env(std::env::vars(), &explicit),
            entry,
            args: config.args.clone(),
            cwd,
            permissions,
            stdout,
            stderr,
            stdin_is_tty: matches!(config.stdin, StdinConfig::Inherit) && corral_runtime::output::terminal_size(0).is_some(),
            heap_limit_bytes: config.limits.heap_mb.map(|mb| (mb * 1024 * 1024) as usize),
            output_limit_bytes: config.limits.output_bytes,
            code_cache_dir: corral_runtime::code_cache::CodeCache::default_dir(),
            exec_path: self.exec_path.clone(),
            instance: id as u64,
            restarts,
        };
        Ok(SessionSpec { id, options, stdin })
    }
}

/// Every instance a configuration describes, in start order.
pub fn instances(sessions: &[SessionConfig]) -> Vec<Instance> {
    sessions
        .iter()
        .flat_map(|config| (0..config.replicas).map(move |replica| Instance { config: config.clone(), replica }))
        .collect()
}

/// How many instances write to the supervisor's own stdout and stderr.
pub fn sharing(instances: &[Instance]) -> (usize, usize) {
    let count = |pick: fn(&SessionConfig) -> &StreamConfig| {
        instances.iter().filter(|i| *pick(&i.config) == StreamConfig::Inherit).count()
    };
    (count(|c| &c.stdout), count(|c| &c.stderr))
}
