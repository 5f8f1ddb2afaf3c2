'use strict';

// Iterator-helper style operators available on Readable.prototype
// (map, filter, forEach, toArray, reduce, some, every, find, flatMap,
// drop, take) and Readable.prototype.compose.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
  validateFunction,
} = require('internal/validators');
const { AbortController } = require('internal/abort_controller');
const { isWritable, isNodeStream } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

let staticCompose;
let addAbortSignalNoValidate;
let finishedPromise;

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }
}

function abortedSignal(options) {
  return options != null && options.signal != null && options.signal.aborted;
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  if (!staticCompose) staticCompose = require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  if (options && options.signal) {
    if (!addAbortSignalNoValidate) {
      addAbortSignalNoValidate =
        require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
    }
    addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

// A signal that aborts when the user's signal does, or when we say so.
function linkedController(options) {
  const ac = new AbortController();
  const outer = options != null ? options.signal : undefined;
  let unlink = () => {};
  if (outer) {
    if (outer.aborted) {
      ac.abort(outer.reason);
    } else {
      const onAbort = () => ac.abort(outer.reason);
      outer.addEventListener('abort', onAbort, { once: true });
      unlink = () => outer.removeEventListener('abort', onAbort);
    }
  }
  return { ac, unlink };
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);

  let concurrency = 1;
  if (options != null && options.concurrency != null) {
    concurrency = Math.floor(options.concurrency);
  }
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) {
    highWaterMark = Math.floor(options.highWaterMark);
  }
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const stream = this;

  return (async function* mapped() {
    const { ac, unlink } = linkedController(options);
    const signal = ac.signal;
    const signalOpt = { signal };

    // Promises of results, in input order (or kEof at the end).
    const queue = [];
    let wakeConsumer = null;
    let wakeProducer = null;
    let done = false;
    let inFlight = 0;

    const wake = (which) => {
      if (which === 'consumer' && wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      } else if (which === 'producer' && wakeProducer) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
    };

    const maybeResume = () => {
      if (!done && inFlight < concurrency && queue.length < highWaterMark) {
        wake('producer');
      }
    };
    const afterItem = () => {
      inFlight -= 1;
      maybeResume();
    };
    const onFailure = () => {
      done = true;
      afterItem();
    };

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          inFlight += 1;
          val.then(afterItem, onFailure);
          queue.push(val);
          wake('consumer');
          if (!done && (queue.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => {
              wakeProducer = resolve;
            });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(afterItem, onFailure);
        queue.push(val);
      } finally {
        done = true;
        wake('consumer');
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          maybeResume();
        }
        await new Promise((resolve) => {
          wakeConsumer = resolve;
        });
      }
    } finally {
      done = true;
      wake('producer');
      unlink();
      ac.abort();
    }
  })();
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (abortedSignal(options)) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) {
    return true;
  }
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)),
                           options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMapped() {
    for await (const val of values) {
      yield* val;
    }
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* dropped() {
    if (abortedSignal(options)) throw new AbortError();
    for await (const val of stream) {
      if (abortedSignal(options)) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  })();
}

function take(number, options) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* taken() {
    if (abortedSignal(options)) throw new AbortError();
    for await (const val of stream) {
      if (abortedSignal(options)) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another item once we have enough.
      if (number <= 0) return;
    }
  })();
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;

  if (abortedSignal(options)) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    if (!finishedPromise) {
      finishedPromise = require('internal/streams/end-of-stream').finished;
    }
    await finishedPromise(this.destroy(err));
    throw err;
  }

  const { ac, unlink } = linkedController(options);
  const signal = ac.signal;
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (abortedSignal(options)) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    unlink();
    ac.abort();
  }
  return initialValue;
}

module.exports = {
  streamReturningOperators: {
    drop,
    filter,
    flatMap,
    map,
    take,
  },
  promiseReturningOperators: {
    every,
    forEach,
    reduce,
    toArray,
    some,
    find,
  },
  compose,
};
