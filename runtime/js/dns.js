'use strict';

// Node's `dns`. Name resolution needs the network, which reaches sessions
// later through a permissioned network actor: until then every lookup or
// query throws ERR_ACCESS_DENIED (dns.promises rejects). Constants, the
// result order and the server list work.

const common = require('internal/dns_common');
const { refusedFunction } = require('internal/refused');

const Resolver = common.makeResolver((name) => refusedFunction(`dns.Resolver.${name}`, 'Net', name));

const dns = {
  lookup: refusedFunction('dns.lookup', 'Net'),
  lookupService: refusedFunction('dns.lookupService', 'Net'),
  Resolver,
  getDefaultResultOrder: common.getDefaultResultOrder,
  setDefaultResultOrder: common.setDefaultResultOrder,
  setServers: common.setServers,
  ADDRCONFIG: 32,
  ALL: 16,
  V4MAPPED: 8,
  ...common.errorCodes,
  getServers: common.getServers,
};
for (const name of common.resolveMethods) dns[name] = refusedFunction(`dns.${name}`, 'Net');

module.exports = dns;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('dns/promises');
  },
});
