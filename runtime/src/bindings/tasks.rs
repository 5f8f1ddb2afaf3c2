//! Microtasks and promise rejections.
//!
//! The isolate runs with an explicit microtask policy: promise jobs run only when the
//! loop (through JavaScript's tick drain) asks for a checkpoint, after the nextTick
//! queue, as in Node.

use super::{set_fn, state};
use std::cell::RefCell;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "runMicrotasks", run_microtasks);
    set_fn(scope, target, "enqueueMicrotask", enqueue_microtask);
    set_fn(scope, target, "setPromiseRejectHandler", set_promise_reject_handler);
    set_fn(scope, target, "shouldYield", should_yield);
}

fn run_microtasks(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    scope.perform_microtask_checkpoint();
}

fn enqueue_microtask(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    if let Ok(function) = v8::Local::<v8::Function>::try_from(args.get(0)) {
        scope.enqueue_microtask(function);
    }
}

/// `shouldYield()`: whether a long tick drain should stop and let the loop handle the
/// host events waiting in its mailbox.
fn should_yield(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let yes = state(scope).borrow().should_yield();
    rv.set_bool(yes);
}

// The JavaScript function told about promise rejections, per thread (one isolate per
// session thread).
thread_local! {
    static REJECT_HANDLER: RefCell<Option<v8::Global<v8::Function>>> = const { RefCell::new(None) };
}

/// `setPromiseRejectHandler(fn)`: `fn(type, promise, reason)` is called with type 0
/// when a promise is rejected with no handler and 1 when a handler is added later.
fn set_promise_reject_handler(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    if let Ok(function) = v8::Local::<v8::Function>::try_from(args.get(0)) {
        let global = v8::Global::new(scope, function);
        REJECT_HANDLER.with(|h| *h.borrow_mut() = Some(global));
        scope.set_promise_reject_callback(promise_reject_callback);
    }
}

/// Drops the handler (before the isolate goes away).
pub(crate) fn clear_promise_reject_handler() {
    REJECT_HANDLER.with(|h| h.borrow_mut().take());
}

extern "C" fn promise_reject_callback(message: v8::PromiseRejectMessage) {
    let kind = match message.get_event() {
        v8::PromiseRejectEvent::PromiseRejectWithNoHandler => 0,
        v8::PromiseRejectEvent::PromiseHandlerAddedAfterReject => 1,
        // Resolve/reject after resolution: Node ignores these by default.
        _ => return,
    };
    v8::callback_scope!(unsafe scope, &message);
    let Some(handler) = REJECT_HANDLER.with(|h| h.borrow().clone()) else { return };
    let handler = v8::Local::new(scope, handler);
    let kind = v8::Integer::new(scope, kind).into();
    let promise = message.get_promise().into();
    let reason = message.get_value().unwrap_or_else(|| v8::undefined(scope).into());
    let receiver = v8::undefined(scope).into();
    handler.call(scope, receiver, &[kind, promise, reason]);
}
