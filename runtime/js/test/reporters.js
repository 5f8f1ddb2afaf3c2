'use strict';
// node:test/reporters — the reporters as stream transforms of the runner's
// events ({ type, data }). Only `spec` (the reporter a single-file run uses)
// is available; the others are meant for the `--test` mode corral lacks.

const { Transform } = require('stream');
const { codes } = require('internal/errors');
const { SpecFormatter } = require('internal/test_runner/spec_reporter');

class SpecReporter extends Transform {
  #formatter = new SpecFormatter();

  constructor() {
    super({ writableObjectMode: true });
  }

  _transform({ type, data }, encoding, callback) {
    callback(null, this.#formatter.format(type, data));
  }

  _flush(callback) {
    callback(null, this.#formatter.failingTests());
  }
}

function notImplemented(name) {
  return {
    configurable: true,
    enumerable: true,
    get() {
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED(`the ${name} reporter`);
    },
  };
}

module.exports = {};
Object.defineProperties(module.exports, {
  spec: { __proto__: null, configurable: true, enumerable: true, value: SpecReporter, writable: true },
  dot: notImplemented('dot'),
  junit: notImplemented('junit'),
  lcov: notImplemented('lcov'),
  tap: notImplemented('tap'),
});
