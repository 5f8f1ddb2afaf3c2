'use strict';

// Node's `dgram`: loads; sockets throw ERR_ACCESS_DENIED until the network
// actor exists.

const { refusedClass, refusedFunction } = require('internal/refused');

module.exports = {
  _createSocketHandle: refusedFunction('dgram._createSocketHandle', 'Net'),
  createSocket: refusedFunction('dgram.createSocket', 'Net'),
  Socket: refusedClass('dgram.Socket', 'Net', 'Socket'),
};
