'use strict';
// What happens to an exception nobody caught: 'uncaughtExceptionMonitor', then the
// 'uncaughtException' listeners (the session goes on), else Node's fatal path — emit
// 'exit' with code 1, print the source context and the error to stderr, and end.

let captureCallback = null;
// The `domain` module's handler, once it is loaded: true when a domain took the error.
let domainErrorHandler = null;

function setDomainErrorHandler(fn) {
  domainErrorHandler = fn;
}

function setCaptureCallback(fn) {
  if (fn !== null && typeof fn !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (fn !== null && domainErrorHandler !== null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
  }
  if (fn !== null && captureCallback !== null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

function hasCaptureCallback() {
  return captureCallback !== null;
}

// Called by the event loop when an exception escaped a callback. As in Node, ticks
// left queued by the interrupted drain run at the next check phase, which a no-op
// immediate guarantees.
function onUncaught(error, sourceContext) {
  handleUncaught(error, sourceContext, false);
  require('internal/timers').setImmediate(noop);
}

function noop() {}

function handleUncaught(error, sourceContext, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (domainErrorHandler !== null && !fromPromise) {
    process.emit('uncaughtExceptionMonitor', error, origin);
    if (domainErrorHandler(error)) return;
  }
  if (captureCallback !== null) {
    captureCallback(error);
    return;
  }
  process.emit('uncaughtExceptionMonitor', error, origin);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', error, origin);
    return;
  }
  fatal(error, sourceContext);
}

function fatal(error, sourceContext) {
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener that throws cannot stop the session from ending.
  }
  internals.writeOutput(2, formatFatal(error, sourceContext));
  // An 'exit' listener may have set process.exitCode (even to 0): that code wins.
  internals.exit(process.exitCode ?? 1, true);
}

function formatFatal(error, sourceContext) {
  const { inspect } = require('internal/inspect');
  let text;
  try {
    text = inspect(error);
  } catch {
    text = String(error);
  }
  const isError = error !== null && typeof error === 'object' && typeof error.stack === 'string';
  // An error from vm code already starts with its source line (see `vm.js`).
  if (!sourceContext || text.startsWith(sourceContext)) return `${text}\n`;
  return isError ? `${sourceContext}\n${text}\n` : `${sourceContext}${text}\n`;
}

module.exports = {
  onUncaught, handleUncaught, setCaptureCallback, hasCaptureCallback, setDomainErrorHandler, formatFatal,
};
