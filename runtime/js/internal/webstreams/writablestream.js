'use strict';

// WritableStream (WHATWG Streams §5): the stream class, its default writer
// and default controller, with the spec's abstract operations.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateObject,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const {
  kState,
  kType,
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsErrored,
  kIsWritable,
  customInspectSymbol,
  customInspect,
  createDeferredPromise,
  uponPromise,
  setPromiseHandled,
  createPromiseCallback,
  nonOpStart,
  nonOpCancel,
  nonOpWrite,
  dequeueValue,
  resetQueue,
  peekQueueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
} = require('internal/webstreams/util');

const kAbort = Symbol('kAbort');
const kError = Symbol('kError');
const kInternal = Symbol('kInternal');
// What the controller's queue holds to mark a requested close.
const kCloseSentinel = Symbol('kCloseSentinel');

const isWritableStream = isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = isBrandCheck('WritableStreamDefaultController');

let AbortControllerClass;
function lazyAbortController() {
  if (AbortControllerClass === undefined) {
    AbortControllerClass = require('internal/abort_controller').AbortController;
  }
  return AbortControllerClass;
}

function lockedError() {
  return new ERR_INVALID_STATE.TypeError('WritableStream is locked');
}

function unboundWriterError() {
  return new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
}

function closeFailedError() {
  return new ERR_INVALID_STATE.TypeError('Failure to close WritableStream');
}

// A writer's ready or closed promise with its resolvers; `settled` tells
// whether it is still pending, which the spec's algorithms ask.
function pendingSlot() {
  const slot = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  slot.promise = new Promise((resolve, reject) => {
    slot.resolve = (value) => {
      slot.settled = true;
      resolve(value);
    };
    slot.reject = (error) => {
      slot.settled = true;
      reject(error);
    };
  });
  return slot;
}

function resolvedSlot() {
  return { promise: Promise.resolve(), resolve() {}, reject() {}, settled: true };
}

function rejectedSlot(error) {
  const promise = Promise.reject(error);
  setPromiseHandled(promise);
  return { promise, resolve() {}, reject() {}, settled: true };
}

// ---------------------------------------------------------------------------
// WritableStream

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink === null) throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    validateObject(sink, 'sink', kValidateObjectAllowObjectsAndNull);
    validateObject(strategy, 'strategy', kValidateObjectAllowObjectsAndNull);
    strategy = strategy || {};
    const type = sink.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy.size);
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    setupWritableStreamDefaultControllerFromSink(this, sink, highWaterMark, size);
  }

  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsWritable]() {
    return this[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(this);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(lockedError());
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(lockedError());
    if (writableStreamCloseQueuedOrInFlight(this)) return Promise.reject(closeFailedError());
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

Object.defineProperties(WritableStream.prototype, {
  locked: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  close: { __proto__: null, enumerable: true },
  getWriter: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'WritableStream' },
});

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  stream[kIsClosedPromise] = createDeferredPromise();
}

function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  const controller = new WritableStreamDefaultController(kInternal);
  setupWritableStreamDefaultController(stream, controller, start, write, close, abort,
                                       highWaterMark, size);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createDeferredPromise();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = createDeferredPromise();
  state.closeRequest = promise;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') {
    writer[kState].ready.resolve();
  }
  writableStreamDefaultControllerClose(state.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const promise = createDeferredPromise();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  state.controller[kError]();
  const storedError = state.storedError;
  const requests = state.writeRequests;
  state.writeRequests = [];
  for (const request of requests) request.reject(storedError);
  if (state.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = state.pendingAbortRequest;
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = state.controller[kAbort](abortRequest.reason);
  uponPromise(promise, () => {
    abortRequest.promise.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = state.writer;
  if (writer !== undefined) writer[kState].close.resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest.resolve();
  state.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  state.inFlightWriteRequest.reject(error);
  state.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest = state.closeRequest;
  state.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest = state.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  stream[kIsClosedPromise].reject(state.storedError);
  setPromiseHandled(stream[kIsClosedPromise].promise);
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kState].close.reject(state.storedError);
    setPromiseHandled(writer[kState].close.promise);
  }
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  const writer = state.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) {
      writer[kState].ready = pendingSlot();
    } else {
      writer[kState].ready.resolve();
    }
  }
  state.backpressure = backpressure;
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultWriter

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream: undefined, close: undefined, ready: undefined };
    setupWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].close.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    }
    if (this[kState].stream === undefined) throw unboundWriterError();
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return Promise.reject(unboundWriterError());
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(unboundWriterError());
    if (writableStreamCloseQueuedOrInFlight(stream)) return Promise.reject(closeFailedError());
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    }
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return Promise.reject(unboundWriterError());
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [customInspectSymbol](depth, options) {
    const stream = this[kState].stream;
    return customInspect(depth, options, this[kType], {
      stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(this),
    });
  }
}

Object.defineProperties(WritableStreamDefaultWriter.prototype, {
  closed: { __proto__: null, enumerable: true },
  desiredSize: { __proto__: null, enumerable: true },
  ready: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  close: { __proto__: null, enumerable: true },
  releaseLock: { __proto__: null, enumerable: true },
  write: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'WritableStreamDefaultWriter' },
});

function setupWritableStreamDefaultWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) throw lockedError();
  const streamState = stream[kState];
  writer[kState].stream = stream;
  streamState.writer = writer;
  switch (streamState.state) {
    case 'writable':
      if (!writableStreamCloseQueuedOrInFlight(stream) && streamState.backpressure) {
        writer[kState].ready = pendingSlot();
      } else {
        writer[kState].ready = resolvedSlot();
      }
      writer[kState].close = pendingSlot();
      break;
    case 'erroring':
      writer[kState].ready = rejectedSlot(streamState.storedError);
      writer[kState].close = pendingSlot();
      break;
    case 'closed':
      writer[kState].ready = resolvedSlot();
      writer[kState].close = resolvedSlot();
      break;
    default:
      writer[kState].ready = rejectedSlot(streamState.storedError);
      writer[kState].close = rejectedSlot(streamState.storedError);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.resolve();
  }
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const close = writer[kState].close;
  if (!close.settled) {
    close.reject(error);
    setPromiseHandled(close.promise);
  } else {
    writer[kState].close = rejectedSlot(error);
  }
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const ready = writer[kState].ready;
  if (!ready.settled) {
    ready.reject(error);
    setPromiseHandled(ready.promise);
  } else {
    writer[kState].ready = rejectedSlot(error);
  }
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return Promise.reject(unboundWriterError());
  const state = stream[kState].state;
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream[kState].storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---------------------------------------------------------------------------
// WritableStreamDefaultController

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
    this[kState] = {};
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kError]() {
    resetQueue(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
    });
  }
}

Object.defineProperties(WritableStreamDefaultController.prototype, {
  signal: { __proto__: null, enumerable: true },
  error: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'WritableStreamDefaultController' },
});

function setupWritableStreamDefaultController(
  stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
  abortAlgorithm, highWaterMark, sizeAlgorithm) {
  const AbortController = lazyAbortController();
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    sizeAlgorithm,
    highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = controller.error.bind(controller);
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  const startResult = startAlgorithm();
  uponPromise(Promise.resolve(startResult), () => {
    controller[kState].started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    controller[kState].started = true;
    writableStreamDealWithRejection(stream, reason);
  });
}

function setupWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kInternal);
  const start = sink.start;
  const write = sink.write;
  const close = sink.close;
  const abort = sink.abort;
  const startAlgorithm = start !== undefined ?
    Function.prototype.bind.call(start, sink, controller) : nonOpStart;
  const writeAlgorithm = write !== undefined ?
    createPromiseCallback('sink.write', write, sink) : nonOpWrite;
  const closeAlgorithm = close !== undefined ?
    createPromiseCallback('sink.close', close, sink) : nonOpCancel;
  const abortAlgorithm = abort !== undefined ?
    createPromiseCallback('sink.abort', abort, sink) : nonOpCancel;
  setupWritableStreamDefaultController(stream, controller, startAlgorithm,
                                       writeAlgorithm, closeAlgorithm, abortAlgorithm,
                                       highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  if (stream[kState].state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (state.queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) {
    writableStreamDefaultControllerProcessClose(controller);
  } else {
    writableStreamDefaultControllerProcessWrite(controller, value);
  }
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller[kState].sizeAlgorithm;
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller[kState].highWaterMark - controller[kState].queueTotalSize;
}

function writableStreamDefaultControllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(controller);
  const sinkClosePromise = state.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(sinkClosePromise,
              () => writableStreamFinishInFlightClose(stream),
              (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = state.writeAlgorithm(chunk, controller);
  uponPromise(sinkWritePromise, () => {
    writableStreamFinishInFlightWrite(stream);
    const streamState = stream[kState].state;
    dequeueValue(controller);
    if (!writableStreamCloseQueuedOrInFlight(stream) && streamState === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream[kState].state === 'writable') {
      writableStreamDefaultControllerClearAlgorithms(controller);
    }
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller[kState].stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(stream, error);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  isWritableStreamDefaultWriter,
  isWritableStreamDefaultController,
  createWritableStream,
  acquireWritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDealWithRejection,
  writableStreamStartErroring,
  writableStreamFinishErroring,
  writableStreamUpdateBackpressure,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerError,
};
