'use strict';

// Node's `https`: loads with a constructible Agent; requests and servers
// throw ERR_ACCESS_DENIED until the network actor exists.

const http = require('http');
const { refusedClass, refusedFunction } = require('internal/refused');

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
    this._sessionCache = { map: {}, list: [] };
  }
}

module.exports = {
  Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
  Server: refusedClass('https.Server', 'Net', 'Server'),
  createServer: refusedFunction('https.createServer', 'Net'),
  get: refusedFunction('https.get', 'Net'),
  request: refusedFunction('https.request', 'Net'),
};
