'use strict';
// Unhandled promise rejections, in Node's default mode ('throw'): a rejection still
// unhandled when the tick queue drains is emitted as 'unhandledRejection'; with no
// listener it becomes an uncaught exception.

const AsyncContextFrame = require('internal/async_context_frame');

const pending = [];
const unhandled = new WeakMap();
let lastId = 0;

internals.setPromiseRejectHandler((type, promise, reason) => {
  if (type === 0) {
    // The handlers run in the async context frame of the rejection.
    unhandled.set(promise, { reason, id: ++lastId, warned: false, frame: AsyncContextFrame.current() });
    pending.push(promise);
  } else {
    const info = unhandled.get(promise);
    if (info === undefined) return;
    unhandled.delete(promise);
    if (info.warned) {
      process.nextTick(() => process.emit('rejectionHandled', promise));
    }
  }
});

function hasRejectionsPending() {
  return pending.length > 0;
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(reason) {
    super(
      'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "' +
      require('internal/inspect').inspect(reason) + '".',
    );
    this.name = 'UnhandledPromiseRejection';
  }
}

// Returns true when it did something that may have queued ticks or microtasks.
function processPromiseRejections() {
  let acted = false;
  while (pending.length > 0) {
    const promise = pending.shift();
    const info = unhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    acted = true;
    const { reason } = info;
    const priorFrame = AsyncContextFrame.exchange(info.frame);
    const handled = process.emit('unhandledRejection', reason, promise);
    if (!handled) {
      const error = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
      require('internal/process/uncaught').handleUncaught(error, internals.errorSourceContext(error), true);
    }
    AsyncContextFrame.set(priorFrame);
  }
  return acted;
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'stack');
}

module.exports = { processPromiseRejections, hasRejectionsPending };
