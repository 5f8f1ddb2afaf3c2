'use strict';
// The async context frame: the stores of every AsyncLocalStorage at one point of the
// program, as a Map from storage to store. A frame is never changed once made (run()
// and enterWith() make a new one from the current one), so a frame saved with a
// callback still holds what was current when the callback was scheduled.
//
// The current frame lives in V8's continuation-preserved embedder data
// (internals.getAsyncContextFrame/setAsyncContextFrame): V8 itself carries it from
// the code that creates a promise reaction or queues a microtask to the code that runs
// it. Our own queues (timers, immediates, nextTick, completions) save it with each
// callback and put it back around the call. `undefined` is the empty frame.

// (A corral binary older than the binding has no frame: stores stay synchronous.)
const getAsyncContextFrame = internals.getAsyncContextFrame ?? (() => undefined);
const setAsyncContextFrame = internals.setAsyncContextFrame ?? (() => {});

class AsyncContextFrame extends Map {
  // The current frame with `storage` holding `store`.
  constructor(storage, store) {
    super(getAsyncContextFrame());
    this.set(storage, store);
  }

  static current() {
    return getAsyncContextFrame();
  }

  static set(frame) {
    setAsyncContextFrame(frame);
  }

  // Makes `frame` current and returns the frame it replaces.
  static exchange(frame) {
    const prior = getAsyncContextFrame();
    setAsyncContextFrame(frame);
    return prior;
  }

  // `fn` made to run in the current frame, wherever it is called from.
  static bind(fn) {
    const frame = getAsyncContextFrame();
    return function runInFrame(...args) {
      const prior = getAsyncContextFrame();
      setAsyncContextFrame(frame);
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        setAsyncContextFrame(prior);
      }
    };
  }

  // AsyncLocalStorage.prototype.disable(): the storage leaves the current frame
  // (the one change made in place, as in Node).
  static disable(storage) {
    const frame = getAsyncContextFrame();
    frame?.delete(storage);
  }
}

module.exports = AsyncContextFrame;
