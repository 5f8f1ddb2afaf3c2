'use strict';

// util.types: brand checks answered by the engine (internals.types).

const names = [
  'isArgumentsObject', 'isArrayBuffer', 'isAsyncFunction', 'isBigIntObject', 'isBooleanObject',
  'isDate', 'isExternal', 'isGeneratorFunction', 'isGeneratorObject', 'isMap', 'isMapIterator',
  'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise', 'isProxy', 'isRegExp',
  'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject', 'isSymbolObject', 'isWeakMap',
  'isWeakSet', 'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView', 'isDataView',
  'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array', 'isUint32Array',
  'isInt8Array', 'isInt16Array', 'isInt32Array', 'isFloat16Array', 'isFloat32Array',
  'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array',
];

const typedArrayTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

for (const name of names) {
  let check = internals.types[name];
  if (typeof check !== 'function') {
    // A typed-array kind the engine binding does not list: check the tag.
    const tag = name.slice(2);
    check = (value) => typedArrayTag(value) === tag;
  }
  module.exports[name] = check;
}

// Crypto key objects exist only once `crypto` is loaded (and exports them).
function loadedCrypto() {
  const cache = require('internal/builtins').cache;
  return cache?.get('crypto')?.exports;
}

module.exports.isKeyObject = function isKeyObject(value) {
  const KeyObject = loadedCrypto()?.KeyObject;
  return typeof KeyObject === 'function' && value instanceof KeyObject;
};
module.exports.isCryptoKey = function isCryptoKey(value) {
  const CryptoKey = loadedCrypto()?.webcrypto?.CryptoKey ?? globalThis.CryptoKey;
  return typeof CryptoKey === 'function' && value instanceof CryptoKey;
};
