'use strict';

// Node's `tty` module. A session's only terminals are its standard streams:
// isatty(fd) is true for fds 0-2 when the matching process stream is a TTY.
//
// ReadStream and WriteStream are minimal: they can only be opened on those
// terminal fds (0 for reading, 1 and 2 for writing) and forward to
// process.stdin / process.stdout / process.stderr. Any other fd fails as a
// non-terminal would in Node (ERR_TTY_INIT_FAILED, EINVAL or EBADF).

const { Readable, Writable } = require('stream');
const { codes } = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

function processStream(fd) {
  if (fd === 0) return process.stdin;
  if (fd === 1) return process.stdout;
  if (fd === 2) return process.stderr;
  return undefined;
}

function isatty(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647 || fd > 2) return false;
  return processStream(fd)?.isTTY === true;
}

function checkFd(fd, usable) {
  if (fd >> 0 !== fd || fd < 0) throw new codes.ERR_INVALID_FD(fd);
  if (!usable.includes(fd) || !isatty(fd)) {
    const badFd = fd > 2;
    throw new codes.ERR_TTY_INIT_FAILED({
      errno: badFd ? -9 : -22,
      code: badFd ? 'EBADF' : 'EINVAL',
      message: badFd ? 'bad file descriptor' : 'invalid argument',
      syscall: 'uv_tty_init',
    });
  }
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd, [0]);
  Readable.call(this, { highWaterMark: 0, ...options });
  const source = process.stdin;
  const self = this;
  this._source = source;
  this._onSourceData = (chunk) => {
    if (!self.push(chunk)) source.pause();
  };
  this._onSourceEnd = () => self.push(null);
  source.on('data', this._onSourceData);
  source.on('end', this._onSourceEnd);
  source.pause();
  this.fd = fd;
  this.isRaw = false;
  this.rawMode = false;
  this.isTTY = true;
}

Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

ReadStream.prototype._read = function _read() {
  this._source.resume();
};

ReadStream.prototype._destroy = function _destroy(error, callback) {
  this._source.removeListener('data', this._onSourceData);
  this._source.removeListener('end', this._onSourceEnd);
  callback(error);
};

ReadStream.prototype.setRawMode = function setRawMode(mode) {
  let rawMode;
  if (mode === 'io' || mode === 'raw') {
    rawMode = mode;
  } else if (typeof mode === 'string') {
    throw new codes.ERR_INVALID_ARG_VALUE('mode', mode, "must be true, false, 'raw', or 'io'");
  } else {
    rawMode = mode ? 'raw' : false;
  }
  if (typeof this._source.setRawMode === 'function') this._source.setRawMode(rawMode !== false);
  this.isRaw = rawMode !== false;
  this.rawMode = rawMode;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd, [1, 2]);
  const target = processStream(fd);
  Writable.call(this, {
    decodeStrings: false,
    write(chunk, encoding, callback) {
      target.write(chunk, encoding, callback);
    },
  });
  this.fd = fd;
  this._target = target;
  this.columns = target.columns;
  this.rows = target.rows;
}

Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function _refreshSize() {
  const columns = this._target?.columns;
  const rows = this._target?.rows;
  if (columns !== this.columns || rows !== this.rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return require('readline').cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return require('readline').moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return require('readline').clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return require('readline').clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
