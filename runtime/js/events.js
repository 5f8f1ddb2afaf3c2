'use strict';

// The `events` builtin: EventEmitter plus the static helpers Node exposes
// next to it (once, on, getEventListeners, setMaxListeners, ...).
//
// Internal state lives in the same plain fields Node uses (`_events`,
// `_eventsCount`, `_maxListeners`) because many npm packages read or write
// them directly.  `_events` maps an event name either to a single listener
// function or to an array of listeners (when there are two or more).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

// `internal/inspect` and `internal/event_target` are only needed on rare
// paths (error formatting, EventTarget interop) and event_target itself
// depends on this module, so both are loaded on first use.
let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/inspect');
  return inspectModule.inspect;
}
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) {
    eventTargetModule = require('internal/event_target');
  }
  return eventTargetModule;
}

// Explicit resource management symbols: use the engine's when it has them,
// otherwise install stand-ins so that `using`-style code and our disposables
// agree on one symbol.
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', {
    __proto__: null, value: Symbol('Symbol.dispose'),
    writable: false, enumerable: false, configurable: false,
  });
}
if (typeof Symbol.asyncDispose !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncDispose', {
    __proto__: null, value: Symbol('Symbol.asyncDispose'),
    writable: false, enumerable: false, configurable: false,
  });
}
const SymbolDispose = Symbol.dispose;

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned =
  Symbol('events.maxEventTargetListenersWarned');

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

let defaultMaxListeners = 10;

function emitProcessWarning(warning) {
  const proc = globalThis.process;
  if (proc != null && typeof proc.emitWarning === 'function') {
    proc.emitWarning(warning);
  }
}

function enqueueMicrotask(fn) {
  if (typeof queueMicrotask === 'function') {
    queueMicrotask(fn);
  } else {
    Promise.resolve().then(fn);
  }
}

function deferCall(fn, ...args) {
  const proc = globalThis.process;
  if (proc != null && typeof proc.nextTick === 'function') {
    proc.nextTick(fn, ...args);
  } else {
    enqueueMicrotask(() => fn(...args));
  }
}

function checkMaxListenersArg(n, name) {
  validateNumber(n, name, 0);
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function isEventTarget(obj) {
  return lazyEventTarget().isEventTarget(obj);
}

// ---------------------------------------------------------------------------
// Constructor

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function init(opts) {
  // Objects whose `_events` was prepared before init ran (the pattern
  // stream classes use) keep their table and switch to "shape mode", in
  // which removed entries are set to undefined rather than deleted.
  const proto = Object.getPrototypeOf(this);
  if (this._events === undefined ||
      (proto !== null && this._events === proto._events)) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Picks up EventEmitter.captureRejections at construction time.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function getMaxListenersOf(emitter) {
  const n = emitter._maxListeners;
  return n === undefined ? defaultMaxListeners : n;
}

// ---------------------------------------------------------------------------
// Prototype methods (assigned, so they are enumerable exactly as in Node).

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListenersArg(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

function throwUnhandledError(args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    // Throw the very object that was emitted.
    throw er;
  }
  let described;
  try {
    described = lazyInspect()(er);
  } catch {
    described = er;
  }
  const err = new ERR_UNHANDLED_ERROR(described);
  err.context = er;
  throw err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let unhandledError = type === 'error';

  if (events !== undefined) {
    if (unhandledError && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    unhandledError = unhandledError && events.error === undefined;
  } else if (!unhandledError) {
    return false;
  }

  if (unhandledError) throwUnhandledError(args);

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) {
      watchResult(this, result, type, args);
    }
  } else {
    // Iterate over a copy: listeners added or removed while emitting only
    // take effect for the next emit.
    const list = handler.slice();
    for (let i = 0; i < list.length; i++) {
      const result = Reflect.apply(list[i], this, args);
      if (result !== undefined && result !== null) {
        watchResult(this, result, type, args);
      }
    }
  }
  return true;
};

// captureRejections: a listener that returns a rejected thenable gets the
// rejection routed to `Symbol.for('nodejs.rejection')` or to 'error'.
function watchResult(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = result.then;
    if (typeof then === 'function') {
      Reflect.apply(then, result, [undefined, function(err) {
        deferCall(routeRejection, emitter, err, type, args);
      }]);
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function routeRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Turn capturing off while emitting 'error' so that a rejecting 'error'
  // handler cannot loop forever.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

function describeForWarning(target) {
  try {
    const text = lazyInspect()(target, { depth: -1 });
    if (typeof text === 'string') return text;
  } catch {
    // fall through
  }
  const ctor = target?.constructor;
  return `[${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}]`;
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' handler may have replaced the table.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const max = getMaxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    const warning = new Error(
      'Possible EventEmitter memory leak detected. ' +
      `${existing.length} ${String(type)} listeners ` +
      `added to ${describeForWarning(target)}. ` +
      `MaxListeners is ${max}. ` +
      'Use emitter.setMaxListeners() to increase limit');
    warning.name = 'MaxListenersExceededWarning';
    warning.emitter = target;
    warning.type = type;
    warning.count = existing.length;
    emitProcessWarning(warning);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener =
  function prependListener(type, listener) {
    return addListenerImpl(this, type, listener, true);
  };

// The once-wrapper is a bound function whose `this` is a small state record;
// `.listener` points at the user's function so it can be found for removal.
function onceWrapper() {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  if (arguments.length === 0) return this.listener.call(this.target);
  return Reflect.apply(this.listener, this.target, arguments);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener =
  function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, wrapOnce(this, type, listener));
    return this;
  };

EventEmitter.prototype.removeListener =
  function removeListener(type, listener) {
    checkListener(listener);

    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
        if (events.removeListener) {
          this.emit('removeListener', type, list.listener || listener);
        }
      }
      return this;
    }

    if (typeof list === 'function') return this;

    // Remove the most recently added matching entry.
    let index = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        index = i;
        break;
      }
    }
    if (index < 0) return this;

    if (index === 0) {
      list.shift();
    } else {
      list.splice(index, 1);
    }
    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
    return this;
  };

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners =
  function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;

    // Fast path: nobody listens for 'removeListener'.
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
        this[kShapeMode] = false;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) {
          this._events = { __proto__: null };
        } else {
          delete events[type];
        }
      }
      return this;
    }

    if (arguments.length === 0) {
      for (const key of Reflect.ownKeys(events)) {
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }

    const listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      // Last in, first out.
      for (let i = listeners.length - 1; i >= 0; i--) {
        this.removeListener(type, listeners[i]);
      }
    }
    return this;
  };

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const entry = events[type];
  if (entry === undefined) return [];
  if (typeof entry === 'function') {
    return unwrap ? [entry.listener || entry] : [entry];
  }
  if (!unwrap) return entry.slice();
  const out = new Array(entry.length);
  for (let i = 0; i < entry.length; i++) {
    const inner = entry[i].listener;
    out[i] = typeof inner === 'function' ? inner : entry[i];
  }
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const entry = events[type];
  if (typeof entry === 'function') {
    if (listener != null) {
      return listener === entry || listener === entry.listener ? 1 : 0;
    }
    return 1;
  }
  if (entry === undefined) return 0;
  if (listener == null) return entry.length;
  let matches = 0;
  for (let i = 0; i < entry.length; i++) {
    if (entry[i] === listener || entry[i].listener === listener) matches++;
  }
  return matches;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const names = Reflect.ownKeys(this._events);
  // In shape mode the table holds prepared names whose entry is undefined.
  return this[kShapeMode] ? names.filter((name) => this._events[name] !== undefined) : names;
};

// ---------------------------------------------------------------------------
// Static properties

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListenersArg(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return Reflect.apply(listenerCount, emitter, [type]);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE(
    'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE(
    'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// Listen on either an EventEmitter-like (on/once/removeListener) or an
// EventTarget-like (addEventListener/removeEventListener) object.
function agnosticAdd(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) {
      emitter.once(name, listener);
    } else {
      emitter.on(name, listener);
    }
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemove(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function internalListenerFlags(once) {
  const flags = { __proto__: null, once };
  // Listeners installed by these helpers must still run when user code
  // calls stopImmediatePropagation() on the event.
  flags[lazyEventTarget().kResistStopPropagation] = true;
  return flags;
}

async function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  return new Promise((resolve, reject) => {
    const flags = { __proto__: null, once: true };
    let abortFlags;

    const onError = (err) => {
      agnosticRemove(emitter, name, onEvent);
      if (signal != null) {
        agnosticRemove(signal, 'abort', onAbort, abortFlags);
      }
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', onError);
      }
      if (signal != null) {
        agnosticRemove(signal, 'abort', onAbort, abortFlags);
      }
      resolve(args);
    };
    function onAbort() {
      agnosticRemove(emitter, name, onEvent);
      agnosticRemove(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }

    if (typeof emitter.on !== 'function' &&
        typeof emitter.addEventListener === 'function') {
      flags[lazyEventTarget().kResistStopPropagation] = true;
    }
    agnosticAdd(emitter, name, onEvent, flags);
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTargets have no 'error' convention; only emitters get this.
      emitter.once('error', onError);
    }
    if (signal != null) {
      abortFlags = internalListenerFlags(true);
      agnosticAdd(signal, 'abort', onAbort, abortFlags);
    }
  });
}

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = {}) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  const highWatermark = options?.highWaterMark ?? options?.highWatermark ??
    Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options?.lowWaterMark ?? options?.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const queuedEvents = [];   // events nobody has asked for yet
  let queueHead = 0;
  const waiting = [];        // pending next() calls: { resolve, reject }
  let waitingHead = 0;
  let pendingError = null;
  let finished = false;
  let paused = false;
  const cleanups = [];

  const queuedCount = () => queuedEvents.length - queueHead;
  const waitingCount = () => waiting.length - waitingHead;
  function takeEvent() {
    const value = queuedEvents[queueHead];
    queuedEvents[queueHead++] = undefined;
    if (queueHead > 1024 && queueHead * 2 >= queuedEvents.length) {
      queuedEvents.splice(0, queueHead);
      queueHead = 0;
    }
    return value;
  }
  function takeWaiter() {
    const waiter = waiting[waitingHead];
    waiting[waitingHead++] = undefined;
    if (waitingHead === waiting.length) {
      waiting.length = 0;
      waitingHead = 0;
    }
    return waiter;
  }

  function pushEvent(value) {
    if (waitingCount() > 0) {
      takeWaiter().resolve(iterResult(value, false));
      return;
    }
    queuedEvents.push(value);
    if (!paused && queuedCount() > highWatermark) {
      paused = true;
      if (typeof emitter.pause === 'function') emitter.pause();
    }
  }

  function onError(err) {
    if (waitingCount() > 0) {
      takeWaiter().reject(err);
    } else {
      pendingError = err;
    }
    closeIterator();
  }

  function closeIterator() {
    for (let i = 0; i < cleanups.length; i++) cleanups[i]();
    cleanups.length = 0;
    finished = true;
    const done = iterResult(undefined, true);
    while (waitingCount() > 0) takeWaiter().resolve(done);
    return Promise.resolve(done);
  }

  function listen(target, name, fn) {
    agnosticAdd(target, name, fn);
    cleanups.push(() => agnosticRemove(target, name, fn));
  }

  listen(emitter, event, function(...args) { pushEvent(args); });
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(emitter, 'error', onError);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      listen(emitter, closeEvents[i], closeIterator);
    }
  }
  if (signal) {
    const disposable = addAbortListener(signal, () => {
      onError(new AbortError(undefined, { cause: signal?.reason }));
    });
    cleanups.push(() => disposable[SymbolDispose]());
  }

  const iterator = {
    next() {
      if (queuedCount() > 0) {
        const value = takeEvent();
        if (paused && queuedCount() < lowWatermark) {
          paused = false;
          if (typeof emitter.resume === 'function') emitter.resume();
        }
        return Promise.resolve(iterResult(value, false));
      }
      if (pendingError) {
        const p = Promise.reject(pendingError);
        pendingError = null;
        return p;
      }
      if (finished) return closeIterator();
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
    },
    return() {
      return closeIterator();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE(
          'EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() {
        return queuedCount();
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  };
  Object.setPrototypeOf(iterator, AsyncIteratorPrototype);
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let remove;
  if (signal.aborted) {
    enqueueMicrotask(() => listener());
  } else {
    const flags = internalListenerFlags(true);
    signal.addEventListener('abort', listener, flags);
    remove = () => {
      signal.removeEventListener('abort', listener, flags);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      if (remove !== undefined) {
        const fn = remove;
        remove = undefined;
        fn();
      }
    },
  };
}

// Export shape matches Node: the constructor is the module, with the helpers
// hung off it (in the same order, so Object.keys() agrees).
module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
// Loaded on first use (it needs async_hooks).
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: function lazyEventEmitterAsyncResource() {
    return require('internal/event_emitter_async_resource');
  },
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperties(EventEmitter, {
  defaultMaxListeners: {
    __proto__: null,
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      checkMaxListenersArg(value, 'defaultMaxListeners');
      defaultMaxListeners = value;
    },
    enumerable: true,
    configurable: false,
  },
  kMaxEventTargetListeners: {
    __proto__: null,
    value: kMaxEventTargetListeners,
    enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null,
    value: kMaxEventTargetListenersWarned,
    enumerable: false, configurable: false, writable: false,
  },
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;
