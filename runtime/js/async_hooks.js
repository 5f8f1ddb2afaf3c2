'use strict';

// Node's `async_hooks`, simplified for sessions: there are no async hooks.
// AsyncLocalStorage and AsyncResource are complete: a store follows the program
// across await, promises, timers, immediates, nextTick, queueMicrotask and I/O
// callbacks, through the async context frame (internal/async_context_frame).
// createHook()'s hooks see only AsyncResources (init, before, after, destroy); the
// runtime's own resources (timers, promises, I/O) do not report to them.
// executionAsyncId() and triggerAsyncId() are those of the AsyncResource whose
// runInAsyncScope() is running, else 1 and 0.

const { validateFunction, validateObject, validateString } = require('internal/validators');
const { codes } = require('internal/errors');
const { deprecate } = require('internal/util/deprecate');
const AsyncContextFrame = require('internal/async_context_frame');

class AsyncLocalStorage {
  #defaultValue;
  #name;

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
  }

  get name() {
    return this.#name || '';
  }

  // `fn` bound to the current frame.
  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  // A function that runs any function in the frame current now.
  static snapshot() {
    return AsyncLocalStorage.bind((fn, ...args) => fn(...args));
  }

  disable() {
    AsyncContextFrame.disable(this);
  }

  enterWith(store) {
    AsyncContextFrame.set(new AsyncContextFrame(this, store));
  }

  // Runs `callback` with `store` as this storage's store. Afterwards the storage
  // holds the store it had before (as a new frame, like enterWith()); when the store
  // is already current, nothing changes around the call.
  run(store, callback, ...args) {
    const previous = this.getStore();
    if (Object.is(previous, store)) return Reflect.apply(callback, null, args);
    this.enterWith(store);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this.enterWith(previous);
    }
  }

  exit(callback, ...args) {
    return this.run(undefined, callback, ...args);
  }

  getStore() {
    const frame = AsyncContextFrame.current();
    if (frame === undefined || !frame.has(this)) return this.#defaultValue;
    return frame.get(this);
  }

  // `using scope = storage.withScope(store)`: the store until the scope is disposed.
  withScope(store) {
    return new RunScope(this, store);
  }
}

class RunScope {
  #storage;
  #previous;
  #disposed = false;

  constructor(storage, store) {
    this.#storage = storage;
    this.#previous = storage.getStore();
    storage.enterWith(store);
  }

  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#storage.enterWith(this.#previous);
  }

  [Symbol.dispose]() {
    this.dispose();
  }
}

let nextAsyncId = 2;
const contextFrameSymbol = Symbol('context_frame');
const asyncIdSymbol = Symbol('async_id_symbol');
const triggerAsyncIdSymbol = Symbol('trigger_async_id_symbol');
const kAsyncResourceDeprecation = 'The asyncResource property on bound functions is deprecated';

// The ids of the resources whose runInAsyncScope() calls are running, innermost
// last: [asyncId, triggerAsyncId, asyncId, triggerAsyncId, ...].
const scopeIds = [];
// The callbacks of the enabled hooks, in the order they were enabled.
const enabledHooks = [];

function emitHook(name, ...args) {
  for (const callbacks of enabledHooks) {
    const fn = callbacks[name];
    if (fn !== undefined) Reflect.apply(fn, callbacks, args);
  }
}

class AsyncResource {
  constructor(type, options = {}) {
    validateString(type, 'type');
    let triggerAsyncId = options;
    if (typeof options !== 'number') {
      triggerAsyncId = options?.triggerAsyncId === undefined ? executionAsyncId() : options.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[contextFrameSymbol] = AsyncContextFrame.current();
    const asyncId = ++nextAsyncId;
    this[asyncIdSymbol] = asyncId;
    this[triggerAsyncIdSymbol] = triggerAsyncId;
    if (enabledHooks.length > 0) {
      if (type.length === 0 && enabledHooks.some((hook) => hook.init !== undefined)) {
        throw new codes.ERR_ASYNC_TYPE(type);
      }
      emitHook('init', asyncId, type, triggerAsyncId, this);
    }
  }

  // Calls `fn` in the frame that was current when the resource was made.
  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[asyncIdSymbol];
    if (enabledHooks.length > 0) emitHook('before', asyncId);
    const previous = AsyncContextFrame.exchange(this[contextFrameSymbol]);
    scopeIds.push(asyncId, this[triggerAsyncIdSymbol]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      AsyncContextFrame.set(previous);
      scopeIds.length -= 2;
      if (enabledHooks.length > 0) emitHook('after', asyncId);
    }
  }

  emitDestroy() {
    if (enabledHooks.length > 0) emitHook('destroy', this[asyncIdSymbol]);
    return this;
  }

  asyncId() {
    return this[asyncIdSymbol];
  }

  triggerAsyncId() {
    return this[triggerAsyncIdSymbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = resource.runInAsyncScope.bind(resource, fn, thisArg);
    }
    let boundResource = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get: deprecate(() => boundResource, kAsyncResourceDeprecation, 'DEP0172', false),
        set: deprecate((value) => {
          boundResource = value;
        }, kAsyncResourceDeprecation, 'DEP0172', false),
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn?.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

class AsyncHook {
  #callbacks;

  constructor({ init, before, after, destroy, promiseResolve }) {
    for (const [name, fn] of [['init', init], ['before', before], ['after', after], ['destroy', destroy],
      ['promiseResolve', promiseResolve]]) {
      if (fn !== undefined && typeof fn !== 'function') throw new codes.ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
    this.#callbacks = { init, before, after, destroy };
  }

  enable() {
    if (!enabledHooks.includes(this.#callbacks)) enabledHooks.push(this.#callbacks);
    return this;
  }

  disable() {
    const index = enabledHooks.indexOf(this.#callbacks);
    if (index !== -1) enabledHooks.splice(index, 1);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

const topLevelResource = {};

function executionAsyncId() {
  return scopeIds.length === 0 ? 1 : scopeIds[scopeIds.length - 2];
}

function triggerAsyncId() {
  return scopeIds.length === 0 ? 0 : scopeIds[scopeIds.length - 1];
}

const providerNames = [
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
  'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP',
  'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING',
  'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'LOCKS', 'JSSTREAM', 'JSUDPWRAP',
  'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE',
  'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_SESSION', 'QUIC_STREAM', 'QUIC_UDP',
  'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP',
  'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERCPUPROFILE',
  'WORKERCPUUSAGE', 'WORKERHEAPPROFILE', 'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS', 'WRITEWRAP',
  'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST',
  'KEYEXPORTREQUEST', 'ARGON2REQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
  'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
  'VERIFYREQUEST',
];
const asyncWrapProviders = { __proto__: null };
providerNames.forEach((name, i) => {
  asyncWrapProviders[name] = i;
});
Object.freeze(asyncWrapProviders);

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource() {
    return topLevelResource;
  },
  asyncWrapProviders,
  AsyncResource,
};
