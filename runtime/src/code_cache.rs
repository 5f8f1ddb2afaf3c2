//! The V8 code cache: compiled code kept on the host between runs, keyed by the
//! source text, so a program's second start skips most parsing and compiling.
//!
//! An entry's name is a hash of the V8 version, the kind of code (builtin, CommonJS
//! wrapper, ES module), its parameters and its source; V8 also checks every entry
//! against the source it is used for and rejects a mismatch, which is then rewritten.
//! Entries are written to a temporary file and renamed, so a reader never sees half an
//! entry. Sessions cannot read or write the cache: it is the host's.

use std::path::{Path, PathBuf};

/// A code cache in one directory.
#[derive(Debug, Clone)]
pub struct CodeCache {
    dir: PathBuf,
}

impl CodeCache {
    /// A cache in `dir` (created when first written).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        CodeCache { dir: dir.into() }
    }

    /// The default place: `$XDG_CACHE_HOME/corral/code-cache`, else
    /// `$HOME/.cache/corral/code-cache`.
    pub fn default_dir() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cache")))?;
        Some(base.join("corral").join("code-cache"))
    }

    /// The key of a piece of code.
    pub fn key(kind: &str, detail: &str, source: &str) -> String {
        // FNV-1a, 128 bits wide enough that collisions do not matter here; V8 checks
        // the source again anyway.
        let mut hash: u128 = 0x6c62272e07bb014262b821756295c58d;
        for part in [v8::V8::get_version(), kind, detail, source] {
            for byte in part.bytes().chain(std::iter::once(0xff)) {
                hash ^= u128::from(byte);
                hash = hash.wrapping_mul(0x0000000001000000000000000000013B);
            }
        }
        format!("{hash:032x}")
    }

    /// The cached code for `key`, if any.
    pub fn load(&self, key: &str) -> Option<Vec<u8>> {
        std::fs::read(self.dir.join(key)).ok()
    }

    /// Stores code for `key`; failures only mean the next start is not faster.
    pub fn store(&self, key: &str, bytes: &[u8]) {
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let temporary = self.dir.join(format!("{key}.{}.tmp", std::process::id()));
        if std::fs::write(&temporary, bytes).is_ok() && std::fs::rename(&temporary, self.dir.join(key)).is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
    }
}
