//! `corral up`: several sessions, restart policies and strategies, limits, graceful
//! shutdown and reload, and `corral check` errors.

use crate::support::{corral, root, run};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};

/// What `corral up --json` printed: each session's lines (prefix removed), in order,
/// and the final reports by session name.
struct Up {
    lines: BTreeMap<String, Vec<String>>,
    reports: BTreeMap<String, Value>,
    code: Option<i32>,
}

fn parse(stdout: &str, code: Option<i32>) -> Up {
    let json_start = stdout.find("\n[\n").map(|i| i + 1).or_else(|| stdout.starts_with("[\n").then_some(0)).expect("a JSON report");
    let mut lines: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in stdout[..json_start].lines() {
        // A session alone on stdout is not prefixed; its lines are filed under "".
        let (prefix, rest) = line.strip_prefix('[').and_then(|l| l.split_once("] ")).unwrap_or(("", line));
        lines.entry(prefix.to_string()).or_default().push(rest.to_string());
    }
    let reports: Vec<Value> = serde_json::from_str(&stdout[json_start..]).unwrap();
    let reports = reports.into_iter().map(|r| (r["name"].as_str().unwrap().to_string(), r)).collect();
    Up { lines, reports, code }
}

fn up(config: &str) -> Up {
    let output = corral().args(["up", &format!("tests/configs/{config}"), "--json"]).output().unwrap();
    parse(&String::from_utf8_lossy(&output.stdout), output.status.code())
}

fn report(up: &Up, name: &str) -> (i64, String, u64, Option<String>) {
    let r = &up.reports[name];
    (
        r["code"].as_i64().unwrap(),
        r["reason"].as_str().unwrap().to_string(),
        r["restarts"].as_u64().unwrap(),
        r["note"].as_str().map(str::to_string),
    )
}

fn timestamps(lines: &[String]) -> Vec<u64> {
    lines.iter().map(|l| l.rsplit(' ').next().unwrap().parse().unwrap()).collect()
}

#[test]
fn several_sessions_share_stdout_with_prefixes_in_order() {
    let up = up("several.toml");
    assert_eq!(up.lines["alpha"], ["alpha line 1", "alpha line 2", "alpha line 3", "alpha line 4"]);
    assert_eq!(up.lines["beta"], ["beta line 1", "beta line 2", "beta line 3"]);
    assert_eq!(up.lines["gamma"], ["gamma line 1", "gamma line 2"]);
    for name in ["alpha", "beta", "gamma"] {
        assert_eq!(report(&up, name), (0, "exit".to_string(), 0, None));
    }
    assert_eq!(up.code, Some(0));
}

#[test]
fn restart_policies_never_on_failure_always_with_intensity() {
    let up = up("policies.toml");
    assert_eq!(report(&up, "never"), (1, "exit".to_string(), 0, None));
    assert_eq!(report(&up, "on-failure-ok"), (0, "exit".to_string(), 0, None));
    let exceeded = Some("restart intensity exceeded".to_string());
    assert_eq!(report(&up, "on-failure-bad"), (2, "exit".to_string(), 2, exceeded.clone()));
    assert_eq!(report(&up, "always"), (0, "exit".to_string(), 2, exceeded));
    assert_eq!(up.lines["on-failure-bad"].len(), 3);
    assert_eq!(up.lines["always"].len(), 3);
    assert_eq!(up.lines["never"].len(), 1);
    // The first non-zero exit code, in the order sessions ended for good.
    assert!(matches!(up.code, Some(1) | Some(2)), "{:?}", up.code);
}

#[test]
fn backoff_doubles_between_restarts() {
    let up = up("backoff.toml");
    let starts = timestamps(&up.lines[""]);
    assert_eq!(starts.len(), 4, "{starts:?}");
    let gaps: Vec<u64> = starts.windows(2).map(|w| w[1] - w[0]).collect();
    // 100, 200 and 400 ms, each spread by ±20% of jitter, plus start-up time (which a
    // loaded machine stretches, so only the lower bounds are certain).
    assert!(gaps[0] >= 80 && gaps[1] >= 160 && gaps[2] >= 320, "gaps {gaps:?}");
    assert_eq!(report(&up, "backoff"), (1, "exit".to_string(), 3, Some("restart intensity exceeded".to_string())));
}

#[test]
fn one_for_all_restarts_the_whole_group() {
    let up = up("one_for_all.toml");
    assert_eq!(up.lines["steady"], ["steady start", "steady start"]);
    assert_eq!(up.lines["crasher"].len(), 2);
    assert_eq!(report(&up, "crasher"), (1, "exit".to_string(), 1, Some("restart intensity exceeded".to_string())));
    assert_eq!(report(&up, "steady"), (137, "killed".to_string(), 1, Some("stopped with its group".to_string())));
}

#[test]
fn rest_for_one_restarts_only_later_members() {
    let up = up("rest_for_one.toml");
    assert_eq!(up.lines["first"], ["first start"]);
    assert_eq!(up.lines["last"], ["last start", "last start"]);
    assert_eq!(report(&up, "first"), (137, "killed".to_string(), 0, Some("stopped with its group".to_string())));
    assert_eq!(report(&up, "last").2, 1);
}

#[test]
fn limits_end_misbehaving_sessions_while_a_sibling_finishes() {
    let up = up("limits.toml");
    assert_eq!(report(&up, "heap"), (134, "heap_limit".to_string(), 0, None));
    assert_eq!(report(&up, "arraybuffer"), (134, "heap_limit".to_string(), 0, None));
    assert_eq!(report(&up, "loop"), (124, "cpu_limit".to_string(), 0, None));
    assert_eq!(report(&up, "sleep"), (124, "wall_limit".to_string(), 0, None));
    assert_eq!(report(&up, "chatty"), (125, "output_limit".to_string(), 0, None));
    assert_eq!(report(&up, "sibling"), (0, "exit".to_string(), 0, None));
    let expected: Vec<String> = (1..=20).map(|n| format!("sibling line {n}")).collect();
    assert_eq!(up.lines["sibling"], expected);
    // The infinite loop is stopped soon after its 300 ms CPU limit: within 50 ms on an
    // idle machine (the watchdog looks every 5 ms); tests run in parallel on 2 cores,
    // where the watchdog may wait for a core, so 100 ms are allowed here.
    let cpu = up.reports["loop"]["cpu_ms"].as_u64().unwrap();
    assert!((300..400).contains(&cpu), "loop used {cpu} ms of CPU");
}

/// Starts `corral up` and returns it with a reader over its stdout.
fn start_up(config: &str) -> (Child, BufReader<std::process::ChildStdout>) {
    let mut child = corral()
        .args(["up", config, "--json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    (child, stdout)
}

fn read_line(stdout: &mut BufReader<std::process::ChildStdout>) -> String {
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    line
}

fn finish(mut child: Child, mut stdout: BufReader<std::process::ChildStdout>, seen: &str) -> Up {
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let status = child.wait().unwrap();
    parse(&format!("{seen}{rest}"), status.code())
}

fn send(child: &Child, signal: i32) {
    assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
}

#[test]
fn sigterm_shuts_down_gracefully_then_terminates_what_remains() {
    let (child, mut stdout) = start_up("tests/configs/shutdown.toml");
    let mut seen = read_line(&mut stdout);
    seen.push_str(&read_line(&mut stdout));
    send(&child, libc::SIGTERM);
    let up = finish(child, stdout, &seen);
    assert_eq!(up.lines["graceful"], ["graceful ready", "graceful cleaning up"]);
    assert_eq!(up.lines["stubborn"], ["stubborn ready", "stubborn ignores SIGTERM"]);
    assert_eq!(report(&up, "graceful"), (0, "exit".to_string(), 0, None));
    assert_eq!(report(&up, "stubborn"), (137, "killed".to_string(), 0, None));
    assert_eq!(up.code, Some(137));
}

#[test]
fn sighup_reloads_starting_stopping_and_restarting_only_what_changed() {
    let dir = root().join("target").join("reload-test");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(root().join("tests/configs/steady.js"), dir.join("steady.js")).unwrap();
    let config = dir.join("corral.toml");
    let session = |name: &str, arg: &str| format!("[[sessions]]\nname = \"{name}\"\nentry = \"steady.js\"\nargs = [\"{arg}\"]\n\n");
    std::fs::write(&config, [session("kept", "kept"), session("removed", "removed"), session("changed", "changed-v1")].concat()).unwrap();
    let (child, mut stdout) = start_up(config.to_str().unwrap());
    let mut seen = String::new();
    for _ in 0..3 {
        seen.push_str(&read_line(&mut stdout));
    }
    std::fs::write(&config, [session("kept", "kept"), session("changed", "changed-v2"), session("added", "added")].concat()).unwrap();
    send(&child, libc::SIGHUP);
    for _ in 0..2 {
        seen.push_str(&read_line(&mut stdout));
    }
    send(&child, libc::SIGTERM);
    let up = finish(child, stdout, &seen);
    assert_eq!(up.lines["kept"], ["kept start"]);
    assert_eq!(up.lines["removed"], ["removed start"]);
    assert_eq!(up.lines["changed"], ["changed-v1 start", "changed-v2 start"]);
    assert_eq!(up.lines["added"], ["added start"]);
    assert_eq!(report(&up, "removed"), (137, "killed".to_string(), 0, Some("removed by reload".to_string())));
    assert_eq!(report(&up, "kept"), (143, "signal(SIGTERM)".to_string(), 0, None));
    assert_eq!(report(&up, "changed").1, "signal(SIGTERM)");
}

fn check_error(config: &str, contents: &str) -> String {
    let dir = root().join("target").join("config-errors");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(root().join("tests/configs/steady.js"), dir.join("steady.js")).unwrap();
    let path = dir.join(config);
    std::fs::write(&path, contents).unwrap();
    let run = run(&["check", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(1), "stdout: {}", run.stdout);
    assert_eq!(run.stdout, "");
    run.stderr.replace("<root>/target/config-errors/", "")
}

#[test]
fn config_type_errors_name_file_key_path_and_expectation() {
    let text = "[[sessions]]\nname = \"a\"\nentry = \"steady.js\"\n\n[[sessions]]\nname = \"b\"\nentry = \"steady.js\"\n\n[[sessions]]\nname = \"c\"\nentry = \"steady.js\"\n[sessions.limits]\nheap_mb = \"big\"\n";
    let stderr = check_error("types.toml", text);
    assert!(
        stderr.ends_with("types.toml: sessions[2].limits.heap_mb: expected an integer, found \"big\"\n"),
        "{stderr}"
    );
    assert!(stderr.starts_with("corral: invalid configuration\n"), "{stderr}");
}

#[test]
fn unknown_keys_are_rejected_with_the_nearest_valid_key() {
    let stderr = check_error("unknown.toml", "[[sessions]]\nname = \"a\"\nentry = \"steady.js\"\nreplcas = 2\n");
    assert_eq!(stderr, "corral: invalid configuration\nunknown.toml: sessions[0]: unknown key `replcas`; did you mean `replicas`?\n");
    let stderr = check_error("unknown2.toml", "[supervisor]\nshutdown_grace = 5\n");
    assert!(stderr.ends_with("unknown2.toml: supervisor: unknown key `shutdown_grace`; did you mean `shutdown_grace_ms`?\n"), "{stderr}");
}

#[test]
fn missing_entry_file_duplicate_names_and_bad_values_are_reported_before_start() {
    let text = "[[sessions]]\nname = \"a\"\nentry = \"missing.js\"\n\n[[sessions]]\nname = \"a\"\nentry = \"steady.js\"\ngroup = \"nope\"\n[sessions.restart]\npolicy = \"sometimes\"\n";
    let stderr = check_error("problems.toml", text);
    assert!(stderr.ends_with("problems.toml: sessions[1].restart.policy: unknown value \"sometimes\"; expected one of `never`, `on-failure`, `always`\n"), "{stderr}");
    let text = "[[sessions]]\nname = \"a\"\nentry = \"missing.js\"\n\n[[sessions]]\nname = \"a\"\nentry = \"steady.js\"\ngroup = \"nope\"\n";
    let stderr = check_error("problems2.toml", text);
    assert_eq!(
        stderr,
        "corral: invalid configuration\nproblems2.toml: sessions[0].entry: no such file: missing.js\nproblems2.toml: sessions[1].name: \"a\" is already the name of sessions[0]\nproblems2.toml: sessions[1].group: no group named \"nope\" in [groups]\n"
    );
}

#[test]
fn environment_and_flags_override_the_file_in_that_order() {
    let dir = root().join("target").join("config-override");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("corral.toml");
    std::fs::write(&path, "[supervisor]\nmax_sessions = 3\nshutdown_grace_ms = 100\n").unwrap();
    let output = corral()
        .args(["check", path.to_str().unwrap(), "--shutdown-grace-ms", "900"])
        .env("CORRAL_SUPERVISOR__MAX_SESSIONS", "7")
        .env("CORRAL_SUPERVISOR__SHUTDOWN_GRACE_MS", "500")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("[supervisor]\nmax_sessions = 7\nshutdown_grace_ms = 900\n"), "{stdout}");
    let output = corral()
        .args(["check", path.to_str().unwrap()])
        .env("CORRAL_SUPERVISOR__MAX_SESSIONS", "lots")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "corral: invalid configuration\nenvironment variable CORRAL_SUPERVISOR__MAX_SESSIONS: supervisor.max_sessions: expected an integer, found \"lots\"\n"
    );
}
