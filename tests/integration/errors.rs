//! Uncaught exceptions, syntax errors and unreadable entry files.

use crate::support::{run, run_js};

/// Stack frames inside corral's own JavaScript change line numbers whenever that code
/// changes; tests compare them without their positions.
fn without_builtin_positions(text: &str) -> String {
    text.split('\n')
        .map(|line| match line.find("(node:internal/") {
            Some(start) => {
                let end = line[start..].find(')').map(|e| start + e).unwrap_or(line.len());
                let location = &line[start + 1..end];
                let name = location.split(':').take(2).collect::<Vec<_>>().join(":");
                format!("{}({}){}", &line[..start], name, &line[end + 1..])
            }
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn uncaught_error_prints_source_context_and_stack_and_exits_1() {
    let run = run_js("uncaught_error.js", &[]);
    assert_eq!(run.stdout, "before\n");
    assert_eq!(run.code, Some(1));
    let stderr = without_builtin_positions(&run.stderr);
    let expected_head = "<root>/tests/js/uncaught_error.js:3\n  throw new Error('boom');\n  ^\n\nError: boom\n    at fail (<root>/tests/js/uncaught_error.js:3:9)\n    at Object.<anonymous> (<root>/tests/js/uncaught_error.js:5:1)\n    at Module._compile (node:internal/modules/cjs)\n";
    assert!(stderr.starts_with(expected_head), "stderr was:\n{stderr}");
}

#[test]
fn syntax_error_names_file_line_and_column_and_exits_1() {
    let run = run_js("syntax_error.js", &[]);
    assert_eq!(run.stdout, "");
    assert_eq!(run.code, Some(1));
    let first_lines: Vec<&str> = run.stderr.lines().take(5).collect();
    assert_eq!(
        first_lines,
        [
            "<root>/tests/js/syntax_error.js:2",
            "let x = ;",
            "        ^",
            "",
            "SyntaxError: Unexpected token ';'",
        ],
        "stderr was:\n{}",
        run.stderr
    );
}

#[test]
fn thrown_non_error_is_inspected_after_the_exit_event() {
    run_js("throw_value.js", &[]).expect(
        "exit 1\n",
        "<root>/tests/js/throw_value.js:2\nthrow { reason: 'not an error', code: 7 };\n^\n{ reason: 'not an error', code: 7 }\n",
        1,
    );
}

#[test]
fn error_from_a_timer_shows_throw_site_and_extra_properties() {
    let run = run_js("error_props.js", &[]);
    assert_eq!(run.code, Some(1));
    let stderr = without_builtin_positions(&run.stderr);
    assert!(
        stderr.starts_with("<root>/tests/js/error_props.js:5\n  throw error;\n  ^\n\nTypeError: bad input\n    at Object.<anonymous> (<root>/tests/js/error_props.js:1:15)\n"),
        "stderr was:\n{stderr}"
    );
    assert!(stderr.ends_with(" {\n  code: 'E_BAD',\n  details: { field: 'name' }\n}\n"), "stderr was:\n{stderr}");
}

#[test]
fn missing_entry_file_is_one_clear_line() {
    run(&["run", "tests/js/does-not-exist.js"]).expect(
        "",
        "corral: cannot read 'tests/js/does-not-exist.js': no such file\n",
        1,
    );
}

#[test]
fn directory_as_entry_file_is_one_clear_line() {
    run(&["run", "tests/js"]).expect("", "corral: cannot run 'tests/js': it is a directory\n", 1);
}

#[test]
fn process_exit_runs_exit_listeners_and_uses_the_code() {
    run_js("exit_code.js", &[]).expect("start\nexit event 5\n", "", 5);
}

#[test]
fn stacks_are_formatted_when_first_read_as_in_node() {
    run_js("stack_format.js", &[]).expect(
        "Error: set later\nRangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be >= 0 and <= 1. Received 5\ncustom: formatted by the program (true)\nTypeError: back to normal\n",
        "",
        0,
    );
}
