//! The Node API's JavaScript, embedded at build time from `runtime/js/`.
//!
//! Each file is a CommonJS-style module body compiled on first use as
//! `function (exports, require, module, internals)`; its script name is
//! `node:<name>`, so stack traces show builtin frames the way Node does.
//!
//! For development, `CORRAL_DEV_JS_DIR=<path to runtime/js>` makes the process read
//! the builtins from that folder instead, once at first use, so an edit to the
//! Node API layer is tried without relinking V8. The embedded copy is used
//! otherwise; the variable belongs to whoever starts `corral`, never to a session.

use std::path::Path;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));

/// The parameters every builtin module body is compiled with.
pub const BUILTIN_PARAMS: [&str; 4] = ["exports", "require", "module", "internals"];

/// The module run first in every session; it returns the loop's entry points.
pub const BOOTSTRAP: &str = "internal/bootstrap";

/// The environment variable naming a `runtime/js` folder to load builtins from.
pub const DEV_DIR_VARIABLE: &str = "CORRAL_DEV_JS_DIR";

/// The builtin table in use: the embedded one, or the development folder's.
fn table() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let Some(dir) = std::env::var_os(DEV_DIR_VARIABLE) else { return SOURCES };
    TABLE.get_or_init(|| {
        let mut table = Vec::new();
        read_dir_into(Path::new(&dir), Path::new(&dir), &mut table);
        assert!(
            table.iter().any(|(name, _)| *name == BOOTSTRAP),
            "{DEV_DIR_VARIABLE}={} holds no {BOOTSTRAP}.js",
            Path::new(&dir).display()
        );
        table
    })
}

/// Reads every `.js` file under `dir` into `out`, named relative to `root`.
fn read_dir_into(root: &Path, dir: &Path, out: &mut Vec<(&'static str, &'static str)>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{DEV_DIR_VARIABLE}: cannot read {}: {error}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_dir_into(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let name = path.strip_prefix(root).unwrap().with_extension("");
            let name = name.to_string_lossy().replace('\\', "/");
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|error| panic!("{DEV_DIR_VARIABLE}: cannot read {}: {error}", path.display()));
            out.push((Box::leak(name.into_boxed_str()), Box::leak(source.into_boxed_str())));
        }
    }
}

/// The source of the builtin module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    table().iter().find(|(n, _)| *n == name).map(|(_, source)| *source)
}

/// The names of all builtin modules, internal ones included.
pub fn names() -> impl Iterator<Item = &'static str> {
    table().iter().map(|(name, _)| *name)
}
