'use strict';

// CompressionStream and DecompressionStream (WHATWG Compression Streams): a
// readable/writable pair over a zlib stream of the format asked for ('deflate',
// 'deflate-raw', 'gzip', or Node's 'brotli'). A decompressor rejects bytes after the end of the
// compressed stream, as the standard asks.

const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');
const {
  customInspectSymbol,
  customInspect,
} = require('internal/webstreams/util');
const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');

let zlib;
function lazyZlib() {
  zlib ??= require('zlib');
  return zlib;
}

const formats = ['deflate', 'deflate-raw', 'gzip', 'brotli'];

// The format argument, converted as WebIDL converts an enum value.
function toFormat(value, className) {
  const format = `${value}`;
  if (!formats.includes(format)) {
    const error = new TypeError(`Failed to construct '${className}': 1st argument '${format}' ` +
                                'is not a valid enum value of type CompressionFormat.');
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  return format;
}

class CompressionStream {
  #handle;
  #transform;

  constructor(format) {
    format = toFormat(format, 'CompressionStream');
    switch (format) {
      case 'deflate':
        this.#handle = lazyZlib().createDeflate();
        break;
      case 'deflate-raw':
        this.#handle = lazyZlib().createDeflateRaw();
        break;
      case 'gzip':
        this.#handle = lazyZlib().createGzip();
        break;
      case 'brotli':
        this.#handle = lazyZlib().createBrotliCompress();
        break;
    }
    this.#transform = newReadableWritablePairFromDuplex(this.#handle);
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this == null || !(#transform in Object(this))) {
      throw new ERR_INVALID_THIS('CompressionStream');
    }
    return customInspect(depth, options, 'CompressionStream', {
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

class DecompressionStream {
  #handle;
  #transform;

  constructor(format) {
    format = toFormat(format, 'DecompressionStream');
    const options = { rejectGarbageAfterEnd: true };
    switch (format) {
      case 'deflate':
        this.#handle = lazyZlib().createInflate(options);
        break;
      case 'deflate-raw':
        this.#handle = lazyZlib().createInflateRaw(options);
        break;
      case 'gzip':
        this.#handle = lazyZlib().createGunzip(options);
        break;
      case 'brotli':
        this.#handle = lazyZlib().createBrotliDecompress(options);
        break;
    }
    this.#transform = newReadableWritablePairFromDuplex(this.#handle);
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this == null || !(#transform in Object(this))) {
      throw new ERR_INVALID_THIS('DecompressionStream');
    }
    return customInspect(depth, options, 'DecompressionStream', {
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

for (const Class of [CompressionStream, DecompressionStream]) {
  Object.defineProperties(Class.prototype, {
    readable: { __proto__: null, enumerable: true },
    writable: { __proto__: null, enumerable: true },
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: Class.name },
  });
}

module.exports = { CompressionStream, DecompressionStream };
