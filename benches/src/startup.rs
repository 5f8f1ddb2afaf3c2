//! Start-up benchmark: `tsc --version` (TypeScript 6.0.3's compiler, ~9 MB of
//! JavaScript) under corral, cold (empty code cache) and warm (cache filled by the
//! previous run), beside Node in the same run.
//!
//!     cargo build --release && cargo run --release -p corral-bench --bin startup
//!
//! TypeScript is installed with npm into `target/bench-npm/` on first use (nothing
//! third-party is committed); the benchmark says so and stops when npm is missing.
//! Each figure is the median of several runs, in milliseconds of wall time.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 7;

fn main() {
    let exe = std::env::current_exe().expect("own path");
    let corral = exe.with_file_name("corral");
    let target = exe.parent().and_then(Path::parent).expect("target dir").to_path_buf();
    let project = target.join("bench-npm");
    let tsc = project.join("node_modules/typescript/bin/tsc");
    if !tsc.exists() {
        std::fs::create_dir_all(&project).unwrap();
        eprintln!("startup: installing typescript@6.0.3 into {} with npm", project.display());
        let status = Command::new("npm")
            .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
            .arg(&project)
            .arg("typescript@6.0.3")
            .status();
        if !matches!(status, Ok(s) if s.success()) {
            eprintln!("startup: npm is needed to install typescript; skipping");
            return;
        }
    }
    let cache = target.join("bench-code-cache");
    let run_corral = |with_cache: bool| {
        let mut command = Command::new(&corral);
        command.arg("run").arg(format!("--allow-read={}", project.display()));
        if !with_cache {
            command.arg("--no-code-cache");
        }
        command.arg(&tsc).arg("--version").env("XDG_CACHE_HOME", &cache);
        command
    };
    let cold = median(|| {
        let _ = std::fs::remove_dir_all(&cache);
        time(run_corral(true))
    });
    let warm = median(|| time(run_corral(true)));
    let uncached = median(|| time(run_corral(false)));
    let node = std::env::var("NODE").unwrap_or_else(|_| "node".into());
    let node_version = Command::new(&node).arg("--version").output().ok().filter(|o| o.status.success());
    let node_figure = node_version.as_ref().map(|_| {
        median(|| {
            let mut command = Command::new(&node);
            command.arg(&tsc).arg("--version");
            time(command)
        })
    });
    println!("| `tsc --version` start-up | wall ms (median of {RUNS}) |");
    println!("|---|---:|");
    println!("| corral, cold (empty code cache) | {cold:.0} |");
    println!("| corral, warm (code cache filled) | {warm:.0} |");
    println!("| corral, code cache off | {uncached:.0} |");
    if let (Some(figure), Some(version)) = (node_figure, node_version) {
        println!("| node {} | {figure:.0} |", String::from_utf8_lossy(&version.stdout).trim());
    }
}

fn time(mut command: Command) -> f64 {
    let started = Instant::now();
    let output = command.output().expect("runtime starts");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "Version 6.0.3");
    started.elapsed().as_secs_f64() * 1000.0
}

fn median(mut measure: impl FnMut() -> f64) -> f64 {
    let mut values: Vec<f64> = (0..RUNS).map(|_| measure()).collect();
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[RUNS / 2]
}

