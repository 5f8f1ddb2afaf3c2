//! corral's configuration: one file (TOML, YAML or JSON) describing the supervisor and
//! any number of sessions, merged with `CORRAL_*` environment variables and
//! command-line overrides, validated before anything starts.
//!
//! - [`schema`]: the types, with their defaults.
//! - [`load`]: reading and merging the sources with figment.
//! - [`error`]: errors that name the file, the key path and what was expected.
//! - [`validate`]: checks that need the whole configuration (unique names, entry files
//!   that exist, groups that are defined).

pub mod error;
pub mod load;
pub mod schema;
pub mod validate;

pub use error::ConfigError;
pub use load::{load, Overrides};
pub use schema::{
    Config, GroupConfig, LimitsConfig, LogFormat, PermissionsConfig, RestartConfig, RestartPolicy, SessionConfig,
    StdinConfig, Strategy, StreamConfig, SupervisorConfig,
};
