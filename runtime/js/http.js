'use strict';

// Node's `http`. Until the network actor exists, the module loads with its
// constants, header validators and constructible agents, and every request
// or server throws ERR_ACCESS_DENIED.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { refusedClass, refusedFunction } = require('internal/refused');
const { validateInteger } = require('internal/validators');

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
  'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
  'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported',
  226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
  412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended', 511: 'Network Authentication Required',
};

const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const invalidHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !tokenPattern.test(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (invalidHeaderChar.test(value)) throw new codes.ERR_INVALID_CHAR('header content', name);
}

// Agents hold options only: they never open sockets.
class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.defaultPort = this.options.defaultPort || 80;
    this.protocol = this.options.protocol || 'http:';
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.totalSocketCount = 0;
    this.agentKeepAliveTimeoutBuffer = this.options.agentKeepAliveTimeoutBuffer ?? 1000;
  }

  createConnection() {
    throw require('internal/refused').accessDenied('http.Agent.createConnection', 'Net', this.createConnection);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  addRequest() {
    throw require('internal/refused').accessDenied('http.Agent.addRequest', 'Net', this.addRequest);
  }

  destroy() {}

  keepSocketAlive() {
    return false;
  }

  reuseSocket() {}
}
Agent.defaultMaxSockets = Infinity;

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

let maxIdleParsers = 1000;

module.exports = {
  _connectionListener: refusedFunction('http._connectionListener', 'Net'),
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest: refusedClass('http.ClientRequest', 'Net', 'ClientRequest'),
  IncomingMessage: refusedClass('http.IncomingMessage', 'Net', 'IncomingMessage'),
  OutgoingMessage: refusedClass('http.OutgoingMessage', 'Net', 'OutgoingMessage'),
  Server: refusedClass('http.Server', 'Net', 'Server'),
  ServerResponse: refusedClass('http.ServerResponse', 'Net', 'ServerResponse'),
  createServer: refusedFunction('http.createServer', 'Net'),
  validateHeaderName,
  validateHeaderValue,
  get: refusedFunction('http.get', 'Net'),
  request: refusedFunction('http.request', 'Net'),
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    maxIdleParsers = max;
  },
  setGlobalProxyFromEnv() {},
  maxHeaderSize: 16384,
  globalAgent,
  WebSocket: globalThis.WebSocket,
  CloseEvent: globalThis.CloseEvent,
  MessageEvent: globalThis.MessageEvent,
};
void maxIdleParsers;
