'use strict';
// What `fs` and `fs/promises` share: constants, argument checks with Node's messages
// (paths, flags, modes, options, offsets), `Stats` and `Dirent`, and the shaping of
// errors from the bridge operations (`internals.fs`, runtime/src/bindings/fs.rs).

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_FS_EISDIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_OUT_OF_RANGE,
  },
  hideStackFrames,
  uvException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInt32,
  validateInteger,
  validateFunction,
  validateOneOf,
} = require('internal/validators');

const binding = internals.fs;
const isArrayBufferView = internals.types.isArrayBufferView;
const isUint8Array = internals.types.isUint8Array;
const isDate = internals.types.isDate;

const kEmptyObject = Object.freeze({ __proto__: null });

// A FileHandle's methods counting the streams over it (it closes when the last
// user lets go): see FileHandle in fs/promises.js.
const kRefFileHandle = Symbol('kRef');
const kUnrefFileHandle = Symbol('kUnref');

// Linux values, in the order Node lists them.
const constants = Object.freeze({
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  S_IFMT: 0o170000,
  S_IFREG: 0o100000,
  S_IFDIR: 0o40000,
  S_IFCHR: 0o20000,
  S_IFBLK: 0o60000,
  S_IFIFO: 0o10000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0,
  UV_FS_O_TEMPORARY: 0,
  UV_FS_O_SHORT_LIVED: 0,
  UV_FS_O_SEQUENTIAL: 0,
  UV_FS_O_RANDOM: 0,
  O_NOCTTY: 0o400,
  O_TRUNC: 0o1000,
  O_APPEND: 0o2000,
  O_DIRECTORY: 0o200000,
  O_NOATIME: 0o1000000,
  O_NOFOLLOW: 0o400000,
  O_SYNC: 0o4010000,
  O_DSYNC: 0o10000,
  O_DIRECT: 0o40000,
  O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o70,
  S_IRGRP: 0o40,
  S_IWGRP: 0o20,
  S_IXGRP: 0o10,
  S_IRWXO: 0o7,
  S_IROTH: 0o4,
  S_IWOTH: 0o2,
  S_IXOTH: 0o1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
});

const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

// ---------------------------------------------------------------------------
// Paths

// A WHATWG URL object (or look-alike): fs accepts `file:` ones as paths.
function isURL(value) {
  return value != null && typeof value === 'object' && Boolean(value.href) &&
    Boolean(value.protocol) && value.auth === undefined && value.path === undefined;
}

function fileURLToPath(url) {
  let fromUrlModule;
  try {
    fromUrlModule = require('url').fileURLToPath;
  } catch {
    fromUrlModule = undefined;
  }
  if (typeof fromUrlModule === 'function') return fromUrlModule(url);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== 'localhost' && url.hostname !== undefined) {
    throw new ERR_INVALID_FILE_URL_HOST('linux');
  }
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(value) {
  if (!isURL(value)) return value;
  if (value.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return fileURLToPath(value);
}

// A path argument (string, Buffer/Uint8Array or file: URL) as a string; throws
// Node's errors for other types and for null bytes.
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const text = typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  if (text.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return text;
});

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

// ---------------------------------------------------------------------------
// Flags, modes and options

const flagTable = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

// Open flags ('r', 'w+', ... or a number) as the number open(2) takes.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// Options given as an encoding string or an object (defaults when absent).
function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    options = { ...defaultOptions, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// An access/copyFile mode: an integer 0..7 (undefined for the default).
function getValidMode(mode, name = 'mode', def = 0) {
  if (mode == null) return def;
  validateInteger(mode, name, 0, 7);
  return mode;
}

// A callback argument, checked.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// A timestamp argument (Date, seconds, numeric string) in seconds; a negative
// number means now.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A file position: a number (or bigint) from -1 up; returned as a number.
function validatePosition(position, name) {
  if (typeof position === 'bigint') {
    if (position < -1n || position > 2n ** 63n - 1n) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${2n ** 63n - 1n}`, position);
    }
    return Number(position);
  }
  validateInteger(position, name, -1);
  return position;
}

// A symlink's `type`: 'dir', 'file', 'junction' or nothing.
function validateSymlinkType(type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
}

function validateStringAfterArrayBufferView(value, name) {
  if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (const buffer of buffers) {
    if (!isArrayBufferView(buffer)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// The bytes of a view as a Buffer over the same memory.
function toBuffer(view) {
  return Buffer.isBuffer(view) ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// ---------------------------------------------------------------------------
// Errors from the bridge

// A two-path operation's error with its second path: `..., rename 'a' -> 'b'`.
function withDest(error, dest) {
  if (error === null || typeof error !== 'object' || typeof error.syscall !== 'string' ||
      typeof error.errno !== 'number') {
    return error;
  }
  const context = { errno: error.errno, code: error.code, syscall: error.syscall, dest };
  if (error.path !== undefined) context.path = error.path;
  const rebuilt = uvException(context);
  Error.captureStackTrace?.(rebuilt, withDest);
  return rebuilt;
}

// Runs a two-path bridge operation, adding `dest` to its errors.
function callWithDest(fn, path, dest, ...rest) {
  try {
    return fn(path, dest, ...rest);
  } catch (error) {
    throw withDest(error, dest);
  }
}

// An error delivered to a callback or promise: like Node's, its stack is only the
// header (the JavaScript frames of the call are long gone).
function asyncError(error) {
  if (error !== null && typeof error === 'object' && typeof error.syscall === 'string' &&
      typeof error.message === 'string') {
    try {
      Object.defineProperty(error, 'stack', {
        __proto__: null,
        value: `${error.name}: ${error.message}`,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    } catch {
      // Leave the stack as it is.
    }
  }
  return error;
}

// Node's `rm` on a directory without `recursive`.
function directoryError(path, syscall = 'rm') {
  return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall, errno: 21 });
}

// ---------------------------------------------------------------------------
// Stats and Dirent

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function isFile() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function isBlockDevice() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function isFIFO() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function isSocket() {
  return this._checkModeProperty(S_IFSOCK);
};

// `atime`, `mtime`, `ctime`, `birthtime`: Dates made on first use, then own
// properties (as in Node, where they then show up in inspection).
function defineDateFields(prototype) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    Object.defineProperty(prototype, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        const value = dateFromMs(this[`${name}Ms`]);
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
defineDateFields(Stats.prototype);
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
defineDateFields(BigIntStats.prototype);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// `Stats` (or `BigIntStats`) from the bridge's stat array (see fs.rs).
function getStatsFromBinding(values, bigint = false) {
  if (values === undefined) return undefined;
  if (bigint) {
    const big = (i) => BigInt(values[i]);
    const ns = (i) => BigInt(values[i]) * 1000000000n + BigInt(values[i + 1]);
    return new BigIntStats(big(0), big(1), big(2), big(3), big(4), big(5), big(6), big(7), big(8), big(9),
                           ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => values[i] * 1e3 + values[i + 1] / 1e6;
  return new Stats(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                   values[7], values[8], values[9], ms(10), ms(12), ms(14), ms(16));
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }

  isDirectory() {
    return this[kType] === UV_DIRENT_DIR;
  }

  isFile() {
    return this[kType] === UV_DIRENT_FILE;
  }

  isBlockDevice() {
    return this[kType] === UV_DIRENT_BLOCK;
  }

  isCharacterDevice() {
    return this[kType] === UV_DIRENT_CHAR;
  }

  isSymbolicLink() {
    return this[kType] === UV_DIRENT_LINK;
  }

  isFIFO() {
    return this[kType] === UV_DIRENT_FIFO;
  }

  isSocket() {
    return this[kType] === UV_DIRENT_SOCKET;
  }
}

// Whether names must come from the bridge as bytes to be shown in `encoding`.
function isUtf8Encoding(encoding) {
  return encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8';
}

// A name from the bridge (a string, or its bytes) in the requested encoding
// ('buffer' gives a Buffer).
function encodeName(name, encoding) {
  if (typeof name === 'string' && isUtf8Encoding(encoding)) return name;
  const buffer = typeof name === 'string' ? Buffer.from(name) : toBuffer(name);
  if (encoding === 'buffer') return buffer;
  return buffer.toString(isUtf8Encoding(encoding) ? 'utf8' : encoding);
}

module.exports = {
  BigIntStats,
  Dirent,
  Stats,
  assertEncoding,
  asyncError,
  binding,
  callWithDest,
  constants,
  directoryError,
  encodeName,
  getOptions,
  getStatsFromBinding,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  isURL,
  isUtf8Encoding,
  kEmptyObject,
  kRefFileHandle,
  kType,
  kUnrefFileHandle,
  makeCallback,
  stringToFlags,
  toBuffer,
  toPathIfFileURL,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
  validateSymlinkType,
  withDest,
};
