'use strict';
// The legacy module name `_stream_transform`: stream.Transform itself.

module.exports = require('stream').Transform;
