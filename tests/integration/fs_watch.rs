//! File watching: `fs.watch` (plain, with encodings, recursive), `fs.promises.watch`
//! and `fs.watchFile` on changes the program makes itself, printed as Node 24 prints
//! them; an unref'd watcher lets the program end; watching outside the read roots is
//! `EACCES` (corral's own).

use crate::support::{root, run};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

/// A fresh, empty `target/fs-tests/<name>`; returns its path relative to the root.
fn scratch(name: &str) -> String {
    let relative = format!("target/fs-tests/{name}");
    let dir = root().join(&relative);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    relative
}

#[test]
fn watchers_report_the_programs_own_changes_like_node() {
    let dir = scratch("watch");
    let allow = format!("--allow-write={dir}");
    run(&["run", &allow, "tests/js/fs_watch.js", &dir]).expect(&expected("fs_watch.stdout"), "", 0);
}

#[test]
fn watching_outside_the_read_roots_is_refused() {
    let outside = std::env::temp_dir().join(format!("corral-fs-watch-{}", std::process::id()));
    std::fs::create_dir_all(&outside).unwrap();
    let outside = outside.canonicalize().unwrap();
    assert!(!outside.starts_with(root()), "the temporary directory must lie outside the checkout");
    let result = run(&["run", "tests/js/fs_watch_denied.js", outside.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&outside);
    result.expect(
        "fs.watch EACCES EACCES: permission denied, watch '<outside>' watch\n\
         fs.promises.watch EACCES EACCES: permission denied, watch '<outside>'\n",
        "",
        0,
    );
}
