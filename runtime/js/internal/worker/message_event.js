'use strict';
// MessageEvent: the event MessagePort and BroadcastChannel dispatch to DOM
// listeners (`data`, `origin`, `lastEventId`, `source`, `ports`).

const { Event } = require('internal/event_target');
const { codes } = require('internal/errors');

let inspect;
function describe(value) {
  inspect ??= require('internal/inspect').inspect;
  return inspect(value);
}

function isMessagePort(value) {
  const { MessagePort } = require('internal/worker/message_port');
  return value instanceof MessagePort;
}

function expectPort(value, what) {
  if (!isMessagePort(value)) {
    throw new TypeError(`MessageEvent constructor: Expected ${what} ("${describe(value)}") to be an instance of MessagePort.`);
  }
}

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, init);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = init ?? {};
    if (source !== null) expectPort(source, 'eventInitDict.source');
    if (ports === null || typeof ports[Symbol.iterator] !== 'function') {
      throw new TypeError(`MessageEvent constructor: eventInitDict.ports (${describe(ports)}) is not iterable.`);
    }
    const portList = [...ports];
    portList.forEach((port, i) => expectPort(port, `eventInitDict.ports[${i}]`));
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = portList;
  }

  get data() {
    return this.#data;
  }

  get origin() {
    return this.#origin;
  }

  get lastEventId() {
    return this.#lastEventId;
  }

  get source() {
    return this.#source;
  }

  get ports() {
    return this.#ports;
  }

  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '',
    source = null, ports = []) {
    this.initEvent(type, bubbles, cancelable);
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = [...ports];
  }
}

for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor(MessageEvent.prototype, name),
    enumerable: true,
  });
}

module.exports = { MessageEvent };
