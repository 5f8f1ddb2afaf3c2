'use strict';
// Callbacks of operations that completed (an fs callback, say), run in the poll phase
// of the next loop turn — where Node runs I/O callbacks: after timers, before
// immediates. An operation whose work is done at once still reports through here, so
// its callback is never called synchronously.

const { runNextTicks, processTicksAndRejections } = require('internal/task_queues');
const { counters, COMPLETIONS } = require('internal/loop_state');
// Each callback runs in the async context frame current when it was queued.
const { current: getAsyncContextFrame, set: setAsyncContextFrame } = require('internal/async_context_frame');

let queue = [];

// Queues `callback(...args)` for the poll phase.
function queueCompletion(callback, ...args) {
  queue.push({ callback, args, frame: getAsyncContextFrame() });
  counters[COMPLETIONS]++;
}

function runCompletions() {
  const batch = queue;
  queue = [];
  for (let i = 0; i < batch.length; i++) {
    if (i > 0) runNextTicks();
    counters[COMPLETIONS]--;
    const { callback, args, frame } = batch[i];
    const priorFrame = getAsyncContextFrame();
    setAsyncContextFrame(frame);
    try {
      callback(...args);
      setAsyncContextFrame(priorFrame);
    } catch (error) {
      // The rest of the batch runs on the next turn, after the error is handled.
      queue = batch.slice(i + 1).concat(queue);
      throw error;
    }
  }
  processTicksAndRejections();
}

module.exports = { queueCompletion, runCompletions };
