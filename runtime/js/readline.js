'use strict';

// Node's `readline` module: the callback-style Interface (callable without
// `new`), createInterface, the cursor helpers and emitKeypressEvents.

const {
  Interface: BaseInterface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  // One-argument completers return their result; two-argument ones call back.
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const sync = input.completer;
    input.completer = (line, cb) => cb(null, sync(line));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (line, cb) => cb(null, sync(line));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  if (this.terminal && process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const signal = options.signal;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const original = cb;
    const stop = () => signal.removeEventListener('abort', onAbort);
    cb = typeof original === 'function' ? (answer) => {
      stop();
      return original(answer);
    } : stop;
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

Interface.prototype.question[kCustomPromisify] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = {};
  if (options.signal?.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => reject(new AbortError(undefined, { cause: signal.reason }));
      signal.addEventListener('abort', onAbort, { once: true });
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// A 'dumb' terminal: no cursor movement, just the characters.
function ttyWriteDumb(s, key) {
  key ||= {};
  if (key.name === 'escape') return;
  if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this._sawReturnAt = Date.now();
      this._line();
      break;
    case 'enter':
      if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
      this._sawReturnAt = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
