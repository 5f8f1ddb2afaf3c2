'use strict';
// MessagePort and MessageChannel inside one session (there are no workers: the
// two ends of a channel live in the same isolate).
//
// postMessage() clones the message at once (internal/worker/clone.js) and queues
// it on the other end. A port that is receiving (start(), or a 'message'
// listener) gets each queued message in its own callback of the poll phase
// (internal/completions.js), so nextTicks and promise jobs run between messages,
// and a port that re-posts from its listener waits for the next loop turn —
// timers and immediates are not starved.
//
// Closing either end closes the channel: postMessage on either end is then a
// no-op, the closed port counts as detached at once (the other end in the next
// check phase), messages already queued are still delivered, and 'close' is
// emitted on both ends in a later check phase. A port keeps the loop
// alive while it is ref'd: adding the first 'message' listener refs and starts it,
// removing the last one unrefs and stops it.

const { NodeEventTarget, hybridDispatch } = require('internal/worker/node_event_target');
const { Event, defineEventHandler, kNewListener, kRemoveListener } = require('internal/event_target');
const { MessageEvent } = require('internal/worker/message_event');
const clone = require('internal/worker/clone');
const { queueCompletion } = require('internal/completions');
const { counters, REFED_HANDLES } = require('internal/loop_state');
const { codes, E } = require('internal/errors');

if (codes.ERR_CONSTRUCT_CALL_INVALID === undefined) {
  E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
}
if (codes.ERR_CLOSED_MESSAGE_PORT === undefined) {
  E('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
}

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// port -> its state:
//   peer       the state of the other end (null once the channel is closed)
//   queue      messages received and not yet delivered: { data, ports }
//   receiving  whether queued messages are dispatched (start())
//   scheduled  deliveries queued in the poll phase
//   closed     close() was called on either end, or the port was transferred
//   active     false once 'close' has been emitted
//   refed      ref() / unref(); `counted` says whether REFED_HANDLES holds it
const states = new WeakMap();

function stateOf(port) {
  const state = states.get(port);
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

function isMessagePort(value) {
  return states.has(value);
}

// Keeps REFED_HANDLES in step with whether the port holds the loop open.
function updateRef(state) {
  const holds = state.refed && !state.closed;
  if (holds !== state.counted) {
    state.counted = holds;
    counters[REFED_HANDLES] += holds ? 1 : -1;
  }
}

function scheduleDeliveries(state) {
  while (state.scheduled < state.queue.length) {
    state.scheduled++;
    queueCompletion(deliverOne, state);
  }
}

function deliverOne(state) {
  state.scheduled--;
  if (!state.receiving || !state.active || state.queue.length === 0) return;
  const { data, ports } = state.queue.shift();
  hybridDispatch(state.port, new MessageEvent('message', { data, ports }), data);
}

function receive(state, message) {
  state.queue.push(message);
  if (state.receiving) scheduleDeliveries(state);
}

function setReceiving(state, receiving) {
  state.receiving = receiving;
  if (receiving) scheduleDeliveries(state);
}

function emitClose(state) {
  state.active = false;
  state.queue.length = 0;
  hybridDispatch(state.port, new Event('close'), undefined);
}

// Closes one end: it counts as detached from now on and emits 'close' later.
function closeEnd(state) {
  if (state.closed) return;
  state.closed = true;
  state.peer = null;
  updateRef(state);
  setImmediate(emitClose, state);
}

// Closes `state`'s end now and its peer in the next check phase (until then the
// peer still counts as open, though nothing posted on it arrives).
function closeChannel(state) {
  const peer = state.peer;
  closeEnd(state);
  if (peer !== null) {
    peer.peer = null;
    setImmediate(closePeer, peer);
  }
}

function closePeer(state) {
  if (state.closed) return;
  state.closed = true;
  updateRef(state);
  emitClose(state);
}

// The prototype of MessagePort. MessagePort itself is a plain function (calling
// it, with or without `new`, throws ERR_CONSTRUCT_CALL_INVALID, as in Node); the
// ports are made by createPort().
class MessagePortPrototype extends NodeEventTarget {
  postMessage(message, transferList) {
    const state = stateOf(this);
    if (arguments.length === 0) {
      const error = new TypeError('Not enough arguments to MessagePort.postMessage');
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    const transfer = clone.postMessageTransferList(transferList);
    const target = state.peer;
    const postsTargetAway = target !== null && transfer.includes(target.port);
    const { value, ports } = clone.cloneWithTransfer(message, transfer, this);
    if (postsTargetAway) {
      process.emitWarning('The target port was posted to itself, and the communication channel was lost');
      for (const port of ports) closeChannel(stateOf(port));
      closeChannel(state);
      return;
    }
    if (state.peer === null) {
      // Posting on a closed port drops the message (and the ports it carried).
      for (const port of ports) closeChannel(stateOf(port));
      return;
    }
    receive(state.peer, { data: value, ports });
  }

  start() {
    const state = stateOf(this);
    if (!state.closed) setReceiving(state, true);
  }

  close(callback) {
    const state = stateOf(this);
    if (typeof callback === 'function') this.once('close', callback);
    closeChannel(state);
  }

  ref() {
    const state = stateOf(this);
    state.refed = true;
    updateRef(state);
  }

  unref() {
    const state = stateOf(this);
    state.refed = false;
    updateRef(state);
  }

  hasRef() {
    const state = stateOf(this);
    return state.refed && !state.closed;
  }

  [kNewListener](size, type, ...rest) {
    super[kNewListener](size, type, ...rest);
    if (type === 'message' && size === 1) {
      this.ref();
      this.start();
    }
  }

  [kRemoveListener](size, type, ...rest) {
    super[kRemoveListener](size, type, ...rest);
    if (type === 'message' && size === 0) {
      const state = stateOf(this);
      setReceiving(state, false);
      this.unref();
    }
  }

  [customInspect](depth, options, inspect) {
    const state = stateOf(this);
    if (depth < 0) return 'MessagePort [EventTarget]';
    const fields = { active: state.active, refed: state.refed && !state.closed };
    return `MessagePort [EventTarget] ${inspect(fields, options)}`;
  }
}

defineEventHandler(MessagePortPrototype.prototype, 'message');
defineEventHandler(MessagePortPrototype.prototype, 'messageerror');

function MessagePort() {
  throw new codes.ERR_CONSTRUCT_CALL_INVALID();
}
Object.setPrototypeOf(MessagePort, NodeEventTarget);
MessagePort.prototype = MessagePortPrototype.prototype;
Object.defineProperty(MessagePort.prototype, 'constructor', {
  __proto__: null,
  value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'MessagePort', writable: false, enumerable: false, configurable: true,
});

function createPort() {
  const port = Reflect.construct(MessagePortPrototype, [], MessagePort);
  states.set(port, {
    port,
    peer: null,
    queue: [],
    receiving: false,
    scheduled: 0,
    closed: false,
    active: true,
    refed: false,
    counted: false,
  });
  clone.setMark(port, clone.MARK_MESSAGE_PORT);
  return port;
}

function entangle(port1, port2) {
  const state1 = stateOf(port1);
  const state2 = stateOf(port2);
  state1.peer = state2;
  state2.peer = state1;
}

// `newPort` takes over the channel of `port` (which was transferred): its peer and
// the messages queued on it. The old port is detached and emits 'close'.
function transferPort(port, newPort) {
  const old = stateOf(port);
  const moved = stateOf(newPort);
  moved.peer = old.peer;
  if (moved.peer !== null) moved.peer.peer = moved;
  else closeEnd(moved);
  moved.queue = old.queue;
  old.queue = [];
  old.peer = null;
  clone.setMark(port, clone.MARK_UNCLONEABLE);
  closeEnd(old);
}

clone.setPortHooks({
  createPort,
  transfer: transferPort,
  isDetached: (port) => stateOf(port).closed,
});

// A function rather than a class so that calling it without `new` throws Node's
// ERR_CONSTRUCT_CALL_REQUIRED.
function MessageChannel() {
  if (new.target === undefined) throw new codes.ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
  this.port1 = createPort();
  this.port2 = createPort();
  entangle(this.port1, this.port2);
}

// receiveMessageOnPort(port) → { message } for the oldest queued message (which
// is then never emitted), or undefined.
function receiveMessageOnPort(port) {
  if (!isMessagePort(port)) {
    const error = new TypeError('The "port" argument must be a MessagePort instance');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  const state = stateOf(port);
  if (state.queue.length === 0) return undefined;
  return { message: state.queue.shift().data };
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!isMessagePort(port)) {
    throw new codes.ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  }
  if (stateOf(port).closed) throw new codes.ERR_CLOSED_MESSAGE_PORT();
  throw require('internal/refused').accessDenied('worker_threads.moveMessagePortToContext', 'WorkerThreads',
    moveMessagePortToContext);
}

module.exports = {
  MessagePort,
  MessageChannel,
  receiveMessageOnPort,
  moveMessagePortToContext,
  isMessagePort,
};
