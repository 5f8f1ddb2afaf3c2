'use strict';

// ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams §7).

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  kState,
  kType,
  customInspectSymbol,
  customInspect,
  isBrandCheck,
} = require('internal/webstreams/util');

// The size functions are shared by all instances, as the spec requires.
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

const isByteLengthQueuingStrategy = isBrandCheck('ByteLengthQueuingStrategy');
const isCountQueuingStrategy = isBrandCheck('CountQueuingStrategy');

function readHighWaterMark(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) {
    throw new ERR_MISSING_OPTION('init.highWaterMark');
  }
  return +init.highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark: readHighWaterMark(init) };
  }

  get highWaterMark() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isByteLengthQueuingStrategy(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      highWaterMark: this.highWaterMark,
    });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark: readHighWaterMark(init) };
  }

  get highWaterMark() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isCountQueuingStrategy(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      highWaterMark: this.highWaterMark,
    });
  }
}

for (const cls of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(cls.prototype, {
    highWaterMark: { __proto__: null, enumerable: true },
    size: { __proto__: null, enumerable: true },
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: cls.name },
  });
}

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  isByteLengthQueuingStrategy,
  isCountQueuingStrategy,
};
