'use strict';
// The global object of a session: what Node puts on `globalThis`. Values that cost
// something to build are installed as lazy getters and loaded on first use.

function defineValue(name, value) {
  Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
}

function defineLazy(name, load) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      defineValue(name, value);
      return value;
    },
    set(value) {
      defineValue(name, value);
    },
  });
}

// structuredClone(value, { transfer }): V8's serializer copies the value
// (internal/worker/clone.js); what cannot be cloned is a DOMException named
// DataCloneError, as in Node.
function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('The value argument');
  }
  return require('internal/worker/clone').structuredClone(value, options);
}

function install() {
  Object.defineProperty(globalThis, Symbol.toStringTag, {
    __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
  });
  defineValue('global', globalThis);
  const process = require('internal/process/object').process;
  defineValue('process', process);

  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    defineValue(name, timers[name]);
  }
  defineValue('queueMicrotask', require('internal/task_queues').queueMicrotask);
  defineValue('structuredClone', structuredClone);

  defineLazy('console', () => require('internal/console').globalConsole());
  defineLazy('Buffer', () => require('buffer').Buffer);
  defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineLazy('atob', () => require('buffer').atob);
  defineLazy('btoa', () => require('buffer').btoa);
  defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
  defineLazy('Event', () => require('internal/event_target').Event);
  defineLazy('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
  defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  if (typeof globalThis.DOMException !== 'function') {
    defineLazy('DOMException', () => require('internal/abort_controller').DOMException);
  }
  defineLazy('performance', () => require('perf_hooks').performance);
  defineLazy('Performance', () => require('internal/performance').Performance);
  defineLazy('MessageChannel', () => require('internal/worker/message_port').MessageChannel);
  defineLazy('MessagePort', () => require('internal/worker/message_port').MessagePort);
  defineLazy('MessageEvent', () => require('internal/worker/message_event').MessageEvent);
  defineLazy('BroadcastChannel', () => require('internal/worker/broadcast_channel').BroadcastChannel);
  defineLazy('Blob', () => require('buffer').Blob);
  defineLazy('File', () => require('buffer').File);
  defineValue('URL', require('internal/url').URL);
  defineValue('URLSearchParams', require('internal/url').URLSearchParams);
  defineLazy('crypto', () => require('crypto').webcrypto);
  defineLazy('Crypto', () => require('crypto').webcrypto.constructor);
  defineLazy('SubtleCrypto', () => require('crypto').subtle.constructor);
  defineLazy('ReadableStream', () => require('stream/web').ReadableStream);
  defineLazy('ReadableStreamDefaultReader', () => require('stream/web').ReadableStreamDefaultReader);
  defineLazy('ReadableStreamBYOBReader', () => require('stream/web').ReadableStreamBYOBReader);
  defineLazy('ReadableStreamBYOBRequest', () => require('stream/web').ReadableStreamBYOBRequest);
  defineLazy('ReadableByteStreamController', () => require('stream/web').ReadableByteStreamController);
  defineLazy('ReadableStreamDefaultController', () => require('stream/web').ReadableStreamDefaultController);
  defineLazy('TransformStream', () => require('stream/web').TransformStream);
  defineLazy('TransformStreamDefaultController', () => require('stream/web').TransformStreamDefaultController);
  defineLazy('WritableStream', () => require('stream/web').WritableStream);
  defineLazy('WritableStreamDefaultWriter', () => require('stream/web').WritableStreamDefaultWriter);
  defineLazy('WritableStreamDefaultController', () => require('stream/web').WritableStreamDefaultController);
  defineLazy('ByteLengthQueuingStrategy', () => require('stream/web').ByteLengthQueuingStrategy);
  defineLazy('CountQueuingStrategy', () => require('stream/web').CountQueuingStrategy);
  defineLazy('TextEncoderStream', () => require('stream/web').TextEncoderStream);
  defineLazy('TextDecoderStream', () => require('stream/web').TextDecoderStream);
  defineLazy('CompressionStream', () => require('stream/web').CompressionStream);
  defineLazy('DecompressionStream', () => require('stream/web').DecompressionStream);
}

module.exports = { install, defineLazy, defineValue };
