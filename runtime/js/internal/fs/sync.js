'use strict';
// The synchronous file system operations (`fs.readFileSync` and friends): argument
// checks with Node's messages, then one bridge operation each. The callback and
// promise forms (`fs.js`, `fs/promises.js`) run these and deliver the outcome later.

const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  uvException,
} = require('internal/errors');
const {
  parseFileMode,
  validateBoolean,
  validateInteger,
  validateObject,
  validateBuffer,
  validateEncoding,
  isInt32,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  Dirent,
  binding,
  callWithDest,
  constants: { F_OK },
  directoryError,
  encodeName,
  getOptions,
  getStatsFromBinding,
  getValidMode,
  getValidatedFd,
  getValidatedPath,
  isArrayBufferView,
  isUtf8Encoding,
  kEmptyObject,
  stringToFlags,
  toBuffer,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
  validateSymlinkType,
} = require('internal/fs/utils');

const kMaxUserId = 2 ** 32 - 1;

// A `path` argument that may also be a descriptor (readFile, writeFile, ...).
function isFd(path) {
  return isInt32(path) && path >= 0;
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return binding.open(path, flagsNumber, mode);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  return prepareRead(fd, buffer, offset, length, position)();
}

// Checks a read's offset, length and position; returns the read to do.
function prepareRead(fd, buffer, offset, length, position) {
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return () => 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position = position == null ? -1 : validatePosition(position, 'position');
  return () => binding.read(fd, buffer, offset, length, position);
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let pos = typeof position === 'number' ? position : -1;
  let total = 0;
  for (const buffer of buffers) {
    if (buffer.byteLength === 0) continue;
    const count = binding.read(fd, buffer, 0, buffer.byteLength, pos);
    total += count;
    if (pos >= 0) pos += count;
    if (count < buffer.byteLength) break;
  }
  return total;
}

// Writes a string in `encoding` to `fd`; returns the bytes written.
function writeText(fd, text, position, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') {
    return binding.writeString(fd, text, position);
  }
  const bytes = Buffer.from(text, encoding);
  return binding.write(fd, bytes, 0, bytes.length, position);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, buffer, offset, length, position);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  return writeText(fd, buffer, offset, length);
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let pos = typeof position === 'number' ? position : null;
  let total = 0;
  for (const buffer of buffers) {
    const count = binding.write(fd, buffer, 0, buffer.byteLength, pos);
    total += count;
    if (pos !== null) pos += count;
  }
  return total;
}

// Writes all of `bytes` to `fd` (a write may be partial).
function writeAll(fd, bytes, position = null) {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const count = binding.write(fd, bytes, offset, bytes.byteLength - offset, position);
    offset += count;
    if (position !== null) position += count;
  }
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  let bytes;
  if (isFd(path)) {
    bytes = binding.readFd(path);
  } else {
    path = getValidatedPath(path);
    const flags = stringToFlags(options.flag ?? 'r');
    if (encoding === 'utf8' || encoding === 'utf-8') return binding.readFileUtf8(path, flags);
    bytes = binding.readFile(path, flags);
  }
  const buffer = toBuffer(bytes);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// The bytes (or UTF-8 text) `writeFile` writes: strings in `encoding`, views as they
// are; anything else is Node's type error.
function dataToWrite(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return data;
  return Buffer.from(data, encoding);
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  data = dataToWrite(data, options.encoding);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (isFd(path)) {
    writeAll(path, typeof data === 'string' ? Buffer.from(data) : data);
    // Through the module object, so that a spy on fs.fsyncSync sees the call.
    if (flush) require('fs').fsyncSync(path);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag ?? 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (flush) {
    const fd = openSync(path, flags, mode);
    try {
      writeFileSync(fd, data, { ...options, flush: true });
    } finally {
      closeSync(fd);
    }
    return;
  }
  binding.writeFile(path, data, flags, mode);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

let warnedInvalidExists = false;

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    if (!warnedInvalidExists) {
      warnedInvalidExists = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
                          'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, getValidMode(mode, 'mode', F_OK));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const values = binding.stat(path, options.throwIfNoEntry !== false);
  return getStatsFromBinding(values, options.bigint);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const values = binding.lstat(path, options.throwIfNoEntry !== false);
  return getStatsFromBinding(values, options.bigint);
}

// What `statfs` reports of the file system holding a path.
class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = frsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const values = Array.from(binding.statfs(path));
  return new StatFs(...(options?.bigint ? values.map((value) => BigInt(value)) : values));
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd), options.bigint);
}

// One directory's entries (names, or Dirents naming `path` as their parent).
function readdirOnce(path, encoding, withFileTypes) {
  if (!withFileTypes) {
    return binding.readdir(path, false, !isUtf8Encoding(encoding)).map((name) => encodeName(name, encoding));
  }
  const [names, types] = binding.readdir(path, true, !isUtf8Encoding(encoding));
  return names.map((name, i) => new Dirent(encodeName(name, encoding), types[i], path));
}

// `readdir` with `recursive`: breadth first, as Node lists them.
function readdirRecursive(basePath, encoding, withFileTypes) {
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = binding.readdir(dir, true);
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, names[j]);
      if (withFileTypes) {
        results.push(new Dirent(encodeName(names[j], encoding), types[j], dir));
      } else {
        results.push(encodeName(pathModule.relative(basePath, full), encoding));
      }
      if (types[j] === 2) queue.push(full);
    }
  }
  return results;
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursive(path, options.encoding, Boolean(options.withFileTypes));
  return readdirOnce(path, options.encoding, Boolean(options.withFileTypes));
}

function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return binding.mkdir(path, recursive, mode);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

// Node warns (in the callback and promise forms) that a prefix ending in X may be
// taken as part of the template elsewhere.
let warnedNonPortableTemplate = false;

function warnOnNonPortableTemplate(prefix) {
  if (warnedNonPortableTemplate) return;
  const text = typeof prefix === 'string' ? prefix :
    isArrayBufferView(prefix) ? toBuffer(prefix).toString() : '';
  if (text.endsWith('X')) {
    warnedNonPortableTemplate = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
  }
}

// `mkdtempDisposableSync`: a new temporary directory with `remove()` and
// `[Symbol.dispose]()`, which delete it and everything in it.
function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  const absolute = pathModule.resolve(typeof path === 'string' ? path : path.toString());
  const remove = () => {
    binding.rm(absolute, true, true);
  };
  return {
    __proto__: null,
    path,
    remove,
    [Symbol.dispose]: remove,
  };
}

let warnedRecursiveRmdir = false;

function emitRecursiveRmdirWarning() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

// `rmdir`; with `recursive` (deprecated) a directory goes with everything in it,
// while a file is still refused (ENOTDIR) and a missing path is an error of
// `statSyscall` (the callback form says lstat, the promise form stat).
function rmdirSync(path, options, statSyscall = 'lstat') {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions({ ...options, force: false });
    const values = statSyscall === 'stat' ? binding.stat(path, true) : binding.lstat(path, true);
    if (getStatsFromBinding(values).isDirectory()) {
      binding.rm(path, true, false);
      return;
    }
  } else if (options !== undefined) {
    validateRmOptions({ ...options, recursive: false, force: false });
  }
  binding.rmdir(path);
}

function validateRmOptions(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  const recursive = options.recursive ?? false;
  const force = options.force ?? false;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  if (options.maxRetries !== undefined) validateInteger(options.maxRetries, 'options.maxRetries', 0);
  if (options.retryDelay !== undefined) validateInteger(options.retryDelay, 'options.retryDelay', 0);
  return { recursive, force };
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const { recursive, force } = validateRmOptions(options);
  if (binding.rm(path, recursive, force) === 1) throw directoryError(path);
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  callWithDest(binding.rename, oldPath, newPath);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callWithDest(binding.copyFile, src, dest, getValidMode(mode, 'mode', 0));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  callWithDest(binding.link, existingPath, newPath);
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  callWithDest(binding.symlink, target, path);
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(path), options.encoding);
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path, false), options.encoding);
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path, true), options.encoding);
};

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  path = getValidatedPath(path);
  binding.truncate(path, Math.max(0, len));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd), false);
}

function fdatasyncSync(fd) {
  binding.fsync(getValidatedFd(fd), true);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

// The entries `opendir` hands out; Node reports a failure without the path.
function opendirEntries(path) {
  try {
    return binding.readdir(path, true);
  } catch (error) {
    if (typeof error?.errno !== 'number') throw error;
    const rebuilt = uvException({ errno: error.errno, code: error.code, syscall: 'opendir' });
    Error.captureStackTrace?.(rebuilt, opendirEntries);
    throw rebuilt;
  }
}

// `cp`/`cpSync`: copies a file, or with `recursive` a directory tree (links are
// copied as links).
function cpSync(src, dest, options) {
  options = options ?? kEmptyObject;
  validateObject(options, 'options');
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const force = options.force ?? true;
  const errorOnExist = options.errorOnExist ?? false;
  const recursive = options.recursive ?? false;
  validateBoolean(force, 'options.force');
  validateBoolean(errorOnExist, 'options.errorOnExist');
  validateBoolean(recursive, 'options.recursive');
  const dereference = options.dereference ?? false;
  validateBoolean(dereference, 'options.dereference');
  copyEntry(src, dest, { force, errorOnExist, recursive, dereference });
}

function copyEntry(src, dest, options) {
  const stats = getStatsFromBinding(options.dereference ? binding.stat(src, true) : binding.lstat(src, true));
  if (stats.isDirectory()) {
    if (!options.recursive) {
      const { codes: { ERR_FS_EISDIR } } = require('internal/errors');
      throw new ERR_FS_EISDIR({
        message: `Recursive option is required to copy a directory: ${src}`,
        path: src,
        syscall: 'cp',
        errno: 21,
        code: 'EISDIR',
      });
    }
    if (binding.lstat(dest, false) === undefined) binding.mkdir(dest, false, stats.mode & 0o7777);
    for (const name of binding.readdir(src, false)) {
      copyEntry(pathModule.join(src, name), pathModule.join(dest, name), options);
    }
    return;
  }
  const exists = binding.lstat(dest, false) !== undefined;
  if (exists && !options.force) {
    if (options.errorOnExist) {
      const { codes: { ERR_FS_CP_EEXIST } } = require('internal/errors');
      throw new ERR_FS_CP_EEXIST({
        message: `${dest} already exists`,
        path: dest,
        syscall: 'cp',
        errno: 17,
        code: 'EEXIST',
      });
    }
    return;
  }
  // What is there is replaced (a link at `dest` itself, not what it points to).
  if (exists) binding.unlink(dest);
  if (stats.isSymbolicLink()) {
    callWithDest(binding.symlink, binding.readlink(src), dest);
    return;
  }
  callWithDest(binding.copyFile, src, dest, 0);
}

module.exports = {
  accessSync,
  appendFileSync,
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  fchmodSync,
  fchownSync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  futimesSync,
  isFd,
  lchownSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  mkdtempDisposableSync,
  mkdtempSync,
  openSync,
  prepareRead,
  opendirEntries,
  readFileSync,
  readSync,
  readdirSync,
  readlinkSync,
  readvSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  StatFs,
  statSync,
  statfsSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  writeAll,
  writeFileSync,
  writeSync,
  writevSync,
  dataToWrite,
  writeText,
  warnOnNonPortableTemplate,
};
