// A minimal synchronous subset of the Web Platform Tests harness
// (testharness.js), enough for Node tests that borrow its assertions through
// `require('../common/wpt').harness`. Node's full WPT runner (WPTRunner) needs
// worker threads and is not provided.
'use strict';

const assert = require('assert');

const harness = {
  test(fn, description) {
    try {
      fn();
    } catch (err) {
      err.message = `In ${description}:\n  ${err.message}`;
      throw err;
    }
  },
  assert_equals(actual, expected, message) {
    assert.strictEqual(actual, expected, message);
  },
  assert_not_equals(actual, expected, message) {
    assert.notStrictEqual(actual, expected, message);
  },
  assert_true(value, message) {
    assert.strictEqual(value, true, message);
  },
  assert_false(value, message) {
    assert.strictEqual(value, false, message);
  },
  assert_array_equals(actual, expected, message) {
    assert.deepStrictEqual([...actual], [...expected], message);
  },
  assert_unreached(message) {
    assert.fail(`Reached unreachable code: ${message}`);
  },
  assert_throws_js(Type, fn, message) {
    assert.throws(fn, Type, message);
  },
};

module.exports = {
  harness,
  WPTRunner: class WPTRunner {
    constructor() {
      throw new Error('common/wpt: the WPT runner is not available in corral');
    }
  },
};
