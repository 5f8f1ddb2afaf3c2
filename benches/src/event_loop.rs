//! Event-loop benchmark: corral against Node, in the same run on the same machine.
//!
//!     cargo build --release && cargo run --release -p corral-bench --bin event-loop
//!
//! Measures callback chains (`process.nextTick`, `setImmediate`, `setTimeout(0)`) as
//! callbacks per second, timed inside the program so start-up is excluded, and
//! stdin→stdout piping (`process.stdin.pipe(process.stdout)`) as MB/s through real
//! pipes, timed from outside. Each figure is the median of several runs. Node is
//! `$NODE` or `node` on the PATH; its column is left out when there is none.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const RUNS: usize = 5;
const PIPE_BYTES: usize = 1 << 30;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corral = corral_binary();
    let node = std::env::var("NODE").unwrap_or_else(|_| "node".to_string());
    let node_version = Command::new(&node).arg("--version").output().ok().filter(|o| o.status.success());
    let node_version = node_version.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());

    let runtimes: Vec<(String, Vec<String>)> = {
        let mut list = vec![(format!("corral {}", env!("CARGO_PKG_VERSION")), vec![corral.display().to_string(), "run".into()])];
        if let Some(version) = &node_version {
            list.push((format!("node {version}"), vec![node.clone()]));
        }
        list
    };

    let chains = [
        ("nextTick chain", "tick_chain.js", "callbacks/s"),
        ("setImmediate chain", "immediate_chain.js", "callbacks/s"),
        ("setTimeout(0) chain", "timeout_chain.js", "callbacks/s"),
    ];
    let mut rows: Vec<(String, &str, Vec<f64>)> = Vec::new();
    for (name, file, unit) in chains {
        let script = root.join("js").join(file);
        let values = runtimes.iter().map(|(_, command)| median(RUNS, || chain_rate(command, &script))).collect();
        rows.push((name.to_string(), unit, values));
    }
    let pipe = root.join("js").join("pipe.js");
    let values = runtimes.iter().map(|(_, command)| median(RUNS, || pipe_rate(command, &pipe))).collect();
    rows.push(("stdin→stdout pipe (1 GiB)".to_string(), "MB/s", values));

    print_table(&runtimes, &rows);
}

/// The corral binary built alongside this one.
fn corral_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("own path");
    let path = exe.with_file_name("corral");
    if !path.exists() {
        eprintln!("event-loop: {} is missing; run `cargo build --release` first", path.display());
        std::process::exit(2);
    }
    path
}

fn median(runs: usize, mut measure: impl FnMut() -> f64) -> f64 {
    let mut values: Vec<f64> = (0..runs).map(|_| measure()).collect();
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[runs / 2]
}

/// Runs a chain program, which prints its own callbacks-per-second figure.
fn chain_rate(command: &[String], script: &Path) -> f64 {
    let output = Command::new(&command[0]).args(&command[1..]).arg(script).output().expect("runtime starts");
    let text = String::from_utf8_lossy(&output.stdout);
    text.trim().parse().unwrap_or_else(|_| panic!("{} printed {text:?}", script.display()))
}

/// Pipes 1 GiB through the program and measures the wall time until its stdout ends.
fn pipe_rate(command: &[String], script: &Path) -> f64 {
    let mut child = Command::new(&command[0])
        .args(&command[1..])
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runtime starts");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let started = Instant::now();
    let writer = std::thread::spawn(move || {
        let block = vec![0x5au8; 64 * 1024];
        for _ in 0..PIPE_BYTES / block.len() {
            stdin.write_all(&block).unwrap();
        }
    });
    let mut buffer = vec![0u8; 64 * 1024];
    let mut total = 0;
    loop {
        let n = stdout.read(&mut buffer).unwrap();
        if n == 0 {
            break;
        }
        total += n;
    }
    let seconds = started.elapsed().as_secs_f64();
    writer.join().unwrap();
    child.wait().unwrap();
    assert_eq!(total, PIPE_BYTES, "the pipe lost bytes");
    PIPE_BYTES as f64 / 1e6 / seconds
}

fn print_table(runtimes: &[(String, Vec<String>)], rows: &[(String, &str, Vec<f64>)]) {
    let mut header = format!("| {:<28} | {:<12}", "benchmark", "unit");
    for (name, _) in runtimes {
        header.push_str(&format!(" | {name:>14}"));
    }
    if runtimes.len() > 1 {
        header.push_str(&format!(" | {:>14}", "corral / node"));
    }
    println!("{header} |");
    println!("|{}|", header.split('|').skip(1).map(|c| "-".repeat(c.chars().count())).collect::<Vec<_>>().join("|"));
    for (name, unit, values) in rows {
        let mut line = format!("| {name:<28} | {unit:<12}");
        for value in values {
            line.push_str(&format!(" | {:>14}", format_number(*value)));
        }
        if values.len() > 1 {
            line.push_str(&format!(" | {:>13.2}×", values[0] / values[1]));
        }
        println!("{line} |");
    }
}

fn format_number(value: f64) -> String {
    let whole = value.round() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}
