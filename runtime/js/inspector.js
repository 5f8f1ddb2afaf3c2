'use strict';

// Node's `inspector`: sessions have no inspector. open() and connecting a
// Session throw ERR_ACCESS_DENIED; url() is undefined; inspector.console and
// the Network / DOMStorage event helpers do nothing.

const EventEmitter = require('events');
const { accessDenied, refusedFunction } = require('internal/refused');

class Session extends EventEmitter {
  connect() {
    throw accessDenied('inspector.Session.connect', 'Inspector', this.connect);
  }

  connectToMainThread() {
    throw accessDenied('inspector.Session.connectToMainThread', 'Inspector', this.connectToMainThread);
  }

  post() {
    throw accessDenied('inspector.Session.post', 'Inspector', this.post);
  }

  disconnect() {}
}

function noop() {}

const consoleMethods = [
  'debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile', 'profileEnd',
  'time', 'timeLog', 'timeEnd', 'timeStamp', 'context',
];
const inspectorConsole = {};
for (const name of consoleMethods) inspectorConsole[name] = noop;

const Network = {
  requestWillBeSent: noop,
  responseReceived: noop,
  loadingFinished: noop,
  loadingFailed: noop,
  dataReceived: noop,
  dataSent: noop,
  webSocketCreated: noop,
  webSocketClosed: noop,
  webSocketHandshakeResponseReceived: noop,
};
const NetworkResources = { put: noop };
const DOMStorage = { domStorageItemAdded: noop, domStorageItemRemoved: noop, domStorageItemUpdated: noop, domStorageItemsCleared: noop, registerStorage: noop };

module.exports = {
  open: refusedFunction('inspector.open', 'Inspector'),
  close: noop,
  url() {
    return undefined;
  },
  waitForDebugger: refusedFunction('inspector.waitForDebugger', 'Inspector'),
  console: inspectorConsole,
  Session,
  Network,
  NetworkResources,
  DOMStorage,
};
