'use strict';

// Node's `buffer` module: Buffer (a Uint8Array subclass), SlowBuffer, atob/btoa,
// isUtf8/isAscii, transcode, Blob and File. Text conversion goes through the
// native operations in `internals.encoding`; everything else (hex, integer and
// float access, searching, comparing) is plain JavaScript.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const native = internals.encoding;
const types = internals.types || {};

// ---------------------------------------------------------------------------
// Captured builtins, so user code patching prototypes does not change Buffer.

const uncurry = (fn) => Function.prototype.call.bind(fn);
const TypedArray = Object.getPrototypeOf(Uint8Array);
const TypedArrayPrototype = TypedArray.prototype;
const taTag = uncurry(Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get);
const taLength = uncurry(Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get);
const taByteLength = uncurry(Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get);
const taByteOffset = uncurry(Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get);
const taBuffer = uncurry(Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get);
const taSet = uncurry(TypedArrayPrototype.set);
const taFill = uncurry(TypedArrayPrototype.fill);
const taSlice = uncurry(TypedArrayPrototype.slice);
const taSubarray = uncurry(TypedArrayPrototype.subarray);
const taIndexOf = uncurry(TypedArrayPrototype.indexOf);
const taLastIndexOf = uncurry(TypedArrayPrototype.lastIndexOf);
const taCopyWithin = uncurry(TypedArrayPrototype.copyWithin);
const { isView: isArrayBufferView } = ArrayBuffer;
const { fromCharCode } = String;
const { trunc: mathTrunc, min: mathMin, max: mathMax, floor: mathFloor } = Math;
const { isNaN: numberIsNaN, isInteger: numberIsInteger } = Number;

function isUint8Array(value) {
  return taTag(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return taTag(value) !== undefined;
}

// The engine's own brand check (internals.types).
const { isAnyArrayBuffer } = types;

// Views the bytes of any ArrayBufferView as a plain Uint8Array.
function bytesOf(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let lazyInspectFn;
function lazyInspect() {
  lazyInspectFn ??= require('internal/inspect').inspect;
  return lazyInspectFn;
}

// A few errors are thrown by Node's C++ layer with bare messages.
function nativeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

// ---------------------------------------------------------------------------
// Limits (64-bit V8, as in Node 24).

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true, configurable: false },
});

let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// The Buffer class. Instances are FastBuffers; `Buffer` itself is the legacy
// callable constructor whose prototype is FastBuffer.prototype.

class FastBuffer extends Uint8Array {
  // Keeps the three-argument form so V8 can see the arity.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// DEP0005: calling Buffer() warns once, unless the call comes from a package
// (a file under node_modules), which the program's author cannot change.
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningEmitted = false;

function calledFromNodeModules() {
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = 10;
    Error.captureStackTrace(holder, Buffer);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return false;
  for (const site of sites) {
    const fileName = site.getFileName();
    if (fileName === undefined || fileName === null || fileName.startsWith('node:')) continue;
    return fileName.includes('/node_modules/') || fileName.includes('\\node_modules\\');
  }
  return false;
}

function showBufferWarning() {
  if (bufferWarningEmitted || process.noDeprecation || calledFromNodeModules()) return;
  bufferWarningEmitted = true;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showBufferWarning();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

// ---------------------------------------------------------------------------
// The allocation pool: small buffers share one 8 KiB ArrayBuffer.

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  markUntransferable(allocPool);
  poolOffset = 0;
}

// The pool never goes in a transfer list: that would detach every Buffer on it.
function markUntransferable(arrayBuffer) {
  // (A runtime without clone marks has no transfer lists either.)
  if (typeof internals.setCloneMarks !== 'function') return;
  const { MARK_UNTRANSFERABLE, setMark } = require('internal/worker/clone');
  setMark(arrayBuffer, MARK_UNTRANSFERABLE);
}
createPool();

function alignPool() {
  // Keep each pooled buffer 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += b.length;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function wrapBytes(u8) {
  return new FastBuffer(taBuffer(u8), taByteOffset(u8), taLength(u8));
}

// ---------------------------------------------------------------------------
// Encodings.

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push((i < 16 ? '0' : '') + i.toString(16));

// 0-15 for hex digits, 255 otherwise; indexed by the low byte of a code unit.
const unhexTable = new Uint8Array(256).fill(255);
for (let i = 0; i < 10; i++) unhexTable[48 + i] = i;
for (let i = 0; i < 6; i++) {
  unhexTable[65 + i] = 10 + i;
  unhexTable[97 + i] = 10 + i;
}

function isAsciiString(str) {
  for (let i = 0; i < str.length; i++) {
    if (str.charCodeAt(i) > 0x7f) return false;
  }
  return true;
}

const kSmallString = 64;

function utf8ByteLength(str) {
  if (str.length <= kSmallString && isAsciiString(str)) return str.length;
  return native.utf8ByteLength(str);
}

function utf8WriteRaw(buf, str, offset, max) {
  const len = str.length;
  if (len <= kSmallString && len <= max && isAsciiString(str)) {
    for (let i = 0; i < len; i++) buf[offset + i] = str.charCodeAt(i);
    return len;
  }
  return native.encodeUtf8Into(str, buf, offset, max)[1];
}

function utf8SliceRaw(buf, start, end) {
  if (end - start <= kSmallString) {
    let out = '';
    for (let i = start; i < end; i++) {
      const c = buf[i];
      if (c > 0x7f) return native.decodeUtf8(buf, start, end);
      out += fromCharCode(c);
    }
    return out;
  }
  return native.decodeUtf8(buf, start, end);
}

function latin1WriteRaw(buf, str, offset, max) {
  const n = mathMin(str.length, max);
  if (n > kSmallString) return native.encodeLatin1Into(str, buf, offset, n);
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

function ucs2WriteRaw(buf, str, offset, max) {
  const n = mathMin(str.length, max >>> 1);
  if (n > kSmallString) return native.encodeUtf16leInto(str, buf, offset, n * 2);
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[offset + 2 * i] = c;
    buf[offset + 2 * i + 1] = c >>> 8;
  }
  return n * 2;
}

function hexWriteRaw(buf, str, offset, max) {
  const n = mathMin(str.length >>> 1, max);
  let i = 0;
  for (; i < n; i++) {
    const hi = unhexTable[str.charCodeAt(2 * i) & 0xff];
    const lo = unhexTable[str.charCodeAt(2 * i + 1) & 0xff];
    if (hi === 255 || lo === 255) break;
    buf[offset + i] = hi * 16 + lo;
  }
  return i;
}

function hexSliceRaw(buf, start, end) {
  if (end - start > 64) return native.hexEncode(buf, start, end);
  let out = '';
  for (let i = start; i < end; i++) out += hexTable[buf[i]];
  return out;
}

// Node decodes base64 from the low byte of each UTF-16 code unit (so U+D83D
// reads as '='); give the native decoder that one-byte view of the string.
const nonLatin1 = /[^\u0000-\u00ff]/;
const nonLatin1Global = /[^\u0000-\u00ff]/g;
function base64Decode(str) {
  if (nonLatin1.test(str)) {
    str = str.replace(nonLatin1Global, (c) => fromCharCode(c.charCodeAt(0) & 0xff));
  }
  return native.base64Decode(str);
}

function base64WriteRaw(buf, str, offset, max) {
  const bytes = base64Decode(str);
  let n = taLength(bytes);
  if (n > max) n = max;
  taSet(buf, n === taLength(bytes) ? bytes : taSubarray(bytes, 0, n), offset);
  return n;
}

function base64ByteLength(str, bytes) {
  // Trailing padding does not count.
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Encoding operations, keyed by normalized encoding name.
//   byteLength(str)                   bytes the string encodes to (an upper bound for base64)
//   write(buf, str, offset, max)      encode into buf[offset .. offset+max), return bytes written
//   slice(buf, start, end)            decode buf[start .. end)
//   create(str)                       a new Buffer holding the encoded string
//   kind                              how indexOf() searches for a string needle
const kUtf8 = 1;
const kUcs2 = 3;
const kLatin1 = 4;
const kOther = 0;

function createFromStringGeneric(str, ops) {
  const length = ops.byteLength(str);
  const buf = createUnsafeBuffer(length);
  const actual = ops.write(buf, str, 0, length);
  return actual === length ? buf : new FastBuffer(taBuffer(buf), 0, actual);
}

const encodingOps = {
  __proto__: null,
  utf8: {
    encoding: 'utf8',
    kind: kUtf8,
    byteLength: utf8ByteLength,
    write: utf8WriteRaw,
    slice: utf8SliceRaw,
    create: (str) => wrapBytes(native.encodeUtf8(str)),
  },
  ucs2: {
    encoding: 'utf16le',
    kind: kUcs2,
    byteLength: (str) => str.length * 2,
    write: ucs2WriteRaw,
    slice: (buf, start, end) => native.decodeUtf16le(buf, start, end - ((end - start) & 1)),
    create: null,
  },
  latin1: {
    encoding: 'latin1',
    kind: kLatin1,
    byteLength: (str) => str.length,
    write: latin1WriteRaw,
    slice: (buf, start, end) => native.decodeLatin1(buf, start, end),
    create: null,
  },
  ascii: {
    encoding: 'ascii',
    kind: kOther,
    byteLength: (str) => str.length,
    write: latin1WriteRaw,
    slice: (buf, start, end) => native.decodeAscii(buf, start, end),
    create: null,
  },
  base64: {
    encoding: 'base64',
    kind: kOther,
    byteLength: (str) => base64ByteLength(str, str.length),
    write: base64WriteRaw,
    slice: (buf, start, end) => native.base64Encode(buf, start, end, false),
    create: (str) => wrapBytes(base64Decode(str)),
  },
  base64url: {
    encoding: 'base64url',
    kind: kOther,
    byteLength: (str) => base64ByteLength(str, str.length),
    write: base64WriteRaw,
    slice: (buf, start, end) => native.base64Encode(buf, start, end, true),
    create: (str) => wrapBytes(base64Decode(str)),
  },
  hex: {
    encoding: 'hex',
    kind: kOther,
    byteLength: (str) => str.length >>> 1,
    write: hexWriteRaw,
    slice: hexSliceRaw,
    create: null,
  },
};
for (const key of Object.keys(encodingOps)) {
  const ops = encodingOps[key];
  if (ops.create === null) ops.create = (str) => createFromStringGeneric(str, ops);
}

const encodingNames = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'ucs2',
  'ucs-2': 'ucs2',
  'utf16le': 'ucs2',
  'utf-16le': 'ucs2',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

// The operations for `encoding`, or undefined when it names no encoding.
function getEncodingOps(encoding) {
  encoding += '';
  let key = encodingNames[encoding];
  if (key === undefined) key = encodingNames[encoding.toLowerCase()];
  return key === undefined ? undefined : encodingOps[key];
}

// Node's normalizeEncoding: null/undefined/'' mean utf8.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8' || encoding === '') return 'utf8';
  if (typeof encoding !== 'string') return undefined;
  const ops = getEncodingOps(encoding);
  return ops === undefined ? undefined : ops.encoding;
}

function fromStringFast(string, ops) {
  const half = Buffer.poolSize >>> 1;
  if (string.length >= half) return ops.create(string);
  const length = ops.byteLength(string);
  if (length >= half) return ops.create(string);
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (numberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    // No length: the view tracks the length of a resizable buffer.
    return new FastBuffer(obj, byteOffset);
  }
  length = +length;
  if (length > 0) {
    if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  } else {
    length = 0;
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (!(length > 0)) return new FastBuffer();
  let b;
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > (poolSize - poolOffset)) createPool();
    b = new FastBuffer(allocPool, poolOffset, length);
    poolOffset += b.length;
    alignPool();
  } else {
    b = new FastBuffer(length);
  }
  taSet(b, obj, 0);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) {
    return fromArrayLike(obj.data);
  }
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b !== undefined) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = taLength(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = taSlice(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(taBuffer(view), taByteOffset(view), taByteLength(view)));
};

Buffer.of = function of(...items) {
  const b = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);
// DEP0030, warned on the first call.
const deprecatedSlowBuffer = require('internal/util/deprecate').deprecate(
  SlowBuffer, 'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030');

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

// Lexicographic comparison of two byte ranges: -1, 0 or 1.
function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = aLen < bLen ? aLen : bLen;
  let i = 0;
  if (n >= 64) {
    // Skip the equal prefix four bytes at a time when both sides can be
    // viewed as aligned 32-bit words.
    const aOff = taByteOffset(a) + aStart;
    const bOff = taByteOffset(b) + bStart;
    if ((aOff & 3) === (bOff & 3)) {
      while (i < n && ((aOff + i) & 3) !== 0 && a[aStart + i] === b[bStart + i]) i++;
      if (((aOff + i) & 3) === 0) {
        const words = (n - i) >>> 2;
        const aw = new Int32Array(taBuffer(a), aOff + i, words);
        const bw = new Int32Array(taBuffer(b), bOff + i, words);
        let w = 0;
        while (w < words && aw[w] === bw[w]) w++;
        i += w * 4;
      }
    }
  }
  for (; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  if (aLen > bLen) return 1;
  if (aLen < bLen) return -1;
  return 0;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, taLength(buf1), buf2, 0, taLength(buf2));
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    getEncodingOps(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

// Copies source[sourceStart .. sourceEnd) to target at targetStart, clipped to
// both buffers; returns the number of bytes copied.
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  const targetLength = taLength(target);
  if (sourceEnd - sourceStart > targetLength - targetStart) {
    sourceEnd = sourceStart + targetLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = taLength(source) - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb < taLength(source)) {
    source = new Uint8Array(taBuffer(source), taByteOffset(source) + sourceStart, nb);
  }
  taSet(target, source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, taLength(buf));
  }
  if (pos < length) taFill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (!encoding) return utf8ByteLength(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return utf8ByteLength(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Prototype: properties and text conversion.

Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// `buf.<encoding>Slice(start, end)` and `buf.<encoding>Write(string, offset, length)`,
// the raw per-encoding methods Node exposes.
function parseArrayIndex(value, def) {
  if (value === undefined) return def;
  const n = mathTrunc(+value) || 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

function makeSlice(ops) {
  return function slice(start, end) {
    const len = taLength(this);
    start = parseArrayIndex(start, 0);
    end = parseArrayIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    if (end === start) return '';
    return ops.slice(this, start, end);
  };
}

function makeWrite(ops) {
  return function write(string, offset, length) {
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    const len = taLength(this);
    offset = parseArrayIndex(offset, 0);
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    let max = parseArrayIndex(length, len - offset);
    if (max > len - offset) max = len - offset;
    if (max === 0 || string.length === 0) return 0;
    return ops.write(this, string, offset, max);
  };
}

const rawMethodEncodings = [
  ['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'ucs2'], ['utf8', 'utf8'],
];
for (const [prefix, key] of rawMethodEncodings) {
  const fn = makeSlice(encodingOps[key]);
  Object.defineProperty(fn, 'name', { __proto__: null, value: `${prefix}Slice` });
  Object.defineProperty(fn, 'length', { __proto__: null, value: 0 });
  Buffer.prototype[`${prefix}Slice`] = fn;
}
// ascii/latin1/utf8 writes check their range up front, as Node's do: an offset
// or length reaching outside the buffer is ERR_BUFFER_OUT_OF_BOUNDS.
function makeCheckedWrite(ops) {
  const write = makeWrite(ops);
  return function checkedWrite(string, offset = 0, length = taByteLength(this) - offset) {
    const byteLength = taByteLength(this);
    if (offset < 0 || offset > byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length < 0 || length > byteLength - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    return write.call(this, string, offset, length);
  };
}
const checkedWriteEncodings = new Set(['ascii', 'latin1', 'utf8']);

for (const [prefix, key] of rawMethodEncodings) {
  const fn = checkedWriteEncodings.has(key) ? makeCheckedWrite(encodingOps[key]) : makeWrite(encodingOps[key]);
  Object.defineProperty(fn, 'name', { __proto__: null, value: `${prefix}Write` });
  Object.defineProperty(fn, 'length', { __proto__: null, value: 0 });
  Buffer.prototype[`${prefix}Write`] = fn;
}

// Negative offsets count from the end; the result is clamped to [0, length].
function adjustOffset(offset, length) {
  offset = mathTrunc(offset);
  if (offset === 0 || numberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

// Integers stay as they are; anything else is floored, NaN and infinities
// becoming `defaultValue`.
function toInteger(n, defaultValue) {
  if (numberIsInteger(n)) return n;
  n = +n;
  if (!numberIsNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return (n % 1) === 0 ? n : mathFloor(n);
  }
  return defaultValue;
}

// Any ArrayBufferView as its bytes: copy() counts offsets in bytes whatever the
// element size of its source and target.
function bytesOfView(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isArrayBufferView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isArrayBufferView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  source = bytesOfView(source);
  target = bytesOfView(target);
  const sourceLength = taLength(source);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > sourceLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${sourceLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = sourceLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= taLength(target) || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8SliceRaw(this, 0, taLength(this));
  const len = taLength(this);
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = mathTrunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = mathTrunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return utf8SliceRaw(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = taLength(this);
  if (len !== taLength(otherBuffer)) return false;
  if (len === 0) return true;
  return compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
};

// Buffer.prototype[inspect.custom]: `<Buffer 01 02 ... N more bytes>` plus any
// extra own properties.
function bufferInspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const len = taLength(this);
  const shown = mathTrunc(mathMin(max, len));
  let str = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) str += ' ';
    str += hexTable[this[i]];
  }
  const remaining = len - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of Reflect.ownKeys(this)) {
      if (typeof key === 'string' && /^(?:0|[1-9][0-9]*)$/.test(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (len !== 0) str += ', ';
      str += lazyInspect()(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Buffer.prototype[customInspectSymbol] = bufferInspect;
Buffer.prototype.inspect = bufferInspect;

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) {
    return compareBytes(this, 0, taLength(this), target, 0, taLength(target));
  }
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = taLength(target);
  else validateOffset(targetEnd, 'targetEnd', 0, taLength(target));
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = taLength(this);
  else validateOffset(sourceEnd, 'sourceEnd', 0, taLength(this));
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// ---------------------------------------------------------------------------
// Searching.

// Where a search of a needle of `needleLength` bytes starts (Node's rules), or -1.
function indexOfOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

// Byte search of needle (Uint8Array) in hay[0 .. hayLength) from `start`
// (already clamped); -1 when absent.
function searchBytes(hay, hayLength, needle, start, forward) {
  const nl = taLength(needle);
  if (nl > hayLength) return -1;
  const last = hayLength - nl;
  // Jump between occurrences of the first byte; when that keeps finding
  // false candidates (repetitive data), switch to Horspool.
  const first = needle[0];
  let misses = 0;
  if (forward) {
    let i = start;
    while (i <= last) {
      i = taIndexOf(hay, first, i);
      if (i === -1 || i > last) return -1;
      let j = 1;
      while (j < nl && hay[i + j] === needle[j]) j++;
      if (j === nl) return i;
      i++;
      if (++misses > 64 && nl >= 3) return horspoolForward(hay, needle, i, last);
    }
    return -1;
  }
  let i = start < last ? start : last;
  while (i >= 0) {
    i = taLastIndexOf(hay, first, i);
    if (i === -1) return -1;
    let j = 1;
    while (j < nl && hay[i + j] === needle[j]) j++;
    if (j === nl) return i;
    i--;
    if (++misses > 64 && nl >= 3) return i < 0 ? -1 : horspoolBackward(hay, needle, i);
  }
  return -1;
}

// Boyer-Moore-Horspool, keyed on the needle's last byte.
function horspoolForward(hay, needle, pos, last) {
  const nl = taLength(needle);
  const shift = new Int32Array(256).fill(nl);
  for (let j = 0; j < nl - 1; j++) shift[needle[j]] = nl - 1 - j;
  const tail = needle[nl - 1];
  while (pos <= last) {
    const c = hay[pos + nl - 1];
    if (c === tail) {
      let j = 0;
      while (j < nl - 1 && hay[pos + j] === needle[j]) j++;
      if (j === nl - 1) return pos;
    }
    pos += shift[c];
  }
  return -1;
}

// The mirror image, keyed on the needle's first byte, scanning leftwards.
function horspoolBackward(hay, needle, pos) {
  const nl = taLength(needle);
  const shift = new Int32Array(256).fill(nl);
  for (let j = nl - 1; j > 0; j--) shift[needle[j]] = j;
  const head = needle[0];
  while (pos >= 0) {
    const c = hay[pos];
    if (c === head) {
      let j = 1;
      while (j < nl && hay[pos + j] === needle[j]) j++;
      if (j === nl) return pos;
    }
    pos -= shift[c];
  }
  return -1;
}

// Search over 16-bit little-endian units; needle is an array of unit values.
function searchUnits(hay, hayUnits, needle, startUnit, forward) {
  const nl = needle.length;
  if (nl > hayUnits) return -1;
  const last = hayUnits - nl;
  const match = (p) => {
    for (let j = 0; j < nl; j++) {
      const k = 2 * (p + j);
      if ((hay[k] | (hay[k + 1] << 8)) !== needle[j]) return false;
    }
    return true;
  };
  if (forward) {
    for (let p = startUnit; p <= last; p++) if (match(p)) return p;
    return -1;
  }
  for (let p = startUnit < last ? startUnit : last; p >= 0; p--) if (match(p)) return p;
  return -1;
}

function searchNeedle(hay, needleBytes, needleUnits, kind, byteOffset, forward) {
  const hayLength = taLength(hay);
  const needleLength = needleUnits !== null ? needleUnits.length * 2 : taLength(needleBytes);
  const opt = indexOfOffset(hayLength, byteOffset, needleLength, forward);
  if (needleLength === 0) return opt;
  if (hayLength === 0 || opt <= -1) return -1;
  if ((forward && needleLength + opt > hayLength) || needleLength > hayLength) return -1;
  if (kind === kUcs2) {
    let units = needleUnits;
    if (units === null) {
      const n = needleLength >>> 1;
      if (hayLength < 2 || n < 1) return -1;
      units = [];
      for (let i = 0; i < n; i++) units.push(needleBytes[2 * i] | (needleBytes[2 * i + 1] << 8));
    } else if (hayLength < 2) {
      return -1;
    }
    const r = searchUnits(hay, hayLength >>> 1, units, opt >>> 1, forward);
    return r === -1 ? -1 : r * 2;
  }
  return searchBytes(hay, hayLength, needleBytes, opt, forward);
}

function latin1Bytes(str) {
  const out = new Uint8Array(str.length);
  for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i);
  return out;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (numberIsNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = mathTrunc(byteOffset) + 0;
  const hay = bytesOf(buffer);

  if (typeof val === 'number') {
    const hayLength = taLength(hay);
    const opt = indexOfOffset(hayLength, byteOffset, 1, forward);
    if (opt <= -1 || hayLength === 0) return -1;
    const needle = (val >>> 0) & 0xff;
    return forward ? taIndexOf(hay, needle, opt) : taLastIndexOf(hay, needle, opt);
  }

  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    switch (ops.kind) {
      case kUtf8:
        return searchNeedle(hay, val.length === 0 ? new Uint8Array(0) : native.encodeUtf8(val),
                            null, kUtf8, byteOffset, forward);
      case kLatin1:
        return searchNeedle(hay, latin1Bytes(val), null, kLatin1, byteOffset, forward);
      case kUcs2: {
        const units = [];
        for (let i = 0; i < val.length; i++) units.push(val.charCodeAt(i));
        return searchNeedle(hay, null, units, kUcs2, byteOffset, forward);
      }
      default:
        return searchNeedle(hay, fromStringFast(val, ops), null, kOther, byteOffset, forward);
    }
  }
  if (isUint8Array(val)) {
    const kind = ops === undefined ? kUtf8 : ops.kind;
    return searchNeedle(hay, val, null, kind === kUcs2 ? kUcs2 : kOther, byteOffset, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// ---------------------------------------------------------------------------
// fill / write / toJSON / subarray / swap.

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!numberIsInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

// The bytes a string fill value encodes to.
function encodeFillString(str, encoding) {
  const ops = encodingOps[encoding === 'utf16le' ? 'ucs2' : encoding];
  if (ops.kind === kUtf8) return native.encodeUtf8(str);
  const length = ops.byteLength(str);
  const bytes = new Uint8Array(length);
  const written = ops.write(bytes, str, 0, length);
  return written === length ? bytes : taSubarray(bytes, 0, written);
}

function fillImpl(buf, value, offset, end, encoding) {
  let normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    if (offset > end || end > taByteLength(buf)) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    taFill(buf, value, offset, end);
    return buf;
  }

  const fillLength = end - offset;
  if (end > taByteLength(buf)) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  let pattern;
  if (typeof value === 'string') {
    pattern = encodeFillString(value, normalized);
  } else if (isArrayBufferView(value)) {
    pattern = taSlice(bytesOf(value));
  } else {
    // Anything else fills with the low byte of its uint32 value.
    taFill(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  const patternLength = taLength(pattern);
  if (patternLength === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  const target = bytesOf(buf);
  if (patternLength >= fillLength) {
    taSet(target, taSubarray(pattern, 0, fillLength), offset);
    return buf;
  }
  taSet(target, pattern, offset);
  let filled = patternLength;
  while (filled < fillLength) {
    const n = filled < fillLength - filled ? filled : fillLength - filled;
    taCopyWithin(target, offset + filled, offset, offset + n);
    filled += n;
  }
  return buf;
}

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) {
    return this.utf8Write(string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  if (length === 0 || string.length === 0) return 0;
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  const len = this.length;
  const data = new Array(len);
  for (let i = 0; i < len; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

// Large aligned buffers swap whole words through a wider view.
Buffer.prototype.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len >= 128 && (taByteOffset(this) & 1) === 0) {
    const words = new Uint16Array(taBuffer(this), taByteOffset(this), len >>> 1);
    for (let i = 0; i < words.length; i++) {
      const x = words[i];
      words[i] = (x >>> 8) | ((x & 0xff) << 8);
    }
    return this;
  }
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

function byteSwap32(x) {
  return ((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);
}

Buffer.prototype.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len >= 128 && (taByteOffset(this) & 3) === 0) {
    const words = new Uint32Array(taBuffer(this), taByteOffset(this), len >>> 2);
    for (let i = 0; i < words.length; i++) words[i] = byteSwap32(words[i]);
    return this;
  }
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

Buffer.prototype.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len >= 128 && (taByteOffset(this) & 3) === 0) {
    const words = new Uint32Array(taBuffer(this), taByteOffset(this), len >>> 2);
    for (let i = 0; i < words.length; i += 2) {
      const x = words[i];
      words[i] = byteSwap32(words[i + 1]);
      words[i + 1] = byteSwap32(x);
    }
    return this;
  }
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ---------------------------------------------------------------------------
// Reading and writing numbers. Every accessor is spelled out so V8 can inline
// it; offsets are checked the way Node does: a non-number offset is a type
// error, and an access past either end reports the valid range.

function boundsError(value, length, type) {
  if (mathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Validates `offset` for an access of `size` bytes.
function checkBounds(buf, offset, size) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function rangeError(value, min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  let range;
  if (size > 4) {
    const bits = size * 8;
    if (min === 0 || min === 0n) {
      range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
    } else {
      range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    }
  } else {
    range = `>= ${min}${n} and <= ${max}${n}`;
  }
  return new ERR_OUT_OF_RANGE('value', range, value);
}

// Validates value against [min, max], then offset, for a write of `size` bytes.
function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) throw rangeError(value, min, max, size);
  checkBounds(buf, offset, size);
}

// Unchecked little-endian / big-endian unsigned reads.
function u16le(b, o) { return b[o] + b[o + 1] * 2 ** 8; }
function u16be(b, o) { return b[o] * 2 ** 8 + b[o + 1]; }
function u24le(b, o) { return b[o] + b[o + 1] * 2 ** 8 + b[o + 2] * 2 ** 16; }
function u24be(b, o) { return b[o] * 2 ** 16 + b[o + 1] * 2 ** 8 + b[o + 2]; }
function u32le(b, o) { return b[o] + b[o + 1] * 2 ** 8 + b[o + 2] * 2 ** 16 + b[o + 3] * 2 ** 24; }
function u32be(b, o) { return b[o] * 2 ** 24 + b[o + 1] * 2 ** 16 + b[o + 2] * 2 ** 8 + b[o + 3]; }

// Sign extension of an n-bit unsigned value (n <= 32).
function sext8(v) { return v | (v & 0x80) * 0x1fffffe; }
function sext16(v) { return v | (v & 0x8000) * 0x1fffe; }
function sext24(v) { return v | (v & 0x800000) * 0x1fe; }

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}
function readInt8(offset = 0) {
  return sext8(readUInt8.call(this, offset));
}
function readUInt16LE(offset = 0) {
  checkBounds(this, offset, 2);
  return u16le(this, offset);
}
function readUInt16BE(offset = 0) {
  checkBounds(this, offset, 2);
  return u16be(this, offset);
}
function readInt16LE(offset = 0) {
  checkBounds(this, offset, 2);
  return sext16(u16le(this, offset));
}
function readInt16BE(offset = 0) {
  checkBounds(this, offset, 2);
  return sext16(u16be(this, offset));
}
function readUInt32LE(offset = 0) {
  checkBounds(this, offset, 4);
  return u32le(this, offset);
}
function readUInt32BE(offset = 0) {
  checkBounds(this, offset, 4);
  return u32be(this, offset);
}
function readInt32LE(offset = 0) {
  checkBounds(this, offset, 4);
  return u32le(this, offset) | 0;
}
function readInt32BE(offset = 0) {
  checkBounds(this, offset, 4);
  return u32be(this, offset) | 0;
}

// Variable-width reads (offset already known to be a number).
function readUIntAt(buf, offset, size, le) {
  checkBounds(buf, offset, size);
  switch (size) {
    case 1: return buf[offset];
    case 2: return le ? u16le(buf, offset) : u16be(buf, offset);
    case 3: return le ? u24le(buf, offset) : u24be(buf, offset);
    case 4: return le ? u32le(buf, offset) : u32be(buf, offset);
    case 5: return le ? u32le(buf, offset) + buf[offset + 4] * 2 ** 32 :
      buf[offset] * 2 ** 32 + u32be(buf, offset + 1);
    default: return le ? u32le(buf, offset) + u16le(buf, offset + 4) * 2 ** 32 :
      u16be(buf, offset) * 2 ** 32 + u32be(buf, offset + 2);
  }
}

function readIntAt(buf, offset, size, le) {
  checkBounds(buf, offset, size);
  switch (size) {
    case 1: return sext8(buf[offset]);
    case 2: return sext16(le ? u16le(buf, offset) : u16be(buf, offset));
    case 3: return sext24(le ? u24le(buf, offset) : u24be(buf, offset));
    case 4: return (le ? u32le(buf, offset) : u32be(buf, offset)) | 0;
    case 5: return le ? sext8(buf[offset + 4]) * 2 ** 32 + u32le(buf, offset) :
      sext8(buf[offset]) * 2 ** 32 + u32be(buf, offset + 1);
    default: return le ? sext16(u16le(buf, offset + 4)) * 2 ** 32 + u32le(buf, offset) :
      sext16(u16be(buf, offset)) * 2 ** 32 + u32be(buf, offset + 2);
  }
}

function validByteLength(byteLength) {
  return byteLength === 1 || byteLength === 2 || byteLength === 3 ||
    byteLength === 4 || byteLength === 5 || byteLength === 6;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  return readUIntAt(this, offset, byteLength, true);
}
function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  return readUIntAt(this, offset, byteLength, false);
}
function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  return readIntAt(this, offset, byteLength, true);
}
function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!validByteLength(byteLength)) boundsError(byteLength, 6, 'byteLength');
  return readIntAt(this, offset, byteLength, false);
}

// Writes. Values arrive range-checked but possibly fractional or NaN; each
// byte is stored through the Uint8Array (ToUint8) from ToUint32(value) shifts,
// and bits above 32 come from floor(value / 2 ** 32), as Node's writers do.
function writeU8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeU16(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 2);
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
  } else {
    buf[offset] = value >>> 8;
    buf[offset + 1] = value;
  }
  return offset + 2;
}

function writeU24(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 3);
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
  } else {
    buf[offset] = value >>> 16;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value;
  }
  return offset + 3;
}

function writeU32(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 4);
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
  } else {
    buf[offset] = value >>> 24;
    buf[offset + 1] = value >>> 16;
    buf[offset + 2] = value >>> 8;
    buf[offset + 3] = value;
  }
  return offset + 4;
}

function writeU40(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 5);
  const hi = mathFloor(value * 2 ** -32);
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
    buf[offset + 4] = hi;
  } else {
    buf[offset] = hi;
    buf[offset + 1] = value >>> 24;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 8;
    buf[offset + 4] = value;
  }
  return offset + 5;
}

function writeU48(buf, value, offset, min, max, le) {
  value = +value;
  checkInt(value, min, max, buf, offset, 6);
  const hi = mathFloor(value * 2 ** -32);
  if (le) {
    buf[offset] = value;
    buf[offset + 1] = value >>> 8;
    buf[offset + 2] = value >>> 16;
    buf[offset + 3] = value >>> 24;
    buf[offset + 4] = hi;
    buf[offset + 5] = hi >>> 8;
  } else {
    buf[offset] = hi >>> 8;
    buf[offset + 1] = hi;
    buf[offset + 2] = value >>> 24;
    buf[offset + 3] = value >>> 16;
    buf[offset + 4] = value >>> 8;
    buf[offset + 5] = value;
  }
  return offset + 6;
}

function writeUInt8(value, offset = 0) { return writeU8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return writeU8(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return writeU16(this, value, offset, 0, 0xffff, true); }
function writeUInt16BE(value, offset = 0) { return writeU16(this, value, offset, 0, 0xffff, false); }
function writeInt16LE(value, offset = 0) { return writeU16(this, value, offset, -0x8000, 0x7fff, true); }
function writeInt16BE(value, offset = 0) { return writeU16(this, value, offset, -0x8000, 0x7fff, false); }
function writeUInt32LE(value, offset = 0) { return writeU32(this, value, offset, 0, 0xffffffff, true); }
function writeUInt32BE(value, offset = 0) { return writeU32(this, value, offset, 0, 0xffffffff, false); }
function writeInt32LE(value, offset = 0) {
  return writeU32(this, value, offset, -0x80000000, 0x7fffffff, true);
}
function writeInt32BE(value, offset = 0) {
  return writeU32(this, value, offset, -0x80000000, 0x7fffffff, false);
}

function writeVariable(buf, value, offset, byteLength, signed, le) {
  switch (byteLength) {
    case 1: return signed ? writeU8(buf, value, offset, -0x80, 0x7f) : writeU8(buf, value, offset, 0, 0xff);
    case 2: return signed ? writeU16(buf, value, offset, -0x8000, 0x7fff, le) :
      writeU16(buf, value, offset, 0, 0xffff, le);
    case 3: return signed ? writeU24(buf, value, offset, -0x800000, 0x7fffff, le) :
      writeU24(buf, value, offset, 0, 0xffffff, le);
    case 4: return signed ? writeU32(buf, value, offset, -0x80000000, 0x7fffffff, le) :
      writeU32(buf, value, offset, 0, 0xffffffff, le);
    case 5: return signed ? writeU40(buf, value, offset, -0x8000000000, 0x7fffffffff, le) :
      writeU40(buf, value, offset, 0, 0xffffffffff, le);
    case 6: return signed ? writeU48(buf, value, offset, -0x800000000000, 0x7fffffffffff, le) :
      writeU48(buf, value, offset, 0, 0xffffffffffff, le);
    default: boundsError(byteLength, 6, 'byteLength');
  }
}

function writeUIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, true); }
function writeUIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, false); }
function writeIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, true); }
function writeIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, false); }

// 64-bit BigInt access.
function checkBig(buf, offset) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
}

function readBigUInt64LE(offset = 0) {
  checkBig(this, offset);
  return BigInt(u32le(this, offset)) + (BigInt(u32le(this, offset + 4)) << 32n);
}
function readBigUInt64BE(offset = 0) {
  checkBig(this, offset);
  return (BigInt(u32be(this, offset)) << 32n) + BigInt(u32be(this, offset + 4));
}
function readBigInt64LE(offset = 0) {
  checkBig(this, offset);
  return BigInt(u32le(this, offset)) + (BigInt(u32le(this, offset + 4) | 0) << 32n);
}
function readBigInt64BE(offset = 0) {
  checkBig(this, offset);
  return (BigInt(u32be(this, offset) | 0) << 32n) + BigInt(u32be(this, offset + 4));
}

function writeBig64(buf, value, offset, min, max, le) {
  if (value > max || value < min) throw rangeError(value, min, max, 8);
  checkBig(buf, offset);
  // Mixing in a non-BigInt value throws here, as in Node.
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (le) {
    buf[offset] = lo;
    buf[offset + 1] = lo >>> 8;
    buf[offset + 2] = lo >>> 16;
    buf[offset + 3] = lo >>> 24;
    buf[offset + 4] = hi;
    buf[offset + 5] = hi >>> 8;
    buf[offset + 6] = hi >>> 16;
    buf[offset + 7] = hi >>> 24;
  } else {
    buf[offset] = hi >>> 24;
    buf[offset + 1] = hi >>> 16;
    buf[offset + 2] = hi >>> 8;
    buf[offset + 3] = hi;
    buf[offset + 4] = lo >>> 24;
    buf[offset + 5] = lo >>> 16;
    buf[offset + 6] = lo >>> 8;
    buf[offset + 7] = lo;
  }
  return offset + 8;
}

const kU64Max = 2n ** 64n - 1n;
const kI64Min = -(2n ** 63n);
const kI64Max = 2n ** 63n - 1n;
function writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, true); }
function writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, 0n, kU64Max, false); }
function writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, true); }
function writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, kI64Min, kI64Max, false); }

// Floats go through scratch typed arrays in the host's byte order.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;
const bigEndianHost = uInt8Float32Array[3] === 0;

function readFloatForwards(offset = 0) {
  checkBounds(this, offset, 4);
  uInt8Float32Array[0] = this[offset];
  uInt8Float32Array[1] = this[offset + 1];
  uInt8Float32Array[2] = this[offset + 2];
  uInt8Float32Array[3] = this[offset + 3];
  return float32Array[0];
}
function readFloatBackwards(offset = 0) {
  checkBounds(this, offset, 4);
  uInt8Float32Array[3] = this[offset];
  uInt8Float32Array[2] = this[offset + 1];
  uInt8Float32Array[1] = this[offset + 2];
  uInt8Float32Array[0] = this[offset + 3];
  return float32Array[0];
}
function readDoubleForwards(offset = 0) {
  checkBounds(this, offset, 8);
  uInt8Float64Array[0] = this[offset];
  uInt8Float64Array[1] = this[offset + 1];
  uInt8Float64Array[2] = this[offset + 2];
  uInt8Float64Array[3] = this[offset + 3];
  uInt8Float64Array[4] = this[offset + 4];
  uInt8Float64Array[5] = this[offset + 5];
  uInt8Float64Array[6] = this[offset + 6];
  uInt8Float64Array[7] = this[offset + 7];
  return float64Array[0];
}
function readDoubleBackwards(offset = 0) {
  checkBounds(this, offset, 8);
  uInt8Float64Array[7] = this[offset];
  uInt8Float64Array[6] = this[offset + 1];
  uInt8Float64Array[5] = this[offset + 2];
  uInt8Float64Array[4] = this[offset + 3];
  uInt8Float64Array[3] = this[offset + 4];
  uInt8Float64Array[2] = this[offset + 5];
  uInt8Float64Array[1] = this[offset + 6];
  uInt8Float64Array[0] = this[offset + 7];
  return float64Array[0];
}
function writeFloatForwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 4);
  float32Array[0] = value;
  this[offset] = uInt8Float32Array[0];
  this[offset + 1] = uInt8Float32Array[1];
  this[offset + 2] = uInt8Float32Array[2];
  this[offset + 3] = uInt8Float32Array[3];
  return offset + 4;
}
function writeFloatBackwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 4);
  float32Array[0] = value;
  this[offset] = uInt8Float32Array[3];
  this[offset + 1] = uInt8Float32Array[2];
  this[offset + 2] = uInt8Float32Array[1];
  this[offset + 3] = uInt8Float32Array[0];
  return offset + 4;
}
function writeDoubleForwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 8);
  float64Array[0] = value;
  this[offset] = uInt8Float64Array[0];
  this[offset + 1] = uInt8Float64Array[1];
  this[offset + 2] = uInt8Float64Array[2];
  this[offset + 3] = uInt8Float64Array[3];
  this[offset + 4] = uInt8Float64Array[4];
  this[offset + 5] = uInt8Float64Array[5];
  this[offset + 6] = uInt8Float64Array[6];
  this[offset + 7] = uInt8Float64Array[7];
  return offset + 8;
}
function writeDoubleBackwards(value, offset = 0) {
  value = +value;
  checkBounds(this, offset, 8);
  float64Array[0] = value;
  this[offset] = uInt8Float64Array[7];
  this[offset + 1] = uInt8Float64Array[6];
  this[offset + 2] = uInt8Float64Array[5];
  this[offset + 3] = uInt8Float64Array[4];
  this[offset + 4] = uInt8Float64Array[3];
  this[offset + 5] = uInt8Float64Array[2];
  this[offset + 6] = uInt8Float64Array[1];
  this[offset + 7] = uInt8Float64Array[0];
  return offset + 8;
}

const proto = Buffer.prototype;
// [name, alias or null, function]
const numericMethods = [
  ['readBigUInt64LE', 'readBigUint64LE', readBigUInt64LE],
  ['readBigUInt64BE', 'readBigUint64BE', readBigUInt64BE],
  ['readBigInt64LE', null, readBigInt64LE],
  ['readBigInt64BE', null, readBigInt64BE],
  ['writeBigUInt64LE', 'writeBigUint64LE', writeBigUInt64LE],
  ['writeBigUInt64BE', 'writeBigUint64BE', writeBigUInt64BE],
  ['writeBigInt64LE', null, writeBigInt64LE],
  ['writeBigInt64BE', null, writeBigInt64BE],
  ['readUIntLE', 'readUintLE', readUIntLE],
  ['readUInt32LE', 'readUint32LE', readUInt32LE],
  ['readUInt16LE', 'readUint16LE', readUInt16LE],
  ['readUInt8', 'readUint8', readUInt8],
  ['readUIntBE', 'readUintBE', readUIntBE],
  ['readUInt32BE', 'readUint32BE', readUInt32BE],
  ['readUInt16BE', 'readUint16BE', readUInt16BE],
  ['readIntLE', null, readIntLE],
  ['readInt32LE', null, readInt32LE],
  ['readInt16LE', null, readInt16LE],
  ['readInt8', null, readInt8],
  ['readIntBE', null, readIntBE],
  ['readInt32BE', null, readInt32BE],
  ['readInt16BE', null, readInt16BE],
  ['writeUIntLE', 'writeUintLE', writeUIntLE],
  ['writeUInt32LE', 'writeUint32LE', writeUInt32LE],
  ['writeUInt16LE', 'writeUint16LE', writeUInt16LE],
  ['writeUInt8', 'writeUint8', writeUInt8],
  ['writeUIntBE', 'writeUintBE', writeUIntBE],
  ['writeUInt32BE', 'writeUint32BE', writeUInt32BE],
  ['writeUInt16BE', 'writeUint16BE', writeUInt16BE],
  ['writeIntLE', null, writeIntLE],
  ['writeInt32LE', null, writeInt32LE],
  ['writeInt16LE', null, writeInt16LE],
  ['writeInt8', null, writeInt8],
  ['writeIntBE', null, writeIntBE],
  ['writeInt32BE', null, writeInt32BE],
  ['writeInt16BE', null, writeInt16BE],
  // Node names the float accessors after the host order (readFloatLE is
  // `readFloatForwards` on a little-endian host).
  ['readFloatLE', null, bigEndianHost ? readFloatBackwards : readFloatForwards],
  ['readFloatBE', null, bigEndianHost ? readFloatForwards : readFloatBackwards],
  ['readDoubleLE', null, bigEndianHost ? readDoubleBackwards : readDoubleForwards],
  ['readDoubleBE', null, bigEndianHost ? readDoubleForwards : readDoubleBackwards],
  ['writeFloatLE', null, bigEndianHost ? writeFloatBackwards : writeFloatForwards],
  ['writeFloatBE', null, bigEndianHost ? writeFloatForwards : writeFloatBackwards],
  ['writeDoubleLE', null, bigEndianHost ? writeDoubleBackwards : writeDoubleForwards],
  ['writeDoubleBE', null, bigEndianHost ? writeDoubleForwards : writeDoubleBackwards],
];
for (const [name, alias, fn] of numericMethods) {
  proto[name] = fn;
  if (alias !== null) proto[alias] = fn;
}

// ---------------------------------------------------------------------------
// isUtf8 / isAscii / transcode / atob / btoa.

// The bytes of a TypedArray or (Shared)ArrayBuffer for isUtf8/isAscii.
function inputBytes(input) {
  if (isTypedArray(input)) {
    const length = taByteLength(input);
    // A view of a detached buffer is simply empty.
    if (length === 0) return new Uint8Array(0);
    return new Uint8Array(taBuffer(input), taByteOffset(input), length);
  }
  if (!isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  try {
    return new Uint8Array(input);
  } catch {
    throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  }
}

function isUtf8(input) {
  const b = inputBytes(input);
  const len = taLength(b);
  let i = 0;
  while (i < len) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow and the range of the first.
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else {
      return false;
    }
    if (i + need >= len) return false;
    const second = b[i + 1];
    if (second < lower || second > upper) return false;
    for (let k = 2; k <= need; k++) {
      const x = b[i + k];
      if (x < 0x80 || x > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

function isAscii(input) {
  const b = inputBytes(input);
  const len = taLength(b);
  for (let i = 0; i < len; i++) {
    if (b[i] > 0x7f) return false;
  }
  return true;
}

// Node supports ascii, latin1 (binary), ucs2 (utf16le) and utf8 here.
const transcodeEncodings = { __proto__: null, ascii: 'ascii', latin1: 'latin1', utf16le: 'ucs2', utf8: 'utf8' };

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function hasLoneSurrogate(text) {
  return !text.isWellFormed();
}

// Node converts through ICU; these are its observable rules for the four
// encodings it supports. Unmappable characters become '?' in single-byte
// targets; UTF-8 -> UTF-16LE and UTF-16LE -> UTF-8 refuse invalid input.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (taLength(source) === 0) return Buffer.alloc(0);
  const from = transcodeEncodings[normalizeEncoding(fromEncoding) || fromEncoding];
  const to = transcodeEncodings[normalizeEncoding(toEncoding) || toEncoding];
  if (from === undefined || to === undefined) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const len = taLength(source);
  let text;
  if (from === 'ascii' && to !== 'ucs2') {
    text = '';
    for (let i = 0; i < len; i++) text += source[i] < 0x80 ? fromCharCode(source[i]) : '\ufffd';
  } else if (from === 'ascii' || from === 'latin1') {
    text = native.decodeLatin1(source, 0, len);
  } else if (from === 'ucs2') {
    text = native.decodeUtf16le(source, 0, len - (len & 1));
    if (to === 'utf8' && (len < 2 || hasLoneSurrogate(text))) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
    if (to === 'ucs2') {
      text = text.toWellFormed();
      if (len & 1) text += '\ufffd';
    }
  } else {
    if (to === 'ucs2' && !isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    text = native.decodeUtf8(source, 0, len);
  }
  if (to === 'utf8') return wrapBytes(native.encodeUtf8(text));
  if (to === 'ucs2') {
    const out = createUnsafeBuffer(text.length * 2);
    ucs2WriteRaw(out, text, 0, out.length);
    return out;
  }
  // Single-byte targets: characters without a mapping become '?'.
  const limit = to === 'ascii' ? 0x80 : 0x100;
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    out.push(c < limit ? c : 0x3f);
  }
  return fromArrayLike(out);
}

let lazyDOMExceptionClass;
function lazyDOMException(message, name) {
  lazyDOMExceptionClass ??= globalThis.DOMException;
  return new lazyDOMExceptionClass(message, name);
}

const base64Alphabet =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Values = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) base64Values[base64Alphabet.charCodeAt(i)] = i;

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  const buf = fromString(input, 'latin1');
  return encodingOps.base64.slice(buf, 0, buf.length);
}

// Forgiving-base64 decode (WHATWG infra), with Node's two error messages:
// a stray character or misplaced padding is an "Invalid character", a
// dangling sixth bit group "not correctly encoded".
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let data = '';
  let padding = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    if (c === 0x3d) {
      padding++;
      continue;
    }
    if (padding > 0 || c >= 128 || base64Values[c] === -1) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    data += input[n];
  }
  if (padding > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  if (data.length % 4 === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  if (padding > 0 && (data.length + padding) % 4 !== 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = native.base64Decode(data);
  return native.decodeLatin1(bytes, 0, taLength(bytes));
}

// ---------------------------------------------------------------------------
// Blob and File.

const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

let blobIsBlob;
let blobBytes;

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      let bytes;
      if (isBlobObject(source)) {
        bytes = blobBytes(source);
      } else if (isAnyArrayBuffer(source)) {
        bytes = new Uint8Array(source.slice(0));
      } else if (isArrayBufferView(source)) {
        bytes = taSlice(bytesOf(source));
      } else {
        let str = `${source}`;
        if (endings === 'native') str = str.replace(/\r?\n/g, '\n');
        bytes = native.encodeUtf8(str);
      }
      parts.push(bytes);
      length += taLength(bytes);
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const part of parts) {
      taSet(all, part, pos);
      pos += taLength(part);
    }
    this.#bytes = all;
    this.#type = normalizeType(type);
  }

  static {
    blobIsBlob = (obj) => obj != null && typeof obj === 'object' && #bytes in obj;
    blobBytes = (obj) => obj.#bytes;
  }

  get type() {
    if (!isBlobObject(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlobObject(this)) throw new ERR_INVALID_THIS('Blob');
    return taLength(this.#bytes);
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlobObject(this)) throw new ERR_INVALID_THIS('Blob');
    const size = taLength(this.#bytes);
    if (end === undefined) end = size;
    start = mathTrunc(+start) || 0;
    end = mathTrunc(+end) || 0;
    if (start < 0) start = mathMax(size + start, 0);
    else start = mathMin(start, size);
    if (end < 0) end = mathMax(size + end, 0);
    else end = mathMin(end, size);
    const span = mathMax(end - start, 0);
    const blob = new Blob();
    blob.#bytes = taSlice(this.#bytes, start, start + span);
    blob.#type = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlobObject(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const copy = taSlice(this.#bytes);
    return Promise.resolve(taBuffer(copy));
  }

  text() {
    if (!isBlobObject(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this.#bytes;
    const len = taLength(b);
    const start = len >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    return Promise.resolve(native.decodeUtf8(b, start, len));
  }

  bytes() {
    if (!isBlobObject(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(taSlice(this.#bytes));
  }

  stream() {
    if (!isBlobObject(this)) throw new ERR_INVALID_THIS('Blob');
    const RS = require('internal/webstreams/readablestream').ReadableStream;
    const bytes = this.#bytes;
    let pos = 0;
    return new RS({
      type: 'bytes',
      pull(controller) {
        if (pos >= taLength(bytes)) {
          controller.close();
          return;
        }
        const chunk = taSlice(bytes, pos, pos + 65536);
        pos += taLength(chunk);
        controller.enqueue(chunk);
        if (pos >= taLength(bytes)) controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${lazyInspect()({ size: this.size, type: this.type }, opts)}`;
  }
}

function isBlobObject(obj) {
  return blobIsBlob(obj);
}

Object.defineProperties(Blob.prototype, {
  size: { __proto__: null, enumerable: true },
  type: { __proto__: null, enumerable: true },
  slice: { __proto__: null, enumerable: true },
  stream: { __proto__: null, enumerable: true },
  text: { __proto__: null, enumerable: true },
  arrayBuffer: { __proto__: null, enumerable: true },
  bytes: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'Blob' },
});

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (numberIsNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`.toWellFormed();
    this.#lastModified = lastModified;
  }

  get name() {
    if (this == null || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (this == null || !(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${lazyInspect()({
      size: this.size,
      type: this.type,
      name: this.#name,
      lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: { __proto__: null, enumerable: true },
  lastModified: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'File' },
});

function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

// ---------------------------------------------------------------------------

module.exports = {
  Buffer,
  SlowBuffer: deprecatedSlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
