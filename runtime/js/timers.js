'use strict';
// The `timers` module.

const timers = require('internal/timers');

function active(timer) {
  timers.insert(timer, timer._idleTimeout);
}

function enroll(item, msecs) {
  if (item._idleTimeout !== undefined) timers.unenroll(item);
  item._idleTimeout = msecs;
  item._idleNext = item._idlePrev = null;
}

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  active,
  _unrefActive: active,
  unenroll: timers.unenroll,
  enroll,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
