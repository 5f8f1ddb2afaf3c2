'use strict';
// process.env: the session's environment, behaving like Node's (an object whose
// prototype is Object.prototype, holding only string values).
//
// - Assigning converts the value to a string (a Symbol value throws TypeError); a
//   Symbol key throws TypeError, and is never found.
// - Object.defineProperty accepts only a configurable, writable, enumerable data
//   descriptor (ERR_INVALID_OBJECT_DEFINE_PROPERTY otherwise).
// - The empty name cannot be set, as with setenv(3).

function createEnv(initial) {
  const target = {};
  for (const key of Object.keys(initial)) target[key] = `${initial[key]}`;

  const invalidDescriptor = (message) => {
    const { codes } = require('internal/errors');
    return new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(message);
  };

  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol') return undefined;
      return Reflect.get(object, key, receiver);
    },
    has(object, key) {
      if (typeof key === 'symbol') return false;
      return key in object;
    },
    set(object, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      const text = `${value}`;
      if (key !== '') object[key] = text;
      return true;
    },
    deleteProperty(object, key) {
      if (typeof key !== 'symbol') delete object[key];
      return true;
    },
    defineProperty(object, key, descriptor) {
      if ('get' in descriptor || 'set' in descriptor) {
        throw invalidDescriptor("'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!descriptor.configurable || !descriptor.writable || !descriptor.enumerable) {
        throw invalidDescriptor("'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      const text = `${descriptor.value}`;
      if (key !== '') object[key] = text;
      return true;
    },
    getOwnPropertyDescriptor(object, key) {
      if (typeof key === 'symbol') return undefined;
      return Reflect.getOwnPropertyDescriptor(object, key);
    },
    ownKeys(object) {
      return Reflect.ownKeys(object).filter((key) => typeof key === 'string');
    },
  });
}

module.exports = { createEnv };
