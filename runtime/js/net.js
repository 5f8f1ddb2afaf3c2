'use strict';

// Node's `net`. Networking reaches sessions later, through a permissioned
// network actor; until then the module loads, the address helpers work, and
// creating sockets or servers throws ERR_ACCESS_DENIED.

const { refusedClass, refusedFunction } = require('internal/refused');
const { validateBoolean, validateInt32 } = require('internal/validators');

const v4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4 = `(?:${v4Part}\\.){3}${v4Part}`;
const h16 = '(?:[0-9a-fA-F]{1,4})';
const v6 = '(?:' +
  `(?:${h16}:){7}(?:${h16}|:)|` +
  `(?:${h16}:){6}(?:${v4}|:${h16}|:)|` +
  `(?:${h16}:){5}(?::${v4}|(?::${h16}){1,2}|:)|` +
  `(?:${h16}:){4}(?:(?::${h16}){0,1}:${v4}|(?::${h16}){1,3}|:)|` +
  `(?:${h16}:){3}(?:(?::${h16}){0,2}:${v4}|(?::${h16}){1,4}|:)|` +
  `(?:${h16}:){2}(?:(?::${h16}){0,3}:${v4}|(?::${h16}){1,5}|:)|` +
  `(?:${h16}:){1}(?:(?::${h16}){0,4}:${v4}|(?::${h16}){1,6}|:)|` +
  `(?::(?:(?::${h16}){0,5}:${v4}|(?::${h16}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?';
const v4Pattern = new RegExp(`^${v4}$`);
const v6Pattern = new RegExp(`^${v6}$`);

function isIPv4(input) {
  return v4Pattern.test(`${input}`);
}

function isIPv6(input) {
  return v6Pattern.test(`${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

const Socket = refusedClass('net.Socket', 'Net', 'Socket');
const Server = refusedClass('net.Server', 'Net', 'Server');

module.exports = {
  _createServerHandle: refusedFunction('net._createServerHandle', 'Net'),
  _normalizeArgs: refusedFunction('net._normalizeArgs', 'Net'),
  BlockList: refusedClass('net.BlockList', 'Net', 'BlockList'),
  SocketAddress: refusedClass('net.SocketAddress', 'Net', 'SocketAddress'),
  BoundSocket: refusedClass('net.BoundSocket', 'Net', 'BoundSocket'),
  connect: refusedFunction('net.connect', 'Net'),
  createConnection: refusedFunction('net.createConnection', 'Net'),
  createServer: refusedFunction('net.createServer', 'Net'),
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() {
    return autoSelectFamily;
  },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() {
    return autoSelectFamilyAttemptTimeout;
  },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
