//! The 32 MiB session stack: deep recursion works, runaway recursion is a RangeError.

use crate::support::run_js;

#[test]
fn recursion_needing_more_than_8_mib_of_stack_succeeds() {
    run_js("deep_recursion.js", &[]).expect("120000\n", "", 0);
}

#[test]
fn infinite_recursion_is_a_range_error_not_a_crash() {
    let run = run_js("infinite_recursion.js", &[]);
    assert_eq!(run.stdout, "caught true Maximum call stack size exceeded\n");
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("\nRangeError: Maximum call stack size exceeded\n    at forever (<root>/tests/js/infinite_recursion.js:"),
        "stderr was:\n{}",
        run.stderr
    );
}
