//! stdin through the stdin actor, and stdout/stderr ordering and completeness.
//! Expected output is Node 24's for the same programs.

use crate::support::{corral, run_js, run_with_stdin};
use std::io::{Read, Write};
use std::process::Stdio;

fn stdin_mode(mode: &str, input: &[u8]) -> crate::support::Run {
    run_with_stdin(&["run", "tests/js/stdin_modes.js", mode], input)
}

#[test]
fn data_events_then_end() {
    stdin_mode("data", b"hello\nworld\n").expect("end \"hello\\nworld\\n\" true\n", "", 0);
}

#[test]
fn readable_and_read_loop() {
    stdin_mode("readable", b"hello\nworld\n").expect("bytes 12\n", "", 0);
}

#[test]
fn for_await_over_stdin() {
    stdin_mode("for-await", b"hello\nworld\n").expect("lines [ 'hello', 'world' ]\n", "", 0);
}

#[test]
fn set_encoding_decodes_multibyte_text() {
    stdin_mode("encoding", "héllo wörld ✓ 👍".as_bytes()).expect("text héllo wörld ✓ 👍 15\n", "", 0);
}

#[test]
fn pause_stops_the_flow_and_resume_restarts_it() {
    let big = vec![b'z'; 1 << 20];
    stdin_mode("pause", &big).expect("paused true\nresuming\nend after resume true\n", "", 0);
}

#[test]
fn empty_stdin_with_resume_ends() {
    stdin_mode("empty-resume", b"").expect("end of empty stdin\n", "", 0);
}

#[test]
fn stdin_nobody_reads_does_not_keep_the_session_alive() {
    // The pipe stays open (never written, never closed) while the session runs.
    let mut child = corral()
        .args(["run", "tests/js/stdin_modes.js", "unread"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let _open_stdin = child.stdin.take();
    let mut stdout = String::new();
    child.stdout.take().unwrap().read_to_string(&mut stdout).unwrap();
    assert_eq!(stdout, "stdin is never read; the session ends anyway\n");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn non_tty_stdin_has_no_raw_mode() {
    stdin_mode("tty", b"").expect("isTTY undefined undefined\nTypeError stdin.setRawMode is not a function\n", "", 0);
}

#[test]
fn stdout_writes_callbacks_and_console_keep_their_order() {
    run_js("stdout_write.js", &[]).expect(
        "first\nwrite returned true false\nbytes\nhi!\nu8\nconsole between writes\nstdout has end: function\ncallback for first\ncallback for hex\nstderr callback null\ntick after writes\n",
        "to stderr\nconsole.error\n",
        0,
    );
}

#[test]
fn ten_megabytes_reach_a_pipe_before_exit() {
    let run = run_js("big_output.js", &["mixed"]);
    assert_eq!(run.stderr, "wrote 10485800\n");
    assert_eq!(run.code, Some(0));
    assert_eq!(run.stdout.len(), 10_485_800);
    assert!(run.stdout.lines().all(|line| line.len() == 99 && line.bytes().all(|b| b == b'x')));
}

#[test]
fn ten_megabytes_reach_a_file_before_exit() {
    let path = crate::support::root().join("target").join("big_output.txt");
    let file = std::fs::File::create(&path).unwrap();
    let status = corral().args(["run", "tests/js/big_output.js"]).stdout(file).stderr(Stdio::null()).status().unwrap();
    assert_eq!(status.code(), Some(0));
    let written = std::fs::read(&path).unwrap();
    assert_eq!(written.len(), 10_485_800);
    assert!(written.chunks(100).all(|line| line[..99].iter().all(|&b| b == b'x') && line[99] == b'\n'));
}

/// A deterministic byte stream (xorshift), so 1 GiB needs no memory to check.
struct Pattern(u64);

impl Pattern {
    fn fill(&mut self, buffer: &mut [u8]) {
        for chunk in buffer.chunks_mut(8) {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            let bytes = self.0.to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }
}

#[test]
fn stdin_piped_to_stdout_copies_one_gibibyte_exactly() {
    const TOTAL: usize = 1 << 30;
    const BLOCK: usize = 1 << 16;
    let mut child = corral()
        .args(["run", "tests/js/stdin_pipe.js"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let mut pattern = Pattern(0x9E37_79B9_7F4A_7C15);
        let mut block = vec![0u8; BLOCK];
        for _ in 0..TOTAL / BLOCK {
            pattern.fill(&mut block);
            stdin.write_all(&block).unwrap();
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut expected = Pattern(0x9E37_79B9_7F4A_7C15);
    let mut expected_block = vec![0u8; BLOCK];
    let mut received = vec![0u8; BLOCK];
    let mut total = 0usize;
    let mut filled = 0usize;
    expected.fill(&mut expected_block);
    loop {
        let n = stdout.read(&mut received[filled..]).unwrap();
        if n == 0 {
            break;
        }
        filled += n;
        if filled == BLOCK {
            assert!(received == expected_block, "mismatch in the block ending at byte {}", total + BLOCK);
            total += BLOCK;
            filled = 0;
            expected.fill(&mut expected_block);
        }
    }
    writer.join().unwrap();
    assert_eq!(filled, 0, "a partial block at the end");
    assert_eq!(total, TOTAL);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_reader_that_goes_away_is_an_epipe_error_as_in_node() {
    let mut child = corral()
        .args(["run", "tests/js/epipe.js"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    assert_eq!(first, "line 1\n");
    drop(stdout);
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(1));
    assert!(stderr.contains("\nError: write EPIPE\n"), "{stderr}");
    assert!(stderr.ends_with("  errno: -32,\n  code: 'EPIPE',\n  syscall: 'write'\n}\n"), "{stderr}");
}
