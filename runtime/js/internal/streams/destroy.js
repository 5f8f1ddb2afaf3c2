'use strict';

// destroy()/_undestroy() implementation shared by every stream class, plus
// the `construct` bootstrap and the generic `destroyer` used by pipeline.

const {
  codes: { ERR_MULTIPLE_CALLBACK },
  AbortError,
} = require('internal/errors');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
  isRequest,
} = require('internal/streams/utils');

const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');
// Per-side hooks run once an async _construct has completed; set on the
// Readable and Writable constructors so Duplex can run both.
const kOnConstructed = Symbol('kOnConstructed');

// Combine two errors the way Node reports them: one error stays as-is, two
// distinct errors become an AggregateError carrying the outer one's message.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const agg = new AggregateError([outer, inner], outer.message);
    agg.code = outer.code;
    return agg;
  }
  return inner || outer;
}

function statesOf(stream) {
  return [stream._readableState, stream._writableState];
}

function recordError(err, r, w) {
  if (!err) return;
  // Touch the stack so that it is captured at the point of failure.
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const [r, w] = statesOf(this);
  const s = w || r;

  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  recordError(err, r, w);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if (!s.constructed) {
    // Defer until _construct has called back.
    this.once(kDestroy, function onConstructed(er) {
      runDestroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let done = false;
  const onDestroy = (er) => {
    if (done) return;
    done = true;
    const [r, w] = statesOf(self);
    recordError(er, r, w);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) {
      process.nextTick(emitErrorCloseNT, self, er);
    } else {
      process.nextTick(emitCloseNT, self);
    }
  };
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const [r, w] = statesOf(self);
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const [r, w] = statesOf(self);
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  const [r, w] = statesOf(this);
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Report an error from inside the stream machinery: destroy when the
// stream auto-destroys, otherwise record it and emit 'error' (possibly on
// the next tick).
function errorOrDestroy(stream, err, sync) {
  const [r, w] = statesOf(stream);
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, r, w);
    if (sync) {
      process.nextTick(emitErrorNT, stream, err);
    } else {
      emitErrorNT(stream, err);
    }
  }
}

// Run stream._construct (if any) on the next tick; `cb` runs once it has
// completed successfully.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const [r, w] = statesOf(stream);
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  // Duplex constructs both sides; only schedule once.
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(runConstruct, stream);
}

function runConstruct(stream) {
  let called = false;
  const onConstruct = (err) => {
    if (called) {
      errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const [r, w] = statesOf(stream);
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) {
      stream.emit(kDestroy, err);
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      stream.emit(kConstruct);
    }
  };
  try {
    stream._construct((err) => {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

// Tear down any stream-like object, choosing the most appropriate method.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick((s, e) => s.emit('error', e), stream, err);
  } else {
    process.nextTick((s) => s.emit('close'), stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
  aggregateTwoErrors,
  kDestroy,
  kConstruct,
  kOnConstructed,
};
