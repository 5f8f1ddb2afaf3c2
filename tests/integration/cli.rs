//! The command line: help, version, argv, permissions flags and the environment.

use crate::support::{run, run_js};

#[test]
fn version_prints_the_crate_version() {
    run(&["--version"]).expect(&format!("corral {}\n", env!("CARGO_PKG_VERSION")), "", 0);
}

#[test]
fn help_lists_the_run_command() {
    let run = run(&["--help"]);
    assert_eq!(run.code, Some(0));
    assert!(run.stdout.starts_with("Runs untrusted JavaScript programs as sandboxed sessions in V8 isolates\n"), "{}", run.stdout);
    for (command, summary) in [
        ("run", "Run FILE as the main program of one session and exit with its exit code"),
        ("up", "Start every session of a configuration file and supervise them until all are done"),
        ("check", "Validate a configuration file and print it fully merged"),
    ] {
        let line = run.stdout.lines().find(|l| l.trim_start().starts_with(&format!("{command} "))).unwrap_or_default();
        assert_eq!(line.split_whitespace().skip(1).collect::<Vec<_>>().join(" "), summary, "{}", run.stdout);
    }
}

#[test]
fn argv_holds_the_absolute_entry_and_the_arguments() {
    run_js("argv.js", &["one", "--two", "3"]).expect(
        "[ '<root>/tests/js/argv.js', 'one', '--two', '3' ]\ntrue string\n{}\n",
        "",
        3,
    );
}

#[test]
fn env_contains_only_what_the_session_is_given() {
    let run = crate::support::corral()
        .args(["run", "--env", "MODE=test", "tests/js/argv.js"])
        .env("SECRET", "host-only")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.ends_with("{\"MODE\":\"test\"}\n"), "{stdout}");
}

#[test]
fn allow_env_passes_named_host_variables_through() {
    let run = crate::support::corral()
        .args(["run", "--allow-env=SHARED", "tests/js/argv.js"])
        .env("SHARED", "yes")
        .env("SECRET", "no")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.ends_with("{\"SHARED\":\"yes\"}\n"), "{stdout}");
}
