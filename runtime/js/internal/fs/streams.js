'use strict';
// `fs.ReadStream` and `fs.WriteStream`: the `stream` module's Readable and Writable
// over the callback forms of `fs.open`, `fs.read`, `fs.write` and `fs.close` (or the
// `fs` object a caller passes in `options.fs`), or over a `FileHandle`.

const { Buffer } = require('buffer');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { errorOrDestroy } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED },
} = require('internal/errors');
const { validateInteger, validateFunction } = require('internal/validators');
const {
  getOptions,
  getValidatedFd,
  getValidatedPath,
  kEmptyObject,
} = require('internal/fs/utils');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

function copyObject(source) {
  return { ...source };
}

let lazyFs;
function fs() {
  lazyFs ??= require('fs');
  return lazyFs;
}

// Checks the `fs` override's methods the stream uses.
function importFsOverride(stream, options, names) {
  const custom = options.fs;
  if (custom === undefined || custom === null) {
    stream[kFs] = fs();
    return;
  }
  for (const name of names) {
    if (typeof custom[name] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`options.fs.${name}`, 'function', custom[name]);
    }
  }
  stream[kFs] = custom;
}

// The descriptor (or FileHandle) and path of a new stream.
function setupFile(stream, path, options) {
  const fd = options.fd;
  if (fd !== undefined && fd !== null && typeof fd === 'object' && typeof fd.fd === 'number') {
    stream[kHandle] = fd;
    stream.fd = fd.fd;
    stream.path = undefined;
    return;
  }
  stream.fd = fd === undefined || fd === null ? null : getValidatedFd(fd, 'options.fd');
  stream.path = stream.fd === null ? getValidatedPath(path) : undefined;
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
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
  if (stream[kHandle] !== undefined) {
    const handle = stream[kHandle];
    stream.fd = null;
    handle.close().then(() => callback(error), (closeError) => callback(closeError || error));
  } else if (typeof stream.fd !== 'number') {
    callback(error);
  } else {
    const fd = stream.fd;
    stream.fd = null;
    stream[kFs].close(fd, (closeError) => callback(closeError || error));
  }
}

function destroy(error, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioError) => closeStream(this, error || ioError, callback));
  } else {
    closeStream(this, error, callback);
  }
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
  importFsOverride(this, options, ['open', 'read', 'close']);
  setupFile(this, path, options);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
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
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    return this._readableState.autoDestroy;
  },
  set(value) {
    this._readableState.autoDestroy = value;
  },
});

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

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

// ---------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  importFsOverride(this, options, ['open', 'write', 'close']);
  setupFile(this, path, options);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    return this._writableState.autoDestroy;
  },
  set(value) {
    this._writableState.autoDestroy = value;
  },
});

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

WriteStream.prototype._construct = construct;

// Writes all `size` bytes of `data`, continuing after partial writes.
function writeAll(data, size, position, callback) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, size, position ?? null, (error, bytesWritten) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, error);
      callback(error || new ERR_STREAM_DESTROYED('write'));
      return;
    }
    if (error) {
      callback(error);
      return;
    }
    this.bytesWritten += bytesWritten;
    size -= bytesWritten;
    if (position !== undefined) position += bytesWritten;
    if (size > 0) {
      writeAll.call(this, data.subarray(bytesWritten), size, position, callback);
    } else {
      callback();
    }
  });
}

WriteStream.prototype._write = function _write(data, encoding, callback) {
  writeAll.call(this, data, data.length, this.pos, callback);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(chunks, callback) {
  const data = Buffer.concat(chunks.map(({ chunk }) => chunk));
  writeAll.call(this, data, data.length, this.pos, callback);
  if (this.pos !== undefined) this.pos += data.length;
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

module.exports = { ReadStream, WriteStream, kHandle };
