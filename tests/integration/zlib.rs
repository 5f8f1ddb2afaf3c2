//! `zlib` and the Compression Streams API: every format round-trips through every
//! API form, fixtures compressed by Node 24 decompress, and errors carry Node's
//! messages and codes. Expected output is Node 24's.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

#[test]
fn zlib_round_trips_every_format_and_reports_errors_as_node() {
    run_js("zlib_roundtrip.js", &[]).expect(&expected("zlib_roundtrip.stdout"), "", 0);
}

#[test]
fn zlib_decompresses_what_node_compressed() {
    run_js("zlib_fixtures.js", &[]).expect(&expected("zlib_fixtures.stdout"), "", 0);
}
