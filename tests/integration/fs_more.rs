//! More of `fs`: `statfs`, `AbortSignal` on `writeFile`/`readFile`, a `ReadStream`
//! subclass overriding `open()` (graceful-fs style), Node's argument errors and
//! `mkdtempDisposableSync`. Expected output is Node 24's for the same program.

use crate::support::{root, run};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

#[test]
fn statfs_abort_signals_and_stream_subclasses_match_node() {
    let dir = "target/fs-tests/gaps";
    let _ = std::fs::remove_dir_all(root().join(dir));
    std::fs::create_dir_all(root().join(dir)).unwrap();
    let allow = format!("--allow-write={dir}");
    run(&["run", &allow, "tests/js/fs_gaps.js", dir]).expect(&expected("fs_gaps.stdout"), "", 0);
}
