//! WHATWG streams (`stream/web` and the globals), `stream/consumers`, and the
//! bridges between Node streams and web streams. The programs print the order
//! in which callbacks run and promises settle; expected output is Node 24's.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

#[test]
fn web_streams_read_write_transform_pipe_tee_match_node() {
    run_js("web_streams_core.js", &[]).expect(&expected("web_streams_core.stdout"), "", 0);
}

#[test]
fn web_byte_streams_text_streams_consumers_and_node_interop_match_node() {
    run_js("web_streams_bytes_interop.js", &[]).expect(&expected("web_streams_bytes_interop.stdout"), "", 0);
}
