'use strict';
// The legacy module name `_stream_passthrough`: stream.PassThrough itself.

module.exports = require('stream').PassThrough;
