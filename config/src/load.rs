//! Loading a configuration: the file, then `CORRAL_*` environment variables, then
//! command-line overrides, each overriding the one before.
//!
//! Environment variables name nested keys with `__`:
//! `CORRAL_SUPERVISOR__SHUTDOWN_GRACE_MS=2000` sets `supervisor.shutdown_grace_ms`.

use crate::error::{describe_actual, describe_expected, key_path, nearest, ConfigError, Problem};
use crate::schema::{Config, LogFormat};
use crate::validate;
use figment::providers::{Env, Format, Json, Serialized, Toml, Yaml};
use figment::Figment;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Values given on the command line, which override the file and the environment.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Overrides {
    /// `--max-sessions`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_sessions: Option<usize>,
    /// `--shutdown-grace-ms`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shutdown_grace_ms: Option<u64>,
    /// `--log-format`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_format: Option<LogFormat>,
    /// `--log-level`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_level: Option<String>,
}

/// A configuration as loaded: its values and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The merged, validated configuration.
    pub config: Config,
    /// The configuration file, as given.
    pub file: PathBuf,
    /// The folder relative paths in the file are resolved against (absolute).
    pub base_dir: PathBuf,
}

impl Loaded {
    /// A path from the file, made absolute against the file's folder.
    pub fn resolve(&self, path: &Path) -> PathBuf {
        self.base_dir.join(path)
    }
}

/// Loads, merges and validates the configuration in `file`.
pub fn load(file: &Path, overrides: &Overrides) -> Result<Loaded, ConfigError> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|error| {
        let reason = match error.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => error.to_string(),
        };
        ConfigError::single(&name, "", format!("cannot read the configuration: {reason}"))
    })?;
    let extension = file.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let figment = match extension.as_str() {
        "toml" => Figment::from(Toml::string(&text)),
        "yaml" | "yml" => Figment::from(Yaml::string(&text)),
        "json" => Figment::from(Json::string(&text)),
        other => {
            return Err(ConfigError::single(
                &name,
                "",
                format!("unknown configuration format {other:?}: expected a .toml, .yaml, .yml or .json file"),
            ))
        }
    };
    let figment = figment
        // Only nested keys: CORRAL_LOG and the like are not configuration.
        .merge(Env::prefixed("CORRAL_").split("__").filter(|key| key.as_str().contains('.')))
        .merge(Serialized::defaults(SupervisorOverrides { supervisor: overrides.clone() }));
    let config: Config = figment.extract().map_err(|error| from_figment(error, &name))?;
    let base_dir = std::fs::canonicalize(file)
        .ok()
        .and_then(|f| f.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let loaded = Loaded { config, file: file.to_path_buf(), base_dir };
    let problems = validate::check(&loaded);
    if problems.is_empty() {
        Ok(loaded)
    } else {
        Err(ConfigError { problems: problems.into_iter().map(|(path, message)| Problem { source: name.clone(), path, message }).collect() })
    }
}

#[derive(Serialize)]
struct SupervisorOverrides {
    supervisor: Overrides,
}

fn from_figment(error: figment::Error, file: &str) -> ConfigError {
    let problems = error
        .into_iter()
        .map(|error| {
            let source = match &error.metadata {
                Some(metadata) if metadata.name.contains("environment") => {
                    let segments: Vec<String> = error.path.iter().map(|s| s.to_uppercase()).collect();
                    format!("environment variable CORRAL_{}", segments.join("__"))
                }
                Some(metadata) if metadata.name.contains("Serialized") => "command line".to_string(),
                _ => file.to_string(),
            };
            let message = describe_kind(&error.kind);
            let mut path = error.path.clone();
            // For an unknown key the path ends with that key; the message names it.
            if let figment::error::Kind::UnknownField(field, _) = &error.kind {
                if path.last() == Some(field) {
                    path.pop();
                }
            }
            Problem { source, path: key_path(&path), message }
        })
        .collect();
    ConfigError { problems }
}

fn describe_kind(kind: &figment::error::Kind) -> String {
    use figment::error::Kind;
    match kind {
        Kind::InvalidType(actual, expected) | Kind::InvalidValue(actual, expected) => {
            format!("expected {}, found {}", describe_expected(expected), describe_actual(actual))
        }
        Kind::UnknownField(field, expected) => match nearest(field, expected) {
            Some(suggestion) => format!("unknown key `{field}`; did you mean `{suggestion}`?"),
            None => format!("unknown key `{field}`; expected one of {}", list(expected)),
        },
        Kind::UnknownVariant(value, expected) => match nearest(value, expected) {
            Some(suggestion) => format!("unknown value {value:?}; did you mean {suggestion:?}?"),
            None => format!("unknown value {value:?}; expected one of {}", list(expected)),
        },
        Kind::MissingField(field) => format!("missing key `{field}`"),
        Kind::InvalidLength(found, expected) => format!("expected {expected}, found {found} items"),
        other => other.to_string(),
    }
}

fn list(items: &[&str]) -> String {
    items.iter().map(|item| format!("`{item}`")).collect::<Vec<_>>().join(", ")
}
