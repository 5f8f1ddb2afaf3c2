'use strict';
// `fs.ReadStream` and `fs.WriteStream`: the `stream` module's Readable and Writable
// over the callback forms of `fs.open`, `fs.read`, `fs.write`, `fs.writev` and
// `fs.close` (or the `fs` object a caller passes in `options.fs`), or over a
// `FileHandle`'s `read`/`write`/`writev`/`close`.
//
// Older code subclasses these streams and overrides `open()` (graceful-fs does):
// when `open` is not ours, the stream calls it and waits for the 'open' (or 'error')
// event it emits before reading or writing.

const { Buffer } = require('buffer');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { errorOrDestroy } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const { deprecate } = require('internal/util/deprecate');
const { validateBoolean, validateInteger, validateFunction } = require('internal/validators');
const {
  getOptions,
  getValidatedFd,
  getValidatedPath,
  kEmptyObject,
  kRefFileHandle,
  kUnrefFileHandle,
} = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

// The options with inherited ones made own (Node reads `options.__proto__` too).
function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

let lazyFs;
function fs() {
  lazyFs ??= require('fs');
  return lazyFs;
}

// Whether `value` is a FileHandle (only FileHandles count stream references).
function isFileHandle(value) {
  return value !== null && typeof value[kRefFileHandle] === 'function';
}

// The callback-style operations a stream over `handle` uses.
function fileHandleOperations(handle) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, callback) {
      handle[kUnrefFileHandle]();
      handle.close().then(() => callback(), callback);
    },
    read(fd, buffer, offset, length, position, callback) {
      handle.read(buffer, offset, length, position).then(
        (result) => callback(null, result.bytesRead, result.buffer),
        (error) => callback(error, 0, buffer));
    },
    write(fd, buffer, offset, length, position, callback) {
      handle.write(buffer, offset, length, position).then(
        (result) => callback(null, result.bytesWritten, result.buffer),
        (error) => callback(error, 0, buffer));
    },
    fsync(fd, callback) {
      handle.sync().then(() => callback(null), callback);
    },
    writev(fd, buffers, position, callback) {
      handle.writev(buffers, position).then(
        (result) => callback(null, result.bytesWritten, result.buffers),
        (error) => callback(error, 0, buffers));
    },
  };
}

// Sets the stream's `fd` (and `kFs`) from `options.fd`: a number or a FileHandle.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs();
    return getValidatedFd(options.fd, 'options.fd');
  }
  if (typeof options.fd === 'object' && isFileHandle(options.fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOperations(handle);
    handle[kRefFileHandle]();
    handle.on('close', stream.close.bind(stream));
    return handle.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// Opens the file (or lets an overriding `open()` do so), then calls back.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openReadFs && stream.open !== openWriteFs) {
    // An `open()` of a subclass: it reports through 'open' or 'error'.
    const originalEmit = stream.emit;
    stream.emit = function emitDuringOpen(...args) {
      if (args[0] === 'open') {
        this.emit = originalEmit;
        callback();
        Reflect.apply(originalEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = originalEmit;
        callback(args[1]);
      } else {
        Reflect.apply(originalEmit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (error, fd) => {
    if (error) {
      callback(error);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeStream(stream, error, callback) {
  if (!stream.fd && stream.fd !== 0) {
    callback(error);
  } else if (stream.flush) {
    // A write stream with `flush`: fsync (through the fs given, so a spy on
    // fs.fsync sees it) before closing.
    const fd = stream.fd;
    stream.fd = null;
    stream[kFs].fsync(fd, (syncError) => {
      stream[kFs].close(fd, (closeError) => callback(closeError || syncError || error));
    });
  } else {
    stream[kFs].close(stream.fd, (closeError) => callback(closeError || error));
    stream.fd = null;
  }
}

function destroy(error, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioError) => closeStream(this, error || ioError, callback));
  } else {
    closeStream(this, error, callback);
  }
}

// `autoClose`, for both streams: whether the stream closes its file when done.
function defineAutoClose(Stream, stateName) {
  Object.defineProperty(Stream.prototype, 'autoClose', {
    __proto__: null,
    get() {
      if (!(this instanceof Stream)) throw new ERR_INVALID_THIS(Stream.name);
      return this[stateName].autoDestroy;
    },
    set(value) {
      if (!(this instanceof Stream)) throw new ERR_INVALID_THIS(Stream.name);
      this[stateName].autoDestroy = value;
    },
  });
}

// ---------------------------------------------------------------------------
// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fs();
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = getValidatedPath(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
  }
  validateFunction(this[kFs].read, 'options.fs.read');
  validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

defineAutoClose(ReadStream, '_readableState');

// Kept for code that calls it; the stream opens itself.
const openReadFs = deprecate(function open() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buffer, 0, n, this.pos ?? null, (error, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, error);
      return;
    }
    if (error) {
      errorOrDestroy(this, error);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === buffer.length ? buffer : Buffer.from(buffer.subarray(0, bytesRead)));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function close(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

// ---------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  options.decodeStrings = true;
  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fs();
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = getValidatedPath(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
  }
  const custom = this[kFs];
  // Either of write and writev is enough; only the ones given are used.
  if (!custom.write && !custom.writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', custom.write);
  }
  if (custom.write) {
    validateFunction(custom.write, 'options.fs.write');
  } else {
    this._write = null;
  }
  if (custom.writev) {
    validateFunction(custom.writev, 'options.fs.writev');
  } else {
    this._writev = null;
  }
  validateFunction(custom.close, 'options.fs.close');
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
    if (this.flush) validateFunction(custom.fsync, 'options.fs.fsync');
  }
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

defineAutoClose(WriteStream, '_writableState');

const openWriteFs = deprecate(function open() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;

WriteStream.prototype._construct = construct;

// Finishes one write or writev: counts the bytes, or reports the stream's end.
function afterWrite(stream, error, bytesWritten, callback) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    stream.emit(kIoDone, error);
    callback(error || new ERR_STREAM_DESTROYED('write'));
    return false;
  }
  if (error) {
    callback(error);
    return false;
  }
  stream.bytesWritten += bytesWritten;
  return true;
}

// Writes all `size` bytes of `data`, continuing after partial writes.
function writeAll(data, size, position, callback) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, size, position ?? null, (error, bytesWritten) => {
    if (!afterWrite(this, error, bytesWritten, callback)) return;
    size -= bytesWritten;
    if (position !== undefined) position += bytesWritten;
    if (size > 0) {
      writeAll.call(this, data.subarray(bytesWritten), size, position, callback);
    } else {
      callback();
    }
  });
}

// Writes all of `chunks` with writev, continuing after partial writes.
function writevAll(chunks, size, position, callback) {
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, position ?? null, (error, bytesWritten) => {
    if (!afterWrite(this, error, bytesWritten, callback)) return;
    size -= bytesWritten;
    if (position !== undefined) position += bytesWritten;
    if (size === 0) {
      callback();
      return;
    }
    // Drop what was written and go on with the rest.
    let skip = bytesWritten;
    while (skip > 0 && skip >= chunks[0].length) skip -= chunks.shift().length;
    if (skip > 0) chunks[0] = chunks[0].subarray(skip);
    writevAll.call(this, chunks, size, position, callback);
  });
}

WriteStream.prototype._write = function _write(data, encoding, callback) {
  writeAll.call(this, data, data.length, this.pos, callback);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, callback) {
  const chunks = data.map(({ chunk }) => chunk);
  let size = 0;
  for (const chunk of chunks) size += chunk.length;
  if (this[kFs].writev) {
    writevAll.call(this, chunks, size, this.pos, callback);
  } else {
    writeAll.call(this, Buffer.concat(chunks), size, this.pos, callback);
  }
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function close(callback) {
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

module.exports = { ReadStream, WriteStream, kHandle };
