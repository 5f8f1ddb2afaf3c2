//! Globals of the Node API whose behaviour is easy to get subtly wrong: ICU-backed
//! `Intl` (grapheme segmentation), `TextDecoder` on views with a non-zero byteOffset
//! and streaming, and `structuredClone`. Expected output is Node 24's.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

#[test]
fn intl_segmenter_and_text_decoding_match_node() {
    run_js("intl_text.js", &[]).expect(&expected("intl_text.stdout"), "", 0);
}

#[test]
fn structured_clone_matches_node() {
    run_js("structured_clone.js", &[]).expect(&expected("structured_clone.stdout"), "", 0);
}
