//! Signals through the signal actor: listeners, default actions, process.kill, and
//! host signals sent to `corral run`. Expected output is Node 24's.

use crate::support::{corral, run_js};
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};

fn mode(name: &str) -> crate::support::Run {
    run_js("signals.js", &[name])
}

#[test]
fn listeners_receive_signals_and_the_session_lives_on() {
    mode("handled").expect("kill returned\ngot SIGINT\ngot SIGUSR1\nstill alive after handlers\nexit 0\n", "", 0);
}

#[test]
fn default_actions_end_with_128_plus_the_signal() {
    mode("default-int").expect("", "", 130);
    mode("default-term").expect("", "", 143);
    mode("default-hup").expect("", "", 129);
}

#[test]
fn sigwinch_is_ignored_by_default() {
    mode("winch-ignored").expect("winch ignored\nexit 0\n", "", 0);
}

#[test]
fn once_and_off_remove_listeners() {
    mode("once-off").expect("once usr2\n", "", 140);
}

#[test]
fn kill_validates_its_arguments_and_sees_no_other_process() {
    mode("errors").expect(
        "exists true\nTypeError ERR_UNKNOWN_SIGNAL Unknown signal: SIGNOPE\nError EINVAL kill EINVAL\nError ESRCH kill ESRCH\nTypeError ERR_INVALID_ARG_TYPE The \"pid\" argument must be of type number. Received type string ('x')\nexit 0\n",
        "",
        0,
    );
}

/// Starts `corral run FILE ARGS` and waits until it prints `ready`.
fn start_and_wait_ready(file: &str, args: &[&str]) -> (Child, BufReader<std::process::ChildStdout>) {
    let mut child = corral()
        .arg("run")
        .arg(file)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    (child, stdout)
}

fn send(child: &Child, signal: i32) {
    assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
}

fn rest(mut stdout: BufReader<std::process::ChildStdout>) -> String {
    let mut text = String::new();
    stdout.read_to_string(&mut text).unwrap();
    text
}

#[test]
fn host_sigint_reaches_the_sessions_listener() {
    let (mut child, stdout) = start_and_wait_ready("tests/js/signals.js", &["wait"]);
    send(&child, libc::SIGINT);
    assert_eq!(rest(stdout), "host SIGINT handled\nexit 0\n");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn host_sigterm_without_listener_ends_the_session_with_143() {
    let (mut child, stdout) = start_and_wait_ready("tests/js/signals.js", &["wait-default"]);
    send(&child, libc::SIGTERM);
    assert_eq!(rest(stdout), "");
    assert_eq!(child.wait().unwrap().code(), Some(143));
}

#[test]
fn a_render_loop_that_never_empties_the_tick_queue_still_gets_signals() {
    let (mut child, stdout) = start_and_wait_ready("tests/js/render_loop.js", &[]);
    std::thread::sleep(std::time::Duration::from_millis(50));
    send(&child, libc::SIGINT);
    assert_eq!(rest(stdout), "SIGINT handled after renders: true\n");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_microtask_loop_that_never_empties_still_gets_signals() {
    let (mut child, stdout) = start_and_wait_ready("tests/js/microtask_loop.js", &[]);
    std::thread::sleep(std::time::Duration::from_millis(50));
    send(&child, libc::SIGINT);
    assert_eq!(rest(stdout), "SIGINT handled after microtasks: true\n");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_busy_loop_is_ended_by_a_host_signal() {
    let (mut child, stdout) = start_and_wait_ready("tests/js/busy_loop.js", &[]);
    send(&child, libc::SIGINT);
    assert_eq!(rest(stdout), "");
    assert_eq!(child.wait().unwrap().code(), Some(130));
}
