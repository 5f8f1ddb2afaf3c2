//! The `url` module and the WHATWG `URL`/`URLSearchParams` globals (parsed by the
//! `url` crate), and `crypto`'s hashes, HMACs, randomness and Web Crypto subset
//! (RustCrypto). Each program's expected stdout, in `tests/js/<name>.stdout`, is what
//! Node 24 prints for it; the random tests print properties, never values.

use crate::support::{root, run_js};

fn expected(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/js").join(name)).unwrap()
}

#[test]
fn url_parsing_setters_and_inspect_match_node() {
    run_js("url_whatwg.js", &[]).expect(&expected("url_whatwg.stdout"), "", 0);
}

#[test]
fn url_search_params_match_node() {
    run_js("url_search_params.js", &[]).expect(&expected("url_search_params.stdout"), "", 0);
}

#[test]
fn file_urls_domains_and_http_options_match_node() {
    run_js("url_file.js", &[]).expect(&expected("url_file.stdout"), "", 0);
}

#[test]
fn legacy_url_api_matches_node() {
    run_js("url_legacy.js", &[]).expect(&expected("url_legacy.stdout"), "", 0);
}

#[test]
fn legacy_url_parse_warns_once_with_dep0169() {
    let run = run_js("url_legacy.js", &["warning"]);
    assert_eq!(run.stdout, "parsed twice\nwarning DeprecationWarning DEP0169\n");
    assert_eq!(run.code, Some(0));
    // The first line is Node's, apart from the process id.
    let first = run.stderr.lines().next().unwrap_or_default();
    let (prefix, rest) = first.split_once(") ").unwrap_or_default();
    assert!(prefix.starts_with("(node:") && prefix[6..].bytes().all(|b| b.is_ascii_digit()), "{first}");
    assert_eq!(
        rest,
        "[DEP0169] DeprecationWarning: `url.parse()` behavior is not standardized and prone to errors \
         that have security implications. Use the WHATWG URL API instead. CVEs are not issued for \
         `url.parse()` vulnerabilities."
    );
    assert_eq!(run.stderr.matches("DEP0169").count(), 1);
}

#[test]
fn hashes_and_hmacs_match_node() {
    run_js("crypto_hash.js", &[]).expect(&expected("crypto_hash.stdout"), "", 0);
}

#[test]
fn random_functions_match_node() {
    run_js("crypto_random.js", &[]).expect(&expected("crypto_random.stdout"), "", 0);
}

#[test]
fn web_crypto_matches_node() {
    run_js("crypto_webcrypto.js", &[]).expect(&expected("crypto_webcrypto.stdout"), "", 0);
}
