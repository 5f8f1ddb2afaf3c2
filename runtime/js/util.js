'use strict';

// Node's `util` module (Node.js 24).

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/inspect');
const errors = require('internal/errors');
const { codes } = errors;
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const { deprecate: internalDeprecate } = require('internal/util/deprecate');
const { debuglog } = require('internal/util/debuglog');
const types = require('util/types');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol.for('nodejs.util.promisify.customArgs');

// ---------------------------------------------------------------------------
// promisify / callbackify

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const custom = original[kCustomPromisify];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisify, {
      __proto__: null,
      value: custom, enumerable: false, writable: false, configurable: true,
    });
  }
  // Callbacks with several results (fs.read: bytesRead, buffer) resolve to an
  // object with these names.
  const resultNames = original[kCustomPromisifyArgs];
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (resultNames !== undefined && values.length > 1) {
          const result = {};
          for (let i = 0; i < resultNames.length; i++) result[resultNames[i]] = values[i];
          resolve(result);
        } else {
          resolve(values[0]);
        }
      });
      if (types.isPromise(Reflect.apply(original, this, args))) {
        process.emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
                            'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(original));
  Object.defineProperty(promisified, kCustomPromisify, {
    __proto__: null,
    value: promisified, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  return Object.defineProperties(promisified, descriptors);
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, callback) {
  // A falsy rejection would read as success in a callback: wrap it.
  if (!reason) {
    reason = new codes.ERR_FALSY_VALUE_REJECTION(reason);
    Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return callback(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const last = args.pop();
    validateFunction(last, 'last argument');
    const callback = last.bind(this);
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => process.nextTick(callbackifyOnRejected, reason, callback));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const descriptor of Object.values(descriptors)) Object.setPrototypeOf(descriptor, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---------------------------------------------------------------------------
// inherits / deprecate / _extend

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function deprecate(fn, msg, code, { modifyPrototype } = {}) {
  return internalDeprecate(fn, msg, code, modifyPrototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---------------------------------------------------------------------------
// styleText

const kHexColor = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

function hexOpenSequence(hex) {
  const digits = hex.length === 4 ? hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3] : hex.slice(1);
  const r = parseInt(digits.slice(0, 2), 16);
  const g = parseInt(digits.slice(2, 4), 16);
  const b = parseInt(digits.slice(4, 6), 16);
  return `\u001b[38;2;${r};${g};${b}m`;
}

// Inside styled text, a closing code of the same style re-opens it, so nested
// styles survive. Dim and bold share their closing code, so it is kept.
function reopenAfterClose(text, close, open, keepClose) {
  let index = text.indexOf(close);
  if (index === -1) return text;
  const replacement = keepClose ? close + open : open;
  let out = '';
  let last = 0;
  while (index !== -1) {
    const after = index + close.length;
    if (after >= text.length) break;
    out += text.slice(last, index) + replacement;
    last = after;
    index = text.indexOf(close, last);
  }
  return out + text.slice(last);
}

function styleOf(codesPair) {
  return {
    open: `\u001b[${codesPair[0]}m`,
    close: `\u001b[${codesPair[1]}m`,
    keepClose: codesPair[0] === 1 || codesPair[0] === 2,
  };
}

function isStream(value) {
  const streamUtils = require('internal/streams/utils');
  return streamUtils.isReadableStream(value) || streamUtils.isWritableStream(value) ||
    streamUtils.isNodeStream(value);
}

function styleText(formats, text, options) {
  const validateStream = options?.validateStream ?? true;
  validateString(text, 'text');
  if (options !== undefined) validateObject(options, 'options');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColors = false;
  if (validateStream) {
    const stream = options?.stream ?? process.stdout;
    if (!isStream(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColors = !require('internal/util/colors').shouldColorize(stream);
  }
  const list = Array.isArray(formats) ? formats : [formats];
  let open = '';
  let close = '';
  let body = text;
  for (const key of list) {
    if (key === 'none') continue;
    if (typeof key === 'string' && key[0] === '#') {
      if (!kHexColor.test(key)) {
        throw new codes.ERR_INVALID_ARG_VALUE('format', key, 'must be a valid hex color (#RGB or #RRGGBB)');
      }
      if (skipColors) continue;
      const hexOpen = hexOpenSequence(key);
      open += hexOpen;
      close = `\u001b[39m${close}`;
      body = reopenAfterClose(body, '\u001b[39m', hexOpen, false);
      continue;
    }
    const pair = inspect.colors[key];
    if (!pair) validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
    const style = styleOf(pair);
    open += style.open;
    close = style.close + close;
    body = reopenAfterClose(body, style.close, style.open, style.keepClose);
  }
  if (skipColors) return text;
  return `${open}${body}${close}`;
}

// ---------------------------------------------------------------------------
// System errors

function checkErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
}

function getSystemErrorName(err) {
  checkErrno(err);
  return errors.getSystemErrorName(err);
}

function getSystemErrorMessage(err) {
  checkErrno(err);
  return errors.getSystemErrorMessage(err);
}

function getSystemErrorMap() {
  return errors.getSystemErrorMap();
}

function withoutFrames(build, fn) {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const writable = desc === undefined ? Object.isExtensible(Error) :
    ('writable' in desc ? desc.writable : desc.set !== undefined);
  if (!writable) return build();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const error = build();
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(error, fn);
  return error;
}

function _errnoException(...args) {
  return withoutFrames(() => errors.errnoException(...args), _errnoException);
}

function _exceptionWithHostPort(...args) {
  return withoutFrames(() => errors.exceptionWithHostPort(...args), _exceptionWithHostPort);
}

function convertProcessSignalToExitCode(signalCode) {
  const { signalNumbers } = require('internal/process/signals');
  validateOneOf(signalCode, 'signalCode', Object.keys(signalNumbers));
  return 128 + signalNumbers[signalCode];
}

// ---------------------------------------------------------------------------
// getCallSites

const scriptIds = new Map();
function scriptIdOf(name) {
  let id = scriptIds.get(name);
  if (id === undefined) {
    id = String(scriptIds.size + 1);
    scriptIds.set(name, id);
  }
  return id;
}

function getCallSites(frameCount = 10, options) {
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      validateObject(options, 'options');
      if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
      frameCount = 10;
    } else {
      options = {};
    }
  } else {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateInteger(frameCount, 'frameCount', 1, 200);
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let frames;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = frameCount;
    Error.captureStackTrace(holder, getCallSites);
    frames = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(frames)) return [];
  return frames.map((site) => {
    const scriptName = site.getScriptNameOrSourceURL?.() ?? site.getFileName() ?? '';
    return {
      __proto__: null,
      functionName: site.getFunctionName() ?? '',
      scriptId: scriptIdOf(scriptName),
      scriptName,
      lineNumber: site.getLineNumber() ?? 0,
      columnNumber: site.getColumnNumber() ?? 0,
      column: site.getColumnNumber() ?? 0,
    };
  });
}

// ---------------------------------------------------------------------------
// parseEnv (.env file contents)

function trimSpaces(text) {
  return text.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
}

function parseEnv(content) {
  validateString(content, 'content');
  const result = {};
  let rest = trimSpaces(content.replaceAll('\r', ''));
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const newline = rest.indexOf('\n');
      if (newline !== -1) {
        rest = trimSpaces(rest.slice(newline + 1));
        continue;
      }
    }
    const equals = rest.indexOf('=');
    if (equals === -1) break;
    let key = rest.slice(0, equals);
    if (key.includes('\n')) {
      // A line without '=': skipped.
      rest = trimSpaces(rest.slice(rest.indexOf('\n') + 1));
      continue;
    }
    key = trimSpaces(key);
    rest = rest.slice(equals + 1);
    if (rest.length === 0 || rest[0] === '\n') {
      result[key] = '';
      continue;
    }
    if (key.length === 0) {
      const newline = rest.indexOf('\n');
      if (newline === -1) break;
      rest = trimSpaces(rest.slice(newline + 1));
      continue;
    }
    rest = trimSpaces(rest);
    if (key.startsWith('export ')) key = trimSpaces(key.slice(7));
    if (rest.length === 0) {
      result[key] = '';
      break;
    }
    const quote = rest[0];
    if (quote === '"') {
      const closing = rest.indexOf('"', 1);
      if (closing !== -1) {
        result[key] = rest.slice(1, closing).replaceAll('\\n', '\n');
        const newline = rest.indexOf('\n', closing + 1);
        rest = newline !== -1 ? trimSpaces(rest.slice(newline + 1)) : '';
        continue;
      }
    }
    if (quote === '"' || quote === "'" || quote === '`') {
      const closing = rest.indexOf(quote, 1);
      if (closing === -1) {
        const newline = rest.indexOf('\n');
        if (newline !== -1) {
          result[key] = rest.slice(0, newline);
          rest = rest.slice(newline);
        } else {
          result[key] = rest;
          break;
        }
      } else {
        result[key] = rest.slice(1, closing);
        const newline = rest.indexOf('\n', closing + 1);
        rest = newline !== -1 ? rest.slice(newline + 1) : '';
      }
    } else {
      const newline = rest.indexOf('\n');
      let value = newline !== -1 ? rest.slice(0, newline) : rest;
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      result[key] = trimSpaces(value);
      rest = newline !== -1 ? rest.slice(newline + 1) : '';
    }
    rest = trimSpaces(rest);
  }
  // Node keeps the entries in a sorted map.
  const sorted = {};
  for (const key of Object.keys(result).sort()) sorted[key] = result[key];
  return sorted;
}

// ---------------------------------------------------------------------------
// AbortSignal helpers

async function aborted(signal, resource) {
  if (typeof globalThis.AbortSignal !== 'function' || !(signal instanceof globalThis.AbortSignal)) {
    // Node checks the signal with its WebIDL converter, hence the message.
    const error = new TypeError('signal is not of type AbortSignal.');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

// Sessions have no workers to transfer signals to: these return their input.
function transferableAbortSignal(signal) {
  if (signal?.aborted === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

// ---------------------------------------------------------------------------
// diff

function validateDiffInput(value, name) {
  if (!Array.isArray(value)) {
    validateString(value, name);
    return;
  }
  validateStringArray(value, name);
}

function diff(actual, expected) {
  if (actual === expected) return [];
  validateDiffInput(actual, 'actual');
  validateDiffInput(expected, 'expected');
  return require('internal/assert/myers_diff').myersDiff(actual, expected).reverse();
}

function setTraceSigInt(enable) {
  validateBoolean(enable, 'enable');
}

// ---------------------------------------------------------------------------

let comparisons;

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: internalDeprecate(_extend,
                             'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                             'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: internalDeprecate(Array.isArray,
                             'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                             'DEP0044'),
  isDeepStrictEqual(a, b, skipPrototype) {
    comparisons ??= require('internal/util/comparisons');
    return comparisons.isDeepStrictEqual(a, b, skipPrototype);
  },
  promisify,
  stripVTControlCharacters,
  toUSVString(input) {
    return `${input}`.toWellFormed();
  },
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
};

function defineLazy(names, load) {
  for (const name of names) {
    Object.defineProperty(module.exports, name, {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get() {
        const value = load()[name];
        Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      },
    });
  }
}

defineLazy(['parseArgs'], () => require('internal/util/parse_args'));
defineLazy(['TextDecoder', 'TextEncoder'], () => require('internal/encoding'));
defineLazy(['MIMEType', 'MIMEParams'], () => require('internal/mime'));
defineLazy(['diff'], () => ({ diff }));
defineLazy(['setTraceSigInt'], () => ({ setTraceSigInt }));
