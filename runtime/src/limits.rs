//! Memory limits that end a session instead of the host: the V8 heap limit (through
//! V8's near-heap-limit callback) and a budget for ArrayBuffer memory, which lives
//! outside the V8 heap. Either one terminates the session with
//! [`EndReason::HeapLimit`]; V8 is given room to unwind rather than aborting the
//! process.

use crate::outcome::EndReason;
use crate::session::SessionControl;
use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Extra heap V8 gets once the limit is hit, so the terminated script can unwind.
const UNWIND_ROOM: usize = 64 * 1024 * 1024;

/// How far past its configured limit a session's heap may be raised in all. V8 does
/// not always act on a termination request while garbage collection dominates (a
/// loop filling fresh arrays near the limit keeps running); past this overdraft the
/// limit stays put, so such a session cannot take the host's memory with it.
const MAX_OVERDRAFT: usize = 4 * UNWIND_ROOM;

/// Registers the near-heap-limit callback: when the heap nears its limit the session
/// is terminated and the limit raised just enough to unwind. `control` must outlive
/// the isolate (the caller keeps an `Arc` in the runtime).
pub fn watch_heap(isolate: &mut v8::Isolate, control: &Arc<SessionControl>) {
    let data = Arc::as_ptr(control) as *mut c_void;
    isolate.add_near_heap_limit_callback(near_heap_limit, data);
}

unsafe extern "C" fn near_heap_limit(data: *mut c_void, current: usize, initial: usize) -> usize {
    // SAFETY: `data` is the SessionControl the runtime keeps alive with its isolate.
    let control = unsafe { &*(data as *const SessionControl) };
    control.terminate(EndReason::HeapLimit);
    if current < initial + MAX_OVERDRAFT {
        current + UNWIND_ROOM
    } else {
        current
    }
}

/// An ArrayBuffer allocator that refuses to go past a byte budget, ending the session
/// when something tries.
pub struct BudgetAllocator {
    budget: usize,
    used: AtomicUsize,
    control: Arc<SessionControl>,
}

impl BudgetAllocator {
    /// An allocator allowing `budget` bytes of ArrayBuffer memory.
    pub fn new_allocator(budget: usize, control: Arc<SessionControl>) -> v8::UniqueRef<v8::Allocator> {
        let handle = Box::into_raw(Box::new(BudgetAllocator { budget, used: AtomicUsize::new(0), control }));
        // SAFETY: the vtable's functions match the handle type and `drop` frees it.
        unsafe { v8::new_rust_allocator(handle, &VTABLE) }
    }

    fn reserve(&self, len: usize) -> bool {
        let mut used = self.used.load(Ordering::Relaxed);
        loop {
            if used.saturating_add(len) > self.budget {
                self.control.terminate(EndReason::HeapLimit);
                return false;
            }
            match self.used.compare_exchange_weak(used, used + len, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return true,
                Err(actual) => used = actual,
            }
        }
    }
}

static VTABLE: v8::RustAllocatorVtable<BudgetAllocator> = v8::RustAllocatorVtable {
    allocate: allocate_zeroed,
    allocate_uninitialized,
    free,
    drop: drop_allocator,
};

unsafe extern "C" fn allocate_zeroed(allocator: &BudgetAllocator, len: usize) -> *mut c_void {
    if !allocator.reserve(len) {
        return std::ptr::null_mut();
    }
    let data = unsafe { libc::calloc(len.max(1), 1) };
    if data.is_null() {
        allocator.used.fetch_sub(len, Ordering::Relaxed);
    }
    data
}

unsafe extern "C" fn allocate_uninitialized(allocator: &BudgetAllocator, len: usize) -> *mut c_void {
    if !allocator.reserve(len) {
        return std::ptr::null_mut();
    }
    let data = unsafe { libc::malloc(len.max(1)) };
    if data.is_null() {
        allocator.used.fetch_sub(len, Ordering::Relaxed);
    }
    data
}

unsafe extern "C" fn free(allocator: &BudgetAllocator, data: *mut c_void, len: usize) {
    unsafe { libc::free(data) };
    allocator.used.fetch_sub(len, Ordering::Relaxed);
}

unsafe extern "C" fn drop_allocator(allocator: *const BudgetAllocator) {
    drop(unsafe { Box::from_raw(allocator as *mut BudgetAllocator) });
}
