'use strict';

// Node's `worker_threads`. A session is the main thread and cannot start
// workers (new Worker() throws ERR_ACCESS_DENIED). MessageChannel,
// MessagePort and BroadcastChannel work within the session
// (internal/worker/*.js): messages are cloned with their transfer lists and
// delivered in a later macrotask. `locks` is an in-session Web Locks manager.

const { accessDenied, refusedFunction } = require('internal/refused');
const EventEmitter = require('events');
const { MessagePort, MessageChannel, receiveMessageOnPort, moveMessagePortToContext } =
  require('internal/worker/message_port');
const { BroadcastChannel } = require('internal/worker/broadcast_channel');
const { MARK_UNCLONEABLE, MARK_UNTRANSFERABLE, hasMark, setMark } = require('internal/worker/clone');

class Worker extends EventEmitter {
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
  markAsUncloneable(value) {
    setMark(value, MARK_UNCLONEABLE);
  },
  markAsUntransferable(value) {
    setMark(value, MARK_UNTRANSFERABLE);
  },
  isMarkedAsUntransferable(value) {
    return hasMark(value, MARK_UNTRANSFERABLE);
  },
  moveMessagePortToContext,
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
