'use strict';
// NodeEventTarget: an EventTarget that also speaks EventEmitter (on, once, off,
// emit, ...), as Node's MessagePort does. Listeners added with on()/once() are
// "node-style": they receive the event's node value — the message for a
// MessagePort's 'message', the argument given to emit() — while DOM listeners
// receive the Event object.

const { EventTarget, CustomEvent, getEventTargetListeners } = require('internal/event_target');
const EventEmitter = require('events');
const { kMaxEventTargetListeners } = EventEmitter;
const { validateFunction, validateNumber } = require('internal/validators');

// Method of a subclass making the Event DOM listeners receive for emit(type, arg).
const kCreateEvent = Symbol('kCreateEvent');

// Event -> the value node-style listeners receive for it.
const nodeValues = new WeakMap();

// Dispatches `event` so that node-style listeners receive `nodeValue`.
function hybridDispatch(target, event, nodeValue) {
  nodeValues.set(event, nodeValue);
  return target.dispatchEvent(event);
}

// target -> type -> listener -> wrapper registered with the EventTarget.
const wrappers = new WeakMap();

function wrapperMap(target, type) {
  let byTarget = wrappers.get(target);
  if (byTarget === undefined) {
    byTarget = new Map();
    wrappers.set(target, byTarget);
  }
  let byType = byTarget.get(type);
  if (byType === undefined) {
    byType = new Map();
    byTarget.set(type, byType);
  }
  return byType;
}

function addNodeStyleListener(target, type, listener, once) {
  validateFunction(listener, 'listener');
  type = String(type);
  const byType = wrapperMap(target, type);
  if (byType.has(listener)) return;
  const wrapper = function (event) {
    if (once) byType.delete(listener);
    const value = nodeValues.has(event) ? nodeValues.get(event) : event;
    return Reflect.apply(listener, this, [value]);
  };
  byType.set(listener, wrapper);
  target.addEventListener(type, wrapper, { once });
}

class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    validateNumber(n, 'n', 0);
    this[kMaxEventTargetListeners] = n;
  }

  getMaxListeners() {
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    const names = [];
    for (const type of wrappers.get(this)?.keys() ?? []) {
      if (getEventTargetListeners(this, type).length > 0) names.push(type);
    }
    return names;
  }

  listenerCount(type) {
    return getEventTargetListeners(this, type).length;
  }

  on(type, listener) {
    addNodeStyleListener(this, type, listener, false);
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  once(type, listener) {
    addNodeStyleListener(this, type, listener, true);
    return this;
  }

  off(type, listener) {
    type = String(type);
    const byType = wrappers.get(this)?.get(type);
    const wrapper = byType?.get(listener);
    if (wrapper !== undefined) {
      byType.delete(listener);
      this.removeEventListener(type, wrapper);
    } else {
      this.removeEventListener(type, listener);
    }
    return this;
  }

  removeListener(type, listener) {
    return this.off(type, listener);
  }

  removeAllListeners(type) {
    const byTarget = wrappers.get(this);
    if (byTarget === undefined) return this;
    for (const [eventType, byType] of byTarget) {
      if (type !== undefined && eventType !== String(type)) continue;
      for (const wrapper of byType.values()) this.removeEventListener(eventType, wrapper);
      byType.clear();
    }
    return this;
  }

  emit(type, arg) {
    type = String(type);
    const hadListeners = this.listenerCount(type) > 0;
    hybridDispatch(this, this[kCreateEvent](type, arg), arg);
    return hadListeners;
  }

  [kCreateEvent](type, arg) {
    return new CustomEvent(type, { detail: arg });
  }
}

module.exports = { NodeEventTarget, hybridDispatch, kCreateEvent };
