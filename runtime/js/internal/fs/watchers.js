'use strict';
// File watching for `fs` and `fs/promises`:
//
// - `fs.watch` returns an `FSWatcher`. Its `FSEvent` handle is a host watch
//   (`internals.watchStart`, runtime/src/bindings/fs_watch.rs; the host side is
//   actors/src/fs_watch.rs) whose events the event loop delivers to `onFsEvent`. A
//   watched directory reports its entries by name, a watched file itself, with
//   libuv's 'rename' and 'change'. A ref'd handle keeps the loop alive.
// - `fs/promises`' `watch` yields the same events from an async iterator, queued
//   up to `maxQueue`.
// - `fs.watchFile` returns a `StatWatcher` that polls stat() on a timer and reports
//   a change with the current and the previous `Stats` (zeroed while the file is
//   missing), as libuv's fs_poll does.
//
// `recursive: true` is built in JavaScript on top of `fs.watch`, as Node does on
// Linux: see internal/fs/recursive_watch.js.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const pathModule = require('path');
const { setTimeout, clearTimeout } = require('timers');
const { queueCompletion } = require('internal/completions');
const { counters, REFED_HANDLES } = require('internal/loop_state');
const {
  AbortError,
  codes: { ERR_FS_WATCH_QUEUE_OVERFLOW, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  validateUint32,
} = require('internal/validators');
const { binding, getOptions, getStatsFromBinding, getValidatedPath, kEmptyObject } =
  require('internal/fs/utils');
const { kResistStopPropagation } = require('internal/event_target');

const isRegExp = internals.types.isRegExp;

const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('KFSStatWatcherRefCount');
const kMaxRefCount = Symbol('KFSStatWatcherMaxRefCount');
const kDeliver = Symbol('kDeliver');
// Names a handle's JavaScript owner (shown when a watcher is inspected, as in Node).
const owner_symbol = Symbol('owner_symbol');

// The error of a watch that could not start or failed, in Node's shape:
// `ENOENT: no such file or directory, watch '/x'` with errno, syscall, code, path
// and filename.
function watchError(errno, filename, message) {
  const [code, description] = uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
  const shown = filename ? ` '${filename}'` : '';
  const error = new Error(`${code}: ${message || description}, watch${shown}`);
  error.errno = errno;
  error.syscall = 'watch';
  error.code = code;
  if (filename) error.path = filename;
  error.filename = filename;
  Error.captureStackTrace(error, watchError);
  return error;
}

// The host's refusal to start a watch, reworded as a watch error (its stack starts
// at the caller).
function watchStartError(error, filename) {
  const errno = typeof error?.errno === 'number' ? error.errno : undefined;
  if (errno === undefined) return error;
  const limit = error.code === 'ENOSPC' ? 'System limit for number of file watchers reached' : '';
  const startError = watchError(errno, filename, limit);
  Error.captureStackTrace(startError, watchStartError);
  return startError;
}

// ---------------------------------------------------------------------------
// Host watches

// The open host watches by id, for `onFsEvent`.
const handlesById = new Map();
let nextWatchId = 1;

// A filename from the host (bytes) in the watcher's encoding.
function decodeFilename(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding === 'buffer' ? buffer : buffer.toString(encoding || 'utf8');
}

// One host watch, like Node's FSEvent handle: `onchange(status, eventType,
// filename)` is called for each event, with a negative status for a failure.
class FSEvent {
  #id = 0;
  #path = '';
  #encoding = 'utf8';
  #wantsRef = true;
  #counted = false;

  constructor() {
    this.onchange = null;
  }

  get initialized() {
    return this.#id !== 0;
  }

  // Starts watching `path`; throws the host's error (ENOENT, EACCES, ...).
  start(path, persistent, encoding) {
    const id = nextWatchId++;
    internals.watchStart(id, path);
    this.#id = id;
    this.#path = path;
    this.#encoding = encoding;
    handlesById.set(id, this);
    if (!persistent) this.#wantsRef = false;
    this.#updateRef();
  }

  close() {
    if (this.#id === 0) return;
    handlesById.delete(this.#id);
    internals.watchStop(this.#id);
    this.#id = 0;
    this.#updateRef();
  }

  ref() {
    this.#wantsRef = true;
    this.#updateRef();
  }

  unref() {
    this.#wantsRef = false;
    this.#updateRef();
  }

  hasRef() {
    return this.#counted;
  }

  // Counts the handle among those keeping the loop alive while it is open and ref'd.
  #updateRef() {
    const counted = this.#id !== 0 && this.#wantsRef;
    if (counted === this.#counted) return;
    this.#counted = counted;
    counters[REFED_HANDLES] += counted ? 1 : -1;
  }

  [kDeliver](kind, payload) {
    if (kind === 'error') {
      this.onchange?.(-payload, undefined, this.#path);
    } else {
      this.onchange?.(0, kind, decodeFilename(payload, this.#encoding));
    }
  }
}

// Called by the event loop (bootstrap's `onFsEvent`) for each host event: 'rename'
// or 'change' with the filename's bytes, or 'error' with an errno. Events of a watch
// closed since are dropped.
function onFsEvent(id, kind, payload) {
  const handle = handlesById.get(id);
  if (handle !== undefined) handle[kDeliver](kind, payload);
}

// ---------------------------------------------------------------------------
// `ignore` option

function validateIgnoreMatcher(value, name) {
  if (typeof value === 'string' || typeof value === 'function' || isRegExp(value)) return;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'function', 'RegExp'], value);
}

function validateIgnoreOption(value, name) {
  if (value == null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) validateIgnoreMatcher(value[i], `${name}[${i}]`);
  } else {
    validateIgnoreMatcher(value, name);
  }
}

// A glob without a slash matches a file's base name (minimatch's `matchBase`).
function globMatcher(pattern) {
  return (filename) => {
    const text = String(filename);
    const subject = pattern.includes('/') ? text : pathModule.basename(text);
    return pathModule.matchesGlob(subject, pattern);
  };
}

// A predicate saying whether an event's filename is ignored, or null.
function createIgnoreMatcher(ignore) {
  if (ignore == null) return null;
  const matchers = (Array.isArray(ignore) ? ignore : [ignore]).map((matcher) => {
    if (typeof matcher === 'string') return globMatcher(matcher);
    if (isRegExp(matcher)) return (filename) => RegExp.prototype.exec.call(matcher, filename) !== null;
    return matcher;
  });
  return (filename) => matchers.some((matches) => matches(filename));
}

// ---------------------------------------------------------------------------
// FSWatcher (fs.watch)

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new FSEvent();
    this._handle[owner_symbol] = this;
    this._ignoreMatcher = null;
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) {
          // Closed without a 'close' event, as in Node.
          this._handle.close();
          this._handle = null;
        }
        this.emit('error', watchError(status, filename));
        return;
      }
      if (filename != null && this._ignoreMatcher?.(filename)) return;
      this.emit('change', eventType, filename);
    };
  }

  close() {
    if (this._handle === null || !this._handle.initialized) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}

// Starts the watch (`recursive` is handled by the caller). Assigned, not declared in
// the class, so that stacks name it `FSWatcher.<computed>` as Node's do.
FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding, ignore,
                                              throwIfNoEntry = true) {
  if (this._handle === null || this._handle.initialized) return;
  filename = getValidatedPath(filename, 'filename');
  validateIgnoreOption(ignore, 'options.ignore');
  this._ignoreMatcher = createIgnoreMatcher(ignore);
  try {
    this._handle.start(filename, persistent, encoding);
  } catch (error) {
    if (!throwIfNoEntry && error.code === 'ENOENT') return;
    throw watchStartError(error, filename);
  }
};

// fs.watch(filename[, options][, listener])
function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  if (options.throwIfNoEntry === undefined) options.throwIfNoEntry = true;

  const path = getValidatedPath(filename);
  let watcher;
  if (options.recursive) {
    const { RecursiveWatcher } = require('internal/fs/recursive_watch');
    watcher = new RecursiveWatcher(options);
    watcher[kFSWatchStart](path);
  } else {
    watcher = new FSWatcher();
    watcher[kFSWatchStart](path, options.persistent, options.recursive, options.encoding,
                           options.ignore, options.throwIfNoEntry);
  }

  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { __proto__: null, [kResistStopPropagation]: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---------------------------------------------------------------------------
// fs/promises watch

// The events of a host watch, queued for an async iterator.
async function* watchEvents(filename, options = kEmptyObject) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    maxQueue = 2048,
    overflow = 'ignore',
    signal,
    ignore,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  validateAbortSignal(signal, 'options.signal');
  validateIgnoreOption(ignore, 'options.ignore');
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const handle = new FSEvent();
  const ignoreMatcher = createIgnoreMatcher(ignore);
  // Events (or a final error) not yet taken, and the wake-up of a waiting loop.
  const queue = [];
  let wake;
  let arrived = new Promise((resolve) => { wake = resolve; });
  const onAbort = () => {
    handle.close();
    wake();
  };
  try {
    signal?.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
    handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        handle.close();
        queue.push(watchError(status, filename));
      } else if (filename != null && ignoreMatcher?.(filename)) {
        return;
      } else if (queue.length < maxQueue) {
        queue.push({ __proto__: null, eventType, filename });
      } else if (overflow === 'error') {
        queue.length = 0;
        queue.push(new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue));
      } else {
        process.emitWarning('fs.watch maxQueue exceeded');
        return;
      }
      wake();
    };
    try {
      handle.start(path, persistent, encoding);
    } catch (error) {
      throw watchStartError(error, filename);
    }
    while (!signal?.aborted) {
      await arrived;
      while (queue.length > 0) {
        const item = queue.shift();
        if (item instanceof Error) throw item;
        yield item;
      }
      arrived = new Promise((resolve) => { wake = resolve; });
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    handle.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

// fsPromises.watch(filename[, options]): recursive watching goes through the
// JavaScript recursive watcher, as on Linux in Node.
async function* promisesWatch(filename, options = kEmptyObject) {
  validateObject(options, 'options');
  if (options.recursive != null) {
    validateBoolean(options.recursive, 'options.recursive');
    if (options.recursive) {
      const { RecursiveWatcher } = require('internal/fs/recursive_watch');
      const watcher = new RecursiveWatcher(options);
      watcher[kFSWatchStart](filename);
      yield* watcher;
      return;
    }
  }
  yield* watchEvents(filename, options);
}

// ---------------------------------------------------------------------------
// StatWatcher (fs.watchFile)

// Stat array indices (see runtime/src/bindings/fs.rs) libuv compares to decide that
// a file changed: dev, mode, uid, gid, ino, size, and mtime, ctime and birthtime
// (seconds and nanoseconds) — not atime or nlink.
const COMPARED_FIELDS = [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17];
const STAT_FIELDS = 18;

function sameStat(a, b) {
  return COMPARED_FIELDS.every((i) => a[i] === b[i]);
}

// Polls one path, like libuv's fs_poll: the first stat is only remembered (unless
// it fails); afterwards `onchange(status, current, previous)` is called (with stat
// arrays) when a stat differs from the last good one, when the path starts failing
// (with a zeroed current), and when it stops failing.
class StatPoller {
  #onchange;
  #path = '';
  #interval = 1;
  #timer = null;
  #refed = true;
  #closed = false;
  // 0 before the first stat, 1 after a good one, else the failing (negative) errno.
  #status = 0;
  #last = new Float64Array(STAT_FIELDS);

  constructor(onchange) {
    this.#onchange = onchange;
  }

  start(path, interval) {
    this.#path = path;
    this.#interval = Math.max(interval, 1);
    // The first stat completes in the poll phase, as libuv's does.
    queueCompletion(() => this.#poll());
  }

  close() {
    this.#closed = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  ref() {
    this.#refed = true;
    this.#timer?.ref();
  }

  unref() {
    this.#refed = false;
    this.#timer?.unref();
  }

  hasRef() {
    return this.#refed && !this.#closed;
  }

  #poll() {
    if (this.#closed) return;
    let current;
    let status = 0;
    try {
      current = binding.stat(this.#path, true);
    } catch (error) {
      status = typeof error.errno === 'number' ? error.errno : -5;
    }
    const previous = this.#last;
    let changed;
    if (status < 0) {
      changed = this.#status !== status;
      this.#status = status;
      current = new Float64Array(STAT_FIELDS);
    } else {
      changed = this.#status < 0 || (this.#status === 1 && !sameStat(previous, current));
      this.#status = 1;
      this.#last = current;
    }
    this.#timer = setTimeout(() => this.#poll(), this.#interval);
    if (!this.#refed) this.#timer.unref();
    if (changed) this.#onchange(status, current, previous);
  }
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kUseBigint] = bigint;
    this[kRefCount] = 1;
    this[kMaxRefCount] = 1;
  }

  [kFSStatWatcherStart](filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new StatPoller((status, current, previous) => {
      const bigint = this[kUseBigint];
      this.emit('change', getStatsFromBinding(current, bigint), getStatsFromBinding(previous, bigint));
    });
    if (!persistent) this.unref();
    filename = getValidatedPath(filename, 'filename');
    validateUint32(interval, 'interval');
    this._handle.start(filename, interval + 0);
  }

  stop() {
    if (this._handle === null) return;
    process.nextTick(() => this.emit('stop'));
    this._handle.close();
    this._handle = null;
  }

  // `ref` and `unref` count: with several `watchFile` listeners on one path, the
  // poller is unref'd once each has asked.
  ref() {
    if (this[kRefCount] === this[kMaxRefCount]) return this;
    if (this._handle && this[kRefCount]++ === 0) this._handle.ref();
    return this;
  }

  unref() {
    if (this[kRefCount] === 0) return this;
    if (this._handle && --this[kRefCount] === 0) this._handle.unref();
    return this;
  }

  [kFSStatWatcherAddOrCleanRef](operation) {
    if (operation === 'add') {
      this[kRefCount]++;
      this[kMaxRefCount]++;
    } else if (operation === 'clean') {
      this[kMaxRefCount]--;
      this.unref();
    } else if (operation === 'cleanAll') {
      this[kMaxRefCount] = 0;
      this[kRefCount] = 0;
      this._handle?.unref();
    }
  }
}

// The StatWatcher of each watched path (absolute).
const statWatchers = new Map();

// fs.watchFile(filename[, options], listener)
function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');

  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  } else {
    watcher[kFSStatWatcherAddOrCleanRef]('add');
  }
  watcher.addListener('change', listener);
  return watcher;
}

// fs.unwatchFile(filename[, listener])
function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    const before = watcher.listenerCount('change');
    watcher.removeListener('change', listener);
    if (watcher.listenerCount('change') < before) watcher[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    watcher.removeAllListeners('change');
    watcher[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  createIgnoreMatcher,
  kFSWatchStart,
  onFsEvent,
  promisesWatch,
  unwatchFile,
  validateIgnoreOption,
  watch,
  watchFile,
};
