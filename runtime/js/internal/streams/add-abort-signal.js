'use strict';

// addAbortSignal(signal, stream): destroy `stream` with an AbortError when
// `signal` aborts.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const {
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE(
      'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    return stream;
  }
  const onAbort = () => {
    const err = new AbortError(undefined, { cause: signal.reason });
    if (isNodeStream(stream)) {
      stream.destroy(err);
    } else {
      stream[kControllerErrorFunction](err);
    }
  };
  if (signal.aborted) {
    onAbort();
  } else {
    const unlisten = eos.listenAbort(signal, onAbort);
    eos(stream, unlisten);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
