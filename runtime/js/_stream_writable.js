'use strict';
// The legacy module name `_stream_writable`: stream.Writable itself.

module.exports = require('stream').Writable;
