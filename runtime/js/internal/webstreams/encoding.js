'use strict';

// TextEncoderStream and TextDecoderStream (WHATWG Encoding §7): transform
// streams around the TextEncoder/TextDecoder of internal/encoding.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { TransformStream } = require('internal/webstreams/transformstream');
const {
  customInspectSymbol,
  customInspect,
} = require('internal/webstreams/util');

// The state lives in private fields, so that the getters fail on other
// objects with V8's own "Cannot read private member" TypeError, as in Node.

// U+FFFD, for a high surrogate left alone at the end of the input.
const replacementBytes = [0xEF, 0xBF, 0xBD];

class TextEncoderStream {
  #transform;

  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate that ended the previous chunk, waiting for its pair.
    let pendingHighSurrogate = null;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        let text = `${chunk}`;
        if (pendingHighSurrogate !== null) {
          text = pendingHighSurrogate + text;
          pendingHighSurrogate = null;
        }
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== null) {
          controller.enqueue(new Uint8Array(replacementBytes));
        }
      },
    });
  }

  get encoding() {
    // Reading the field is the brand check.
    return this.#transform ? 'utf-8' : undefined;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this == null || !(#transform in Object(this))) {
      throw new ERR_INVALID_THIS('TextEncoderStream');
    }
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: this.encoding,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    return this.#decoder.encoding;
  }

  get fatal() {
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    return this.#transform.readable;
  }

  get writable() {
    return this.#transform.writable;
  }

  [customInspectSymbol](depth, options) {
    if (this == null || !(#transform in Object(this))) {
      throw new ERR_INVALID_THIS('TextDecoderStream');
    }
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: { __proto__: null, enumerable: true },
  readable: { __proto__: null, enumerable: true },
  writable: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoderStream' },
});

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  readable: { __proto__: null, enumerable: true },
  writable: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoderStream' },
});

module.exports = { TextEncoderStream, TextDecoderStream };
