'use strict';
// The `performance` global: a monotonic clock from the session's start.

const timeOrigin = Date.now() - Number(internals.hrtimeNs()) / 1e6;

const performance = {
  now() {
    return Number(internals.hrtimeNs()) / 1e6;
  },
  timeOrigin,
  toJSON() {
    return { timeOrigin };
  },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

module.exports = { performance };
