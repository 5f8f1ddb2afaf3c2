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

/// The npm packages the tests use, installed once (pinned versions) into
/// target/npm-packages; `None`, with a note on stderr, where npm is not available.
pub fn npm_packages() -> Option<PathBuf> {
    const PACKAGES: [&str; 9] = [
        "marked@18.2.1",
        "yaml@2.9.1",
        "acorn@8.19.0",
        "typescript@6.0.3",
        "prettier@3.10.1",
        "terser@5.51.2",
        "cowsay@1.6.0",
        "chalk-cli@6.0.0",
        "cli-highlight@2.1.11",
    ];
    let dir = root().join("target").join("npm-packages");
    let marker = dir.join("node_modules").join(format!(".corral-installed-{}", PACKAGES.len()));
    static INSTALL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
    if marker.exists() {
        return Some(dir);
    }
    std::fs::create_dir_all(&dir).unwrap();
    let status = Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(&dir)
        .args(PACKAGES)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match status {
        Ok(status) if status.success() => {
            std::fs::write(&marker, "").unwrap();
            Some(dir)
        }
        _ => {
            eprintln!("skipped: npm is not available to install the packages under test");
            None
        }
    }
}
