'use strict';
// The `fs/promises` module (also `fs.promises`) and its `FileHandle`.
//
// Each operation checks its arguments (a bad one rejects at once), does the work
// through the synchronous operation and settles in the poll phase of the next loop
// turn (`internal/completions`), where Node settles them: after due timers, before
// immediates.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const { queueCompletion } = require('internal/completions');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  asyncError,
  binding,
  constants,
  getOptions,
  getValidatedPath,
  isArrayBufferView,
  kEmptyObject,
  toBuffer,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const sync = require('internal/fs/sync');
const dir = require('internal/fs/dir');

// Runs `work` now and settles with its outcome in the poll phase. Errors from
// checking arguments (those without a `syscall`) reject at once instead.
function settle(work) {
  return new Promise((resolve, reject) => {
    let result;
    try {
      result = work();
    } catch (error) {
      if (error === null || typeof error !== 'object' || typeof error.syscall !== 'string') throw error;
      queueCompletion(reject, asyncError(error));
      return;
    }
    queueCompletion(resolve, result);
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function isCustomIterable(value) {
  return value != null && typeof value !== 'string' && !isArrayBufferView(value) &&
    (typeof value[Symbol.asyncIterator] === 'function' || typeof value[Symbol.iterator] === 'function');
}

// The bytes of one chunk of an iterable written with `writeFile`.
function chunkBytes(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding ?? 'utf8');
  if (isArrayBufferView(chunk)) return chunk;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// ---------------------------------------------------------------------------
// FileHandle

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

function closedError(syscall) {
  const error = new Error('file closed');
  error.code = 'EBADF';
  error.syscall = syscall;
  return error;
}

// An open file: what `fsPromises.open` resolves to.
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  // The descriptor for `syscall`; throws when the handle is closed.
  #use(syscall) {
    if (this[kFd] === -1) throw closedError(syscall);
    return this[kFd];
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async chmod(mode) {
    const fd = this.#use('fchmod');
    return settle(() => sync.fchmodSync(fd, mode));
  }

  async chown(uid, gid) {
    const fd = this.#use('fchown');
    return settle(() => sync.fchownSync(fd, uid, gid));
  }

  async datasync() {
    const fd = this.#use('fdatasync');
    return settle(() => sync.fdatasyncSync(fd));
  }

  async sync() {
    const fd = this.#use('fsync');
    return settle(() => sync.fsyncSync(fd));
  }

  async read(bufferOrParams, offset, length, position) {
    const fd = this.#use('read');
    let buffer = bufferOrParams;
    if (!isArrayBufferView(buffer)) {
      // handle.read(options)
      if (bufferOrParams !== undefined) {
        validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
      }
      ({
        buffer = Buffer.alloc(16384),
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = bufferOrParams ?? kEmptyObject);
      validateBuffer(buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      // handle.read(buffer, options)
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    length ??= buffer.byteLength - offset;
    if (length === 0) return { __proto__: null, bytesRead: length, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    position = position == null ? -1 : validatePosition(position, 'position');
    const bytesRead = await settle(() => binding.read(fd, buffer, offset, length, position));
    return { __proto__: null, bytesRead, buffer };
  }

  async readv(buffers, position) {
    const fd = this.#use('readv');
    const bytesRead = await settle(() => sync.readvSync(fd, buffers, position));
    return { __proto__: null, bytesRead, buffers };
  }

  async readFile(options) {
    const fd = this.#use('read');
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    const bytes = await settle(() => binding.readFd(fd));
    const buffer = toBuffer(bytes);
    return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
  }

  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  async stat(options = { bigint: false }) {
    const fd = this.#use('fstat');
    return settle(() => sync.fstatSync(fd, options));
  }

  async truncate(len = 0) {
    const fd = this.#use('ftruncate');
    return settle(() => sync.ftruncateSync(fd, len));
  }

  async utimes(atime, mtime) {
    const fd = this.#use('futime');
    return settle(() => sync.futimesSync(fd, atime, mtime));
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = this.#use('write');
    if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
    let offset = offsetOrOptions;
    if (isArrayBufferView(buffer)) {
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      if (offset == null) {
        offset = 0;
      } else {
        validateInteger(offset, 'offset', 0);
      }
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (typeof position !== 'number') position = null;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      const bytesWritten = await settle(() => binding.write(fd, buffer, offset, length, position));
      return { __proto__: null, bytesWritten, buffer };
    }
    validateStringAfterArrayBufferView(buffer, 'buffer');
    validateEncoding(buffer, length);
    const at = typeof offset === 'number' ? offset : null;
    const bytesWritten = await settle(() => sync.writeText(fd, buffer, at, length));
    return { __proto__: null, bytesWritten, buffer };
  }

  async writev(buffers, position) {
    const fd = this.#use('writev');
    const bytesWritten = await settle(() => sync.writevSync(fd, buffers, position));
    return { __proto__: null, bytesWritten, buffers };
  }

  async writeFile(data, options) {
    const fd = this.#use('write');
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    checkAborted(options.signal);
    if (isCustomIterable(data)) {
      for await (const chunk of data) {
        checkAborted(options.signal);
        const bytes = chunkBytes(chunk, options.encoding);
        await settle(() => sync.writeAll(fd, bytes));
      }
      return;
    }
    const bytes = sync.dataToWrite(data, options.encoding);
    return settle(() => sync.writeAll(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes));
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = settle(() => sync.closeSync(fd)).then(
      () => {
        this[kFd] = -1;
        this[kClosePromise] = null;
        this.emit('close');
      },
      (error) => {
        this[kClosePromise] = null;
        throw error;
      },
    );
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

// ---------------------------------------------------------------------------
// Operations

async function open(path, flags, mode) {
  const fd = await settle(() => sync.openSync(path, flags, mode));
  return new FileHandle(fd);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.readFile(options);
  path = getValidatedPath(path);
  return settle(() => sync.readFileSync(path, options));
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
  }
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.writeFile(data, options);
  path = getValidatedPath(path);
  if (!isCustomIterable(data)) return settle(() => sync.writeFileSync(path, data, options));
  const handle = await open(path, options.flag ?? 'w', options.mode);
  try {
    await handle.writeFile(data, options);
  } finally {
    await handle.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag) options.flag = 'a';
  return writeFile(path, data, options);
}

async function access(path, mode) {
  return settle(() => sync.accessSync(path, mode));
}

async function copyFile(src, dest, mode) {
  return settle(() => sync.copyFileSync(src, dest, mode));
}

async function cp(src, dest, options) {
  return settle(() => sync.cpSync(src, dest, options));
}

async function opendir(path, options) {
  return new Promise((resolve, reject) => {
    dir.opendir(path, options, (error, handle) => (error ? reject(error) : resolve(handle)));
  });
}

async function rename(oldPath, newPath) {
  return settle(() => sync.renameSync(oldPath, newPath));
}

async function truncate(path, len = 0) {
  return settle(() => sync.truncateSync(path, len));
}

async function rm(path, options) {
  return settle(() => sync.rmSync(path, options));
}

async function rmdir(path, options) {
  return settle(() => sync.rmdirSync(path, options));
}

async function mkdir(path, options) {
  return settle(() => sync.mkdirSync(path, options));
}

async function readdir(path, options) {
  return settle(() => sync.readdirSync(path, options));
}

async function readlink(path, options) {
  return settle(() => sync.readlinkSync(path, options));
}

async function symlink(target, path, type) {
  return settle(() => sync.symlinkSync(target, path, type));
}

async function lstat(path, options = { bigint: false }) {
  return settle(() => sync.lstatSync(path, { ...options, throwIfNoEntry: true }));
}

async function stat(path, options = { bigint: false }) {
  return settle(() => sync.statSync(path, { ...options, throwIfNoEntry: true }));
}

async function link(existingPath, newPath) {
  return settle(() => sync.linkSync(existingPath, newPath));
}

async function unlink(path) {
  return settle(() => sync.unlinkSync(path));
}

async function chmod(path, mode) {
  return settle(() => sync.chmodSync(path, mode));
}

async function lchown(path, uid, gid) {
  return settle(() => sync.lchownSync(path, uid, gid));
}

async function chown(path, uid, gid) {
  return settle(() => sync.chownSync(path, uid, gid));
}

async function utimes(path, atime, mtime) {
  return settle(() => sync.utimesSync(path, atime, mtime));
}

async function lutimes(path, atime, mtime) {
  return settle(() => sync.lutimesSync(path, atime, mtime));
}

async function realpath(path, options) {
  return settle(() => sync.realpathSync(path, options));
}

async function mkdtemp(prefix, options) {
  return settle(() => sync.mkdtempSync(prefix, options));
}

module.exports = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  link,
  unlink,
  chmod,
  // Linux has no lchmod; Node leaves it undefined there.
  lchmod: undefined,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  constants,
};
