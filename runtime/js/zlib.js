'use strict';

// Node's `zlib`: deflate/inflate, gzip/gunzip, raw deflate/inflate, unzip,
// Brotli and Zstandard as Transform streams, with the callback (`gzip(buf, cb)`) and sync
// (`gzipSync(buf)`) convenience forms, `crc32`, and the constants.
//
// The codecs are native (internals.zlib, see internal/zlib/engine). A stream
// feeds each written chunk through its engine into a `chunkSize` output buffer,
// pushing every filled part, as Node does. The work of an asynchronous write is
// done at once, but its result is reported through the completion queue, so no
// callback ever runs synchronously.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const eos = require('internal/streams/end-of-stream');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_TRAILING_JUNK_AFTER_STREAM_END,
    ERR_ZLIB_INITIALIZATION_FAILED,
    ERR_ZSTD_INVALID_PARAM,
  },
  genericNodeError,
} = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('util/types');
const { deprecate } = require('internal/util/deprecate');
const constants = require('internal/zlib/constants');
const { ZlibEngine, BrotliEngine, ZstdEngine, kOwner } = require('internal/zlib/engine');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK,
  Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
  ZSTD_COMPRESS, ZSTD_DECOMPRESS,
  ZSTD_e_continue, ZSTD_e_flush, ZSTD_e_end,
} = constants;

const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');

// `zlib.codes`: the return codes by name and by number.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

// The flush kinds from least to most final, so that the last chunk of a stream
// gets at least its finish flush.
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushiness = [];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Empty chunks that carry a flush kind from flush() through the stream's queue.
const kFlushBuffers = [];
{
  const empty = new ArrayBuffer(0);
  for (const flushFlag of kFlushFlagList) {
    kFlushBuffers[flushFlag] = Buffer.from(empty);
    kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
  }
}

// The valid range of the flush options: zlib's flush kinds, Brotli's operations.
const zlibFlushRange = [Z_NO_FLUSH, Z_BLOCK];
const brotliFlushRange = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA];
const zstdFlushRange = [ZSTD_e_continue, ZSTD_e_end];

function flushRangeOf(mode) {
  if (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) return brotliFlushRange;
  if (mode === ZSTD_COMPRESS || mode === ZSTD_DECOMPRESS) return zstdFlushRange;
  return zlibFlushRange;
}

// ---- Option checks, worded as Node words them ----

// False for undefined and NaN (take the default); true for a finite number;
// throws for anything else.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

// ---- The convenience forms ----

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays: other views and ArrayBuffers are viewed as Buffers.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(error) {
  this.removeAllListeners('end');
  this.cb(error);
}

function zlibBufferOnEnd() {
  let buffer;
  if (this.nread === 0) {
    buffer = Buffer.alloc(0);
  } else {
    const buffers = this.buffers;
    buffer = buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer, engine: this });
  else this.cb(null, buffer);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// ---- Feeding the engine ----

// The engine reported a failure: the stream is destroyed with Node's error.
function zlibOnError(message, errno, code) {
  const self = this[kOwner];
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', function onError(er) {
    error = er;
  });

  while (true) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    else if (self[kError]) throw self[kError];

    const availOutAfter = state[0];
    const availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;

    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeEngine(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }

    // The output buffer is full (or used up): continue in a new one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }

    if (availOutAfter !== 0) break;
    // The output filled up: go on with the input that is left.
    inOff += inDelta;
    availInBefore = availInAfter;
  }

  self.bytesWritten = inputRead;
  closeEngine(self);

  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset,
               handle.availOutBefore);
}

// An asynchronous write step finished (`this` is the engine handle).
function processCallback() {
  const handle = this;
  const self = this[kOwner];
  const state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  // The output buffer is full (or used up): continue in a new one.
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // The output filled up before the input was used: go on with the rest,
    // once the reader wants more if the readable side is full.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    const resume = () => {
      handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
                   self._outBuffer, self._outOffset, self._chunkSize);
    };
    if (!streamBufferIsFull) {
      resume();
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        resume();
        oldRead.call(self, n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Output space is left but the engine took no more input: its stream ended,
    // and the rest of the input is not part of it.
    if (self._rejectGarbageAfterEnd) {
      const error = new ERR_TRAILING_JUNK_AFTER_STREAM_END();
      self.destroy(error);
      this.cb(error);
      return;
    }
    self.push(null);
  }

  // This chunk is done.
  this.buffer = null;
  this.cb();
}

function closeEngine(engine) {
  engine._handle?.close();
  engine._handle = null;
}

// ---- The stream classes ----

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const flushRange = flushRangeOf(mode);

  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', flushRange[0], flushRange[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                          flushRange[0], flushRange[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }

  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = zlibOnError;
  handle.callback = processCallback;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
  this._rejectGarbageAfterEnd = opts?.rejectGarbageAfterEnd === true;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// `bytesRead` is the old name of `bytesWritten` (DEP0108).
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the ' +
     'future. Use zlib.bytesWritten instead.', 'DEP0108'),
  set: deprecate(function(value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. ' +
     'This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function() {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

// The end of the input: the last (empty) chunk carries the finish flush.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) eos(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  closeEngine(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  // An empty chunk from flush() says which flush it asks for.
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  }
  // The last chunk gets the finish flush too.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') {
    processChunk(this, chunk, flushFlag, cb);
  } else {
    return processChunkSync(this, chunk, flushFlag);
  }
};

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;

  if (opts) {
    // A windowBits of 0 asks a decompressor to take the size from the stream's
    // header; a compressor has no such choice.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // A windowBits of 8 is valid for deflate, not for gzip.
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0),
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }

  const handle = ZlibEngine.create(mode, windowBits, level, memLevel, strategy, dictionary,
                                  opts?.rejectGarbageAfterEnd === true);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  this._writeState = handle.state;
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
  this._mode = mode;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// After the flush that params() asks for: switch the parameters.
function paramsAfterFlushCallback(level, strategy, callback) {
  if (!this._handle) throw new Error('zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

// The highest parameter number with a name starting with `prefix`.
function maxParam(prefix) {
  return Math.max(...Object.keys(constants).filter((key) => key.startsWith(prefix)).map((key) => constants[key]));
}

// Fills `initParamsArray` from `opts.params` (0xFFFFFFFF for unset entries).
function readParams(opts, initParamsArray, maxKey, InvalidParamError) {
  initParamsArray.fill(-1);
  if (!opts?.params) return;
  for (const origKey of Object.keys(opts.params)) {
    const key = +origKey;
    if (Number.isNaN(key) || key < 0 || key > maxKey || (initParamsArray[key] | 0) !== -1) {
      throw new InvalidParamError(origKey);
    }
    const value = opts.params[origKey];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
    }
    initParamsArray[key] = value;
  }
}

const kMaxBrotliParam = maxParam('BROTLI_PARAM_');
const brotliInitParamsArray = new Uint32Array(kMaxBrotliParam + 1);

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function Brotli(opts, mode) {
  readParams(opts, brotliInitParamsArray, kMaxBrotliParam, ERR_BROTLI_INVALID_PARAM);
  const handle = BrotliEngine.create(mode, brotliInitParamsArray);
  if (handle === null) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  this._writeState = handle.state;
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
Object.setPrototypeOf(Brotli.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Brotli, ZlibBase);

const kMaxZstdCParam = maxParam('ZSTD_c_');
const zstdInitCParamsArray = new Uint32Array(kMaxZstdCParam + 1);
const kMaxZstdDParam = maxParam('ZSTD_d_');
const zstdInitDParamsArray = new Uint32Array(kMaxZstdDParam + 1);

const zstdDefaultOpts = { flush: ZSTD_e_continue, finishFlush: ZSTD_e_end, fullFlush: ZSTD_e_flush };

function Zstd(opts, mode) {
  const compress = mode === ZSTD_COMPRESS;
  const initParamsArray = compress ? zstdInitCParamsArray : zstdInitDParamsArray;
  readParams(opts, initParamsArray, compress ? kMaxZstdCParam : kMaxZstdDParam, ERR_ZSTD_INVALID_PARAM);
  let dictionary = opts?.dictionary;
  if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
    if (isAnyArrayBuffer(dictionary)) {
      dictionary = Buffer.from(dictionary);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                     ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
  }
  const pledgedSrcSize = opts?.pledgedSrcSize ?? undefined;
  const handle = ZstdEngine.create(mode, initParamsArray, pledgedSrcSize, dictionary);
  if (typeof handle === 'string') {
    const error = new ERR_ZLIB_INITIALIZATION_FAILED();
    error.message = handle;
    throw error;
  }
  this._writeState = handle.state;
  ZlibBase.call(this, opts, mode, handle, zstdDefaultOpts);
}
Object.setPrototypeOf(Zstd.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zstd, ZlibBase);

// Calling a class without `new` still constructs it (DEP0184).
const instantiationWarnings = new Map();
function deprecateInstantiation(Class, opts) {
  let warn = instantiationWarnings.get(Class);
  if (warn === undefined) {
    warn = deprecate(() => {}, `Instantiating ${Class.name} without the 'new' keyword has been deprecated.`,
                     'DEP0184');
    instantiationWarnings.set(Class, warn);
  }
  warn();
  return new Class(opts);
}

// Defines a public class over Zlib or Brotli for one mode.
function defineClass(name, Base, mode) {
  const Class = {
    [name]: function(opts) {
      if (!(this instanceof Class)) return deprecateInstantiation(Class, opts);
      Base.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(Class.prototype, Base.prototype);
  Object.setPrototypeOf(Class, Base);
  return Class;
}

const Deflate = defineClass('Deflate', Zlib, DEFLATE);
const Inflate = defineClass('Inflate', Zlib, INFLATE);
const Gzip = defineClass('Gzip', Zlib, GZIP);
const Gunzip = defineClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = defineClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = defineClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = defineClass('Unzip', Zlib, UNZIP);
const BrotliCompress = defineClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = defineClass('BrotliDecompress', Brotli, BROTLI_DECODE);
const ZstdCompress = defineClass('ZstdCompress', Zstd, ZSTD_COMPRESS);
const ZstdDecompress = defineClass('ZstdDecompress', Zstd, ZSTD_DECOMPRESS);

function createConvenienceMethod(Class, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new Class(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Class(opts), buffer, callback);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return internals.zlib.crc32(typeof data === 'string' ? Buffer.from(data) : data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  ZstdCompress,
  ZstdDecompress,

  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true),
  zstdCompress: createConvenienceMethod(ZstdCompress, false),
  zstdCompressSync: createConvenienceMethod(ZstdCompress, true),
  zstdDecompress: createConvenienceMethod(ZstdDecompress, false),
  zstdDecompressSync: createConvenienceMethod(ZstdDecompress, true),
};

// The factories, read-only as in Node.
const factories = {
  createDeflate: function createDeflate(options) { return new Deflate(options); },
  createInflate: function createInflate(options) { return new Inflate(options); },
  createDeflateRaw: function createDeflateRaw(options) { return new DeflateRaw(options); },
  createInflateRaw: function createInflateRaw(options) { return new InflateRaw(options); },
  createGzip: function createGzip(options) { return new Gzip(options); },
  createGunzip: function createGunzip(options) { return new Gunzip(options); },
  createUnzip: function createUnzip(options) { return new Unzip(options); },
  createBrotliCompress: function createBrotliCompress(options) { return new BrotliCompress(options); },
  createBrotliDecompress: function createBrotliDecompress(options) { return new BrotliDecompress(options); },
  createZstdCompress: function createZstdCompress(options) { return new ZstdCompress(options); },
  createZstdDecompress: function createZstdDecompress(options) { return new ZstdDecompress(options); },
};
for (const name of Object.keys(factories)) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: true, enumerable: true, writable: false, value: factories[name],
  });
}

// The constants are read-only.
for (const name of Object.keys(constants)) {
  Object.defineProperty(constants, name, { __proto__: null, writable: false, configurable: false });
}
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, configurable: false, enumerable: true, writable: false, value: constants,
});
Object.defineProperty(module.exports, 'codes', {
  __proto__: null, configurable: false, enumerable: true, writable: false, value: Object.freeze(codes),
});

// The old top-level constants (all but Brotli's), hidden from enumeration.
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: false, writable: false, value: constants[name],
  });
}
