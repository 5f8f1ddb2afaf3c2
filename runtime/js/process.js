'use strict';

// Node's `process` module: the global process object.

module.exports = process;
