'use strict';

// The handle of a native compression engine (internals.zlib), in the shape a zlib
// stream drives: `writeSync` runs one step of the codec and leaves
// [availOutAfter, availInAfter] in `state`; `write` does the same but reports
// through the completion queue (`callback`, or `onerror` on failure), never
// synchronously. `close` frees the engine; one dropped unclosed is freed when
// collected.

const { queueCompletion } = require('internal/completions');

const { BROTLI_DECODE, ZSTD_COMPRESS } = require('internal/zlib/constants');

const native = internals.zlib;
const kOwner = Symbol('kOwner');

const engineRegistry = new FinalizationRegistry((id) => native.close(id));

class EngineHandle {
  constructor(id) {
    this.id = id;
    this.state = new Uint32Array(2);
    this[kOwner] = null;
    // Set by the owning stream.
    this.callback = null;
    this.onerror = null;
    engineRegistry.register(this, id, this);
  }

  // One step; the failure as [message, errno, code], or undefined.
  #step(flush, input, inOff, inLen, output, outOff, outLen) {
    const result = native.write(this.id, flush, input, inOff, inLen, output, outOff, outLen);
    if (result === undefined) return undefined;
    this.state[0] = result[0];
    this.state[1] = result[1];
    return result.length > 2 ? result.slice(2) : undefined;
  }

  writeSync(flush, input, inOff, inLen, output, outOff, outLen) {
    const failure = this.#step(flush, input, inOff, inLen, output, outOff, outLen);
    if (failure !== undefined) this.onerror(...failure);
  }

  write(flush, input, inOff, inLen, output, outOff, outLen) {
    const failure = this.#step(flush, input, inOff, inLen, output, outOff, outLen);
    if (failure !== undefined) queueCompletion(this.onerror.bind(this), ...failure);
    else queueCompletion(this.callback.bind(this));
  }

  params(level, strategy) {
    const failure = native.params(this.id, level, strategy);
    if (failure !== undefined) this.onerror(...failure);
  }

  reset() {
    const failure = native.reset(this.id);
    if (failure !== undefined) this.onerror(...failure);
  }

  close() {
    if (this.id === -1) return;
    engineRegistry.unregister(this);
    native.close(this.id);
    this.id = -1;
  }
}

// The handle classes carry the names of Node's native ones (they show in stacks).
class Zlib extends EngineHandle {}
class BrotliEncoder extends EngineHandle {}
class BrotliDecoder extends EngineHandle {}
class ZstdCompress extends EngineHandle {}
class ZstdDecompress extends EngineHandle {}

// A zlib engine (deflate, inflate, gzip, gunzip, raw, unzip), or null when zlib
// refuses the parameters. With `singleMember`, gunzip ends after one member.
const ZlibEngine = {
  create(mode, windowBits, level, memLevel, strategy, dictionary, singleMember) {
    const id = native.createZlib(mode, windowBits, level, memLevel, strategy, dictionary,
                                 singleMember);
    return id < 0 ? null : new Zlib(id);
  },
};

// A Brotli engine with the parameters of `params` (a Uint32Array, 0xFFFFFFFF for
// unset), or null when one is refused.
const BrotliEngine = {
  create(mode, params) {
    const id = native.createBrotli(mode, params);
    if (id < 0) return null;
    return mode === BROTLI_DECODE ? new BrotliDecoder(id) : new BrotliEncoder(id);
  },
};

// A Zstandard engine with the parameters of `params` (as for Brotli), the pledged
// input size (or undefined) and a dictionary (or undefined); the message of why
// zstd refused them when it did.
const ZstdEngine = {
  create(mode, params, pledgedSrcSize, dictionary) {
    const result = native.createZstd(mode, params, pledgedSrcSize, dictionary);
    if (typeof result === 'string') return result;
    return mode === ZSTD_COMPRESS ? new ZstdCompress(result) : new ZstdDecompress(result);
  },
};

module.exports = { ZlibEngine, BrotliEngine, ZstdEngine, kOwner };
