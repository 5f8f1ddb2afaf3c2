//! The Node API's JavaScript, embedded at build time from `runtime/js/`.
//!
//! Each file is a CommonJS-style module body compiled on first use as
//! `function (exports, require, module, internals)`; its script name is
//! `node:<name>`, so stack traces show builtin frames the way Node does.

include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));

/// The parameters every builtin module body is compiled with.
pub const BUILTIN_PARAMS: [&str; 4] = ["exports", "require", "module", "internals"];

/// The module run first in every session; it returns the loop's entry points.
pub const BOOTSTRAP: &str = "internal/bootstrap";

/// The source of the builtin module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, source)| *source)
}

/// The names of all builtin modules, internal ones included.
pub fn names() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(name, _)| *name)
}
