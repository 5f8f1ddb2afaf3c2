'use strict';
// `fs.Dir`, what `opendir` returns: the directory's entries, read one at a time
// synchronously, with a callback or as a promise, or iterated with `for await`.
// The listing is taken when the directory is opened.

const { queueCompletion } = require('internal/completions');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const { Dirent, asyncError, getOptions, getValidatedPath } = require('internal/fs/utils');
const { opendirEntries } = require('internal/fs/sync');

class Dir {
  #path;
  #names;
  #types;
  #next = 0;
  #closed = false;
  // While an asynchronous read is under way: the operations asked for meanwhile,
  // run after it (synchronous ones are refused).
  #queued = null;

  constructor(path, names, types) {
    if (path === undefined) throw new ERR_MISSING_ARGS('handle');
    this.#path = path;
    this.#names = names;
    this.#types = types;
  }

  get path() {
    if (!(#path in this)) throw new ERR_INVALID_THIS('Dir');
    return this.#path;
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queued !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#nextEntry();
  }

  #nextEntry() {
    if (this.#next >= this.#names.length) return null;
    const i = this.#next++;
    return new Dirent(this.#names[i], this.#types[i], this.#path);
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((error, entry) => (error ? reject(error) : resolve(entry)));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#queued !== null) {
      this.#queued.push(() => this.read(callback));
      return;
    }
    if (this.#closed) {
      queueCompletion(callback, new ERR_DIR_CLOSED());
      return;
    }
    this.#queued = [];
    queueCompletion(() => {
      const queued = this.#queued;
      this.#queued = null;
      process.nextTick(() => {
        for (const operation of queued) operation();
      });
      callback(null, this.#nextEntry());
    });
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#queued !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closed = true;
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((error) => (error ? reject(error) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#queued !== null) {
      this.#queued.push(() => this.close(callback));
      return;
    }
    this.#closed = true;
    queueCompletion(callback, null);
  }

  async* entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }
}

function validateDirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) {
    validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  }
  return options;
}

function opendirSync(path, options) {
  validateDirOptions(options);
  path = getValidatedPath(path);
  const [names, types] = opendirEntries(path);
  return new Dir(path, names, types);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  validateDirOptions(options);
  path = getValidatedPath(path);
  let dir;
  try {
    const [names, types] = opendirEntries(path);
    dir = new Dir(path, names, types);
  } catch (error) {
    queueCompletion(callback, asyncError(error));
    return;
  }
  queueCompletion(callback, null, dir);
}

module.exports = { Dir, opendir, opendirSync };
