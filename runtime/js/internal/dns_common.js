'use strict';

// What `dns` and `dns/promises` share: constants, the result order and the
// server list. Lookups are refused until the network actor exists.

const { validateArray, validateOneOf } = require('internal/validators');

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

const resolveMethods = [
  'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse',
];

let resultOrder = 'verbatim';
let servers = [];

function getDefaultResultOrder() {
  return resultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  resultOrder = order;
}

function getServers() {
  return servers.slice();
}

function setServers(list) {
  validateArray(list, 'servers');
  servers = list.map(String);
}

// dns.Resolver and dns.promises.Resolver: the server list works; every query is
// `refuse(methodName)` until sessions get a network.
function makeResolver(refuse) {
  class Resolver {
    constructor(options) {
      this._options = options;
    }

    cancel() {}

    getServers() {
      return getServers();
    }

    setServers(servers) {
      setServers(servers);
    }

    setLocalAddress() {}
  }
  for (const name of resolveMethods) Resolver.prototype[name] = refuse(name);
  return Resolver;
}

module.exports = {
  makeResolver,
  errorCodes,
  resolveMethods,
  getDefaultResultOrder,
  setDefaultResultOrder,
  getServers,
  setServers,
};
