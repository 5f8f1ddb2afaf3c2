//! Event loop milestones for `perf_hooks`: `loopTiming()` → `[loopStart, idleTime,
//! loopExit]` in milliseconds on the `performance.now()` clock (-1 for a milestone
//! not reached yet). Idle time is the time the loop spent blocked waiting for host
//! events.

use super::{set_fn, state};
use crate::event_loop::loop_timing;
use std::time::Instant;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "loopTiming", loop_timing_fn);
}

fn loop_timing_fn(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let origin = state(scope).borrow().origin;
    let timing = loop_timing();
    let millis = |instant: Option<Instant>| match instant {
        Some(instant) => instant.saturating_duration_since(origin).as_secs_f64() * 1e3,
        None => -1.0,
    };
    let values = [millis(timing.started), timing.idle.as_secs_f64() * 1e3, millis(timing.exited)];
    let elements: Vec<v8::Local<v8::Value>> = values.iter().map(|&v| v8::Number::new(scope, v).into()).collect();
    rv.set(v8::Array::new_with_elements(scope, &elements).into());
}
