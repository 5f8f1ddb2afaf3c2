//! The configuration schema: what a config file may say, and the defaults.
//!
//! ```toml
//! [supervisor]
//! max_sessions = 16
//! shutdown_grace_ms = 5000
//!
//! [[sessions]]
//! name = "agent"
//! entry = "agent.js"
//! [sessions.limits]
//! heap_mb = 256
//! [sessions.restart]
//! policy = "on-failure"
//! ```

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

/// A whole configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Supervisor-wide settings.
    #[serde(default)]
    pub supervisor: SupervisorConfig,
    /// The sessions to run, in start order.
    #[serde(default)]
    pub sessions: Vec<SessionConfig>,
    /// Restart groups, by name.
    #[serde(default)]
    pub groups: BTreeMap<String, GroupConfig>,
}

/// `[supervisor]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SupervisorConfig {
    /// How many sessions may run at once; further ones wait for a free slot.
    pub max_sessions: usize,
    /// How long sessions get to finish after SIGTERM before they are terminated.
    pub shutdown_grace_ms: u64,
    /// The format of corral's own log lines (on stderr).
    pub log_format: LogFormat,
    /// The level of corral's own log lines: error, warn, info, debug or trace.
    pub log_level: String,
    /// Default restart intensity: at most this many restarts...
    pub max_restarts: u32,
    /// ...within this period, per session (a session's `[restart]` may override).
    pub restart_period_ms: u64,
}

impl Default for SupervisorConfig {
    fn default() -> Self {
        SupervisorConfig {
            max_sessions: 64,
            shutdown_grace_ms: 5000,
            log_format: LogFormat::Text,
            log_level: "warn".to_string(),
            max_restarts: 5,
            restart_period_ms: 60_000,
        }
    }
}

/// The format of corral's log lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// `[[sessions]]`: one session (or `replicas` copies of it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionConfig {
    /// The session's name: unique, used in output prefixes and reports.
    pub name: String,
    /// The entry file, relative to the config file's folder.
    pub entry: PathBuf,
    /// Arguments (`process.argv.slice(2)`).
    #[serde(default)]
    pub args: Vec<String>,
    /// The session's current directory, relative to the config file's folder
    /// (default: that folder).
    #[serde(default)]
    pub cwd: Option<PathBuf>,
    /// The session's environment; the host's is never passed through unless listed in
    /// `permissions.env`.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// Where stdin comes from.
    #[serde(default)]
    pub stdin: StdinConfig,
    /// Where stdout goes.
    #[serde(default)]
    pub stdout: StreamConfig,
    /// Where stderr goes.
    #[serde(default)]
    pub stderr: StreamConfig,
    /// What the session may touch.
    #[serde(default)]
    pub permissions: PermissionsConfig,
    /// Resource limits.
    #[serde(default)]
    pub limits: LimitsConfig,
    /// When and how the session is restarted.
    #[serde(default)]
    pub restart: RestartConfig,
    /// How many copies run; each sees its index in `CORRAL_REPLICA`.
    #[serde(default = "one")]
    pub replicas: u32,
    /// The restart group the session belongs to, if any.
    #[serde(default)]
    pub group: Option<String>,
}

fn one() -> u32 {
    1
}

/// `[sessions.permissions]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PermissionsConfig {
    /// Trees the session may read, relative to the config file's folder (besides its
    /// cwd and its entry file's folder, which are always readable).
    pub read: Vec<PathBuf>,
    /// Trees the session may write.
    pub write: Vec<PathBuf>,
    /// Host environment variables passed through.
    pub env: Vec<String>,
}

/// `[sessions.limits]`; every limit is off unless set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsConfig {
    /// V8 heap (and ArrayBuffer memory) limit in MiB.
    pub heap_mb: Option<u64>,
    /// CPU time limit of the session's thread, in milliseconds.
    pub cpu_ms: Option<u64>,
    /// Wall-clock limit, in milliseconds.
    pub wall_ms: Option<u64>,
    /// Limit on bytes written to stdout and stderr together.
    pub output_bytes: Option<u64>,
    /// The fraction of a CPU or wall limit at which the session receives a
    /// `ResourceLimitWarning` (0 disables the warning).
    pub warn_fraction: f64,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig { heap_mb: None, cpu_ms: None, wall_ms: None, output_bytes: None, warn_fraction: 0.8 }
    }
}

/// `[sessions.restart]`, modelled on Erlang/OTP child specifications.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RestartConfig {
    /// When the session is restarted.
    pub policy: RestartPolicy,
    /// Intensity: at most this many restarts within `period_ms` (default: the
    /// supervisor's), beyond which the session — or its group — is stopped.
    pub max_restarts: Option<u32>,
    /// The intensity period (default: the supervisor's).
    pub period_ms: Option<u64>,
    /// The first backoff delay before a restart.
    pub backoff_initial_ms: u64,
    /// The largest backoff delay; delays double from the initial one up to this.
    pub backoff_max_ms: u64,
    /// Whether a session that ended for exceeding its heap limit is restarted too.
    pub restart_on_heap_limit: bool,
}

impl Default for RestartConfig {
    fn default() -> Self {
        RestartConfig {
            policy: RestartPolicy::Never,
            max_restarts: None,
            period_ms: None,
            backoff_initial_ms: 100,
            backoff_max_ms: 10_000,
            restart_on_heap_limit: false,
        }
    }
}

/// When a session is restarted after it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RestartPolicy {
    /// Never (OTP's temporary).
    #[serde(rename = "never")]
    Never,
    /// When it ended with a non-zero code (OTP's transient).
    #[serde(rename = "on-failure")]
    OnFailure,
    /// Whenever it ends (OTP's permanent).
    #[serde(rename = "always")]
    Always,
}

/// `[groups.NAME]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupConfig {
    /// Who restarts with whom.
    pub strategy: Strategy,
}

/// A group's restart strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// Only the session that ended.
    OneForOne,
    /// Every session of the group.
    OneForAll,
    /// The session that ended and those started after it in the group.
    RestForOne,
}

/// Where a session's stdin comes from: `inherit`, `null`, `file:PATH` or `text:...`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum StdinConfig {
    /// The supervisor's own stdin.
    Inherit,
    /// Nothing.
    #[default]
    Null,
    /// A file, relative to the config file's folder.
    File(PathBuf),
    /// This text.
    Text(String),
}

/// Where a session's stdout or stderr goes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum StreamConfig {
    /// The supervisor's own stream; lines are prefixed with the session's name when
    /// several sessions share it.
    #[default]
    Inherit,
    /// Discarded.
    Null,
    /// A file, truncated when the supervisor starts (`file:PATH`).
    File(PathBuf),
    /// A file, appended to (`append:PATH`).
    Append(PathBuf),
    /// A log file of its own, `NAME.log` in the given folder (`log:DIR`).
    Log(PathBuf),
}

impl fmt::Display for StdinConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StdinConfig::Inherit => f.write_str("inherit"),
            StdinConfig::Null => f.write_str("null"),
            StdinConfig::File(path) => write!(f, "file:{}", path.display()),
            StdinConfig::Text(text) => write!(f, "text:{text}"),
        }
    }
}

impl fmt::Display for StreamConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamConfig::Inherit => f.write_str("inherit"),
            StreamConfig::Null => f.write_str("null"),
            StreamConfig::File(path) => write!(f, "file:{}", path.display()),
            StreamConfig::Append(path) => write!(f, "append:{}", path.display()),
            StreamConfig::Log(dir) => write!(f, "log:{}", dir.display()),
        }
    }
}

impl std::str::FromStr for StdinConfig {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "inherit" => Ok(StdinConfig::Inherit),
            "null" => Ok(StdinConfig::Null),
            _ => match text.split_once(':') {
                Some(("file", path)) if !path.is_empty() => Ok(StdinConfig::File(path.into())),
                Some(("text", text)) => Ok(StdinConfig::Text(text.to_string())),
                _ => Err(r#""inherit", "null", "file:PATH" or "text:..."#.to_string()),
            },
        }
    }
}

impl std::str::FromStr for StreamConfig {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "inherit" => Ok(StreamConfig::Inherit),
            "null" => Ok(StreamConfig::Null),
            _ => match text.split_once(':') {
                Some(("file", path)) if !path.is_empty() => Ok(StreamConfig::File(path.into())),
                Some(("append", path)) if !path.is_empty() => Ok(StreamConfig::Append(path.into())),
                Some(("log", dir)) if !dir.is_empty() => Ok(StreamConfig::Log(dir.into())),
                _ => Err(r#""inherit", "null", "file:PATH", "append:PATH" or "log:DIR""#.to_string()),
            },
        }
    }
}

macro_rules! string_serde {
    ($type:ty) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(|expected: String| {
                    serde::de::Error::invalid_value(serde::de::Unexpected::Str(&text), &expected.as_str())
                })
            }
        }
    };
}

string_serde!(StdinConfig);
string_serde!(StreamConfig);
