'use strict';
// The counters JavaScript shares with the Rust event loop without a call: an
// Int32Array over memory both sides read. The indices mirror `LoopCounter` in
// runtime/src/state.rs.

module.exports = {
  counters: internals.loopCounters,
  IMMEDIATES: 0,
  REFED_IMMEDIATES: 1,
  REFED_TIMERS: 2,
  TICKS_PENDING: 3,
  REFED_HANDLES: 4,
  COMPLETIONS: 5,
};
