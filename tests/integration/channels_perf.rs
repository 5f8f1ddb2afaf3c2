//! MessageChannel / BroadcastChannel / structuredClone transfers, and perf_hooks
//! User Timing. Expected output was produced by Node 24 running the same programs.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

#[test]
fn messages_are_macrotasks_and_transfers_move_buffers_and_ports() {
    run_js("channels_messaging.js", &[]).expect(&expected("channels_messaging.stdout"), "", 0);
}

#[test]
fn perf_marks_measures_and_observers_match_node() {
    run_js("perf_user_timing.js", &[]).expect(&expected("perf_user_timing.stdout"), "", 0);
}
