//! Ending a session: process.exit from anywhere, 'beforeExit', 'exit', exitCode,
//! uncaught exceptions and unhandled rejections. Expected output is Node 24's.

use crate::support::run_js;

fn run(mode: &str) -> crate::support::Run {
    run_js("exit_semantics.js", &[mode])
}

#[test]
fn exit_from_a_tick_ends_at_once() {
    run("tick").expect("in tick\nexit 3 3\n", "", 3);
}

#[test]
fn exit_from_a_timer_clears_other_timers() {
    run("timer").expect("in timer\nexit 4 4\n", "", 4);
}

#[test]
fn exit_from_a_promise_job_stops_later_jobs() {
    run("promise").expect("in promise\nexit 5 5\n", "", 5);
}

#[test]
fn exit_inside_an_exit_listener_wins() {
    run("exit-in-exit").expect("exit 0 undefined\nsecond exit listener\n", "", 9);
}

#[test]
fn before_exit_may_schedule_more_work() {
    run("before-exit").expect(
        "beforeExit 2 0\nscheduled from beforeExit 1\nbeforeExit 2 1\nscheduled from beforeExit 2\nbeforeExit 2 2\nexit 2 2\n",
        "",
        2,
    );
}

#[test]
fn uncaught_exception_listeners_keep_the_session_going() {
    run("uncaught-handler").expect(
        "handled from tick uncaughtException\nnext tick still runs\nhandled from promise unhandledRejection\nimmediate\nhandled from timer uncaughtException\nnext timer still runs\nexit 0 undefined\n",
        "",
        0,
    );
}

#[test]
fn unhandled_rejection_listener_handles_it() {
    run("unhandled-rejection").expect("unhandledRejection nobody catches true\nstill alive\nexit 0 undefined\n", "", 0);
}

#[test]
fn unhandled_rejection_without_listener_is_fatal() {
    let run = run("rejection-fatal");
    assert_eq!(run.stdout, "exit 1 1\n");
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.starts_with("<root>/tests/js/exit_semantics.js:62\n  Promise.reject(new Error('fatal rejection'));\n                 ^\n\nError: fatal rejection\n    at Object.<anonymous> (<root>/tests/js/exit_semantics.js:62:18)\n"),
        "stderr was:\n{}",
        run.stderr
    );
}

#[test]
fn exit_code_is_validated_and_numeric_strings_accepted() {
    run("exit-code-type").expect(
        "ERR_INVALID_ARG_TYPE The \"code\" argument must be of type number. Received type string ('nope')\nexit 7 7\n",
        "",
        7,
    );
}
