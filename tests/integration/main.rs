//! End-to-end tests: JavaScript programs in, exact stdout, stderr and exit code out.
//!
//! One test binary for the whole suite (each one links all of V8). Each module covers
//! one area; the programs they run live in `tests/js/`.

mod support;

mod channels_perf;
mod cli;
mod console;
mod errors;
mod exit;
mod fs;
mod fs_more;
mod fs_watch;
mod modules;
mod node_api;
mod node_api_gaps;
mod node_api_more;
mod node_api_packages;
mod node_api_url_crypto;
mod node_test_module;
mod process_api;
mod signals;
mod stack;
mod stdio;
mod supervisor;
mod timers;
mod web_streams;
mod zlib;
