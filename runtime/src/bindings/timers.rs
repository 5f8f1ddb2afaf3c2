//! The loop clock and the session's one timer deadline.
//!
//! JavaScript keeps Node's timer lists itself and only tells the host the earliest
//! deadline; the timer actor answers with `TimerDue` when it passes.

use super::{set_fn, set_value, state};
use crate::mailbox::HostRequest;
use crate::state::LOOP_COUNTERS;

pub(super) fn register(scope: &mut v8::PinScope<'_, '_>, target: v8::Local<v8::Object>) {
    set_fn(scope, target, "armTimer", arm_timer);
    set_fn(scope, target, "disarmTimer", disarm_timer);
    set_fn(scope, target, "loopNow", loop_now);
    set_fn(scope, target, "updateLoopNow", update_loop_now);
    // The counters the loop reads without a call (see `state::LoopCounter`).
    let buffer = v8::ArrayBuffer::new(scope, LOOP_COUNTERS * 4);
    let store = buffer.get_backing_store();
    state(scope).borrow_mut().counters = Some(store);
    let counters = v8::Int32Array::new(scope, buffer, 0, LOOP_COUNTERS).unwrap();
    set_value(scope, target, "loopCounters", counters.into());
}

/// `armTimer(deadlineMs)`: the earliest timer now expires at this loop time.
fn arm_timer(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let deadline_ms = args.get(0).number_value(scope).unwrap_or(0.0).max(0.0) as u64;
    let shared = state(scope);
    let mut session = shared.borrow_mut();
    if session.timer.deadline_ms == Some(deadline_ms) && !session.timer.fired {
        return;
    }
    session.timer.generation += 1;
    session.timer.deadline_ms = Some(deadline_ms);
    session.timer.fired = false;
    let deadline = session.origin + std::time::Duration::from_millis(deadline_ms);
    let generation = session.timer.generation;
    session.request(HostRequest::ArmTimer { deadline, generation });
}

/// `disarmTimer()`: no timers remain.
fn disarm_timer(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, _rv: v8::ReturnValue) {
    let shared = state(scope);
    let mut session = shared.borrow_mut();
    if session.timer.deadline_ms.take().is_some() {
        session.timer.generation += 1;
        session.timer.fired = false;
        session.request(HostRequest::DisarmTimer);
    }
}

/// `loopNow()`: the cached loop time in milliseconds (Node's `getLibuvNow`).
fn loop_now(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let now = state(scope).borrow().loop_now_ms;
    rv.set_double(now as f64);
}

/// `updateLoopNow()`: refreshes and returns the loop time.
fn update_loop_now(scope: &mut v8::PinScope, _args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let shared = state(scope);
    let mut session = shared.borrow_mut();
    session.update_loop_time();
    rv.set_double(session.loop_now_ms as f64);
}
