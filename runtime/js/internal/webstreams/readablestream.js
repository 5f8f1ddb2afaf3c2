'use strict';

// ReadableStream (WHATWG Streams §4): the stream class, its default and BYOB
// readers, the default and byte stream controllers, BYOB requests, tee,
// pipeTo/pipeThrough, async iteration and ReadableStream.from. The abstract
// operations follow the spec's algorithms step by step, since they define
// when promises settle relative to each other.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const {
  kState,
  kType,
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsErrored,
  kIsDisturbed,
  kIsReadable,
  customInspectSymbol,
  customInspect,
  createDeferredPromise,
  uponPromise,
  setPromiseHandled,
  createPromiseCallback,
  nonOpStart,
  nonOpPull,
  nonOpCancel,
  dequeueValue,
  resetQueue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isDetachedBuffer,
  transferArrayBuffer,
  copyDataBlockBytes,
  cloneAsUint8Array,
  isBrandCheck,
} = require('internal/webstreams/util');

// Internal methods every controller implements ([[CancelSteps]] etc.).
const kCancel = Symbol('kCancel');
const kPull = Symbol('kPull');
const kRelease = Symbol('kRelease');

// Marks constructor calls that come from inside this module.
const kInternal = Symbol('kInternal');

const isReadableStream = isBrandCheck('ReadableStream');
const isReadableStreamDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = isBrandCheck('ReadableStreamBYOBReader');
const isReadableStreamDefaultController = isBrandCheck('ReadableStreamDefaultController');
const isReadableByteStreamController = isBrandCheck('ReadableByteStreamController');
const isReadableStreamBYOBRequest = isBrandCheck('ReadableStreamBYOBRequest');

let writable;
function lazyWritable() {
  if (writable === undefined) writable = require('internal/webstreams/writablestream');
  return writable;
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function lockedError() {
  return new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
}

function detachedReaderError() {
  return new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
}

// ---------------------------------------------------------------------------
// ReadableStream

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source === null) {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    }
    validateObject(source, 'source', kValidateObjectAllowObjectsAndNull);
    validateObject(strategy, 'strategy', kValidateObjectAllowObjectsAndNull);
    strategy = strategy || {};
    initializeReadableStream(this);

    const type = source.type;
    if (`${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 0);
      setupReadableByteStreamControllerFromSource(this, source, highWaterMark);
      return;
    }
    if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
    const size = extractSizeAlgorithm(strategy.size);
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    setupReadableStreamDefaultControllerFromSource(this, source, highWaterMark, size);
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) return Promise.reject(lockedError());
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform == null ? undefined : transform.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const destination = transform.writable;
    if (!lazyWritable().isWritableStream(destination)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
    }
    const { preventClose, preventAbort, preventCancel, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(this)) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (lazyWritable().isWritableStreamLocked(destination)) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = readableStreamPipeTo(this, destination, preventClose,
                                         preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!lazyWritable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventClose, preventAbort, preventCancel, signal } = readPipeOptions(options);
      if (isReadableStreamLocked(this)) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (lazyWritable().isWritableStreamLocked(destination)) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, preventClose,
                                  preventAbort, preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options');
    const preventCancel = !!options.preventCancel;
    return createStreamAsyncIterator(this, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: isReadableByteStreamController(this[kState].controller),
    });
  }
}

Object.defineProperties(ReadableStream.prototype, {
  [Symbol.asyncIterator]: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: ReadableStream.prototype.values,
  },
  locked: { __proto__: null, enumerable: true },
  cancel: { __proto__: null, enumerable: true },
  getReader: { __proto__: null, enumerable: true },
  pipeThrough: { __proto__: null, enumerable: true },
  pipeTo: { __proto__: null, enumerable: true },
  tee: { __proto__: null, enumerable: true },
  values: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'ReadableStream' },
});

function readPipeOptions(options) {
  validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
  options = options || {};
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const preventClose = !!options.preventClose;
  const signal = options.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return { preventAbort, preventCancel, preventClose, signal };
}

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    disturbed: false,
    reader: undefined,
    state: 'readable',
    storedError: undefined,
    controller: undefined,
  };
  stream[kIsClosedPromise] = createDeferredPromise();
}

function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = new ReadableStreamDefaultController(kInternal);
  setupReadableStreamDefaultController(stream, controller, start, pull, cancel,
                                       highWaterMark, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = new ReadableByteStreamController(kInternal);
  setupReadableByteStreamController(stream, controller, start, pull, cancel, 0, undefined);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isReadableStreamBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  const sourceCancelPromise = state.controller[kCancel](reason);
  return uponPromise(sourceCancelPromise, () => {});
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (isReadableStreamDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  stream[kIsClosedPromise].reject(error);
  setPromiseHandled(stream[kIsClosedPromise].promise);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setPromiseHandled(reader[kState].close.promise);
  if (isReadableStreamDefaultReader(reader)) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const request = reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamBYOBReader(reader);
}

// ---------------------------------------------------------------------------
// Readers

function readableStreamReaderGenericInitialize(reader, stream) {
  reader[kState].stream = stream;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable':
      reader[kState].close = createDeferredPromise();
      break;
    case 'closed':
      reader[kState].close = {
        promise: Promise.resolve(),
        resolve: undefined,
        reject: undefined,
      };
      break;
    case 'errored':
      reader[kState].close = {
        promise: Promise.reject(stream[kState].storedError),
        resolve: undefined,
        reject: undefined,
      };
      setPromiseHandled(reader[kState].close.promise);
      break;
  }
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const stream = reader[kState].stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject(releasedError);
  } else {
    reader[kState].close = {
      promise: Promise.reject(releasedError),
      resolve: undefined,
      reject: undefined,
    };
  }
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(
    reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(
    reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(error);
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.error(error);
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  switch (stream[kState].state) {
    case 'closed':
      readRequest.close();
      break;
    case 'errored':
      readRequest.error(stream[kState].storedError);
      break;
    default:
      stream[kState].controller[kPull](readRequest);
  }
}

function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') {
    readIntoRequest.error(stream[kState].storedError);
  } else {
    readableByteStreamControllerPullInto(stream[kState].controller, view, min, readIntoRequest);
  }
}

function setupReadableStreamDefaultReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw lockedError();
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = [];
}

function setupReadableStreamBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) throw lockedError();
  if (!isReadableByteStreamController(stream[kState].controller)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = [];
}

// A read request settling a promise with a { value, done } result.
function promiseReadRequest(deferred) {
  return {
    chunk: (value) => deferred.resolve({ value, done: false }),
    close: (value) => deferred.resolve({ value, done: true }),
    error: (error) => deferred.reject(error),
  };
}

function readerClosedGetter(name, check) {
  return function closed() {
    if (!check(this)) return Promise.reject(new ERR_INVALID_THIS(name));
    return this[kState].close.promise;
  };
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = {
      readRequests: [],
      stream: undefined,
      close: { promise: undefined, resolve: undefined, reject: undefined },
    };
    setupReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(detachedReaderError());
    const controller = stream[kState].controller;
    if (stream[kState].state === 'readable' &&
        isReadableStreamDefaultController(controller) &&
        controller[kState].queue.length > 0) {
      // A buffered chunk: the same steps as the controller's pull steps,
      // settled at once. (Node builds this result as { done, value }.)
      stream[kState].disturbed = true;
      const value = dequeueValue(controller);
      if (controller[kState].closeRequested && controller[kState].queue.length === 0) {
        readableStreamDefaultControllerClearAlgorithms(controller);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(controller);
      }
      return Promise.resolve({ done: false, value });
    }
    const deferred = createDeferredPromise();
    readableStreamDefaultReaderRead(this, promiseReadRequest(deferred));
    return deferred.promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    }
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) return Promise.reject(detachedReaderError());
    return readableStreamReaderGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperty(ReadableStreamDefaultReader.prototype, 'closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: readerClosedGetter('ReadableStreamDefaultReader', isReadableStreamDefaultReader),
});

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = {
      stream: undefined,
      readIntoRequests: [],
      close: { promise: undefined, resolve: undefined, reject: undefined },
    };
    setupReadableStreamBYOBReader(this, stream);
  }

  read(view, options = {}) {
    if (!isReadableStreamBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (!ArrayBuffer.isView(view)) {
      return Promise.reject(new ERR_INVALID_ARG_TYPE(
        'view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    try {
      validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    } catch (error) {
      return Promise.reject(error);
    }
    const viewByteLength = view.byteLength;
    const viewBufferByteLength = view.buffer.byteLength;
    if (viewByteLength === 0 || viewBufferByteLength === 0 ||
        isDetachedBuffer(view.buffer)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'View or Viewed ArrayBuffer is zero-length or detached'));
    }
    let min = options == null || options.min === undefined ? 1 : options.min;
    min = Number(min);
    if (min === 0) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE(
        'options.min', min, 'must be greater than 0'));
    }
    if (!(view instanceof DataView)) {
      if (min > view.length) {
        return Promise.reject(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
      }
    } else if (min > viewByteLength) {
      return Promise.reject(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
    }
    if (this[kState].stream === undefined) return Promise.reject(detachedReaderError());
    const deferred = createDeferredPromise();
    readableStreamBYOBReaderRead(this, view, min, promiseReadRequest(deferred));
    return deferred.promise;
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) return Promise.reject(detachedReaderError());
    return readableStreamReaderGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
      readIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}

Object.defineProperty(ReadableStreamBYOBReader.prototype, 'closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: readerClosedGetter('ReadableStreamBYOBReader', isReadableStreamBYOBReader),
});

for (const cls of [ReadableStreamDefaultReader, ReadableStreamBYOBReader]) {
  Object.defineProperties(cls.prototype, {
    read: { __proto__: null, enumerable: true },
    releaseLock: { __proto__: null, enumerable: true },
    cancel: { __proto__: null, enumerable: true },
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: cls.name },
  });
}

// ---------------------------------------------------------------------------
// ReadableStreamDefaultController

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    resetQueue(this);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queue.length > 0) {
      const chunk = dequeueValue(this);
      if (state.closeRequested && state.queue.length === 0) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunk(chunk);
      return;
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(this);
  }

  [kRelease]() {}

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: { __proto__: null, enumerable: true },
  close: { __proto__: null, enumerable: true },
  enqueue: { __proto__: null, enumerable: true },
  error: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'ReadableStreamDefaultController' },
});

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!readableStreamDefaultControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  uponPromise(state.pullAlgorithm(controller), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!state.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (state.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = state.sizeAlgorithm(chunk);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(controller);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function setupReadableStreamDefaultController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = controller.error.bind(controller);
  const startResult = startAlgorithm();
  uponPromise(Promise.resolve(startResult), () => {
    controller[kState].started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kInternal);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  const startAlgorithm = start !== undefined ?
    Function.prototype.bind.call(start, source, controller) : nonOpStart;
  const pullAlgorithm = pull !== undefined ?
    createPromiseCallback('source.pull', pull, source) : nonOpPull;
  const cancelAlgorithm = cancel !== undefined ?
    createPromiseCallback('source.cancel', cancel, source) : nonOpCancel;
  setupReadableStreamDefaultController(stream, controller, startAlgorithm,
                                       pullAlgorithm, cancelAlgorithm,
                                       highWaterMark, sizeAlgorithm);
}

// ---------------------------------------------------------------------------
// ReadableStreamBYOBRequest

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    bytesWritten = toEnforcedUnsignedLongLong(bytesWritten, 'bytesWritten');
    if (view.byteLength === 0 || isDetachedBuffer(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
    }
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const controller = this[kState].controller;
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetachedBuffer(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: { __proto__: null, enumerable: true },
  respond: { __proto__: null, enumerable: true },
  respondWithNewView: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'ReadableStreamBYOBRequest' },
});

function toEnforcedUnsignedLongLong(value, name) {
  const number = Number(value);
  if (!Number.isFinite(number)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError(name, value);
  }
  const integer = Math.trunc(number);
  if (integer < 0 || integer > Number.MAX_SAFE_INTEGER) {
    throw new ERR_INVALID_ARG_VALUE.RangeError(name, value);
  }
  return integer;
}

// ---------------------------------------------------------------------------
// ReadableByteStreamController

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
    this[kState] = {};
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    if (this[kState].closeRequested) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    if (this[kState].stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    if (!ArrayBuffer.isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const chunkByteLength = chunk.byteLength;
    const chunkBuffer = chunk.buffer;
    if (chunkByteLength === 0 || chunkBuffer.byteLength === 0 || isDetachedBuffer(chunkBuffer)) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (this[kState].closeRequested) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    if (this[kState].stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    readableByteStreamControllerError(this, error);
  }

  [kCancel](reason) {
    readableByteStreamControllerClearPendingPullIntos(this);
    resetQueue(this);
    const result = this[kState].cancelAlgorithm(reason);
    readableByteStreamControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      readableByteStreamControllerFillReadRequestFromQueue(this, readRequest);
      return;
    }
    const autoAllocateChunkSize = state.autoAllocateChunkSize;
    if (autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(autoAllocateChunkSize);
      } catch (error) {
        readRequest.error(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer,
        bufferByteLength: autoAllocateChunkSize,
        byteOffset: 0,
        byteLength: autoAllocateChunkSize,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        viewConstructor: Uint8Array,
        readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableByteStreamControllerCallPullIfNeeded(this);
  }

  [kRelease]() {
    const state = this[kState];
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: { __proto__: null, enumerable: true },
  desiredSize: { __proto__: null, enumerable: true },
  close: { __proto__: null, enumerable: true },
  enqueue: { __proto__: null, enumerable: true },
  error: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'ReadableByteStreamController' },
});

function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  uponPromise(state.pullAlgorithm(controller), () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (error) => readableByteStreamControllerError(controller, error));
}

function readableByteStreamControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return false;
  if (state.closeRequested) return false;
  if (!state.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) {
    return true;
  }
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

function readableByteStreamControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerConvertPullIntoDescriptor(descriptor) {
  const { bytesFilled, elementSize, byteOffset, viewConstructor } = descriptor;
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new viewConstructor(buffer, byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(controller, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(
      controller, descriptor.buffer, descriptor.byteOffset, descriptor.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetachedBuffer(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  }
  const transferredBuffer = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isDetachedBuffer(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError(
        'Destination ArrayBuffer is zero-length or detached');
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) {
        readableByteStreamControllerShiftPendingPullInto(controller);
      }
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const descriptor of filled) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerError(controller, error) {
  const stream = controller[kState].stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, descriptor) {
  descriptor.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize,
                                  descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % descriptor.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= descriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    copyDataBlockBytes(descriptor.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, descriptor);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength);
  readRequest.chunk(view);
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer,
                                first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kInternal);
    request[kState].controller = controller;
    request[kState].view = view;
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function readableByteStreamControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) break;
    const descriptor = state.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filled.push(descriptor);
    }
  }
  return filled;
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.constructor.BYTES_PER_ELEMENT;
    viewConstructor = view.constructor;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    readIntoRequest.error(error);
    return;
  }
  const descriptor = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor,
    readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(descriptor);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    const emptyView = new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0);
    readIntoRequest.close(emptyView);
    return;
  }
  if (state.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(descriptor);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(descriptor);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be zero for a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be greater than zero for a readable stream');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') {
    readableByteStreamControllerShiftPendingPullInto(controller);
  }
  const stream = controller[kState].stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < readableStreamGetNumReadIntoRequests(stream)) {
      filled.push(readableByteStreamControllerShiftPendingPullInto(controller));
    }
    for (const descriptor of filled) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, descriptor) {
  const stream = controller[kState].stream;
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, descriptor);
  if (descriptor.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, descriptor);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const each of filled) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, each);
    }
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
  if (remainderSize > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(
      controller, descriptor.buffer, end - remainderSize, remainderSize);
  }
  descriptor.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, descriptor);
  for (const each of filled) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, each);
  }
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, first);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  const viewByteLength = view.byteLength;
  if (state.stream[kState].state === 'closed') {
    if (viewByteLength !== 0) {
      throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
    }
  } else if (viewByteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer byteLength');
  }
  if (first.bytesFilled + viewByteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteLength');
  }
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function setupReadableByteStreamController(
  stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
  highWaterMark, autoAllocateChunkSize) {
  controller[kState] = {
    stream,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    queue: [],
    queueTotalSize: 0,
    closeRequested: false,
    started: false,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = controller.error.bind(controller);
  const startResult = startAlgorithm();
  uponPromise(Promise.resolve(startResult), () => {
    controller[kState].started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => readableByteStreamControllerError(controller, error));
}

function setupReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kInternal);
  const start = source.start;
  const pull = source.pull;
  const cancel = source.cancel;
  const startAlgorithm = start !== undefined ?
    Function.prototype.bind.call(start, source, controller) : nonOpStart;
  const pullAlgorithm = pull !== undefined ?
    createPromiseCallback('source.pull', pull, source) : nonOpPull;
  const cancelAlgorithm = cancel !== undefined ?
    createPromiseCallback('source.cancel', cancel, source) : nonOpCancel;
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (autoAllocateChunkSize === 0 || !Number.isFinite(autoAllocateChunkSize) ||
        autoAllocateChunkSize < 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
    autoAllocateChunkSize = Math.trunc(autoAllocateChunkSize);
  }
  setupReadableByteStreamController(stream, controller, startAlgorithm,
                                    pullAlgorithm, cancelAlgorithm,
                                    highWaterMark, autoAllocateChunkSize);
}

// ---------------------------------------------------------------------------
// tee

function readableStreamTee(stream, cloneForBranch2) {
  if (isReadableByteStreamController(stream[kState].controller)) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  // As in Node, a pull while a read is under way is dropped (no "read
  // again" flag): the enqueues below ask the branches to pull again.
  function pullAlgorithm() {
    if (reading) return Promise.resolve();
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(value) {
        queueMicrotask(() => {
          reading = false;
          const chunk1 = value;
          let chunk2 = value;
          if (!canceled2 && cloneForBranch2) chunk2 = structuredClone(value);
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
        });
      },
      close() {
        // Node closes the branches a process tick later than the spec says.
        process.nextTick(() => {
          reading = false;
          if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
          if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
          if (!canceled1 || !canceled2) cancelPromise.resolve();
        });
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(nonOpStart, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(nonOpStart, pullAlgorithm, cancel2Algorithm);

  uponPromise(reader[kState].close.promise, undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  const controllerOf = (branch) => branch[kState].controller;

  function forwardReaderError(thisReader) {
    uponPromise(thisReader[kState].close.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(controllerOf(branch1), error);
      readableByteStreamControllerError(controllerOf(branch2), error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function cloneOrCancel(chunk) {
    try {
      return { clone: cloneAsUint8Array(chunk) };
    } catch (error) {
      readableByteStreamControllerError(controllerOf(branch1), error);
      readableByteStreamControllerError(controllerOf(branch2), error);
      cancelPromise.resolve(readableStreamCancel(stream, error));
      return undefined;
    }
  }

  function pullAgainIfAsked() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (isReadableStreamBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            const result = cloneOrCancel(chunk);
            if (result === undefined) return;
            chunk2 = result.clone;
          }
          if (!canceled1) readableByteStreamControllerEnqueue(controllerOf(branch1), chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(controllerOf(branch2), chunk2);
          reading = false;
          pullAgainIfAsked();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(controllerOf(branch1));
        if (!canceled2) readableByteStreamControllerClose(controllerOf(branch2));
        if (controllerOf(branch1)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(controllerOf(branch1), 0);
        }
        if (controllerOf(branch2)[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(controllerOf(branch2), 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isReadableStreamDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    readableStreamBYOBReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            const result = cloneOrCancel(chunk);
            if (result === undefined) return;
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
            }
            readableByteStreamControllerEnqueue(controllerOf(otherBranch), result.clone);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          reading = false;
          pullAgainIfAsked();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(controllerOf(byobBranch));
        if (!otherCanceled) readableByteStreamControllerClose(controllerOf(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          if (!otherCanceled &&
              controllerOf(otherBranch)[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(controllerOf(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullBranch(forBranch2) {
    if (reading) {
      if (forBranch2) readAgainForBranch2 = true;
      else readAgainForBranch1 = true;
      return Promise.resolve();
    }
    reading = true;
    const branch = forBranch2 ? branch2 : branch1;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(controllerOf(branch));
    if (byobRequest === null) {
      pullWithDefaultReader();
    } else {
      pullWithBYOBReader(byobRequest[kState].view, forBranch2);
    }
    return Promise.resolve();
  }

  function pull1Algorithm() { return pullBranch(false); }
  function pull2Algorithm() { return pullBranch(true); }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(nonOpStart, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(nonOpStart, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---------------------------------------------------------------------------
// pipeTo

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const {
    writableStreamAbort,
    writableStreamCloseQueuedOrInFlight,
    writableStreamDefaultWriterCloseWithErrorPropagation,
    writableStreamDefaultWriterRelease,
    writableStreamDefaultWriterWrite,
    acquireWritableStreamDefaultWriter,
  } = lazyWritable();

  const reader = new ReadableStreamDefaultReader(source);
  const writer = acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;

  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const promise = createDeferredPromise();
  let abortAlgorithm;

  const destState = () => dest[kState].state;

  function finalize(isError, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) promise.reject(error);
    else promise.resolve();
  }

  async function waitForCurrentWrite() {
    const write = currentWrite;
    await write;
    if (write !== currentWrite) return waitForCurrentWrite();
  }

  function shouldWaitForWrites() {
    return destState() === 'writable' && !writableStreamCloseQueuedOrInFlight(dest);
  }

  function shutdownWithAnAction(action, originalIsError, originalError) {
    function complete() {
      uponPromise(action(),
                  () => finalize(originalIsError, originalError),
                  (error) => finalize(true, error));
    }
    if (shuttingDown) return;
    shuttingDown = true;
    if (shouldWaitForWrites()) {
      uponPromise(waitForCurrentWrite(), complete, (error) => finalize(true, error));
      return;
    }
    complete();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (shouldWaitForWrites()) {
      uponPromise(waitForCurrentWrite(),
                  () => finalize(isError, error),
                  (err) => finalize(true, err));
      return;
    }
    finalize(isError, error);
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (destState() === 'writable' ?
          writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ?
          readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // One read-then-write step; resolves to true once the pipe should stop.
  function step() {
    if (shuttingDown) return Promise.resolve(true);
    return uponPromise(writer[kState].ready.promise, () => {
      const result = createDeferredPromise();
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = writableStreamDefaultWriterWrite(writer, chunk);
          setPromiseHandled(currentWrite);
          result.resolve(false);
        },
        close: () => result.resolve(true),
        error: (error) => result.reject(error),
      });
      return result.promise;
    });
  }

  async function run() {
    while (!await step());
  }

  function watchErrored(stream, closedPromise, action) {
    if (stream[kState].state === 'errored') {
      action(stream[kState].storedError);
    } else {
      uponPromise(closedPromise, undefined, action);
    }
  }

  function watchClosed(stream, closedPromise, action) {
    if (stream[kState].state === 'closed') {
      action();
    } else {
      uponPromise(closedPromise, action, () => {});
    }
  }

  // Errors must be propagated forward.
  watchErrored(source, reader[kState].close.promise, (error) => {
    if (!preventAbort) {
      shutdownWithAnAction(() => writableStreamAbort(dest, error), true, error);
    } else {
      shutdown(true, error);
    }
  });

  // Errors must be propagated backward.
  watchErrored(dest, writer[kState].close.promise, (error) => {
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    } else {
      shutdown(true, error);
    }
  });

  // Closing must be propagated forward.
  watchClosed(source, reader[kState].close.promise, () => {
    if (!preventClose) {
      shutdownWithAnAction(
        () => writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  });

  // Closing must be propagated backward.
  if (writableStreamCloseQueuedOrInFlight(dest) || destState() === 'closed') {
    const error = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) {
      shutdownWithAnAction(() => readableStreamCancel(source, error), true, error);
    } else {
      shutdown(true, error);
    }
  }

  setPromiseHandled(run());
  return promise.promise;
}

// ---------------------------------------------------------------------------
// Async iteration

// (Node builds finished results as { done, value }.)
function createStreamAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let ongoingPromise;
  let isFinished = false;

  function nextSteps() {
    if (isFinished) return Promise.resolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'The reader is not bound to a ReadableStream'));
    }
    const deferred = createDeferredPromise();
    readableStreamDefaultReaderRead(reader, {
      chunk: (value) => deferred.resolve({ value, done: false }),
      close() {
        readableStreamDefaultReaderRelease(reader);
        deferred.resolve({ done: true, value: undefined });
      },
      error(error) {
        readableStreamDefaultReaderRelease(reader);
        deferred.reject(error);
      },
    });
    return uponPromise(deferred.promise, (result) => {
      ongoingPromise = undefined;
      if (result.done) isFinished = true;
      return result;
    }, (error) => {
      ongoingPromise = undefined;
      isFinished = true;
      throw error;
    });
  }

  function returnSteps(value) {
    if (isFinished) return Promise.resolve({ done: true, value });
    isFinished = true;
    if (reader[kState].stream === undefined) {
      return Promise.resolve({ done: true, value });
    }
    if (!preventCancel) {
      const result = readableStreamReaderGenericCancel(reader, value);
      readableStreamDefaultReaderRelease(reader);
      return uponPromise(result, () => ({ done: true, value }));
    }
    readableStreamDefaultReaderRelease(reader);
    return Promise.resolve({ done: true, value });
  }

  const iterator = Object.create(AsyncIteratorPrototype);
  Object.assign(iterator, {
    next() {
      ongoingPromise = ongoingPromise ?
        uponPromise(ongoingPromise, nextSteps, nextSteps) :
        nextSteps();
      return ongoingPromise;
    },
    return(value) {
      const steps = () => returnSteps(value);
      return ongoingPromise ?
        uponPromise(ongoingPromise, steps, steps) :
        steps();
    },
    [Symbol.asyncIterator]() { return this; },
  });
  return iterator;
}

// ---------------------------------------------------------------------------
// ReadableStream.from

// A sync iterator seen through the async iterator protocol, awaiting values
// the way CreateAsyncFromSyncIterator does.
function asyncFromSyncIterator(syncIterator) {
  const next = syncIterator.next;
  const wrap = (result) => {
    if (result === null || typeof result !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator result must be an object');
    }
    const done = !!result.done;
    return uponPromise(Promise.resolve(result.value), (value) => ({ value, done }));
  };
  return {
    next(value) {
      return wrap(Reflect.apply(next, syncIterator, [value]));
    },
    return: syncIterator.return === undefined ? undefined : function(value) {
      const method = syncIterator.return;
      if (method == null) return Promise.resolve({ value, done: true });
      return wrap(Reflect.apply(method, syncIterator, [value]));
    },
  };
}

function getAsyncIterator(iterable) {
  if (iterable == null) throw new ERR_ARG_NOT_ITERABLE(iterable);
  const asyncMethod = iterable[Symbol.asyncIterator];
  let iterator;
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    iterator = Reflect.apply(asyncMethod, iterable, []);
    if (iterator === null || typeof iterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    return iterator;
  }
  const syncMethod = iterable[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
  iterator = Reflect.apply(syncMethod, iterable, []);
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  return asyncFromSyncIterator(iterator);
}

function readableStreamFromIterable(iterable) {
  let stream;
  const iterator = getAsyncIterator(iterable);
  const nextMethod = iterator.next;

  function pullAlgorithm() {
    let nextResult;
    try {
      nextResult = Reflect.apply(nextMethod, iterator, []);
    } catch (error) {
      return Promise.reject(error);
    }
    return uponPromise(Promise.resolve(nextResult), (result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.next() method must fulfill with an object');
      }
      const controller = stream[kState].controller;
      if (result.done) {
        readableStreamDefaultControllerClose(controller);
      } else {
        readableStreamDefaultControllerEnqueue(controller, result.value);
      }
    });
  }

  function cancelAlgorithm(reason) {
    let returnResult;
    try {
      const returnMethod = iterator.return;
      if (returnMethod == null) return Promise.resolve();
      returnResult = Reflect.apply(returnMethod, iterator, [reason]);
    } catch (error) {
      return Promise.reject(error);
    }
    return uponPromise(Promise.resolve(returnResult), (result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  }

  stream = createReadableStream(nonOpStart, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  isReadableStreamLocked,
  isReadableByteStreamController,
  isReadableStreamDefaultReader,
  isReadableStreamBYOBReader,
  createReadableStream,
  createReadableByteStream,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamTee,
  readableStreamPipeTo,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableByteStreamControllerGetBYOBRequest,
  readableByteStreamControllerRespond,
};
