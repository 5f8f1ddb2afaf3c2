//! Globals of the Node API whose behaviour is easy to get subtly wrong: ICU-backed
//! `Intl` (grapheme segmentation), `TextDecoder` on views with a non-zero byteOffset
//! and streaming, `structuredClone`, and `vm` contexts. Expected output is Node 24's.

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

#[test]
fn vm_contexts_match_node() {
    run_js("vm_contexts.js", &[]).expect(&expected("vm_contexts.stdout"), "", 0);
}

#[test]
fn uncaught_vm_error_shows_its_source_line_once() {
    let run = run_js("vm_uncaught.js", &[]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let head = "thrower.vm:2\nthrow new RangeError(\"out of range \" + a)\n^\n\nRangeError: out of range 1\n    at thrower.vm:2:7\n";
    assert!(run.stderr.starts_with(head), "stderr was:\n{}", run.stderr);
    assert_eq!(run.stderr.matches("thrower.vm:2\n").count(), 1, "stderr was:\n{}", run.stderr);
}

#[test]
fn builtins_loaded_after_object_prototype_pollution_still_work() {
    run_js("prototype_pollution.js", &[]).expect(&expected("prototype_pollution.stdout"), "stderr too\n", 0);
}
