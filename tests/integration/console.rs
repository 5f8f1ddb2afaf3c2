//! console output: util.format rules and object inspection, stdout vs stderr.

use crate::support::{root, run_js};

#[test]
fn console_formats_like_node() {
    let expected = std::fs::read_to_string(root().join("tests/js/console_format.stdout")).unwrap();
    run_js("console_format.js", &[]).expect(&expected, "", 0);
}
