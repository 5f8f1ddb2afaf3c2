'use strict';

// WHATWG DOM events for a target-only world (no tree, so no capture or
// bubble path): Event, CustomEvent and EventTarget.
//
// Where Node's implementation and the DOM standard disagree we follow the
// standard: listeners added during a dispatch are not called by that
// dispatch, every listener of a dispatch sees eventPhase AT_TARGET and the
// right currentTarget, preventDefault() does nothing inside a passive
// listener, and the stop-propagation flags are cleared when a dispatch ends.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
  codes: errorCodes,
} = require('internal/errors');
const { markEnumerable } = require('internal/util/properties');
const { validateAbortSignal } = require('internal/validators');

const EventEmitter = require('events');
const {
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
} = EventEmitter;

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/inspect');
  return inspectModule.inspect;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Option keys understood by addEventListener() for internal callers.
const kResistStopPropagation = Symbol('kResistStopPropagation');
// Event init key marking an event as trusted (dispatched by the runtime).
const kTrustEvent = Symbol('kTrustEvent');
// Symbol-named hooks EventTarget calls when its listener count changes;
// subclasses (AbortSignal) may override them.
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

function now() {
  const perf = globalThis.performance;
  if (perf != null && typeof perf.now === 'function') return perf.now();
  return 0;
}

function emitProcessWarning(warning) {
  const proc = globalThis.process;
  if (proc != null && typeof proc.emitWarning === 'function') {
    proc.emitWarning(warning);
  }
}

function makeEventRecursionError(type) {
  const Ctor = errorCodes.ERR_EVENT_RECURSION;
  if (typeof Ctor === 'function') return new Ctor(type);
  const err = new Error(`The event "${type}" is already being dispatched`);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: 'ERR_EVENT_RECURSION',
    writable: true, enumerable: true, configurable: true,
  });
  return err;
}

// Listener exceptions are reported, never thrown out of dispatchEvent().
// Embedders may replace `exports.onListenerError`.
function defaultOnListenerError(err) {
  if (typeof queueMicrotask === 'function') {
    queueMicrotask(() => { throw err; });
  } else {
    // Without queueMicrotask, at least surface it as an unhandled rejection.
    Promise.resolve().then(() => { throw err; });
  }
}

function reportError(err) {
  const hook = module.exports.onListenerError;
  if (typeof hook === 'function') {
    hook(err);
  } else {
    defaultOnListenerError(err);
  }
}

// A listener returning a rejected promise (async listener) reports the
// rejection the same way a thrown exception is reported.
function watchListenerResult(result) {
  let then;
  try {
    then = result.then;
  } catch {
    return;
  }
  if (typeof then === 'function') {
    Reflect.apply(then, result, [undefined, (err) => reportError(err)]);
  }
}

function toDOMString(value) {
  if (typeof value === 'symbol') {
    throw new ERR_INVALID_ARG_VALUE('value', value);
  }
  return `${value}`;
}


function setToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag,
    writable: false, enumerable: false, configurable: true,
  });
}

// Shared body of the custom inspect functions: `Name { ...fields }`, or
// just the name when depth is exhausted.
function inspectWithFields(self, fields, depth, options, inspect) {
  const name = self.constructor?.name ?? 'Object';
  if (depth < 0) return name;
  const opts = { ...options };
  if (Number.isInteger(options?.depth)) opts.depth = options.depth - 1;
  const fn = typeof inspect === 'function' ? inspect : lazyInspect();
  return `${name} ${fn(fields, opts)}`;
}

// ---------------------------------------------------------------------------
// Event

// Functions with access to Event's private state, filled in by the class's
// static block; used by EventTarget during dispatch.
let isEvent;
let beginDispatch;
let endDispatch;
let setPassive;
let immediateStopped;
let isDispatching;

class Event {
  #type = '';
  #bubbles = false;
  #cancelable = false;
  #composed = false;
  #canceled = false;
  #stopPropagation = false;
  #stopImmediatePropagation = false;
  #inPassiveListener = false;
  #dispatching = false;
  #target = null;
  #currentTarget = null;
  #trusted = false;
  #timeStamp = 0;

  static {
    isEvent = (value) => value != null && typeof value === 'object' &&
      #type in value;
    beginDispatch = (event, target) => {
      event.#target = target;
      event.#currentTarget = target;
      event.#dispatching = true;
    };
    endDispatch = (event) => {
      event.#currentTarget = null;
      event.#dispatching = false;
      event.#inPassiveListener = false;
      event.#stopPropagation = false;
      event.#stopImmediatePropagation = false;
    };
    setPassive = (event, passive) => { event.#inPassiveListener = passive; };
    immediateStopped = (event) => event.#stopImmediatePropagation;
    isDispatching = (event) => event.#dispatching;
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null && options !== undefined &&
        typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const bubbles = options?.bubbles;
    const cancelable = options?.cancelable;
    const composed = options?.composed;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
    this.#composed = !!composed;
    this.#trusted = options?.[kTrustEvent] === true;
    this.#timeStamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#stopPropagation = false;
    this.#stopImmediatePropagation = false;
    this.#canceled = false;
    this.#trusted = false;
    this.#target = null;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return inspectWithFields(this, {
      type: this.#type,
      defaultPrevented: this.#canceled,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, depth, options, inspect);
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#stopPropagation = true;
    this.#stopImmediatePropagation = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this.#cancelable && !this.#inPassiveListener) this.#canceled = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#currentTarget;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#type;
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#canceled;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timeStamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? [this.#currentTarget] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#canceled);
  }

  set returnValue(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (!value) this.preventDefault();
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? AT_TARGET : NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#stopPropagation;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#stopPropagation = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#stopPropagation = true;
  }

  get isTrusted() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#trusted;
  }

  static NONE = NONE;
  static CAPTURING_PHASE = CAPTURING_PHASE;
  static AT_TARGET = AT_TARGET;
  static BUBBLING_PHASE = BUBBLING_PHASE;
}

for (const [name, value] of [['NONE', NONE],
                             ['CAPTURING_PHASE', CAPTURING_PHASE],
                             ['AT_TARGET', AT_TARGET],
                             ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, name, {
    __proto__: null, value, writable: false, enumerable: true,
    configurable: false,
  });
}

markEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented',
  'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted',
]);
setToStringTag(Event.prototype, 'Event');

// ---------------------------------------------------------------------------
// CustomEvent

let isCustomEvent;

class CustomEvent extends Event {
  #detail = null;

  static {
    isCustomEvent = (value) => value != null && typeof value === 'object' &&
      #detail in value;
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

markEnumerable(CustomEvent.prototype, ['detail']);
setToStringTag(CustomEvent.prototype, 'CustomEvent');

// ---------------------------------------------------------------------------
// EventTarget

function normalizeListenerOptions(options) {
  if (typeof options === 'boolean') {
    return { capture: options, once: false, passive: false,
             signal: undefined, resist: false };
  }
  if (options === null || options === undefined) {
    return { capture: false, once: false, passive: false,
             signal: undefined, resist: false };
  }
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resist: Boolean(options[kResistStopPropagation]),
  };
}

function captureOption(options) {
  if (typeof options === 'boolean') return options;
  if (options === null || options === undefined) return false;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  return Boolean(options.capture);
}

// true: usable listener; false: null/undefined (ignored, with a warning on
// add); anything else that is not an object throws.
function checkEventListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener === null || listener === undefined) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

const signalCleanup = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((detach) => detach()) : undefined;

function makeWeakRef(value) {
  return typeof WeakRef === 'function' ?
    new WeakRef(value) : { deref: () => value };
}

let isEventTarget;
let listenerRecords;
let deleteRecords;
let eventHandlerSlots;

class EventTarget {
  // type -> array of listener records, in registration order.  A dispatch
  // iterates over a copy, so listeners added meanwhile are not called by it
  // and removed ones are skipped through their `removed` flag.
  #listeners = new Map();
  // type -> record of an `on<type>` event handler attribute.
  #handlers = undefined;

  static {
    isEventTarget = (value) => value != null &&
      (typeof value === 'object' || typeof value === 'function') &&
      #listeners in value;
    listenerRecords = (target, type) => target.#listeners.get(type);
    deleteRecords = (target, type) => target.#listeners.delete(type);
    eventHandlerSlots = (target) => (target.#handlers ??= new Map());
  }

  constructor() {
    Object.defineProperty(this, kMaxEventTargetListeners, {
      __proto__: null, value: EventEmitter.defaultMaxListeners,
      writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(this, kMaxEventTargetListenersWarned, {
      __proto__: null, value: false,
      writable: true, enumerable: false, configurable: true,
    });
  }

  [kNewListener](size, type) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      let described;
      try {
        described = lazyInspect()(this, { depth: -1 });
      } catch {
        described = this.constructor?.name;
      }
      const warning = new Error(
        'Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${described}. ` +
        `MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      emitProcessWarning(warning);
    }
  }

  [kRemoveListener](size, type) {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    const opts = normalizeListenerOptions(options);
    const signal = opts.signal;
    validateAbortSignal(signal, 'options.signal');

    if (!checkEventListener(listener)) {
      // The DOM ignores this silently; say something, as Node does.
      const warning = new Error(
        `addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      emitProcessWarning(warning);
      return;
    }
    type = toDOMString(type);

    if (signal?.aborted) return;

    const list = this.#listeners.get(type);
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        if (list[i].listener === listener && list[i].capture === opts.capture) {
          return;
        }
      }
    }

    const record = {
      listener,
      capture: opts.capture,
      once: opts.once,
      passive: opts.passive,
      resist: opts.resist,
      removed: false,
      detachSignal: undefined,
    };
    let size;
    if (list === undefined) {
      this.#listeners.set(type, [record]);
      size = 1;
    } else {
      size = list.push(record);
    }

    if (signal != null) {
      // The signal must not keep the target alive (so nothing in these
      // closures may capture `this`).
      const targetRef = makeWeakRef(this);
      const onAbort = () => {
        record.detachSignal = undefined;
        signalCleanup?.unregister(record);
        const target = targetRef.deref();
        if (target !== undefined) removeRecord(target, type, record);
      };
      const flags = { __proto__: null, once: true };
      flags[kResistStopPropagation] = true;
      signal.addEventListener('abort', onAbort, flags);
      const detach = () => {
        signal.removeEventListener('abort', onAbort, flags);
      };
      record.detachSignal = detach;
      // If the target is collected first, drop the signal's listener too.
      signalCleanup?.register(this, detach, record);
    }

    this[kNewListener](size, type, listener, opts.once, opts.capture,
                       opts.passive);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const capture = captureOption(options);
    if (!checkEventListener(listener)) return;
    type = toDOMString(type);

    const list = this.#listeners.get(type);
    if (list === undefined) return;
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      if (record.listener === listener && record.capture === capture) {
        removeRecord(this, type, record);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) {
      throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    }
    if (isDispatching(event)) throw makeEventRecursionError(event.type);

    const type = event.type;
    beginDispatch(event, this);
    try {
      const current = this.#listeners.get(type);
      if (current !== undefined) {
        const list = current.slice();
        for (let i = 0; i < list.length; i++) {
          const record = list[i];
          if (record.removed) continue;
          if (immediateStopped(event) && !record.resist) continue;
          if (record.once) removeRecord(this, type, record);
          invokeListener(this, record, event);
        }
      }
    } finally {
      endDispatch(event);
    }
    return !event.defaultPrevented;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return inspectWithFields(this, {}, depth, options, inspect);
  }
}

function removeRecord(target, type, record) {
  if (record.removed) return;
  record.removed = true;
  const list = listenerRecords(target, type);
  const index = list === undefined ? -1 : list.indexOf(record);
  if (index !== -1) {
    list.splice(index, 1);
    if (list.length === 0) deleteRecords(target, type);
    target[kRemoveListener](list.length, type, record.listener,
                            record.capture);
  }
  const detach = record.detachSignal;
  if (detach !== undefined) {
    record.detachSignal = undefined;
    signalCleanup?.unregister(record);
    detach();
  }
}

function invokeListener(target, record, event) {
  const listener = record.listener;
  setPassive(event, record.passive);
  try {
    let result;
    if (typeof listener === 'function') {
      result = Reflect.apply(listener, target, [event]);
    } else {
      // handleEvent is looked up at dispatch time; a missing one is
      // ignored (as Node does), a non-callable one is reported.
      const handleEvent = listener.handleEvent;
      if (handleEvent) {
        result = Reflect.apply(handleEvent, listener, [event]);
      }
    }
    if (result !== undefined && result !== null) watchListenerResult(result);
  } catch (err) {
    reportError(err);
  } finally {
    setPassive(event, false);
  }
}

markEnumerable(EventTarget.prototype, [
  'addEventListener', 'removeEventListener', 'dispatchEvent',
]);
setToStringTag(EventTarget.prototype, 'EventTarget');

// The listeners (functions or handleEvent objects) registered for `type`,
// in dispatch order.  Used by events.getEventListeners().
function getEventTargetListeners(target, type) {
  const list = listenerRecords(target, toDOMString(type));
  if (list === undefined) return [];
  return list.map((record) => record.listener);
}

// ---------------------------------------------------------------------------
// `on<event>` handler attributes (e.g. AbortSignal.prototype.onabort).

function defineEventHandler(proto, name, type = name) {
  function get() {
    if (!isEventTarget(this)) {
      throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
    }
    const slot = eventHandlerSlots(this).get(type);
    return slot?.value ?? null;
  }
  function set(value) {
    if (!isEventTarget(this)) {
      throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', this);
    }
    const slots = eventHandlerSlots(this);
    let slot = slots.get(type);
    // Event handlers treat any non-object as null.
    const handler = (typeof value === 'function' ||
                     (typeof value === 'object' && value !== null)) ?
      value : null;
    if (handler === null) {
      if (slot !== undefined) {
        slots.delete(type);
        this.removeEventListener(type, slot.listener);
      }
      return;
    }
    if (slot !== undefined) {
      slot.value = handler;
      return;
    }
    slot = { value: handler, listener: undefined };
    slot.listener = function eventHandler(event) {
      const fn = slot.value;
      if (typeof fn !== 'function') return undefined;
      return Reflect.apply(fn, this, [event]);
    };
    slots.set(type, slot);
    this.addEventListener(type, slot.listener);
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get on${name}` });
  Object.defineProperty(set, 'name', { __proto__: null, value: `set on${name}` });
  Object.defineProperty(proto, `on${name}`, {
    __proto__: null, get, set, enumerable: true, configurable: true,
  });
}

// `onListenerError` may be reassigned by the embedder; reportError() always
// calls the current value.
module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  isEvent,
  isEventTarget,
  getEventTargetListeners,
  defineEventHandler,
  kResistStopPropagation,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  reportError,
  onListenerError: defaultOnListenerError,
};
