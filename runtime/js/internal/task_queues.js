'use strict';
// process.nextTick, queueMicrotask and the drain that runs after every callback.
//
// The nextTick queue is a mailbox of our own, not V8's microtask queue: after each
// callback the queue is drained, then promise jobs run (a V8 microtask checkpoint),
// repeating until both are empty — Node's order. A drain that goes on past its budget
// while the host has events waiting stops and leaves the rest for the next turn of
// the loop (TICKS_PENDING), so a program that schedules ticks forever still gets its
// signals, stdin and termination.

const { counters, TICKS_PENDING } = require('internal/loop_state');
// Each callback runs in the async context frame current when it was queued.
const { current: getAsyncContextFrame, set: setAsyncContextFrame } = require('internal/async_context_frame');

// A FIFO queue of ring-buffer segments: cheap pushes and shifts at any length.
class FixedQueue {
  constructor() {
    this.head = this.tail = new Segment();
  }
  isEmpty() {
    return this.head.isEmpty();
  }
  push(item) {
    if (this.head.isFull()) this.head = this.head.next = new Segment();
    this.head.push(item);
  }
  shift() {
    const tail = this.tail;
    const item = tail.shift();
    if (tail.isEmpty() && tail.next !== null) {
      this.tail = tail.next;
      tail.next = null;
    }
    return item;
  }
}

const SEGMENT_SIZE = 2048;
class Segment {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(SEGMENT_SIZE);
    this.next = null;
  }
  isEmpty() {
    return this.top === this.bottom;
  }
  isFull() {
    return ((this.top + 1) & (SEGMENT_SIZE - 1)) === this.bottom;
  }
  push(item) {
    this.list[this.top] = item;
    this.top = (this.top + 1) & (SEGMENT_SIZE - 1);
  }
  shift() {
    const item = this.list[this.bottom];
    if (item === undefined) return undefined;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & (SEGMENT_SIZE - 1);
    return item;
  }
}

const tickQueue = new FixedQueue();
let tickScheduled = false;

function hasTickScheduled() {
  return tickScheduled;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  tickScheduled = true;
  tickQueue.push({ callback, args, frame: getAsyncContextFrame() });
}

// How many ticks run between checks of the drain budget.
const YIELD_CHECK_INTERVAL = 1024;
let ticksSinceCheck = 0;

let rejections;
function processRejections() {
  if (rejections === undefined) rejections = require('internal/process/promises');
  return rejections.processPromiseRejections();
}

function processTicksAndRejections() {
  if (deferredMicrotasks.length > 0) requeueDeferredMicrotasks();
  // Every tick sets its own frame; the drain's frame comes back once the ticks ran.
  // (A tick that throws leaves its frame for the uncaught-exception handlers.)
  const priorFrame = getAsyncContextFrame();
  do {
    let tock;
    while ((tock = tickQueue.shift()) !== undefined) {
      const { callback, args } = tock;
      setAsyncContextFrame(tock.frame);
      if (args.length === 0) callback();
      else callback(...args);
      if (++ticksSinceCheck >= YIELD_CHECK_INTERVAL) {
        ticksSinceCheck = 0;
        if (internals.shouldYield()) {
          setAsyncContextFrame(priorFrame);
          counters[TICKS_PENDING] = 1;
          return;
        }
      }
    }
    setAsyncContextFrame(priorFrame);
    tickScheduled = false;
    internals.runMicrotasks();
  } while (!tickQueue.isEmpty() || processRejections());
  tickScheduled = !tickQueue.isEmpty();
}

// Between two timers or immediates: Node runs microtasks, and ticks if any.
function runNextTicks() {
  if (!tickScheduled && !hasRejectionsPending()) internals.runMicrotasks();
  if (!tickScheduled && !hasRejectionsPending()) return;
  processTicksAndRejections();
}

function hasRejectionsPending() {
  if (rejections === undefined) rejections = require('internal/process/promises');
  return rejections.hasRejectionsPending();
}

// queueMicrotask runs on V8's microtask queue, interleaved with promise jobs exactly
// as in Node. An exception from the callback is reported as uncaught. Like the tick
// drain, a microtask checkpoint that runs past its budget while host events wait
// stops running queueMicrotask callbacks: they wait, in order, in a mailbox of their
// own and are queued again on the next turn.
const deferredMicrotasks = [];
let microtasksSinceCheck = 0;

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  internals.enqueueMicrotask(() => runMicrotask(callback));
}

function runMicrotask(callback) {
  if (deferredMicrotasks.length > 0) {
    deferredMicrotasks.push({ callback, frame: getAsyncContextFrame() });
    return;
  }
  if (++microtasksSinceCheck >= YIELD_CHECK_INTERVAL) {
    microtasksSinceCheck = 0;
    if (internals.shouldYield()) {
      deferredMicrotasks.push({ callback, frame: getAsyncContextFrame() });
      counters[TICKS_PENDING] = 1;
      return;
    }
  }
  try {
    callback();
  } catch (error) {
    require('internal/process/uncaught').onUncaught(error, internals.errorSourceContext(error));
  }
}

// Queues the microtasks a yield deferred, before anything else of the new turn,
// each in its own frame (V8 gives a microtask the frame current when it is queued).
function requeueDeferredMicrotasks() {
  const pending = deferredMicrotasks.splice(0);
  const priorFrame = getAsyncContextFrame();
  for (const { callback, frame } of pending) {
    setAsyncContextFrame(frame);
    internals.enqueueMicrotask(() => runMicrotask(callback));
  }
  setAsyncContextFrame(priorFrame);
}

module.exports = {
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  runNextTicks,
  hasTickScheduled,
  FixedQueue,
};
