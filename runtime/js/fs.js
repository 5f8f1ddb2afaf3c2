'use strict';
// The `fs` module: synchronous, callback and (as `fs.promises`) promise forms of the
// file system operations, confined to the session's roots by the bridge
// (runtime/src/bindings/fs.rs).
//
// A callback form checks its arguments at once (throwing Node's errors), does the
// work through the synchronous operation and delivers the outcome in the poll phase
// of the next loop turn (`internal/completions`), where Node runs fs callbacks:
// after due timers, before immediates. The callback is never called synchronously.

const { Buffer } = require('buffer');
const { queueCompletion } = require('internal/completions');
const { AbortError } = require('internal/errors');
const { deprecate } = require('internal/util/deprecate');
const {
  parseFileMode,
  validateBuffer,
  validateFunction,
  validateInteger,
  validateObject,
  validateEncoding,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  Dirent,
  Stats,
  asyncError,
  constants,
  getValidatedFd,
  getOptions,
  getValidatedPath,
  isArrayBufferView,
  kEmptyObject,
  makeCallback,
  toUnixTimestamp,
  validateStringAfterArrayBufferView,
  validateSymlinkType,
} = require('internal/fs/utils');
const sync = require('internal/fs/sync');
const { Dir, opendir, opendirSync } = require('internal/fs/dir');
const watchers = require('internal/fs/watchers');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kMaxUserId = 2 ** 32 - 1;

// Whether `error` came from the operation itself (and so goes to the callback)
// rather than from checking the arguments (thrown at once). A file too large to
// read whole is found by the operation too.
function isOperationError(error) {
  return error !== null && typeof error === 'object' &&
    (typeof error.syscall === 'string' || error.code === 'ERR_FS_FILE_TOO_LARGE');
}

// Runs `work` now and calls back in the poll phase with `(err)` or `(null, result)`
// (`(null)` alone when `withResult` is false).
function defer(callback, work, withResult = true) {
  let result;
  try {
    result = work();
  } catch (error) {
    if (!isOperationError(error)) throw error;
    queueCompletion(callback, asyncError(error));
    return;
  }
  if (withResult) {
    queueCompletion(callback, null, result);
  } else {
    queueCompletion(callback, null);
  }
}

// `fn(a, [options], callback)`: the callback may take the options' place.
function optionalArg(arg, callback) {
  return typeof arg === 'function' ? [undefined, arg] : [arg, callback];
}

// ---------------------------------------------------------------------------
// Descriptors

function open(path, flags, mode, callback) {
  if (typeof flags === 'function') {
    callback = flags;
    flags = undefined;
    mode = undefined;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  callback = makeCallback(callback);
  defer(callback, () => sync.openSync(path, flags, mode));
}

function defaultCloseCallback(error) {
  if (error != null) throw error;
}

function close(fd, callback = defaultCloseCallback) {
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  defer(callback, () => sync.closeSync(fd), false);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // fs.read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // fs.read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // fs.read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  const read = sync.prepareRead(fd, buffer, offset, length, position);
  // The read itself happens in the poll phase, as a read on Node's thread pool
  // happens after the call: data written meanwhile (by a timer, say) is seen.
  queueCompletion(() => {
    let bytesRead;
    try {
      bytesRead = read();
    } catch (error) {
      if (!isOperationError(error)) throw error;
      callback(asyncError(error), 0, buffer);
      return;
    }
    callback(null, bytesRead, buffer);
  });
}

Object.defineProperty(read, kCustomPromisify, {
  __proto__: null,
  enumerable: false,
  value: (...args) => new Promise((resolve, reject) => {
    read(...args, (error, bytesRead, buffer) => {
      if (error) reject(error);
      else resolve({ bytesRead, buffer });
    });
  }),
});

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let work;
  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    work = () => sync.writeSync(fd, buffer, offset, length, position);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset;
        offset = null;
      } else {
        position = length;
      }
      length = 'utf8';
    }
    validateEncoding(buffer, length);
    callback = makeCallback(position);
    const encoding = length;
    const at = typeof offset === 'number' ? offset : null;
    work = () => sync.writeSync(fd, buffer, at, encoding);
  }
  try {
    queueCompletion(callback, null, work(), buffer);
  } catch (error) {
    if (!isOperationError(error)) throw error;
    queueCompletion(callback, asyncError(error), 0, buffer);
  }
}

Object.defineProperty(write, kCustomPromisify, {
  __proto__: null,
  enumerable: false,
  value: (...args) => new Promise((resolve, reject) => {
    write(...args, (error, bytesWritten, buffer) => {
      if (error) reject(error);
      else resolve({ bytesWritten, buffer });
    });
  }),
});

function vectored(syncFn, fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = makeCallback(callback);
  try {
    queueCompletion(callback, null, syncFn(fd, buffers, position), buffers);
  } catch (error) {
    if (!isOperationError(error)) throw error;
    queueCompletion(callback, asyncError(error), 0, buffers);
  }
}

function readv(fd, buffers, position, callback) {
  vectored(sync.readvSync, fd, buffers, position, callback);
}

function writev(fd, buffers, position, callback) {
  vectored(sync.writevSync, fd, buffers, position, callback);
}

for (const [fn, countName] of [[readv, 'bytesRead'], [writev, 'bytesWritten']]) {
  Object.defineProperty(fn, kCustomPromisify, {
    __proto__: null,
    enumerable: false,
    value: (...args) => new Promise((resolve, reject) => {
      fn(...args, (error, count, buffers) => {
        if (error) reject(error);
        else resolve({ [countName]: count, buffers });
      });
    }),
  });
}

function fstat(fd, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.fstatSync(fd, options ?? { bigint: false }));
}

function ftruncate(fd, len, callback) {
  [len, callback] = optionalArg(len, callback);
  fd = getValidatedFd(fd);
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  callback = makeCallback(callback);
  defer(callback, () => sync.ftruncateSync(fd, len), false);
}

function fsync(fd, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.fsyncSync(fd), false);
}

function fdatasync(fd, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.fdatasyncSync(fd), false);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  defer(callback, () => sync.futimesSync(fd, atime, mtime), false);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  defer(callback, () => sync.fchmodSync(fd, mode), false);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  callback = makeCallback(callback);
  defer(callback, () => sync.fchownSync(fd, uid, gid), false);
}

// ---------------------------------------------------------------------------
// Whole files

// With an AbortSignal, the work waits for the poll phase: a signal aborted before
// then (synchronously or in a next tick) stops it with an AbortError, after
// `beforeAbort()` (what Node has done by then; its error is reported instead).
function deferUnlessAborted(signal, callback, work, withResult, beforeAbort = () => {}) {
  if (signal === undefined) {
    defer(callback, work, withResult);
    return;
  }
  queueCompletion(() => {
    if (signal.aborted) {
      try {
        beforeAbort();
      } catch (error) {
        if (!isOperationError(error)) throw error;
        callback(asyncError(error));
        return;
      }
      callback(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    let result;
    try {
      result = work();
    } catch (error) {
      if (!isOperationError(error)) throw error;
      callback(asyncError(error));
      return;
    }
    if (withResult) callback(null, result);
    else callback(null);
  });
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(typeof options === 'function' ? undefined : options, { flag: 'r' });
  if (!sync.isFd(path)) path = getValidatedPath(path);
  deferUnlessAborted(options.signal, callback, () => sync.readFileSync(path, options), true);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(typeof options === 'function' ? undefined : options,
                       { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!isArrayBufferView(data)) validateStringAfterArrayBufferView(data, 'data');
  if (options.flush === true) {
    writeAndFlush(path, data, options, callback);
    return;
  }
  deferUnlessAborted(options.signal, callback, () => sync.writeFileSync(path, data, options), false,
                     () => openBeforeWriting(path, options));
}

// writeFile/appendFile with `flush`: write, then fsync through the module object
// (so a spy on fs.fsync sees the call), then close what was opened here.
function writeAndFlush(path, data, options, callback) {
  const userFd = sync.isFd(path);
  const write = () => {
    const fd = userFd ? path : sync.openSync(path, options.flag ?? 'w', options.mode);
    try {
      sync.writeFileSync(fd, data, { ...options, flush: false });
    } catch (error) {
      if (!userFd) sync.closeSync(fd);
      throw error;
    }
    return fd;
  };
  const afterWrite = (error, fd) => {
    if (error) {
      callback(error);
      return;
    }
    module.exports.fsync(fd, (syncError) => {
      if (userFd) {
        callback(syncError || null);
        return;
      }
      close(fd, (closeError) => callback(syncError || closeError || null));
    });
  };
  deferUnlessAborted(options.signal, afterWrite, write, true, () => openBeforeWriting(path, options));
}

// Node opens (so creates or truncates) the file before it looks at the signal.
function openBeforeWriting(path, options) {
  if (sync.isFd(path)) return;
  sync.closeSync(sync.openSync(path, options.flag ?? 'w', options.mode));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(typeof options === 'function' ? undefined : options,
                       { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (options.flush === true) {
    writeAndFlush(path, data, { ...options, flag: options.flag || 'a' }, callback);
    return;
  }
  deferUnlessAborted(options.signal, callback, () => sync.appendFileSync(path, data, options), false,
                     () => openBeforeWriting(path, { ...options, flag: options.flag || 'a' }));
}

function truncate(path, len, callback) {
  if (sync.isFd(path)) return ftruncate(path, len, callback);
  [len, callback] = optionalArg(len, callback);
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  callback = makeCallback(callback);
  defer(callback, () => sync.truncateSync(path, len), false);
}

function copyFile(src, dest, mode, callback) {
  [mode, callback] = optionalArg(mode, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.copyFileSync(src, dest, mode), false);
}

function cp(src, dest, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.cpSync(src, dest, options), false);
}

// ---------------------------------------------------------------------------
// Metadata and names

function access(path, mode, callback) {
  [mode, callback] = optionalArg(mode, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.accessSync(path, mode), false);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  queueCompletion(callback, sync.existsSync(path));
}

Object.defineProperty(exists, kCustomPromisify, {
  __proto__: null,
  enumerable: false,
  value: (path) => new Promise((resolve) => exists(path, resolve)),
});

function statfs(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  defer(callback, () => sync.statfsSync(path, options));
}

function stat(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.statSync(path, { bigint: false, ...options, throwIfNoEntry: true }));
}

function lstat(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.lstatSync(path, { bigint: false, ...options, throwIfNoEntry: true }));
}

function readdir(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.readdirSync(path, options));
}

function realpath(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.realpathSync(path, options));
}

realpath.native = function realpathNative(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.realpathSync.native(path, options));
};

function readlink(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.readlinkSync(path, options));
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.utimesSync(path, atime, mtime), false);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.lutimesSync(path, atime, mtime), false);
}

function chmod(path, mode, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.chmodSync(path, mode), false);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.chownSync(path, uid, gid), false);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.lchownSync(path, uid, gid), false);
}

// ---------------------------------------------------------------------------
// Creating, moving and removing

function mkdir(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  const recursive = options !== null && typeof options === 'object' && options.recursive === true;
  defer(callback, () => sync.mkdirSync(path, options), recursive);
}

function mkdtemp(prefix, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  sync.warnOnNonPortableTemplate(prefix);
  defer(callback, () => sync.mkdtempSync(prefix, options));
}

function rmdir(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.rmdirSync(path, options, 'lstat'), false);
}

function rm(path, options, callback) {
  [options, callback] = optionalArg(options, callback);
  callback = makeCallback(callback);
  defer(callback, () => sync.rmSync(path, options), false);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.unlinkSync(path), false);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.renameSync(oldPath, newPath), false);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  defer(callback, () => sync.linkSync(existingPath, newPath), false);
}

function symlink(target, path, type, callback) {
  if (callback === undefined) {
    callback = makeCallback(type);
    type = undefined;
  } else {
    validateSymlinkType(type);
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  defer(callback, () => sync.symlinkSync(target, path, type), false);
}

// ---------------------------------------------------------------------------
// Streams

let streams;
function lazyStreams() {
  streams ??= require('internal/fs/streams');
  return streams;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

module.exports = {
  appendFile,
  appendFileSync: sync.appendFileSync,
  access,
  accessSync: sync.accessSync,
  chown,
  chownSync: sync.chownSync,
  chmod,
  chmodSync: sync.chmodSync,
  close,
  closeSync: sync.closeSync,
  copyFile,
  copyFileSync: sync.copyFileSync,
  cp,
  cpSync: sync.cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync: sync.existsSync,
  fchown,
  fchownSync: sync.fchownSync,
  fchmod,
  fchmodSync: sync.fchmodSync,
  fdatasync,
  fdatasyncSync: sync.fdatasyncSync,
  fstat,
  fstatSync: sync.fstatSync,
  fsync,
  fsyncSync: sync.fsyncSync,
  ftruncate,
  ftruncateSync: sync.ftruncateSync,
  futimes,
  futimesSync: sync.futimesSync,
  lchown,
  lchownSync: sync.lchownSync,
  // Linux has no lchmod; Node leaves these undefined there.
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync: sync.linkSync,
  lstat,
  lstatSync: sync.lstatSync,
  lutimes,
  lutimesSync: sync.lutimesSync,
  mkdir,
  mkdirSync: sync.mkdirSync,
  mkdtemp,
  mkdtempSync: sync.mkdtempSync,
  mkdtempDisposableSync: sync.mkdtempDisposableSync,
  open,
  openSync: sync.openSync,
  readdir,
  readdirSync: sync.readdirSync,
  read,
  readSync: sync.readSync,
  readv,
  readvSync: sync.readvSync,
  readFile,
  readFileSync: sync.readFileSync,
  readlink,
  readlinkSync: sync.readlinkSync,
  realpath,
  realpathSync: sync.realpathSync,
  rename,
  renameSync: sync.renameSync,
  rm,
  rmSync: sync.rmSync,
  rmdir,
  rmdirSync: sync.rmdirSync,
  stat,
  statSync: sync.statSync,
  statfs,
  statfsSync: sync.statfsSync,
  symlink,
  symlinkSync: sync.symlinkSync,
  truncate,
  truncateSync: sync.truncateSync,
  unlink,
  unlinkSync: sync.unlinkSync,
  unwatchFile: watchers.unwatchFile,
  utimes,
  utimesSync: sync.utimesSync,
  watch: watchers.watch,
  watchFile: watchers.watchFile,
  writeFile,
  writeFileSync: sync.writeFileSync,
  write,
  writeSync: sync.writeSync,
  writev,
  writevSync: sync.writevSync,
  Dirent,
  Stats: deprecate(Stats, 'fs.Stats constructor is deprecated.', 'DEP0180'),
  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(value) {
    Object.defineProperty(module.exports, 'ReadStream', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(value) {
    Object.defineProperty(module.exports, 'WriteStream', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  },
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  _toUnixTimestamp: toUnixTimestamp,
  Dir,
  opendir,
  opendirSync,
  constants,
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('fs/promises');
    return promises;
  },
});
