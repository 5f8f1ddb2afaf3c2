'use strict';
// process.stdin, process.stdout and process.stderr.
//
// Output streams write synchronously to the session's sinks (as Node does for files,
// pipes and terminals on Linux), so console output and write() keep their order and
// nothing is lost at exit. stdin is a Readable whose _read asks the stdin actor for
// one chunk at a time: data flows only while the program reads.

const { counters, REFED_HANDLES } = require('internal/loop_state');

let info = { stdinIsTTY: false, stdout: null, stderr: null };
let stdin;
let stdout;
let stderr;

function configure(sessionInfo) {
  info = sessionInfo;
}

// Strings in encodings other than UTF-8 become bytes before they reach the sink.
function asOutput(chunk, encoding) {
  if (typeof chunk !== 'string' || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer') {
    return chunk;
  }
  return require('buffer').Buffer.from(chunk, encoding);
}

// A failed write (EPIPE: the reader went away) destroys the stream at once, as a
// failed write destroys Node's stdio socket: its 'error' event comes before the write's
// callback, so even console.log's error handling cannot stop it being uncaught.
function failWrite(stream, error, callback) {
  stream.destroy(error);
  callback(error);
}

function createWriteStream(fd, size) {
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      try {
        internals.writeOutput(fd, asOutput(chunk, encoding));
      } catch (error) {
        failWrite(this, error, callback);
        return;
      }
      callback();
    },
    writev(chunks, callback) {
      try {
        for (const { chunk, encoding } of chunks) internals.writeOutput(fd, asOutput(chunk, encoding));
      } catch (error) {
        failWrite(this, error, callback);
        return;
      }
      callback();
    },
  });
  stream.fd = fd;
  stream._type = size ? 'tty' : 'pipe';
  stream._isStdio = true;
  // The session's standard streams are never really closed.
  stream.destroySoon = stream.destroy;
  stream._destroy = function(error, callback) {
    callback(error);
  };
  if (size) {
    stream.isTTY = true;
    stream.columns = size.columns;
    stream.rows = size.rows;
    stream.getWindowSize = () => [stream.columns, stream.rows];
    stream.hasColors = (count = 16) => count <= 256;
    stream.getColorDepth = () => 8;
    stream.cursorTo = (x, y, cb) => require('readline').cursorTo(stream, x, y, cb);
    stream.moveCursor = (dx, dy, cb) => require('readline').moveCursor(stream, dx, dy, cb);
    stream.clearLine = (dir, cb) => require('readline').clearLine(stream, dir, cb);
    stream.clearScreenDown = (cb) => require('readline').clearScreenDown(stream, cb);
  }
  return stream;
}

function getStdout() {
  if (stdout === undefined) stdout = createWriteStream(1, info.stdout);
  return stdout;
}

function getStderr() {
  if (stderr === undefined) stderr = createWriteStream(2, info.stderr);
  return stderr;
}

function getStdin() {
  if (stdin !== undefined) return stdin;
  const { Readable } = require('stream');
  // A pull is in flight while `waiting`; it keeps the session alive only while the
  // stream flows (`refed`) — a paused stdin, as after readline's close(), does not,
  // as in Node.
  let waiting = false;
  let refed = false;
  const ref = (on) => {
    if (on === refed) return;
    refed = on;
    counters[REFED_HANDLES] += on ? 1 : -1;
  };
  stdin = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (waiting) return;
      waiting = true;
      ref(true);
      internals.stdinPull();
    },
  });
  stdin.on('pause', () => ref(false));
  stdin.on('resume', () => ref(waiting));
  stdin.fd = 0;
  stdin._arrived = (kind, payload) => {
    waiting = false;
    ref(false);
    if (kind === 0) {
      const { Buffer } = require('buffer');
      stdin.push(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength));
    } else if (kind === 1) {
      stdin.push(null);
    } else {
      const error = new Error(String(payload));
      error.code = 'EIO';
      error.syscall = 'read';
      stdin.destroy(error);
    }
  };
  if (info.stdinIsTTY) {
    stdin.isTTY = true;
    stdin.isRaw = false;
    stdin.setRawMode = function setRawMode(mode) {
      // Raw mode arrives with TTY sessions; until then the flag is only recorded.
      this.isRaw = !!mode;
      return this;
    };
  }
  return stdin;
}

function onStdin(kind, payload) {
  if (stdin !== undefined) stdin._arrived(kind, payload);
}

module.exports = { configure, getStdout, getStderr, getStdin, onStdin };
