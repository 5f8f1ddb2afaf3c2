'use strict';
// BroadcastChannel inside one session: every open channel with the same name
// receives a clone of each message posted on another one, delivered in the poll
// phase like MessagePort messages. A channel with a 'message' listener keeps the
// loop alive until it is closed or unref()'d.

const { EventTarget, defineEventHandler, kNewListener, kRemoveListener } = require('internal/event_target');
const { MessageEvent } = require('internal/worker/message_event');
const { cloneWithTransfer } = require('internal/worker/clone');
const { queueCompletion } = require('internal/completions');
const { counters, REFED_HANDLES } = require('internal/loop_state');
const { codes } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// name -> Set of open channels.
const channelsByName = new Map();

let isBroadcastChannel;
let deliver;

class BroadcastChannel extends EventTarget {
  #name;
  #closed = false;
  #refed = false;
  #counted = false;
  #listening = false;

  static {
    isBroadcastChannel = (value) => value !== null && typeof value === 'object' && #name in value;
  }

  constructor(name) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    super();
    this.#name = `${name}`;
    let members = channelsByName.get(this.#name);
    if (members === undefined) {
      members = new Set();
      channelsByName.set(this.#name, members);
    }
    members.add(this);
  }

  get name() {
    if (!isBroadcastChannel(this)) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    return this.#name;
  }

  close() {
    if (!isBroadcastChannel(this)) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    if (this.#closed) return;
    this.#closed = true;
    const members = channelsByName.get(this.#name);
    members.delete(this);
    if (members.size === 0) channelsByName.delete(this.#name);
    this.#updateRef();
  }

  postMessage(message) {
    if (!isBroadcastChannel(this)) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
    if (this.#closed) throw new globalThis.DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    for (const member of channelsByName.get(this.#name)) {
      if (member === this) continue;
      const { value } = cloneWithTransfer(message);
      queueCompletion(deliver, member, value);
    }
  }

  ref() {
    if (!isBroadcastChannel(this)) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    this.#refed = true;
    this.#updateRef();
    return this;
  }

  unref() {
    if (!isBroadcastChannel(this)) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    this.#refed = false;
    this.#updateRef();
    return this;
  }

  #updateRef() {
    const holds = this.#refed && this.#listening && !this.#closed;
    if (holds !== this.#counted) {
      this.#counted = holds;
      counters[REFED_HANDLES] += holds ? 1 : -1;
    }
  }

  static #deliver(channel, data) {
    if (!channel.#closed) channel.dispatchEvent(new MessageEvent('message', { data }));
  }

  static {
    deliver = (channel, data) => BroadcastChannel.#deliver(channel, data);
  }

  [kNewListener](size, type, ...rest) {
    super[kNewListener](size, type, ...rest);
    if (type === 'message' && size === 1) {
      this.#listening = true;
      this.#refed = true;
      this.#updateRef();
    }
  }

  [kRemoveListener](size, type, ...rest) {
    super[kRemoveListener](size, type, ...rest);
    if (type === 'message' && size === 0) {
      this.#listening = false;
      this.#updateRef();
    }
  }

  [customInspect](depth, options, inspect) {
    if (!isBroadcastChannel(this)) throw new codes.ERR_INVALID_THIS('BroadcastChannel');
    if (depth < 0) return 'BroadcastChannel';
    const fields = { name: this.#name, active: !this.#closed };
    return `BroadcastChannel ${inspect(fields, options)}`;
  }
}

defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
for (const name of ['name', 'close', 'postMessage', 'ref', 'unref']) {
  Object.defineProperty(BroadcastChannel.prototype, name, {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, name),
    enumerable: true,
  });
}
Object.defineProperty(BroadcastChannel.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'BroadcastChannel', writable: false, enumerable: false, configurable: true,
});

module.exports = { BroadcastChannel };
