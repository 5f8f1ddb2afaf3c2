//! The report every session ends with, and how `corral up` prints them: a table on
//! stderr, or JSON on stdout with `--json`.

use corral_runtime::SessionOutcome;
use serde::Serialize;

/// How one session ended for good.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The session's name (`name.N` for replicas).
    pub name: String,
    /// Its last exit code.
    pub code: i32,
    /// Why it ended: exit, uncaught, signal(SIG…), heap_limit, cpu_limit, wall_limit,
    /// output_limit, killed or crashed.
    pub reason: String,
    /// CPU time of its last run, in milliseconds.
    pub cpu_ms: u64,
    /// The largest V8 heap of its last run, in bytes.
    pub peak_heap_bytes: usize,
    /// How many times it was restarted.
    pub restarts: u32,
    /// Anything else worth knowing (restart intensity exceeded, removed by reload…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Report {
    /// A report from a session's last outcome.
    pub fn new(name: String, outcome: &SessionOutcome, restarts: u32, note: Option<String>) -> Self {
        Report {
            name,
            code: outcome.code,
            reason: outcome.reason.to_string(),
            cpu_ms: outcome.cpu_time.as_millis() as u64,
            peak_heap_bytes: outcome.peak_heap_bytes,
            restarts,
            note,
        }
    }
}

/// The reports as an aligned text table.
pub fn table(reports: &[Report]) -> String {
    let header = ["session", "code", "reason", "cpu ms", "peak heap", "restarts", "note"];
    let rows: Vec<[String; 7]> = reports
        .iter()
        .map(|r| {
            [
                r.name.clone(),
                r.code.to_string(),
                r.reason.clone(),
                r.cpu_ms.to_string(),
                format!("{:.1} MiB", r.peak_heap_bytes as f64 / (1024.0 * 1024.0)),
                r.restarts.to_string(),
                r.note.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let text: Vec<String> = cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect();
        text.join("  ").trim_end().to_string() + "\n"
    };
    let mut out = line(header.to_vec());
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}
