'use strict';
// The Console class and the global console, writing to process.stdout/stderr through
// their streams (so a program that replaces stream.write sees console output too).

const kGroupIndent = Symbol('kGroupIndentationString');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kInspectOptions = Symbol('kInspectOptions');

// Properties a console carries besides its methods: hidden from Object.keys.
const hidden = { writable: true, enumerable: false, configurable: true };

function lazyInspect() {
  return require('internal/inspect');
}

// The `console.*` diagnostics channels, once diagnostics_channel has been loaded
// (before that nobody can be subscribed).
let channels = null;
function attachChannels(channel) {
  channels = {
    log: channel('console.log'),
    info: channel('console.info'),
    debug: channel('console.debug'),
    warn: channel('console.warn'),
    error: channel('console.error'),
  };
}

function publish(name, args) {
  if (channels !== null && channels[name].hasSubscribers) channels[name].publish(args);
}

// Callable with or without `new`, and subclassable, as in Node.
function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, [options, stderr, ignoreErrors]);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: errStream = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  const { codes } = require('internal/errors');
  const { validateInteger, validateObject, validateOneOf } = require('internal/validators');
  if (!stdout || typeof stdout.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!errStream || typeof errStream.write !== 'function') {
    throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  Object.defineProperty(this, '_stdout', { __proto__: null, ...hidden, value: stdout });
  Object.defineProperty(this, '_stderr', { __proto__: null, ...hidden, value: errStream });
  initializeConsole(this, { ignoreErrors: ignore, colorMode, inspectOptions, groupIndentation });
}

// Any console (the global one too, which is not built by Console) is an instance.
Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

// A console's state, and its methods bound to it as own properties so they can be
// passed around (`const { log } = console`). A subclass's overrides are what gets
// bound.
function initializeConsole(target, { ignoreErrors, colorMode, inspectOptions, groupIndentation = 2 }) {
  const define = (key, value) => Object.defineProperty(target, key, { __proto__: null, ...hidden, value });
  define('_stdoutErrorHandler', createWriteErrorHandler(target, false));
  define('_stderrErrorHandler', createWriteErrorHandler(target, true));
  define('_ignoreErrors', !!ignoreErrors);
  define('_times', new Map());
  define(kCounts, new Map());
  define(kColorMode, colorMode);
  define(kIsConsole, true);
  define(kInspectOptions, inspectOptions);
  define(kGroupIndentationWidth, groupIndentation);
  define(kGroupIndent, '');
  for (const key of Object.getOwnPropertyNames(Console.prototype)) {
    if (key === 'constructor') continue;
    // The global console does not inherit from Console.prototype.
    const own = typeof target[key] === 'function' ? target[key] : Console.prototype[key];
    const method = own.bind(target);
    Object.defineProperty(method, 'name', { __proto__: null, value: key });
    Object.defineProperty(target, key, { __proto__: null, value: method, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(target, Symbol.toStringTag, {
    __proto__: null,
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

function noop() {}

// The callback of each console write: an error the stream has yet to emit gets a
// no-op listener, so a broken destination never becomes an uncaught exception.
function createWriteErrorHandler(console, toStderr) {
  return (error) => {
    const stream = toStderr ? console._stderr : console._stdout;
    if (error !== null && error !== undefined && !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function shouldColorize(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return mode;
  return !!require('internal/util/colors').shouldColorize(stream);
}

// The util.inspect options for output to `stream`: the console's inspectOptions
// (a Map gives each stream its own), with colors decided by colorMode.
function inspectOptionsFor(console, stream) {
  let options = console[kInspectOptions];
  if (options instanceof Map) options = options.get(stream);
  if (options && options.colors !== undefined) return options;
  return { ...options, colors: shouldColorize(console, stream) };
}

function formatArgs(console, stream, args) {
  return lazyInspect().formatWithOptions(inspectOptionsFor(console, stream), ...args);
}

// Writes one line (indented for the current group). Like Node, a console that
// ignores errors (the default) swallows whatever the stream throws or reports, so a
// closed pipe is not the program's problem.
function write(console, toStderr, text) {
  const stream = toStderr ? console._stderr : console._stdout;
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  if (console._ignoreErrors === false) {
    stream.write(text);
    return;
  }
  const isEmitter = typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
    typeof stream.removeListener === 'function';
  try {
    // A listener for errors the stream emits while writing, removed afterwards.
    if (isEmitter && stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(text, toStderr ? console._stderrErrorHandler : console._stdoutErrorHandler);
  } catch (error) {
    if (require('internal/errors').isStackOverflowError(error)) throw error;
  } finally {
    if (isEmitter) stream.removeListener('error', noop);
  }
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const pad = (n, digits) => String(n).padStart(digits, '0');
    const [secs, frac] = seconds.toFixed(3).split('.');
    return `${hours !== 0 ? `${hours}:${pad(minutes, 2)}` : minutes}:${pad(secs, 2)}.${frac} (${hours !== 0 ? 'h:mm' : 'm'}:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function nowMs() {
  return Number(internals.hrtimeNs()) / 1e6;
}

function toLabel(label) {
  return `${label}`;
}

Object.assign(Console.prototype, {
  log(...args) {
    publish('log', args);
    write(this, false, formatArgs(this, this._stdout, args));
  },
  info(...args) {
    publish('info', args);
    write(this, false, formatArgs(this, this._stdout, args));
  },
  debug(...args) {
    publish('debug', args);
    write(this, false, formatArgs(this, this._stdout, args));
  },
  warn(...args) {
    publish('warn', args);
    write(this, true, formatArgs(this, this._stderr, args));
  },
  error(...args) {
    publish('error', args);
    write(this, true, formatArgs(this, this._stderr, args));
  },
  dir(object, options) {
    const { inspect } = lazyInspect();
    write(this, false, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    }));
  },
  time(label = 'default') {
    label = toLabel(label);
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, nowMs());
  },
  timeEnd(label = 'default') {
    label = toLabel(label);
    if (timeLogImpl(this, 'timeEnd', label, [])) this._times.delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = toLabel(label);
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace: function trace(...args) {
    const error = { name: 'Trace', message: formatArgs(this, this._stderr, args) };
    Error.captureStackTrace(error, trace);
    this.error(error.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      this.warn(...args);
    }
  },
  clear() {
    const stream = this._stdout;
    if (stream.isTTY && process.env.TERM !== 'dumb') stream.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = toLabel(label);
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = toLabel(label);
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(data, properties) {
    if (properties !== undefined) require('internal/validators').validateArray(properties, 'properties');
    if (data === null || typeof data !== 'object') return this.log(data);
    const { inspect } = lazyInspect();
    // Objects with more than two keys collapse to [Object] inside a cell.
    const format = (value) => inspect(value, {
      depth: value !== null && typeof value === 'object' && !Array.isArray(value) &&
        Object.keys(value).length > 2 ? -1 : 0,
      maxArrayLength: 3,
      breakLength: Infinity,
      ...inspectOptionsFor(this, this._stdout),
    });
    const { tableColumns, renderTable } = require('internal/console_table');
    this.log(renderTable(tableColumns(data, properties, format)));
  },
});
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.groupCollapsed = Console.prototype.group;

function timeLogImpl(console, name, label, data) {
  const start = console._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const text = `${label}: ${formatTime(nowMs() - start)}`;
  if (data.length === 0) console.log(text);
  else console.log(text, ...data);
  return true;
}

// What console.context() returns: the inspector's console methods, which print
// nothing without an inspector attached.
const contextMethods = [
  'dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile',
  'profileEnd', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group',
  'groupCollapsed', 'assert', 'time', 'timeLog', 'timeEnd', 'timeStamp',
];

let globalConsole;
// The global `console`, writing to process.stdout and process.stderr. Its streams
// are looked up on each write (so replacing process.stdout.write is seen) until a
// program assigns console._stdout or console._stderr.
function createGlobalConsole() {
  if (globalConsole !== undefined) return globalConsole;
  const instance = Object.create({});
  let stdout;
  let stderr;
  Object.defineProperty(instance, '_stdout', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get: () => stdout ?? process.stdout,
    set: (value) => {
      stdout = value;
    },
  });
  Object.defineProperty(instance, '_stderr', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get: () => stderr ?? process.stderr,
    set: (value) => {
      stderr = value;
    },
  });
  initializeConsole(instance, { ignoreErrors: true, colorMode: 'auto', inspectOptions: undefined });
  instance.Console = Console;
  // Inspector-only methods: without an inspector they do nothing, as in Node.
  for (const name of ['profile', 'profileEnd', 'timeStamp']) {
    instance[name] = { [name]() {} }[name];
  }
  instance.context = function context() {
    const methods = {};
    for (const name of contextMethods) methods[name] = { [name]() {} }[name];
    return methods;
  };
  instance.createTask = function createTask(name) {
    if (typeof name !== 'string' || name === '') {
      throw new TypeError('First argument must be a non-empty string.');
    }
    return Object.assign(Object.create(null), {
      run(fn) {
        return fn();
      },
    });
  };
  globalConsole = instance;
  return instance;
}

module.exports = { Console, globalConsole: createGlobalConsole, formatTime, attachChannels };
