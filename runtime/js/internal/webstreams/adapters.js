'use strict';

// Bridges between Node streams and web streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateObject,
} = require('internal/validators');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
  isWritableNodeStream,
} = require('internal/streams/utils');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { createDeferredPromise, uponPromise } = require('internal/webstreams/util');

let lazyModules;
function streams() {
  if (lazyModules === undefined) {
    lazyModules = {
      Readable: require('internal/streams/readable'),
      Writable: require('internal/streams/writable'),
      Duplex: require('internal/streams/duplex'),
      destroy: require('internal/streams/destroy').destroyer,
      finished: require('internal/streams/end-of-stream'),
      Buffer: require('buffer').Buffer,
    };
  }
  return lazyModules;
}

let encoder;
function encodeUtf8(text) {
  if (encoder === undefined) encoder = new (require('internal/encoding').TextEncoder)();
  return encoder.encode(text);
}

function isUtf8Encoding(encoding) {
  if (encoding == null) return true;
  const lower = `${encoding}`.toLowerCase();
  return lower === 'utf8' || lower === 'utf-8';
}

// A premature close of the Node side surfaces on the web side as an AbortError.
// The failures of a zlib stream (a DecompressionStream's corrupt input), which
// reach web streams as TypeErrors.
const zlibFailures = new Set([
  'Z_NEED_DICT', 'Z_STREAM_ERROR', 'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR',
]);

function handleKnownInternalErrors(cause) {
  if (cause != null && cause.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AbortError(undefined, { cause });
  }
  if (cause != null && zlibFailures.has(cause.code)) {
    const error = new TypeError(undefined, { cause });
    error.code = cause.code;
    return error;
  }
  return cause;
}

function validateEncoding(encoding) {
  if (encoding !== undefined && !streams().Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// ---------------------------------------------------------------------------
// Readable <-> ReadableStream

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (streamReadable == null || typeof streamReadable._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  const { destroy, finished, Buffer } = streams();

  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options.strategy;
  if (!strategy) {
    // Without object mode a plain high-water mark (one unit per chunk) is
    // enough; the Node side already limits the bytes it buffers.
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  }

  let controller;
  let wasCanceled = false;

  function onData(chunk) {
    // Copy Buffers so that the chunk is detached from Buffer's pool.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  const cleanup = finished(streamReadable, (error) => {
    error = handleKnownInternalErrors(error);
    cleanup();
    // Legacy streams may emit 'error' again after finishing.
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    if (wasCanceled) return;
    controller.close();
  });

  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      wasCanceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const { Readable, destroy } = streams();

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      uponPromise(reader.read(), (chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => destroy(readable, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          // Escape the promise job so the error is not an unhandled rejection.
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) {
        uponPromise(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });

  uponPromise(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(readable, error);
  });

  return readable;
}

// ---------------------------------------------------------------------------
// Writable <-> WritableStream

function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const { destroy, finished } = streams();

  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };

  let controller;
  let backpressurePromise;
  let closed;

  function onDrain() {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  }

  const cleanup = finished(streamWritable, (error) => {
    error = handleKnownInternalErrors(error);
    cleanup();
    // Legacy streams may emit 'error' again after finishing.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      // An error after close() started must reject that close.
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = createDeferredPromise();
        return backpressurePromise.promise.finally(() => {
          backpressurePromise = undefined;
        });
      }
      return undefined;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferredPromise();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// The write/writev/final callbacks shared by Writable.fromWeb and
// Duplex.fromWeb: chunks go to a WritableStream's writer.
function writeToWriter(writer, { decodeStrings, objectMode }, getNodeStream) {
  const { destroy, Buffer } = streams();
  return {
    writev(chunks, callback) {
      function done(errors) {
        errors = errors.filter((e) => e);
        try {
          callback(errors.length === 0 ? undefined : errors);
        } catch (error) {
          process.nextTick(() => destroy(getNodeStream(), error));
        }
      }
      uponPromise(writer.ready, () => uponPromise(
        Promise.all(chunks.map((data) => writer.write(data.chunk))), done, done), done);
    },
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        if (isUtf8Encoding(encoding)) {
          chunk = encodeUtf8(chunk);
        } else {
          const buffer = Buffer.from(chunk, encoding);
          chunk = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }
      }
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          destroy(getNodeStream(), err);
        }
      }
      uponPromise(writer.ready, () => uponPromise(writer.write(chunk), done, done), done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const { Writable, destroy } = streams();

  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    ...writeToWriter(writer, { decodeStrings, objectMode }, () => writable),
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      if (!closed) {
        if (error != null) {
          uponPromise(writer.abort(error), done, done);
        } else {
          uponPromise(writer.close(), done, done);
        }
        return;
      }
      done();
    },
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroy(writable, err));
        }
      }
      if (!closed) uponPromise(writer.close(), done, done);
    },
  });

  uponPromise(writer.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });

  return writable;
}

// ---------------------------------------------------------------------------
// Duplex <-> { readable, writable }

function newReadableWritablePairFromDuplex(duplex) {
  // The duplex's own states are checked rather than isReadableNodeStream /
  // isWritableNodeStream, which say no for a side that was switched off.
  if (duplex == null || typeof duplex._writableState !== 'object' ||
      typeof duplex._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }

  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }

  const writable = isWritable(duplex) ?
    newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable(duplex)) writable.close();

  const readable = isReadable(duplex) ?
    newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!isReadable(duplex)) readable.cancel();

  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  const { Duplex, destroy } = streams();

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    ...writeToWriter(writer, { decodeStrings, objectMode }, () => duplex),
    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => destroy(duplex, err));
        }
      }
      if (!writableClosed) uponPromise(writer.close(), done, done);
    },
    read() {
      uponPromise(reader.read(), (chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => destroy(duplex, error));
    },
    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      }
      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }
      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }
      if (!writableClosed || !readableClosed) {
        uponPromise(Promise.all([closeWriter(), closeReader()]), done, done);
        return;
      }
      done();
    },
  });

  uponPromise(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  uponPromise(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });

  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
