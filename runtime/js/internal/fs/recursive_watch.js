'use strict';
// `fs.watch(path, { recursive: true })` as Node does it on Linux, where the kernel
// only watches one directory at a time: every entry of the tree gets its own
// (non-recursive) `fs.watch`, and this watcher reports in the tree's terms, with
// paths relative to the watched root:
//
// - 'rename' for each entry found in a directory that was not known (at start every
//   existing entry is "found", before any listener can hear of it), and for each
//   entry that disappears (its watches and those below it are then closed);
// - 'change' for a file whose contents or attributes changed (or, when a single
//   file is watched, that file by its base name).
//
// Errors reading the tree are ignored when the entry is gone (ENOENT) and emitted
// as 'error' otherwise. `ref()`/`unref()` do nothing, as in Node. The async
// iterator (used by `fs/promises`' `watch`) hands out the next event only, without
// a queue.

const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateAbortSignal, validateBoolean } = require('internal/validators');
const { getValidatedPath, kEmptyObject } = require('internal/fs/utils');
const { kResistStopPropagation } = require('internal/event_target');
const { createIgnoreMatcher, kFSWatchStart, validateIgnoreOption } = require('internal/fs/watchers');

let fs;
function lazyFs() {
  fs ??= require('fs');
  return fs;
}

class FSWatcher extends EventEmitter {
  #options;
  #closed = false;
  // Every known entry (its Stats or Dirent) and its watcher.
  #entries = new Map();
  #watchers = new Map();
  #symlinks = new Set();
  #root = pathModule.resolve();
  #watchingFile = false;
  #ignoreMatcher = null;

  constructor(options = kEmptyObject) {
    super();
    const { persistent, recursive, signal, encoding, ignore } = options;
    let { throwIfNoEntry } = options;
    if (recursive != null) validateBoolean(recursive, 'options.recursive');
    if (persistent != null) validateBoolean(persistent, 'options.persistent');
    if (signal != null) validateAbortSignal(signal, 'options.signal');
    if (throwIfNoEntry != null) {
      validateBoolean(throwIfNoEntry, 'options.throwIfNoEntry');
    } else {
      throwIfNoEntry = true;
    }
    if (encoding != null && typeof encoding !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
    }
    validateIgnoreOption(ignore, 'options.ignore');
    this.#ignoreMatcher = createIgnoreMatcher(ignore);
    this.#options = { persistent, recursive, signal, encoding, throwIfNoEntry };
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const entry of this.#entries.keys()) {
      this.#watchers.get(entry)?.close();
      this.#watchers.delete(entry);
    }
    this.#entries.clear();
    this.#symlinks.clear();
    this.emit('close');
  }

  #relative(entry) {
    return pathModule.relative(this.#root, entry);
  }

  // Forgets `entry` and everything below it, closing their watchers.
  #forget(entry) {
    this.#symlinks.delete(entry);
    const below = entry + pathModule.sep;
    for (const known of this.#entries.keys()) {
      if (known === entry || known.startsWith(below)) {
        this.#entries.delete(known);
        this.#watchers.get(known)?.close();
        this.#watchers.delete(known);
      }
    }
  }

  // Reports and watches the entries of `directory` not known yet, descending into
  // new subdirectories.
  #scan(directory) {
    try {
      for (const dirent of lazyFs().readdirSync(directory, { withFileTypes: true })) {
        if (this.#closed) break;
        const entry = pathModule.join(directory, dirent.name);
        const relative = this.#relative(entry);
        if (this.#ignoreMatcher?.(relative)) continue;
        if (this.#entries.has(entry)) continue;
        this.emit('change', 'rename', relative);
        if (dirent.isSymbolicLink()) this.#symlinks.add(entry);
        try {
          this.#watchEntry(entry);
          if (dirent.isDirectory() && !dirent.isSymbolicLink()) this.#scan(entry);
        } catch (error) {
          if (error.code !== 'ENOENT') throw error;
        }
      }
    } catch (error) {
      if (error.code !== 'ENOENT') this.emit('error', error);
    }
  }

  // Watches one entry (file or directory) with a plain `fs.watch`.
  #watchEntry(entry) {
    if (this.#closed || this.#entries.has(entry)) return;
    const { watch, statSync } = lazyFs();
    this.#entries.set(entry, statSync(entry));
    const watcher = watch(entry, { persistent: this.#options.persistent }, () => {
      const before = this.#entries.get(entry);
      let now;
      try {
        now = statSync(entry);
        this.#entries.set(entry, now);
      } catch {
        // Gone.
      }
      if (now === undefined || (now.birthtimeMs === 0 && before.birthtimeMs !== 0)) {
        this.#entries.delete(entry);
        this.#watchers.delete(entry);
        watcher.close();
        this.emit('change', 'rename', this.#relative(entry));
        this.#forget(entry);
      } else if (entry === this.#root && this.#watchingFile) {
        this.emit('change', 'change', pathModule.basename(entry));
      } else if (this.#symlinks.has(entry)) {
        this.emit('change', 'rename', this.#relative(entry));
      } else if (now.isDirectory()) {
        this.#scan(entry);
      } else {
        this.emit('change', 'change', this.#relative(entry));
      }
    });
    this.#watchers.set(entry, watcher);
  }

  [kFSWatchStart](filename) {
    filename = pathModule.resolve(getValidatedPath(filename));
    try {
      const stats = lazyFs().statSync(filename);
      this.#root = filename;
      this.#closed = false;
      this.#watchingFile = stats.isFile();
      this.#watchEntry(filename);
      if (stats.isDirectory()) this.#scan(filename);
    } catch (error) {
      // As in Node, a failure to start is silent unless `throwIfNoEntry` is false
      // and the path is missing.
      if (!this.#options.throwIfNoEntry && error.code === 'ENOENT') {
        error.filename = filename;
        throw error;
      }
    }
  }

  ref() {}

  unref() {}

  [Symbol.asyncIterator]() {
    const { signal } = this.#options;
    const nextEvent = (resolve, reject) => {
      let onAbort;
      if (signal != null) {
        onAbort = () => {
          this.close();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
      }
      this.once('change', (eventType, filename) => {
        if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
        resolve({ __proto__: null, value: { eventType, filename } });
      });
    };
    return {
      next: () => (this.#closed ? { __proto__: null, done: true } : new Promise(nextEvent)),
      return: () => {
        this.close();
        return { __proto__: null, done: true };
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

module.exports = { RecursiveWatcher: FSWatcher };
