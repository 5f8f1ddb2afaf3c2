'use strict';

// The WHATWG Encoding API: TextEncoder (always UTF-8) and TextDecoder (every
// WHATWG encoding, through the native decoder handles of internals.encoding).

const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const native = internals.encoding;
const types = internals.types || {};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const taTag = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);

function isUint8Array(value) {
  return taTag(value) === 'Uint8Array';
}

// The engine's own brand check (internals.types).
const { isAnyArrayBuffer } = types;

let lazyInspectFn;
function lazyInspect() {
  lazyInspectFn ??= require('internal/inspect').inspect;
  return lazyInspectFn;
}

// The constructor an object was made by: the first own `constructor` on its chain.
function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// Node's C++ layer throws these with a bare message.
function inputTypeError(name) {
  const err = new TypeError(`The "${name}" argument must be an instance of ` +
                            'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  Object.defineProperty(err, 'code', {
    __proto__: null, value: 'ERR_INVALID_ARG_TYPE', enumerable: true, writable: true, configurable: true,
  });
  return err;
}

function validateOptions(options) {
  if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
}

// ---------------------------------------------------------------------------

let isTextEncoder;

// Like Node's, instances carry an own symbol-keyed marker (visible to
// util.inspect at negative depths).
const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');

class TextEncoder {
  #brand = true;

  constructor() {
    this[kEncoder] = true;
  }

  static {
    isTextEncoder = (obj) => obj !== null && typeof obj === 'object' && #brand in obj;
  }

  get encoding() {
    if (!isTextEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!isTextEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    const str = `${input}`;
    const len = str.length;
    if (len <= 32) {
      // Short ASCII strings are copied here; anything else goes native.
      const out = new Uint8Array(len);
      for (let i = 0; i < len; i++) {
        const c = str.charCodeAt(i);
        if (c > 0x7f) return native.encodeUtf8(str);
        out[i] = c;
      }
      return out;
    }
    return native.encodeUtf8(str);
  }

  encodeInto(src, dest) {
    if (!isTextEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const result = native.encodeUtf8Into(src, dest, 0, dest.length);
    return { read: result[0], written: result[1] };
  }

  [customInspectSymbol](depth, opts) {
    if (!isTextEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this);
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return lazyInspect()(obj, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encoding: { __proto__: null, enumerable: true },
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// ---------------------------------------------------------------------------

let decoderIsDecoder;

// Native decoder handles are released when their TextDecoder is collected.
const decoderRegistry = typeof FinalizationRegistry === 'function' &&
  typeof native.decoderFree === 'function' ?
  new FinalizationRegistry((handle) => native.decoderFree(handle)) : null;

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  // The native decoder, created on first streaming, fatal or non-UTF-8 use.
  #handle = null;
  // Whether the last decode() call asked to keep state (stream: true).
  #doNotFlush = false;
  // Node keeps UTF-8 decoding on its one-shot path until stream is used once.
  #utf8FastPath;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptions(options);
    const enc = native.normalizeEncodingLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (enc === 'replacement') throw new ERR_ENCODING_NOT_SUPPORTED(enc);
    this.#encoding = enc;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this.#utf8FastPath = enc === 'utf-8';
    this[kDecoder] = true;
  }

  static {
    decoderIsDecoder = (obj) => obj !== null && typeof obj === 'object' && #encoding in obj;
  }

  #getHandle() {
    if (this.#handle === null) {
      let handle;
      try {
        handle = native.decoderCreate(this.#encoding, this.#fatal, this.#ignoreBOM);
      } catch (err) {
        if (err instanceof RangeError) throw new ERR_ENCODING_NOT_SUPPORTED(this.#encoding);
        throw err;
      }
      this.#handle = handle;
      decoderRegistry?.register(this, handle);
    }
    return this.#handle;
  }

  decode(input = undefined, options = {}) {
    if (!decoderIsDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    if (this.#utf8FastPath && options?.stream) this.#utf8FastPath = false;
    if (!this.#utf8FastPath) validateOptions(options);
    let bytes;
    if (input === undefined) {
      bytes = new Uint8Array(0);
    } else if (isAnyArrayBuffer(input)) {
      bytes = new Uint8Array(input);
    } else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else {
      throw inputTypeError(this.#utf8FastPath ? 'list' : 'input');
    }
    const stream = Boolean(options?.stream);
    const fresh = !this.#doNotFlush;
    this.#doNotFlush = stream;

    // One-shot UTF-8 without fatal errors: decode directly.
    if (!stream && fresh && !this.#fatal && this.#encoding === 'utf-8') {
      const len = bytes.length;
      const start = !this.#ignoreBOM && len >= 3 &&
        bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      return native.decodeUtf8(bytes, start, len);
    }
    try {
      return native.decoderDecode(this.#getHandle(), bytes, stream);
    } catch (err) {
      if (err !== null && typeof err === 'object' && err.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding, undefined);
      }
      throw err;
    }
  }

  get encoding() {
    if (!decoderIsDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!decoderIsDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!decoderIsDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#ignoreBOM;
  }

  [customInspectSymbol](depth, opts) {
    if (!decoderIsDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.#encoding;
    obj.fatal = this.#fatal;
    obj.ignoreBOM = this.#ignoreBOM;
    return `${constructor.name} ${lazyInspect()(obj)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = { TextEncoder, TextDecoder };
