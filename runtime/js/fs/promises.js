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
  codes: {
    ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  binding,
  constants,
  getOptions,
  getValidatedPath,
  isArrayBufferView,
  kEmptyObject,
  kRefFileHandle,
  kUnrefFileHandle,
  toBuffer,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const sync = require('internal/fs/sync');
const dir = require('internal/fs/dir');

// Whether `error` came from the operation itself (a file too large to read, too)
// rather than from checking the arguments.
function isOperationError(error) {
  return error !== null && typeof error === 'object' &&
    (typeof error.syscall === 'string' || error.code === 'ERR_FS_FILE_TOO_LARGE');
}

// Runs `work` now and settles with its outcome in the poll phase. Errors from
// checking arguments (those without a `syscall`) reject at once instead.
function settleInPoll(work) {
  return new Promise((resolve, reject) => {
    let result;
    try {
      result = work();
    } catch (error) {
      if (!isOperationError(error)) throw error;
      queueCompletion(reject, error);
      return;
    }
    queueCompletion(resolve, result);
  });
}

// `settleInPoll`, with an operation's error given the stack of the awaiting calls
// (`at async ...`), as Node's promise errors have.
async function settle(work) {
  try {
    return await settleInPoll(work);
  } catch (error) {
    if (isOperationError(error)) {
      Error.captureStackTrace(error, settle);
      asyncStackOnly(error);
    }
    throw error;
  }
}

// Drops the loop's own frames from an error's stack, keeping the `async` ones.
function asyncStackOnly(error) {
  const stack = error.stack;
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  const header = lines.findIndex((line) => line.startsWith('    at '));
  if (header === -1) return;
  const kept = lines.slice(0, header).concat(lines.slice(header).filter((line) => line.startsWith('    at async ')));
  Object.defineProperty(error, 'stack', {
    __proto__: null, value: kept.join('\n'), writable: true, configurable: true, enumerable: false,
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
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kLocked = Symbol('kLocked');

// What `writeFile` writes in one go, so that a signal can stop it between chunks.
const kWriteFileMaxChunkSize = 512 * 1024;

function closedError(syscall) {
  const error = new Error('file closed');
  error.code = 'EBADF';
  error.syscall = syscall;
  return error;
}

// An open file: what `fsPromises.open` resolves to. Its descriptor closes when
// `close()` has been called and no operation or stream still uses it.
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this[kCloseResolve] = null;
    this[kCloseReject] = null;
  }

  get fd() {
    return this[kFd];
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async chmod(mode) {
    return callOnHandle(this, 'fchmod', (fd) => settle(() => sync.fchmodSync(fd, mode)));
  }

  async chown(uid, gid) {
    return callOnHandle(this, 'fchown', (fd) => settle(() => sync.fchownSync(fd, uid, gid)));
  }

  async datasync() {
    return callOnHandle(this, 'fdatasync', (fd) => settle(() => sync.fdatasyncSync(fd)));
  }

  async sync() {
    return callOnHandle(this, 'fsync', (fd) => settle(() => sync.fsyncSync(fd)));
  }

  async read(bufferOrParams, offset, length, position) {
    return callOnHandle(this, 'read', (fd) => readFromHandle(fd, bufferOrParams, offset, length, position));
  }

  async readv(buffers, position) {
    return callOnHandle(this, 'readv', async (fd) => {
      const bytesRead = await settle(() => sync.readvSync(fd, buffers, position));
      return { __proto__: null, bytesRead, buffers };
    });
  }

  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    return callOnHandle(this, 'read', (fd) => readFileFromHandle(fd, options));
  }

  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  async stat(options = { bigint: false }) {
    return callOnHandle(this, 'fstat', (fd) => settle(() => sync.fstatSync(fd, options)));
  }

  async truncate(len = 0) {
    return callOnHandle(this, 'ftruncate', (fd) => settle(() => sync.ftruncateSync(fd, len)));
  }

  async utimes(atime, mtime) {
    return callOnHandle(this, 'futime', (fd) => settle(() => sync.futimesSync(fd, atime, mtime)));
  }

  async write(buffer, offsetOrOptions, length, position) {
    return callOnHandle(this, 'write', (fd) => writeToHandle(fd, buffer, offsetOrOptions, length, position));
  }

  async writev(buffers, position) {
    return callOnHandle(this, 'writev', async (fd) => {
      const bytesWritten = await settle(() => sync.writevSync(fd, buffers, position));
      return { __proto__: null, bytesWritten, buffers };
    });
  }

  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    return callOnHandle(this, 'write', (fd) => writeFileToHandle(fd, data, options));
  }

  readableWebStream(options = undefined) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    const { newReadableStreamFromFileHandle } = require('internal/webstreams/filehandle');
    const stream = newReadableStreamFromFileHandle(this, options);
    this[kLocked] = true;
    return stream;
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
    this[kRefs]--;
    const clear = () => {
      this[kClosePromise] = null;
      this[kCloseResolve] = null;
      this[kCloseReject] = null;
    };
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = settle(() => sync.closeSync(fd)).finally(clear);
    } else {
      // Operations or streams still use the descriptor: the last to finish closes it.
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(clear);
    }
    this.emit('close');
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  [kRefFileHandle]() {
    this[kRefs]++;
  }

  [kUnrefFileHandle]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      settle(() => sync.closeSync(fd)).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

// Runs `operation(fd)` holding a reference to `handle`; rejects when the handle is
// closed.
async function callOnHandle(handle, syscall, operation) {
  if (handle?.[kRefs] === undefined) {
    throw new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle');
  }
  if (handle[kFd] === -1) throw closedError(syscall);
  handle[kRefFileHandle]();
  try {
    return await operation(handle[kFd]);
  } finally {
    handle[kUnrefFileHandle]();
  }
}

async function readFromHandle(fd, bufferOrParams, offset, length, position) {
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

async function writeToHandle(fd, buffer, offsetOrOptions, length, position) {
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

// The rest of the file; a signal is looked at before and after the work.
async function readFileFromHandle(fd, options) {
  const signal = options.signal;
  checkAborted(signal);
  if (signal !== undefined) {
    await settle(() => undefined);
    checkAborted(signal);
  }
  const bytes = await settle(() => binding.readFd(fd));
  checkAborted(signal);
  const buffer = toBuffer(bytes);
  return options.encoding && options.encoding !== 'buffer' ? buffer.toString(options.encoding) : buffer;
}

// Writes `data` (string, view or iterable) in chunks, looking at the signal between.
async function writeFileToHandle(fd, data, options) {
  const signal = options.signal;
  checkAborted(signal);
  if (isCustomIterable(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = chunkBytes(chunk, options.encoding);
      await settle(() => sync.writeAll(fd, bytes));
    }
    return;
  }
  let bytes = sync.dataToWrite(data, options.encoding);
  if (typeof bytes === 'string') bytes = Buffer.from(bytes);
  bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  do {
    checkAborted(signal);
    const chunk = bytes.subarray(offset, offset + kWriteFileMaxChunkSize);
    await settle(() => sync.writeAll(fd, chunk));
    offset += chunk.byteLength;
    checkAborted(signal);
  } while (offset < bytes.byteLength);
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
  if (options.signal === undefined) return settle(() => sync.readFileSync(path, options));
  const handle = await open(path, options.flag ?? 'r', 0o666);
  try {
    return await handle.readFile(options);
  } finally {
    await handle.close();
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
  }
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.writeFile(data, options);
  path = getValidatedPath(path);
  if (!isCustomIterable(data) && options.signal === undefined) {
    return settle(() => sync.writeFileSync(path, data, options));
  }
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
  return settle(() => sync.rmdirSync(path, options, 'stat'));
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

async function statfs(path, options = { bigint: false }) {
  return settle(() => sync.statfsSync(path, options));
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

// Linux cannot change a link's own mode.
async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
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
  sync.warnOnNonPortableTemplate(prefix);
  return settle(() => sync.mkdtempSync(prefix, options));
}

// A new temporary directory with `remove()` and `[Symbol.asyncDispose]()`, which
// delete it and everything in it.
async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  const absolute = require('path').resolve(typeof path === 'string' ? path : path.toString());
  const remove = () => rm(absolute, { recursive: true, force: true });
  return {
    __proto__: null,
    path,
    remove,
    [Symbol.asyncDispose]: remove,
  };
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
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  mkdtempDisposable,
  writeFile,
  appendFile,
  readFile,
  watch: require('internal/fs/watchers').promisesWatch,
  constants,
};
