//! The current async context frame: the one value V8 carries from the code that
//! schedules a promise reaction (or a microtask) to the code that runs it — V8's
//! "continuation-preserved embedder data".
//!
//! JavaScript (`internal/async_context_frame`) keeps AsyncLocalStorage's stores in
//! that value; its own task queues (timers, immediates, ticks, completions) save it
//! when a callback is scheduled and put it back when the callback runs.

use super::set_fn;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "getAsyncContextFrame", get_async_context_frame);
    set_fn(scope, target, "setAsyncContextFrame", set_async_context_frame);
}

/// `getAsyncContextFrame()`: the current frame (`undefined` when none was set).
fn get_async_context_frame(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let frame = scope.get_continuation_preserved_embedder_data();
    rv.set(frame);
}

/// `setAsyncContextFrame(frame)`: makes `frame` the current frame.
fn set_async_context_frame(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    scope.set_continuation_preserved_embedder_data(args.get(0));
}
