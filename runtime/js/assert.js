'use strict';

// Node's `assert` module (Node.js 24): the legacy (loose) assert function
// with its methods, `assert.strict`, the `Assert` class and CallTracker.

const AssertionError = require('internal/assert/assertion_error');
const { innerOk } = require('internal/assert/utils');
const { inspect } = require('internal/inspect');
const { codes } = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');
const comparisons = require('internal/util/comparisons');

const { isPromise, isRegExp } = internals.types;
const regExpExec = Function.prototype.call.bind(RegExp.prototype.exec);
const isPrototypeOf = Function.prototype.call.bind(Object.prototype.isPrototypeOf);

const kOptions = Symbol('options');
const NO_EXCEPTION = {};

function isError(value) {
  return comparisons.isError(value);
}

function optionsOf(self) {
  return self?.[kOptions];
}

function Assert(options) {
  if (!new.target) throw new codes.ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = Object.assign({ __proto__: null, strict: true, skipPrototype: false }, options);
  if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { __proto__: null, value: options, enumerable: false, configurable: false, writable: false });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

function fail(details) {
  if (details.message instanceof Error) throw details.message;
  throw new AssertionError(details);
}

function requireTwo(count) {
  if (count < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

let warnedFail = false;

Assert.prototype.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const count = arguments.length;
  let internalMessage = false;
  if (actual == null && count <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (count === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (count === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: optionsOf(this)?.diff,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

Assert.prototype.ok = function ok(...args) {
  innerOk(ok, args.length, ...args);
};

Assert.prototype.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    fail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: optionsOf(this)?.diff });
  }
};

Assert.prototype.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    fail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: optionsOf(this)?.diff });
  }
};

Assert.prototype.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!comparisons.isDeepEqual(actual, expected)) {
    fail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: optionsOf(this)?.diff });
  }
};

Assert.prototype.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (comparisons.isDeepEqual(actual, expected)) {
    fail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: optionsOf(this)?.diff,
    });
  }
};

Assert.prototype.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!comparisons.isDeepStrictEqual(actual, expected, optionsOf(this)?.skipPrototype)) {
    fail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
      diff: optionsOf(this)?.diff,
    });
  }
};

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (comparisons.isDeepStrictEqual(actual, expected, optionsOf(this)?.skipPrototype)) {
    fail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
      diff: optionsOf(this)?.diff,
    });
  }
}
Assert.prototype.notDeepStrictEqual = notDeepStrictEqual;

Assert.prototype.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    fail({
      actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: optionsOf(this)?.diff,
    });
  }
};

Assert.prototype.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    fail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
      diff: optionsOf(this)?.diff,
    });
  }
};

Assert.prototype.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!comparisons.isPartialStrictEqual(actual, expected)) {
    fail({
      actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual,
      diff: optionsOf(this)?.diff,
    });
  }
};

// For throws(fn, { key: value }): the compared keys of an object, with a
// string matched by an expected RegExp shown as the matched string.
class Comparison {
  constructor(object, keys, actual) {
    for (const key of keys) {
      if (!(key in object)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(object[key]) &&
          regExpExec(object[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = object[key];
      }
    }
  }
}

function compareErrorKey(self, actual, expected, key, message, keys, fn) {
  if (key in actual && comparisons.isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
      diff: optionsOf(self)?.diff,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  fail({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: optionsOf(self)?.diff });
}

// Checks a caught error against `expected` (RegExp, class, validation
// function or object of properties).
function checkExpectedError(self, actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const text = String(actual);
      if (regExpExec(expected, text) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: optionsOf(self)?.diff,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            regExpExec(expected[key], actual[key]) !== null) {
          continue;
        }
        compareErrorKey(self, actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (isPrototypeOf(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Function.prototype.call.call(expected, {}, actual);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn, diff: optionsOf(self)?.diff,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function runCatching(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(value) {
  return isPromise(value) ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' &&
     typeof value.catch === 'function');
}

async function awaitRejection(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return NO_EXCEPTION;
}

function expectError(self, fn, actual, error, message, argCount) {
  if (typeof error === 'string') {
    if (argCount === 4) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === Assert.prototype.rejects ? 'rejection' : 'exception';
    fail({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${kind}${details}`,
      stackStartFn: fn,
      diff: optionsOf(self)?.diff,
    });
  }
  if (!error) return;
  checkExpectedError(self, actual, error, message, fn);
}

function errorMatches(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return regExpExec(expected, String(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (isPrototypeOf(Error, expected)) return false;
  return Function.prototype.call.call(expected, {}, actual) === true;
}

function expectNoError(self, fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === Assert.prototype.doesNotReject ? 'rejection' : 'exception';
    fail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`,
      stackStartFn: fn,
      diff: optionsOf(self)?.diff,
    });
  }
  throw actual;
}

Assert.prototype.throws = function throws(promiseFn, ...args) {
  expectError(this, throws, runCatching(promiseFn), ...pad(args, 2), args.length + 2);
};

Assert.prototype.rejects = async function rejects(promiseFn, ...args) {
  expectError(this, rejects, await awaitRejection(promiseFn), ...pad(args, 2), args.length + 2);
};

Assert.prototype.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectNoError(this, doesNotThrow, runCatching(fn), ...args);
};

Assert.prototype.doesNotReject = async function doesNotReject(fn, ...args) {
  expectNoError(this, doesNotReject, await awaitRejection(fn), ...args);
};

function pad(args, length) {
  const out = args.slice(0, length);
  while (out.length < length) out.push(undefined);
  return out;
}

Assert.prototype.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff: optionsOf(this)?.diff,
  });
  // Show the original error's frames below the new ones.
  const originalStack = err.stack;
  if (typeof originalStack === 'string') {
    const framesStart = originalStack.indexOf('\n    at');
    if (framesStart !== -1) {
      const originalFrames = originalStack.slice(framesStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function matchImpl(self, string, regexp, message, fn, shouldMatch) {
  if (!isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && (regExpExec(regexp, string) !== null) === shouldMatch) return;
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (shouldMatch ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: optionsOf(self)?.diff,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

Assert.prototype.match = function match(string, regexp, message) {
  matchImpl(this, string, regexp, message, match, true);
};

Assert.prototype.doesNotMatch = function doesNotMatch(string, regexp, message) {
  matchImpl(this, string, regexp, message, doesNotMatch, false);
};

// CallTracker (deprecated since Node 20, still present).
class CallTracker {
  #calls = new Set();

  calls(fn, expected = 1) {
    if (process._exiting) throw new codes.ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    require('internal/validators').validateUint32(expected, 'expected', true);
    const context = { exact: expected, name: fn.name || 'calls', stackTrace: new Error(), calls: [] };
    this.#calls.add(context);
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        context.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(argList.slice()) }));
        return Reflect.apply(target, thisArg, argList);
      },
    });
    trackedContexts.set(tracked, context);
    return tracked;
  }

  getCalls(fn) {
    const context = trackedContexts.get(fn);
    if (context === undefined) throw new codes.ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    return Object.freeze(context.calls.slice());
  }

  reset(fn) {
    if (fn === undefined) {
      for (const context of this.#calls) context.calls = [];
      return;
    }
    const context = trackedContexts.get(fn);
    if (context === undefined) throw new codes.ERR_INVALID_ARG_VALUE('tracked', fn, 'is not a tracked function');
    context.calls = [];
  }

  report() {
    const errors = [];
    for (const context of this.#calls) {
      const actual = context.calls.length;
      if (actual !== context.exact) {
        const message = `Expected the ${context.name} function to be executed ${context.exact} time(s) but ` +
          `was executed ${actual} time(s).`;
        errors.push({
          message,
          actual,
          expected: context.exact,
          operator: context.name,
          stack: context.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}
const trackedContexts = new WeakMap();
// Nameless, so that a count-only tracker reports 'calls'.
const noop = Object.defineProperty(() => {}, 'name', { __proto__: null, value: '' });

// The module: the loose assert function, with the methods as own properties.
function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = module.exports = ok;

assert.AssertionError = AssertionError;

let warnedTracker = false;
function DeprecatedCallTracker(...args) {
  if (!warnedTracker && !process.noDeprecation) {
    warnedTracker = true;
    process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
  }
  return Reflect.construct(CallTracker, args, new.target || CallTracker);
}
Object.setPrototypeOf(DeprecatedCallTracker, CallTracker);
DeprecatedCallTracker.prototype = CallTracker.prototype;
Object.defineProperty(DeprecatedCallTracker, 'name', { __proto__: null, value: 'CallTracker' });
assert.CallTracker = DeprecatedCallTracker;

assert.ok = assert;
for (const name of [
  'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual',
  'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError',
]) {
  Object.defineProperty(assert, name, {
    __proto__: null,
    value: Assert.prototype[name], writable: true, enumerable: true, configurable: true,
  });
}

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;
