'use strict';
// node:test's mocks: `mock.fn()` (a function that records its calls), and
// `mock.method()` / `mock.getter()` / `mock.setter()` (the same, put in place of
// an object's method or accessor until restored), `mock.property()`, and
// `mock.timers` (internal/test_runner/mock_timers). A mock is a Proxy of the
// original function whose `mock` property is its MockFunctionContext.

const { codes } = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');

function defaultImplementation() {}

function validateTimes(value, name) {
  if (value === Infinity) return;
  validateInteger(value, name, 1);
}

function validateStringOrSymbol(value, name) {
  if (typeof value !== 'string' && typeof value !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'symbol'], value);
  }
}

// The property descriptor of `name` on `object` or the nearest prototype having it.
function findDescriptor(object, name) {
  for (let host = object; host !== null; host = Object.getPrototypeOf(host)) {
    const descriptor = Object.getOwnPropertyDescriptor(host, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

// `fn.mock`: the calls made so far and the implementation that answers them.
class MockFunctionContext {
  #calls = [];
  #onceImplementations = new Map();
  #implementation;
  #restoreInfo;
  #times;

  constructor(implementation, restoreInfo, times) {
    this.#implementation = implementation;
    this.#restoreInfo = restoreInfo;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#onceImplementations.set(call, implementation);
  }

  restore() {
    const { descriptor, object, original, methodName } = this.#restoreInfo;
    if (methodName !== undefined) {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      // A bare mock function: it calls the original again.
      this.#implementation = original;
    }
  }

  resetCalls() {
    this.#calls = [];
  }

  static track(context, call) {
    context.#calls.push(call);
  }

  // The implementation for the next call (restoring the original after `times` calls).
  static nextImplementation(context) {
    const nextCall = context.#calls.length;
    const implementation = context.#onceImplementations.get(nextCall) ?? context.#implementation;
    if (nextCall + 1 === context.#times) context.restore();
    context.#onceImplementations.delete(nextCall);
    return implementation;
  }
}

// `mock.property()`'s context: the reads and writes made so far. Writing the
// property (or calling mockImplementation) sets the value it reads as.
class MockPropertyContext {
  #object;
  #name;
  #descriptor;
  #originalValue;
  #value;
  #accesses = [];
  #onceValues = new Map();

  constructor(object, name, value) {
    this.#object = object;
    this.#name = name;
    this.#originalValue = object[name];
    this.#value = arguments.length > 2 ? value : this.#originalValue;
    this.#descriptor = Object.getOwnPropertyDescriptor(object, name);
    if (!this.#descriptor) {
      throw new codes.ERR_INVALID_ARG_VALUE('propertyName', name, 'is not a property of the object');
    }
    const { configurable, enumerable } = this.#descriptor;
    Object.defineProperty(object, name, {
      __proto__: null,
      configurable,
      enumerable,
      get: () => {
        const result = this.#valueForNextAccess(this.#value);
        this.#accesses.push({ __proto__: null, type: 'get', value: result, stack: new Error() });
        return result;
      },
      set: (newValue) => this.mockImplementation(newValue),
    });
  }

  // A value set with mockImplementationOnce() for this access, else `value`.
  #valueForNextAccess(value) {
    const access = this.#accesses.length;
    if (!this.#onceValues.has(access)) return value;
    const once = this.#onceValues.get(access);
    this.#onceValues.delete(access);
    return once;
  }

  get accesses() {
    return this.#accesses.slice();
  }

  accessCount() {
    return this.#accesses.length;
  }

  mockImplementation(value) {
    if (!this.#descriptor.writable) {
      throw new codes.ERR_INVALID_ARG_VALUE('propertyName', this.#name, 'cannot be set');
    }
    const newValue = this.#valueForNextAccess(value);
    this.#accesses.push({ __proto__: null, type: 'set', value: newValue, stack: new Error() });
    this.#value = newValue;
  }

  mockImplementationOnce(value, onAccess) {
    const nextAccess = this.#accesses.length;
    const access = onAccess ?? nextAccess;
    validateInteger(access, 'onAccess', nextAccess);
    this.#onceValues.set(access, value);
  }

  resetAccesses() {
    this.#accesses = [];
  }

  restore() {
    Object.defineProperty(this.#object, this.#name, { __proto__: null, ...this.#descriptor, value: this.#originalValue });
  }
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const context = new MockFunctionContext(implementation, { original }, times);
    return this.#setupMock(context, original);
  }

  method(objectOrFunction, methodName, implementation = defaultImplementation, options = {}) {
    validateStringOrSymbol(methodName, 'methodName');
    if (typeof objectOrFunction !== 'function') validateObject(objectOrFunction, 'object');
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = defaultImplementation;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (setter && getter) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }

    const descriptor = findDescriptor(objectOrFunction, methodName);
    const original = getter ? descriptor?.get : setter ? descriptor?.set : descriptor?.value;
    if (typeof original !== 'function') {
      throw new codes.ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }

    const restoreInfo = { descriptor, object: objectOrFunction, methodName };
    const chosen = implementation === defaultImplementation ? original : implementation;
    const context = new MockFunctionContext(chosen, restoreInfo, times);
    const mock = this.#setupMock(context, original);
    const mockDescriptor = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = defaultImplementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = defaultImplementation;
    } else {
      validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.getter', getter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter });
  }

  setter(object, methodName, implementation = defaultImplementation, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = defaultImplementation;
    } else {
      validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.setter', setter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter });
  }

  property(object, propertyName, value) {
    validateObject(object, 'object');
    validateStringOrSymbol(propertyName, 'propertyName');
    const context = arguments.length > 2 ?
      new MockPropertyContext(object, propertyName, value) :
      new MockPropertyContext(object, propertyName);
    this.#mocks.push({ restore: () => context.restore() });
    return new Proxy(object, {
      get(target, property, receiver) {
        if (property === 'mock') return context;
        return Reflect.get(target, property, receiver);
      },
    });
  }

  module() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('mock.module()');
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const { restore } of this.#mocks) restore();
  }

  #setupMock(context, original) {
    const mock = new Proxy(original, {
      apply(target, thisArg, args) {
        const implementation = MockFunctionContext.nextImplementation(context);
        let result;
        let error;
        try {
          result = Reflect.apply(implementation, thisArg, args);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          MockFunctionContext.track(context, {
            __proto__: null,
            arguments: args,
            error,
            result,
            stack: new Error(),
            target: undefined,
            this: thisArg,
          });
        }
        return result;
      },
      construct(target, args, newTarget) {
        const implementation = MockFunctionContext.nextImplementation(context);
        let result;
        let error;
        try {
          result = Reflect.construct(implementation, args, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          MockFunctionContext.track(context, {
            __proto__: null,
            arguments: args,
            error,
            result,
            stack: new Error(),
            target,
            this: result,
          });
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return context;
        return Reflect.get(target, property, receiver);
      },
    });
    this.#mocks.push({ restore: () => context.restore() });
    return mock;
  }
}

module.exports = { MockTracker, MockFunctionContext, MockPropertyContext };
