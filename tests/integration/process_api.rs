//! The process APIs a session shares with Node (umask, threadCpuUsage, active
//! resources, argument checks, a console that swallows write errors) and those it
//! refuses (credentials, execve, other processes, native addons).

use crate::support::{root, run_js};

/// Expected output generated with Node 24.
#[test]
fn process_apis_behave_like_node() {
    let expected = std::fs::read_to_string(root().join("tests/js/process_api.stdout")).unwrap();
    run_js("process_api.js", &[]).expect(&expected, "", 0);
}

/// Expected output written for corral: Node, run as root, would change the host's
/// credentials or replace the process here.
#[test]
fn process_apis_that_touch_the_host_are_refused() {
    let expected = std::fs::read_to_string(root().join("tests/js/process_sandbox.stdout")).unwrap();
    let run = run_js("process_sandbox.js", &[]);
    assert_eq!(run.stdout, expected, "stderr was:\n{}", run.stderr);
    assert!(
        run.stderr.contains("ExperimentalWarning: process.execve is an experimental feature"),
        "{}",
        run.stderr
    );
    assert_eq!(run.code, Some(0));
}
