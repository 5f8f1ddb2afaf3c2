'use strict';
// The `crypto` module, the hashing and randomness part of it: createHash, createHmac,
// the random* functions, timingSafeEqual, hash(), and webcrypto (getRandomValues,
// randomUUID, subtle.digest), and secret KeyObjects. The work is internals.crypto's
// (RustCrypto digests, the operating system's generator). Ciphers, signatures and
// asymmetric keys are not here.

const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { markEnumerable } = require('internal/util/properties');
const {
  validateBoolean,
  validateEncoding,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');
const { Buffer } = require('buffer');
const { Transform } = require('stream');
const { deprecate } = require('internal/util/deprecate');

const native = internals.crypto;

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kAlgorithm = Symbol('kAlgorithm');

// The largest size the random functions accept (a Buffer's 2 ** 31 - 1 here).
const kMaxPossibleLength = 2 ** 31 - 1;

// ---------------------------------------------------------------------------
// Small helpers

const typedArrayTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  const check = internals.types?.isAnyArrayBuffer;
  if (typeof check === 'function') return check(value);
  return value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// A Uint8Array over the bytes of any buffer source.
function bytesOf(value) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (value instanceof Uint8Array) return value;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// An error as Node's native layer throws them: no code in the stack header.
function nativeError(Base, message, code) {
  const error = new Base(message);
  if (code !== undefined) error.code = code;
  return error;
}

function domException(message, name) {
  const DOMException = globalThis.DOMException ?? require('internal/abort_controller').DOMException;
  return new DOMException(message, name);
}

// The encodings a digest can be returned in; anything else gives a Buffer.
const outputEncodings = {
  __proto__: null,
  hex: 'hex',
  base64: 'base64',
  base64url: 'base64url',
  latin1: 'latin1',
  binary: 'latin1',
  ascii: 'ascii',
  utf8: 'utf8',
  'utf-8': 'utf8',
  ucs2: 'utf16le',
  'ucs-2': 'utf16le',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
};

function encodeOutput(bytes, encoding) {
  const buffer = toBuffer(bytes);
  if (typeof encoding !== 'string') return buffer;
  const known = outputEncodings[encoding] ?? outputEncodings[encoding.toLowerCase()];
  return known === undefined ? buffer : buffer.toString(known);
}

// The bytes of `data` (a string in `encoding`, or a view).
function inputBytes(data, encoding) {
  if (typeof data !== 'string') return data;
  let known = 'utf8';
  if (typeof encoding === 'string' && encoding !== 'buffer' && Buffer.isEncoding(encoding)) known = encoding;
  return Buffer.from(data, known);
}

// ---------------------------------------------------------------------------
// Native hash handles

// Handles dropped before their digest are freed when collected.
const handleRegistry = new FinalizationRegistry((id) => native.hashFree(id));

function makeHandleClass(name) {
  const Handle = class {
    #id;
    #result = new Uint8Array(0);

    constructor(id) {
      this.#id = id;
      handleRegistry.register(this, id, this);
    }

    update(data, encoding) {
      if (this.#id === -1) return false;
      return native.hashUpdate(this.#id, inputBytes(data, encoding));
    }

    // The digest as a Uint8Array. The native state is freed; asking again (after a
    // stream flushed it, say) gives the same bytes.
    finish() {
      if (this.#id !== -1) {
        const id = this.#id;
        this.#id = -1;
        handleRegistry.unregister(this);
        this.#result = native.hashDigest(id);
      }
      return this.#result;
    }

    digest(encoding) {
      return encodeOutput(this.finish(), encoding);
    }

    copy(outputLength) {
      return native.hashCopy(this.#id, outputLength);
    }
  };
  Object.defineProperty(Handle, 'name', { __proto__: null, value: name });
  return Handle;
}

const HashHandle = makeHandleClass('Hash');
const HmacHandle = makeHandleClass('Hmac');

// ---------------------------------------------------------------------------
// LazyTransform: a Transform whose stream state is built on first use, so a hash
// used only through update()/digest() costs no stream machinery.

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, value, enumerable: true, configurable: true, writable: true,
      });
    },
  });
}

function transformChunk(chunk, encoding, callback) {
  this[kHandle].update(chunk, encoding);
  callback();
}

function flushDigest(callback) {
  this.push(toBuffer(this[kHandle].finish()));
  callback();
}

// ---------------------------------------------------------------------------
// Hash

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const copying = algorithm instanceof Hash;
  if (!copying) validateString(algorithm, 'algorithm');
  const outputLength = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (outputLength !== undefined) validateUint32(outputLength, 'options.outputLength');
  const name = copying ? algorithm[kState][kAlgorithm] : algorithm;
  // A copy of an XOF without an outputLength has the default length again.
  const length = outputLength ?? xofDefaultLength(name);
  const id = copying ? algorithm[kHandle].copy(length) : native.hashCreate(algorithm, length);
  if (id === -1) throw new Error('Digest method not supported');
  this[kHandle] = new HashHandle(id);
  if (outputLength !== undefined && !isXof(name) && outputLength !== digestSize(name)) {
    const error = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
    error.library = 'digital envelope routines';
    error.reason = 'not XOF or invalid length';
    error.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
    throw error;
  }
  this[kState] = { [kFinalized]: false, [kAlgorithm]: name };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

const digestSizes = {
  'md5': 16, 'sha1': 20, 'sha224': 28, 'sha256': 32, 'sha384': 48, 'sha512': 64, 'sha512-224': 28,
  'sha512-256': 32, 'sha3-224': 28, 'sha3-256': 32, 'sha3-384': 48, 'sha3-512': 64,
};

function digestSize(algorithm) {
  const name = typeof algorithm === 'string' ? native.normalizeDigest(algorithm) : undefined;
  return name === undefined ? undefined : digestSizes[name];
}

// The extendable-output functions (any outputLength goes) and their default lengths.
const xofDefaultLengths = { shake128: 16, shake256: 32 };

function xofDefaultLength(algorithm) {
  const name = typeof algorithm === 'string' ? native.normalizeDigest(algorithm) : undefined;
  return name === undefined ? undefined : xofDefaultLengths[name];
}

function isXof(algorithm) {
  return xofDefaultLength(algorithm) !== undefined;
}

function checkUpdateData(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = transformChunk;
Hash.prototype._flush = flushDigest;

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  checkUpdateData(data, encoding);
  if (!this[kHandle].update(data, encoding)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const result = this[kHandle].digest(outputEncoding ? `${outputEncoding}` : undefined);
  this[kState][kFinalized] = true;
  return result;
};

// ---------------------------------------------------------------------------
// Hmac

// ---------------------------------------------------------------------------
// Key objects: only secret (symmetric) keys, enough for HMAC keys.

const keyTypes = ['secret', 'public', 'private'];
// The bytes of a key object (kept in a private field).
let keyBytesOf;

class KeyObject {
  #type;
  #bytes;

  constructor(type, handle) {
    if (!keyTypes.includes(type)) throw new ERR_INVALID_ARG_VALUE('type', type);
    validateObject(handle, 'handle');
    this.#type = type;
    this.#bytes = handle.bytes;
  }

  static {
    keyBytesOf = (key) => key.#bytes;
  }

  get type() {
    return this.#type;
  }

  toCryptoKey() {
    throw new Error('KeyObject.prototype.toCryptoKey is not supported in corral');
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const mine = this.#bytes;
    const theirs = keyBytesOf(otherKeyObject);
    return mine.length === theirs.length && native.timingSafeEqual(mine, theirs);
  }

  static from(key) {
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, enumerable: false, writable: false, value: 'KeyObject',
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return keyBytesOf(this).length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.format === 'jwk') return { kty: 'oct', k: toBuffer(keyBytesOf(this)).toString('base64url') };
      if (options.format !== undefined && options.format !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('options.format', options.format);
      }
    }
    return Buffer.from(keyBytesOf(this));
  }
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') {
    bytes = Buffer.from(key, typeof encoding === 'string' && encoding !== 'buffer' ? encoding : 'utf8');
  } else if (isArrayBufferView(key) || isAnyArrayBuffer(key)) {
    bytes = bytesOf(key);
  } else {
    throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  // The key keeps its own copy of the bytes.
  return new SecretKeyObject({ bytes: new Uint8Array(bytes) });
}

function prepareKey(key, encoding) {
  // (Only secret key objects can be made.)
  if (key instanceof KeyObject) return keyBytesOf(key);
  if (typeof key === 'string') {
    const known = typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8';
    return Buffer.from(key, known);
  }
  if (isArrayBufferView(key) || isAnyArrayBuffer(key)) return bytesOf(key);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  if (encoding !== undefined) validateString(encoding, 'options.encoding');
  const keyBytes = prepareKey(key, encoding);
  const id = native.hmacCreate(hmac, keyBytes);
  if (id === -1) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = new HmacHandle(id);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kState][kFinalized]) {
    // A second digest() is empty rather than an error.
    return encodeOutput(new Uint8Array(0), outputEncoding ? `${outputEncoding}` : undefined);
  }
  const result = this[kHandle].digest(outputEncoding ? `${outputEncoding}` : undefined);
  this[kState][kFinalized] = true;
  return result;
};

Hmac.prototype._transform = transformChunk;
Hmac.prototype._flush = flushDigest;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, input, outputEncoding = 'hex'), or
// crypto.hash(algorithm, input, { outputEncoding, outputLength }): one-shot.
function hash(algorithm, input, options = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding = options;
  let outputLength;
  if (typeof options !== 'string') {
    validateObject(options, 'options');
    outputEncoding = options.outputEncoding ?? 'hex';
    outputLength = options.outputLength;
    if (outputLength !== undefined) validateUint32(outputLength, 'outputLength');
  }
  let encoding = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    encoding = outputEncodings[outputEncoding.toLowerCase()];
    if (encoding === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
      encoding = 'buffer';
    }
  }
  const id = native.hashCreate(algorithm, outputLength);
  if (id === -1) throw new Error(`Digest method ${algorithm} is not supported`);
  if (outputLength !== undefined && !isXof(algorithm) && outputLength !== digestSize(algorithm)) {
    native.hashFree(id);
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  }
  native.hashUpdate(id, inputBytes(input, 'utf8'));
  return encodeOutput(native.hashDigest(id), encoding);
}

// The names getHashes() lists: OpenSSL's names for the digests corral has.
const hashNames = [
  'RSA-MD5', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224', 'RSA-SHA3-256',
  'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256',
  'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5',
  'md5WithRSAEncryption', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption',
  'sha256', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384',
  'sha384WithRSAEncryption', 'sha512', 'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256',
  'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'shake128', 'shake256', 'ssl3-md5',
  'ssl3-sha1',
];

function getHashes() {
  return hashNames.filter((name) => native.normalizeDigest(name) !== undefined);
}

// ---------------------------------------------------------------------------
// Randomness

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function checkRandomTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// Fills bytes [offset, offset + size) of a buffer source.
function fillRandom(buf, offset, size) {
  if (size === 0) return;
  if (!native.randomFill(bytesOf(buf), offset, size)) {
    throw new Error('The operating system\'s random number generator failed');
  }
}

function randomFillSync(buf, offset = 0, size = undefined) {
  checkRandomTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  fillRandom(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkRandomTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    // In elements (undefined for an ArrayBuffer or DataView: the rest of it).
    size = buf.length;
  } else if (typeof size === 'function') {
    validateNumber(offset, 'offset');
    callback = size;
    size = undefined;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  size = size === undefined ? buf.byteLength - offset : assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) {
    callback(null, buf);
    return;
  }
  fillRandom(buf, offset, size);
  require('internal/completions').queueCompletion(callback, null, buf);
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  fillRandom(buf, 0, size);
  if (callback === undefined) return buf;
  require('internal/completions').queueCompletion(callback, null, buf);
}

// Random 48-bit integers for randomInt, drawn from a cache. Synchronous calls refill
// it on the spot; a callback call that finds it empty waits for an asynchronous
// refill (its callback then follows on a tick, as when the cache had data).
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = Buffer.alloc(6 * 1024);
let randomCacheOffset = randomCache.length;
let pendingRandomInts = [];

function refillRandomCacheLater() {
  if (pendingRandomInts.length > 1) return; // a refill is already on its way
  require('internal/completions').queueCompletion(() => {
    fillRandom(randomCache, 0, randomCache.length);
    randomCacheOffset = 0;
    const pending = pendingRandomInts;
    pendingRandomInts = [];
    for (const { min, max, callback } of pending) randomInt(min, max, callback);
  });
}

function randomInt(min, max, callback) {
  const minOmitted = typeof max === 'undefined' || typeof max === 'function';
  if (minOmitted) {
    callback = max;
    max = min;
    min = 0;
  }
  const sync = typeof callback === 'undefined';
  if (!sync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minOmitted ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Values at or above `limit` would bias the remainder: draw again.
  const limit = RAND_MAX - (RAND_MAX % range);
  while (sync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      fillRandom(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < limit) {
      const n = (x % range) + min;
      if (sync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  pendingRandomInts.push({ min, max, callback });
  refillRandomCacheLater();
}

const hexBytes = [];
for (let i = 0; i < 256; i++) hexBytes.push(i.toString(16).padStart(2, '0'));

const uuidCache = new Uint8Array(16 * 128);
let uuidCacheOffset = uuidCache.length;

function formatUUID(bytes, offset) {
  bytes[offset + 6] = (bytes[offset + 6] & 0x0f) | 0x40;
  bytes[offset + 8] = (bytes[offset + 8] & 0x3f) | 0x80;
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += hexBytes[bytes[offset + i]];
  }
  return out;
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const bytes = new Uint8Array(16);
    fillRandom(bytes, 0, 16);
    return formatUUID(bytes, 0);
  }
  if (uuidCacheOffset === uuidCache.length) {
    fillRandom(uuidCache, 0, uuidCache.length);
    uuidCacheOffset = 0;
  }
  const uuid = formatUUID(uuidCache, uuidCacheOffset);
  uuidCacheOffset += 16;
  return uuid;
}

// A version 7 UUID: 48 bits of Unix time in milliseconds, then random bits.
function randomUUIDv7(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const bytes = new Uint8Array(16);
  fillRandom(bytes, 6, 10);
  let now = Date.now();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = now % 256;
    now = Math.floor(now / 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += hexBytes[bytes[i]];
  }
  return out;
}

function getRandomValues(data) {
  const tag = isArrayBufferView(data) ? typedArrayTag(data) : undefined;
  if (tag === undefined || tag === 'Float16Array' || tag === 'Float32Array' || tag === 'Float64Array') {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fillRandom(data, 0, data.byteLength);
  return data;
}

function timingSafeEqual(buf1, buf2) {
  const message = (name) =>
    `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) {
    throw nativeError(TypeError, message('buf1'), 'ERR_INVALID_ARG_TYPE');
  }
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) {
    throw nativeError(TypeError, message('buf2'), 'ERR_INVALID_ARG_TYPE');
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw nativeError(RangeError, 'Input buffers must have the same byte length',
      'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH');
  }
  return native.timingSafeEqual(bytesOf(buf1), bytesOf(buf2));
}

// ---------------------------------------------------------------------------
// Web Crypto: the Crypto object with getRandomValues, randomUUID and subtle.digest

const kConstruct = Symbol('kConstruct');
let webcrypto;
let subtle;

function missingArguments(method, owner, required, present) {
  return nativeError(TypeError,
    `Failed to execute '${method}' on '${owner}': ${required} argument${required === 1 ? '' : 's'} ` +
    `required, but only ${present} present.`, 'ERR_MISSING_ARGS');
}

const digestAlgorithms = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    if (arguments.length < 2) throw missingArguments('digest', 'SubtleCrypto', 2, arguments.length);
    let name;
    if (algorithm !== null && typeof algorithm === 'object') {
      if (algorithm.name === undefined) {
        throw nativeError(TypeError, "Failed to normalize algorithm: passed algorithm cannot be converted " +
          "to 'Algorithm' because 'name' is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
      }
      name = `${algorithm.name}`;
    } else {
      name = `${algorithm}`;
    }
    if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
      throw nativeError(TypeError,
        `${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
        'ERR_INVALID_ARG_TYPE');
    }
    const algorithmName = digestAlgorithms[name.toLowerCase()];
    if (algorithmName === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    // The bytes are hashed now (later changes to `data` do not count); the result
    // arrives in the poll phase, as a finished job's does in Node.
    const id = native.hashCreate(algorithmName);
    native.hashUpdate(id, bytesOf(data));
    const bytes = native.hashDigest(id);
    return new Promise((resolve) => {
      require('internal/completions').queueCompletion(resolve, bytes.buffer);
    });
  }
}

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw missingArguments('getRandomValues', 'Crypto', 1, 0);
    return getRandomValues(array);
  }

  randomUUID() {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}

for (const [Class, tag, names] of [[Crypto, 'Crypto', ['subtle', 'getRandomValues', 'randomUUID']],
  [SubtleCrypto, 'SubtleCrypto', ['digest']]]) {
  markEnumerable(Class.prototype, names);
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

webcrypto = new Crypto(kConstruct);
subtle = new SubtleCrypto(kConstruct);

// ---------------------------------------------------------------------------

let defaultCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// The values Node 24 reports (corral has no TLS; these are informational).
const constants = {
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 810549376,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_SSLV23_PADDING: 2,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: defaultCipherList,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
Object.defineProperty(constants, 'defaultCipherList', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return defaultCipherList;
  },
  set(value) {
    defaultCipherList = value;
  },
});

module.exports = {
  createHash,
  createHmac,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  timingSafeEqual,
  getFips() {
    return 0;
  },
  hash,
  createSecretKey,
  KeyObject,
  Hash: deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  constants,
  webcrypto,
  subtle,
  getRandomValues(array) {
    return webcrypto.getRandomValues(array);
  },
};
