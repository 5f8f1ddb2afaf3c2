'use strict';

// Node's `async_hooks`, simplified for sessions: there are no async hooks.
// AsyncLocalStorage keeps its store for the synchronous extent of run() /
// exit() (and enterWith() until changed); it does not follow callbacks and
// promises scheduled inside. createHook() returns a hook that never fires;
// executionAsyncId() is 1 and triggerAsyncId() 0.

const { validateFunction, validateObject, validateString } = require('internal/validators');
const { codes } = require('internal/errors');

// The current store of every AsyncLocalStorage: Map<storage, value>.
let currentFrame = new Map();

class AsyncLocalStorage {
  #enabled = false;
  #defaultValue;
  #name;

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
  }

  get name() {
    return this.#name ?? '';
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = currentFrame;
    return function bound(...args) {
      const saved = currentFrame;
      currentFrame = frame;
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        currentFrame = saved;
      }
    };
  }

  static snapshot() {
    const frame = currentFrame;
    return function runInSnapshot(fn, ...args) {
      const saved = currentFrame;
      currentFrame = frame;
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        currentFrame = saved;
      }
    };
  }

  disable() {
    if (!this.#enabled) return;
    this.#enabled = false;
    if (currentFrame.has(this)) {
      currentFrame = new Map(currentFrame);
      currentFrame.delete(this);
    }
  }

  getStore() {
    if (!currentFrame.has(this)) return this.#defaultValue;
    return currentFrame.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    currentFrame = new Map(currentFrame);
    currentFrame.set(this, store);
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const saved = currentFrame;
    currentFrame = new Map(saved);
    currentFrame.set(this, store);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      currentFrame = saved;
    }
  }

  exit(callback, ...args) {
    const saved = currentFrame;
    currentFrame = new Map(saved);
    currentFrame.delete(this);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      currentFrame = saved;
    }
  }
}

let nextAsyncId = 2;

class AsyncResource {
  #asyncId;
  #triggerAsyncId;
  #frame;

  constructor(type, options = {}) {
    validateString(type, 'type');
    let triggerAsyncId = options;
    if (typeof options !== 'number') {
      triggerAsyncId = options?.triggerAsyncId === undefined ? 1 : options.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this.#asyncId = nextAsyncId++;
    this.#triggerAsyncId = triggerAsyncId;
    this.#frame = currentFrame;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const saved = currentFrame;
    currentFrame = this.#frame;
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      currentFrame = saved;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this.#asyncId;
  }

  triggerAsyncId() {
    return this.#triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = resource.runInAsyncScope.bind(resource, fn, thisArg);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    for (const [name, fn] of [['init', init], ['before', before], ['after', after], ['destroy', destroy],
      ['promiseResolve', promiseResolve]]) {
      if (fn !== undefined && typeof fn !== 'function') throw new codes.ERR_ASYNC_CALLBACK(`hook.${name}`);
    }
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

const topLevelResource = {};

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
  executionAsyncId() {
    return 1;
  },
  triggerAsyncId() {
    return 0;
  },
  executionAsyncResource() {
    return topLevelResource;
  },
  asyncWrapProviders,
  AsyncResource,
};
