'use strict';
// node:test — the test runner, for a single-file run inside the session:
// `test`/`it`, `describe`/`suite`, hooks, `mock`, reported by the spec reporter
// on stdout (see internal/test_runner/). The `--test` command-line mode and
// `run()` (which runs files in child processes) are not available.

const harness = require('internal/test_runner/harness');
const { codes } = require('internal/errors');

function run() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('run()');
}

const { test, suite, before, after, beforeEach, afterEach, getTestContext } = harness;

module.exports = test;
Object.assign(module.exports, {
  after,
  afterEach,
  before,
  beforeEach,
  describe: suite,
  getTestContext,
  it: test,
  run,
  suite,
  test,
});

let mock;
Object.defineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});

let assert;
Object.defineProperty(module.exports, 'assert', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (assert === undefined) {
      const { registerAssertion } = require('internal/test_runner/test');
      assert = { __proto__: null, register: registerAssertion };
    }
    return assert;
  },
});
