'use strict';

// Node-style errors carrying a stable `code`. Messages follow Node.js 24.
//
//   const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
//   throw new ERR_INVALID_ARG_TYPE('callback', 'Function', 42);
//   // TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of
//   // type function. Received type number (42)
//
// New codes are added with defineError(code, BaseClass, message, ...extra):
// `message` is either a util.format() string (its %s/%d/... count is the
// number of arguments the constructor takes) or a function returning the
// message (called with the error as `this`, so it can attach properties).
// Every extra base class gets its own variant, e.g. codes.X.RangeError.

const kIsNodeError = Symbol('kIsNodeError');

const {
  defineProperty,
  defineProperties,
  getOwnPropertyDescriptor,
  keys: objectKeys,
} = Object;
const { isArray } = Array;
const { apply } = Reflect;

const messages = new Map();
const codes = {};

let lazyInspectModule;
function lazyInspect() {
  lazyInspectModule ??= require('internal/inspect');
  return lazyInspectModule;
}

function captureLimitWritable() {
  const desc = getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

function captureStack(err, fn) {
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, fn);
  }
}

// The stack trace header of a Node error reads `TypeError [ERR_X]: message`.
// V8 renders the header from `name` and `message` when `stack` is first read,
// so read it once the message is final and put the code in.
function addCodeToStack(err, name, code) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const withCode = `${name} [${code}]`;
  if (stack.startsWith(withCode)) return;
  const len = name.length;
  if (stack.startsWith(name) &&
      (stack.length === len || stack[len] === ':' || stack[len] === '\n')) {
    try {
      err.stack = `${withCode}${stack.slice(len)}`;
    } catch {
      // A frozen error keeps its plain stack.
    }
  }
}

function assert(value, message) {
  if (!value) {
    throw new codes.ERR_INTERNAL_ASSERTION(message);
  }
}

function countFormatSpecifiers(msg) {
  const found = msg.match(/%[dfijoOs]/g);
  return found === null ? 0 : found.length;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    assert(
      msg.length <= args.length, // Parameters with defaults do not count.
      `Code: ${key}; The provided arguments length (${args.length}) does not ` +
        `match the required ones (${msg.length}).`,
    );
    return apply(msg, self, args);
  }
  const expected = countFormatSpecifiers(msg);
  assert(
    expected === args.length,
    `Code: ${key}; The provided arguments length (${args.length}) does not ` +
      `match the required ones (${expected}).`,
  );
  if (args.length === 0) return msg;
  return lazyInspect().format(msg, ...args);
}

function makeNodeErrorWithCode(Base, key) {
  const messageIsFunction = typeof messages.get(key) === 'function';
  class NodeError extends Base {
    code = key;

    constructor(...args) {
      if (messageIsFunction) {
        super();
        defineProperty(this, 'message', {
          __proto__: null,
          value: getMessage(key, args, this),
          enumerable: false,
          writable: true,
          configurable: true,
        });
      } else {
        super(getMessage(key, args, null));
      }
      addCodeToStack(this, this.name, key);
    }

    // Instances report the plain base class (TypeError, RangeError, ...).
    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

let lazyBufferCtor;
function toBufferIfPossible(value) {
  lazyBufferCtor ??= typeof globalThis.Buffer === 'function' ? globalThis.Buffer : null;
  const str = value.toString();
  return lazyBufferCtor !== null ? lazyBufferCtor.from(str) : str;
}

// Errors built from a libuv-like context; the message reads
// `<prefix>: <syscall> returned <code> (<message>) <path> => <dest>`.
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;

    defineProperties(this, {
      [kIsNodeError]: {
        __proto__: null,
        value: true,
        enumerable: false,
        writable: false,
        configurable: true,
      },
      name: {
        __proto__: null,
        value: 'SystemError',
        enumerable: false,
        writable: true,
        configurable: true,
      },
      message: {
        __proto__: null,
        value: message,
        enumerable: false,
        writable: true,
        configurable: true,
      },
      info: {
        __proto__: null,
        value: context,
        enumerable: true,
        configurable: true,
        writable: false,
      },
      errno: {
        __proto__: null,
        get() { return context.errno; },
        set: (value) => { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        __proto__: null,
        get() { return context.syscall; },
        set: (value) => { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });

    if (context.path !== undefined) {
      defineProperty(this, 'path', {
        __proto__: null,
        get() { return context.path != null ? context.path.toString() : context.path; },
        set: (value) => { context.path = value ? toBufferIfPossible(value) : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    if (context.dest !== undefined) {
      defineProperty(this, 'dest', {
        __proto__: null,
        get() { return context.dest != null ? context.dest.toString() : context.dest; },
        set: (value) => { context.dest = value ? toBufferIfPossible(value) : undefined; },
        enumerable: true,
        configurable: true,
      });
    }
    addCodeToStack(this, 'SystemError', key);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInspect().inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// Register an error code. `codes[code]` becomes the constructor.
function defineError(code, Base, message, ...otherBases) {
  messages.set(code, message);
  const ErrorClass = Base === SystemError ?
    makeSystemErrorWithCode(code) :
    makeNodeErrorWithCode(Base, code);
  for (const Other of otherBases) {
    ErrorClass[Other.name] = makeNodeErrorWithCode(Other, code);
    ErrorClass[Other.name].HideStackFramesError = ErrorClass[Other.name];
  }
  // Node's internals use codes.X.HideStackFramesError for errors thrown from
  // hideStackFrames() wrappers; here it is the same class.
  ErrorClass.HideStackFramesError = ErrorClass;
  codes[code] = ErrorClass;
  return ErrorClass;
}

// Calls `fn`; errors it throws get their stack trace cut at the wrapper so
// that they point at the caller.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return apply(fn, this, args);
    } catch (error) {
      if (Error.stackTraceLimit && error !== null && typeof error === 'object' &&
          typeof Error.captureStackTrace === 'function') {
        try {
          Error.captureStackTrace(error, wrappedFn);
          if (error[kIsNodeError] && typeof error.code === 'string') {
            addCodeToStack(error, error.name, error.code);
          }
        } catch {
          // Leave the stack as it is.
        }
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// ---------------------------------------------------------------------------
// Helpers for messages

const kTypes = [
  'string',
  'function',
  'number',
  'object',
  // 'Function' and 'Object' are accepted for the lower case names.
  'Function',
  'Object',
  'boolean',
  'bigint',
  'symbol',
];

const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

// 'A', 'A and B', 'A, B, and C' (no Intl.ListFormat needed).
function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
    default:
      return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}

// Describes a received value for "must be of type X. Received ..." messages.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';

  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) {
        return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      }
      return `type number (${value})`;
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${lazyInspect().inspect(value, { depth: -1 })}`;
    case 'string': {
      let str = value;
      if (str.length > 28) str = `${str.slice(0, 25)}...`;
      if (str.indexOf("'") === -1) return `type string ('${str}')`;
      return `type string (${JSON.stringify(str)})`;
    }
    default: {
      let str = lazyInspect().inspect(value, { colors: false });
      if (str.length > 28) str = `${str.slice(0, 25)}...`;
      return `type ${type} (${str})`;
    }
  }
}

// Only for integers.
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    res = `_${val.slice(i - 3, i)}${res}`;
  }
  return `${val.slice(0, i)}${res}`;
}

function setOwnProperty(obj, key, value) {
  return defineProperty(obj, key, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value,
    writable: true,
  });
}

// ---------------------------------------------------------------------------
// libuv / errno errors

// [code, errno (Linux), libuv message]
const uvErrorTable = [
  ['EPERM', -1, 'operation not permitted'],
  ['ENOENT', -2, 'no such file or directory'],
  ['ESRCH', -3, 'no such process'],
  ['EINTR', -4, 'interrupted system call'],
  ['EIO', -5, 'i/o error'],
  ['ENXIO', -6, 'no such device or address'],
  ['E2BIG', -7, 'argument list too long'],
  ['ENOEXEC', -8, 'exec format error'],
  ['EBADF', -9, 'bad file descriptor'],
  ['EAGAIN', -11, 'resource temporarily unavailable'],
  ['ENOMEM', -12, 'not enough memory'],
  ['EACCES', -13, 'permission denied'],
  ['EFAULT', -14, 'bad address in system call argument'],
  ['EBUSY', -16, 'resource busy or locked'],
  ['EEXIST', -17, 'file already exists'],
  ['EXDEV', -18, 'cross-device link not permitted'],
  ['ENODEV', -19, 'no such device'],
  ['ENOTDIR', -20, 'not a directory'],
  ['EISDIR', -21, 'illegal operation on a directory'],
  ['EINVAL', -22, 'invalid argument'],
  ['ENFILE', -23, 'file table overflow'],
  ['EMFILE', -24, 'too many open files'],
  ['ENOTTY', -25, 'inappropriate ioctl for device'],
  ['ETXTBSY', -26, 'text file is busy'],
  ['EFBIG', -27, 'file too large'],
  ['ENOSPC', -28, 'no space left on device'],
  ['ESPIPE', -29, 'invalid seek'],
  ['EROFS', -30, 'read-only file system'],
  ['EMLINK', -31, 'too many links'],
  ['EPIPE', -32, 'broken pipe'],
  ['ERANGE', -34, 'result too large'],
  ['ENAMETOOLONG', -36, 'name too long'],
  ['ENOSYS', -38, 'function not implemented'],
  ['ENOTEMPTY', -39, 'directory not empty'],
  ['ELOOP', -40, 'too many symbolic links encountered'],
  ['EUNATCH', -49, 'protocol driver not attached'],
  ['ENODATA', -61, 'no data available'],
  ['ENONET', -64, 'machine is not on the network'],
  ['EPROTO', -71, 'protocol error'],
  ['EOVERFLOW', -75, 'value too large for defined data type'],
  ['EILSEQ', -84, 'illegal byte sequence'],
  ['ENOTSOCK', -88, 'socket operation on non-socket'],
  ['EDESTADDRREQ', -89, 'destination address required'],
  ['EMSGSIZE', -90, 'message too long'],
  ['EPROTOTYPE', -91, 'protocol wrong type for socket'],
  ['ENOPROTOOPT', -92, 'protocol not available'],
  ['EPROTONOSUPPORT', -93, 'protocol not supported'],
  ['ESOCKTNOSUPPORT', -94, 'socket type not supported'],
  ['ENOTSUP', -95, 'operation not supported on socket'],
  ['EAFNOSUPPORT', -97, 'address family not supported'],
  ['EADDRINUSE', -98, 'address already in use'],
  ['EADDRNOTAVAIL', -99, 'address not available'],
  ['ENETDOWN', -100, 'network is down'],
  ['ENETUNREACH', -101, 'network is unreachable'],
  ['ECONNABORTED', -103, 'software caused connection abort'],
  ['ECONNRESET', -104, 'connection reset by peer'],
  ['ENOBUFS', -105, 'no buffer space available'],
  ['EISCONN', -106, 'socket is already connected'],
  ['ENOTCONN', -107, 'socket is not connected'],
  ['ESHUTDOWN', -108, 'cannot send after transport endpoint shutdown'],
  ['ETIMEDOUT', -110, 'connection timed out'],
  ['ECONNREFUSED', -111, 'connection refused'],
  ['EHOSTDOWN', -112, 'host is down'],
  ['EHOSTUNREACH', -113, 'host is unreachable'],
  ['EALREADY', -114, 'connection already in progress'],
  ['EREMOTEIO', -121, 'remote I/O error'],
  ['ECANCELED', -125, 'operation canceled'],
  ['EAI_ADDRFAMILY', -3000, 'address family not supported'],
  ['EAI_AGAIN', -3001, 'temporary failure'],
  ['EAI_BADFLAGS', -3002, 'bad ai_flags value'],
  ['EAI_CANCELED', -3003, 'request canceled'],
  ['EAI_FAIL', -3004, 'permanent failure'],
  ['EAI_FAMILY', -3005, 'ai_family not supported'],
  ['EAI_MEMORY', -3006, 'out of memory'],
  ['EAI_NODATA', -3007, 'no address'],
  ['EAI_NONAME', -3008, 'unknown node or service'],
  ['EAI_OVERFLOW', -3009, 'argument buffer overflow'],
  ['EAI_SERVICE', -3010, 'service not available for socket type'],
  ['EAI_SOCKTYPE', -3011, 'socket type not supported'],
  ['EAI_BADHINTS', -3013, 'invalid value for hints'],
  ['EAI_PROTOCOL', -3014, 'resolved protocol is unknown'],
  ['EFTYPE', -4028, 'inappropriate file type or format'],
  ['ECHARSET', -4080, 'invalid Unicode character'],
  ['UNKNOWN', -4094, 'unknown error'],
  ['EOF', -4095, 'end of file'],
];

const uvErrorsByCode = new Map();
const uvErrorsByErrno = new Map();
for (const [code, errno, message] of uvErrorTable) {
  uvErrorsByCode.set(code, [errno, message]);
  uvErrorsByErrno.set(errno, [code, message]);
}
const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// Like Node's uvErrmapGet(errno): [code, message] or undefined.
function uvErrmapGet(errno) {
  return uvErrorsByErrno.get(errno);
}

// A Map errno -> [code, message], like util.getSystemErrorMap().
function getSystemErrorMap() {
  return new Map(uvErrorsByErrno);
}

function getSystemErrorName(errno) {
  const entry = uvErrorsByErrno.get(errno);
  return entry !== undefined ? entry[0] : `Unknown system error ${errno}`;
}

function getSystemErrorMessage(errno) {
  const entry = uvErrorsByErrno.get(errno);
  return entry !== undefined ? entry[1] : `Unknown system error ${errno}`;
}

// The errno number (negative) for a code such as 'ENOENT'.
function getErrnoForCode(code) {
  const entry = uvErrorsByCode.get(code);
  return entry !== undefined ? entry[0] : undefined;
}

// An fs-style error from a context {errno?, code?, syscall, path?, dest?,
// message?}: `ENOENT: no such file or directory, open '/x'` with the
// properties errno, code, syscall, path, dest (and any other context keys).
class UVException extends Error {
  constructor(ctx) {
    let code = ctx.code;
    let errno = ctx.errno;
    let uvmsg;
    if (typeof errno === 'number' && uvErrorsByErrno.has(errno)) {
      [code, uvmsg] = uvErrorsByErrno.get(errno);
    } else if (typeof code === 'string' && uvErrorsByCode.has(code)) {
      [errno, uvmsg] = uvErrorsByCode.get(code);
      if (typeof ctx.errno === 'number') errno = ctx.errno;
    } else {
      code ??= uvUnmappedError[0];
      uvmsg = uvUnmappedError[1];
    }
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;

    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }

    super(message);

    if (errno !== undefined) this.errno = errno;
    this.code = code;
    if (ctx.syscall !== undefined) this.syscall = ctx.syscall;
    if (path) this.path = path;
    if (dest) this.dest = dest;
    for (const prop of objectKeys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest' ||
          prop === 'errno' || prop === 'code' || prop === 'syscall') {
        continue;
      }
      this[prop] = ctx[prop];
    }
  }

  get ['constructor']() {
    return Error;
  }
}

function uvException(ctx) {
  const err = new UVException(ctx);
  captureStack(err, uvException);
  return err;
}

// errnoException({ errno?, code, syscall, path?, dest? }) builds an fs-style
// error (see UVException). The legacy form errnoException(errno, syscall,
// original) builds Node's `${syscall} ${code}` error.
function errnoException(errOrCtx, syscall, original) {
  let ex;
  if (errOrCtx !== null && typeof errOrCtx === 'object') {
    ex = new UVException(errOrCtx);
  } else {
    const code = getSystemErrorName(errOrCtx);
    const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
    ex = new Error(message);
    ex.errno = errOrCtx;
    ex.code = code;
    ex.syscall = syscall;
  }
  captureStack(ex, errnoException);
  return ex;
}

// `${syscall} ${code}: ${message} address:port`
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvErrorsByErrno.get(err) || uvUnmappedError;
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  const ex = new Error(`${syscall} ${code}: ${uvmsg}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  captureStack(ex, uvExceptionWithHostPort);
  return ex;
}

// `${syscall} ${code} address:port - Local (additional)`
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  captureStack(ex, exceptionWithHostPort);
  return ex;
}

function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = (code === -3007 || code === -3008) ? 'ENOTFOUND' : getSystemErrorName(code);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  captureStack(ex, dnsException);
  return ex;
}

function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
  }

  get ['constructor']() {
    return Error;
  }
}

let maxStackErrorName;
let maxStackErrorMessage;
// Whether `err` is V8's "Maximum call stack size exceeded" RangeError.
function isStackOverflowError(err) {
  if (maxStackErrorMessage === undefined) {
    try {
      const overflow = () => overflow() + 1;
      overflow();
    } catch (e) {
      maxStackErrorMessage = e.message;
      maxStackErrorName = e.name;
    }
  }
  return Boolean(err) && err.name === maxStackErrorName &&
    err.message === maxStackErrorMessage;
}

// Node's own AbortError: a regular Error with name 'AbortError' and code
// 'ABORT_ERR' (unlike DOMException's AbortError).
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super([...errors], message);
    this.code = errors[0]?.code;
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// Combine two errors (e.g. from destroy() and a callback) into one.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    let err;
    if (captureLimitWritable()) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      err = new AggregateError([outerError, innerError], outerError.message);
      Error.stackTraceLimit = limit;
      captureStack(err, aggregateTwoErrors);
    } else {
      err = new AggregateError([outerError, innerError], outerError.message);
    }
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

const genericNodeError = hideStackFrames(function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
});

// ---------------------------------------------------------------------------
// Error codes (alphabetical)

// Node's argument order: E(code, message, Base, ...otherBases).
function E(code, message, Base, ...otherBases) {
  return defineError(code, Base, message, ...otherBases);
}

E('ERR_ACCESS_DENIED',
  function(msg, permission = '', resource = '') {
    this.permission = permission;
    this.resource = resource;
    return msg;
  },
  Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS',
  // A default parameter does not count towards Function#length.
  (name = undefined) => {
    if (name) {
      return `"${name}" is outside of buffer bounds`;
    }
    return 'Attempt to access memory outside buffer bounds';
  }, RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM',
  'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED',
  'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), ' +
    'which is mutually exclusive with using the `domain` module',
  Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling ' +
    'process.setUncaughtExceptionCaptureCallback()',
  Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent ' +
  'asynchronous operations', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform' +
  ', which is being used to run Node.js',
  TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header',
  Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING',
  'Module "%s" needs an import attribute of "%s: %s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  function(attribute, value, url = undefined) {
    if (url === undefined) {
      return `Import attribute "${attribute}" with value "${value}" is not supported`;
    }
    return `Import attribute "${attribute}" with value "${value}" is not supported in ${url}`;
  }, TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string ' +
  'input via --eval, --print, or STDIN', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  assert(typeof name === 'string', "'name' must be a string");
  if (!isArray(expected)) {
    expected = [expected];
  }

  let msg = 'The ';
  if (name.endsWith(' argument')) {
    // e.g. 'first argument'
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    assert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.exec(value) !== null) {
      instances.push(value);
    } else {
      assert(value !== 'object', 'The value "object" should be written as "Object"');
      other.push(value);
    }
  }

  // With instances listed, 'object' reads better as 'an instance of Object'.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }

  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }

  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect().inspect(value);
  if (inspected.length > 128) {
    inspected = `${inspected.slice(0, 128)}...`;
  }
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR',
  (name, field = undefined) => {
    let msg = `Invalid character in ${name}`;
    if (field !== undefined) {
      msg += ` ["${field}"]`;
    }
    return msg;
  }, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST',
  'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', function(reason, input = undefined) {
  this.input = input;
  return `File URL path ${reason}`;
}, TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const msg = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid` + msg;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
    `${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET',
  (pkgPath, key, target, isImport = false, base = undefined) => {
    const relError = typeof target === 'string' && !isImport &&
      target.length && !target.startsWith('./');
    const importedFrom = base ? ` imported from ${base}` : '';
    const hint = relError ? '; targets must start with "./"' : '';
    if (key === '.') {
      assert(isImport === false);
      return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
        `in the package config ${pkgPath}package.json${importedFrom}${hint}`;
    }
    return `Invalid "${isImport ? 'imports' : 'exports'}" target ` +
      `${JSON.stringify(target)} defined for '${key}' in the package config ` +
      `${pkgPath}package.json${importedFrom}${hint}`;
  }, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the` +
         ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the` +
         ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}"` +
         ` function but got ${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support ' +
    'Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) {
    this.base = base;
  }
  // The input is deliberately not part of the message.
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  assert(expected.length <= 2);
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_LOADER_CHAIN_INCOMPLETE',
  '"%s" did not call the next hook in its chain and did not' +
  ' explicitly signal a short circuit. If this is intentional, include' +
  ' `shortCircuit: true` in the hook\'s return.',
  Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  assert(args.length > 0, 'At least one arg needs to be specified');
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  return `The ${formatList(names)} argument${len > 1 ? 's' : ''} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) {
    setOwnProperty(this, 'url', `${exactUrl}`);
  }
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE',
  (str, range, input, replaceDefaultBoolean = false) => {
    assert(range, 'Missing "range" argument');
    let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) {
        received = addNumericalSeparator(received);
      }
      received += 'n';
    } else {
      received = lazyInspect().inspect(input);
    }
    msg += ` It must be ${range}. Received ${received}`;
    return msg;
  }, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const importedFrom = base ? ` imported from ${base}` : '';
  if (subpath === '.') {
    return `No "exports" main defined in ${pkgPath}package.json${importedFrom}`;
  }
  return `Package subpath '${subpath}' is not defined by "exports" in ` +
    `${pkgPath}package.json${importedFrom}`;
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This " +
  'command does not take positional arguments', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ?
    '. To specify a positional argument starting with a \'-\', place it at the ' +
    `end of the command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', function(filename = undefined, parent = undefined, locations = undefined) {
  let message = 'require() cannot be used on an ESM graph with top-level await. ' +
    'Use import() instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.';
  if (filename) {
    message += `\nRequired module: ${filename}`;
  }
  if (parent) {
    // `parent` is the requiring module (walked through `.parent`), or already
    // a list of file names, or a single file name.
    let requireStack;
    if (isArray(parent)) {
      requireStack = parent.map(String);
    } else if (typeof parent === 'string') {
      requireStack = [parent];
    } else {
      requireStack = [];
      for (let cursor = parent; cursor; cursor = cursor.parent) {
        requireStack.push(cursor.filename || cursor.id);
      }
    }
    if (requireStack.length > 0) {
      message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
    }
    defineProperty(this, 'requireStack', {
      __proto__: null,
      enumerable: false,
      configurable: true,
      writable: true,
      value: requireStack,
    });
  }
  if (locations && locations.length > 0) {
    defineProperty(this, 'topLevelAwaitLocations', {
      __proto__: null,
      enumerable: false,
      configurable: true,
      writable: true,
      value: locations,
    });
  }
  return message;
}, Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_REQUIRE_ESM',
  function(filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) {
    let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
    if (!packageJsonPath) {
      if (String(filename).endsWith('.mjs')) {
        msg += `\nInstead change the require of ${filename} to a dynamic ` +
          'import() which is available in all CommonJS modules.';
      }
      return msg;
    }
    const baseName = (p) => String(p).replace(/\/+$/, '').replace(/^.*\//, '');
    const basename = parentPath && baseName(filename) === baseName(parentPath) ?
      filename : baseName(filename);
    if (hasEsmSyntax) {
      msg += `\nInstead change the require of ${basename} in ${parentPath} to` +
        ' a dynamic import() which is available in all CommonJS modules.';
      return msg;
    }
    msg += `\n${basename} is treated as an ES module file as it is a .js ` +
      'file whose nearest parent package.json contains "type": "module" ' +
      'which declares all .js files in that package scope as ES modules.' +
      `\nInstead either rename ${basename} to end in .cjs, change the requiring ` +
      'code to use dynamic import() which is available in all CommonJS ' +
      'modules, or change "type": "module" to "type": "commonjs" in ' +
      `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for ` +
      'all ES modules instead).\n';
    return msg;
  }, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SCRIPT_EXECUTION_TIMEOUT', 'Script execution timed out after %sms', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  assert(typeof allowZero === 'boolean', "The 'allowZero' argument must be of type boolean.");
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TRAILING_JUNK_AFTER_STREAM_END',
  'Trailing junk found after the end of the compressed stream', TypeError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture ' +
    'callback was already active',
  Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR',
  (err = undefined) => {
    const msg = 'Unhandled error.';
    if (err === undefined) return msg;
    return `${msg} (${err})`;
  }, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  setOwnProperty(this, 'url', exactUrl);
  return `Directory import '${path}' is not supported ` +
    `resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader`;
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',
  TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  'A dynamic import callback was not specified.', TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_ZSTD_INVALID_PARAM', '%s is not a valid zstd parameter', RangeError);

module.exports = {
  AbortError,
  aggregateTwoErrors,
  codes,
  ConnResetException,
  connResetException,
  defineError,
  determineSpecificType,
  dnsException,
  E,
  errnoException,
  ErrnoException: errnoException,
  exceptionWithHostPort,
  formatList,
  genericNodeError,
  getErrnoForCode,
  getMessage,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  hideStackFrames,
  isStackOverflowError,
  kIsNodeError,
  NodeAggregateError,
  SystemError,
  uvErrmapGet,
  UVException,
  uvException,
  uvExceptionWithHostPort,
};
