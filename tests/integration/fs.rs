//! The `fs` and `fs/promises` modules: files, descriptors, directories, links, streams
//! and callback ordering inside the session's roots (expected output is Node 24's for
//! the same programs), and `EACCES` for reads outside the read roots, writes without
//! `--allow-write`, `..` escapes and symlinks pointing out of a root (corral's own).
//!
//! Fixtures are made at test time under `target/fs-tests/` (inside the default read
//! root, the current directory) and in the host's temporary directory (outside it).

use crate::support::{root, run};
use std::path::{Path, PathBuf};

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

/// Runs `tests/js/<file>` with write access to a fresh scratch directory, which is
/// also its first argument.
fn run_in_scratch(file: &str, name: &str) -> crate::support::Run {
    let dir = scratch(name);
    let allow = format!("--allow-write={dir}");
    let program = format!("tests/js/{file}");
    run(&["run", &allow, &program, &dir])
}

#[test]
fn sync_api_matches_node() {
    run_in_scratch("fs_sync.js", "sync").expect(&expected("fs_sync.stdout"), "", 0);
}

#[test]
fn callbacks_run_in_the_poll_phase_like_node() {
    run_in_scratch("fs_callbacks.js", "callbacks").expect(&expected("fs_callbacks.stdout"), "", 0);
}

#[test]
fn promises_and_file_handles_match_node() {
    run_in_scratch("fs_promises.js", "promises").expect(&expected("fs_promises.stdout"), "", 0);
}

#[test]
fn streams_copy_a_file_like_node() {
    run_in_scratch("fs_streams.js", "streams").expect(&expected("fs_streams.stdout"), "", 0);
}

/// The permission fixtures: `ro/data.txt`, and in `rw/` a link to `../ro`, a link to
/// a secret file in a directory outside every root and a dangling link into it. Returns (fixtures relative to
/// the root, the outside directory).
fn permission_fixtures(name: &str) -> (String, PathBuf) {
    let dir = scratch(name);
    let fixtures = root().join(&dir);
    let outside = std::env::temp_dir().join(format!("corral-fs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&outside);
    std::fs::create_dir_all(&outside).unwrap();
    let outside = outside.canonicalize().unwrap();
    assert!(!outside.starts_with(root()), "the temporary directory must lie outside the checkout");
    std::fs::write(outside.join("secret.txt"), "secret\n").unwrap();
    std::fs::create_dir_all(fixtures.join("ro")).unwrap();
    std::fs::create_dir_all(fixtures.join("rw")).unwrap();
    std::fs::write(fixtures.join("ro/data.txt"), "data\n").unwrap();
    std::os::unix::fs::symlink("../ro", fixtures.join("rw/ro-link")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), fixtures.join("rw/secret-link")).unwrap();
    std::os::unix::fs::symlink(outside.join("planted.txt"), fixtures.join("rw/dangling")).unwrap();
    (dir, outside)
}

fn run_permissions(flags: &[&str], dir: &str, outside: &Path, mode: &str) -> crate::support::Run {
    let outside = outside.to_str().unwrap();
    let mut args = vec!["run"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&["tests/js/fs_permissions.js", dir, outside, mode]);
    run(&args)
}

#[test]
fn writes_stay_in_the_write_roots_and_reads_in_the_read_roots() {
    let (dir, outside) = permission_fixtures("permissions");
    // A second write root below a directory that does not exist yet.
    let allow = format!("--allow-write={dir}/rw,{dir}/ro/future/tree");
    let run = run_permissions(&[&allow], &dir, &outside, "all");
    run.expect(&expected("fs_permissions.stdout"), "", 0);
    // Nothing was written where it was refused.
    let fixtures = root().join(&dir);
    assert_eq!(std::fs::read_to_string(fixtures.join("ro/data.txt")).unwrap(), "data\n");
    assert_eq!(std::fs::read_dir(fixtures.join("ro")).unwrap().count(), 1);
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 1);
    let _ = std::fs::remove_dir_all(&outside);
}

#[test]
fn without_allow_write_every_write_is_refused() {
    let (dir, outside) = permission_fixtures("no-write");
    let run = run_permissions(&[], &dir, &outside, "all");
    run.expect(&expected("fs_permissions_no_write.stdout"), "", 0);
    assert_eq!(std::fs::read_dir(root().join(&dir).join("rw")).unwrap().count(), 3);
    let _ = std::fs::remove_dir_all(&outside);
}

/// What the read attempts print when the outside directory is readable;
/// `passwd` is the line for `..` up to /etc/passwd.
fn reads_granted(passwd: &str) -> String {
    format!(
        "read in the read root ok data\n\
         first fd ok 3\n\
         read outside ok secret\n\n\
         read through a link ok secret\n\n\
         {passwd}\n\
         stat outside ok true\n\
         exists outside ok true\n\
         exists missing outside ok false\n\
         readdir outside ok secret.txt\n\
         opendir outside ok [object Object]\n\
         realpath outside ok <outside>/secret.txt\n\
         lstat the link itself ok true\n\
         readlink ok <outside>/secret.txt\n\
         stat through the link ok [object Object]\n\
         written to fd 1\n\
         stdout by fd ok 16\n\
         callback secret\n\
         promise secret\n"
    )
}

#[test]
fn allow_read_opens_only_the_trees_it_names() {
    let (dir, outside) = permission_fixtures("allow-read");
    let allow = format!("--allow-read={}", outside.display());
    let passwd = "EACCES: permission denied, open 'ro/../../../../../../../../../../../../etc/passwd'";
    run_permissions(&[&allow], &dir, &outside, "reads")
        .expect(&reads_granted(&format!(".. to /etc/passwd EACCES {passwd}")), "", 0);
    let _ = std::fs::remove_dir_all(&outside);
}

#[test]
fn allow_all_reads_anywhere() {
    let (dir, outside) = permission_fixtures("allow-all");
    run_permissions(&["-A"], &dir, &outside, "reads").expect(&reads_granted(".. to /etc/passwd ok true"), "", 0);
    let _ = std::fs::remove_dir_all(&outside);
}
