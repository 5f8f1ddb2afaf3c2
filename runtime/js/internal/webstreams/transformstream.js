'use strict';

// TransformStream (WHATWG Streams §6) and its default controller: a writable
// side whose chunks go through a transformer into a readable side.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
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
  customInspectSymbol,
  customInspect,
  createDeferredPromise,
  uponPromise,
  createPromiseCallback,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

const isTransformStream = isBrandCheck('TransformStream');
const isTransformStreamDefaultController = isBrandCheck('TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = null, writableStrategy = {}, readableStrategy = {}) {
    validateObject(transformer, 'transformer', kValidateObjectAllowObjectsAndNull);
    validateObject(writableStrategy, 'writableStrategy', kValidateObjectAllowObjectsAndNull);
    validateObject(readableStrategy, 'readableStrategy', kValidateObjectAllowObjectsAndNull);
    transformer = transformer || {};
    writableStrategy = writableStrategy || {};
    readableStrategy = readableStrategy || {};
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy.size);

    const startPromise = createDeferredPromise();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize,
                              readableHighWaterMark, readableSize);
    setupTransformStreamDefaultControllerFromTransformer(this, transformer);
    const start = transformer.start;
    if (start !== undefined) {
      startPromise.resolve(Reflect.apply(start, transformer, [this[kState].controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      readable: this[kState].readable,
      writable: this[kState].writable,
      backpressure: this[kState].backpressure,
    });
  }
}

Object.defineProperties(TransformStream.prototype, {
  readable: { __proto__: null, enumerable: true },
  writable: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TransformStream' },
});

function initializeTransformStream(stream, startPromise, writableHighWaterMark,
                                   writableSize, readableHighWaterMark, readableSize) {
  stream[kType] = 'TransformStream';
  stream[kState] = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  const startAlgorithm = () => startPromise.promise;
  stream[kState].writable = createWritableStream(
    startAlgorithm,
    (chunk) => transformStreamDefaultSinkWriteAlgorithm(stream, chunk),
    () => transformStreamDefaultSinkCloseAlgorithm(stream),
    (reason) => transformStreamDefaultSinkAbortAlgorithm(stream, reason),
    writableHighWaterMark,
    writableSize);
  stream[kState].readable = createReadableStream(
    startAlgorithm,
    () => transformStreamDefaultSourcePullAlgorithm(stream),
    (reason) => transformStreamDefaultSourceCancelAlgorithm(stream, reason),
    readableHighWaterMark,
    readableSize);
  transformStreamSetBackpressure(stream, true);
}

function readableControllerOf(stream) {
  return stream[kState].readable[kState].controller;
}

function writableControllerOf(stream) {
  return stream[kState].writable[kState].controller;
}

function transformStreamError(stream, error) {
  readableStreamDefaultControllerError(readableControllerOf(stream), error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  transformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  writableStreamDefaultControllerErrorIfNeeded(writableControllerOf(stream), error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = createDeferredPromise();
  state.backpressure = backpressure;
}

// ---------------------------------------------------------------------------
// TransformStreamDefaultController

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
    this[kState] = {};
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    return readableStreamDefaultControllerGetDesiredSize(readableControllerOf(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerTerminate(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      stream: this[kState].stream,
    });
  }
}

Object.defineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: { __proto__: null, enumerable: true },
  enqueue: { __proto__: null, enumerable: true },
  error: { __proto__: null, enumerable: true },
  terminate: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TransformStreamDefaultController' },
});

function setupTransformStreamDefaultControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kInternal);
  const transform = transformer.transform;
  const flush = transformer.flush;
  const cancel = transformer.cancel;
  let transformAlgorithm = (chunk) => {
    try {
      transformStreamDefaultControllerEnqueue(controller, chunk);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  };
  let flushAlgorithm = () => Promise.resolve();
  let cancelAlgorithm = () => Promise.resolve();
  if (transform !== undefined) {
    const callback = createPromiseCallback('transformer.transform', transform, transformer);
    transformAlgorithm = (chunk) => callback(chunk, controller);
  }
  if (flush !== undefined) {
    const callback = createPromiseCallback('transformer.flush', flush, transformer);
    flushAlgorithm = () => callback(controller);
  }
  if (cancel !== undefined) {
    cancelAlgorithm = createPromiseCallback('transformer.cancel', cancel, transformer);
  }
  controller[kState] = {
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function transformStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableController = readableControllerOf(stream);
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) {
    transformStreamSetBackpressure(stream, true);
  }
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const stream = controller[kState].stream;
  const transformPromise = controller[kState].transformAlgorithm(chunk);
  return uponPromise(transformPromise, undefined, (reason) => {
    transformStreamError(stream, reason);
    throw reason;
  });
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  readableStreamDefaultControllerClose(readableControllerOf(stream));
  const error = new ERR_INVALID_STATE.TypeError('TransformStream terminated');
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

// ---------------------------------------------------------------------------
// The algorithms behind the writable and readable sides

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return uponPromise(stream[kState].backpressureChange.promise, () => {
      const writable = stream[kState].writable;
      if (writable[kState].state === 'erroring') throw writable[kState].storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) {
    return controller[kState].finishPromise.promise;
  }
  const readable = stream[kState].readable;
  const finish = createDeferredPromise();
  controller[kState].finishPromise = finish;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, () => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerError(readable[kState].controller, reason);
      finish.resolve();
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) {
    return controller[kState].finishPromise.promise;
  }
  const readable = stream[kState].readable;
  const finish = createDeferredPromise();
  controller[kState].finishPromise = finish;
  const flushPromise = controller[kState].flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(flushPromise, () => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerClose(readable[kState].controller);
      finish.resolve();
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) {
    return controller[kState].finishPromise.promise;
  }
  const writable = stream[kState].writable;
  const finish = createDeferredPromise();
  controller[kState].finishPromise = finish;
  const cancelPromise = controller[kState].cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, () => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve();
    }
  }, (error) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    transformStreamUnblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
