//! Running the `corral` binary on JavaScript files and looking at what it printed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root (tests run the binary from here).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// What one run printed and how it ended, with the repository's absolute path
/// replaced by `<root>` so expectations do not depend on where the checkout is.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

impl Run {
    fn from_output(output: Output) -> Run {
        let root = root().to_string_lossy().into_owned();
        let clean = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&root, "<root>");
        Run { stdout: clean(&output.stdout), stderr: clean(&output.stderr), code: output.status.code() }
    }

    /// Asserts the exact stdout, stderr and exit code.
    #[track_caller]
    pub fn expect(&self, stdout: &str, stderr: &str, code: i32) {
        assert_eq!(self.stdout, stdout, "stdout differs; stderr was:\n{}", self.stderr);
        assert_eq!(self.stderr, stderr, "stderr differs; stdout was:\n{}", self.stdout);
        assert_eq!(self.code, Some(code), "exit code differs; stderr was:\n{}", self.stderr);
    }
}

/// A `corral` command started in the repository root.
pub fn corral() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_corral"));
    // The code cache goes under target/, never into the user's own cache.
    command.current_dir(root()).env_remove("CORRAL_LOG").env("XDG_CACHE_HOME", root().join("target").join("test-cache"));
    command
}

/// Runs `corral` with `args` and no stdin.
pub fn run(args: &[&str]) -> Run {
    let output = corral().args(args).stdin(Stdio::null()).output().expect("corral starts");
    Run::from_output(output)
}

/// Runs `corral run` on a JavaScript file under `tests/js/`, with extra arguments.
pub fn run_js(file: &str, args: &[&str]) -> Run {
    let path = format!("tests/js/{file}");
    let mut all = vec!["run", path.as_str()];
    all.extend_from_slice(args);
    run(&all)
}

/// Runs `corral` with `args`, feeding `input` to its stdin.
pub fn run_with_stdin(args: &[&str], input: &[u8]) -> Run {
    let mut child = corral()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("corral starts");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().expect("corral finishes");
    writer.join().unwrap();
    Run::from_output(output)
}
