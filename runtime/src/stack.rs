//! The session thread and its stack.
//!
//! Every session runs on its own OS thread with a [`SESSION_STACK_SIZE`] stack. V8 is
//! told where that stack really ends, so deep JavaScript recursion uses all of it and
//! runaway recursion ends in `RangeError: Maximum call stack size exceeded` rather than
//! a crash of the host.

use std::io;
use std::thread::{self, JoinHandle};

/// The stack size of every session thread: 32 MiB.
pub const SESSION_STACK_SIZE: usize = 32 * 1024 * 1024;

/// Stack kept free below V8's limit for native frames: V8's own runtime functions, the
/// error machinery that builds the `RangeError`, and corral's bridge operations.
const NATIVE_HEADROOM: usize = 2 * 1024 * 1024;

/// Starts `body` on a new thread named `name` with a [`SESSION_STACK_SIZE`] stack.
pub fn spawn_session_thread<F, T>(name: String, body: F) -> io::Result<JoinHandle<T>>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    thread::Builder::new().name(name).stack_size(SESSION_STACK_SIZE).spawn(body)
}

/// How much stack V8 may let JavaScript use on the current thread, in KiB: from the
/// current position (where the isolate is created) down to the thread's real stack
/// end, less headroom for native frames. `None` when the bounds cannot be read.
///
/// V8 measures its limit from the stack position at which a thread first enters the
/// isolate, so this is passed to it as `--stack-size`.
pub fn js_stack_budget_kib() -> Option<usize> {
    let (low, size) = current_thread_stack_bounds()?;
    let here = &low as *const usize as usize;
    let available = here.checked_sub(low)?;
    let headroom = NATIVE_HEADROOM.min(size / 4);
    Some(available.checked_sub(headroom)? / 1024)
}

/// The lowest address and the size of the current thread's stack.
fn current_thread_stack_bounds() -> Option<(usize, usize)> {
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        ok.then_some((addr as usize, size))
    }
}
