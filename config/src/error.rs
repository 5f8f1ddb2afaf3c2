//! Configuration errors that say where and what: the file (or environment variable, or
//! command-line flag), the key path, and what was expected —
//! `corral.toml: sessions[2].limits.heap_mb: expected an integer, found "big"`.

use std::fmt;

/// Everything wrong with a configuration, one problem per line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    /// The problems found, in the order they were found.
    pub problems: Vec<Problem>,
}

impl ConfigError {
    /// A configuration error with a single problem.
    pub fn single(source: impl Into<String>, path: impl Into<String>, message: impl Into<String>) -> Self {
        ConfigError { problems: vec![Problem { source: source.into(), path: path.into(), message: message.into() }] }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

/// One thing wrong with a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the value came from: the file's name, `environment variable NAME`, or
    /// `command line`.
    pub source: String,
    /// The key path, e.g. `sessions[2].limits.heap_mb` (empty for the whole file).
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.source, self.message)
        } else {
            write!(f, "{}: {}: {}", self.source, self.path, self.message)
        }
    }
}

/// A figment key path as people write it: `sessions[2].limits.heap_mb`.
pub fn key_path(segments: &[String]) -> String {
    let mut path = String::new();
    for segment in segments {
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{segment}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(segment);
        }
    }
    path
}

/// What a serde "expected" text means to a person.
pub fn describe_expected(expected: &str) -> String {
    let integer = ["u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize"];
    if integer.contains(&expected) {
        return "an integer".to_string();
    }
    match expected {
        "f32" | "f64" => "a number".to_string(),
        "a sequence" => "an array".to_string(),
        "a map" => "a table".to_string(),
        "a boolean" | "bool" => "a boolean".to_string(),
        "a string" | "string" => "a string".to_string(),
        other if other.starts_with("struct ") => "a table".to_string(),
        other => other.to_string(),
    }
}

/// A found value as a person reads it: `"big"`, `5`, `an array`.
pub fn describe_actual(actual: &figment::error::Actual) -> String {
    use figment::error::Actual;
    match actual {
        Actual::Str(text) => format!("{text:?}"),
        Actual::Char(c) => format!("{:?}", c.to_string()),
        Actual::Unsigned(n) => n.to_string(),
        Actual::Signed(n) => n.to_string(),
        Actual::Float(n) => n.to_string(),
        Actual::Bool(b) => b.to_string(),
        Actual::Seq => "an array".to_string(),
        Actual::Map => "a table".to_string(),
        Actual::Unit | Actual::Option => "nothing".to_string(),
        other => other.to_string(),
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a
/// likely typo.
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|candidate| (edit_distance(word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len().max(word.len()) / 3).max(1) + 1)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_paths_index_arrays() {
        let segments: Vec<String> = ["sessions", "2", "limits", "heap_mb"].iter().map(|s| s.to_string()).collect();
        assert_eq!(key_path(&segments), "sessions[2].limits.heap_mb");
    }

    #[test]
    fn nearest_finds_typos_only() {
        assert_eq!(nearest("heap_md", &["heap_mb", "cpu_ms", "wall_ms"]), Some("heap_mb"));
        assert_eq!(nearest("replcas", &["replicas", "restart"]), Some("replicas"));
        assert_eq!(nearest("zzzzzz", &["heap_mb", "cpu_ms"]), None);
    }
}
