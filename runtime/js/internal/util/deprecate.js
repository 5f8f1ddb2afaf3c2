'use strict';

// util.deprecate() and the internal deprecations of the builtins: each code
// warns once per session (DeprecationWarning through process.emitWarning).

const warnedCodes = new Set();

function makeEmitter(code, message, deprecated) {
  let warned = false;
  return function emitDeprecation() {
    if (warned) return;
    warned = true;
    if (code === 'ExperimentalWarning') {
      process.emitWarning(message, code, deprecated);
    } else if (code !== undefined) {
      if (!warnedCodes.has(code)) {
        process.emitWarning(message, 'DeprecationWarning', code, deprecated);
        warnedCodes.add(code);
      }
    } else {
      process.emitWarning(message, 'DeprecationWarning', deprecated);
    }
  };
}

function deprecate(fn, message, code, modifyPrototype = true) {
  if (code !== undefined) require('internal/validators').validateString(code, 'code');
  const emit = makeEmitter(code, message, deprecated);
  function deprecated(...args) {
    if (!process.noDeprecation) emit();
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', { __proto__: null, ...Object.getOwnPropertyDescriptor(fn, 'length') });
  }
  return deprecated;
}

// Warns once about a deprecated module or feature (e.g. require('punycode')).
function emitDeprecationOnce(message, code) {
  if (process.noDeprecation || warnedCodes.has(code)) return;
  warnedCodes.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

module.exports = { deprecate, emitDeprecationOnce };
