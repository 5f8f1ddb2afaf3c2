'use strict';

// finished(stream[, options], callback): call back once a stream is done
// (ended/finished/closed) or has failed.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const {
  isClosed,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isReadableFinished,
  isReadableErrored,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
  isWritableFinished,
  isWritableErrored,
  isNodeStream,
  isRequest,
  willEmitClose: computeWillEmitClose,
  kIsClosedPromise,
} = require('internal/streams/utils');

const nop = () => {};

// Subscribe to a signal's 'abort'; returns an unsubscribe function.
function listenAbort(signal, fn) {
  if (signal.aborted) {
    queueMicrotask(fn);
    return nop;
  }
  signal.addEventListener('abort', fn, { once: true });
  return () => signal.removeEventListener('abort', fn);
}

function onceOnly(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return fn.apply(this, args);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  // The callback runs in the async context (AsyncLocalStorage stores) of this call.
  const AsyncContextFrame = require('internal/async_context_frame');
  if (AsyncContextFrame.current() !== undefined) callback = AsyncContextFrame.bind(callback);
  let cb = onceOnly(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return eosWeb(stream, options, cb);
  }
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE(
      'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable != null ?
    options.readable : isReadableNodeStream(stream);
  const writable = options.writable != null ?
    options.writable : isWritableNodeStream(stream);

  const wState = stream._writableState;
  const rState = stream._readableState;

  const done = (err) => {
    if (err === undefined) cb.call(stream);
    else cb.call(stream, err);
  };

  // A stream that is going to emit 'close' is reported on 'close' so that
  // its teardown has happened by the time the callback runs.
  let willEmitClose = computeWillEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  let closed = isClosed(stream);

  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) done();
  };

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) done();
  };

  const onerror = (err) => {
    done(err);
  };

  const storedError = () =>
    isWritableErrored(stream) || isReadableErrored(stream);

  const onclose = () => {
    closed = true;
    const errored = storedError();
    if (errored && typeof errored !== 'boolean') {
      done(errored);
      return;
    }
    if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
        !isReadableFinished(stream, false)) {
      done(new ERR_STREAM_PREMATURE_CLOSE());
      return;
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      done(new ERR_STREAM_PREMATURE_CLOSE());
      return;
    }
    done();
  };

  const onclosed = () => {
    closed = true;
    const errored = storedError();
    if (errored && typeof errored !== 'boolean') {
      done(errored);
      return;
    }
    done();
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) {
      onrequest();
    } else {
      stream.on('request', onrequest);
    }
  } else if (writable && !wState) {
    // Legacy writable streams.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  if (!willEmitClose && typeof stream.aborted === 'boolean') {
    stream.on('aborted', onclose);
  }

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) ||
             (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable &&
             (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable &&
             (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    cb = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const last = cb;
      cleanup();
      last.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const unlisten = listenAbort(signal, abort);
      const original = cb;
      cb = onceOnly(function(...args) {
        unlisten();
        original.apply(stream, args);
      });
    }
  }

  return cleanup;
}

// Minimal support for WHATWG streams that expose the internal closed
// promise (only present when web streams are available).
function eosWeb(stream, options, callback) {
  let aborted = false;
  let unlisten = nop;
  if (options.signal) {
    const signal = options.signal;
    const abort = () => {
      aborted = true;
      callback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      unlisten = listenAbort(signal, abort);
    }
  }
  const resolverFn = (...args) => {
    if (!aborted) process.nextTick(() => callback.apply(stream, args));
  };
  const closed = stream[kIsClosedPromise];
  if (closed && closed.promise) {
    closed.promise.then(resolverFn, resolverFn);
  }
  return () => {
    unlisten();
  };
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
eos.listenAbort = listenAbort;

module.exports = eos;
