//! The `node:test` module in a single-file run: the spec reporter's output, the
//! summary and the exit code. Each program's expected stdout, in
//! `tests/js/<name>.stdout`, is what Node 24 prints for it, with durations
//! written `(Xms)` / `duration_ms X` and stack-frame lines (`    at ...`, which
//! name the runner's internals) left out; the actual output is normalised the
//! same way.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

/// Durations replaced by `X`, stack-frame lines dropped.
fn normalise(output: &str) -> String {
    let mut normalised = String::new();
    for line in output.split_inclusive('\n') {
        if line.trim_start().starts_with("at ") {
            continue;
        }
        normalised.push_str(&normalise_durations(line));
    }
    normalised
}

fn normalise_durations(line: &str) -> String {
    if let Some(rest) = line.strip_prefix("ℹ duration_ms ") {
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        return format!("ℹ duration_ms X{}", &rest[end..]);
    }
    // A test's duration: ` (1.234ms)`.
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let digits = after.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(after.len());
        if digits > 0 && after[digits..].starts_with("ms)") {
            out.push_str(&rest[..open]);
            out.push_str("(Xms)");
            rest = &after[digits + 3..];
        } else {
            out.push_str(&rest[..=open]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn passing_failing_skipped_todo_nested_and_async_tests_report_like_node() {
    let run = run_js("node_test_runner.js", &[]);
    assert_eq!(normalise(&run.stdout), expected("node_test_runner.stdout"), "stderr: {}", run.stderr);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, Some(1));
}

#[test]
fn mocks_work_and_a_passing_run_keeps_the_programs_exit_code() {
    let run = run_js("node_test_mock.js", &[]);
    assert_eq!(normalise(&run.stdout), expected("node_test_mock.stdout"), "stderr: {}", run.stderr);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, Some(3));
}

#[test]
fn uncaught_errors_fail_the_running_test_or_become_diagnostics() {
    let run = run_js("node_test_async_errors.js", &[]);
    assert_eq!(normalise(&run.stdout), expected("node_test_async_errors.stdout"), "stderr: {}", run.stderr);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, Some(1));
}

#[test]
fn node_test_is_only_available_with_the_node_scheme() {
    run_js("node_test_scheme.js", &[]).expect("MODULE_NOT_FOUND\nfunction true function function\nfalse\n", "", 0);
}
