'use strict';
// The legacy module name `_stream_duplex`: stream.Duplex itself.

module.exports = require('stream').Duplex;
