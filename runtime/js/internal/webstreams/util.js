'use strict';

// Shared pieces of the WHATWG Streams implementation: promise helpers, the
// "queue with sizes" used by controllers, queuing strategy extraction, the
// util.inspect formatting every stream class uses, and small buffer helpers.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OPERATION_FAILED,
  },
} = require('internal/errors');

const PromisePrototypeThen = Promise.prototype.then;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Symbols Node uses on web streams so that the Node stream utilities
// (finished, isErrored, addAbortSignal, ...) can look inside them.
const {
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsErrored,
  kIsDisturbed,
  kIsReadable,
  kIsWritable,
} = require('internal/streams/utils');

// Every stream object keeps its spec "internal slots" in this[kState].
const kState = Symbol('kState');
// The class name of a stream object, used for brand checks and inspect.
const kType = Symbol('kType');

let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/inspect').inspect;
  return inspectFn;
}

// `Name { ...data }` as Node prints web stream objects.
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  const opts = {
    ...options,
    depth: options.depth == null ? null : options.depth - 1,
  };
  return `${name} ${lazyInspect()(data, opts)}`;
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// then() without going through a patched Promise.prototype.then.
function uponPromise(promise, onFulfilled, onRejected) {
  return PromisePrototypeThen.call(promise, onFulfilled, onRejected);
}

// Attach no-op reactions so that a rejection is never reported as unhandled.
function setPromiseHandled(promise) {
  PromisePrototypeThen.call(promise, () => {}, () => {});
}

// Call an optional method of a user-provided dictionary (underlying source,
// sink, transformer) and always get a promise back.
function ensureIsPromise(fn, thisArg, args) {
  try {
    const value = Reflect.apply(fn, thisArg, args);
    return value instanceof Promise ? value : Promise.resolve(value);
  } catch (error) {
    return Promise.reject(error);
  }
}

function createPromiseCallback(name, fn, thisArg) {
  if (typeof fn !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', fn);
  }
  return (...args) => ensureIsPromise(fn, thisArg, args);
}

function nonOpStart() {}
function nonOpPull() { return Promise.resolve(); }
function nonOpCancel() { return Promise.resolve(); }
function nonOpWrite() { return Promise.resolve(); }

// ---------------------------------------------------------------------------
// Queue with sizes (the [[queue]] and [[queueTotalSize]] slots)

function dequeueValue(controller) {
  const state = controller[kState];
  const { value, size } = state.queue.shift();
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function resetQueue(controller) {
  const state = controller[kState];
  state.queue = [];
  state.queueTotalSize = 0;
}

function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}

function enqueueValueWithSize(controller, value, size) {
  size = +size;
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) ||
      size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  const state = controller[kState];
  state.queue.push({ value, size });
  state.queueTotalSize += size;
}

// ---------------------------------------------------------------------------
// Queuing strategies

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  const number = +value;
  if (Number.isNaN(number) || number < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return number;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  const { validateFunction } = require('internal/validators');
  validateFunction(size, 'strategy.size');
  return size;
}

// ---------------------------------------------------------------------------
// Buffers

function isDetachedBuffer(buffer) {
  if (buffer.byteLength !== 0) return false;
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  return false;
}

// Move the bytes of an ArrayBuffer into a fresh one and detach the original,
// as the spec's TransferArrayBuffer does.
function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  const copy = buffer.slice(0);
  structuredClone(buffer, { transfer: [buffer] });
  return copy;
}

function canTransferArrayBuffer(buffer) {
  return !isDetachedBuffer(buffer);
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count)
    .set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneAsUint8Array(view) {
  const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

function isBrandCheck(name) {
  return (value) => value != null && typeof value === 'object' &&
    value[kType] === name && value[kState] !== undefined;
}

// Accessor helpers that throw ERR_INVALID_THIS like Node.
function invalidThis(name) {
  return new ERR_INVALID_THIS(name);
}

function lazyOperationFailed(message) {
  return new ERR_OPERATION_FAILED(message);
}

module.exports = {
  kState,
  kType,
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsErrored,
  kIsDisturbed,
  kIsReadable,
  kIsWritable,
  customInspectSymbol,
  customInspect,
  createDeferredPromise,
  uponPromise,
  setPromiseHandled,
  ensureIsPromise,
  createPromiseCallback,
  nonOpStart,
  nonOpPull,
  nonOpCancel,
  nonOpWrite,
  dequeueValue,
  resetQueue,
  peekQueueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isDetachedBuffer,
  transferArrayBuffer,
  canTransferArrayBuffer,
  copyDataBlockBytes,
  cloneAsUint8Array,
  isBrandCheck,
  invalidThis,
  lazyOperationFailed,
};
