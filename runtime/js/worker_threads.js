'use strict';

// Node's `worker_threads`. A session is the main thread and cannot start
// workers (new Worker() throws ERR_ACCESS_DENIED). MessageChannel,
// MessagePort and BroadcastChannel work within the session: messages are
// cloned (structuredClone when available) and delivered in a later
// macrotask. Unlike Node, an open port does not keep the session alive.
// `locks` is an in-session Web Locks manager.

const { accessDenied, refusedFunction } = require('internal/refused');
const { codes } = require('internal/errors');

function cloneMessage(value) {
  return typeof globalThis.structuredClone === 'function' ? globalThis.structuredClone(value) : value;
}

function makeMessageEvent(data, target) {
  const event = new Event('message');
  Object.defineProperty(event, 'data', { value: data, enumerable: true });
  Object.defineProperty(event, 'ports', { value: [], enumerable: true });
  return event;
}

const portState = new WeakMap();

// EventTarget with Node's EventEmitter-style shortcuts. 'message' listeners
// added with on()/once() receive the message itself.
class NodeStyleTarget extends EventTarget {
  #wrapped = new Map();

  #wrap(type, listener, once) {
    let byType = this.#wrapped.get(type);
    if (byType === undefined) {
      byType = new Map();
      this.#wrapped.set(type, byType);
    }
    let wrapper = byType.get(listener);
    if (wrapper === undefined) {
      wrapper = (event) => {
        if (once) byType.delete(listener);
        listener.call(this, type === 'message' || type === 'messageerror' ? event.data : event);
      };
      byType.set(listener, wrapper);
    }
    return wrapper;
  }

  on(type, listener) {
    this.addEventListener(type, this.#wrap(type, listener, false));
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  once(type, listener) {
    this.addEventListener(type, this.#wrap(type, listener, true), { once: true });
    return this;
  }

  off(type, listener) {
    const wrapper = this.#wrapped.get(type)?.get(listener);
    if (wrapper !== undefined) {
      this.removeEventListener(type, wrapper);
      this.#wrapped.get(type).delete(listener);
    }
    return this;
  }

  removeListener(type, listener) {
    return this.off(type, listener);
  }

  removeAllListeners(type) {
    for (const [eventType, byType] of this.#wrapped) {
      if (type !== undefined && eventType !== type) continue;
      for (const wrapper of byType.values()) this.removeEventListener(eventType, wrapper);
      byType.clear();
    }
    return this;
  }

  emit(type, arg) {
    const event = type === 'message' ? makeMessageEvent(arg, this) : new Event(type);
    return this.dispatchEvent(event);
  }

  listenerCount(type) {
    return this.#wrapped.get(type)?.size ?? 0;
  }
}

class MessagePort extends NodeStyleTarget {
  constructor() {
    super();
    if (!creatingPort) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    portState.set(this, { other: null, queue: [], started: false, closed: false, scheduled: false, onmessage: null });
  }

  postMessage(value, transferList) {
    const state = portState.get(this);
    if (state.closed || state.other === null) return;
    const other = portState.get(state.other);
    if (other.closed) return;
    other.queue.push(cloneMessage(value));
    scheduleDelivery(state.other);
  }

  start() {
    const state = portState.get(this);
    state.started = true;
    scheduleDelivery(this);
  }

  close() {
    const state = portState.get(this);
    if (state.closed) return;
    state.closed = true;
    const other = state.other;
    state.other = null;
    setImmediate(() => this.dispatchEvent(new Event('close')));
    if (other !== null) other.close();
  }

  ref() {}

  unref() {}

  hasRef() {
    return false;
  }

  get onmessage() {
    return portState.get(this).onmessage;
  }

  set onmessage(handler) {
    const state = portState.get(this);
    if (state.onmessage) this.removeEventListener('message', state.onmessage);
    state.onmessage = typeof handler === 'function' ? handler : null;
    if (state.onmessage) {
      this.addEventListener('message', state.onmessage);
      this.start();
    }
  }

  addEventListener(type, listener, options) {
    super.addEventListener(type, listener, options);
    if (type === 'message') this.start();
  }
}

let creatingPort = false;
function newPort() {
  creatingPort = true;
  try {
    return new MessagePort();
  } finally {
    creatingPort = false;
  }
}

function scheduleDelivery(port) {
  const state = portState.get(port);
  if (!state.started || state.scheduled || state.queue.length === 0) return;
  state.scheduled = true;
  setImmediate(() => {
    state.scheduled = false;
    while (state.started && !state.closed && state.queue.length > 0) {
      port.dispatchEvent(makeMessageEvent(state.queue.shift(), port));
    }
  });
}

class MessageChannel {
  constructor() {
    this.port1 = newPort();
    this.port2 = newPort();
    portState.get(this.port1).other = this.port2;
    portState.get(this.port2).other = this.port1;
  }
}

function receiveMessageOnPort(port) {
  const state = portState.get(port);
  if (state === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (state.queue.length === 0) return undefined;
  return { message: state.queue.shift() };
}

const channels = new Map();
class BroadcastChannel extends NodeStyleTarget {
  #name;
  #closed = false;
  #onmessage = null;

  constructor(name) {
    super();
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    this.#name = `${name}`;
    let members = channels.get(this.#name);
    if (members === undefined) {
      members = new Set();
      channels.set(this.#name, members);
    }
    members.add(this);
  }

  get name() {
    return this.#name;
  }

  get onmessage() {
    return this.#onmessage;
  }

  set onmessage(handler) {
    if (this.#onmessage) this.removeEventListener('message', this.#onmessage);
    this.#onmessage = typeof handler === 'function' ? handler : null;
    if (this.#onmessage) this.addEventListener('message', this.#onmessage);
  }

  postMessage(message) {
    if (this.#closed) {
      const { DOMException } = globalThis;
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    for (const member of channels.get(this.#name)) {
      if (member === this) continue;
      const data = cloneMessage(message);
      setImmediate(() => {
        if (!member.#closed) member.dispatchEvent(makeMessageEvent(data, member));
      });
    }
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    channels.get(this.#name)?.delete(this);
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }
}

class Worker extends NodeStyleTarget {
  constructor() {
    super();
    throw accessDenied('worker_threads.Worker', 'WorkerThreads', Worker);
  }
}

const environmentData = new Map();

// An in-session Web Locks manager (navigator.locks semantics, simplified).
class LockManager {
  #held = [];
  #pending = [];

  request(name, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    name = `${name}`;
    const mode = options?.mode ?? 'exclusive';
    return new Promise((resolve, reject) => {
      const request = { name, mode, callback, resolve, reject, ifAvailable: options?.ifAvailable === true };
      if (options?.signal?.aborted) {
        reject(options.signal.reason);
        return;
      }
      if (this.#grantable(request)) {
        this.#grant(request);
      } else if (request.ifAvailable) {
        this.#run(request, null);
      } else {
        this.#pending.push(request);
      }
    });
  }

  query() {
    const describe = (r) => ({ name: r.name, mode: r.mode, clientId: 'corral' });
    return Promise.resolve({ held: this.#held.map(describe), pending: this.#pending.map(describe) });
  }

  #grantable(request) {
    const holders = this.#held.filter((h) => h.name === request.name);
    if (holders.length === 0) return !this.#pending.some((p) => p.name === request.name && p !== request);
    return request.mode === 'shared' && holders.every((h) => h.mode === 'shared');
  }

  #grant(request) {
    this.#held.push(request);
    this.#run(request, { name: request.name, mode: request.mode });
  }

  #run(request, lock) {
    let result;
    try {
      result = Promise.resolve(request.callback(lock));
    } catch (err) {
      result = Promise.reject(err);
    }
    result.then(request.resolve, request.reject).finally(() => {
      if (lock === null) return;
      this.#held.splice(this.#held.indexOf(request), 1);
      this.#drain();
    });
  }

  #drain() {
    for (let i = 0; i < this.#pending.length;) {
      const request = this.#pending[i];
      const holders = this.#held.filter((h) => h.name === request.name);
      const blockedEarlier = this.#pending.slice(0, i).some((p) => p.name === request.name);
      const ok = !blockedEarlier &&
        (holders.length === 0 || (request.mode === 'shared' && holders.every((h) => h.mode === 'shared')));
      if (ok) {
        this.#pending.splice(i, 1);
        this.#grant(request);
      } else {
        i++;
      }
    }
  }
}

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUncloneable() {},
  markAsUntransferable() {},
  isMarkedAsUntransferable() {
    return false;
  },
  moveMessagePortToContext: refusedFunction('worker_threads.moveMessagePortToContext', 'WorkerThreads'),
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread: refusedFunction('worker_threads.postMessageToThread', 'WorkerThreads'),
  threadId: 0,
  threadName: 'main',
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
  locks: new LockManager(),
};
