'use strict';
// The `console` module: the global console, with the Console class attached.

module.exports = globalThis.console;
