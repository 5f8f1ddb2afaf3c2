//! Checks that need the whole configuration: unique names, entry files that exist,
//! groups that are defined, sensible numbers. Each problem is (key path, message).

use crate::load::Loaded;
use crate::schema::StdinConfig;

/// Every problem found, in file order.
pub fn check(loaded: &Loaded) -> Vec<(String, String)> {
    let config = &loaded.config;
    let mut problems = Vec::new();
    if config.supervisor.max_sessions == 0 {
        problems.push(("supervisor.max_sessions".to_string(), "expected at least 1, found 0".to_string()));
    }
    let levels = ["error", "warn", "info", "debug", "trace"];
    if !levels.contains(&config.supervisor.log_level.as_str()) {
        problems.push((
            "supervisor.log_level".to_string(),
            format!("expected one of error, warn, info, debug, trace, found {:?}", config.supervisor.log_level),
        ));
    }
    let mut stdin_owner: Option<usize> = None;
    for (index, session) in config.sessions.iter().enumerate() {
        let at = |key: &str| format!("sessions[{index}].{key}");
        if session.name.trim().is_empty() {
            problems.push((at("name"), "expected a non-empty name".to_string()));
        } else if let Some(first) = config.sessions[..index].iter().position(|s| s.name == session.name) {
            problems.push((at("name"), format!("{:?} is already the name of sessions[{first}]", session.name)));
        }
        let entry = loaded.resolve(&session.entry);
        if !entry.is_file() {
            problems.push((at("entry"), format!("no such file: {}", entry.display())));
        }
        if let Some(cwd) = &session.cwd {
            let cwd = loaded.resolve(cwd);
            if !cwd.is_dir() {
                problems.push((at("cwd"), format!("no such directory: {}", cwd.display())));
            }
        }
        if session.replicas == 0 {
            problems.push((at("replicas"), "expected at least 1, found 0".to_string()));
        }
        if let Some(group) = &session.group {
            if !config.groups.contains_key(group) {
                problems.push((at("group"), format!("no group named {group:?} in [groups]")));
            }
        }
        let fraction = session.limits.warn_fraction;
        if !(0.0..1.0).contains(&fraction) {
            problems.push((at("limits.warn_fraction"), format!("expected a number from 0 up to (not including) 1, found {fraction}")));
        }
        if session.limits.heap_mb == Some(0) {
            problems.push((at("limits.heap_mb"), "expected at least 1, found 0".to_string()));
        }
        if session.restart.backoff_max_ms < session.restart.backoff_initial_ms {
            problems.push((
                at("restart.backoff_max_ms"),
                format!(
                    "expected at least backoff_initial_ms ({}), found {}",
                    session.restart.backoff_initial_ms, session.restart.backoff_max_ms
                ),
            ));
        }
        if session.stdin == StdinConfig::Inherit {
            if let Some(owner) = stdin_owner {
                problems.push((at("stdin"), format!("only one session may inherit stdin, and sessions[{owner}] does")));
            } else if session.replicas > 1 {
                problems.push((at("stdin"), "only one session may inherit stdin, and this one has replicas".to_string()));
            }
            stdin_owner.get_or_insert(index);
        }
        if let StdinConfig::File(path) = &session.stdin {
            if !loaded.resolve(path).is_file() {
                problems.push((at("stdin"), format!("no such file: {}", loaded.resolve(path).display())));
            }
        }
    }
    problems
}
