'use strict';
// The legacy module name `_stream_readable`: stream.Readable itself.

module.exports = require('stream').Readable;
