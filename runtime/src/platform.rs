//! The process-wide V8 platform, initialized once before the first isolate.

use std::sync::Once;

static INIT: Once = Once::new();

/// Initializes V8 (platform and flags) if that has not happened yet. Safe to call
/// from any thread, any number of times.
///
/// `stack_kib` is the JavaScript stack budget of a session thread (measured on the
/// first one; every session thread has the same stack size).
pub fn init(stack_kib: Option<usize>) {
    INIT.call_once(|| {
        if let Some(kib) = stack_kib {
            v8::V8::set_flags_from_string(&format!("--stack-size={kib}"));
        }
        let platform = v8::new_default_platform(0, false).make_shared();
        v8::V8::initialize_platform(platform);
        v8::V8::initialize();
    });
}
