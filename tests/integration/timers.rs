//! Timers and Node's ordering of ticks, microtasks, immediates and timers.
//! Expected output was produced by Node 24 running the same programs.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

/// Warnings carry the process id; tests compare them without it.
pub fn without_pid(text: &str) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        match (line.strip_prefix("(node:"), line.find(") ")) {
            (Some(_), Some(end)) => {
                out.push_str("(node:PID");
                out.push_str(&line[end..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

#[test]
fn timers_behave_like_node() {
    let run = run_js("timers_basic.js", &[]);
    assert_eq!(run.stdout, expected("timers_basic.stdout"));
    assert_eq!(
        without_pid(&run.stderr),
        "(node:PID) TimeoutNaNWarning: NaN is not a number.\nTimeout duration was set to 1.\n\
         (node:PID) TimeoutNegativeWarning: -5 is a negative number.\nTimeout duration was set to 1.\n"
    );
    assert_eq!(run.code, Some(0));
}

#[test]
fn ticks_microtasks_immediates_and_timers_keep_nodes_order() {
    run_js("ordering.js", &[]).expect(&expected("ordering.stdout"), "", 0);
}

#[test]
fn unrefed_timers_do_not_keep_the_session_alive() {
    run_js("unref.js", &[]).expect("main done\nimmediate\nunref immediate ran\nexit 0\n", "", 0);
}

#[test]
fn timers_promises_resolve_abort_and_iterate() {
    run_js("timers_promises.js", &[]).expect(&expected("timers_promises.stdout"), "", 0);
}

#[test]
fn an_unrefed_immediate_alone_does_not_run_and_clear_immediate_ignores_timers() {
    run_js("unref_immediate.js", &["alone"]).expect("exit 0\n", "", 0);
    run_js("unref_immediate.js", &["clear"]).expect("timeout ran\nsecond timeout ran\nexit 0\n", "", 0);
}
