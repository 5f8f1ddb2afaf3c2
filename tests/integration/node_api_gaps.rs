//! Gaps in `assert`, `buffer`, `url`, `os`, `process` and `fs` that Node's own test
//! suite found: prototype-pollution-proof descriptors, `assert.ok` messages in eval'd
//! code, deep equality of copies of `globalThis`/`process` and of secret keys,
//! `Buffer#copy` into any view, range errors of the raw writes, DEP0005/DEP0030,
//! `url.resolve` of `mailto:` references, `URL` errors, hidden context and brand
//! checks, the loopback interface, `process.ref`/`unref` and the `flush` option.
//! The expected output is Node 24's for the same program.

use crate::support::{root, run};

#[test]
fn assert_buffer_url_os_process_and_fs_gaps_match_node() {
    let dir = "target/fs-tests/gaps2";
    let _ = std::fs::remove_dir_all(root().join(dir));
    std::fs::create_dir_all(root().join(dir)).unwrap();
    let allow = format!("--allow-write={dir}");
    let expected = std::fs::read_to_string(root().join("tests/js/gaps2_node_api.stdout")).unwrap();
    run(&["run", &allow, "tests/js/gaps2_node_api.js", dir]).expect(&expected, "", 0);
}
