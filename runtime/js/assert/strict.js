'use strict';

// Node's `assert/strict`: assert in strict mode.

module.exports = require('assert').strict;
