'use strict';

// Node's `dns/promises`: every lookup or query rejects with
// ERR_ACCESS_DENIED until the network actor exists.

const common = require('internal/dns_common');
const { refusedAsyncFunction } = require('internal/refused');

const Resolver = common.makeResolver((name) => refusedAsyncFunction(`dns.promises.Resolver.${name}`, 'Net', name));

const promises = {
  lookup: refusedAsyncFunction('dns.promises.lookup', 'Net'),
  lookupService: refusedAsyncFunction('dns.promises.lookupService', 'Net'),
  Resolver,
  getDefaultResultOrder: common.getDefaultResultOrder,
  setDefaultResultOrder: common.setDefaultResultOrder,
  setServers: common.setServers,
  ...common.errorCodes,
  getServers: common.getServers,
};
for (const name of common.resolveMethods) promises[name] = refusedAsyncFunction(`dns.promises.${name}`, 'Net');

module.exports = promises;
