//! AsyncLocalStorage across async boundaries, and the SHA-3 / SHAKE digests.
//! Expected output is Node 24's.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

#[test]
fn async_local_storage_follows_every_async_boundary() {
    run_js("als_context.js", &[]).expect(&expected("als_context.stdout"), "", 0);
}

#[test]
fn sha3_and_shake_digests_match_node() {
    run_js("misc_sha3.js", &[]).expect(&expected("misc_sha3.stdout"), "", 0);
}
