'use strict';
// Structured clone with a transfer list, shared by MessagePort#postMessage,
// BroadcastChannel and the global structuredClone(). The copy is made at once by
// V8's serializer (internals.structuredClone): transferred ArrayBuffers are
// detached and their memory moves to the copy; a transferred MessagePort is
// replaced in the copy by a new port that takes over its channel.
//
// Objects carry "clone marks" (a V8 private property, not inherited):
// MARK_MESSAGE_PORT makes a port cloneable only through the transfer list,
// MARK_UNCLONEABLE makes any clone of the object fail, MARK_UNTRANSFERABLE keeps
// an object out of transfer lists.

const MARK_MESSAGE_PORT = 1;
const MARK_UNCLONEABLE = 2;
const MARK_UNTRANSFERABLE = 4;

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// A binary built before the marks binding existed keeps marks here instead
// (transfers of ports and uncloneable marks then do not work).
const fallbackMarks = typeof internals.setCloneMarks === 'function' ? null : new WeakMap();

function hasMark(value, mark) {
  if (!isObjectLike(value)) return false;
  const marks = fallbackMarks === null ? internals.getCloneMarks(value) : (fallbackMarks.get(value) ?? 0);
  return (marks & mark) !== 0;
}

function setMark(value, mark) {
  if (!isObjectLike(value)) return;
  if (fallbackMarks === null) internals.setCloneMarks(value, mark);
  else fallbackMarks.set(value, (fallbackMarks.get(value) ?? 0) | mark);
}

function dataCloneError(message) {
  return new globalThis.DOMException(message, 'DataCloneError');
}

// The MessagePort operations the cloner needs; message_port.js installs them.
let portHooks = null;
function setPortHooks(hooks) {
  portHooks = hooks;
}

// The items of an iterable, or `makeError()` thrown when it is not a usable one.
function toSequence(iterable, makeError) {
  let method;
  try {
    method = iterable[Symbol.iterator];
  } catch {
    throw makeError();
  }
  if (typeof method !== 'function') throw makeError();
  const iterator = method.call(iterable);
  if (!isObjectLike(iterator) || typeof iterator.next !== 'function') throw makeError();
  const items = [];
  for (;;) {
    const step = iterator.next();
    if (!isObjectLike(step)) throw makeError();
    if (step.done) return items;
    items.push(step.value);
  }
}

// Sorts a transfer list into ArrayBuffers and MessagePorts, with Node's
// DataCloneErrors for what cannot be transferred. Nothing is changed yet.
function checkTransferList(transferList, sourcePort) {
  const arrayBuffers = [];
  const ports = [];
  for (const item of transferList) {
    if (item instanceof ArrayBuffer || Object.prototype.toString.call(item) === '[object ArrayBuffer]') {
      if (arrayBuffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      if (hasMark(item, MARK_UNTRANSFERABLE) || item.detached) {
        throw dataCloneError('Cannot transfer object of unsupported type.');
      }
      arrayBuffers.push(item);
    } else if (hasMark(item, MARK_MESSAGE_PORT)) {
      if (item === sourcePort) throw dataCloneError('Transfer list contains source port');
      if (portHooks.isDetached(item)) throw dataCloneError('MessagePort in transfer list is already detached');
      if (ports.includes(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
      if (hasMark(item, MARK_UNTRANSFERABLE)) throw dataCloneError('Cannot transfer object of unsupported type.');
      ports.push(item);
    } else {
      throw dataCloneError('Found invalid value in transferList.');
    }
  }
  return { arrayBuffers, ports };
}

// Clones `value`, transferring what `transferList` (an array) names. Returns the
// copy and the new ports that replace the transferred ones.
function cloneWithTransfer(value, transferList = [], sourcePort = undefined) {
  const { arrayBuffers, ports } = checkTransferList(transferList, sourcePort);
  const newPorts = ports.map(() => portHooks.createPort());
  let copy;
  try {
    copy = internals.structuredClone(value, arrayBuffers, ports, newPorts);
  } catch (error) {
    if (isObjectLike(error) && error.code === 'ERR_DATA_CLONE') throw dataCloneError(error.message);
    throw error;
  }
  for (let i = 0; i < ports.length; i++) portHooks.transfer(ports[i], newPorts[i]);
  return { value: copy, ports: newPorts };
}

// The transfer list of postMessage(value, transferList | { transfer }).
function postMessageTransferList(transferList) {
  if (transferList === undefined || transferList === null) return [];
  if (typeof transferList !== 'object' && typeof transferList !== 'function') {
    throw invalidIterable('Optional transferList argument must be an iterable');
  }
  if (Symbol.iterator in transferList) {
    return toSequence(transferList, () => invalidIterable('Optional transferList argument must be an iterable'));
  }
  const { transfer } = transferList;
  if (transfer === undefined) return [];
  const optionsError = () => invalidIterable('Optional options.transfer argument must be an iterable');
  if (!isObjectLike(transfer)) throw optionsError();
  return toSequence(transfer, optionsError);
}

// A TypeError with code ERR_INVALID_ARG_TYPE and a message of its own (Node's
// WebIDL-style argument conversions word theirs this way).
function invalidIterable(message) {
  const error = new TypeError(message);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

// structuredClone(value, { transfer }), as the global does it.
function structuredClone(value, options) {
  const prefix = "Failed to execute 'structuredClone'";
  let transferList = [];
  if (options !== undefined && options !== null) {
    if (!isObjectLike(options)) {
      throw invalidIterable(`${prefix}: Options cannot be converted to a dictionary`);
    }
    const { transfer } = options;
    if (transfer !== undefined) {
      const error = () => invalidIterable(`${prefix}: transfer in Options can not be converted to sequence.`);
      if (!isObjectLike(transfer)) throw error();
      transferList = toSequence(transfer, error);
    }
  }
  return cloneWithTransfer(value, transferList).value;
}

module.exports = {
  MARK_MESSAGE_PORT,
  MARK_UNCLONEABLE,
  MARK_UNTRANSFERABLE,
  hasMark,
  setMark,
  setPortHooks,
  cloneWithTransfer,
  postMessageTransferList,
  structuredClone,
  dataCloneError,
};
