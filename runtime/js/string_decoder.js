'use strict';

// Node's `string_decoder`: decodes a stream of byte chunks into strings without
// splitting multi-byte characters (utf8, utf16le) or base64 groups across
// chunks. The decoder state lives in a 7-byte Buffer, laid out as Node's:
//   [0..3] bytes of the incomplete character, [4] bytes still missing,
//   [5] bytes buffered, [6] the encoding's id.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const native = internals.encoding;
const taSubarray = Function.prototype.call.bind(
  Object.getPrototypeOf(Uint8Array.prototype).subarray);

const kNativeDecoder = Symbol('kNativeDecoder');
const kIncompleteStart = 0;
const kIncompleteEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// Node's encoding ids.
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const encodingIds = {
  __proto__: null,
  ascii: ASCII,
  utf8: UTF8,
  base64: BASE64,
  utf16le: UCS2,
  latin1: LATIN1,
  hex: HEX,
  base64url: BASE64URL,
};

const canonicalNames = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf16le': 'utf16le',
  'utf-16le': 'utf16le',
  'latin1': 'latin1',
  'binary': 'latin1',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
  'ascii': 'ascii',
};

const originalIsEncoding = Buffer.isEncoding;

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const lower = `${enc}`;
  const name = canonicalNames[lower] ?? canonicalNames[lower.toLowerCase()];
  if (name !== undefined) return name;
  if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(enc)) {
    throw new ERR_UNKNOWN_ENCODING(enc);
  }
  return enc;
}

const hexDigits = '0123456789abcdef';

// Decodes bytes[start .. end) of a Uint8Array in the given encoding.
function makeString(bytes, start, end, encoding) {
  if (end <= start) return '';
  switch (encoding) {
    case UTF8: return native.decodeUtf8(bytes, start, end);
    case UCS2: return native.decodeUtf16le(bytes, start, end - ((end - start) & 1));
    case BASE64: return native.base64Encode(bytes, start, end, false);
    case BASE64URL: return native.base64Encode(bytes, start, end, true);
    case LATIN1: return native.decodeLatin1(bytes, start, end);
    case HEX: {
      if (end - start > 512) return native.hexEncode(bytes, start, end);
      let out = '';
      for (let i = start; i < end; i++) {
        out += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
      }
      return out;
    }
    default: return native.decodeAscii(bytes, start, end);
  }
}

// Decodes one chunk, keeping an incomplete trailing character in `state`.
function decodeChunk(state, bytes) {
  const encoding = state[kEncodingField];
  let start = 0;
  let end = bytes.length;
  if (encoding !== UTF8 && encoding !== UCS2 && encoding !== BASE64 && encoding !== BASE64URL) {
    return makeString(bytes, start, end, encoding);
  }

  // First finish the character left over from the previous chunk.
  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (encoding === UTF8) {
      // A byte that is not a continuation byte ends the incomplete character
      // early; it starts the next one.
      const need = state[kMissingBytes];
      for (let i = 0; i < end && i < need; i++) {
        if ((bytes[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(bytes.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(bytes.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, kIncompleteStart, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === end) return prepend;

  // Then see whether this chunk ends inside a character.
  const length = end - start;
  let buffered = 0;
  let missing = 0;
  if (encoding === UTF8) {
    if (bytes[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        buffered++;
        const b = bytes[i];
        if ((b & 0xc0) === 0x80) {
          // A continuation byte: keep looking for the lead byte, unless this
          // cannot be a valid character anyway.
          if (buffered >= 4 || i === start) {
            buffered = 0;
            break;
          }
          continue;
        }
        if ((b & 0xe0) === 0xc0) {
          missing = 2;
        } else if ((b & 0xf0) === 0xe0) {
          missing = 3;
        } else if ((b & 0xf8) === 0xf0) {
          missing = 4;
        } else {
          buffered = 0;
          break;
        }
        if (buffered >= missing) {
          // Complete (or invalid anyway): nothing to hold back.
          missing = 0;
          buffered = 0;
        }
        missing -= buffered;
        break;
      }
    }
  } else if (encoding === UCS2) {
    if (length % 2 === 1) {
      buffered = 1;
      missing = 1;
    } else if ((bytes[end - 1] & 0xfc) === 0xd8) {
      // A high surrogate waiting for its pair.
      buffered = 2;
      missing = 2;
    }
  } else {
    buffered = length % 3;
    if (buffered > 0) missing = 3 - buffered;
  }
  state[kBufferedBytes] = buffered;
  state[kMissingBytes] = missing;
  if (buffered > 0) {
    end -= buffered;
    state.set(bytes.subarray(end, end + buffered), kIncompleteStart);
  }
  return prepend + makeString(bytes, start, end, encoding);
}

function flush(state) {
  const encoding = state[kEncodingField];
  if (encoding === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, kIncompleteStart, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kStateSize);
  this[kNativeDecoder][kEncodingField] = encodingIds[this.encoding] ?? ASCII;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(state, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return taSubarray(this[kNativeDecoder], kIncompleteStart, kIncompleteEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
