'use strict';

// Deep equality, as assert.deepEqual / assert.deepStrictEqual /
// assert.partialDeepStrictEqual and util.isDeepStrictEqual define it in
// Node.js 24. Four modes:
//
//   loose    (==)  primitives compare with ==, prototypes are ignored
//   partial        strict, but `expected` may be a subset of `actual`
//   strict         Object.is for primitives, same prototypes and tags
//   strictNoProto  strict without the prototype check (skipPrototype)
//
// Cycles: see withCycleCheck() below.

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDate,
  isMap,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
} = internals.types;
const { getOwnNonIndexProperties } = internals.util;

const kLoose = 0;
const kPartial = 1;
const kStrict = 2;
const kStrictNoProto = 3;

const ITER_NONE = 0;
const ITER_ARRAY = 1;
const ITER_SET = 2;
const ITER_MAP = 3;

// V8 property filter bits (as in internalBinding('util').constants).
const ONLY_ENUMERABLE = 2;
const SKIP_SYMBOLS = 16;

const uncurry = (fn) => Function.prototype.call.bind(fn);
const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const toStringTagOf = uncurry(Object.prototype.toString);
const typedArrayTag = uncurry(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);
const dateTime = uncurry(Date.prototype.getTime);
const numberValue = uncurry(Number.prototype.valueOf);
const stringValue = uncurry(String.prototype.valueOf);
const booleanValue = uncurry(Boolean.prototype.valueOf);
const bigintValue = uncurry(BigInt.prototype.valueOf);
const symbolValue = uncurry(Symbol.prototype.valueOf);
const errorHasInstance = uncurry(Function.prototype[Symbol.hasInstance]);
const { getPrototypeOf, getOwnPropertySymbols, getOwnPropertyDescriptor, keys: objectKeys } = Object;
const { isArray } = Array;

// Constructors whose identity is compared instead of the prototype chain.
let knownConstructors;
function wellKnownConstructors() {
  if (knownConstructors === undefined) {
    knownConstructors = new Set([
      Array, ArrayBuffer, BigInt, BigInt64Array, BigUint64Array, Boolean, DataView, Date,
      Error, Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map,
      Number, Object, Promise, RegExp, Set, String, Symbol, Uint16Array, Uint32Array,
      Uint8Array, Uint8ClampedArray, WeakMap, WeakSet,
    ]);
    if (typeof globalThis.Float16Array === 'function') knownConstructors.add(globalThis.Float16Array);
    try {
      knownConstructors.add(require('buffer').Buffer);
    } catch {
      // No Buffer: nothing to add.
    }
  }
  return knownConstructors;
}

function isError(value) {
  return isNativeError(value) || errorHasInstance(Error, value);
}

function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// A crypto KeyObject: equal when it holds the same key (its own equals()).
function isKeyObject(value) {
  return require('util/types').isKeyObject(value);
}

function isFloatArray(value) {
  const tag = typedArrayTag(value);
  return tag === 'Float16Array' || tag === 'Float32Array' || tag === 'Float64Array';
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// `small` appears in `big` as a subsequence (partial mode).
function containsSubsequence(big, small) {
  if (big.length < small.length) return false;
  let pos = 0;
  for (let i = 0; i < small.length; i++) {
    while (big[pos] !== small[i]) {
      pos++;
      if (pos > big.length - small.length + i) return false;
    }
    pos++;
  }
  return true;
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(numberValue(a), numberValue(b));
  if (isStringObject(a)) return isStringObject(b) && stringValue(a) === stringValue(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && booleanValue(a) === booleanValue(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && bigintValue(a) === bigintValue(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && symbolValue(a) === symbolValue(b);
  return false;
}

function tagsDiffer(a, b) {
  return a[Symbol.toStringTag] !== b[Symbol.toStringTag];
}

function tagsDifferSlow(aTag, a, b) {
  if (a[Symbol.toStringTag] !== undefined && b[Symbol.toStringTag] !== undefined) {
    return a[Symbol.toStringTag] !== b[Symbol.toStringTag];
  }
  return aTag !== toStringTagOf(b);
}

// An error property: equal when `b` has it enumerable (the key walk compares it
// then) or when the values are deep-equal.
function errorPropertyMatches(a, b, key, mode, memo) {
  if (isEnumerable(b, key)) return true;
  if (mode === kPartial && (b[key] === undefined || (key === 'message' && b[key] === ''))) return true;
  return deepEqual(a[key], b[key], mode, memo);
}

function deepEqual(a, b, mode, memo) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === kLoose;
  if (mode === kLoose) {
    if (a === null || typeof a !== 'object') {
      if (b !== null && typeof b === 'object') return false;
      // eslint-disable-next-line eqeqeq
      return a == b || (Number.isNaN(a) && Number.isNaN(b));
    }
    if (b === null || typeof b !== 'object') return false;
  } else {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  }
  return compareObjects(a, b, mode, memo);
}

function compareObjects(a, b, mode, memo) {
  if (mode === kStrict) {
    const ctor = a.constructor;
    if (wellKnownConstructors().has(ctor) || (ctor !== undefined && !hasOwn(a, 'constructor'))) {
      if (ctor !== b.constructor) return false;
    } else if (getPrototypeOf(a) !== getPrototypeOf(b)) {
      return false;
    }
  }

  if (isArray(a)) {
    if (!isArray(b) || tagsDiffer(a, b)) return false;
    if (a.length !== b.length && (mode !== kPartial || a.length < b.length)) return false;
    return compareIndexed(a, b, mode, memo, ITER_ARRAY);
  }

  let aTag;
  if (a[Symbol.toStringTag] === undefined && (aTag = toStringTagOf(a)) === '[object Object]') {
    if (tagsDifferSlow(aTag, a, b)) return false;
    return compareKeys(a, b, mode, memo, ITER_NONE);
  }
  if (isSet(a)) {
    if (!isSet(b) || tagsDiffer(a, b)) return false;
    if (a.size !== b.size && (mode !== kPartial || a.size < b.size)) return false;
    return compareKeys(a, b, mode, memo, ITER_SET);
  }
  if (isMap(a)) {
    if (!isMap(b) || tagsDiffer(a, b)) return false;
    if (a.size !== b.size && (mode !== kPartial || a.size < b.size)) return false;
    return compareKeys(a, b, mode, memo, ITER_MAP);
  }
  if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) || typedArrayTag(a) !== typedArrayTag(b)) return false;
    if (mode === kPartial && a.byteLength !== b.byteLength) {
      if (!containsSubsequence(bytesOf(a), bytesOf(b))) return false;
    } else if (mode === kLoose && isFloatArray(a)) {
      // Element-wise ==: 0 equals -0, NaN never equals NaN.
      if (a.byteLength !== b.byteLength) return false;
      for (let i = 0; i < a.byteLength; i++) {
        if (a[i] !== b[i]) return false;
      }
    } else if (a.byteLength !== b.byteLength || !sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    return compareIndexed(a, b, mode, memo, ITER_NONE);
  }
  if (isDate(a)) {
    if (!isDate(b) || tagsDiffer(a, b)) return false;
    const t1 = dateTime(a);
    const t2 = dateTime(b);
    if (t1 !== t2 && !(Number.isNaN(t1) && Number.isNaN(t2))) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex || tagsDiffer(a, b)) {
      return false;
    }
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || tagsDiffer(a, b)) return false;
    if (mode !== kPartial || a.byteLength === b.byteLength) {
      if (!sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
    } else if (!containsSubsequence(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (tagsDifferSlow(aTag ?? toStringTagOf(a), a, b) || isArray(b) || isArrayBufferView(b) ||
             isSet(b) || isMap(b) || isDate(b) || isRegExp(b) || isAnyArrayBuffer(b)) {
    return false;
  } else if (isError(a)) {
    // The stack is not compared: it differs between otherwise equal errors.
    if (!isError(b) ||
        !errorPropertyMatches(a, b, 'message', mode, memo) ||
        !errorPropertyMatches(a, b, 'name', mode, memo) ||
        !errorPropertyMatches(a, b, 'cause', mode, memo) ||
        !errorPropertyMatches(a, b, 'errors', mode, memo)) {
      return false;
    }
    const bHasCause = hasOwn(b, 'cause');
    if (bHasCause !== hasOwn(a, 'cause') && (mode !== kPartial || bHasCause)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isURL(a)) {
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (isKeyObject(a)) {
    if (!isKeyObject(b) || !a.equals(b)) return false;
  } else if (isBoxedPrimitive(b) || isNativeError(b) || b instanceof Error ||
             isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    return false;
  }
  return compareKeys(a, b, mode, memo, ITER_NONE);
}

// Arrays and typed arrays: their non-index own properties are compared as keys,
// the elements afterwards.
function compareIndexed(a, b, mode, memo, iteration) {
  const filter = mode === kLoose ? ONLY_ENUMERABLE | SKIP_SYMBOLS : ONLY_ENUMERABLE;
  const bKeys = getOwnNonIndexProperties(b, filter);
  if (mode !== kPartial && bKeys.length !== getOwnNonIndexProperties(a, filter).length) return false;
  return compareKeys(a, b, mode, memo, iteration, bKeys);
}

function enumerableSymbols(object, into) {
  for (const symbol of getOwnPropertySymbols(object)) {
    if (isEnumerable(object, symbol)) into.push(symbol);
  }
}

function compareKeys(a, b, mode, memo, iteration, bKeys) {
  let aKeys;
  if (bKeys === undefined) {
    bKeys = objectKeys(b);
    if (mode === kPartial) {
      enumerableSymbols(b, bKeys);
    } else {
      aKeys = objectKeys(a);
      if (aKeys.length !== bKeys.length) return false;
      if (mode !== kLoose) {
        enumerableSymbols(a, aKeys);
        enumerableSymbols(b, bKeys);
        if (aKeys.length !== bKeys.length) return false;
      }
    }
  }
  if (bKeys.length === 0 &&
      (iteration === ITER_NONE || (iteration === ITER_ARRAY && b.length === 0) || b.size === 0)) {
    return true;
  }
  return withCycleCheck(a, b, mode, aKeys, bKeys, memo, iteration);
}

// Cycles. The first comparison of a session runs without any bookkeeping
// (memo === null); only when that throws (a cycle overflows the stack) are
// comparisons redone, from then on, with a memo. The memo first records the
// outermost pair (a, b) and the pair below it (c, d), and from the third
// level on keeps the objects of the pairs on the current path in a set:
// meeting both objects of a pair again means "equal so far", meeting only
// one of them means "different". (As in Node, the set is not cleaned up
// after such a miss, and an object compared with itself counts as a miss.)
function withCycleCheck(a, b, mode, aKeys, bKeys, memo, iteration) {
  if (memo === null) return compareContents(a, b, mode, aKeys, bKeys, memo, iteration);
  if (memo === undefined) {
    memo = { set: undefined, a, b, c: undefined, d: undefined, deep: false };
    return compareContents(a, b, mode, aKeys, bKeys, memo, iteration);
  }
  if (memo.set === undefined) {
    if (!memo.deep) {
      if (memo.a === a) return memo.b === b;
      if (memo.b === b) return false;
      memo.c = a;
      memo.d = b;
      memo.deep = true;
      const result = compareContents(a, b, mode, aKeys, bKeys, memo, iteration);
      memo.deep = false;
      if (memo.set !== undefined) {
        memo.set.delete(memo.c);
        memo.set.delete(memo.d);
      }
      return result;
    }
    memo.set = new Set([memo.a, memo.b, memo.c, memo.d]);
  }
  const path = memo.set;
  const before = path.size;
  path.add(a);
  path.add(b);
  if (path.size !== before + 2) return path.size === before;
  const result = compareContents(a, b, mode, aKeys, bKeys, memo, iteration);
  path.delete(a);
  path.delete(b);
  return result;
}

function compareContents(a, b, mode, aKeys, bKeys, memo, iteration) {
  let i = 0;
  if (aKeys !== undefined) {
    // Same key order: plain property reads.
    for (; i < bKeys.length; i++) {
      const key = bKeys[i];
      if (aKeys[i] !== key) break;
      if (!deepEqual(a[key], b[key], mode, memo)) return false;
    }
  }
  for (; i < bKeys.length; i++) {
    const key = bKeys[i];
    const desc = getOwnPropertyDescriptor(a, key);
    if (desc === undefined || desc.enumerable !== true) return false;
    const value = desc.writable !== undefined ? desc.value : a[key];
    if (!deepEqual(value, b[key], mode, memo)) return false;
  }

  if (iteration === ITER_ARRAY) {
    if (mode === kPartial) return partialArrayContains(a, b, mode, memo);
    for (let k = 0; k < a.length; k++) {
      if (b[k] === undefined) {
        if (!hasOwn(b, k)) return sparseArraysEqual(a, b, mode, memo, k);
        if ((a[k] !== undefined || !hasOwn(a, k)) && (mode !== kLoose || a[k] !== null)) return false;
      } else if ((a[k] === undefined || !deepEqual(a[k], b[k], mode, memo)) &&
                 (mode !== kLoose || b[k] !== null)) {
        return false;
      }
    }
    return true;
  }
  if (iteration === ITER_SET) return setsEqual(a, b, mode, memo);
  if (iteration === ITER_MAP) return mapsEqual(a, b, mode, memo);
  return true;
}

function sparseArraysEqual(a, b, mode, memo, from) {
  const aKeys = objectKeys(a);
  const bKeys = objectKeys(b);
  if (aKeys.length !== bKeys.length) return false;
  for (let i = from; i < bKeys.length; i++) {
    const key = bKeys[i];
    if ((a[key] === undefined && !hasOwn(a, key)) || !deepEqual(a[key], b[key], mode, memo)) return false;
  }
  return true;
}

function isHole(array, index) {
  return array[index] === undefined && !hasOwn(array, index);
}

// Partial mode: the elements of `b` appear in `a` in order.
function partialArrayContains(a, b, mode, memo) {
  let pos = 0;
  for (let i = 0; i < b.length; i++) {
    if (isHole(b, i)) return partialSparseContains(a, b, mode, memo, pos, i);
    for (;;) {
      if (isHole(a, pos)) return partialSparseContains(a, b, mode, memo, pos, i);
      if (deepEqual(a[pos], b[i], mode, memo)) break;
      pos++;
      if (pos > a.length - b.length + i) return false;
    }
    pos++;
  }
  return true;
}

function partialSparseContains(a, b, mode, memo, fromA, fromB) {
  const aKeys = objectKeys(a);
  const bKeys = objectKeys(b);
  const wanted = bKeys.length - fromB;
  if (aKeys.length - fromA < wanted) return false;
  let pos = fromA;
  for (let i = 0; i < wanted; i++) {
    const bValue = b[bKeys[fromB + i]];
    while (!deepEqual(a[aKeys[pos]], bValue, mode, memo)) {
      pos++;
      if (pos > aKeys.length - wanted + i) return false;
    }
    pos++;
  }
  return true;
}

// In loose mode a primitive missing from a Set/Map may still match loosely:
// returns true/false when that is decided by the type alone, or else the
// value (null or undefined) that would have to be present instead.
function looseAlternative(value) {
  switch (typeof value) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      return !Number.isNaN(+value);
    case 'number':
      return !Number.isNaN(value);
    default:
      return true;
  }
}

function setMayHaveLooseMatch(a, b, value) {
  const alt = looseAlternative(value);
  if (alt !== null && alt !== undefined) return alt;
  return !b.has(alt) && a.has(alt);
}

function mapMayHaveLooseMatch(a, b, key, bItem, memo) {
  const alt = looseAlternative(key);
  if (alt !== null && alt !== undefined) return alt;
  const aItem = a.get(alt);
  if ((aItem === undefined && !a.has(alt)) || !deepEqual(aItem, bItem, kLoose, memo)) return false;
  return !b.has(alt);
}

// Looks for an element of candidates[from..to) equal to `value`; a match is
// swapped with candidates[to] so it is not used twice.
function takeMatch(candidates, value, mode, memo, compare, from, to) {
  for (let i = to - 1; i >= from; i--) {
    if (compare(value, candidates[i], mode, memo)) {
      candidates[i] = candidates[to];
      return true;
    }
  }
  return false;
}

function compareSmallSets(a, b, value, bRest, mode, memo) {
  const aValues = a.values();
  const firstA = aValues.next().value;
  if (deepEqual(firstA, value, mode, memo)) {
    if (b.size === 1) return true;
    const secondA = aValues.next().value;
    return b.has(secondA) || deepEqual(secondA, bRest.next().value, mode, memo);
  }
  return a.size !== 1 && deepEqual(aValues.next().value, value, mode, memo) &&
    (b.size === 1 || b.has(firstA) || deepEqual(firstA, bRest.next().value, mode, memo));
}

function setsEqual(a, b, mode, memo) {
  let unmatched;
  const bValues = b.values();
  for (const value of bValues) {
    if (a.has(value)) continue;
    if ((typeof value !== 'object' || value === null) &&
        (mode !== kLoose || !setMayHaveLooseMatch(a, b, value))) {
      return false;
    }
    if (unmatched === undefined) {
      if (a.size < 3) return compareSmallSets(a, b, value, bValues, mode, memo);
      unmatched = [];
    }
    unmatched.push(value);
  }
  if (unmatched === undefined) return true;
  if (mode === kPartial) return partialSetMatches(unmatched, a, b, mode, memo);

  const compare = mode === kLoose ? deepEqual : compareObjects;
  const checkEach = mode === kLoose || unmatched.length !== a.size;
  let start = 0;
  let end = unmatched.length - 1;
  let forward = true;
  for (const value of a) {
    if (checkEach) {
      if (b.has(value)) continue;
      if (typeof value !== 'object' && mode !== kLoose) return false;
    }
    let from = start;
    if (forward) {
      if (compare(value, unmatched[start], mode, memo)) {
        start++;
        continue;
      }
      if (start === end) return false;
      forward = false;
      from++;
    }
    if (!compare(value, unmatched[end], mode, memo)) {
      forward = true;
      if (!takeMatch(unmatched, value, mode, memo, compare, from, end)) return false;
    }
    end--;
  }
  return true;
}

function partialSetMatches(unmatched, a, b, mode, memo) {
  let seen = 0;
  let start = 0;
  let end = unmatched.length - 1;
  let forward = true;
  for (const value of a) {
    seen++;
    if (!b.has(value)) {
      let from = start;
      let skip = false;
      if (forward) {
        if (deepEqual(value, unmatched[start], mode, memo)) {
          if (start === end) return true;
          start++;
          skip = true;
        } else if (start === end) {
          skip = true;
        } else {
          forward = false;
          from++;
        }
      }
      if (!skip) {
        let found = true;
        if (!deepEqual(value, unmatched[end], mode, memo)) {
          forward = true;
          found = takeMatch(unmatched, value, mode, memo, deepEqual, from, end);
        }
        if (found) {
          if (start === end) return true;
          end--;
        }
      }
    }
    if (a.size - seen <= end - start) return false;
  }
  return false;
}

function takeMapMatch(candidates, key, item, b, mode, memo, compare, from, to) {
  for (let i = to - 1; i >= from; i--) {
    const bKey = candidates[i];
    if (compare(key, bKey, mode, memo) && deepEqual(item, b.get(bKey), mode, memo)) {
      candidates[i] = candidates[to];
      return true;
    }
  }
  return false;
}

function mapsEqual(a, b, mode, memo) {
  let unmatched;
  for (const [bKey, bItem] of b) {
    if (typeof bKey === 'object' && bKey !== null) {
      if (unmatched === undefined) {
        if (a.size === 1) {
          const [aKey, aItem] = a.entries().next().value;
          return deepEqual(aKey, bKey, mode, memo) && deepEqual(aItem, bItem, mode, memo);
        }
        unmatched = [];
      }
      unmatched.push(bKey);
    } else {
      const aItem = a.get(bKey);
      if ((aItem === undefined && !a.has(bKey)) || !deepEqual(aItem, bItem, mode, memo)) {
        if (mode !== kLoose) return false;
        if (!mapMayHaveLooseMatch(a, b, bKey, bItem, memo)) return false;
        if (unmatched === undefined) unmatched = [];
        unmatched.push(bKey);
      }
    }
  }
  if (unmatched === undefined) return true;
  if (mode === kPartial) return partialMapMatches(unmatched, a, b, mode, memo);

  const compare = mode === kLoose ? deepEqual : compareObjects;
  let start = 0;
  let end = unmatched.length - 1;
  let forward = true;
  for (const [aKey, aItem] of a) {
    if (typeof aKey !== 'object' || aKey === null) {
      if (b.has(aKey)) {
        if (mode !== kLoose || deepEqual(aItem, b.get(aKey), mode, memo)) continue;
      } else if (mode !== kLoose) {
        return false;
      }
    }
    let from = start;
    if (forward) {
      const bKey = unmatched[start];
      if (compare(aKey, bKey, mode, memo) && deepEqual(aItem, b.get(bKey), mode, memo)) {
        start++;
        continue;
      }
      if (start === end) return false;
      forward = false;
      from++;
    }
    const bKey = unmatched[end];
    if (!compare(aKey, bKey, mode, memo) || !deepEqual(aItem, b.get(bKey), mode, memo)) {
      forward = true;
      if (!takeMapMatch(unmatched, aKey, aItem, b, mode, memo, compare, from, end)) return false;
    }
    end--;
  }
  return true;
}

function partialMapMatches(unmatched, a, b, mode, memo) {
  let seen = 0;
  let start = 0;
  let end = unmatched.length - 1;
  let forward = true;
  for (const [aKey, aItem] of a) {
    seen++;
    if (typeof aKey === 'object' && aKey !== null) {
      let from = start;
      let skip = false;
      if (forward) {
        const bKey = unmatched[start];
        if (compareObjects(aKey, bKey, mode, memo) && deepEqual(aItem, b.get(bKey), mode, memo)) {
          if (start === end) return true;
          start++;
          skip = true;
        } else if (start === end) {
          skip = true;
        } else {
          forward = false;
          from++;
        }
      }
      if (!skip) {
        let found = true;
        const bKey = unmatched[end];
        if (!compareObjects(aKey, bKey, mode, memo) || !deepEqual(aItem, b.get(bKey), mode, memo)) {
          forward = true;
          found = takeMapMatch(unmatched, aKey, aItem, b, mode, memo, compareObjects, from, end);
        }
        if (found) {
          if (start === end) return true;
          end--;
        }
      }
    }
    if (a.size - seen <= end - start) return false;
  }
  return false;
}

let cycleAware = false;
function run(a, b, mode) {
  if (!cycleAware) {
    try {
      return deepEqual(a, b, mode, null);
    } catch {
      cycleAware = true;
    }
  }
  return deepEqual(a, b, mode, undefined);
}

module.exports = {
  isDeepEqual(a, b) {
    return run(a, b, kLoose);
  },
  isDeepStrictEqual(a, b, skipPrototype) {
    return run(a, b, skipPrototype ? kStrictNoProto : kStrict);
  },
  isPartialStrictEqual(a, b) {
    return run(a, b, kPartial);
  },
  isError,
};
