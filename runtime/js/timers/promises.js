'use strict';
// The `timers/promises` module: promise forms of the timers, with AbortSignal
// support and an async-iterator setInterval.

const timers = require('internal/timers');

function validateOptions(options) {
  const { codes } = require('internal/errors');
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined) {
      const { validateNumber } = require('internal/validators');
      validateNumber(after, 'delay');
    }
    var { signal, ref } = validateOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timeout = new timers.Timeout(resolve, after, [value], false, ref);
    timers.insert(timeout, timeout._idleTimeout);
    if (signal) {
      const onAbort = () => {
        timers.clearTimeout(timeout);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      timeout._onTimeout = (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      };
    }
  });
}

function setImmediate(value, options = {}) {
  try {
    var { signal, ref } = validateOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const immediate = new timers.Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      const onAbort = () => {
        timers.clearImmediate(immediate);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      immediate._onImmediate = (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      };
    }
  });
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = new timers.Timeout(() => {
    pending++;
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  }, after, undefined, true, ref);
  timers.insert(interval, interval._idleTimeout);
  let onAbort;
  if (signal) {
    onAbort = () => {
      timers.clearTimeout(interval);
      if (wake !== null) {
        const w = wake;
        wake = null;
        w();
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (!signal?.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => {
          wake = resolve;
        });
      }
      for (; pending > 0; pending--) {
        if (signal?.aborted) break;
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    timers.clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

// The scheduler (the Scheduling APIs draft): one instance, made here; the class
// cannot be constructed by programs.
const kScheduler = Symbol('kScheduler');
let creatingScheduler = false;

function validateScheduler(self) {
  if (self === null || typeof self !== 'object' || self[kScheduler] !== true) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_THIS('Scheduler');
  }
}

class Scheduler {
  constructor() {
    if (!creatingScheduler) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    }
    this[kScheduler] = true;
  }

  yield() {
    validateScheduler(this);
    return setImmediate();
  }

  wait(delay, options) {
    validateScheduler(this);
    return setTimeout(delay, undefined, options);
  }
}

creatingScheduler = true;
const scheduler = new Scheduler();
creatingScheduler = false;

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
